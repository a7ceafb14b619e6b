"""The target form's field names and hints in the screens' language.

The configuration (`station.targets.fields.FIELDS`, Qt-free) holds each field's English label
and help; this catalogue marks the same texts for translation, and the form shows them through
`field_label` / `field_help`. A test keeps the two in step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.i18n.languages import QT_TRANSLATE_NOOP

CONTEXT = "TargetField"

LABELS = (
    QT_TRANSLATE_NOOP("TargetField", "Name"),
    QT_TRANSLATE_NOOP("TargetField", "Pairing URL"),
    QT_TRANSLATE_NOOP("TargetField", "Realm"),
    QT_TRANSLATE_NOOP("TargetField", "Token source"),
    QT_TRANSLATE_NOOP("TargetField", "Token lifetime (s)"),
    QT_TRANSLATE_NOOP("TargetField", "Token command"),
    QT_TRANSLATE_NOOP("TargetField", "CA bundle"),
    QT_TRANSLATE_NOOP("TargetField", "Device ID"),
    QT_TRANSLATE_NOOP("TargetField", "UUIDv5 namespace"),
    QT_TRANSLATE_NOOP("TargetField", "Identity field"),
    QT_TRANSLATE_NOOP("TargetField", "Accepted storage"),
    QT_TRANSLATE_NOOP("TargetField", "Initial introspection"),
    QT_TRANSLATE_NOOP("TargetField", "Registrations in flight"),
    QT_TRANSLATE_NOOP("TargetField", "Serial allowlist"),
    QT_TRANSLATE_NOOP("TargetField", "'Confirmed' counts as pass"),
    QT_TRANSLATE_NOOP("TargetField", "Print labels"),
    QT_TRANSLATE_NOOP("TargetField", "Label template"),
    QT_TRANSLATE_NOOP("TargetField", "Check-scan labels"),
    QT_TRANSLATE_NOOP("TargetField", "Check-scan deadline (s)"),
    QT_TRANSLATE_NOOP("TargetField", "MES recipe"),
    QT_TRANSLATE_NOOP("TargetField", "MES offline"),
)
HELPS = (
    QT_TRANSLATE_NOOP(
        "TargetField", "Names the target here and its keyring entries; letters, digits, . _ -"
    ),
    QT_TRANSLATE_NOOP("TargetField", "e.g. https://api.astarte.example.com/pairing"),
    QT_TRANSLATE_NOOP("TargetField", "Lower-case letters and digits, starting with a letter"),
    QT_TRANSLATE_NOOP("TargetField", "Realm key or issued token in the keyring, or a command"),
    QT_TRANSLATE_NOOP("TargetField", "Minted tokens live this long: {low} to {high} s"),
    QT_TRANSLATE_NOOP("TargetField", "Program and arguments, one per line"),
    QT_TRANSLATE_NOOP("TargetField", "PEM file of the CA that signed the Astarte certificate"),
    QT_TRANSLATE_NOOP("TargetField", "From the device, or UUIDv5 over an identity field"),
    QT_TRANSLATE_NOOP("TargetField", "The product line's namespace UUID"),
    QT_TRANSLATE_NOOP("TargetField", "Which identity field the UUIDv5 is taken over"),
    QT_TRANSLATE_NOOP("TargetField", "Storage kinds this target provisions"),
    QT_TRANSLATE_NOOP("TargetField", "One per line: interface major.minor"),
    QT_TRANSLATE_NOOP("TargetField", "{low} to {high} at once; Slot count when unset"),
    QT_TRANSLATE_NOOP("TargetField", "Regular expression the whole serial matches"),
    QT_TRANSLATE_NOOP("TargetField", "At the cloud check"),
    QT_TRANSLATE_NOOP("TargetField", "After each PASS, on the line's label printer"),
    QT_TRANSLATE_NOOP("TargetField", "ZPL file; empty: the built-in 2 x 1 inch label"),
    QT_TRANSLATE_NOOP("TargetField", "Scan each printed label back before the unit leaves"),
    QT_TRANSLATE_NOOP(
        "TargetField", "How long a unit waits for its label's scan: {low} to {high} s"
    ),
    QT_TRANSLATE_NOOP("TargetField", "Empty: the MES is not asked for this target"),
    QT_TRANSLATE_NOOP("TargetField", "Block, or allow and queue the results"),
)


def field_label(label: str) -> str:
    return QCoreApplication.translate(CONTEXT, label)


def field_help(help_text: str, values: tuple[tuple[str, int], ...] = ()) -> str:
    """`help_text` translated, then its `{name}` fields filled from `values`."""
    translated = QCoreApplication.translate(CONTEXT, help_text)
    return translated.format(**dict(values)) if values else translated
