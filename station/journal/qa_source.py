"""What the QA window reads through, whatever holds the attempts: this station's journal file
or the fleet's central database (`station.fleet.qa_reader`).

The window asks a `QASource` for readers (each one connection, one thread's) and for exports;
it never knows which kind it has, except that only a journal file has a hash chain to verify
and privileged events to list here, and only the fleet has more than one station.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any, Protocol

from station.cancel import CancelToken
from station.journal.attempt_query import AttemptFilter, JournalQuery, Summary
from station.journal.export import ExportFormat, export
from station.journal.model import AttemptDetail, AttemptRow
from station.journal.qa_queries import KeyPage, KeySnapshot, QAReader


class AttemptKeys(Protocol):
    """The QA table's questions: keyset pages of attempt refs, counts, rows by ref."""

    #: Whether its answers cross a network link that may be slow: then the window reads even a
    #: page of table rows off the GUI thread (`ui.qa.row_pages`).
    over_network: bool

    def page(
        self,
        attempt_filter: AttemptFilter = ...,
        order_by: str = ...,
        *,
        descending: bool = ...,
        limit: int,
        after: tuple[Any, int, int] | None = ...,
    ) -> KeyPage: ...

    def page_until(
        self,
        attempt_filter: AttemptFilter,
        order_by: str,
        *,
        descending: bool,
        after: tuple[Any, int, int] | None,
        ref: int,
    ) -> KeyPage | None: ...

    def count(self, attempt_filter: AttemptFilter = ...) -> int: ...

    def additions(
        self,
        attempt_filter: AttemptFilter,
        order_by: str,
        *,
        descending: bool,
        since: KeySnapshot,
        edge: int | None,
    ) -> KeySnapshot | None: ...

    def head_seq(self) -> int: ...

    def rows_by_ref(self, refs: Sequence[int]) -> dict[int, AttemptRow]: ...

    def ref_of(self, attempt_id: str) -> int | None: ...

    def close(self) -> None: ...


class AttemptQuestions(Protocol):
    """The detail pane's, the filter choices' and the summary's questions."""

    def attempt(self, attempt_id: str) -> AttemptDetail | None: ...

    def distinct(self, column: str) -> list[str]: ...

    def summary(self, attempt_filter: AttemptFilter = ...) -> Summary: ...

    def close(self) -> None: ...


Progress = Callable[[int, int], None]


class QASource(Protocol):
    @property
    def title(self) -> str:
        """What the window shows it is reading (a file, or a database and role)."""
        ...

    @property
    def journal_path(self) -> Path | None:
        """The journal file, when it is one (its chain can be verified, its audit listed)."""
        ...

    def open_keys(self) -> AttemptKeys: ...

    def open_questions(self) -> AttemptQuestions: ...

    def export(
        self,
        destination: Path | IO[str],
        attempt_filter: AttemptFilter,
        *,
        format: ExportFormat,
        steps: bool = False,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> int: ...


def open_readers(source: QASource) -> tuple[AttemptKeys, AttemptKeys, AttemptQuestions]:
    """The QA window's three readers: table pages (GUI thread), table keys (its worker) and
    detail and choices (another worker). Each serves one thread, so a long key query never
    delays a page or a detail. All or none: a failure closes those already open."""
    with ExitStack() as opened:
        pages = source.open_keys()
        opened.callback(pages.close)
        keys = source.open_keys()
        opened.callback(keys.close)
        questions = source.open_questions()
        opened.pop_all()
    return pages, keys, questions


def close_readers(*readers: AttemptKeys | AttemptQuestions) -> None:
    for reader in readers:
        reader.close()


class LocalJournal:
    """This station's journal file, read-only (`mode=ro` connections)."""

    def __init__(self, path: Path) -> None:
        self._path = Path(path)

    @property
    def title(self) -> str:
        return str(self._path)

    @property
    def journal_path(self) -> Path:
        return self._path

    def open_keys(self) -> QAReader:
        return QAReader.open(self._path)

    def open_questions(self) -> JournalQuery:
        return JournalQuery.open(self._path)

    def export(
        self,
        destination: Path | IO[str],
        attempt_filter: AttemptFilter,
        *,
        format: ExportFormat,
        steps: bool = False,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> int:
        return export(
            self._path,
            destination,
            attempt_filter,
            format=format,
            steps=steps,
            progress=progress,
            cancel=cancel,
        )
