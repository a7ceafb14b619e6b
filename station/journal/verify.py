"""Check a journal end to end: SQLite's integrity check, the hash chain, then that the query
tables match the events.

SQLite's check comes first because a malformed page can hide from the other two (an index page
the chain walk never reads) yet break the next write; a damaged file is named as such, with the
restore action, never as a chain problem.

The chain catches any edit, deletion or reordering of stored events. Replaying the events and
comparing with the materialised tables catches an edit made to what QA actually reads (an
attempt's result, a step, an intent) even when the events themselves were left alone.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from station.cancel import CancelToken
from station.journal.chain import EVENT_ROWS_SQL, GENESIS, HASHED_TEXT_SQL, canonical_json
from station.journal.damage import integrity_problems, is_damage
from station.journal.model import JournalError, VerifyResult, to_us
from station.journal.record_form import carried_steps, finish_field
from station.journal.schema import (
    COMPACT_EVENTS,
    FOLDED_INTENTS,
    check_supported,
    read_version,
)
from station.journal.verify_failures import broken_link, could_not_check, damaged_result
from station.journal.verify_sets import (
    BATCH,
    HEAD_SQL,
    InBackground,
    chain_intact,
    links_intact,
    rows_agree,
    steps_agree,
)
from station.text import Text

Progress = Callable[[int, int], None]

_ATTEMPT_FIELDS = (
    "station_id",
    "slot",
    "operator",
    "target_name",
    "realm",
    "pairing_url",
    "started_us",
    "finished_us",
    "device_id",
    "hardware_serial",
    "model",
    "firmware",
    "storage_kind",
    "profile",
    "facts",
    "result",
    "error_class",
    "message",
    "action",
    "fingerprint",
    "link_stats",
    "console_excerpt",
    "last_seq",
)
_PROGRESS_EVERY = BATCH


class _Mismatch(Exception):
    def __init__(self, seq: int, reason: Text) -> None:
        super().__init__(reason.english)
        self.seq = seq
        self.reason = reason


@dataclass
class _Replayed:
    """What the materialised tables must say about one attempt, rebuilt from its events."""

    row: dict[str, Any]
    steps: list[tuple[Any, ...]] = field(default_factory=list)
    intents: list[tuple[Any, ...]] = field(default_factory=list)


def verify(
    path: Path, *, progress: Progress | None = None, cancel: CancelToken | None = None
) -> VerifyResult:
    """Verify the journal at `path` without modifying it."""
    path = Path(path)
    if not path.exists():
        raise JournalError(
            Text.of("journal.none", path=str(path)), Text.of("journal.none.check.action")
        )
    version = read_version(path)
    check_supported(path, version)
    # Journals from before the compact format (verified before they are upgraded) keep the
    # hashed columns as they are hashed.
    compact = version >= COMPACT_EVENTS
    rows = EVENT_ROWS_SQL if compact else _TEXT_EVENT_ROWS
    # From schema 5 on an intent is its record alone: there is no `intents` table to compare.
    intents = version < FOLDED_INTENTS
    # Before it, each record also stores its link (`prev_hash`), and a journal not upgraded yet
    # ships that column to the centre as it is: it must be checked too, not only recomputed.
    links = version < COMPACT_EVENTS
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return _Verifier(conn, rows, compact, progress, cancel, intents=intents, links=links).run(
            path
        )
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return damaged_result([str(exc)])
        if (unchecked := could_not_check(path, exc)) is not None:
            raise unchecked from exc
        raise JournalError(
            Text.of("journal.verify.cannot_read", path=str(path), reason=str(exc)),
            Text.of("journal.verify.cannot_read.action"),
        ) from exc
    finally:
        conn.close()


class _Verifier:
    def __init__(
        self,
        conn: sqlite3.Connection,
        rows: str,
        compact: bool,
        progress: Progress | None,
        cancel: CancelToken | None,
        *,
        intents: bool,
        links: bool,
    ) -> None:
        self._conn = conn
        self._links = links
        self._rows = rows
        self._compact = compact
        self._intents_table = intents
        self._reported = 0  # progress already reported (by the fast check, before a replay)
        self._lookup = conn.cursor()
        self._progress = progress
        self._cancel = cancel
        self._open: dict[str, _Replayed] = {}
        self._attempts = 0
        self._steps = 0
        self._intents = 0
        self._audits = 0

    def run(self, path: Path) -> VerifyResult:
        # SQLite's integrity check runs beside the chain walk, on a connection of its own: it
        # is C all the way (no GIL held), so on two cores it costs no extra time.
        found: list[list[str]] = []
        failed: list[Exception] = []

        def check() -> None:
            try:
                found.append(_integrity_of(path))
            except Exception as exc:  # noqa: BLE001 - told apart below, after the chain walk
                failed.append(exc)

        checker = threading.Thread(target=check)
        checker.start()
        # One read transaction for the whole check: the station may be writing meanwhile, and
        # the chain and the tables must be compared at the same instant.
        self._conn.execute("BEGIN")
        try:
            # The set-based check says whether all is in order, fast; only a journal it does
            # not pass is replayed record by record, to name the first problem and its reason.
            result = self._fast(path) or self._run()
        finally:
            self._conn.execute("COMMIT")
            checker.join()
        for exc in failed:
            # The check itself failed without finding damage (busy, an I/O error, stopped):
            # the file was not checked, which is not the same as malformed.
            if (unchecked := could_not_check(path, exc)) is not None:
                raise unchecked from exc
            if not is_damage(exc):
                # Neither damage nor a cause this station knows: no verdict on the file at all
                # (never "sound", never "restore it from a backup"); the caller logs the trace.
                raise exc
        problems = found[0] if found else ["the integrity check did not complete"]
        # A malformed file is named as such whatever the chain said: its damage can hide from
        # the chain walk (an index page) and break the next write.
        return damaged_result(problems) if problems else result

    def _fast(self, path: Path) -> VerifyResult | None:
        """The whole journal verified by `verify_sets`, or None for the replay to decide."""
        # The tables are compared on connections of their own while this one walks the chain,
        # the steps (the costliest part) in two halves: SQLite runs them without the GIL.
        compact, intents = self._compact, self._intents_table
        checks: list[Callable[[sqlite3.Connection], bool]] = [
            lambda conn: rows_agree(conn, compact, intents),
            lambda conn: steps_agree(conn, compact, 0, 2),
            lambda conn: steps_agree(conn, compact, 1, 2),
        ]
        head = self._conn.execute(HEAD_SQL).fetchone()  # this transaction's snapshot
        total = 0 if head is None else int(head[0])
        if self._progress is not None and total:
            self._progress(0, total)  # the size of the job, shown before any of it is done
        # Started after the snapshot, so theirs are never older: the station may commit in
        # between (it goes on writing), and then `_agree` asks this snapshot instead.
        beside = [InBackground(path, check) for check in checks]
        try:

            def hashed(count: int) -> None:
                self._reported += count
                if self._cancel is not None:
                    self._cancel.check()
                if self._progress is not None and count == BATCH:
                    self._progress(self._reported, total)

            if not chain_intact(self._conn, self._rows, hashed):
                return None
            if self._links and not links_intact(self._conn):
                return None
            for check in beside:
                check.wait(self._cancel)
                if check.error is not None and is_damage(check.error):
                    raise check.error
                agree = check.agree and check.error is None
                if check.head != head:  # the station wrote in between: ask this snapshot
                    agree = self._agree(check.check)
                if not agree:
                    # The replay walks every record again to find the row: its progress is
                    # shown from the start, not held at the end.
                    self._reported = 0
                    return None
        finally:
            for check in beside:
                check.stop()
        if self._progress is not None:
            self._progress(total, total)
        return VerifyResult(
            ok=True, checked=total, first_bad_seq=None, reason=f"{total} records verified"
        )

    def _agree(self, check: Callable[[sqlite3.Connection], bool]) -> bool:
        try:
            return check(self._conn)
        except sqlite3.OperationalError as exc:
            # Text SQLite's JSON reader refuses (a NaN link statistic) goes to the replay.
            if is_damage(exc):
                raise
            return False

    def _run(self) -> VerifyResult:
        (total,) = self._conn.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()
        prev_hash = GENESIS
        expected = 1
        checked = 0
        try:
            # The hashed text is put together by SQLite, exactly as `chain.event_hash` joins it.
            # No link is stored: each record's hash covers the previous record's, so the chain
            # recomputed from the start breaks at the first record that was changed, inserted,
            # removed (with the later ones renumbered) or moved.
            rows = self._conn.execute(
                f"SELECT seq, ts, attempt_id, kind, payload, hash, {HASHED_TEXT_SQL}, "  # noqa: S608
                f"{'prev_hash' if self._links else 'NULL'} FROM ({self._rows}) ORDER BY seq"
            )
            sha256 = hashlib.sha256
            replay = self._replay
            for seq, ts, attempt_id, kind, payload, stored_hash, text, link in rows:
                if seq != expected:
                    raise _Mismatch(
                        expected, Text.of("journal.verify.missing", seq=expected, next=seq)
                    )
                # No text at all (a time past the year 9999, which SQLite cannot render) is
                # an edit too: the writer never stores one, and no hash can match it.
                digest = None if text is None else sha256(prev_hash + text.encode()).digest()
                if digest is None or digest != stored_hash:
                    raise _Mismatch(seq, Text.of("journal.verify.hash", seq=seq))
                if self._links and link != prev_hash:
                    raise _Mismatch(seq, broken_link(seq))
                try:
                    replay(seq, ts, attempt_id, kind, payload)
                except (KeyError, TypeError, ValueError) as exc:
                    # Only a chain rewritten from the start can hold such a record.
                    raise _Mismatch(
                        seq,
                        Text.of("journal.verify.form", seq=seq, kind=kind, error=repr(exc)),
                    ) from exc
                prev_hash = digest
                expected += 1
                checked += 1
                if checked % _PROGRESS_EVERY == 0:
                    if self._cancel is not None:
                        self._cancel.check()
                    if self._progress is not None and checked > self._reported:
                        self._progress(checked, total)
            for attempt_id, replayed in list(self._open.items()):
                self._compare(attempt_id, replayed)
            self._compare_counts()
        except (_Mismatch, _TableMismatch) as bad:
            return VerifyResult(
                ok=False,
                checked=checked,
                first_bad_seq=bad.seq if isinstance(bad, _Mismatch) else None,
                reason=bad.reason.english,
                reason_text=bad.reason,
            )
        if self._progress is not None:
            self._progress(checked, total)
        return VerifyResult(
            ok=True, checked=checked, first_bad_seq=None, reason=f"{checked} records verified"
        )

    # -- replay ---------------------------------------------------------------------------

    def _replay(self, seq: int, ts: str, attempt_id: str | None, kind: str, text: str) -> None:
        payload: dict[str, Any] = json.loads(text)
        if kind.startswith("privileged."):
            self._check_audit(seq, ts, kind.removeprefix("privileged."), payload)
            return
        if attempt_id is None:
            raise _Mismatch(seq, Text.of("journal.verify.no_attempt", seq=seq, kind=kind))
        if kind == "attempt.begin":
            self._attempts += 1
            self._open[attempt_id] = _Replayed(row=_begun(payload, seq, ts))
            return
        replayed = self._open.get(attempt_id)
        if replayed is None:
            raise _Mismatch(seq, Text.of("journal.verify.not_open", seq=seq, kind=kind))
        row = replayed.row
        row["last_seq"] = seq
        self._replay_steps(replayed, payload)
        if kind == "attempt.device":
            for key in ("device_id", "hardware_serial", "model", "firmware", "storage_kind"):
                row[key] = payload[key]
            row["profile"] = payload.get("profile")
            row["facts"] = json.dumps(payload.get("facts", {}), sort_keys=True)
        elif kind == "attempt.step":  # one step per record, before steps were folded
            self._steps += 1
            replayed.steps.append(
                (
                    payload["step"],
                    to_us(datetime.fromisoformat(payload["started_at"])),
                    payload["duration_s"],
                    int(payload["ok"]),
                    payload["detail"],
                )
            )
        elif kind == "attempt.intent":
            self._intents += 1
            row["fingerprint"] = payload["fingerprint"]
            replayed.intents.append(
                (
                    seq,
                    payload["device_id"],
                    payload["realm"],
                    payload["fingerprint"],
                    to_us(datetime.fromisoformat(ts)),
                )
            )
        elif kind == "attempt.finish":
            row["result"] = payload["result"]
            for key in ("error_class", "message", "action", "console_excerpt"):
                row[key] = finish_field(payload, key)  # left out when empty (record_form.py)
            row["link_stats"] = canonical_json(finish_field(payload, "link_stats"))
            if payload.get("fingerprint") is not None:
                row["fingerprint"] = payload["fingerprint"]
            # Since the compact format the finish time is the record's own.
            row["finished_us"] = to_us(datetime.fromisoformat(payload.get("finished_at", ts)))
            del self._open[attempt_id]
            self._compare(attempt_id, replayed)
        else:
            raise _Mismatch(seq, Text.of("journal.verify.unknown_kind", seq=seq, kind=repr(kind)))

    def _replay_steps(self, replayed: _Replayed, payload: dict[str, Any]) -> None:
        """Steps ride in the attempt's next record (`pending_steps.py`), before what it says,
        in either form (`record_form.py`; the compact one counts from the attempt's start)."""
        started = replayed.row["started_us"]
        for step, started_us, duration_s, ok, detail in carried_steps(payload, started):
            self._steps += 1
            replayed.steps.append((step, started_us, duration_s, int(ok), detail))

    def _compare(self, attempt_id: str, replayed: _Replayed) -> None:
        seq = int(replayed.row["last_seq"])
        found = self._lookup.execute(
            f"SELECT id, {', '.join(_ATTEMPT_FIELDS)} FROM attempts "  # noqa: S608
            "WHERE attempt_id = ?",
            (attempt_id,),
        ).fetchone()
        if found is None:
            raise _Mismatch(seq, Text.of("journal.verify.not_in_table", attempt=attempt_id))
        ref = found[0]
        actual = dict(zip(_ATTEMPT_FIELDS, found[1:], strict=True))
        for key in _ATTEMPT_FIELDS:
            if actual[key] != replayed.row[key]:
                raise _Mismatch(
                    seq,
                    Text.of(
                        "journal.verify.field_differs",
                        attempt=attempt_id,
                        key=key,
                        table=repr(actual[key]),
                        records=repr(replayed.row[key]),
                    ),
                )
        steps = self._lookup.execute(
            "SELECT step, started_us, duration_s, ok, detail FROM steps WHERE attempt_ref = ? "
            "ORDER BY position",
            (ref,),
        ).fetchall()
        if steps != replayed.steps:
            raise _Mismatch(seq, Text.of("journal.verify.steps_differ", attempt=attempt_id))
        if not self._intents_table:
            return
        intents = self._lookup.execute(
            "SELECT seq, device_id, realm, fingerprint, recorded_us FROM intents "
            "WHERE attempt_ref = ? ORDER BY seq",
            (ref,),
        ).fetchall()
        if intents != replayed.intents:
            raise _Mismatch(seq, Text.of("journal.verify.intents_differ", attempt=attempt_id))

    def _check_audit(self, seq: int, ts: str, kind: str, payload: dict[str, Any]) -> None:
        self._audits += 1
        found = self._lookup.execute(
            "SELECT at_us, kind, actor, details, reason FROM audit WHERE seq = ?", (seq,)
        ).fetchone()
        expected = (
            to_us(datetime.fromisoformat(ts)),
            kind,
            payload["actor"],
            canonical_json(payload["details"]),
            payload["reason"],
        )
        if found != expected:
            raise _Mismatch(seq, Text.of("journal.verify.audit_differs", seq=seq))

    def _compare_counts(self) -> None:
        counted = [("attempts", self._attempts), ("steps", self._steps), ("audit", self._audits)]
        if self._intents_table:
            counted.append(("intents", self._intents))
        for table, seen in counted:
            (count,) = self._conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()  # noqa: S608
            if count != seen:
                raise _TableMismatch(
                    Text.of("journal.verify.count_differs", table=table, count=count, seen=seen)
                )


class _TableMismatch(Exception):
    def __init__(self, reason: Text) -> None:
        super().__init__(reason.english)
        self.reason = reason


# A journal from before the compact format stores the hashed columns as they are hashed.
_TEXT_EVENT_ROWS = "SELECT seq, ts, attempt_id, kind, payload, prev_hash, hash FROM events"


def _integrity_of(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return integrity_problems(conn)
    finally:
        conn.close()


def _begun(payload: dict[str, Any], seq: int, ts: str) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(_ATTEMPT_FIELDS)
    for key in ("station_id", "slot", "operator", "target_name", "realm", "pairing_url"):
        row[key] = payload[key]
    row.update(
        # Since the compact format the start time is the record's own.
        started_us=to_us(datetime.fromisoformat(payload.get("started_at", ts))),
        error_class="",
        message="",
        action="",
        link_stats="{}",
        console_excerpt="",
        facts="{}",
        last_seq=seq,
    )
    return row
