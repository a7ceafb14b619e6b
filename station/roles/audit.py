"""The journal as privileged actions see it: one call that records who did what, and why."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol


class AuditLog(Protocol):
    """`station.journal.Journal` satisfies this; every privileged action takes one."""

    def record_event(
        self, kind: str, *, actor: str, details: Mapping[str, str], reason: str = ""
    ) -> int: ...
