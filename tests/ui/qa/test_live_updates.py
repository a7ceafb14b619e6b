"""Live updates: new attempts are added without re-reading every id when that is provably
right, and the model falls back to a full re-read when rows may change place or membership."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from station.journal import AttemptFilter, Journal
from station.journal.synthetic import seed_journal
from tests.fixtures.journal import SEED_START, begin_line_a_attempt, read_raw_attempts
from tests.ui.qa.conftest import WAIT_MS, attempt_model
from ui.qa.columns import COLUMN_INDEX
from ui.qa.table_cells import ATTEMPT_ID_ROLE
from ui.qa.table_model import AttemptTableModel

SEEDED = 30


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    path = tmp_path / "live.sqlite"
    seed_journal(path, SEEDED, start=SEED_START, interval_s=30.0, seed=11)
    return path


@pytest.fixture
def model(journal_path: Path) -> Iterator[AttemptTableModel]:
    with attempt_model(journal_path, "qa-live-test") as made:
        yield made


def add_attempts(path: Path, at: datetime, count: int, *, result: str = "FAIL") -> list[str]:
    made = []
    with Journal.open(path, station_id="writer", clock=lambda: at) as journal:
        for i in range(count):
            attempt = begin_line_a_attempt(journal, str(i % 8 + 1))
            journal.finish_attempt(attempt, result=result, error_class="timeout")
            made.append(attempt)
    return made


def shown(model: AttemptTableModel) -> list[str]:
    return [model.index(r, 0).data(ATTEMPT_ID_ROLE) for r in range(model.rowCount())]


def expected_order(path: Path, *, descending: bool) -> list[str]:
    raw = read_raw_attempts(path)
    ordered = sorted(raw, key=lambda a: (a["started_us"], a["id"]), reverse=descending)
    return [a["attempt_id"] for a in ordered]


def poll_until(qtbot: QtBot, model: AttemptTableModel, rows: int) -> None:
    def grown() -> bool:
        model.poll()
        return model.rowCount() == rows

    qtbot.waitUntil(grown, timeout=WAIT_MS)


def load(qtbot: QtBot, model: AttemptTableModel) -> None:
    with qtbot.waitSignal(model.keysApplied, timeout=WAIT_MS):
        model.reload()


@pytest.mark.parametrize("descending", [True, False])
def test_new_attempts_are_added_at_the_newest_end_without_a_full_reload(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    model: AttemptTableModel,
    journal_path: Path,
    descending: bool,
) -> None:
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    with qtbot.waitSignal(model.keysApplied, timeout=WAIT_MS):
        model.sort(COLUMN_INDEX["started_at"], order)
    qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]
    loads = model.full_loads
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    add_attempts(journal_path, SEED_START + timedelta(hours=3), 4)
    poll_until(qtbot, model, SEEDED + 4)
    assert model.full_loads == loads
    assert model.incremental_updates == 1
    assert inserted == ([(0, 3)] if descending else [(SEEDED, SEEDED + 3)])
    assert shown(model) == expected_order(journal_path, descending=descending)


def test_an_attempt_that_started_earlier_than_the_newest_is_placed_by_a_full_reload(
    qtbot: QtBot, model: AttemptTableModel, journal_path: Path
) -> None:
    load(qtbot, model)
    loads = model.full_loads
    # A station PC whose clock was behind: its attempt belongs in the middle of the table.
    add_attempts(journal_path, SEED_START + timedelta(minutes=5), 1)
    poll_until(qtbot, model, SEEDED + 1)
    assert model.full_loads == loads + 1
    assert shown(model) == expected_order(journal_path, descending=True)


def test_an_attempt_finishing_into_a_result_filter_needs_a_full_reload(
    qtbot: QtBot, model: AttemptTableModel, journal_path: Path
) -> None:
    at = SEED_START + timedelta(hours=2)
    with Journal.open(journal_path, station_id="writer", clock=lambda: at) as journal:
        running = begin_line_a_attempt(journal, "7")
        with qtbot.waitSignal(model.keysApplied, timeout=WAIT_MS):
            model.set_filter(AttemptFilter(results=frozenset({"SCRAP"})))
        before = model.rowCount()
        loads = model.full_loads
        journal.finish_attempt(running, result="SCRAP", error_class="storage_written")
    poll_until(qtbot, model, before + 1)
    assert model.full_loads == loads + 1
    assert running in shown(model)


def test_a_new_attempt_outside_the_filter_adds_nothing(
    qtbot: QtBot, model: AttemptTableModel, journal_path: Path
) -> None:
    with qtbot.waitSignal(model.keysApplied, timeout=WAIT_MS):
        model.set_filter(AttemptFilter(operator="nobody-yet"))
    assert model.rowCount() == 0
    head = model.head_seq
    add_attempts(journal_path, SEED_START + timedelta(hours=3), 2)
    with qtbot.waitSignal(model.keysApplied, timeout=WAIT_MS):
        model.poll()
    assert model.rowCount() == 0
    assert model.head_seq > head
