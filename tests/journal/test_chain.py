"""The event hash is pinned by golden vectors: any change to what it covers or how it is encoded
(leaving out `ts`, a different separator, another field order) breaks these, and would otherwise
silently make every existing journal fail, or pass, verification."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import asdict, dataclass, replace

from station.journal.chain import (
    EVENT_ROWS_SQL,
    GENESIS,
    HASHED_TEXT_SQL,
    canonical_json,
    event_hash,
)


@dataclass(frozen=True)
class Event:
    seq: int
    ts: str
    attempt_id: str | None
    kind: str
    payload: str

    def hash(self, prev: bytes) -> str:
        return event_hash(prev, **asdict(self)).hex()


BEGIN = Event(
    seq=1,
    ts="2026-03-02T08:00:00.000000+00:00",
    attempt_id="0b7c5a52-3f7e-4d55-9f83-1c1bd7d0a2e9",
    kind="attempt.begin",
    payload='{"slot":"1"}',
)
SIGNIN = Event(
    seq=2,
    ts="2026-03-02T08:00:01.000000+00:00",
    attempt_id=None,
    kind="privileged.signin",
    payload='{"actor":"sam","details":{},"reason":""}',
)
GOLDEN_BEGIN = "204b6be2a9d57076b3245324a3a3afce2164d4d67bf16e834f4f0009743653eb"
GOLDEN_SIGNIN = "c035f49e844795efb45f0a4e22b60fc698f7ec4cee68541c16afada95b45830c"


def test_golden_event_hashes() -> None:
    assert BEGIN.hash(GENESIS) == GOLDEN_BEGIN
    assert SIGNIN.hash(bytes.fromhex(GOLDEN_BEGIN)) == GOLDEN_SIGNIN


def test_the_encoding_is_the_documented_one() -> None:
    # SHA-256 over: the previous hash; seq, ts, attempt ID ('' for none) and kind joined by the
    # unit separator 0x1f; then 0x1f and the payload's canonical JSON in UTF-8.
    attempt = b"0b7c5a52-3f7e-4d55-9f83-1c1bd7d0a2e9"
    fields = b"\x1f".join([b"1", b"2026-03-02T08:00:00.000000+00:00", attempt, b"attempt.begin"])
    assert hashlib.sha256(GENESIS + fields + b'\x1f{"slot":"1"}').hexdigest() == GOLDEN_BEGIN
    no_attempt = b"\x1f".join(
        [b"2", b"2026-03-02T08:00:01.000000+00:00", b"", b"privileged.signin"]
    )
    signin = bytes.fromhex(GOLDEN_BEGIN) + no_attempt + b"\x1f" + SIGNIN.payload.encode()
    assert hashlib.sha256(signin).hexdigest() == GOLDEN_SIGNIN


def test_every_field_and_the_link_change_the_hash() -> None:
    edits = [
        replace(BEGIN, seq=2),
        replace(BEGIN, ts="2026-03-02T08:00:00.000001+00:00"),
        replace(BEGIN, attempt_id="0b7c5a52-3f7e-4d55-9f83-1c1bd7d0a2ea"),
        replace(BEGIN, attempt_id=None),
        replace(BEGIN, kind="attempt.device"),
        replace(BEGIN, payload='{"slot":"2"}'),
    ]
    for edited in edits:
        assert edited.hash(GENESIS) != GOLDEN_BEGIN, edited
    assert BEGIN.hash(b"\x01" * 32) != GOLDEN_BEGIN


def test_sqlite_builds_the_same_hashed_text() -> None:
    # `verify` has SQLite put the hashed text together from the stored row, which keeps the
    # time as integer microseconds and the attempt as its row id.
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE attempts (id INTEGER PRIMARY KEY, attempt_id TEXT)")
        conn.execute("CREATE TABLE events (seq, at_us, attempt_ref, kind, payload, hash)")
        conn.execute("INSERT INTO attempts VALUES (7, ?)", (BEGIN.attempt_id,))
        stored = [
            (1, 1_772_438_400_000_000, 7, BEGIN.kind, BEGIN.payload),
            (2, 1_772_438_401_000_000, None, SIGNIN.kind, SIGNIN.payload),
        ]
        conn.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, x'')", stored)
        rows = conn.execute(
            f"SELECT ts, {HASHED_TEXT_SQL} FROM ({EVENT_ROWS_SQL}) ORDER BY seq"
        ).fetchall()
    finally:
        conn.close()
    assert [r[0] for r in rows] == [BEGIN.ts, SIGNIN.ts]
    first = hashlib.sha256(GENESIS + rows[0][1].encode()).hexdigest()
    assert first == GOLDEN_BEGIN
    second = hashlib.sha256(bytes.fromhex(first) + rows[1][1].encode()).hexdigest()
    assert second == GOLDEN_SIGNIN


def test_canonical_json_is_one_text_per_payload() -> None:
    # The hash covers this text, so the same payload must always give the same bytes: keys
    # sorted whatever order they were built in, no spaces, and non-ASCII text kept as itself
    # (an escaped form would be a second spelling of the same record).
    built_one_way = {"reason": "réparé ✓", "actor": "zoë", "details": {"b": 1, "a": [2, 3]}}
    built_another = {"details": {"a": [2, 3], "b": 1}, "actor": "zoë", "reason": "réparé ✓"}
    expected = '{"actor":"zoë","details":{"a":[2,3],"b":1},"reason":"réparé ✓"}'
    assert canonical_json(built_one_way) == expected
    assert canonical_json(built_another) == expected
