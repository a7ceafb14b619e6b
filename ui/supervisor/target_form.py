"""Every field of a target, with an error line under each one.

The form only turns widgets into the configuration's document shape (and back); whether the
values are allowed is decided by the configuration's own validation (`station.targets.fields`),
whose message is shown under the field it names. The only checks made here are about reading
the text boxes at all (a line of the introspection list that is not `name major.minor`).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station.config.model import (
    DEFAULT_CHECK_SCAN_S,
    DEFAULT_TOKEN_TTL_S,
    DEVICE_ID_FIELDS,
    DEVICE_ID_RULES,
    STORAGE_KINDS,
    TOKEN_SOURCES,
)
from station.errors import ConfigError
from station.targets.fields import FIELDS
from ui import theme
from ui.supervisor.editor_words import RULE_LABELS, SOURCE_LABELS, reword_form
from ui.supervisor.field_words import field_help, field_label

if TYPE_CHECKING:
    from ui.supervisor.label_editor import LabelTemplateEditor

_SOURCE_LABELS, _RULE_LABELS = SOURCE_LABELS, RULE_LABELS


EXAMPLE_INTERFACE = "org.example.Sensor 1.0"  # an interface name: the same in every language


class FormError(ConfigError):
    """A field's text cannot be read at all (before any configuration rule applies)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(
            message,
            QCoreApplication.translate("TargetForm", "Correct the field marked in the form."),
        )
        self.field = field


