"""The target editor's words set again on a language switch: the editor's own, its form's and
its connection test's (each in its own context, as the widgets set them when made), so an open
editor follows the language without being closed. What a save or a test said last stays until
the next one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from station.config.model import DEVICE_ID_RULES, TOKEN_SOURCES
from station.targets.fields import FIELDS
from ui.i18n.languages import QT_TRANSLATE_NOOP
from ui.supervisor.field_words import field_help, field_label

# The form's choices (target_form.py shows them); here so both it and `reword_form` read them.
SOURCE_LABELS = {
    "realm_key": QT_TRANSLATE_NOOP("TargetForm", "Realm key in the OS keyring"),
    "issued_token": QT_TRANSLATE_NOOP("TargetForm", "Issued token in the OS keyring"),
    "command": QT_TRANSLATE_NOOP("TargetForm", "Token command"),
}
RULE_LABELS = {
    "device": QT_TRANSLATE_NOOP("TargetForm", "Reported by the device"),
    "uuid5": QT_TRANSLATE_NOOP("TargetForm", "UUIDv5 of an identity field"),
}

# The widgets are typed loosely: this module sits below them (they call it), not beside.


def reword_editor(editor: Any) -> None:
    def t(text: str) -> str:
        return QCoreApplication.translate("TargetsEditor", text)

    editor.setWindowTitle(t("Realm targets and keys"))
    editor.new_button.setText(t("New target"))
    editor.delete_button.setText(t("Delete"))
    editor.reason.setPlaceholderText(t("Why (recorded in the journal with the change)"))
    editor.save_button.setText(t("Save target"))
    editor.targets_caption.setText(t("Targets"))
    editor.fixtures_box.setTitle(t("Active target per fixture"))
    for fixture in editor.active:
        button = editor.findChild(QPushButton, f"make-active-{fixture}")
        if button is not None:
            button.setText(t("Make active"))
    editor._show_restart_note(editor._current)


def reword_form(form: Any) -> None:
    def t(text: str) -> str:
        return QCoreApplication.translate("TargetForm", text)

    for index, source in enumerate(TOKEN_SOURCES):
        form.token_source.setItemText(index, t(SOURCE_LABELS[source]))
    for index, rule in enumerate(DEVICE_ID_RULES):
        form.device_id_rule.setItemText(index, t(RULE_LABELS[rule]))
    form.token_command.setPlaceholderText(t("One argument per line, the program first"))
    form.ca_bundle.setPlaceholderText(t("Empty: the system's trusted CAs only"))
    form.ca_browse.setText(t("Choose…"))
    form.max_registrations_in_flight.setSpecialValueText(t("Slot count"))
    form.allowlist_pattern.setPlaceholderText(t("Empty: every serial"))
    form.confirmed_counts_as_pass.setText(t("A device Astarte reports as confirmed passes"))
    form.print_label.setText(t("Print the unit's label after each PASS"))
    form.label_template.setPlaceholderText(t("Empty: the built-in 2 x 1 inch label"))
    form.label_edit.setText(t("Edit…"))
    form.check_scan.setText(t("Scan each printed label back before the unit leaves"))
    form.mes_recipe.setPlaceholderText(t("Empty: the MES is not asked"))
    form.mes_offline.setItemText(0, t("Block: no unit while the MES cannot be asked"))
    form.mes_offline.setItemText(1, t("Allow and queue the results"))
    for f in FIELDS:
        label = form.labels[f.key]
        label.setText(field_label(f.label))
        label.setToolTip(field_help(f.help, f.values))
        widget = form.findChild(QWidget, f"field-{f.key}")
        if widget is not None:
            widget.setToolTip(field_help(f.help, f.values))


def reword_test_panel(panel: Any) -> None:
    def t(text: str) -> str:
        return QCoreApplication.translate("ConnectionTestPanel", text)

    panel.setTitle(t("Test connection (registers nothing)"))
    panel.button.setText(t("Test connection"))
