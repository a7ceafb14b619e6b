"""The fleet's central database as a source for the QA window (`station.journal.qa_source`).

Every reader and export it opens is its own connection as the QA person's role (QA or
supervisor group), read-only by that role's grants; they share one `RefBook`, so a ref means
the same attempt in each. The window opens about five at once (table pages, table keys, detail,
summary, an export): `station fleet add-qa` gives QA roles room for that.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import IO

from station.cancel import CancelToken
from station.fleet.connect import FleetSettings
from station.fleet.qa_export import Progress, export_fleet
from station.fleet.qa_reader import FleetQAReader, RefBook, open_qa_connection
from station.journal.attempt_query import AttemptFilter
from station.journal.export import ExportFormat


class FleetDatabase:
    """Every station's attempts at the centre, as `settings.role` (a QA or supervisor role)."""

    def __init__(self, settings: FleetSettings, password: str | None) -> None:
        self._settings = settings
        self._password = password
        self._book = RefBook()
        self._ready: list[FleetQAReader] = []  # opened ahead by `prepare`, handed out first
        self._lock = threading.Lock()

    def prepare(self, readers: int = 3) -> None:
        """Open `readers` readers now, to be handed out by `open_keys` and `open_questions`.

        Each is a connection to the centre and a few round trips: the window opens three as it
        is built, on the GUI thread, so whoever opens it calls this on a worker first. All or
        none: a failure closes those already open and raises (it is the sign-in's answer)."""
        opened: list[FleetQAReader] = []
        try:
            for _ in range(readers):
                opened.append(FleetQAReader.open(self._settings, self._password, self._book))
        except BaseException:
            for reader in opened:
                reader.close()
            raise
        with self._lock:
            self._ready.extend(opened)

    def close_unused(self) -> None:
        """Close the readers `prepare` opened that nothing took. Each holds a connection at the
        centre: when the window they were opened for is never built, nothing else closes them,
        and a QA role has only a few connections to spare."""
        with self._lock:
            unused, self._ready = self._ready, []
        for reader in unused:
            reader.close()

    @property
    def prepared(self) -> int:
        with self._lock:
            return len(self._ready)

    def _reader(self) -> FleetQAReader:
        with self._lock:
            if self._ready:
                return self._ready.pop(0)
        return FleetQAReader.open(self._settings, self._password, self._book)

    @property
    def settings(self) -> FleetSettings:
        return self._settings

    @property
    def title(self) -> str:
        s = self._settings
        return f"fleet database {s.database} on {s.host}:{s.port} as {s.role}"

    @property
    def journal_path(self) -> Path | None:
        return None  # each station verifies its own chain; the centre has no one file

    def open_keys(self) -> FleetQAReader:
        return self._reader()

    def open_questions(self) -> FleetQAReader:
        return self._reader()

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
        with open_qa_connection(self._settings, self._password) as conn:
            return export_fleet(
                conn,
                destination,
                attempt_filter,
                format=format,
                steps=steps,
                progress=progress,
                cancel=cancel,
            )
