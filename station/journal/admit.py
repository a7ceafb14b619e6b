"""What the journal writer admits: the checks on a value before it becomes part of a record.

Each refusal is a `ValueError` raised to the caller before anything is written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from station.journal.model import PrivilegedRecord
from station.journal.redact import redact

FINGERPRINT = re.compile(r"[0-9a-f]{64}")
EVENT_KIND = re.compile(r"[a-z][a-z0-9_]{0,39}")
STEP = re.compile(r"[a-z][a-z0-9_]{0,39}")


def checked(record: PrivilegedRecord) -> PrivilegedRecord:
    """The record as the journal stores it: a known kind shape, an actor, redacted text."""
    if not EVENT_KIND.fullmatch(record.kind):
        raise ValueError(f"event kind {record.kind!r} is not a lower-case identifier")
    if not record.actor.strip():
        raise ValueError("a privileged action needs the actor who did it")
    clean = {str(k): redact(str(v)) for k, v in record.details.items()}
    return PrivilegedRecord(record.kind, record.actor, clean, redact(record.reason))


def clean_stats(stats: Mapping[str, int | float]) -> dict[str, int | float]:
    clean: dict[str, int | float] = {}
    for key, value in stats.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"link statistic {key!r} must be a number, not {value!r}")
        clean[str(key)] = value
    return clean
