"""Operator sign-in: the name the journal records for every attempt.

A name, not a password: operators are identified, not authenticated (supervisor and QA sign-in,
which guard privileged actions, are a different dialog). The dialog is opened with `open()`, not
`exec()`, so no nested event loop runs while slot threads are delivering events.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui import theme

MAX_NAME = 64


def clean_name(text: str) -> str:
    return " ".join(text.split())[:MAX_NAME]


class SignInDialog(QDialog):
    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signin")
        self.setModal(True)
        self.prompt = prompt = QLabel()
        prompt.setFont(theme.font(theme.TITLE_PT, bold=True))
        self.hint = hint = QLabel()
        hint.setWordWrap(True)
        hint.setFont(theme.font(theme.BODY_PT))
        self.name_edit = QLineEdit(current)
        self.name_edit.setObjectName("operator-name")
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setFont(theme.font(theme.TITLE_PT))
        self.name_edit.setMinimumHeight(theme.BUTTON_MIN_HEIGHT_PX)
        # Our own Sign in button, not the standard OK renamed: on a language switch the box
        # words its standard buttons again itself, after this dialog re-worded them.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        for button in self.buttons.buttons():
            button.setFont(theme.font(theme.BUTTON_PT, bold=True))
            button.setMinimumSize(theme.BUTTON_MIN_WIDTH_PX, theme.BUTTON_MIN_HEIGHT_PX)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._validate)

        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(hint)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retranslate()
        self._validate()

    def retranslate(self) -> None:
        """Every text in the screens' language (again after a switch while it is open)."""
        self.setWindowTitle(self.tr("Operator sign-in"))
        self.prompt.setText(self.tr("Who is operating this station?"))
        self.hint.setText(
            self.tr("Your name is recorded in the journal with every device you provision.")
        )
        self.name_edit.setPlaceholderText(self.tr("Your name"))
        self.ok_button.setText(self.tr("Sign in"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def name(self) -> str:
        return clean_name(self.name_edit.text())

    @Slot()
    def _validate(self) -> None:
        self.ok_button.setEnabled(bool(self.name))

    def accept(self) -> None:
        if self.name:  # Enter in the field must not sign in a blank name either
            super().accept()
