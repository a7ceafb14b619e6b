"""The shipper's only view of the local journal: its identity and its events after a seq.

Everything the fleet knows about the journal's tables is in this module, on a read-only
connection (`mode=ro`): the shipper can never change the journal, and a WAL reader never blocks
the station's writer.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path

from station.journal.chain import EVENT_ROWS_SQL, GENESIS
from station.journal.read_only import JournalReader


@dataclass(frozen=True)
class LocalEvent:
    seq: int
    ts: str  # ISO 8601 with offset, as the journal wrote it
    attempt_id: str | None
    kind: str
    payload: str  # canonical JSON, as hashed
    prev_hash: bytes
    hash: bytes


class JournalSource(JournalReader):
    """Read-only: the journal's ID and its events in seq order."""

    def journal_id(self) -> uuid.UUID | None:
        """The journal's identity; None while it has no event yet (nothing to ship).

        A journal that records a `journal_id` in its meta table is taken at its word. Otherwise
        the ID is derived from what makes this journal file unique and never changes: the
        station ID, its creation time and its first event's hash (which covers that event's
        time). A re-imaged station gets a new ID; a journal restored from a backup keeps its ID,
        and so its new events after the restore point collide with what the centre already
        holds: the shipper stops and says so instead of hiding either copy.
        """
        with self._lock:
            meta = dict(self._execute("SELECT key, value FROM meta", ()).fetchall())
            if "journal_id" in meta:
                return uuid.UUID(str(meta["journal_id"]))
            first = self._execute("SELECT hash FROM events WHERE seq = 1", ()).fetchone()
        if first is None:
            return None
        digest = hashlib.sha256(
            b"\x1f".join(
                (
                    str(meta.get("station_id", "")).encode(),
                    str(meta.get("created_at", "")).encode(),
                    bytes(first[0]),
                )
            )
        ).digest()
        return uuid.UUID(bytes=digest[:16], version=5)

    def max_seq(self) -> int:
        with self._lock:
            row = self._execute("SELECT coalesce(max(seq), 0) FROM events", ()).fetchone()
        return int(row[0])

    def hash_at(self, seq: int) -> bytes | None:
        with self._lock:
            row = self._execute("SELECT hash FROM events WHERE seq = ?", (seq,)).fetchone()
        return None if row is None else bytes(row[0])

    def events_after(self, seq: int, limit: int) -> list[LocalEvent]:
        """Events after `seq`, each with the hash of the one before it (the chain's link).

        The journal stores no link: sequence numbers are dense and each event's hash covers
        its predecessor's, so the link of the first is the hash at `seq` and each next one's is
        the hash just read.
        """
        with self._lock:
            rows = self._execute(
                f"{EVENT_ROWS_SQL} WHERE e.seq > ? ORDER BY e.seq LIMIT ?",
                (seq, limit),
            ).fetchall()
            before = self._execute("SELECT hash FROM events WHERE seq = ?", (seq,)).fetchone()
        prev_hash = GENESIS if before is None else bytes(before[0])
        events: list[LocalEvent] = []
        for r in rows:
            event = LocalEvent(
                seq=int(r[0]),
                ts=str(r[1]),
                attempt_id=None if r[2] is None else str(r[2]),
                kind=str(r[3]),
                payload=str(r[4]),
                prev_hash=prev_hash,
                hash=bytes(r[5]),
            )
            events.append(event)
            prev_hash = event.hash
        return events


def open_source(path: Path) -> JournalSource:
    return JournalSource.open(path)
