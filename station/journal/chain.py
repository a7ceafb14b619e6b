"""The hash chain over journal events.

Each event's hash covers the previous event's hash and the event's own fields, so changing,
removing or reordering any stored event breaks every hash after it. The encoding is fixed here,
once, for both the writer (`event_hash`) and the verifier (`HASHED_TEXT_SQL`, the same text as
SQLite puts it together; a test keeps the two equal).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

GENESIS = bytes(32)
_SEP = b"\x1f"  # unit separator: cannot occur in canonical JSON or in the validated fields


def canonical_json(payload: Mapping[str, Any]) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def iso_from_us_sql(us: str) -> str:
    """SQL for `model.iso` of a time stored as integer microseconds (UTC, "+00:00")."""
    return (
        f"strftime('%Y-%m-%dT%H:%M:%S', {us} / 1000000, 'unixepoch') || "
        f"printf('.%06d+00:00', {us} % 1000000)"
    )


#: An `events` row as the chain hashes it: (seq, ts, attempt_id, kind, payload, hash). The
#: journal stores the time as integer microseconds and the attempt as its row id; the hash
#: still covers the ISO time and the attempt's UUID, which SQLite puts back together here, so
#: every hash written before the compact format stays valid and means the same.
EVENT_ROWS_SQL = (
    f"SELECT e.seq, {iso_from_us_sql('e.at_us')} AS ts, a.attempt_id, e.kind, "  # noqa: S608
    "e.payload, e.hash FROM events AS e LEFT JOIN attempts AS a ON a.id = e.attempt_ref"
)

#: The text `event_hash` hashes after the previous hash, over the columns of `EVENT_ROWS_SQL`;
#: `verify` has SQLite put it together, so a journal's records are checked in C-speed bulk.
HASHED_TEXT_SQL = (
    "seq || char(31) || ts || char(31) || COALESCE(attempt_id, '') || char(31) || kind || "
    "char(31) || payload"
)


def event_hash(
    prev_hash: bytes, *, seq: int, ts: str, attempt_id: str | None, kind: str, payload: str
) -> bytes:
    h = hashlib.sha256(prev_hash)
    h.update(
        _SEP.join((str(seq).encode(), ts.encode(), (attempt_id or "").encode(), kind.encode()))
    )
    h.update(_SEP)
    h.update(payload.encode("utf-8"))
    return h.digest()
