"""What QA reads: console text without terminal codes, words instead of internal names (raw
values kept in exports), save dialogs in the documents folder, and honest empty states."""

from __future__ import annotations

import csv
import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from station.journal import Journal
from station.journal.terminal import plain_console
from tests.fixtures.journal import begin_line_a_attempt
from tests.ui.qa.conftest import WAIT_MS, QAWindowFactory
from tests.ui.qa.test_window import select_attempt
from ui.qa.columns import COLUMN_INDEX, RESULT_COLUMN
from ui.qa.folders import documents_folder
from ui.qa.pareto_chart import NO_ATTEMPTS, NO_FAILURES, NOT_YET

# A device console as captured: colours, a line cleared and redrawn, a progress line redrawn
# with CR, a window-title change (OSC), a bell and a backspace.
COLOURED = (
    "\x1b[0;32mI (312) boot: ESP-IDF v5.1\x1b[0m\r\n"
    "\x1b[2K\x1b[1;31mE (400) prov: waiting for secret\x1b[0m\r\n"
    "writing 10%\rwriting 55%\rwriting 100%\r\n"
    "\x1b]0;owned-terminal\x07ready\x07\x08!\n"
)
PLAIN = "I (312) boot: ESP-IDF v5.1\nE (400) prov: waiting for secret\nwriting 100%\nready!\n"
START = datetime(2026, 2, 3, 9, 0, tzinfo=UTC)


def test_plain_console_strips_every_kind_of_control_sequence() -> None:
    assert plain_console(COLOURED) == PLAIN
    assert plain_console("\x9b31mred\x9b0m \x1b(Bascii \x1b7saved\x1b8") == "red ascii saved"
    assert plain_console("\x1bP1$r0m\x1b\\after") == "after"
    assert plain_console("tab\tkept\nnewline kept") == "tab\tkept\nnewline kept"
    assert plain_console(None) == ""


