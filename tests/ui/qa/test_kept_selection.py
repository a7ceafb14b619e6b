"""The QA window's selected attempt across filters (real journal, real widgets offscreen): an
attempt asked for by id is found beyond the rows read and behind a filter, and a filter that
hides the selected attempt says so in the detail pane."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.fixtures.journal import SeededJournal
from tests.ui.qa.conftest import WAIT_MS, QAWindowFactory
from tests.ui.qa.test_window import current_attempt, select_attempt
from ui.qa.table_model import PAGE_SIZE


def test_an_attempt_asked_for_is_found_behind_a_filter_and_beyond_the_rows_read(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal
) -> None:
    window = qa_window(seeded_journal.path)
    # Newest first: a row below the first page of ids, above the last.
    old = seeded_journal.attempts[-PAGE_SIZE - 50]
    assert len(seeded_journal.attempts) > 3 * PAGE_SIZE
    hidden_by = "FAIL" if old["result"] != "FAIL" else "PASS"
    with qtbot.waitSignal(window.model.keysApplied, timeout=WAIT_MS):
        window.filters.choose_result(frozenset({hidden_by}))
        window.filters.apply_now()
    assert window.model.count < len(seeded_journal.attempts)

    with qtbot.waitSignal(window.detailShown, timeout=WAIT_MS):
        window.show_attempt(old["attempt_id"])
    assert current_attempt(window) == old["attempt_id"]
    assert window.model.attempt_filter.results == frozenset()  # cleared for it
    assert window.model.rowCount() < len(seeded_journal.attempts), "not every id was read"


def test_a_filter_that_hides_the_selected_attempt_clears_the_detail(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal
) -> None:
    window = qa_window(seeded_journal.path)
    chosen = seeded_journal.attempts[-3]
    select_attempt(qtbot, window, chosen["attempt_id"])
    hidden_by = "FAIL" if chosen["result"] != "FAIL" else "PASS"
    window.filters.choose_result(frozenset({hidden_by}))
    window.filters.apply_now()
    qtbot.waitUntil(lambda: window.detail is None, timeout=WAIT_MS)
    assert window.selection.ref is None
    assert current_attempt(window) != chosen["attempt_id"]
