"""The fleet's central database as a source for the QA window (`station.journal.qa_source`).

Every reader and export it opens is its own connection as the QA person's role (QA or
supervisor group), read-only by that role's grants; they share one `RefBook`, so a ref means
the same attempt in each. The window opens about five at once (table pages, table keys, detail,
summary, an export): `station fleet add-qa` gives QA roles room for that.
"""

from __future__ import annotations

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
        return FleetQAReader.open(self._settings, self._password, self._book)

    def open_questions(self) -> FleetQAReader:
        return FleetQAReader.open(self._settings, self._password, self._book)

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
