"""Turning journal rows into model objects; shared by the writer and every reader."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from station.journal.model import (
    AttemptDetail,
    AttemptRow,
    AuditEvent,
    IntentRow,
    StepRow,
    from_us,
)
from station.journal.schema import ATTEMPT_INTENTS_SQL

ATTEMPT_COLUMNS = (
    "attempt_id, station_id, slot, operator, target_name, realm, pairing_url, started_us, "
    "finished_us, device_id, hardware_serial, model, firmware, storage_kind, result, "
    "error_class, message, action, fingerprint"
)

AUDIT_COLUMNS = "seq, at_us, kind, actor, details, reason"


def audit_event(r: Sequence[Any]) -> AuditEvent:
    """A row of `SELECT {AUDIT_COLUMNS} FROM audit`."""
    return AuditEvent(
        seq=int(r[0]),
        at=from_us(int(r[1])),
        kind=str(r[2]),
        actor=str(r[3]),
        details=json.loads(r[4]),
        reason=str(r[5]),
    )


def attempt_row(r: Sequence[object]) -> AttemptRow:
    finished = r[8]
    return AttemptRow(
        attempt_id=str(r[0]),
        station_id=str(r[1]),
        slot=str(r[2]),
        operator=str(r[3]),
        target_name=str(r[4]),
        realm=str(r[5]),
        pairing_url=str(r[6]),
        started_at=from_us(int(r[7])),  # type: ignore[call-overload]
        finished_at=None if finished is None else from_us(int(finished)),  # type: ignore[call-overload]
        device_id=_opt(r[9]),
        hardware_serial=_opt(r[10]),
        model=_opt(r[11]),
        firmware=_opt(r[12]),
        storage_kind=_opt(r[13]),
        result=_opt(r[14]),
        error_class=str(r[15]),
        message=str(r[16]),
        action=str(r[17]),
        fingerprint=_opt(r[18]),
    )


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def fetch_attempt(conn: sqlite3.Connection, attempt_id: str) -> AttemptDetail | None:
    found = conn.execute(
        f"SELECT id, link_stats, console_excerpt, profile, facts, {ATTEMPT_COLUMNS} FROM attempts "  # noqa: S608
        "WHERE attempt_id = ?",
        (attempt_id,),
    ).fetchone()
    if found is None:
        return None
    ref, link_stats, console, profile, facts = found[:5]
    steps = tuple(
        StepRow(step=s[0], started_at=from_us(s[1]), duration_s=s[2], ok=bool(s[3]), detail=s[4])
        for s in conn.execute(
            "SELECT step, started_us, duration_s, ok, detail FROM steps "
            "WHERE attempt_ref = ? ORDER BY position",
            (ref,),
        )
    )
    intents = tuple(
        IntentRow(seq=i[0], device_id=i[1], realm=i[2], fingerprint=i[3], recorded_at=from_us(i[4]))
        for i in conn.execute(ATTEMPT_INTENTS_SQL, (ref,))
    )
    return AttemptDetail(
        row=attempt_row(found[5:]),
        steps=steps,
        intents=intents,
        link_stats=json.loads(link_stats),
        console_excerpt=console,
        profile=_opt(profile),
        facts=json.loads(facts),
    )
