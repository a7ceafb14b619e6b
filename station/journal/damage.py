"""Telling a damaged journal file apart from every other journal failure.

A malformed database is not a full disk or a permission problem: the only remedy is the backup.
SQLite says which it is in the error code, so every reader and writer of the journal maps its
errors through here and never gives disk-space advice for a corrupt file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from station.journal.model import JournalError
from station.text import Text

RESTORE = Text.of("journal.restore.action")
#: What to do about a damaged journal, in English (the command line says it).
RESTORE_ACTION = RESTORE.english

_DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


def is_damage(exc: BaseException) -> bool:
    """Whether SQLite reported the file itself as malformed (not busy, full or unwritable)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in _DAMAGE_CODES


def damaged(path: Path, detail: str) -> JournalError:
    return JournalError(Text.of("journal.damaged", path=str(path), detail=detail), RESTORE)


def integrity_problems(conn: sqlite3.Connection, limit: int = 10) -> list[str]:
    """SQLite's own `integrity_check` of every page, index and constraint; empty when sound.

    A damaged page can also make the check itself fail; that is reported as a problem too.
    """
    try:
        rows = conn.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return [str(exc)]
        raise
    problems = [str(r[0]) for r in rows]
    return [] if problems == ["ok"] else problems
