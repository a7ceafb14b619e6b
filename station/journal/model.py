"""What the journal hands back: plain, immutable rows that are safe to pass between threads.

None of these ever carries a credentials secret or a token; the only trace of a secret is its
SHA-256 fingerprint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from station.errors import StationError
from station.text import Text

# The result strings the journal accepts. They mirror `station.engine.events.Result`; the journal
# sits below the engine and never imports it (a test keeps the two in step).
RESULTS: frozenset[str] = frozenset(
    {"PASS", "FAIL", "SCRAP", "ABORTED", "RECOVERED", "ALREADY_PROVISIONED"}
)

# The transaction's steps in order, mirroring `station.engine.events.Step`; exports give each of
# them a duration column. Steps not listed here are still recorded and exported in `steps`.
STEP_NAMES: tuple[str, ...] = (
    "connect",
    "identify",
    "policy",
    "register",
    "record_intent",
    "write",
    "read_back",
    "verify_cloud",
    "lock",
)


class JournalError(StationError):
    """The journal file cannot be opened, read or written."""

    error_class = "journal"


def to_us(moment: datetime) -> int:
    """Microseconds since the epoch, the journal's sortable time column."""
    if moment.tzinfo is None:
        raise ValueError("journal times must be timezone-aware")
    delta = moment - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_us(us: int) -> datetime:
    return datetime.fromtimestamp(us // 1_000_000, UTC).replace(microsecond=us % 1_000_000)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class AttemptRow:
    """One attempt as the QA table shows it. `result` is None while the attempt is unfinished."""

    attempt_id: str
    station_id: str
    slot: str
    operator: str
    target_name: str
    realm: str
    pairing_url: str
    started_at: datetime
    finished_at: datetime | None
    device_id: str | None
    hardware_serial: str | None
    model: str | None
    firmware: str | None
    storage_kind: str | None
    result: str | None
    error_class: str
    message: str
    action: str
    fingerprint: str | None

    @property
    def finished(self) -> bool:
        return self.result is not None

    @property
    def duration_s(self) -> float | None:
        if self.finished_at is None:
            return None
        return (self.finished_at - self.started_at).total_seconds()


@dataclass(frozen=True)
class StepRow:
    step: str
    started_at: datetime
    duration_s: float
    ok: bool
    detail: str


@dataclass(frozen=True)
class IntentRow:
    """A durable promise: this fingerprint was about to be written to this device."""

    seq: int
    device_id: str
    realm: str
    fingerprint: str
    recorded_at: datetime


@dataclass(frozen=True)
class AttemptDetail:
    """Everything the QA detail pane shows about one attempt."""

    row: AttemptRow
    steps: tuple[StepRow, ...]
    intents: tuple[IntentRow, ...]
    link_stats: dict[str, int | float] = field(default_factory=dict)
    console_excerpt: str = ""
    profile: str | None = None  # the device profile that identified the device
    facts: dict[str, str] = field(default_factory=dict)  # what it recorded for QA


@dataclass(frozen=True)
class AuditEvent:
    """A privileged action: who did what, when and why."""

    seq: int
    at: datetime
    kind: str
    actor: str
    details: dict[str, str]
    reason: str


@dataclass(frozen=True)
class PrivilegedRecord:
    """A privileged event to write with another record, in its transaction (e.g. an MES result
    with the finish of the attempt it reports, so that neither is on disk without the other)."""

    kind: str
    actor: str
    details: dict[str, str]
    reason: str = ""


@dataclass(frozen=True)
class OutboxItem:
    """A journal event not yet shipped to a central sink."""

    seq: int
    at: str
    attempt_id: str | None
    kind: str
    payload: dict[str, Any]
    hash: str


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    first_bad_seq: int | None
    reason: str
    # SQLite's own integrity check failed: the file is malformed, whatever the chain says.
    damaged: bool = False
    #: A failed verify's `reason` by message ID, for the screens (`reason` is its English).
    reason_text: Text | None = None
