"""What a target's credentials are, for the editor: key type or token expiry, never material."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import datetime

from station.config.model import TargetConfig
from station.errors import StationError
from station.pairing import keystore
from station.pairing.device_id import random_device_id
from station.pairing.tokens import TokenScope, inspect_token
from station.pairing.tokens.scope import remaining_text
from station.text import Text


@dataclass(frozen=True)
class CredentialStatus:
    kind: str  # "realm key", "issued token", "token command"
    present: bool
    #: What the editor shows (key type, or expiry and what it allows), by message ID.
    said: Text
    expires_at: datetime | None = None
    #: True when provisioning with these credentials will fail or is about to.
    problem: bool = False

    @property
    def summary(self) -> str:
        """The same in English, as the command line and the journal read it."""
        return self.said.english


def credential_status(target: TargetConfig, *, now: float | None = None) -> CredentialStatus:
    """Read the keyring (blocking: off the GUI thread) and describe what is stored."""
    now = time.time() if now is None else now
    if target.token_source == "command":
        program = os.path.basename(target.token_command[0]) if target.token_command else "?"
        return CredentialStatus(
            "token command", True, Text.of("credentials.command", program=program)
        )
    if target.token_source == "realm_key":
        try:
            description = keystore.describe_key(target.name)
        except StationError as exc:
            return CredentialStatus("realm key", False, exc.text, problem=True)
        said = Text.of("credentials.realm_key", key=description, ttl=target.token_ttl_s)
        return CredentialStatus("realm key", True, said)
    return _issued_token_status(target, now)


def _issued_token_status(target: TargetConfig, now: float) -> CredentialStatus:
    try:
        claims = inspect_token(
            keystore.load_issued_token(target.name), what="The stored issued token"
        )
    except StationError as exc:
        return CredentialStatus("issued token", False, exc.text, problem=True)
    registers = TokenScope.register().allowed_by(claims.a_pa)
    unregisters = TokenScope.unregister(random_device_id()).allowed_by(claims.a_pa)
    allows = Text.of(
        ("credentials.allows" if registers else "credentials.allows_not")
        + (".rework" if unregisters else "")
    )
    algorithm = claims.algorithm
    if claims.expires is None:
        said = Text.of("credentials.issued.no_expiry", algorithm=algorithm, allows=allows)
        return CredentialStatus("issued token", True, said, problem=not registers)
    left = claims.expires - now
    when = f"{claims.expires_at:%Y-%m-%d %H:%M} UTC"
    if left <= 0:
        said = Text.of("credentials.issued.expired", algorithm=algorithm, when=when)
        return CredentialStatus("issued token", True, said, claims.expires_at, problem=True)
    said = Text.of(
        "credentials.issued.expires",
        algorithm=algorithm,
        when=when,
        left=remaining_text(left),
        allows=allows,
    )
    return CredentialStatus("issued token", True, said, claims.expires_at, problem=not registers)
