"""Asking before closing while slots work, with a count that follows the slots as they finish."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox, QWidget


def detail() -> str:
    return QCoreApplication.translate(
        "ClosePrompt",
        "Closing aborts them safely: each attempt is finished in the journal, and a device that "
        "was being written is checked the next time it is loaded. Close anyway?",
    )


def headline(working: int) -> str:
    # One and many are the only forms the shipped languages need here.
    if working == 1:
        return QCoreApplication.translate("ClosePrompt", "1 slot is still provisioning.")
    if working:
        return QCoreApplication.translate(
            "ClosePrompt", "{count} slots are still provisioning."
        ).format(count=working)
    return QCoreApplication.translate("ClosePrompt", "Every slot has finished. Close now?")


class ClosePrompt(QMessageBox):
    """Non-modal to the event loop (opened, not exec'd): the window keeps showing progress and
    calls `update_count` as slots finish."""

    def __init__(self, working: int, on_answer: Callable[[bool], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("confirm-close")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        self.setDefaultButton(QMessageBox.StandardButton.No)
        self.working = -1
        self.update_count(working)

        def finished(result: int) -> None:
            self.deleteLater()
            on_answer(result == QMessageBox.StandardButton.Yes)

        self.finished.connect(finished)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def update_count(self, working: int) -> None:
        if working == self.working:
            return
        self.working = working
        self.retranslate()

    def retranslate(self) -> None:
        working = self.working
        self.setWindowTitle(self.tr("Slots are still working"))
        self.setText(headline(working))
        self.setInformativeText(detail() if working else "")
        self.button(QMessageBox.StandardButton.No).setText(self.tr("Keep working"))
        self.button(QMessageBox.StandardButton.Yes).setText(
            self.tr("Abort and close") if working else self.tr("Close")
        )
