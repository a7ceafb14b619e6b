"""One attempt as the QA window explains it, rebuilt from its shipped events.

The centre keeps only the events (the history); a station's journal also keeps the tables its
writer derives from them. Replaying an attempt's events here gives the same `AttemptDetail` the
journal's tables give: the begin record names the slot and target, the device record the unit,
steps ride in the next record (either form: `station.journal.record_form`; a centre holds
records of stations before and after the compact form), an intent carries its fingerprint, and
the finish record the result, its empty fields left out in the compact form. A finish record's
fingerprint overrides the intent's, as in the journal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from station.journal.model import AttemptDetail, AttemptRow, IntentRow, StepRow, from_us, to_us
from station.journal.record_form import carried_steps, finish_field


@dataclass(frozen=True)
class CentralEvent:
    """One shipped event of an attempt: its seq, kind, station time and payload."""

    seq: int
    kind: str
    ts: datetime
    payload: Mapping[str, Any]


def replay(station_id: str, attempt_id: str, events: Iterable[CentralEvent]) -> AttemptDetail:
    """The attempt's detail from its events in seq order (the first must be its begin)."""
    row: dict[str, Any] = {
        "attempt_id": attempt_id,
        "station_id": station_id,
        "finished_at": None,
        "device_id": None,
        "hardware_serial": None,
        "model": None,
        "firmware": None,
        "storage_kind": None,
        "result": None,
        "error_class": "",
        "message": "",
        "action": "",
        "fingerprint": None,
    }
    steps: list[StepRow] = []
    intents: list[IntentRow] = []
    link_stats: dict[str, int | float] = {}
    console = ""
    profile: str | None = None
    facts: dict[str, str] = {}
    for event in events:
        p = event.payload
        if event.kind != "attempt.begin" and not event.kind.startswith("privileged."):
            steps.extend(_steps(p, row.get("started_at"), attempt_id))
        if event.kind == "attempt.begin":
            for key in ("slot", "operator", "target_name", "realm", "pairing_url"):
                row[key] = str(p.get(key, ""))
            row["started_at"] = event.ts
        elif event.kind == "attempt.device":
            for key in ("device_id", "hardware_serial", "model", "firmware", "storage_kind"):
                row[key] = None if p.get(key) is None else str(p[key])
            profile = None if p.get("profile") is None else str(p["profile"])
            facts = {str(k): str(v) for k, v in dict(p.get("facts") or {}).items()}
        elif event.kind == "attempt.step":  # one step per record, before steps were folded
            steps.append(
                StepRow(
                    step=str(p["step"]),
                    started_at=datetime.fromisoformat(str(p["started_at"])),
                    duration_s=float(p["duration_s"]),
                    ok=bool(p["ok"]),
                    detail=str(p.get("detail", "")),
                )
            )
        elif event.kind == "attempt.intent":
            row["fingerprint"] = str(p["fingerprint"])
            intents.append(
                IntentRow(
                    seq=event.seq,
                    device_id=str(p["device_id"]),
                    realm=str(p["realm"]),
                    fingerprint=str(p["fingerprint"]),
                    recorded_at=event.ts,
                )
            )
        elif event.kind == "attempt.finish":
            row["result"] = str(p.get("result", ""))
            for key in ("error_class", "message", "action"):
                row[key] = str(finish_field(p, key))
            if p.get("fingerprint") is not None:
                row["fingerprint"] = str(p["fingerprint"])
            link_stats = dict(finish_field(p, "link_stats") or {})
            console = str(finish_field(p, "console_excerpt"))
            finished = p.get("finished_at")
            row["finished_at"] = event.ts if finished is None else datetime.fromisoformat(finished)
    if "started_at" not in row:
        raise ValueError(f"attempt {attempt_id} has no begin record at the centre")
    return AttemptDetail(
        row=AttemptRow(**row),
        steps=tuple(steps),
        intents=tuple(intents),
        link_stats=link_stats,
        console_excerpt=console,
        profile=profile,
        facts=facts,
    )


def _steps(payload: Mapping[str, Any], started: datetime | None, attempt_id: str) -> list[StepRow]:
    """Steps folded into a record (`pending_steps.py`), in the order they were taken; the
    compact form counts their starts from the attempt's, its begin record's time."""
    if started is None:
        raise ValueError(f"attempt {attempt_id} has no begin record at the centre")
    return [
        StepRow(
            step=str(step),
            started_at=from_us(int(started_us)),
            duration_s=float(duration_s),
            ok=bool(ok),
            detail=str(detail),
        )
        for step, started_us, duration_s, ok, detail in carried_steps(payload, to_us(started))
    ]
