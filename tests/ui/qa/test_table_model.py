"""The lazy journal table model: keys in SQL order, rows by page, correct Qt model behaviour."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from station.journal import AttemptFilter
from tests.fixtures.journal import SeededJournal
from tests.ui.qa.conftest import WAIT_MS, attempt_model, fetch_all
from ui.qa.columns import COLUMN_INDEX
from ui.qa.table_cells import ATTEMPT_ID_ROLE
from ui.qa.table_model import AttemptTableModel


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
    assert model.rowCount() == 50, "one page of ids, not all of them"
    expected = [
        a["attempt_id"] for a in sorted(raw, key=lambda a: (a["started_us"], a["id"]), reverse=True)
    ]
    first = [model.index(r, 0).data(ATTEMPT_ID_ROLE) for r in range(10)]
    assert first == expected[:10]
    assert model.page_fetches == 1
    fetch_all(qtbot, model)
    assert model.rowCount() == len(raw)
    assert shown_ids(model) == expected
    # The cache holds four pages; reading everything did not keep everything.
    assert model.cached_pages == 4


@pytest.mark.parametrize(
    "column", ["hardware_serial", "slot", "error_class", "result", "finished_at"]
)
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
    # Keyset pages across ties and NULLs (unfinished attempts) must join up exactly.
    fetch_all(qtbot, model)
    raw = seeded_journal.attempts

    def key(a: dict[str, object]) -> tuple[object, ...]:
        value = a["finished_us" if column == "finished_at" else column]
        # SQLite puts NULL first ascending; mirror it with a (present, value) pair.
        return (value is not None, value or "", a["started_us"], a["id"])

    expected = [a["attempt_id"] for a in sorted(raw, key=key, reverse=descending)]
    assert shown_ids(model) == expected


def test_the_first_page_shows_and_later_pages_come_by_fetch_more(
    qtbot: QtBot, model: AttemptTableModel, seeded_journal: SeededJournal
) -> None:
    events: list[tuple[str, int, int]] = []
    model.modelReset.connect(lambda: events.append(("reset", 0, model.rowCount())))
    model.rowsInserted.connect(lambda _p, first, last: events.append(("inserted", first, last)))
    model.firstPageShown.connect(lambda n: events.append(("first page", n, n)))
    counts: list[int] = []
    model.keysApplied.connect(lambda n, _live: counts.append(n))
    with qtbot.waitSignal(model.keysApplied, timeout=WAIT_MS):
        model.reload()
    total = len(seeded_journal.attempts)
    assert events == [("reset", 0, 50), ("first page", 50, 50)]
    assert counts == [total], "the label's count comes from COUNT, not from held ids"
    assert model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.rowsInserted, timeout=WAIT_MS):
        model.fetchMore(QModelIndex())
    assert events[-1] == ("inserted", 50, 99)
    fetch_all(qtbot, model)
    assert model.rowCount() == total
    assert not model.canFetchMore(QModelIndex())
    assert model.peak_ids == total
