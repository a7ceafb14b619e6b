"""Export of the attempts the table shows to CSV or JSON Lines: a worker does the writing, the
status bar shows progress with a Cancel button, and a cancelled export leaves no file behind
(the core writes to a temporary file and renames it only when complete). Every export checks
that the person using the window may export, at that moment.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from station.cancel import CancelToken
from station.errors import StationError
from station.journal import AttemptFilter
from station.journal.export import ExportFormat
from station.journal.qa_source import QASource
from station.roles import Privilege
from ui.errors import show_failure
from ui.i18n.languages import QT_TRANSLATE_NOOP
from ui.i18n.numbers import whole
from ui.qa.access import ActorSource, check
from ui.qa.folders import documents_folder
from ui.qa.jobs import Job

FILTERS: dict[str, str] = {
    "csv": QT_TRANSLATE_NOOP("ExportPanel", "CSV (*.csv)"),
    "jsonl": QT_TRANSLATE_NOOP("ExportPanel", "JSON Lines (*.jsonl)"),
}


class ExportPanel(QWidget):
    """Signals:
    exported(int, object): (attempts written, Path) after a complete export.
    exportFailed(object): the StationError (or our bug) that stopped an export.
    """

    exported = Signal(int, object)
    exportFailed = Signal(object)

    def __init__(
        self,
        source: QASource,
        current_filter: Callable[[], AttemptFilter],
        parent: QWidget | None = None,
        *,
        actor: ActorSource,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("qa-export")
        self._source = source
        self._current_filter = current_filter
        self._actor = actor
        self._target: Path | None = None
        self._dialog: QFileDialog | None = None
        self.job = Job("qa-export", self)
        self.label = QLabel("")
        self._words: Callable[[], str] | None = None  # what the label says, in any language
        self.label.setObjectName("qa-export-status")
        self.progress = QProgressBar()
        self.progress.setObjectName("qa-export-progress")
        self.progress.setMaximumWidth(220)
        self.progress.setFormat("%p %")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("qa-export-cancel")
        self.retranslate()
        self.cancel_button.clicked.connect(self.job.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()
        # The panel is as tall while idle as while exporting: showing the progress and the
        # Cancel button must not make the status bar taller, which would lay out and repaint
        # the whole window (the table included) on the GUI thread as an export starts.
        self.setMinimumHeight(
            max(self.progress.sizeHint().height(), self.cancel_button.sizeHint().height())
        )
        self.job.progressed.connect(self._on_progress)
        self.job.succeeded.connect(self._on_done)
        self.job.cancelled.connect(self._on_cancelled)
        self.job.failed.connect(self._on_failed)

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel export"))
        if self._words is not None:
            self.label.setText(self._words())

    def _say(self, words: Callable[[], str]) -> None:
        """Show `words()` now and again in each language switched to while it is shown."""
        self._words = words
        self.label.setText(words())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def running(self) -> bool:
        return self.job.running

    def ask(self, fmt: ExportFormat) -> None:
        """Ask where to save, then export (the dialog is opened, not exec'd)."""
        if not self._permitted():
            return
        title = self.tr("Export the shown attempts as {format}").format(format=fmt.upper())
        dialog = QFileDialog(self.window(), title)
        dialog.setObjectName("qa-export-dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr(FILTERS[fmt]))
        dialog.setDefaultSuffix(fmt)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        folder = documents_folder()
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(folder / f"journal-{datetime.now().astimezone():%Y%m%d-%H%M}.{fmt}"))
        dialog.fileSelected.connect(lambda name: self.start(Path(name), fmt))
        self._dialog = dialog
        dialog.open()

    def start(self, target: Path, fmt: ExportFormat) -> bool:
        """Export what the table shows (oldest first) to `target`; False if one is running or
        the current role may not export."""
        if not self._permitted():
            return False
        source, attempt_filter = self._source, self._current_filter()

        def work(progress: Callable[[int, int], None], cancel: CancelToken) -> int:
            return source.export(
                target, attempt_filter, format=fmt, progress=progress, cancel=cancel
            )

        if not self.job.start(work):
            return False
        self._target = target
        self._say(lambda: self.tr("Exporting to {file}…").format(file=target.name))
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.progress.show()
        self.cancel_button.show()
        return True

    def _permitted(self) -> bool:
        try:
            check(self._actor, Privilege.EXPORT_JOURNAL)
        except StationError as exc:
            self._on_failed(exc)
            return False
        return True

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        name = self._target.name if self._target else ""
        self._say(
            lambda: self.tr("Exporting to {file}: {done} of {total}").format(
                file=name, done=whole(done), total=whole(total)
            )
        )

    @Slot(object)
    def _on_done(self, count: object) -> None:
        assert isinstance(count, int)
        target = self._target
        self._finish(
            lambda: self.tr("✓ Exported {count} attempt(s) to {file}", "", count).format(
                count=whole(count), file=target
            )
        )
        self.exported.emit(count, target)

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish(lambda: self.tr("Export cancelled; no file was written."))

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        show_failure(
            exc, lambda text: self._finish(lambda: text), self, before=self.tr("✗ Export failed: ")
        )
        self.exportFailed.emit(exc)

    def _finish(self, words: Callable[[], str]) -> None:
        self._say(words)
        self.progress.hide()
        self.cancel_button.hide()

    def shutdown(self, timeout_ms: int) -> None:
        self.job.cancel()
        self.job.wait(timeout_ms)
