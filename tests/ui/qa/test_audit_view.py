"""The QA window's Audit events tab and its role checks, over a real journal.

Tens of thousands of privileged events are seeded through the real journal writer; the table
must stay lazy (pages fetched on demand), show exactly what a filter selects (counted here with
plain SQL), pick up new events, and the window must refuse an operator and refuse exports once
the session that opened it is over.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from station.journal import Journal
from station.journal.synthetic import seed_audit_events
from station.roles import Actor, NotPermitted, Role
from tests.fixtures.journal import SeededJournal
from tests.ui.i18n_fixtures import qm_dir, station_languages
from tests.ui.qa.conftest import QA_ACTOR, WAIT_MS, QAWindowFactory, copy_journal
from ui.i18n.languages import Languages
from ui.qa.access import fixed
from ui.qa.audit_view import COLUMNS, PAGE_SIZE
from ui.qa.labels import audit_kind_label
from ui.qa.window import QAWindow

__all__ = ["qm_dir", "station_languages"]

AUDIT_COUNT = 30_000
START = datetime(2025, 1, 1, 6, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def audit_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """30,000 privileged events. Module-scoped and shared: tests copy it before writing."""
    path = tmp_path_factory.mktemp("audit") / "journal.sqlite"
    seed_audit_events(path, AUDIT_COUNT, start=START, seed=3)
    return path


def raw(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.execute(sql, params))
    finally:
        conn.close()


def show_audit(qtbot: QtBot, window: QAWindow) -> None:
    with qtbot.waitSignal(window.audit.model.loaded, timeout=WAIT_MS):
        window.tabs.setCurrentWidget(window.audit)


def test_the_tab_lists_every_event_newest_first_and_lazily(
    qtbot: QtBot, qa_window: QAWindowFactory, audit_journal: Path, station_languages: Languages
) -> None:
    window = qa_window(audit_journal)
    assert window.tabs.tabText(window.tabs.indexOf(window.audit)) == "Audit events"
    model = window.audit.model
    assert model.rowCount() == 0, "nothing is read before the tab is shown"
    show_audit(qtbot, window)
    assert model.rowCount() == AUDIT_COUNT
    assert window.audit.count_label.text() == f"{AUDIT_COUNT:,} events"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        c[0] for c in COLUMNS
    ]
    qtbot.waitUntil(lambda: model.page_fetches > 0, timeout=WAIT_MS)  # the visible rows
    assert model.page_fetches <= 3, "showing one screen must not read the whole table"

    (newest,) = raw(
        audit_journal, "SELECT kind, actor, reason FROM audit ORDER BY seq DESC LIMIT 1"
    )
    assert tuple(model.index(0, c).data() for c in (1, 2, 3)) == (
        audit_kind_label(str(newest[0])),
        *newest[1:],
    )
    (oldest,) = raw(audit_journal, "SELECT kind, actor FROM audit ORDER BY seq LIMIT 1")
    last = AUDIT_COUNT - 1
    assert (model.index(last, 1).data(), model.index(last, 2).data()) == (
        audit_kind_label(str(oldest[0])),
        oldest[1],
    )
    assert model.index(last, 0).data() == START.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert model.page_fetches <= 4


def test_filters_select_exactly_the_matching_events(
    qtbot: QtBot, qa_window: QAWindowFactory, audit_journal: Path
) -> None:
    window = qa_window(audit_journal)
    show_audit(qtbot, window)
    view, model = window.audit, window.audit.model

    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        view.kind.setCurrentIndex(view.kind.findData("override"))
    expected = raw(audit_journal, "SELECT COUNT(*) FROM audit WHERE kind = 'override'")[0][0]
    assert 0 < model.rowCount() == expected
    assert {model.index(r, 1).data() for r in range(model.rowCount())} == {"Override"}

    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        view.actor.setText("rosa")
    expected = raw(
        audit_journal,
        "SELECT COUNT(*) FROM audit WHERE kind = 'override' AND actor LIKE '%Rosa%'",
    )[0][0]
    assert 0 < model.rowCount() == expected
    assert all("Rosa" in model.index(r, 2).data() for r in range(model.rowCount()))
    assert all(model.index(r, 3).data().startswith("synthetic change") for r in range(5))


def test_the_model_passes_the_model_tester(
    qtbot: QtBot, qa_window: QAWindowFactory, audit_journal: Path
) -> None:
    window = qa_window(audit_journal)
    show_audit(qtbot, window)
    model = window.audit.model
    # A few hundred rows (over several pages): the tester reads every one.
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        window.audit.kind.setCurrentIndex(window.audit.kind.findData("unregister"))
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        window.audit.actor.setText("Rosa")
    assert PAGE_SIZE < model.rowCount() < 5 * PAGE_SIZE
    ModelTester(None).check(model)  # type: ignore[no-untyped-call]


def test_a_new_event_appears_while_the_tab_is_open(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal, tmp_path: Path
) -> None:
    path = copy_journal(seeded_journal.path, tmp_path / "journal.sqlite")
    window = qa_window(path, poll_interval_ms=200)
    show_audit(qtbot, window)
    model = window.audit.model
    before = model.rowCount()
    with Journal.open(path, station_id="station-synthetic") as journal:
        journal.record_event(
            "unregister",
            actor="Sam Lee (supervisor)",
            details={"device_id": "AAAAAAAAAAAAAAAAAAAAAA"},
            reason="returned, RMA 4711",
        )
    qtbot.waitUntil(lambda: model.rowCount() == before + 1, timeout=WAIT_MS)
    assert model.index(0, 1).data() == "Unregistered"
    assert model.index(0, 3).data() == "returned, RMA 4711"
    assert "device_id=AAAAAAAAAAAAAAAAAAAAAA" in model.index(0, 4).data()


def test_an_operator_cannot_open_the_window(seeded_journal: SeededJournal) -> None:
    with pytest.raises(NotPermitted, match="may not view the journal"):
        QAWindow(seeded_journal.path, actor=fixed(Actor("Olga", Role.OPERATOR)))


@pytest.fixture
def acting() -> Iterator[list[Actor]]:
    yield [QA_ACTOR]


def test_exports_check_the_role_at_the_moment_of_export(
    qtbot: QtBot,
    qa_window: QAWindowFactory,
    seeded_journal: SeededJournal,
    tmp_path: Path,
    acting: list[Actor],
) -> None:
    window = qa_window(seeded_journal.path, actor=lambda: acting[0])
    acting[0] = Actor("Olga", Role.OPERATOR)  # the QA session ended; the window is still up
    target = tmp_path / "attempts.csv"
    with qtbot.waitSignal(window.export_panel.exportFailed, timeout=WAIT_MS) as refused:
        assert not window.export_panel.start(target, "csv")
    assert isinstance(refused.args[0], NotPermitted)
    assert "may not export the journal" in window.export_panel.label.text()
    assert not target.exists()

    pdf = tmp_path / "summary.pdf"
    assert not window.summary.write_pdf(pdf)
    assert "may not export the journal" in window.summary.status.text()
    assert not pdf.exists()

    acting[0] = QA_ACTOR  # signed in again
    with qtbot.waitSignal(window.export_panel.exported, timeout=WAIT_MS):
        assert window.export_panel.start(target, "csv")
    assert target.exists()
