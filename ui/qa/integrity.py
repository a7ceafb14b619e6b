"""The journal's integrity as a badge: not checked, checking (with progress), intact, or broken
at a named record, with "Verify now" running the core's full check off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from station.cancel import CancelToken
from station.journal import VerifyResult, verify
from station.journal.qa_queries import QAReader
from ui import theme
from ui.errors import show_failure
from ui.i18n.numbers import whole
from ui.operator.engine_words import render
from ui.qa.jobs import Job

Progress = Callable[[int, int], None]

_LOOKS = {
    "unknown": ("◌", theme.LIGHT_GREY, theme.BLACK),
    "running": ("⟳", theme.SKY_BLUE, theme.BLACK),
    "ok": ("✓", theme.BLUE, theme.WHITE),
    "broken": ("✗", theme.VERMILLION, theme.WHITE),
    "error": ("⚠", theme.ORANGE, theme.BLACK),
}


class IntegrityBadge(QWidget):
    """Shows and runs the journal verification.

    Signals:
        verified(object): a verification finished with this VerifyResult.
        showRecord(str): the user asked to see the attempt holding the first bad record.
    """

    verified = Signal(object)
    showRecord = Signal(str)

    def __init__(self, journal_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qa-integrity")
        self._path = journal_path
        self.state = "unknown"
        self.result: VerifyResult | None = None
        self.bad_attempt: str | None = None
        self.job = Job("qa-verify", self)
        self.badge = QLabel()
        self.badge.setObjectName("qa-integrity-badge")
        self.badge.setFont(theme.font(theme.BODY_PT, bold=True))
        self.badge.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge.setWordWrap(True)  # a broken chain's reason is long; wrap, never widen
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("qa-verify-now")
        self.verify_button.clicked.connect(self.verify_now)
        self.show_button = QPushButton()
        self.show_button.setObjectName("qa-show-bad-record")
        self.show_button.clicked.connect(self._show_bad)
        self.show_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.badge, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.verify_button)
        self.job.progressed.connect(self._on_progress)
        self.job.succeeded.connect(self._on_result)
        self.job.failed.connect(self._on_error)
        self.job.cancelled.connect(self._on_cancelled)
        self._said: Callable[[], str] = lambda: self.tr("Chain not yet verified in this session")
        self.retranslate()

    def retranslate(self) -> None:
        self.verify_button.setText(self.tr("Verify now"))
        self.show_button.setText(self.tr("Show that attempt"))
        self._set(self.state, self._said)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_not_checked(self, said: Callable[[], str]) -> None:
        """Not verified, in `said`'s words (called again after a language switch)."""
        if not self.job.running:
            self._set("unknown", said)

    @Slot()
    def verify_now(self) -> None:
        path = self._path
        if path is None:
            return  # the fleet's database: each station verifies its own journal

        def work(progress: Progress, cancel: CancelToken) -> tuple[VerifyResult, str | None]:
            result = verify(path, progress=progress, cancel=cancel)
            bad: str | None = None
            if result.first_bad_seq is not None:
                # Name the attempt the bad record belongs to, when the record is still there.
                with QAReader.open(path) as reader:
                    bad = reader.attempt_of_event(result.first_bad_seq)
            return result, bad

        if self.job.start(work):
            self.verify_button.setEnabled(False)
            self.show_button.hide()
            self._set("running", lambda: self.tr("Verifying the chain…"))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        share = done * 100 // total if total else 0
        self._set(
            "running",
            lambda: self.tr("Verifying the chain… {share} % ({done} of {total} records)").format(
                share=share, done=whole(done), total=whole(total)
            ),
        )

    @Slot(object)
    def _on_result(self, value: object) -> None:
        assert isinstance(value, tuple)
        result, bad = value
        assert isinstance(result, VerifyResult)
        self.result = result
        self.bad_attempt = bad
        self.verify_button.setEnabled(True)
        if result.ok:
            self._set(
                "ok",
                lambda: self.tr("Chain intact: {count} records verified").format(
                    count=whole(result.checked)
                ),
            )
        else:
            self._set("broken", lambda: self._broken_text(result, bad))
            self.show_button.setVisible(bad is not None)
        self.verified.emit(result)

    @Slot(object)
    def _on_error(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.verify_button.setEnabled(True)
        before = self.tr("Cannot verify: ")
        show_failure(exc, lambda text: self._set("error", lambda: text), self, before=before)

    @Slot()
    def _on_cancelled(self) -> None:
        self.verify_button.setEnabled(True)
        self._set("unknown", lambda: self.tr("Verification stopped before the end"))

    @Slot()
    def _show_bad(self) -> None:
        if self.bad_attempt is not None:
            self.showRecord.emit(self.bad_attempt)

    def _broken_text(self, result: VerifyResult, bad: str | None) -> str:
        where = (
            self.tr("first bad record #{seq}").format(seq=result.first_bad_seq)
            if result.first_bad_seq is not None
            else self.tr("the tables disagree with the records")
        )
        if bad:
            said = self.tr("Chain BROKEN — {where} (attempt {attempt}): {reason}")
        else:
            said = self.tr("Chain BROKEN — {where}: {reason}")
        reason = render(result.reason_text) if result.reason_text else result.reason
        return said.format(where=where, attempt=bad, reason=reason)

    def _set(self, state: str, said: Callable[[], str]) -> None:
        """Show `state`, worded by `said` now and again after a language switch."""
        self._said = said
        text = said()
        self.state = state
        glyph, background, foreground = _LOOKS[state]
        self.badge.setText(f"{glyph} {text}")
        self.badge.setToolTip(text)
        self.badge.setStyleSheet(
            f"QLabel {{ background: {background}; color: {foreground}; padding: 4px 10px;"
            " border-radius: 4px; }"
        )

    def text(self) -> str:
        return self.badge.text()

    def shutdown(self, timeout_ms: int) -> None:
        self.job.cancel()
        self.job.wait(timeout_ms)


def chain_badge(journal_path: Path | None) -> IntegrityBadge:
    """The badge for a journal file, or on the fleet's database a note of where chains are
    verified (each station's journal, and the centre refuses a forked one when it ships)."""
    badge = IntegrityBadge(journal_path)
    if journal_path is None:
        badge.verify_button.hide()
        badge.set_not_checked(
            lambda: QCoreApplication.translate(
                "IntegrityBadge",
                "Every station's chain is verified on the station (station journal verify); "
                "the centre refuses a journal that forks from what it holds",
            )
        )
    return badge
