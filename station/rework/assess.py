"""Can this device take a new secret? Asked before a device is unregistered.

Unregistering kills the secret a device holds (Pairing sets it to null). A device with
write-once (OTP) storage that already holds a secret can never take another one, so
unregistering it turns a unit that may still work into scrap: the supervisor must see that
before the action is offered, and confirm it explicitly. Rewritable (secure) storage that is
locked must first be returned to factory mode at the rework bench, or the station cannot write
it. The answer comes from the device itself when it is on a slot (the engine's `identify`), and
otherwise from the journal's record of its last attempt; with neither, the screen warns.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum

from station.cancel import CancelToken
from station.config.model import StationConfig
from station.engine.said import SaysInEnglish
from station.journal import AttemptFilter, JournalQuery
from station.link.errors import PortBusy
from station.ports.resolve import port_not_present, resolve
from station.profiles.base import Identity, StorageKind, StorageState
from station.profiles.smp.client import DeviceClient
from station.text import Text


class Verdict(StrEnum):
    REPROVISIONABLE = "reprovisionable"
    NEEDS_FACTORY_RESET = "needs_factory_reset"
    CANNOT_TAKE_NEW_SECRET = "cannot_take_new_secret"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Assessment(SaysInEnglish):
    device_id: str
    verdict: Verdict
    text: Text  # what the storage can take, by message ID: the screens translate it
    action_text: Text
    source: str  # "device", "journal" or "none"
    storage_kind: str | None = None

    @property
    def needs_confirmation(self) -> bool:
        """Unregistering may cost the unit: the supervisor must confirm it knowingly."""
        return self.verdict in (Verdict.CANNOT_TAKE_NEW_SECRET, Verdict.UNKNOWN)


_OTP_LOSS = Text.of("rework.otp_loss")


def assess_identity(identity: Identity, device_id: str) -> Assessment:
    """From the device's own `identify` answer (it is on a slot now)."""
    kind, state = identity.storage_kind, identity.storage_state
    if kind is StorageKind.OTP and state is not StorageState.EMPTY:
        return Assessment(
            device_id,
            Verdict.CANNOT_TAKE_NEW_SECRET,
            Text.of("rework.otp", device=device_id, loss=_OTP_LOSS),
            Text.of("rework.otp.action"),
            "device",
            kind.value,
        )
    if kind is StorageKind.SECURE and (state is StorageState.LOCKED or not identity.factory_mode):
        return Assessment(
            device_id,
            Verdict.NEEDS_FACTORY_RESET,
            Text.of("rework.locked", device=device_id),
            Text.of("rework.locked.action"),
            "device",
            kind.value,
        )
    return Assessment(
        device_id,
        Verdict.REPROVISIONABLE,
        Text.of(
            "rework.reprovisionable",
            device=device_id,
            kind=kind.value,
            state=Text.of(f"rework.storage.{state.value}"),
        ),
        Text.of("rework.reprovisionable.action"),
        "device",
        kind.value,
    )


def assess_from_journal(query: JournalQuery, device_id: str) -> Assessment:
    """From the journal's last attempt on the device (it is not on a slot)."""
    ids = query.keys(AttemptFilter(text=device_id), limit=50)
    rows = [r for r in query.rows(ids) if r.device_id == device_id]
    kind = next((r.storage_kind for r in rows if r.storage_kind), None)
    wrote = any(r.fingerprint for r in rows)
    if kind == StorageKind.OTP.value and wrote:
        return Assessment(
            device_id,
            Verdict.CANNOT_TAKE_NEW_SECRET,
            Text.of("rework.journal.otp", device=device_id, loss=_OTP_LOSS),
            Text.of("rework.journal.otp.action"),
            "journal",
            kind,
        )
    if kind is not None:
        written = Text.of("rework.journal.written" if wrote else "rework.journal.not_written")
        return Assessment(
            device_id,
            Verdict.UNKNOWN,
            Text.of("rework.journal.kind", device=device_id, kind=kind, written=written),
            Text.of("rework.check_again.action"),
            "journal",
            kind,
        )
    return Assessment(
        device_id,
        Verdict.UNKNOWN,
        Text.of("rework.journal.none", device=device_id),
        Text.of("rework.check_again.action"),
        "none",
    )


def identify_on_port(port: str, *, baud: int, slot: str = "") -> Identity:
    """Read the identity of the device on `port` (blocking; the port must be free)."""
    with DeviceClient.open(port, baud=baud, cancel=CancelToken(), slot=slot) as device:
        return device.identify()


def identify_on_slot(config: StationConfig, fixture: str, slot: str, *, tries: int = 5) -> Identity:
    """The identity of the device on a configured slot.

    The slot's own thread opens the port briefly for its presence checks, so a busy port is
    tried again a few times before giving up.
    """
    fixture_config = config.fixture(fixture)
    spec = fixture_config.slot(slot)
    port = resolve(spec.port)
    if port is None:
        raise port_not_present(spec.port, slot=slot)
    for attempt in range(tries):
        try:
            return identify_on_port(port, baud=fixture_config.baud, slot=slot)
        except PortBusy:
            if attempt == tries - 1:
                raise
            time.sleep(0.3)
    raise AssertionError("unreachable")
