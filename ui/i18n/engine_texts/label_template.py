"""The messages of station/catalogue/label_template.py marked for translation, by ID.

Written by `make translations-update` (python -m ui.i18n.generate); do not edit: change
the English in station/catalogue/ and run it again.
"""

# ruff: noqa: E501

from __future__ import annotations

from ui.i18n.languages import QT_TRANSLATE_NOOP

# fmt: off
TEXTS: dict[str, str] = {
    "label_template.at": QT_TRANSLATE_NOOP("EngineMessage", "The label template {path}"),
    "label_template.at_target": QT_TRANSLATE_NOOP("EngineMessage", "The label template {path} (target {target})"),
    "label_template.bounds": QT_TRANSLATE_NOOP("EngineMessage", "The label template must start with ^XA and end with ^XZ."),
    "label_template.bounds.action": QT_TRANSLATE_NOOP("EngineMessage", "Start from the default template and change positions and sizes only."),
    "label_template.file_not_ascii": QT_TRANSLATE_NOOP("EngineMessage", "{where} is not plain ASCII (byte {offset} is 0x{byte})."),
    "label_template.file_not_ascii.action": QT_TRANSLATE_NOOP("EngineMessage", "Keep label text to plain ASCII (a printer's font 0 prints nothing else); save the file without accents, symbols or a byte-order mark."),
    "label_template.hex_escapes": QT_TRANSLATE_NOOP("EngineMessage", "The label template uses ^FH, which would read the '_' in device IDs as hex escapes."),
    "label_template.hex_escapes.action": QT_TRANSLATE_NOOP("EngineMessage", "Remove ^FH from the template."),
    "label_template.lacks": QT_TRANSLATE_NOOP("EngineMessage", "{where} has no {fields} field, so the label would lack {needs}."),
    "label_template.lacks.action": QT_TRANSLATE_NOOP("EngineMessage", "Put each field into the template (the built-in label shows where), then check again."),
    "label_template.lone_brace": QT_TRANSLATE_NOOP("EngineMessage", "The label template has a brace that neither opens nor closes a field ({reason})."),
    "label_template.missing": QT_TRANSLATE_NOOP("EngineMessage", "{where} does not exist."),
    "label_template.missing.action": QT_TRANSLATE_NOOP("EngineMessage", "Put the template file at {path}. Fix the target's label_template in the supervisor's target editor, or clear it to print the built-in label."),
    "label_template.need.and": QT_TRANSLATE_NOOP("EngineMessage", "{first}; {rest}"),
    "label_template.need.code": QT_TRANSLATE_NOOP("EngineMessage", "the code in the QR and DataMatrix symbols that identifies the unit"),
    "label_template.need.device_id": QT_TRANSLATE_NOOP("EngineMessage", "the device ID printed for people"),
    "label_template.need.serial": QT_TRANSLATE_NOOP("EngineMessage", "the unit's serial printed for people"),
    "label_template.no_code": QT_TRANSLATE_NOOP("EngineMessage", "The label template has no {code} field, so its barcodes would not identify the unit."),
    "label_template.no_code.action": QT_TRANSLATE_NOOP("EngineMessage", "Put {code} in the QR or DataMatrix field."),
    "label_template.not_a_file": QT_TRANSLATE_NOOP("EngineMessage", "{where} is not a file."),
    "label_template.not_a_file.action": QT_TRANSLATE_NOOP("EngineMessage", "Name the template file itself. Fix the target's label_template in the supervisor's target editor, or clear it to print the built-in label."),
    "label_template.not_ascii": QT_TRANSLATE_NOOP("EngineMessage", "{where} holds {char} at character {offset}, which is not plain ASCII."),
    "label_template.not_ascii.action": QT_TRANSLATE_NOOP("EngineMessage", "Keep label text to plain ASCII (a printer's font 0 prints nothing else)."),
    "label_template.not_drawn": QT_TRANSLATE_NOOP("EngineMessage", "{where} does not draw as a printer would: {problem}."),
    "label_template.not_drawn.action": QT_TRANSLATE_NOOP("EngineMessage", "Fix the ZPL command at that position (the supervisor's label editor shows the label as it draws)."),
    "label_template.the": QT_TRANSLATE_NOOP("EngineMessage", "The label template"),
    "label_template.this": QT_TRANSLATE_NOOP("EngineMessage", "This template"),
    "label_template.unfillable": QT_TRANSLATE_NOOP("EngineMessage", "{where} cannot be filled in for a unit ({reason})."),
    "label_template.unknown_fields": QT_TRANSLATE_NOOP("EngineMessage", "The label template names unknown fields: {names}."),
    "label_template.unknown_fields.action": QT_TRANSLATE_NOOP("EngineMessage", "Use only {fields}."),
    "label_template.unreadable": QT_TRANSLATE_NOOP("EngineMessage", "{where} cannot be read ({reason})."),
    "label_template.unreadable.action": QT_TRANSLATE_NOOP("EngineMessage", "Let the user the station runs as read it (its owner or mode), then check again."),
    "label_template.unsafe": QT_TRANSLATE_NOOP("EngineMessage", "{where}: {problem}"),
    "label_template.unwritable": QT_TRANSLATE_NOOP("EngineMessage", "{where} could not be written ({reason})."),
    "label_template.unwritable.action": QT_TRANSLATE_NOOP("EngineMessage", "Save it in a folder the station's user may write to, or let that user write there."),
    "label_template.write_fields.action": QT_TRANSLATE_NOOP("EngineMessage", "Write each field as {serial}, {device_id} or {code}, and double other braces."),
}
# fmt: on
