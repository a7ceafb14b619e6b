"""Offline lots: a supervisor lets this station register device IDs while the centre is down.

Claims fail closed: with the centre silent, a station registers nothing new. A line that must
keep running through a central outage needs a supervisor to decide so, and the decision must
stay visible. Opening and closing a lot are privileged journal events (who and why), and every
device ID registered under the lot without the centre's answer is journaled as a
`fleet_lot_registration` event. These ship with the rest of the journal, and the centre's
`fleet.duplicate_registrations` view flags any such ID another station registered too.

A lot is this station's alone, and its state is the journal's: the latest `fleet_lot_open`
without a later `fleet_lot_close`. The command that opens it may run in another process than
the station's engine, so the engine reads the state back from the journal.
"""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from station.fleet.claims import ClaimClient
from station.fleet.errors import FleetError
from station.journal import Journal
from station.text import Text

OPEN = "fleet_lot_open"
CLOSE = "fleet_lot_close"
REGISTRATION = "fleet_lot_registration"

# Privileged events read back to find the latest open or close: a lot's own registrations come
# after its opening, so this bounds the lot's size that is still found (a day of a busy line).
_SCAN = 200_000
# How long the engine trusts the state it last read (a lot opened or closed by the command
# takes effect within this).
FRESH_S = 2.0


@dataclass(frozen=True)
class Lot:
    lot_id: str
    opened_by: str
    reason: str
    opened_at: datetime


def current_lot(journal: Journal) -> Lot | None:
    for event in journal.audit_events(limit=_SCAN):
        if event.kind == CLOSE:
            return None
        if event.kind == OPEN:
            return Lot(event.details.get("lot", ""), event.actor, event.reason, event.at)
    return None


def opened_words(lot: Lot, how_to_close: str = "`station fleet lot close`") -> Text:
    """What the command line and the supervisor's lot dialog say once a lot is open
    (`how_to_close`: the command, or the dialog's button as the person reads it)."""
    return Text.of("fleet.lot.opened", lot=lot.lot_id, how_to_close=how_to_close)


def closed_words(lot: Lot) -> Text:
    return Text.of("fleet.lot.closed", lot=lot.lot_id)


def status_words(lot: Lot | None) -> Text:
    if lot is None:
        return Text.of("fleet.lot.none")
    return Text.of(
        "fleet.lot.status",
        lot=lot.lot_id,
        since=f"{lot.opened_at:%Y-%m-%d %H:%M}",
        by=lot.opened_by,
        reason=lot.reason,
    )


def open_lot(journal: Journal, *, actor: str, reason: str) -> Lot:
    found = current_lot(journal)
    if found is not None:
        raise FleetError(
            Text.of(
                "fleet.lot.already_open",
                lot=found.lot_id,
                by=found.opened_by,
                since=f"{found.opened_at:%Y-%m-%d %H:%M}",
            ),
            Text.of("fleet.lot.already_open.action"),
            error_class="usage",
        )
    now = datetime.now(UTC)
    lot_id = f"{now:%Y%m%d-%H%M}-{uuid.uuid4().hex[:6]}"
    journal.record_event(OPEN, actor=actor, details={"lot": lot_id}, reason=reason)
    return Lot(lot_id, actor, reason, now)


def close_lot(journal: Journal, *, actor: str, reason: str) -> Lot:
    found = current_lot(journal)
    if found is None:
        raise FleetError(
            Text.of("fleet.lot.none_open"),
            Text.of("fleet.lot.none_open.action"),
            error_class="usage",
        )
    journal.record_event(CLOSE, actor=actor, details={"lot": found.lot_id}, reason=reason)
    return found


class OfflineLots:
    """What the claim gate asks when the centre does not answer: may this station go on?"""

    def __init__(self, journal: Journal, *, fresh_s: float = FRESH_S) -> None:
        self._journal = journal
        self._fresh_s = fresh_s
        self._lock = threading.Lock()
        self._read_at: float | None = None
        self._lot: Lot | None = None

    @property
    def journal(self) -> Journal:
        return self._journal

    def current(self) -> Lot | None:
        with self._lock:
            now = time.monotonic()
            if self._read_at is None or now - self._read_at >= self._fresh_s:
                self._lot = current_lot(self._journal)
                self._read_at = time.monotonic()
            return self._lot

    def record_registration(self, lot: Lot, *, realm: str, device_id: str, slot: str) -> None:
        """Journaled before Pairing is called, so no registration under a lot goes unrecorded."""
        self._journal.record_event(
            REGISTRATION,
            actor=lot.opened_by,
            details={"lot": lot.lot_id, "realm": realm, "device_id": device_id, "slot": slot},
            reason=lot.reason,
        )


@dataclass(frozen=True)
class Backfill:
    completed: int  # lot registrations the centre now holds as this station's done claims
    refused: list[tuple[str, str, str]]  # (realm, device ID, holder): registered elsewhere too


def backfill_claims(journal: Journal, client: ClaimClient) -> Backfill:
    """Give the centre a done claim for every device this station passed under an offline lot.

    Until then another station could register such an ID through the centre without being
    refused. Only IDs the journal holds a pass for are completed: a lot registration whose
    attempt failed must stay free for a retry. Idempotent, so it runs after every reconnect:
    an ID already done by this station is skipped; one done by another station is a duplicate
    the centre flags (`fleet.duplicate_registrations`), and is returned here for the log.
    """
    seen: set[tuple[str, str]] = set()
    completed = 0
    refused: list[tuple[str, str, str]] = []
    for event in journal.audit_events(limit=_SCAN):
        if event.kind != REGISTRATION:
            continue
        key = (event.details.get("realm", ""), event.details.get("device_id", ""))
        if key in seen or not all(key) or not journal.has_passed(key[1], key[0]):
            continue
        seen.add(key)
        claim = client.claim(*key)
        if claim.granted:
            completed += int(client.complete(claim))
        elif claim.holder != client.role:
            refused.append((*key, claim.holder))
    return Backfill(completed, refused)
