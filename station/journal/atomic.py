"""Files written out of the journal (exports, event lists) appear whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from station.journal.model import JournalError

_ACTION = "Choose a folder you can write to, with free space."


@contextmanager
def replace_when_complete(path: Path, what: str) -> Iterator[IO[str]]:
    """A text stream into a temporary file beside `path`, renamed over it only when the block
    completes: a cancelled or failed write leaves the earlier file as it was and no temporary.

    `what` names the file in the error ("the export"), as in "Cannot write the export to ...".
    """
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        message = f"Cannot write {what} to {path.parent}: {exc.strerror}."
        raise JournalError(message, _ACTION) from exc
    temp = Path(temp_name)
    try:
        with open(fd, "w", encoding="utf-8", newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        temp.replace(path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise JournalError(f"Cannot write {what} to {path}: {exc.strerror}.", _ACTION) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
