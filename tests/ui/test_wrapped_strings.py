"""Every text ui/ hands to a widget goes through Qt's translation.

The scan reads each module's syntax tree and looks at the arguments of the calls that put text
on screen (setText, QLabel, QPushButton, setToolTip, setWindowTitle, QMessageBox, addItem, file
dialogs …). A string literal with words in it, an f-string with words, or a literal glued to
something else, reaching such a call without passing through `tr`, `translate` or
`QT_TRANSLATE_NOOP` is a text the operator would read in English. A literal given to a helper
such as `_t("…")` counts as unwrapped too: lupdate does not see it, so it is never translated.

The allow-list below names the few literals that are not words for a reader (a file name, a
product name); each entry is (module, text)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"

# Calls lupdate reads a literal from (the literal is then in the .ts files).
TRANSLATORS = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})
# Calls whose arguments are shown to the user.
SINKS = frozenset(
    {
        "QAction",
        "QListWidgetItem",
        "QStandardItem",
        "QTableWidgetItem",
        # What the screens show of an error or a notice made in ui/.
        "ConfigError",
        "FormError",
        "NotPermitted",
        "ReportError",
        "StationError",
        "StationNotice",
        "_notice",
        "_write",
        "error_box",
        "show_failure",
        "show_notice",
        "QCheckBox",
        "QCommandLinkButton",
        "QFileDialog",
        "QGroupBox",
        "QLabel",
        "QMenu",
        "QMessageBox",
        "QPushButton",
        "QRadioButton",
        "QToolButton",
        "addAction",
        "addItem",
        "addItems",
        "addMenu",
        "addRow",
        "addTab",
        "getExistingDirectory",
        "getOpenFileName",
        "getSaveFileName",
        "insertItem",
        "setAccessibleDescription",
        "setCancelButtonText",
        "setDetailedText",
        "setHorizontalHeaderLabels",
        "setInformativeText",
        "setItemText",
        "setLabelText",
        "setNameFilter",
        "setNameFilters",
        "setPlaceholderText",
        "setPrefix",
        "setSpecialValueText",
        "setStatusTip",
        "setSuffix",
        "setTabText",
        "setText",
        "setTitle",
        "setToolTip",
        "setVerticalHeaderLabels",
        "setWhatsThis",
        "setWindowTitle",
        "showMessage",
        "show_status",
        "show_nothing",
        "say",
    }
)
# Argument positions that are data, not text: addItem(text, data), insertItem(index, text,
# data), the suggested folder or file of a file dialog.
DATA_ARGS: dict[str, frozenset[int]] = {
    "addItem": frozenset({1}),
    "insertItem": frozenset({2}),
    "getSaveFileName": frozenset({2}),
    "getOpenFileName": frozenset({2}),
    "getExistingDirectory": frozenset({2}),
    "StationNotice": frozenset({0}),  # the level: info, warning, error
    "_notice": frozenset({0}),
    "FormError": frozenset({0}),  # the field's key
    "_write": frozenset({0}),
}
# QMessageBox's static helpers share their names with logging's; only QMessageBox.<name>.
MESSAGE_BOX_STATICS = frozenset({"information", "warning", "critical", "question", "about"})
# Not words for a reader: each is (module under ui/, literal).
ALLOWED: frozenset[tuple[str, str]] = frozenset(
    {
        ("ui/app.py", "Provisioning Station"),  # the product's name, the same in every language
    }
)
# ui/operator/engine_words.py is the engine's catalogue, marked with QT_TRANSLATE_NOOP itself.
_WORDS = re.compile(r"[^\W\d_]{2,}")


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def _is_sink(call: ast.Call) -> bool:
    name = _name(call.func)
    if name in SINKS:
        return True
    return (
        name in MESSAGE_BOX_STATICS
        and isinstance(call.func, ast.Attribute)
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id == "QMessageBox"
    )


def _unwrapped(node: ast.AST) -> Iterator[ast.Constant]:
    """The literals with words in `node` that reach the sink untranslated."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str) and _WORDS.search(node.value):
            yield node
        return
    if isinstance(node, ast.Call):
        name = _name(node.func)
        if name in TRANSLATORS:
            return
        # "…".format(...) and "…".join(...): the literal is the text; other calls' arguments
        # are data for them (a key, a path, a format), not the text shown.
        if isinstance(node.func, ast.Attribute):
            yield from _unwrapped(node.func.value)
        if name not in ("format", "join"):
            for arg in node.args:
                if isinstance(arg, ast.Constant) and name == "_t":
                    yield from _unwrapped(arg)
        return
    if isinstance(node, ast.JoinedStr | ast.BinOp | ast.IfExp | ast.BoolOp):
        for child in ast.iter_child_nodes(node):
            if isinstance(node, ast.IfExp) and child is node.test:
                continue
            yield from _unwrapped(child)
    elif isinstance(node, ast.FormattedValue):
        yield from _unwrapped(node.value)
    elif isinstance(node, ast.List | ast.Tuple):
        for child in node.elts:
            yield from _unwrapped(child)


