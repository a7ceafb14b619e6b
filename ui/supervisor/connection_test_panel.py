"""The target editor's Test connection: what the form holds now, saved or not, checked against
Pairing without registering anything.

A setting that breaks a rule is marked in the form and replaced by a stand-in that satisfies
the rules, so the checks that do not need it still run; the checks that would use it are not
run (`FIELD_CHECKS`) and say which settings they wait for, so a stand-in is never sent. The
results belong to the form they were tested on: an edit clears them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Slot
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout

from station.config import StationConfig
from station.targets.connection_test import FIELD_CHECKS, CheckResult, run_connection_test
from station.targets.fields import FIELDS, TargetInvalid, with_target
from ui.errors import describe, in_words
from ui.said import Words
from ui.supervisor.connection_view import ConnectionResults
from ui.supervisor.editor_host import EditorHost
from ui.supervisor.editor_words import reword_test_panel
from ui.supervisor.field_words import field_label
from ui.supervisor.target_form import FormError, TargetForm

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
    labels = {f.key: field_label(f.label) for f in FIELDS}
    waiting: dict[str, list[str]] = {}
    for field in invalid:
        for check in FIELD_CHECKS.get(field, ()):
            waiting.setdefault(check, []).append(labels.get(field, field))
    one = QCoreApplication.translate("ConnectionTestPanel", "{fields} is not valid (see the form)")
    many = QCoreApplication.translate(
        "ConnectionTestPanel", "{fields} are not valid (see the form)"
    )
    return {
        check: (one if len(names) == 1 else many).format(fields=", ".join(names))
        for check, names in waiting.items()
    }


class ConnectionTestPanel(QGroupBox):
    def __init__(self, host: EditorHost, form: TargetForm) -> None:
        super().__init__()
        self.setTitle(self.tr("Test connection (registers nothing)"))
        self._host = host
        self._form = form
        self._tested: tuple[object, ...] | None = None  # the form the shown results are of
        self.button = QPushButton(self.tr("Test connection"))
        self.button.setObjectName("test-connection")
        self.results = ConnectionResults()
        layout = QVBoxLayout(self)
        layout.addWidget(self.button)
        layout.addWidget(self.results)
        self.button.clicked.connect(self.test)
        form.edited.connect(self._form_edited)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            reword_test_panel(self)
        super().changeEvent(event)

    def forget(self) -> None:
        """Another target (or a new one) is shown: no results belong to it."""
        self._tested = None
        self.results.clear()

    @Slot()
    def _form_edited(self) -> None:
        # Results of a test of other values would be read as results of these.
        if self._tested is not None and self._form.snapshot() != self._tested:
            self._tested = None
            self.results.clear(lambda: self.tr("The form changed since the last test: test again."))

    @Slot()
    def test(self) -> None:
        """Test what the form holds now. A setting that breaks a rule is marked in the form;
        the checks that do not need it still run, the others say why they did not."""
        form, host = self._form, self._host
        form.clear_errors()
        name = form.target_name() or "unsaved"  # a stand-in key, never shown
        try:
            document = form.document()
        except FormError as exc:  # the introspection list: no check needs it
            form.show_error(exc.field, describe(exc).message)
            document = {**self._document_without_introspection(), "initial_introspection": None}
        invalid: dict[str, str] = {}
        config: StationConfig
        while True:
            try:
                config = with_target(host.config(), name, document, replacing=host.shown_target())
                break
            except TargetInvalid as exc:
                if not exc.field or exc.field in invalid:
                    self.results.clear()
                    host.say(self._not_run(exc))
                    return
                invalid[exc.field] = describe(exc).message
                form.show_error(exc.field, describe(exc).message)
                name, document = _stand_in(name, document, exc.field)
        skip = _skipped_checks(invalid)
        target = config.targets[name]
        tested = form.snapshot()
        self.results.clear(lambda: self.tr("Testing…"))
        self.button.setEnabled(False)

        def done(results: list[CheckResult]) -> None:
            self.button.setEnabled(True)
            self.results.show_results(results)
            self._tested = tested
            ran = [r for r in results if r.ran]
            if form.snapshot() != tested:
                self._tested = None
                self.results.clear(lambda: self.tr("The form changed during the test: test again."))
                host.say(lambda: self.tr("Test connection: the form changed during the test."))
            elif invalid:
                host.say(
                    lambda: self.tr(
                        "Test connection: ran {ran} of {total} checks; the others need the "
                        "settings marked in the form."
                    ).format(ran=len(ran), total=len(results))
                )
            elif all(r.ok for r in results):
                host.say(lambda: self.tr("Test connection: every check passed."))
            else:
                host.say(lambda: self.tr("Test connection: see the failed checks and what to do."))

        host.run(
            lambda: run_connection_test(target, skip=skip),
            done,
            self.tr("Testing the connection"),
            on_failure=lambda _exc: self.button.setEnabled(True),
        )

    def _not_run(self, exc: BaseException) -> Words:
        return lambda: self.tr("Test connection not run: {reason}").format(reason=in_words(exc))

    def _document_without_introspection(self) -> dict[str, Any]:
        # document() stops at the unreadable list; rebuild it with the list emptied.
        field = self._form.initial_introspection
        saved = field.toPlainText()
        field.blockSignals(True)
        try:
            field.setPlainText("")
            return self._form.document()
        finally:
            field.setPlainText(saved)
            field.blockSignals(False)
