"""Readable words for the journal's internal values (results, error classes, storage kinds,
audit kinds), in the screens' language. The view shows these; exports and the command line keep
the raw values, which are what scripts and the documentation's tables use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from station.engine.events import Step
from station.journal import UNFINISHED
from ui.i18n.languages import QT_TRANSLATE_NOOP
from ui.qa.error_classes import error_class_name

# The operator tiles' words (ui/theme.py), so QA and the line speak alike.
_RESULTS = {
    "PASS": QT_TRANSLATE_NOOP("QALabels", "PASS"),
    "FAIL": QT_TRANSLATE_NOOP("QALabels", "FAIL"),
    "SCRAP": QT_TRANSLATE_NOOP("QALabels", "SCRAP"),
    "ABORTED": QT_TRANSLATE_NOOP("QALabels", "Aborted"),
    "RECOVERED": QT_TRANSLATE_NOOP("QALabels", "Recovered"),
    "ALREADY_PROVISIONED": QT_TRANSLATE_NOOP("QALabels", "Already provisioned"),
    UNFINISHED: QT_TRANSLATE_NOOP("QALabels", "Unfinished"),
}
_AUDIT_KINDS = {
    "signin": QT_TRANSLATE_NOOP("QALabels", "Sign-in"),
    "signin_failed": QT_TRANSLATE_NOOP("QALabels", "Failed sign-in"),
    "signin_locked": QT_TRANSLATE_NOOP("QALabels", "Sign-in locked"),
    "signout": QT_TRANSLATE_NOOP("QALabels", "Sign-out"),
    "target_change": QT_TRANSLATE_NOOP("QALabels", "Target changed"),
    "active_target_change": QT_TRANSLATE_NOOP("QALabels", "Active target changed"),
    "key_import": QT_TRANSLATE_NOOP("QALabels", "Realm key imported"),
    "token_change": QT_TRANSLATE_NOOP("QALabels", "Token changed"),
    "override": QT_TRANSLATE_NOOP("QALabels", "Override"),
    "unregister": QT_TRANSLATE_NOOP("QALabels", "Unregistered"),
    "unregister_failed": QT_TRANSLATE_NOOP("QALabels", "Unregister failed"),
    "role_password_change": QT_TRANSLATE_NOOP("QALabels", "Role password changed"),
    "password_change": QT_TRANSLATE_NOOP("QALabels", "Password changed"),
    "label_print": QT_TRANSLATE_NOOP("QALabels", "Label printed"),
    "label_reprint": QT_TRANSLATE_NOOP("QALabels", "Label reprinted"),
    "label_check": QT_TRANSLATE_NOOP("QALabels", "Label scanned back"),
    "mes_offline_allowed": QT_TRANSLATE_NOOP("QALabels", "MES check skipped (offline)"),
    "mes_result": QT_TRANSLATE_NOOP("QALabels", "MES result queued"),
    "mes_result_ack": QT_TRANSLATE_NOOP("QALabels", "MES result acknowledged"),
    "mes_override": QT_TRANSLATE_NOOP("QALabels", "MES block overridden"),
    "line_settings_change": QT_TRANSLATE_NOOP("QALabels", "Touch and pedal settings changed"),
}
_STORAGE = {
    "otp": QT_TRANSLATE_NOOP("QALabels", "OTP (write-once)"),
    "secure": QT_TRANSLATE_NOOP("QALabels", "Secure storage"),
}
# Initialisms stay capitals when an internal name is turned into words.
_UPPER = frozenset({"id", "tls", "otp", "jwt", "url", "smp", "http", "usb", "crc", "qa"})


def _t(text: str) -> str:
    return QCoreApplication.translate("QALabels", text)


def words(raw: str) -> str:
    """`pairing_unavailable` -> `Pairing unavailable`; `tls_error` -> `TLS error`."""
    parts = [p for p in raw.replace("-", "_").split("_") if p]
    if not parts:
        return raw
    shown = [p.upper() if p.lower() in _UPPER else p.lower() for p in parts]
    shown[0] = shown[0][:1].upper() + shown[0][1:]
    return " ".join(shown)


def result_label(raw: str) -> str:
    known = _RESULTS.get(raw)
    return _t(known) if known is not None else words(raw)


def step_label(raw: str) -> str:
    """The step as the operator's tile names it (`read_back` -> `Checking the write`)."""
    try:
        return QCoreApplication.translate("Step", Step(raw).label)
    except ValueError:
        return words(raw)


def audit_kind_label(raw: str) -> str:
    known = _AUDIT_KINDS.get(raw)
    return _t(known) if known is not None else words(raw)


def storage_label(raw: str | None) -> str:
    if not raw:
        return "—"
    known = _STORAGE.get(raw)
    return _t(known) if known is not None else words(raw)


def error_class_label(raw: str) -> str:
    """The class's name in the screens' language (ui/qa/error_classes.py), or its words."""
    if not raw:
        return ""
    named = error_class_name(raw)
    return named if named is not None else words(raw)


def with_raw(label: str, raw: str) -> str:
    """The label with the raw value beside it, where QA may need to look it up or search it."""
    return label if not raw or label == raw else f"{label} ({raw})"
