"""Readable words for the journal's internal values (results, error classes, storage kinds,
audit kinds). The view shows these; exports and the command line keep the raw values, which are
what scripts and the documentation's tables use.
"""

from __future__ import annotations

from station.engine.events import Step
from station.journal import UNFINISHED

# The operator tiles' words (ui/theme.py), so QA and the line speak alike.
_RESULTS = {
    "PASS": "PASS",
    "FAIL": "FAIL",
    "SCRAP": "SCRAP",
    "ABORTED": "Aborted",
    "RECOVERED": "Recovered",
    "ALREADY_PROVISIONED": "Already provisioned",
    UNFINISHED: "Unfinished",
}
_AUDIT_KINDS = {
    "signin": "Sign-in",
    "signin_failed": "Failed sign-in",
    "signin_locked": "Sign-in locked",
    "signout": "Sign-out",
    "target_change": "Target changed",
    "active_target_change": "Active target changed",
    "key_import": "Realm key imported",
    "token_change": "Token changed",
    "override": "Override",
    "unregister": "Unregistered",
    "unregister_failed": "Unregister failed",
    "role_password_change": "Role password changed",
    "password_change": "Password changed",
    "label_print": "Label printed",
    "label_reprint": "Label reprinted",
    "label_check": "Label scanned back",
    "mes_offline_allowed": "MES check skipped (offline)",
    "mes_result": "MES result queued",
    "mes_result_ack": "MES result acknowledged",
    "mes_override": "MES block overridden",
}
_STORAGE = {"otp": "OTP (write-once)", "secure": "Secure storage"}
# Initialisms stay capitals when an internal name is turned into words.
_UPPER = frozenset({"id", "tls", "otp", "jwt", "url", "smp", "http", "usb", "crc", "qa"})


def words(raw: str) -> str:
    """`pairing_unavailable` -> `Pairing unavailable`; `tls_error` -> `TLS error`."""
    parts = [p for p in raw.replace("-", "_").split("_") if p]
    if not parts:
        return raw
    shown = [p.upper() if p.lower() in _UPPER else p.lower() for p in parts]
    shown[0] = shown[0][:1].upper() + shown[0][1:]
    return " ".join(shown)


def result_label(raw: str) -> str:
    return _RESULTS.get(raw, words(raw))


def step_label(raw: str) -> str:
    """The step as the operator's tile names it (`read_back` -> `Checking the write`)."""
    try:
        return Step(raw).label
    except ValueError:
        return words(raw)


def audit_kind_label(raw: str) -> str:
    return _AUDIT_KINDS.get(raw, words(raw))


def storage_label(raw: str | None) -> str:
    if not raw:
        return "—"
    return _STORAGE.get(raw, words(raw))


def error_class_label(raw: str) -> str:
    return words(raw) if raw else ""


def with_raw(label: str, raw: str) -> str:
    """The label with the raw value beside it, where QA may need to look it up or search it."""
    return label if not raw or label == raw else f"{label} ({raw})"
