"""Unregister a device (rework), with a token that allows only that device's DELETE.

Only a supervisor may, only with a reason, and only after the storage assessment was seen:
an assessment that says the unit may be lost needs an explicit confirmation. The token is asked
for the scope `DELETE agent/devices/<id>`: a realm key mints one whose a_pa allows exactly
that path, a token command is told that scope, and an issued token is refused unless it allows
it. Success and failure are both journal events, with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from station.config.model import TargetConfig
from station.errors import StationError
from station.pairing.client import PairingClient
from station.pairing.device_id import validate_device_id
from station.pairing.tokens import TokenScope, TokenSource
from station.rework.assess import Assessment
from station.roles import Actor, AuditLog, Privilege, require, require_reason
from station.targets.tokens import tokens_for
from station.text import Text

DEFAULT_TIMEOUT_S = 15.0


class ReworkRefused(StationError):
    """The unregister was not sent: a confirmation or a matching assessment is missing."""

    error_class = "rework_refused"


@dataclass(frozen=True)
class Unregistered:
    device_id: str
    target: str
    realm: str
    scope: str  # the a_pa entry the token was asked for


def unregister_device(
    actor: Actor,
    target: TargetConfig,
    device_id: str,
    audit: AuditLog,
    *,
    reason: str,
    assessment: Assessment,
    confirmed_loss: bool = False,
    tokens: TokenSource | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> Unregistered:
    require(actor, Privilege.UNREGISTER)
    why = require_reason(reason, Text.of("roles.reason_for.unregister"))
    device_id = validate_device_id(device_id.strip())
    if assessment.device_id != device_id:
        raise ReworkRefused(
            Text.of("rework.other_device", checked=assessment.device_id, device=device_id),
            Text.of("rework.other_device.action"),
        )
    if assessment.needs_confirmation and not confirmed_loss:
        raise ReworkRefused(
            Text.of("rework.unconfirmed", assessment=assessment.text),
            Text.of("rework.unconfirmed.action"),
        )
    scope = TokenScope.unregister(device_id)
    details = {
        "target": target.name,
        "realm": target.realm,
        "device_id": device_id,
        "storage": assessment.storage_kind or "unknown",
        "storage_check": f"{assessment.verdict.value} (from {assessment.source})",
        "loss_confirmed": "yes" if confirmed_loss else "no",
        "token_scope": scope.claim,
    }
    try:
        source = tokens if tokens is not None else tokens_for(target)
        with PairingClient(
            base_url=target.pairing_url,
            realm=target.realm,
            tokens=source,
            ca_bundle=target.ca_bundle,
            timeout=timeout_s,
            max_in_flight=1,
            retries=1,
        ) as client:
            client.unregister(device_id)
    except StationError as exc:
        audit.record_event(
            "unregister_failed",
            actor=actor.journal_name,
            details={**details, "error_class": exc.error_class, "error": exc.message},
            reason=why,
        )
        raise
    audit.record_event("unregister", actor=actor.journal_name, details=details, reason=why)
    return Unregistered(device_id, target.name, target.realm, scope.claim)
