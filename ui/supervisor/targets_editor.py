"""The supervisor's target editor: targets, their credentials, Test connection, active target.

Everything that touches the disk, the keyring or the network runs on a worker (`Tasks`), one
at a time, so the window never freezes on a locked keyring or an unreachable Pairing. Every
change goes through the Qt-free action functions in `station.targets.actions`, which check the
signed-in role and write the journal; the editor closes by itself when the supervisor session
ends (sign-out or idle lock).

The editor holds the target list, the form, saving and the active target per fixture; its
credentials (`credentials_panel`) and Test connection (`connection_test_panel`) are panels of
their own, which reach the editor through `editor_host.EditorHost`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
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
from station.roles import Actor, AuditLog, NotPermitted, Privilege
from station.targets.actions import TargetBook
from station.targets.fields import TargetInvalid, target_document
from ui.errors import describe
from ui.roles.controller import RoleController
from ui.said import Said, Words
from ui.screen_fit import fit_to_screen
from ui.supervisor.connection_test_panel import ConnectionTestPanel
from ui.supervisor.credentials_panel import CredentialsPanel, save_first
from ui.supervisor.editor_words import reword_editor
from ui.supervisor.lifetime import delete_when_idle
from ui.supervisor.target_form import FormError, TargetForm
from ui.tasks import Tasks

log = logging.getLogger(__name__)
PREFERRED_SIZE = QSize(1500, 900)


T = TypeVar("T")


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
        self.setWindowTitle(self.tr("Realm targets and keys"))
        self.book = book
        self.roles = roles
        self.audit = audit
        self._tasks = Tasks("supervisor-targets", 1, self)
        self._current: str | None = None
        self._busy = 0
        self._init_edit_state()

        self.list = QListWidget()
        self.list.setObjectName("target-list")
        self.new_button = QPushButton(self.tr("New target"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete-target")
        self.form = TargetForm()
        self.form.base_dir = book.path.parent  # a relative label_template is taken from there
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why (recorded in the journal with the change)"))
        self.save_button = QPushButton(self.tr("Save target"))
        self.save_button.setObjectName("save-target")
        self.status = QLabel("")
        self.status.setObjectName("editor-status")
        self.status.setWordWrap(True)
        self.said = Said(self.status)  # worded again on a language switch
        self.credentials_panel = CredentialsPanel(self, audit, self._tasks)
        self.credentials = self.credentials_panel.status
        self.connection_test = ConnectionTestPanel(self, self.form)
        self.test_button = self.connection_test.button
        self.results = self.connection_test.results
        self.active: dict[str, QComboBox] = {}
        self.make_active: dict[str, QPushButton] = {}
        self._build_layout()

        self.list.currentTextChanged.connect(self._list_changed)
        self.new_button.clicked.connect(self._new_clicked)
        self.delete_button.clicked.connect(self.delete_target)
        self.save_button.clicked.connect(self.save)
        roles.roleChanged.connect(self._role_changed)
        self._fill(book.config)

    # -- layout ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            reword_editor(self)
            self.said.reword()
        super().changeEvent(event)

    def _build_layout(self) -> None:
        # Said before saving, not discovered after: what a save does to the running screen.
        self.restart_note = QLabel("")
        self.restart_note.setObjectName("restart-note")
        self.restart_note.setWordWrap(True)
        left = QVBoxLayout()
        self.targets_caption = QLabel(self.tr("Targets"))
        left.addWidget(self.targets_caption)
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

        fixtures = self.fixtures_box = QGroupBox(self.tr("Active target per fixture"))
        self._fixtures_layout = QGridLayout(fixtures)
        right = QVBoxLayout()
        right.addWidget(self.credentials_panel)
        right.addWidget(self.connection_test, 1)
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
                button = QPushButton(self.tr("Make active"))
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
        self._show_restart_note(name)
        self.credentials_panel.refresh()

    @Slot()
    def new_target(self) -> None:
        self._current = None
        self._highlight(None)
        self.form.load("", {})
        self._show_restart_note(None)
        self._mark_clean()
        self.credentials.setText(save_first())

    def _show_restart_note(self, name: str | None) -> None:
        users = [f.name for f in self.book.config.fixtures if f.active_target == name]
        self.restart_note.setVisible(bool(users))
        said = self.tr(
            "ℹ {target} is the active target of fixture {fixtures}: saving a change restarts "
            "the operator screen on it as soon as no slot is working. The shift counters, each "
            "slot's last result and your sign-in are kept.",
            "",
            len(users),
        )
        text = said.format(target=name, fixtures=", ".join(users))
        self.restart_note.setText(text if users else "")

    # -- unsaved edits ---------------------------------------------------------------------

    def _init_edit_state(self) -> None:
        self._clean: tuple[object, ...] = ()  # the form as loaded or saved
        self._forced_close = False
        self.discard_box: QMessageBox | None = None

    def _mark_clean(self) -> None:
        self._clean = self.form.snapshot()
        self.connection_test.forget()

    def has_unsaved_edits(self) -> bool:
        return self.form.snapshot() != self._clean

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
        name = self.form.target_name() or self.tr("the new target")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Discard the unsaved changes to {target}?").format(target=name),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("discard-edits")
        box.setInformativeText(
            self.tr("Cancel goes back to the editor; Save target keeps the changes.")
        )
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.discard_box = box

        def answered(button: int) -> None:
            self.discard_box = None
            box.deleteLater()
            if button == QMessageBox.StandardButton.Discard:
                proceed()

        box.finished.connect(answered)
        box.open()

    # -- what the panels ask of the editor (EditorHost) ------------------------------------

    def shown_target(self) -> str | None:
        return self._current

    def config(self) -> StationConfig:
        return self.book.config

    def request(self) -> tuple[Actor, str]:
        return self.roles.actor, self.reason.text()

    def say(self, words: Words) -> None:
        self.said.say(words)

    def run(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None],
        what: str,
        *,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._busy += 1
        self.busyChanged.emit(True)
        self.said.say(lambda: f"{what}…")

        def done(value: T) -> None:
            self._finished()
            on_success(value)

        def failed(exc: BaseException) -> None:
            self._finished()
            if on_failure is not None:
                on_failure(exc)
            self._failed(exc)

        self._tasks.run(fn, done, failed)

    def _finished(self) -> None:
        self._busy -= 1
        self.busyChanged.emit(self._busy > 0)

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, TargetInvalid) and exc.field:
            self.form.show_error(exc.field, describe(exc).message)
            self.said.fail(exc, self, before=lambda: self.tr("Not saved: "))
            return
        self.said.fail(exc, self, before=lambda: self.tr("Not done: "))

    @Slot()
    def save(self) -> None:
        self.form.clear_errors()
        name = self.form.target_name()
        try:
            document = self.form.document()
        except FormError as exc:
            self.form.show_error(exc.field, describe(exc).message)
            self.said.fail(exc, self, before=lambda: self.tr("Not saved: "))
            return
        replacing = self._current
        actor, reason = self.request()

        def saved(config: StationConfig) -> None:
            self._current = name
            self.reason.clear()
            self.say(lambda: self.tr("Target {target!r} saved.").format(target=name))
            self.configSaved.emit(config)
            self._fill(config)

        self.run(
            lambda: self.book.save_target(
                actor, name, document, replacing=replacing, reason=reason
            ),
            saved,
            self.tr("Saving"),
        )

    @Slot()
    def delete_target(self) -> None:
        name = self._current
        if name is None:
            return
        actor, reason = self.request()

        def deleted(config: StationConfig) -> None:
            self._current = None
            self.say(
                lambda: self.tr("Target {target!r} deleted, with its keyring entries.").format(
                    target=name
                )
            )
            self.configSaved.emit(config)
            self._fill(config)

        deleting = self.tr("Deleting")
        self.run(lambda: self.book.delete_target(actor, name, reason=reason), deleted, deleting)

    @Slot(str)
    def set_active(self, fixture: str) -> None:
        target = self.active[fixture].currentText()
        actor, reason = self.request()

        def done(config: StationConfig) -> None:
            self.say(
                lambda: self.tr("Fixture {fixture} now provisions into {target!r}.").format(
                    fixture=fixture, target=target
                )
            )
            self.configSaved.emit(config)
            self.activeTargetChanged.emit(fixture, target)

        self.run(
            lambda: self.book.set_active_target(actor, fixture, target, reason=reason),
            done,
            self.tr("Saving the active target"),
        )

    # The panels' actions, as the editor's own (what the supervisor and the tests call).

    def import_key_file(self, path: Path) -> None:
        self.credentials_panel.import_key_file(path)

    def store_token(self, text: str) -> None:
        self.credentials_panel.store_token(text)

    @Slot()
    def test_connection(self) -> None:
        self.connection_test.test()

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
            QCoreApplication.translate(
                "TargetsEditor",
                "{name} is signed in as {role}; only a supervisor may open the target editor.",
            ).format(name=actor.name, role=QCoreApplication.translate("Role", actor.role.label)),
            QCoreApplication.translate(
                "TargetsEditor", "Ask a supervisor to sign in (Roles menu)."
            ),
        )
    editor = TargetsEditor(book, roles, audit, parent)
    editor.open()
    fit_to_screen(editor, PREFERRED_SIZE)  # once shown, so the frame is known
    return editor