@pytest.fixture
def worded_journal(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """Three attempts: a FAIL with a coloured console, an already provisioned one, a PASS."""
    path = tmp_path / "journal.sqlite"
    clock = {"now": START}
    ids: dict[str, str] = {}
    with Journal.open(path, station_id="st", clock=lambda: clock["now"]) as journal:
        for n, (name, result, error_class) in enumerate(
            (
                ("fail", "FAIL", "storage_written"),
                ("already", "ALREADY_PROVISIONED", "already_passed"),
                ("pass", "PASS", ""),
            )
        ):
            clock["now"] = START + timedelta(minutes=n)
            attempt = begin_line_a_attempt(journal, str(n + 1))
            journal.update_device(
                attempt,
                device_id=f"device{n}AAAAAAAAAAAAAAA",
                hardware_serial=f"SN{n}",
                model="esp32",
                firmware="1",
                storage_kind="otp",
            )
            journal.record_step(
                attempt, "register", started_at=clock["now"], duration_s=0.4, ok=True
            )
            journal.record_step(
                attempt, "read_back", started_at=clock["now"], duration_s=0.2, ok=name != "fail"
            )
            clock["now"] += timedelta(seconds=30)
            journal.finish_attempt(
                attempt,
                result=result,
                error_class=error_class,
                console_excerpt=COLOURED if name == "fail" else "",
            )
            ids[name] = attempt
    return path, ids


def test_the_view_shows_words_and_plain_console(
    qtbot: QtBot, qa_window: QAWindowFactory, worded_journal: tuple[Path, dict[str, str]]
) -> None:
    path, ids = worded_journal
    window = qa_window(path)
    model = window.model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert len(rows) == 3
    shown = {
        model.index(r, RESULT_COLUMN).data(): model.index(r, COLUMN_INDEX["error_class"]).data()
        for r in range(model.rowCount())
    }
    assert shown == {
        "✗ FAIL": "Storage written",
        "⊘ Already provisioned": "Already passed",
        "✓ PASS": "",
    }
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            text = model.index(r, c).data() or ""
            assert "_" not in text or c in (COLUMN_INDEX["device_id"],), text

    select_attempt(qtbot, window, ids["fail"])
    pane = window.detail_pane
    assert pane.console.toPlainText() == PLAIN
    assert "\x1b" not in pane.console.toPlainText()
    assert pane.values["error"].text() == "Storage written (storage_written)"
    assert "OTP (write-once)" in pane.values["hardware"].text()
    steps = pane.timeline.accessibleDescription()
    assert "Registering with Astarte" in steps and "Checking the write" in steps
    assert "read_back" not in steps
    # The longest label fits its column unshortened.
    need = QFontMetrics(pane.timeline.font()).horizontalAdvance("Registering with Astarte")
    assert need <= pane.timeline.label_px - 8

    results = [window.filters.result.itemText(i) for i in range(window.filters.result.count())]
    assert "Already provisioned" in results and "ALREADY_PROVISIONED" not in results
    errors = window.filters.choices["error_class"]
    assert [errors.itemText(i) for i in range(1, errors.count())] == [
        "Already passed",
        "Storage written",
    ]
    assert [errors.itemData(i) for i in range(1, errors.count())] == [
        "already_passed",
        "storage_written",
    ]
    kinds = [window.audit.kind.itemText(i) for i in range(window.audit.kind.count())]
    assert "Active target changed" in kinds and "active_target_change" not in kinds


def test_exports_keep_raw_values_and_drop_terminal_codes(
    qtbot: QtBot,
    qa_window: QAWindowFactory,
    worded_journal: tuple[Path, dict[str, str]],
    tmp_path: Path,
) -> None:
    path, ids = worded_journal
    window = qa_window(path)
    out = tmp_path / "all.csv"
    with qtbot.waitSignal(window.export_panel.exported, timeout=WAIT_MS):
        assert window.export_panel.start(out, "csv")
    with out.open(newline="", encoding="utf-8") as stream:
        rows = {r["attempt_id"]: r for r in csv.DictReader(stream)}
    assert rows[ids["already"]]["result"] == "ALREADY_PROVISIONED"
    assert rows[ids["fail"]]["error_class"] == "storage_written"
    assert rows[ids["fail"]]["storage_kind"] == "otp"
    assert rows[ids["fail"]]["console_excerpt"] == PLAIN
    out = tmp_path / "all.jsonl"
    with qtbot.waitSignal(window.export_panel.exported, timeout=WAIT_MS):
        assert window.export_panel.start(out, "jsonl")
    records = {
        r["attempt_id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())
    }
    assert records[ids["fail"]]["console_excerpt"] == PLAIN
    assert records[ids["already"]]["result"] == "ALREADY_PROVISIONED"


def test_save_dialogs_open_in_the_documents_folder(
    qtbot: QtBot,
    qa_window: QAWindowFactory,
    worded_journal: tuple[Path, dict[str, str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    elsewhere = tmp_path / "started-here"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the station's working directory
    assert documents_folder() == home / "Documents"

    path, _ids = worded_journal
    window = qa_window(path)
    window.export_panel.ask("csv")
    dialog = window.export_panel._dialog
    assert dialog is not None
    assert Path(dialog.directory().absolutePath()) == home / "Documents"
    assert Path(dialog.selectedFiles()[0]).parent == home / "Documents"
    dialog.reject()

    window.tabs.setCurrentWidget(window.summary)
    with qtbot.waitSignal(window.summary.computed, timeout=WAIT_MS):
        window.summary.show_button.click()
    window.summary.ask_pdf_path()
    pdf_dialog = window.summary._dialog
    assert pdf_dialog is not None
    assert Path(pdf_dialog.directory().absolutePath()) == home / "Documents"
    assert Path(pdf_dialog.selectedFiles()[0]).parent == home / "Documents"
    pdf_dialog.reject()
    assert os.getcwd() == str(elsewhere)


def test_summary_says_whether_nothing_ran_or_nothing_failed(
    qtbot: QtBot, qa_window: QAWindowFactory, worded_journal: tuple[Path, dict[str, str]]
) -> None:
    path, _ids = worded_journal
    window = qa_window(path)
    view = window.summary
    window.tabs.setCurrentWidget(view)
    assert view.chart.empty == NOT_YET  # before anything has run
    view.kind.setCurrentText("Day")
    empty_day = (START - timedelta(days=3)).astimezone().date()
    view.day.setDate(QDate(empty_day.year, empty_day.month, empty_day.day))
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.show_button.click()
    assert view.chart.empty == NO_ATTEMPTS == "No attempts in this period"
    day = START.astimezone().date()
    view.day.setDate(QDate(day.year, day.month, day.day))
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.show_button.click()
    assert view.chart.entries  # one failure
    assert view.chart.empty == NO_FAILURES


def test_passed_counts_recovered_units_as_the_counters_do(
    qtbot: QtBot, qa_window: QAWindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "journal.sqlite"
    clock = {"now": START}
    with Journal.open(path, station_id="st", clock=lambda: clock["now"]) as journal:
        for n, result in enumerate(("PASS", "RECOVERED", "FAIL")):
            clock["now"] = START + timedelta(minutes=n)
            attempt = begin_line_a_attempt(journal, "1")
            journal.update_device(
                attempt,
                device_id=f"device{n}BBBBBBBBBBBBBBB",
                hardware_serial=f"SN{n}",
                model="m",
                firmware="1",
                storage_kind="otp",
            )
            clock["now"] += timedelta(seconds=30)
            journal.finish_attempt(attempt, result=result, error_class="timeout" * (n == 2))
    window = qa_window(path)
    view = window.summary
    window.tabs.setCurrentWidget(view)
    day = START.astimezone().date()
    view.day.setDate(QDate(day.year, day.month, day.day))
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.show_button.click()
    assert view.figures["Passed"].text() == "2"
    assert view.figure_notes["Passed"].text() == "including 1 recovered after a restart"
    assert "Recovered" not in view.figures
    assert view.figures["First-pass yield"].text() == "66.7 %"