class TargetForm(QWidget):
    """Signals:
    edited(): any field changed, by the user or by `load`.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("target-form")
        self._build_widgets()
        self.errors: dict[str, QLabel] = {}
        self._build_layout()
        self.token_source.currentIndexChanged.connect(self._update_enabled)
        self.device_id_rule.currentIndexChanged.connect(self._update_enabled)
        self._update_enabled()
        self._connect_edits()

    def _connect_edits(self) -> None:
        for line in self.findChildren(QLineEdit):
            line.textChanged.connect(self.edited)
        for text in self.findChildren(QPlainTextEdit):
            text.textChanged.connect(self.edited)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self.edited)
        for spin in self.findChildren(QSpinBox):
            spin.valueChanged.connect(self.edited)
        for box in self.findChildren(QCheckBox):
            box.toggled.connect(self.edited)

    def snapshot(self) -> tuple[object, ...]:
        """Every field's raw state, readable or not: equal snapshots mean nothing was edited."""
        return (
            tuple(w.text() for w in self.findChildren(QLineEdit)),
            tuple(w.toPlainText() for w in self.findChildren(QPlainTextEdit)),
            tuple(w.currentIndex() for w in self.findChildren(QComboBox)),
            tuple(w.value() for w in self.findChildren(QSpinBox)),
            tuple(w.isChecked() for w in self.findChildren(QCheckBox)),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            reword_form(self)
        super().changeEvent(event)

    def _build_widgets(self) -> None:
        self.name = QLineEdit()
        self.pairing_url = QLineEdit()
        self.realm = QLineEdit()
        self.token_source = QComboBox()
        for source in TOKEN_SOURCES:
            self.token_source.addItem(self.tr(_SOURCE_LABELS[source]), source)
        # Wide ranges on purpose: the configuration's rules decide, and say what is allowed.
        self.token_ttl_s = QSpinBox()
        self.token_ttl_s.setRange(0, 1_000_000)
        self.token_ttl_s.setValue(DEFAULT_TOKEN_TTL_S)
        self.token_command = QPlainTextEdit()
        self.token_command.setPlaceholderText(self.tr("One argument per line, the program first"))
        self.token_command.setFixedHeight(70)
        self.ca_bundle = QLineEdit()
        self.ca_bundle.setPlaceholderText(self.tr("Empty: the system's trusted CAs only"))
        self.ca_browse = QPushButton(self.tr("Choose…"))
        self.ca_browse.clicked.connect(self._choose_ca)
        self.device_id_rule = QComboBox()
        for rule in DEVICE_ID_RULES:
            self.device_id_rule.addItem(self.tr(_RULE_LABELS[rule]), rule)
        self.device_id_namespace = QLineEdit()
        self.device_id_field = QComboBox()
        for id_field in DEVICE_ID_FIELDS:
            self.device_id_field.addItem(id_field.replace("_", " "), id_field)
        self.storage = {kind: QCheckBox(kind.upper()) for kind in STORAGE_KINDS}
        self.initial_introspection = QPlainTextEdit()
        self.initial_introspection.setPlaceholderText(EXAMPLE_INTERFACE)
        self.initial_introspection.setFixedHeight(70)
        self.max_registrations_in_flight = QSpinBox()
        # 0 is "unset": the engine then runs as many as the fixture has slots.
        self.max_registrations_in_flight.setRange(0, 10_000)
        self.max_registrations_in_flight.setSpecialValueText(self.tr("Slot count"))
        self.max_registrations_in_flight.setValue(0)
        self.allowlist_pattern = QLineEdit()
        self.allowlist_pattern.setPlaceholderText(self.tr("Empty: every serial"))
        self.confirmed_counts_as_pass = QCheckBox(
            self.tr("A device Astarte reports as confirmed passes")
        )
        self.print_label = QCheckBox(self.tr("Print the unit's label after each PASS"))
        self.label_template = QLineEdit()
        self.label_template.setPlaceholderText(self.tr("Empty: the built-in 2 x 1 inch label"))
        self.label_edit = QPushButton(self.tr("Edit…"))
        self.label_edit.setObjectName("label-template-edit")
        self.label_edit.clicked.connect(self.edit_label_template)
        #: Where a relative `label_template` is taken from (the configuration file's folder).
        self.base_dir: Path | None = None
        self.check_scan = QCheckBox(self.tr("Scan each printed label back before the unit leaves"))
        self.check_scan_timeout_s = QSpinBox()
        self.check_scan_timeout_s.setRange(0, 1_000_000)
        self.check_scan_timeout_s.setValue(DEFAULT_CHECK_SCAN_S)
        self.mes_recipe = QLineEdit()
        self.mes_recipe.setPlaceholderText(self.tr("Empty: the MES is not asked"))
        self.mes_offline = QComboBox()
        self.mes_offline.addItem(self.tr("Block: no unit while the MES cannot be asked"), "block")
        self.mes_offline.addItem(self.tr("Allow and queue the results"), "allow-and-queue")

    def _build_layout(self) -> None:
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(self.ca_browse)
        label_row = QHBoxLayout()
        label_row.addWidget(self.label_template, 1)
        label_row.addWidget(self.label_edit)
        self.label_template.setObjectName("field-label_template")
        storage_row = QHBoxLayout()
        for box in self.storage.values():
            storage_row.addWidget(box)
        storage_row.addStretch(1)
        inputs: dict[str, QWidget | QHBoxLayout] = {
            "name": self.name,
            "pairing_url": self.pairing_url,
            "realm": self.realm,
            "token_source": self.token_source,
            "token_ttl_s": self.token_ttl_s,
            "token_command": self.token_command,
            "ca_bundle": ca_row,
            "device_id_rule": self.device_id_rule,
            "device_id_namespace": self.device_id_namespace,
            "device_id_field": self.device_id_field,
            "accepted_storage": storage_row,
            "initial_introspection": self.initial_introspection,
            "max_registrations_in_flight": self.max_registrations_in_flight,
            "allowlist_pattern": self.allowlist_pattern,
            "confirmed_counts_as_pass": self.confirmed_counts_as_pass,
            "print_label": self.print_label,
            "label_template": label_row,
            "check_scan": self.check_scan,
            "check_scan_timeout_s": self.check_scan_timeout_s,
            "mes_recipe": self.mes_recipe,
            "mes_offline": self.mes_offline,
        }
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        # On a narrow editor (a 1280 x 800 panel) a field too wide to sit beside its label goes
        # under it: the form lives in a scroll area that does not scroll sideways.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for f in FIELDS:
            cell = QVBoxLayout()
            cell.setSpacing(1)
            widget = inputs[f.key]
            if isinstance(widget, QWidget):
                widget.setObjectName(f"field-{f.key}")
                widget.setToolTip(field_help(f.help, f.values))
                cell.addWidget(widget)
            else:
                cell.addLayout(widget)
            error = QLabel("")
            error.setObjectName(f"error-{f.key}")
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {theme.VERMILLION};")
            error.setVisible(False)
            cell.addWidget(error)
            self.errors[f.key] = error
            label = self.labels[f.key] = QLabel(field_label(f.label))
            label.setToolTip(field_help(f.help, f.values))
            form.addRow(label, cell)

    def _update_enabled(self) -> None:
        self.token_command.setEnabled(self.token_source.currentData() == "command")
        uuid5 = self.device_id_rule.currentData() == "uuid5"
        self.device_id_namespace.setEnabled(uuid5)
        self.device_id_field.setEnabled(uuid5)

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA bundle (PEM)"), "", self.tr("PEM files (*.pem *.crt);;All files (*)")
        )
        if path:
            self.ca_bundle.setText(path)

    def label_template_path(self) -> Path | None:
        text = self.label_template.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.is_absolute() or self.base_dir is None else self.base_dir / path

    def edit_label_template(self) -> LabelTemplateEditor:
        """Open the label template editor on this target's file (the built-in label when the
        field is empty; saving then asks where). Returns the open editor (tests, screenshots)."""
        from ui.supervisor.label_editor import LabelTemplateEditor

        editor = LabelTemplateEditor(self.label_template_path(), self)
        editor.accepted.connect(lambda: self._template_saved(editor))
        editor.open()
        return editor

    def _template_saved(self, editor: LabelTemplateEditor) -> None:
        if editor.path is not None and editor.path != self.label_template_path():
            self.label_template.setText(str(editor.path))

    # -- to and from the configuration's document ----------------------------------------

    def load(self, name: str, document: Mapping[str, Any]) -> None:
        self.clear_errors()
        self.name.setText(name)
        self.pairing_url.setText(str(document.get("pairing_url", "")))
        self.realm.setText(str(document.get("realm", "")))
        _select(self.token_source, document.get("token_source", "realm_key"))
        self.token_ttl_s.setValue(int(document.get("token_ttl_s", DEFAULT_TOKEN_TTL_S)))
        self.token_command.setPlainText("\n".join(document.get("token_command") or []))
        self.ca_bundle.setText(str(document.get("ca_bundle") or ""))
        _select(self.device_id_rule, document.get("device_id_rule", "device"))
        self.device_id_namespace.setText(str(document.get("device_id_namespace") or ""))
        _select(self.device_id_field, document.get("device_id_field", "hardware_id"))
        accepted = set(document.get("accepted_storage", STORAGE_KINDS))
        for kind, box in self.storage.items():
            box.setChecked(kind in accepted)
        introspection = document.get("initial_introspection") or {}
        self.initial_introspection.setPlainText(
            "\n".join(f"{k} {v[0]}.{v[1]}" for k, v in introspection.items())
        )
        self.max_registrations_in_flight.setValue(
            int(document.get("max_registrations_in_flight") or 0)
        )
        self.allowlist_pattern.setText(str(document.get("allowlist_pattern") or ""))
        self.confirmed_counts_as_pass.setChecked(bool(document.get("confirmed_counts_as_pass")))
        self.print_label.setChecked(bool(document.get("print_label")))
        self.label_template.setText(str(document.get("label_template") or ""))
        self.check_scan.setChecked(bool(document.get("check_scan")))
        self.check_scan_timeout_s.setValue(
            int(document.get("check_scan_timeout_s", DEFAULT_CHECK_SCAN_S))
        )
        self.mes_recipe.setText(str(document.get("mes_recipe") or ""))
        _select(self.mes_offline, document.get("mes_offline", "block"))
        self._update_enabled()

    def target_name(self) -> str:
        return self.name.text().strip()

    def document(self) -> dict[str, Any]:
        """The edited target in the configuration's shape; `FormError` if a box is unreadable."""
        source = self.token_source.currentData()
        command = [a.strip() for a in self.token_command.toPlainText().splitlines() if a.strip()]
        uuid5 = self.device_id_rule.currentData() == "uuid5"
        doc: dict[str, Any] = {
            "pairing_url": self.pairing_url.text().strip(),
            "realm": self.realm.text().strip(),
            "token_source": source,
            "token_ttl_s": self.token_ttl_s.value(),
            "token_command": command if source == "command" else None,
            "ca_bundle": self.ca_bundle.text().strip() or None,
            "device_id_rule": self.device_id_rule.currentData(),
            "device_id_namespace": (self.device_id_namespace.text().strip() or None)
            if uuid5
            else None,
            "device_id_field": self.device_id_field.currentData(),
            "accepted_storage": [k for k, box in self.storage.items() if box.isChecked()],
            "initial_introspection": self._introspection(),
            "max_registrations_in_flight": self.max_registrations_in_flight.value() or None,
            "allowlist_pattern": self.allowlist_pattern.text() or None,
            "confirmed_counts_as_pass": self.confirmed_counts_as_pass.isChecked(),
            "print_label": self.print_label.isChecked(),
            "label_template": self.label_template.text().strip() or None,
            "check_scan": self.check_scan.isChecked(),
            "check_scan_timeout_s": self.check_scan_timeout_s.value(),
            "mes_recipe": self.mes_recipe.text().strip() or None,
            "mes_offline": self.mes_offline.currentData(),
        }
        return doc

    def _introspection(self) -> dict[str, list[int]]:
        result: dict[str, list[int]] = {}
        for n, line in enumerate(self.initial_introspection.toPlainText().splitlines(), 1):
            if not line.strip():
                continue
            parts = line.split()
            try:
                name, version = parts
                major, minor = (int(v) for v in version.split("."))
            except ValueError:
                said = self.tr(
                    "Line {n} ({line!r}) is not 'interface major.minor', e.g. '{example}'."
                )
                raise FormError(
                    "initial_introspection",
                    said.format(n=n, line=line.strip(), example=EXAMPLE_INTERFACE),
                ) from None
            result[name] = [major, minor]
        return result

    # -- errors ----------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.setText("")
            label.setVisible(False)

    def show_error(self, field: str, message: str) -> None:
        label = self.errors.get(field)
        if label is None:
            return
        label.setText(message)
        label.setVisible(True)

    def error_text(self, field: str) -> str:
        return self.errors[field].text()


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(0, index))
