"""The QA window words a failure with `ui.errors` and nothing else: an export that cannot be
written shows `in_words(exc)` in the export panel and `describe(exc)` in the notice bar; a bug
in an export opens one crash dialog, however many handlers the failure passes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.errors import StationError
from tests.fixtures.journal import SeededJournal
from tests.ui.qa.conftest import WAIT_MS, QAWindowFactory
from ui.errors import CrashDialog, describe, in_words


def _crash_dialogs() -> list[CrashDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()
    ]


def test_an_export_that_cannot_be_written_is_worded_by_describe(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal, tmp_path: Path
) -> None:
    window = qa_window(seeded_journal.path)
    target = tmp_path / "no-such-folder" / "attempts.csv"
    with qtbot.waitSignal(window.export_panel.exportFailed, timeout=WAIT_MS) as failed:
        assert window.export_panel.start(target, "csv")
    exc = failed.args[0]
    assert isinstance(exc, StationError)  # the environment's fault: a folder that is not there
    assert window.export_panel.label.text() == f"✗ Export failed: {in_words(exc)}"
    notice = describe(exc)
    assert window.notices.text.text().endswith(f"{notice.message} — What to do: {notice.action}")
    assert _crash_dialogs() == []
    assert not target.exists()


def test_a_bug_in_an_export_opens_one_crash_dialog(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal, tmp_path: Path
) -> None:
    window = qa_window(seeded_journal.path)
    # A format no menu offers (the type checker refuses it too): the export code raises a
    # ValueError, which only a bug of ours could cause.
    with qtbot.waitSignal(window.export_panel.exportFailed, timeout=WAIT_MS) as failed:
        assert window.export_panel.start(tmp_path / "attempts.xml", "xml")  # type: ignore[arg-type]
    exc = failed.args[0]
    assert not isinstance(exc, StationError)
    assert window.export_panel.label.text() == f"✗ Export failed: {in_words(exc)}"
    assert "bug in the station" in window.notices.text.text()
    (dialog,) = _crash_dialogs()  # the panel's and the window's handler share one
    assert "ValueError" in dialog.report
    dialog.close()
