"""The supervisor's target editor: targets, their credentials, Test connection, active target.

Everything that touches the disk, the keyring or the network runs on a worker (`Tasks`), one
at a time, so the window never freezes on a locked keyring or an unreachable Pairing. Every
change goes through the Qt-free action functions in `station.targets.actions`, which check the
signed-in role and write the journal; the editor closes by itself when the supervisor session
ends (sign-out or idle lock).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station.config import StationConfig
from station.errors import StationError
from station.roles import Actor, AuditLog, NotPermitted, Privilege
from station.targets.actions import TargetBook, import_realm_key, set_issued_token
from station.targets.connection_test import FIELD_CHECKS, run_connection_test
from station.targets.credentials import CredentialStatus, credential_status
from station.targets.fields import FIELDS, TargetInvalid, target_document, with_target
from ui.roles.controller import RoleController
from ui.screen_fit import fit_to_screen
from ui.supervisor.connection_view import ConnectionResults
from ui.supervisor.lifetime import delete_when_idle
from ui.supervisor.target_form import FormError, TargetForm
from ui.supervisor.token_dialog import PasteTokenDialog
from ui.tasks import Tasks

log = logging.getLogger(__name__)
NEW = "(new target)"
PREFERRED_SIZE = QSize(1500, 900)


# Values that satisfy the rules, put in place of an invalid setting so the other settings can
# be tested. The checks that would use them are not run (FIELD_CHECKS), so none is ever sent.
_STAND_INS: dict[str, Any] = {
    "pairing_url": "https://pairing.invalid/",
    "realm": "invalid",
    "token_source": "issued_token",
}


def _stand_in(name: str, document: dict[str, Any], field: str) -> tuple[str, dict[str, Any]]:
    if field == "name":
        return "connection-test", document
    if field in ("token_ttl_s", "token_command"):
        return name, {**document, "token_source": "issued_token", field: None}
    return name, {**document, field: _STAND_INS.get(field)}


def _skipped_checks(invalid: dict[str, str]) -> dict[str, str]:
    """The checks that cannot run, each with the settings it waits for."""
    labels = {f.key: f.label for f in FIELDS}
    waiting: dict[str, list[str]] = {}
    for field in invalid:
        for check in FIELD_CHECKS.get(field, ()):
            waiting.setdefault(check, []).append(labels.get(field, field))
    return {
        check: f"{' and '.join(names)} {'is' if len(names) == 1 else 'are'} not valid "
        "(see the form)"
        for check, names in waiting.items()
    }


def _say(exc: BaseException) -> str:
    if isinstance(exc, StationError):
        return f"{exc.message} {exc.action}".strip()
    return f"Internal error ({type(exc).__name__}); the station logged it."


class TargetsEditor(QDialog):
    """Signals:
    activeTargetChanged(str, str): a fixture's active target was saved (fixture, target).
    configSaved(object): the configuration on disk changed (the new StationConfig).
    busyChanged(bool): a background action started (True) or finished (False).
    """

    activeTargetChanged = Signal(str, str)
    configSaved = Signal(object)
    busyChanged = Signal(bool)

    def __init__(
        self,
        book: TargetBook,
        roles: RoleController,
        audit: AuditLog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("targets-editor")
        self.setWindowTitle("Realm targets and keys")
        self.book = book
        self.roles = roles
        self.audit = audit
        self._tasks = Tasks("supervisor-targets", 1, self)
        self._current: str | None = None
        self._busy = 0
        self._init_edit_state()

        self.list = QListWidget()
        self.list.setObjectName("target-list")
        self.new_button = QPushButton("New target")
        self.delete_button = QPushButton("Delete")
        self.delete_button.setObjectName("delete-target")
        self.form = TargetForm()
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText("Why (recorded in the journal with the change)")
        self.save_button = QPushButton("Save target")
        self.save_button.setObjectName("save-target")
        self.status = QLabel("")
        self.status.setObjectName("editor-status")
        self.status.setWordWrap(True)
        self.credentials = QLabel("")
        self.credentials.setObjectName("credential-status")
        self.credentials.setWordWrap(True)
        self.import_key_button = QPushButton("Import realm key from file…")
        self.import_key_button.setObjectName("import-key")
        self.paste_token_button = QPushButton("Paste issued token…")
        self.paste_token_button.setObjectName("paste-token")
        self.token_file_button = QPushButton("Issued token from file…")
        self.token_file_button.setObjectName("token-file")
        self.test_button = QPushButton("Test connection")
        self.test_button.setObjectName("test-connection")
        self.results = ConnectionResults()
        self.active: dict[str, QComboBox] = {}
        self.make_active: dict[str, QPushButton] = {}
        self._build_layout()

        self.list.currentTextChanged.connect(self._list_changed)
        self.new_button.clicked.connect(self._new_clicked)
        self.delete_button.clicked.connect(self.delete_target)
        self.save_button.clicked.connect(self.save)
        self.import_key_button.clicked.connect(self._choose_key_file)
        self.paste_token_button.clicked.connect(self._paste_token)
        self.token_file_button.clicked.connect(self._choose_token_file)
        self.test_button.clicked.connect(self.test_connection)
        self.form.edited.connect(self._form_edited)
        roles.roleChanged.connect(self._role_changed)
        self._fill(book.config)

    # -- layout ----------------------------------------------------------------------------

    def _build_layout(self) -> None:
        # Said before saving, not discovered after: what a save does to the running screen.
        self.restart_note = QLabel("")
        self.restart_note.setObjectName("restart-note")
        self.restart_note.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(QLabel("Targets"))
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # The form wraps to the width it gets; a sideways scroll would hide the messages.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.form)
        page_layout.addStretch(1)  # spare height below the form, not between its rows
        scroll.setWidget(page)
        middle = QVBoxLayout()
        middle.addWidget(scroll, 1)
        middle.addWidget(self.reason)
        middle.addWidget(self.restart_note)
        middle.addWidget(self.save_button)
        middle.addWidget(self.status)

        creds = QGroupBox("Credentials (OS keyring; never shown)")
        creds_layout = QVBoxLayout(creds)
        creds_layout.addWidget(self.credentials)
        for button in (self.import_key_button, self.paste_token_button, self.token_file_button):
            creds_layout.addWidget(button)
        test = QGroupBox("Test connection (registers nothing)")
        test_layout = QVBoxLayout(test)
        test_layout.addWidget(self.test_button)
        test_layout.addWidget(self.results)
        fixtures = QGroupBox("Active target per fixture")
        self._fixtures_layout = QGridLayout(fixtures)
        right = QVBoxLayout()
        right.addWidget(creds)
        right.addWidget(test, 1)
        right.addWidget(fixtures)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(middle, 4)
        layout.addLayout(right, 3)
        self.resize(PREFERRED_SIZE)

    def _fill(self, config: StationConfig) -> None:
        keep = self._current
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems(sorted(config.targets))
        self.list.blockSignals(False)
        for row, fixture in enumerate(config.fixtures):
            combo = self.active.get(fixture.name)
            if combo is None:
                combo = QComboBox()
                combo.setObjectName(f"active-{fixture.name}")
                button = QPushButton("Make active")
                button.setObjectName(f"make-active-{fixture.name}")
                button.clicked.connect(lambda _=False, f=fixture.name: self.set_active(f))
                self._fixtures_layout.addWidget(QLabel(fixture.name), row, 0)
                self._fixtures_layout.addWidget(combo, row, 1)
                self._fixtures_layout.addWidget(button, row, 2)
                self.active[fixture.name] = combo
                self.make_active[fixture.name] = button
            combo.clear()
            combo.addItems(sorted(config.targets))
            combo.setCurrentText(fixture.active_target)
        name = keep if keep in config.targets else sorted(config.targets)[0]
        self.select(name)

    # -- selection -------------------------------------------------------------------------

    def select(self, name: str) -> None:
        """Show target `name` (unsaved edits of the one shown are dropped: callers ask first)."""
        self._highlight(name)
        self._load(name)

    def _highlight(self, name: str | None) -> None:
        self.list.blockSignals(True)
        try:
            items = self.list.findItems(name, Qt.MatchFlag.MatchExactly) if name else []
            if items:
                self.list.setCurrentItem(items[0])
            else:
                self.list.clearSelection()
                self.list.setCurrentRow(-1)
        finally:
            self.list.blockSignals(False)

    @Slot(str)
    def _list_changed(self, name: str) -> None:
        if not name or name == self._current:
            return
        if not self.has_unsaved_edits():
            self._load(name)
            return
        self._highlight(self._current)  # stays on the edited target unless the edits go
        self._confirm_discard(lambda: self.select(name))

    @Slot()
    def _new_clicked(self) -> None:
        if self.has_unsaved_edits():
            self._confirm_discard(self.new_target)
        else:
            self.new_target()

    def _load(self, name: str) -> None:
        if not name or name not in self.book.config.targets:
            return
        self._current = name
        self.form.load(name, target_document(self.book.config, name))
        self._mark_clean()
        self.results.clear()
        self._show_restart_note(name)
        self._refresh_credentials()

    @Slot()
    def new_target(self) -> None:
        self._current = None
        self._highlight(None)
        self.form.load("", {})
        self._show_restart_note(None)
        self._mark_clean()
        self.results.clear()
        self.credentials.setText("Save the target first, then import its key or token.")

    def _show_restart_note(self, name: str | None) -> None:
        users = [f.name for f in self.book.config.fixtures if f.active_target == name]
        self.restart_note.setVisible(bool(users))
        self.restart_note.setText(
            f"ⓘ {name} is the active target of fixture {', '.join(users)}: saving a change "
            "restarts the operator screen on it as soon as no slot is working. The shift "
            "counters, each slot's last result and your sign-in are kept."
            if users
            else ""
        )

    # -- unsaved edits ---------------------------------------------------------------------

    def _init_edit_state(self) -> None:
        self._clean: tuple[object, ...] = ()  # the form as loaded or saved
        self._tested: tuple[object, ...] | None = None  # the form the shown results are of
        self._forced_close = False
        self.discard_box: QMessageBox | None = None

    def _mark_clean(self) -> None:
        self._clean = self.form.snapshot()
        self._tested = None

    def has_unsaved_edits(self) -> bool:
        return self.form.snapshot() != self._clean

    @Slot()
    def _form_edited(self) -> None:
        # Results of a test of other values would be read as results of these.
        if self._tested is not None and self.form.snapshot() != self._tested:
            self._tested = None
            self.results.clear("The form changed since the last test: test again.")

    def reject(self) -> None:
        """Esc, the close button and Close: ask before unsaved edits are thrown away (not when
        the supervisor session ended, which closes the editor whatever it holds)."""
        if self._forced_close or not self.has_unsaved_edits():
            super().reject()
            return

        def close() -> None:
            self._forced_close = True
            super(TargetsEditor, self).reject()

        self._confirm_discard(close)

    def _confirm_discard(self, proceed: Callable[[], None]) -> None:
        """Ask whether the unsaved edits may go; `proceed` runs only if they may."""
        if self.discard_box is not None:
            self.discard_box.raise_()
            return
        name = self.form.target_name() or "the new target"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Unsaved changes",
            f"Discard the unsaved changes to {name}?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("discard-edits")
        box.setInformativeText("Cancel goes back to the editor; Save target keeps the changes.")
        box.button(QMessageBox.StandardButton.Cancel).setText("Keep editing")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.discard_box = box

        def answered(button: int) -> None:
            self.discard_box = None
            box.deleteLater()
            if button == QMessageBox.StandardButton.Discard:
                proceed()

        box.finished.connect(answered)
        box.open()

    # -- background actions ----------------------------------------------------------------

    def _actor(self) -> Actor:
        return self.roles.actor

    def _run(self, fn: Any, on_success: Any, what: str) -> None:
        self._busy += 1
        self.busyChanged.emit(True)
        self.status.setText(f"{what}…")

        def done(value: object) -> None:
            self._finished()
            on_success(value)

        def failed(exc: BaseException) -> None:
            self._finished()
            self._failed(exc)

        self._tasks.run(fn, done, failed)

    def _finished(self) -> None:
        self._busy -= 1
        self.busyChanged.emit(self._busy > 0)

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def _failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(exc, TargetInvalid) and exc.field:
            self.form.show_error(exc.field, exc.message)
            self.status.setText(f"Not saved: {exc.message}")
            return
        self.status.setText(f"Not done: {_say(exc)}")

    def _refresh_credentials(self) -> None:
        name = self._current
        if name is None:
            return
        target = self.book.config.targets[name]
        self.credentials.setText("Reading the keyring…")

        def show(status: object) -> None:
            assert isinstance(status, CredentialStatus)
            if self._current == name:
                prefix = "⚠ " if status.problem else ""
                self.credentials.setText(f"{prefix}{status.summary}")

        self._tasks.run(
            lambda: credential_status(target),
            show,
            lambda exc: self.credentials.setText(_say(exc)),
        )

    @Slot()
    def save(self) -> None:
        self.form.clear_errors()
        name = self.form.target_name()
        try:
            document = self.form.document()
        except FormError as exc:
            self.form.show_error(exc.field, exc.message)
            self.status.setText(f"Not saved: {exc.message}")
            return
        actor, replacing, reason = self._actor(), self._current, self.reason.text()

        def saved(config: object) -> None:
            assert isinstance(config, StationConfig)
            self._current = name
            self.reason.clear()
            self.status.setText(f"Target {name!r} saved.")
            self.configSaved.emit(config)
            self._fill(config)

        self._run(
            lambda: self.book.save_target(
                actor, name, document, replacing=replacing, reason=reason
            ),
            saved,
            "Saving",
        )

    @Slot()
    def delete_target(self) -> None:
        name, actor, reason = self._current, self._actor(), self.reason.text()
        if name is None:
            return

        def deleted(config: object) -> None:
            self._current = None
            self.status.setText(f"Target {name!r} deleted, with its keyring entries.")
            self.configSaved.emit(config)
            assert isinstance(config, StationConfig)
            self._fill(config)

        self._run(lambda: self.book.delete_target(actor, name, reason=reason), deleted, "Deleting")

    @Slot(str)
    def set_active(self, fixture: str) -> None:
        target = self.active[fixture].currentText()
        actor, reason = self._actor(), self.reason.text()

        def done(config: object) -> None:
            self.status.setText(f"Fixture {fixture} now provisions into {target!r}.")
            self.configSaved.emit(config)
            self.activeTargetChanged.emit(fixture, target)

        self._run(
            lambda: self.book.set_active_target(actor, fixture, target, reason=reason),
            done,
            "Saving the active target",
        )

    def import_key_file(self, path: Path) -> None:
        name, actor, reason = self._current, self._actor(), self.reason.text()
        if name is None:
            self.status.setText("Save the target first, then import its key.")
            return

        def done(key: object) -> None:
            self.status.setText(
                f"Imported the realm key of {name!r} into the OS keyring ({key!r}). {path} was "
                "only read; delete it if it was a transfer copy."
            )
            self._refresh_credentials()

        self._run(
            lambda: import_realm_key(actor, name, path, self.audit, reason=reason),
            done,
            "Importing the key",
        )

    def store_token(self, text: str) -> None:
        name, actor, reason = self._current, self._actor(), self.reason.text()
        if name is None:
            self.status.setText("Save the target first, then set its token.")
            return

        def done(stored: object) -> None:
            self.status.setText(f"Stored an issued token for {name!r} in the OS keyring.")
            self._refresh_credentials()

        self._run(
            lambda: set_issued_token(actor, name, text, self.audit, reason=reason),
            done,
            "Storing the token",
        )

    @Slot()
    def test_connection(self) -> None:
        """Test what the form holds now, saved or not. A setting that breaks a rule is marked in
        the form; the checks that do not need it still run, the others say why they did not."""
        self.form.clear_errors()
        name = self.form.target_name() or "unsaved"
        try:
            document = self.form.document()
        except FormError as exc:  # the introspection list: no check needs it
            self.form.show_error(exc.field, exc.message)
            document = {**self._document_without_introspection(), "initial_introspection": None}
        invalid: dict[str, str] = {}
        while True:
            try:
                config = with_target(self.book.config, name, document, replacing=self._current)
                break
            except TargetInvalid as exc:
                if not exc.field or exc.field in invalid:
                    self.results.clear()
                    self.status.setText(f"Test connection not run: {_say(exc)}")
                    return
                invalid[exc.field] = exc.message
                self.form.show_error(exc.field, exc.message)
                name, document = _stand_in(name, document, exc.field)
        skip = _skipped_checks(invalid)
        target = config.targets[name]
        tested = self.form.snapshot()
        self.results.clear("Testing…")
        self.test_button.setEnabled(False)

        def done(results: object) -> None:
            self.test_button.setEnabled(True)
            assert isinstance(results, list)
            self.results.show_results(results)
            self._tested = tested
            ran = [r for r in results if r.ran]
            if self.form.snapshot() != tested:
                self._tested = None
                self.results.clear("The form changed during the test: test again.")
                self.status.setText("Test connection: the form changed during the test.")
            elif invalid:
                self.status.setText(
                    f"Test connection: ran {len(ran)} of {len(results)} checks; the others "
                    "need the settings marked in the form."
                )
            elif all(r.ok for r in results):
                self.status.setText("Test connection: every check passed.")
            else:
                self.status.setText("Test connection: see the failed checks and what to do.")

        self._run(lambda: run_connection_test(target, skip=skip), done, "Testing the connection")

    def _document_without_introspection(self) -> dict[str, Any]:
        # document() stops at the unreadable list; rebuild it with the list emptied.
        saved = self.form.initial_introspection.toPlainText()
        self.form.initial_introspection.blockSignals(True)
        try:
            self.form.initial_introspection.setPlainText("")
            return self.form.document()
        finally:
            self.form.initial_introspection.setPlainText(saved)
            self.form.initial_introspection.blockSignals(False)

    # -- dialogs ---------------------------------------------------------------------------

    def _choose_key_file(self) -> None:
        dialog = QFileDialog(self, "Realm private key (PEM)")
        dialog.setNameFilter("PEM files (*.pem *.key);;All files (*)")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.import_key_file(Path(path)))
        dialog.open()

    def _choose_token_file(self) -> None:
        dialog = QFileDialog(self, "Issued token file")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)

        def chosen(path: str) -> None:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                self.status.setText(f"Cannot read {path}: {exc}.")
                return
            self.store_token(text)

        dialog.fileSelected.connect(chosen)
        dialog.open()

    def _paste_token(self) -> None:
        if self._current is None:
            self.status.setText("Save the target first, then set its token.")
            return
        dialog = PasteTokenDialog(self._current, self)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.store_token(dialog.take())
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    # -- role ------------------------------------------------------------------------------

    @Slot(object)
    def _role_changed(self, actor: object) -> None:
        if not self.roles.may(Privilege.EDIT_TARGETS):
            log.info("the target editor closes: the supervisor session ended")
            self._forced_close = True
            if self.discard_box is not None:
                self.discard_box.done(QMessageBox.StandardButton.Cancel)
            self.reject()

    def done(self, result: int) -> None:
        super().done(result)
        delete_when_idle(self, self._tasks)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        return self._tasks.wait(timeout_ms)


def open_targets_editor(
    book: TargetBook, roles: RoleController, audit: AuditLog, parent: QWidget | None = None
) -> TargetsEditor:
    """Open the editor for a supervisor; `NotPermitted` for anyone else (nothing opens)."""
    if not roles.may(Privilege.EDIT_TARGETS):
        actor = roles.actor
        raise NotPermitted(
            f"{actor.name} is signed in as {actor.role.label}; only a supervisor may open the "
            "target editor.",
            "Ask a supervisor to sign in (Roles menu).",
        )
    editor = TargetsEditor(book, roles, audit, parent)
    editor.open()
    fit_to_screen(editor, PREFERRED_SIZE)  # once shown, so the frame is known
    return editor
