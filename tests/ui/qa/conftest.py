"""QA window fixtures: a window over a real SQLite journal, closed (workers joined) after."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from station.journal.qa_queries import QAReader
from station.roles import Actor, Role
from ui.qa.access import fixed
from ui.qa.table_model import CACHE_PAGES, PAGE_SIZE, AttemptTableModel
from ui.qa.window import QAWindow
from ui.tasks import Tasks

WAIT_MS = 30_000
QA_ACTOR = Actor("Quinn", Role.QA)

QAWindowFactory = Callable[..., QAWindow]


@pytest.fixture
def qa_window(qtbot: QtBot) -> Iterator[QAWindowFactory]:
    """Factory: `qa_window(path, poll_interval_ms=..., verify_on_open=False, actor=...)`; the
    window (for a signed-in QA person unless `actor` says otherwise) is shown and its first keys
    are loaded when it returns."""
    made: list[QAWindow] = []

    def make(path: Path, **options: object) -> QAWindow:
        options.setdefault("verify_on_open", False)
        options.setdefault("actor", fixed(QA_ACTOR))
        window = QAWindow(path, **options)  # type: ignore[arg-type]
        made.append(window)
        window.resize(1500, 900)
        with qtbot.waitSignal(window.model.keysApplied, timeout=WAIT_MS):
            window.show()
        return window

    try:
        yield make
    finally:
        for window in made:
            window.close()
            window.deleteLater()


def copy_journal(source: Path, target: Path) -> Path:
    """A private copy of a (shared, read-only) journal that a test may change."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def fetch_all(qtbot: QtBot, model: AttemptTableModel) -> None:
    """Scroll the model to its end: ask for keyset pages until there are no more."""
    while model.canFetchMore(QModelIndex()):
        with qtbot.waitSignal(model.rowsInserted, timeout=WAIT_MS, raising=False):
            model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model._fetching, timeout=WAIT_MS)


@contextmanager
def attempt_model(
    path: Path, tasks_name: str, *, page_size: int = PAGE_SIZE, cache_pages: int = CACHE_PAGES
) -> Iterator[AttemptTableModel]:
    """The QA table model on its own page and key readers of the journal at `path`, as the
    window builds it; closed, its workers joined and its readers closed afterwards."""
    pages = QAReader.open(path)
    keys = QAReader.open(path)
    tasks = Tasks(tasks_name)
    made = AttemptTableModel(pages, keys, tasks, page_size=page_size, cache_pages=cache_pages)
    try:
        yield made
    finally:
        made.close()
        tasks.wait(WAIT_MS)
        pages.close()
        keys.close()
