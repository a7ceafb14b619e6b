"""The QA window over a real journal: selection, detail, sorting, export, integrity, live rows."""

from __future__ import annotations

import csv
import itertools
import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from station.journal import Journal
from station.journal.qa_queries import QAReader
from station.journal.synthetic import seed_journal
from tests.fixtures.journal import SEED_START, SeededJournal, begin_line_a_attempt
from tests.ui.qa.conftest import QA_ACTOR, WAIT_MS, QAWindowFactory, copy_journal, fetch_all
from ui.qa.access import fixed
from ui.qa.columns import COLUMN_INDEX
from ui.qa.table_cells import ATTEMPT_ID_ROLE
from ui.qa.window import QAWindow, open_qa_window


def select_attempt(qtbot: QtBot, window: QAWindow, attempt_id: str) -> None:
    model = window.model
    fetch_all(qtbot, model)  # scroll to the end: the attempt may be beyond the first page
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(ATTEMPT_ID_ROLE) == attempt_id
    )
    with qtbot.waitSignal(
        window.detailShown,
        timeout=WAIT_MS,
        check_params_cb=lambda d: d.row.attempt_id == attempt_id,
    ):
        window.table.selectionModel().setCurrentIndex(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


def current_attempt(window: QAWindow) -> str | None:
    index = window.table.selectionModel().currentIndex()
    return index.data(ATTEMPT_ID_ROLE) if index.isValid() else None


def test_detail_pane_explains_a_failed_attempt(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal
) -> None:
    window = qa_window(seeded_journal.path)
    failed = next(
        a
        for a in seeded_journal.attempts
        if a["result"] == "FAIL" and a["error_class"] == "readback_mismatch"
    )
    select_attempt(qtbot, window, failed["attempt_id"])
    values = window.detail_pane.values
    assert values["error"].text() == "Readback mismatch (readback_mismatch)"
    assert values["message"].text() == failed["message"]
    assert values["action"].text() == failed["action"]
    assert values["device"].text() == failed["device_id"]
    assert values["serial"].text() == failed["hardware_serial"]
    stats = json.loads(failed["link_stats"])
    assert values["link"].text() == "  ·  ".join(f"{k} {v}" for k, v in sorted(stats.items()))
    assert window.detail_pane.console.toPlainText() == failed["console_excerpt"]

    conn = sqlite3.connect(f"file:{seeded_journal.path}?mode=ro", uri=True)
    try:
        steps = conn.execute(
            "SELECT step, duration_s, ok FROM steps WHERE attempt_ref = ? ORDER BY position",
            (failed["id"],),
        ).fetchall()
    finally:
        conn.close()
    bars = window.detail_pane.timeline.bars()
    assert [(b.step, b.duration_s, b.ok) for b in bars] == [(s, d, bool(ok)) for s, d, ok in steps]
    assert not bars[-1].ok  # the step it failed at ends the timeline
    # Bars are as long as their steps took, on one axis.
    widths = [b.rect.width() for b in bars]
    longest = max(range(len(bars)), key=lambda i: bars[i].duration_s)
    assert widths[longest] == max(widths)
    for a, b in itertools.pairwise(bars):
        assert b.rect.left() >= a.rect.left()


def test_detail_pane_shows_the_fingerprint_of_a_written_secret(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal
) -> None:
    window = qa_window(seeded_journal.path)
    passed = next(a for a in seeded_journal.attempts if a["result"] == "PASS")
    select_attempt(qtbot, window, passed["attempt_id"])
    shown = window.detail_pane.values["fingerprint"].text()
    assert shown.replace(" ", "") == passed["fingerprint"]
    assert [len(group) for group in shown.split(" ")] == [16, 16, 16, 16]  # wraps when narrow
    assert shown in window.detail_pane.values["intents"].text()
    assert window.detail_pane.values["result"].text() == "✓ PASS"


def test_sorting_keeps_the_selected_attempt(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal
) -> None:
    window = qa_window(seeded_journal.path)
    chosen = seeded_journal.attempts[600]["attempt_id"]
    select_attempt(qtbot, window, chosen)
    with qtbot.waitSignal(window.model.keysApplied, timeout=WAIT_MS):
        window.table.sortByColumn(COLUMN_INDEX["hardware_serial"], Qt.SortOrder.AscendingOrder)
    assert window.model.order == ("hardware_serial", False)
    # Beyond the first page in the new order: the view reads down to it and keeps it selected.
    qtbot.waitUntil(lambda: current_attempt(window) == chosen, timeout=WAIT_MS)
    assert window.model.rowCount() < len(seeded_journal.attempts), "not every id was read"
    serials = [
        window.model.index(r, COLUMN_INDEX["hardware_serial"]).data()
        for r in range(window.model.rowCount())
    ]
    assert serials == sorted(serials)  # every serial has the same shape, so text order holds


def test_export_round_trips_the_filtered_attempts(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal, tmp_path: Path
) -> None:
    window = qa_window(seeded_journal.path)
    with qtbot.waitSignal(window.model.keysApplied, timeout=WAIT_MS):
        window.filters.choose("slot", "3")
        window.filters.choose_result(frozenset({"FAIL"}))
        window.filters.apply_now()
    expected = [
        a for a in seeded_journal.attempts if a["slot"] == "3" and a["result"] == "FAIL"
    ]  # oldest first, as exports are
    assert expected
    csv_path = tmp_path / "fails.csv"
    with qtbot.waitSignal(window.export_panel.exported, timeout=WAIT_MS) as done:
        assert window.export_panel.start(csv_path, "csv")
    assert done.args == [len(expected), csv_path]
    with csv_path.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["attempt_id"] for r in rows] == [a["attempt_id"] for a in expected]
    assert [(r["device_id"], r["error_class"], r["slot"]) for r in rows] == [
        (a["device_id"] or "", a["error_class"], a["slot"]) for a in expected
    ]

    jsonl_path = tmp_path / "fails.jsonl"
    with qtbot.waitSignal(window.export_panel.exported, timeout=WAIT_MS):
        assert window.export_panel.start(jsonl_path, "jsonl")
    records = [json.loads(line) for line in jsonl_path.read_text(encoding="utf-8").splitlines()]
    assert [r["attempt_id"] for r in records] == [a["attempt_id"] for a in expected]
    assert [r["result"] for r in records] == ["FAIL"] * len(expected)
    assert "✓ Exported" in window.export_panel.label.text()


