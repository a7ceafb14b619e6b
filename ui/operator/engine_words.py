"""The engine's operator-facing texts in the screens' language, by stable ID.

station/ has no Qt, so it cannot translate: each verdict it gives carries a stable ID, its
`error_class` (`read_back_mismatch`, `identity_changed`, ...; see station/engine/checks.py and
the profiles), and each step its `Step` value. This module holds, per ID, the operator's cause
and action as source texts for Qt's translation (context "EngineMessage"), with placeholders
filled from the snapshot. The journal keeps the engine's English (QA reads it) and the tile's
tooltip the engine's full message; only what the tile shows is translated.

In English the tile shows the engine's own message in plain words (`words`), which carries the
detail of each case; a translation shows the catalogue's text for the ID, and an ID without one
falls back to that English text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from station.engine.events import SlotSnapshot, Step
from ui.i18n.languages import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, languages
from ui.operator import words

# The engine's step labels (station.engine.events), marked for lupdate.
STEP_LABELS: dict[Step, str] = {
    Step.CONNECT: QT_TRANSLATE_NOOP("Step", "Connecting"),
    Step.IDENTIFY: QT_TRANSLATE_NOOP("Step", "Reading identity"),
    Step.POLICY: QT_TRANSLATE_NOOP("Step", "Checking policy"),
    Step.REGISTER: QT_TRANSLATE_NOOP("Step", "Registering with Astarte"),
    Step.RECORD_INTENT: QT_TRANSLATE_NOOP("Step", "Recording in journal"),
    Step.WRITE: QT_TRANSLATE_NOOP("Step", "Writing credentials"),
    Step.READ_BACK: QT_TRANSLATE_NOOP("Step", "Checking the write"),
    Step.VERIFY_CLOUD: QT_TRANSLATE_NOOP("Step", "Verifying with Astarte"),
    Step.LOCK: QT_TRANSLATE_NOOP("Step", "Locking"),
}

_REPROVISION = QT_TRANSLATE_NOOP(
    "EngineMessage",
    "Leave the device in the slot and provision it again: the station reads what was stored "
    "before doing anything else.",
)
_FIRMWARE_CHECK = QT_TRANSLATE_NOOP("EngineMessage", "Set the device aside for a firmware check.")

# error_class -> (cause, action), in the operator's words; {device} is the device ID.
MESSAGES: dict[str, tuple[str, str]] = {
    "identity_changed": (
        QT_TRANSLATE_NOOP("EngineMessage", "The device changed its identity during the attempt."),
        QT_TRANSLATE_NOOP(
            "EngineMessage",
            "Set the device aside for a firmware check; if it was swapped during the attempt, "
            "provision the device in the slot again.",
        ),
    ),
    "read_back_mismatch": (
        QT_TRANSLATE_NOOP(
            "EngineMessage",
            "After the write, the device reports a digest that is not the secret just written.",
        ),
        _REPROVISION,
    ),
    "reveal_mismatch": (
        QT_TRANSLATE_NOOP(
            "EngineMessage",
            "The device revealed a secret that does not match the digest it reports.",
        ),
        _FIRMWARE_CHECK,
    ),
    "write_interrupted": (
        QT_TRANSLATE_NOOP(
            "EngineMessage",
            "The write to the device was interrupted and its storage changed.",
        ),
        _REPROVISION,
    ),
    "write_unknown": (
        QT_TRANSLATE_NOOP(
            "EngineMessage",
            "No answer to the write: it is unknown whether it took effect.",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessage",
            "Do not start again blindly: reseat the device if needed and let the station "
            "re-read its state.",
        ),
    ),
    "already_confirmed": (
        QT_TRANSLATE_NOOP(
            "EngineMessage",
            "Astarte reports this device as already confirmed: its secret has been used.",
        ),
        QT_TRANSLATE_NOOP("EngineMessage", "Set the device aside for the supervisor (rework)."),
    ),
    "timeout": (
        QT_TRANSLATE_NOOP("EngineMessage", "The device did not answer in time."),
        QT_TRANSLATE_NOOP(
            "EngineMessage",
            "Reseat the device and check that it is powered; if it keeps happening, "
            "power-cycle it.",
        ),
    ),
    "not_answering": (
        QT_TRANSLATE_NOOP("EngineMessage", "The device did not answer in time."),
        QT_TRANSLATE_NOOP(
            "EngineMessage",
            "Reseat the device and check that it is powered; if it keeps happening, "
            "power-cycle it.",
        ),
    ),
    "disconnected": (
        QT_TRANSLATE_NOOP("EngineMessage", "The device's port vanished."),
        QT_TRANSLATE_NOOP(
            "EngineMessage", "Reseat the device and its cable, then provision it again."
        ),
    ),
    "aborted": (
        QT_TRANSLATE_NOOP("EngineMessage", "Stopped by the operator."),
        QT_TRANSLATE_NOOP("EngineMessage", "Provision the device again when ready."),
    ),
    "device_program_failed": (
        QT_TRANSLATE_NOOP("EngineMessage", "The device could not program its storage."),
        QT_TRANSLATE_NOOP(
            "EngineMessage",
            "Reseat the device and try once more; if it fails again the unit goes to rework.",
        ),
    ),
    "device_busy": (
        QT_TRANSLATE_NOOP("EngineMessage", "The device is busy with another operation."),
        QT_TRANSLATE_NOOP(
            "EngineMessage",
            "Wait a moment and try again; if it persists, power-cycle the device.",
        ),
    ),
    "already_passed": (
        QT_TRANSLATE_NOOP("EngineMessage", "This device has already passed on this target."),
        QT_TRANSLATE_NOOP("EngineMessage", "Set the device aside and look it up in the journal."),
    ),
    "label_scan_timeout": (
        QT_TRANSLATE_NOOP("EngineMessage", "No label was scanned in time."),
        QT_TRANSLATE_NOOP("EngineMessage", "Scan the unit's label, then provision it again."),
    ),
}

# A slot waiting for its unit's label scan (no verdict, so no error class).
AWAITING_LABEL = (
    QT_TRANSLATE_NOOP("EngineMessage", "Waiting for the unit's label."),
    QT_TRANSLATE_NOOP("EngineMessage", "Scan the label of the unit in slot {slot}."),
)


def step(value: Step) -> str:
    return QCoreApplication.translate("Step", STEP_LABELS[value])


def tile_words(snap: SlotSnapshot) -> tuple[str, str]:
    """The tile's cause and action for `snap` in the screens' language."""
    english = words.cause(snap.message), words.action(snap.action)
    if languages().current == SOURCE_LANGUAGE:
        return english
    known = AWAITING_LABEL if snap.awaiting_label else MESSAGES.get(snap.error_class)
    if known is None:
        return english  # no translated text for this ID yet: the engine's English
    values = {"slot": snap.slot, "device": snap.device_id or ""}
    return tuple(  # type: ignore[return-value]
        QCoreApplication.translate("EngineMessage", text).format(**values) for text in known
    )
