"""The lazy journal table model: keys in SQL order, rows by page, correct Qt model behaviour."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from station.journal import AttemptFilter
from tests.fixtures.journal import SeededJournal
from tests.ui.qa.conftest import WAIT_MS, attempt_model
from ui.qa.table_model import ATTEMPT_ID_ROLE, COLUMN_INDEX, AttemptTableModel


@pytest.fixture
def model(qtbot: QtBot, seeded_journal: SeededJournal) -> Iterator[AttemptTableModel]:
    with attempt_model(seeded_journal.path, "qa-keys-test", page_size=50, cache_pages=4) as made:
        yield made


def load(
    qtbot: QtBot, model: AttemptTableModel, attempt_filter: AttemptFilter | None = None
) -> None:
    with qtbot.waitSignal(model.keysApplied, timeout=WAIT_MS):
        if attempt_filter is None:
            model.reload()
        else:
            model.set_filter(attempt_filter)


def shown_ids(model: AttemptTableModel) -> list[str]:
    return [model.index(r, 0).data(ATTEMPT_ID_ROLE) for r in range(model.rowCount())]


def test_model_passes_qtmodeltester(
    qtbot: QtBot, qtmodeltester: ModelTester, model: AttemptTableModel
) -> None:
    load(qtbot, model)
    qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]


def test_newest_first_by_default_and_reads_only_the_pages_it_shows(
    qtbot: QtBot, model: AttemptTableModel, seeded_journal: SeededJournal
) -> None:
    load(qtbot, model)
    raw = seeded_journal.attempts
    assert model.rowCount() == len(raw)
    expected = [
        a["attempt_id"] for a in sorted(raw, key=lambda a: (a["started_us"], a["id"]), reverse=True)
    ]
    first = [model.index(r, 0).data(ATTEMPT_ID_ROLE) for r in range(10)]
    assert first == expected[:10]
    assert model.page_fetches == 1
    assert shown_ids(model) == expected
    # The cache holds four pages; reading everything did not keep everything.
    assert model.cached_pages == 4


@pytest.mark.parametrize("column", ["hardware_serial", "slot", "error_class"])
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_by_a_column_requeries_in_sql(
    qtbot: QtBot,
    model: AttemptTableModel,
    seeded_journal: SeededJournal,
    column: str,
    descending: bool,
) -> None:
    load(qtbot, model)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    with qtbot.waitSignal(model.keysApplied, timeout=WAIT_MS):
        model.sort(COLUMN_INDEX[column], order)
    raw = seeded_journal.attempts

    def key(a: dict[str, object]) -> tuple[object, ...]:
        value = a[column]
        # SQLite puts NULL first ascending; mirror it with a (present, value) pair.
        return (value is not None, value or "", a["started_us"], a["id"])

    expected = [a["attempt_id"] for a in sorted(raw, key=key, reverse=descending)]
    assert shown_ids(model) == expected


def test_the_first_screenful_shows_before_the_complete_set_is_appended(
    qtbot: QtBot, model: AttemptTableModel, seeded_journal: SeededJournal
) -> None:
    events: list[tuple[str, int, int]] = []
    model.modelReset.connect(lambda: events.append(("reset", 0, model.rowCount())))
    model.rowsInserted.connect(lambda _p, first, last: events.append(("inserted", first, last)))
    model.firstPageShown.connect(lambda n: events.append(("first page", n, n)))
    with qtbot.waitSignal(model.keysApplied, timeout=WAIT_MS):
        model.reload()
    total = len(seeded_journal.attempts)
    assert events == [
        ("reset", 0, 50),
        ("first page", 50, 50),
        ("inserted", 50, total - 1),
    ]
    assert model.rowCount() == total