def test_an_export_starting_leaves_the_window_layout_alone(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal, tmp_path: Path
) -> None:
    """Showing the progress and Cancel must not make the status bar taller: that would lay out
    and repaint the whole window, the table included, on the GUI thread as the export starts."""
    window = qa_window(seeded_journal.path)
    panel = window.export_panel
    qtbot.waitUntil(lambda: window.statusBar().height() > 0, timeout=WAIT_MS)
    status_height = window.statusBar().height()
    table_geometry = window.table.geometry()
    with qtbot.waitSignal(panel.exported, timeout=WAIT_MS):
        assert panel.start(tmp_path / "all.csv", "csv")
        assert panel.progress.isVisible() and panel.cancel_button.isVisible()
        QApplication.sendPostedEvents()  # the layout requests the new widgets made
        assert window.statusBar().height() == status_height
        assert window.table.geometry() == table_geometry
    assert window.statusBar().height() == status_height


def test_a_cancelled_export_leaves_no_file(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal, tmp_path: Path
) -> None:
    window = qa_window(seeded_journal.path)
    target = tmp_path / "all.csv"
    with qtbot.waitSignal(window.export_panel.job.cancelled, timeout=WAIT_MS):
        assert window.export_panel.start(target, "csv")
        window.export_panel.cancel_button.click()
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
    assert "cancelled" in window.export_panel.label.text()


def test_an_intact_journal_shows_a_verified_chain(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal
) -> None:
    window = qa_window(seeded_journal.path)
    with qtbot.waitSignal(window.integrity.verified, timeout=WAIT_MS):
        window.integrity.verify_button.click()
    assert window.integrity.state == "ok"
    assert "Chain intact" in window.integrity.text()


def test_a_tampered_journal_shows_the_first_bad_record(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal, tmp_path: Path
) -> None:
    path = copy_journal(seeded_journal.path, tmp_path / "tampered.sqlite")
    victim = next(a for a in seeded_journal.attempts[300:] if a["result"] == "FAIL")
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TRIGGER events_no_update")
        conn.execute("DROP TRIGGER events_no_delete")
        (seq,) = conn.execute(
            "SELECT e.seq FROM events AS e JOIN attempts AS a ON a.id = e.attempt_ref "
            "WHERE a.attempt_id = ? AND e.kind = 'attempt.finish'",
            (victim["attempt_id"],),
        ).fetchone()
        conn.execute(
            "UPDATE events SET payload = replace(payload, '\"FAIL\"', '\"PASS\"') WHERE seq = ?",
            (seq,),
        )
        conn.commit()
    finally:
        conn.close()

    window = qa_window(path, verify_on_open=True)
    qtbot.waitUntil(lambda: window.integrity.state == "broken", timeout=WAIT_MS)
    text = window.integrity.text()
    assert f"first bad record #{seq}" in text
    assert victim["attempt_id"] in text
    assert window.integrity.show_button.isVisible()
    with qtbot.waitSignal(window.detailShown, timeout=WAIT_MS):
        window.integrity.show_button.click()
    assert current_attempt(window) == victim["attempt_id"]


