"""A journal the QA window cannot open is told in the screens' language (station/catalogue/
journal.py by ID, through the real translation): the journal's path and SQLite's words as they
are, what happened and what to do translated. In English the same box says the journal's own
English, word for word."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from station.journal.schema import schema_version
from tests.ui.i18n_fixtures import qm_dir, station_languages
from tests.ui.qa.conftest import QA_ACTOR
from ui.i18n.languages import Languages
from ui.qa.access import fixed
from ui.qa.window import open_qa_window

__all__ = ["qm_dir", "station_languages"]  # fixtures


def _boxes() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.objectName() == "qa-open-failed"}


def _refusal(path: Path) -> QMessageBox:
    """The box the QA window's opening shows for `path` (a new one, not an earlier one)."""
    before = _boxes()
    assert open_qa_window(path, actor=fixed(QA_ACTOR)) is None
    (box,) = _boxes() - before
    assert isinstance(box, QMessageBox)
    return box


def _newer_journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.close()
    return path


def test_a_german_qa_person_reads_why_the_journal_does_not_open_in_german(
    qtbot: QtBot, tmp_path: Path, station_languages: Languages
) -> None:
    newer = _newer_journal(tmp_path)
    known, version = schema_version(), schema_version() + 1
    box = _refusal(newer)
    assert box.text() == (
        f"The journal {newer} was written by a newer station version (schema {version}; this "
        f"station understands up to {known}). It has not been changed."
    )
    box.close()
    assert station_languages.switch("de") is None
    box = _refusal(newer)
    assert box.text() == (
        f"Das Journal {newer} wurde von einer neueren Stationsversion geschrieben (Schema "
        f"{version}; diese Station versteht bis {known}). Es wurde nicht verändert."
    )
    assert box.informativeText() == (
        "Was tun: Die Stationssoftware auf diesem PC aktualisieren oder ein anderes Journal öffnen."
    )
    box.close()
    missing = tmp_path / "nowhere.sqlite"
    box = _refusal(missing)
    assert box.text() == f"Unter {missing} gibt es kein Journal."
    box.close()
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is a text file, not SQLite " * 64)
    box = _refusal(garbage)
    # SQLite's own words stay as SQLite said them.
    assert box.text() == (
        f"Das Journal {garbage} kann nicht als Stationsjournal gelesen werden (file is not a "
        "database)."
    )
    box.close()
