"""Files written out of the journal (exports, event lists) appear whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from station.journal.model import JournalError
from station.text import Text, as_text

_ACTION = Text.of("journal.file.cannot_write.action")


@contextmanager
def replace_when_complete(path: Path, what: str | Text) -> Iterator[IO[str]]:
    """A text stream into a temporary file beside `path`, renamed over it only when the block
    completes: a cancelled or failed write leaves the earlier file as it was and no temporary.

    `what` names the file in the error (`journal.file.export`: "the export"), as in "Cannot
    write the export to ...".
    """
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise JournalError(_cannot_write(what, path.parent, exc), _ACTION) from exc
    temp = Path(temp_name)
    try:
        with open(fd, "w", encoding="utf-8", newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        temp.replace(path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise JournalError(_cannot_write(what, path, exc), _ACTION) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _cannot_write(what: str | Text, where: Path, exc: OSError) -> Text:
    return Text.of(
        "journal.file.cannot_write", what=as_text(what), path=str(where), reason=str(exc.strerror)
    )
