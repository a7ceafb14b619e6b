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
from station.pairing.tokens import TokenScope, describe_remaining, inspect_token


@dataclass(frozen=True)
class CredentialStatus:
    kind: str  # "realm key", "issued token", "token command"
    present: bool
    summary: str  # what the editor shows: key type, or expiry and what it allows
    expires_at: datetime | None = None
    #: True when provisioning with these credentials will fail or is about to.
    problem: bool = False


def credential_status(target: TargetConfig, *, now: float | None = None) -> CredentialStatus:
    """Read the keyring (blocking: off the GUI thread) and describe what is stored."""
    now = time.time() if now is None else now
    if target.token_source == "command":
        program = os.path.basename(target.token_command[0]) if target.token_command else "?"
        return CredentialStatus(
            "token command", True, f"Runs {program} for each token; nothing is stored here."
        )
    if target.token_source == "realm_key":
        try:
            description = keystore.describe_key(target.name)
        except StationError as exc:
            return CredentialStatus("realm key", False, exc.message, problem=True)
        return CredentialStatus(
            "realm key",
            True,
            f"{description} realm key in the OS keyring; each call gets its own token valid "
            f"{target.token_ttl_s} s.",
        )
    return _issued_token_status(target, now)


def _issued_token_status(target: TargetConfig, now: float) -> CredentialStatus:
    try:
        claims = inspect_token(
            keystore.load_issued_token(target.name), what="The stored issued token"
        )
    except StationError as exc:
        return CredentialStatus("issued token", False, exc.message, problem=True)
    registers = TokenScope.register().allowed_by(claims.a_pa)
    unregisters = TokenScope.unregister(random_device_id()).allowed_by(claims.a_pa)
    allows = ("allows registering" if registers else "does NOT allow registering") + (
        " and unregistering (rework)" if unregisters else ""
    )
    if claims.expires is None:
        return CredentialStatus(
            "issued token",
            True,
            f"Issued {claims.algorithm} token, never expires, {allows}.",
            problem=not registers,
        )
    left = claims.expires - now
    when = f"{claims.expires_at:%Y-%m-%d %H:%M} UTC"
    if left <= 0:
        return CredentialStatus(
            "issued token",
            True,
            f"Issued {claims.algorithm} token EXPIRED at {when}; paste or import a new one.",
            claims.expires_at,
            problem=True,
        )
    return CredentialStatus(
        "issued token",
        True,
        f"Issued {claims.algorithm} token, expires {when} (in {describe_remaining(left)}), "
        f"{allows}.",
        claims.expires_at,
        problem=not registers,
    )
