"""A target's label template refused (station/peripherals/label_template.py, label_zpl.py): what
`station config check` and the station's start print, and the supervisor's label editor shows.

Each message starts with `where`, the template it is about: a file (`label_template.at`, with
its target where there is one) or the editor's text (`label_template.this`). The template's own
field names ({serial}, {device_id}, {code}) come in as parameters, so a translation keeps them
as they are; a reason from the system or a renderer's words come in as given."""

from __future__ import annotations

_FIX = (
    "Fix the target's label_template in the supervisor's target editor, or clear it to print the "
    "built-in label."
)
_ASCII = "Keep label text to plain ASCII (a printer's font 0 prints nothing else)"

TEXTS: dict[str, str] = {
    # Which template a message is about.
    "label_template.at": "The label template {path}",
    "label_template.at_target": "The label template {path} (target {target})",
    "label_template.the": "The label template",
    "label_template.this": "This template",
    # The file (label_template.template_of, read_text, write_text).
    "label_template.missing": "{where} does not exist.",
    "label_template.missing.action": "Put the template file at {path}. " + _FIX,
    "label_template.not_a_file": "{where} is not a file.",
    "label_template.not_a_file.action": "Name the template file itself. " + _FIX,
    "label_template.unreadable": "{where} cannot be read ({reason}).",
    "label_template.unreadable.action": (
        "Let the user the station runs as read it (its owner or mode), then check again."
    ),
    "label_template.file_not_ascii": "{where} is not plain ASCII (byte {offset} is 0x{byte}).",
    "label_template.file_not_ascii.action": (
        _ASCII + "; save the file without accents, symbols or a byte-order mark."
    ),
    "label_template.unwritable": "{where} could not be written ({reason}).",
    "label_template.unwritable.action": (
        "Save it in a folder the station's user may write to, or let that user write there."
    ),
    # The text (label_template.filled_in): its character, the rules of label_zpl, its fields,
    # the sample unit filled in and drawn.
    "label_template.not_ascii": (
        "{where} holds {char} at character {offset}, which is not plain ASCII."
    ),
    "label_template.not_ascii.action": _ASCII + ".",
    "label_template.unsafe": "{where}: {problem}",
    "label_template.lacks": "{where} has no {fields} field, so the label would lack {needs}.",
    "label_template.lacks.action": (
        "Put each field into the template (the built-in label shows where), then check again."
    ),
    "label_template.need.serial": "the unit's serial printed for people",
    "label_template.need.device_id": "the device ID printed for people",
    "label_template.need.code": (
        "the code in the QR and DataMatrix symbols that identifies the unit"
    ),
    "label_template.need.and": "{first}; {rest}",
    "label_template.unfillable": "{where} cannot be filled in for a unit ({reason}).",
    "label_template.write_fields.action": (
        "Write each field as {serial}, {device_id} or {code}, and double other braces."
    ),
    "label_template.not_drawn": "{where} does not draw as a printer would: {problem}.",
    "label_template.not_drawn.action": (
        "Fix the ZPL command at that position (the supervisor's label editor shows the label as "
        "it draws)."
    ),
    # label_zpl.check_template: a template that could not be filled in safely.
    "label_template.bounds": "The label template must start with ^XA and end with ^XZ.",
    "label_template.bounds.action": (
        "Start from the default template and change positions and sizes only."
    ),
    "label_template.hex_escapes": (
        "The label template uses ^FH, which would read the '_' in device IDs as hex escapes."
    ),
    "label_template.hex_escapes.action": "Remove ^FH from the template.",
    "label_template.lone_brace": (
        "The label template has a brace that neither opens nor closes a field ({reason})."
    ),
    "label_template.unknown_fields": "The label template names unknown fields: {names}.",
    "label_template.unknown_fields.action": "Use only {fields}.",
    "label_template.no_code": (
        "The label template has no {code} field, so its barcodes would not identify the unit."
    ),
    "label_template.no_code.action": "Put {code} in the QR or DataMatrix field.",
}
