"""Paste an issued Pairing token: hidden as typed, never shown again (only its expiry is)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class PasteTokenDialog(QDialog):
    def __init__(self, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paste-token")
        self.setWindowTitle(self.tr("Issued token for {target}").format(target=target))
        self.setModal(True)
        hint = QLabel(
            self.tr(
                "Paste the Pairing token (a JWT). It goes straight into the OS keyring; the "
                "editor shows only its expiry and what it allows."
            )
        )
        hint.setWordWrap(True)
        self.token = QLineEdit()
        self.token.setObjectName("token-text")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Store in keyring"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.token)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def take(self) -> str:
        text = self.token.text()
        self.token.clear()
        return text
