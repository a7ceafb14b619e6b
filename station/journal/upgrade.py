"""Upgrading a journal to this station's schema, proven by verification before and after.

The compact format (schema 4) rewrites how every event is stored, and schema 5 drops the
`intents` table for the intent records themselves, so no upgrade from before them is trusted
on its own: the journal must verify before it is touched, a copy of the old file is kept beside
it, and the upgraded journal must verify again with the same number of records. The hashes are
carried over unchanged, so "verifies after" proves every record still says what it said. If the
upgraded file does not verify, the old file is put back.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from station.journal.model import JournalError
from station.journal.schema import COMPACT_EVENTS, migrate, read_version, schema_version
from station.journal.verify import verify
from station.text import Text

# How long a second station process waits for another's upgrade before giving up. Generous on
# purpose: the upgrade verifies the whole journal twice and rewrites every event, which for a
# journal of years on a slow line PC takes minutes; giving up early would refuse a start that
# was only waiting. A lock held longer than this is a hung process or a stale lock.
UPGRADE_LOCK_WAIT_S = 600.0
_LOCK_POLL_S = 0.2


def upgrade_verified(
    path: Path, version: int, *, lock_wait_s: float = UPGRADE_LOCK_WAIT_S
) -> Path | None:
    """Bring the journal at `path` (at `version`) to this station's schema; returns the kept
    copy of the old file, or None if another process upgraded it meanwhile.

    One upgrade at a time: two station processes opening the same old journal at once (the
    station and a command run beside it) would otherwise verify a file the other is rewriting.
    The second waits for the first (at most `lock_wait_s`), then finds the journal already
    upgraded.
    """
    with _one_upgrade_at_a_time(path, lock_wait_s):
        version = read_version(path)
        if version >= schema_version():
            return None
        return _upgrade(path, version)


@contextmanager
def _one_upgrade_at_a_time(path: Path, wait_s: float) -> Iterator[None]:
    # A lock file of its own: opening and closing the journal file itself would drop the locks
    # SQLite holds on it in this process (POSIX locks belong to the process, not the handle).
    lock = path.with_name(f"{path.name}.upgrade-lock")
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise JournalError(
            Text.of(
                "journal.upgrade.no_lock", lock=str(lock), path=str(path), reason=str(exc.strerror)
            ),
            Text.of("journal.upgrade.no_lock.action"),
        ) from exc
    try:
        _lock_within(fd, lock, path, wait_s)
        yield
    finally:
        os.close(fd)


def _lock_within(fd: int, lock: Path, path: Path, wait_s: float) -> None:
    # Polled rather than a blocking flock: a blocking wait has no deadline, so a second process
    # would wait silently for as long as the first one hangs.
    deadline = time.monotonic() + wait_s
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                break
            time.sleep(_LOCK_POLL_S)
    raise JournalError(
        Text.of("journal.upgrade.held", path=str(path), lock=str(lock), seconds=round(wait_s)),
        Text.of("journal.upgrade.held.action", lock=str(lock)),
    )


def _upgrade(path: Path, version: int) -> Path:
    kept: Path | None = None
    if version < COMPACT_EVENTS - 1:
        # Verify reads journals from the version before the compact one on. The steps up to it
        # only add columns and turn the outbox into a cursor, as earlier stations applied them
        # on open; they run here on the journal once the old file is kept.
        kept = _kept_copy_path(path, version)
        _copy(path, kept)
        try:
            _migrate(path, up_to=COMPACT_EVENTS - 1)
        except BaseException:
            _copy(kept, path)
            raise
    before = verify(path)
    if not before.ok:
        if kept is not None:
            _copy(kept, path)
            kept.unlink()
        raise JournalError(
            Text.of(
                "journal.upgrade.does_not_verify",
                path=str(path),
                reason=before.reason_text or before.reason,
            ),
            Text.of("journal.upgrade.does_not_verify.action"),
        )
    if kept is None:
        kept = _kept_copy_path(path, version)
        _copy(path, kept)
    try:
        _migrate(path)
        after = verify(path)
    except sqlite3.Error as exc:
        _copy(kept, path)
        raise JournalError(
            Text.of("journal.upgrade.failed", path=str(path), reason=str(exc)),
            Text.of("journal.upgrade.failed.action"),
        ) from exc
    except BaseException:
        _copy(kept, path)
        raise
    if not after.ok or after.checked != before.checked:
        _copy(kept, path)
        raise JournalError(
            Text.of(
                "journal.upgrade.lost_records",
                path=str(path),
                reason=after.reason_text or after.reason,
                after=after.checked,
                before=before.checked,
            ),
            Text.of("journal.upgrade.lost_records.action"),
        )
    return kept


def _kept_copy_path(path: Path, version: int) -> Path:
    """Beside the journal, named for its schema version; never over an earlier kept copy."""
    stem = f"{path.stem}.schema{version}"
    candidate = path.with_name(f"{stem}{path.suffix}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{stem}-{n}{path.suffix}")
    return candidate


def _copy(source: Path, destination: Path) -> None:
    """A consistent copy through SQLite (it includes what is still in the source's WAL)."""
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(destination)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise JournalError(
            Text.of(
                "journal.upgrade.cannot_copy",
                source=str(source),
                destination=str(destination),
                reason=str(exc),
            ),
            Text.of("journal.upgrade.cannot_copy.action"),
        ) from exc


def _migrate(path: Path, up_to: int | None = None) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, up_to)
        # The rewrite of every event went through the WAL in one transaction; give that space
        # back now rather than at some later checkpoint (a busy reader only delays it).
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
