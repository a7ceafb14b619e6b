"""The target editor's credentials: what the keyring holds for the target, and the three ways
to put a realm key or an issued token there (a key file, a pasted token, a token file).

Nothing secret is ever shown: the status line says which kind of credential is stored and what
it allows, never its material. Every change goes through `station.targets.actions`, which
checks the role and journals it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QGroupBox, QLabel, QPushButton, QVBoxLayout

from station.pairing.keys import RealmKey
from station.roles import AuditLog
from station.targets.actions import (
    StoredToken,
    import_realm_key,
    read_token_file,
    set_issued_token,
)
from station.targets.credentials import CredentialStatus, credential_status
from ui.errors import show_failure
from ui.operator.engine_words import render
from ui.supervisor.editor_host import EditorHost
from ui.supervisor.token_dialog import PasteTokenDialog
from ui.tasks import Tasks


def save_first() -> str:
    """What the panel says while the target shown is not saved yet."""
    return QCoreApplication.translate(
        "CredentialsPanel", "Save the target first, then import its key or token."
    )


class CredentialsPanel(QGroupBox):
    def __init__(self, host: EditorHost, audit: AuditLog, tasks: Tasks) -> None:
        super().__init__()
        self._host = host
        self._shown: CredentialStatus | None = None  # worded again on a language switch
        self._audit = audit
        self._tasks = tasks  # the keyring is read on a worker: it may wait for an unlock
        self.status = QLabel("")
        self.status.setObjectName("credential-status")
        self.status.setWordWrap(True)
        self.import_key_button = QPushButton()
        self.import_key_button.setObjectName("import-key")
        self.paste_token_button = QPushButton()
        self.paste_token_button.setObjectName("paste-token")
        self.token_file_button = QPushButton()
        self.token_file_button.setObjectName("token-file")
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        for button in (self.import_key_button, self.paste_token_button, self.token_file_button):
            layout.addWidget(button)
        self.import_key_button.clicked.connect(self._choose_key_file)
        self.paste_token_button.clicked.connect(self._paste_token)
        self.token_file_button.clicked.connect(self._choose_token_file)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Credentials (OS keyring; never shown)"))
        self.import_key_button.setText(self.tr("Import realm key from file…"))
        self.paste_token_button.setText(self.tr("Paste issued token…"))
        self.token_file_button.setText(self.tr("Issued token from file…"))
        if self._shown is not None:
            self._say(self._shown)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say(self, status: CredentialStatus) -> None:
        prefix = "⚠ " if status.problem else ""
        self.status.setText(f"{prefix}{render(status.said)}")

    def refresh(self) -> None:
        """Read what the keyring holds for the target shown (a new target has nothing yet)."""
        name = self._host.shown_target()
        self._shown = None
        if name is None:
            self.status.setText(save_first())
            return
        target = self._host.config().targets[name]
        self.status.setText(self.tr("Reading the keyring…"))

        def show(status: CredentialStatus) -> None:
            if self._host.shown_target() == name:
                self._shown = status
                self._say(status)

        self._tasks.run(
            lambda: credential_status(target),
            show,
            lambda exc: show_failure(exc, self.status.setText, self),
        )

    def import_key_file(self, path: Path) -> None:
        name = self._host.shown_target()
        if name is None:
            self._host.say(lambda: self.tr("Save the target first, then import its key."))
            return
        actor, reason = self._host.request()

        def done(key: RealmKey) -> None:
            self._host.say(
                lambda: self.tr(
                    "Imported the realm key of {target!r} into the OS keyring ({key!r}). {path} "
                    "was only read; delete it if it was a transfer copy."
                ).format(target=name, key=key, path=path)
            )
            self.refresh()

        self._host.run(
            lambda: import_realm_key(actor, name, path, self._audit, reason=reason),
            done,
            self.tr("Importing the key"),
        )

    def store_token(self, text: str) -> None:
        self._store_token(lambda: text)

    def store_token_file(self, path: Path) -> None:
        """Store the token the file holds (read on the worker: the file may be anything)."""
        self._store_token(lambda: read_token_file(path))

    def _store_token(self, read: Callable[[], str]) -> None:
        name = self._host.shown_target()
        if name is None:
            self._host.say(lambda: self.tr("Save the target first, then set its token."))
            return
        actor, reason = self._host.request()

        def done(_stored: StoredToken) -> None:
            self._host.say(
                lambda: self.tr("Stored an issued token for {target!r} in the OS keyring.").format(
                    target=name
                )
            )
            self.refresh()

        self._host.run(
            lambda: set_issued_token(actor, name, read(), self._audit, reason=reason),
            done,
            self.tr("Storing the token"),
        )

    # -- dialogs ---------------------------------------------------------------------------

    def _choose_key_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Realm private key (PEM)"))
        dialog.setNameFilter(self.tr("PEM files (*.pem *.key);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.import_key_file(Path(path)))
        dialog.open()

    def _choose_token_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Issued token file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.store_token_file(Path(path)))
        dialog.open()

    def _paste_token(self) -> None:
        name = self._host.shown_target()
        if name is None:
            self._host.say(lambda: self.tr("Save the target first, then set its token."))
            return
        dialog = PasteTokenDialog(name, self)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.store_token(dialog.take())
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
