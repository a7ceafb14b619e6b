"""Telling "the journal could not be checked" apart from "the journal is damaged".

A verify that fails because another program holds the journal locked, the disk returned an I/O
error, or the check was interrupted says nothing about the file: showing it as damage (with the
restore action) would send QA to a backup for an environment problem. Only SQLite's own
malformed-file codes (`damage.is_damage`) are damage. Verify's result for a malformed file and
its words for a changed link live here too, beside the other ways a verify ends short.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from station.journal.damage import is_damage
from station.journal.model import JournalError, VerifyResult
from station.text import Text

_BUSY = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})


def could_not_check(path: Path, exc: BaseException) -> JournalError | None:
    """The error to show when `exc` kept verify from checking `path`, or None when `exc` is
    damage (or not a cause this module knows) and must be reported as before."""
    if is_damage(exc):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in _BUSY:
        return _unchecked(path, "journal.unchecked.locked", exc)
    if primary == sqlite3.SQLITE_IOERR or (primary is None and isinstance(exc, OSError)):
        return _unchecked(path, "journal.unchecked.io", exc)
    if primary == sqlite3.SQLITE_INTERRUPT:
        return _unchecked(path, "journal.unchecked.interrupted", exc)
    return None


def _unchecked(path: Path, cause: str, exc: BaseException) -> JournalError:
    """`cause`: the message ID of why (its action is `<cause>.action`)."""
    return JournalError(
        Text.of("journal.unchecked", path=str(path), cause=Text.of(cause, reason=str(exc))),
        Text.of(f"{cause}.action"),
    )


def broken_link(seq: int) -> Text:
    """Why a record whose own hash matched fails: its stored link (old formats) was changed."""
    # The record's own hash matched, so only its stored link was changed: the hash covers the
    # previous record's hash as computed, never the stored column.
    before = (
        Text.of("journal.verify.link.start")
        if seq == 1
        else Text.of("journal.verify.link.previous", seq=seq - 1)
    )
    return Text.of("journal.verify.link", seq=seq, before=before)


def damaged_result(problems: list[str]) -> VerifyResult:
    """Verify's result for a file SQLite's integrity check finds malformed."""
    # SQLite's words for the first problem stay as it gave them.
    reason = (
        Text.of("journal.verify.malformed.more", problem=repr(problems[0]), more=len(problems) - 1)
        if len(problems) > 1
        else Text.of("journal.verify.malformed", problem=repr(problems[0]))
    )
    return VerifyResult(
        ok=False,
        checked=0,
        first_bad_seq=None,
        reason=reason.english,
        damaged=True,
        reason_text=reason,
    )
