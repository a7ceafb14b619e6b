"""The provisioning journal: an append-only, hash-chained SQLite record of every attempt.

`Journal` is the single writer the engine uses; `Outbox` is what a fleet shipper reads (events
after a sequence number) and acknowledges; `JournalQuery` and `export` are the QA side, each on
its own connection; `verify` checks a journal file end to end.
"""

from station.journal.attempt_query import (
    UNFINISHED,
    AttemptFilter,
    JournalQuery,
    ParetoEntry,
    Summary,
)
from station.journal.export import export
from station.journal.model import (
    RESULTS,
    STEP_NAMES,
    AttemptDetail,
    AttemptRow,
    AuditEvent,
    IntentRow,
    JournalError,
    OutboxItem,
    PrivilegedRecord,
    StepRow,
    VerifyResult,
)
from station.journal.outbox import Outbox
from station.journal.store import Journal
from station.journal.verify import verify

__all__ = [
    "RESULTS",
    "STEP_NAMES",
    "UNFINISHED",
    "AttemptDetail",
    "AttemptFilter",
    "AttemptRow",
    "AuditEvent",
    "IntentRow",
    "Journal",
    "JournalError",
    "JournalQuery",
    "Outbox",
    "OutboxItem",
    "ParetoEntry",
    "PrivilegedRecord",
    "StepRow",
    "Summary",
    "VerifyResult",
    "export",
    "verify",
]