def test_new_attempts_appear_on_top_and_the_selection_stays(
    qtbot: QtBot, qa_window: QAWindowFactory, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    path = tmp_path / "live.sqlite"
    seed_journal(path, 40, start=SEED_START, interval_s=30.0, seed=3)
    window = qa_window(path, poll_interval_ms=150)
    qtmodeltester.check(window.model, force_py=True)  # type: ignore[no-untyped-call]
    chosen = window.model.index(5, 0).data(ATTEMPT_ID_ROLE)
    select_attempt(qtbot, window, chosen)
    later = SEED_START + timedelta(hours=2)
    added: list[str] = []
    with Journal.open(path, station_id="live-writer", clock=lambda: later) as journal:
        for slot in ("1", "2", "3"):
            attempt = begin_line_a_attempt(journal, slot)
            journal.finish_attempt(attempt, result="FAIL", error_class="timeout")
            added.append(attempt)
    qtbot.waitUntil(lambda: window.model.rowCount() == 43, timeout=WAIT_MS)
    top = {window.model.index(r, 0).data(ATTEMPT_ID_ROLE) for r in range(3)}
    assert top == set(added)
    assert current_attempt(window) == chosen
    assert window.live_label.text().startswith("Updated")


def test_an_attempt_finishing_under_a_result_filter_joins_the_table(
    qtbot: QtBot, qa_window: QAWindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "live.sqlite"
    seed_journal(path, 20, start=SEED_START, interval_s=30.0, seed=5)
    later = SEED_START + timedelta(hours=1)
    with Journal.open(path, station_id="live-writer", clock=lambda: later) as journal:
        running = begin_line_a_attempt(journal, "7")
        window = qa_window(path, poll_interval_ms=150)
        with qtbot.waitSignal(window.model.keysApplied, timeout=WAIT_MS):
            window.filters.choose_result(frozenset({"SCRAP"}))
            window.filters.apply_now()
        before = window.model.rowCount()
        journal.finish_attempt(running, result="SCRAP", error_class="storage_written")
        qtbot.waitUntil(lambda: window.model.rowCount() == before + 1, timeout=WAIT_MS)
    ids = [window.model.index(r, 0).data(ATTEMPT_ID_ROLE) for r in range(window.model.rowCount())]
    assert running in ids


def test_the_view_never_writes_to_the_journal(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal
) -> None:
    window = qa_window(seeded_journal.path)
    for reader in (window._page_reader, window._key_reader):
        assert isinstance(reader, QAReader)  # a journal file's reader
        conn = reader._conn
        try:
            conn.execute("CREATE TABLE intruder (x)")
        except sqlite3.OperationalError as exc:
            assert "readonly" in str(exc)
        else:
            raise AssertionError("the QA reader could write to the journal")


def test_open_qa_window_on_a_missing_journal_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    assert open_qa_window(tmp_path / "nowhere.sqlite", actor=fixed(QA_ACTOR)) is None
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "qa-open-failed"]
    assert boxes
    box = boxes[-1]
    assert isinstance(box, QMessageBox)
    assert "There is no journal" in box.text()
    assert "What to do" in box.informativeText()
    box.close()


def test_a_big_journal_is_verified_only_when_asked(
    qtbot: QtBot,
    qa_window: QAWindowFactory,
    seeded_journal: SeededJournal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("ui.qa.window.AUTO_VERIFY_MAX_RECORDS", 100)
    window = qa_window(seeded_journal.path, verify_on_open=True)
    assert not window.integrity.job.running
    assert window.integrity.state == "unknown"
    assert "Verify now takes" in window.integrity.text()
    with qtbot.waitSignal(window.integrity.verified, timeout=WAIT_MS):
        window.verify_action.trigger()
    assert window.integrity.state == "ok"