def unwrapped_texts(path: Path, module: str = "") -> list[str]:
    module = module or path.relative_to(ROOT).as_posix()
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and _is_sink(node)):
            continue
        data = DATA_ARGS.get(_name(node.func) or "", frozenset())
        args = [a for i, a in enumerate(node.args) if i not in data]
        for arg in [*args, *(k.value for k in node.keywords)]:
            for literal in _unwrapped(arg):
                assert isinstance(literal.value, str)
                if (module, literal.value) not in ALLOWED:
                    found.append(f"{module}:{literal.lineno}: {literal.value!r}")
    return found


def _modules() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if p.name != "engine_words.py")


def test_every_text_ui_shows_is_translated() -> None:
    found = [text for path in _modules() for text in unwrapped_texts(path)]
    assert found == [], (
        "wrap these in self.tr / QCoreApplication.translate (placeholders, no concatenation), "
        "then `make translations-update` and translate them in ui/i18n/*.ts"
    )


def test_the_scan_finds_each_kind_of_unwrapped_text(tmp_path: Path) -> None:
    """The scan itself: each way an English text reaches a widget is caught, and the wrapped
    forms and non-words pass."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "label.setText('Plain words')\n"
        "label.setText(f'{count} attempts match')\n"
        "label.setText('Exporting to ' + name)\n"
        "box = QMessageBox(icon, 'Unsaved changes', text)\n"
        "QMessageBox.warning(self, 'Careful now', text)\n"
        "button.setToolTip('' if ok else 'Needs a supervisor')\n"
        "combo.addItem(_t('Helper hides this'), 1)\n"
        "label.setText('{n} files'.format(n=n))\n"
        "show_failure(exc, self.say, self, before='Not saved: ')\n"
        "log.warning('a log line is not on screen')\n"
        "label.setText(self.tr('Wrapped words'))\n"
        "label.setText(QCoreApplication.translate('Ctx', 'Wrapped too').format(x=1))\n"
        "label.setText(f'{glyph} {text}')\n"
        "label.setText(str(path))\n"
        "label.setText('')\n"
        "combo.addItem(_t(KNOWN), 'raw-key')\n"
        "QFileDialog.getSaveFileName(self, self.tr('Save'), 'label.zpl', self.tr('ZPL'))\n",
        encoding="utf-8",
    )
    found = [line.split(": ", 1)[1] for line in unwrapped_texts(probe, "probe.py")]
    assert found == [
        "'Plain words'",
        "' attempts match'",
        "'Exporting to '",
        "'Unsaved changes'",
        "'Careful now'",
        "'Needs a supervisor'",
        "'Helper hides this'",
        "'{n} files'",
        "'Not saved: '",
    ]


def test_the_target_fields_words_are_the_configurations() -> None:
    """The form's labels and hints come from station.targets.fields; the catalogue marking
    them for translation holds exactly those texts."""
    from station.targets.fields import FIELDS
    from ui.supervisor import field_words

    assert tuple(f.label for f in FIELDS) == field_words.LABELS
    assert tuple(f.help for f in FIELDS) == field_words.HELPS


def test_the_privileges_words_are_the_roles() -> None:
    from station.roles import Privilege
    from ui.roles import privilege_words

    assert tuple(p.label for p in Privilege) == privilege_words.LABELS


def _marked(path: Path) -> Iterator[tuple[int, str, str, bool]]:
    """(line, call, source text, whether a count lupdate cannot read is given) of each literal
    marked for translation. A literal count is read: ui/i18n/engine_texts/ marks the station's
    plurals with `translate(context, text, "", 0)`."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func) or ""
        at = {"tr": 0, "QT_TR_NOOP": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
        if at is None or len(node.args) <= at:
            continue
        text = node.args[at]
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            counts = [
                *node.args[at + 2 : at + 3],
                *(k.value for k in node.keywords if k.arg == "n"),
            ]
            counted = any(not isinstance(c, ast.Constant) for c in counts)
            yield node.lineno, name, text.value, counted


def test_lupdate_reads_every_text_marked_for_translation() -> None:
    """Every literal given to tr / translate / QT_TRANSLATE_NOOP is in the .ts files. lupdate
    skips some calls silently: QCoreApplication.translate with a count (unless the count is a
    literal) is not read at all, so such a text would show in English in every language; a
    count goes through self.tr(text, "", n), which lupdate reads as a plural."""
    import xml.etree.ElementTree as ET

    from ui.i18n.languages import I18N_DIR

    messages = ET.parse(I18N_DIR / "station_de.ts").iter("message")
    sources = {m.findtext("source", "") for m in messages}
    missing, counted = [], []
    for path in _modules():
        module = path.relative_to(ROOT).as_posix()
        for line, call, text, has_count in _marked(path):
            where = f"{module}:{line}: {text!r}"
            if text not in sources:
                missing.append(where)
            if call == "translate" and has_count:
                counted.append(where)
    assert counted == [], "give a count through self.tr(text, '', n), not translate()"
    assert missing == [], "lupdate does not see these: `make translations-update`, or rewrite"
