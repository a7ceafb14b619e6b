"""Plain-Python events the engine publishes; the GUI bridge and the CLI consume them.

Events are immutable snapshots, safe to hand across threads. None of them ever carries a
credentials secret or a token: only device identity, progress, and plain-words outcomes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from station.engine.said import EnglishOfTexts
from station.errors import StationError
from station.fleet.link_state import FleetLinkState
from station.text import Text


class Step(StrEnum):
    """The transaction's steps, in order. `label` is what an operator reads on the tile."""

    CONNECT = "connect"
    IDENTIFY = "identify"
    POLICY = "policy"
    REGISTER = "register"
    RECORD_INTENT = "record_intent"
    WRITE = "write"
    READ_BACK = "read_back"
    VERIFY_CLOUD = "verify_cloud"
    LOCK = "lock"

    @property
    def label(self) -> str:
        return self.text.english

    @property
    def text(self) -> Text:
        """The label by message ID (`step.<value>` in station.catalogue)."""
        return Text.of(f"step.{self.value}")

    @property
    def position(self) -> int:
        return list(Step).index(self)


STEP_COUNT = len(Step)


class Result(StrEnum):
    """The outcome of one attempt, as recorded in the journal."""

    PASS = "PASS"
    FAIL = "FAIL"
    SCRAP = "SCRAP"
    ABORTED = "ABORTED"
    RECOVERED = "RECOVERED"
    ALREADY_PROVISIONED = "ALREADY_PROVISIONED"


class SlotState(StrEnum):
    NO_DEVICE = "no_device"
    READY = "ready"
    WORKING = "working"
    PASS = "pass"
    FAIL = "fail"
    SCRAP = "scrap"
    ABORTED = "aborted"
    ALREADY_PROVISIONED = "already_provisioned"


@dataclass(frozen=True)
class SlotSnapshot(EnglishOfTexts):
    """Everything a tile shows about one slot, at one moment."""

    slot: str
    location: str  # USB location or port path, for the operator and the supervisor
    state: SlotState
    step: Step | None = None
    device_id: str | None = None
    hardware_serial: str | None = None
    elapsed_s: float = 0.0
    result: Result | None = None
    error_class: str = ""
    # The English of `text` and `action_text` (set from them when they are given).
    message: str = ""
    action: str = ""
    attempt_id: str | None = None
    # The attempt waits for the unit's label to be scanned (its identity, see label_scan.py).
    awaiting_label: bool = False
    # Provisioned; the attempt waits for its printed label to be scanned back (check_scan.py).
    awaiting_check: bool = False
    # The message and action by ID, which the screens translate (station.text).
    text: Text | None = None
    action_text: Text | None = None

    @property
    def said(self) -> tuple[Text, Text]:
        """The message and action as `Text`s (plain English where none was given)."""
        return (
            self.text if self.text is not None else Text.plain(self.message),
            self.action_text if self.action_text is not None else Text.plain(self.action),
        )


@dataclass(frozen=True)
class SlotUpdated:
    snapshot: SlotSnapshot


@dataclass(frozen=True)
class AttemptFinished:
    """One attempt reached a result; the journal already holds it when this is published."""

    snapshot: SlotSnapshot
    step_durations_s: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class StationNotice(EnglishOfTexts):
    """Something every role should see that is not tied to a slot (journal, token, Pairing)."""

    level: str  # "info" | "warning" | "error"
    message: str = ""  # the English of `text` when that is given
    action: str = ""
    text: Text | None = None
    action_text: Text | None = None

    @classmethod
    def of(cls, level: str, text: Text, action: Text | None = None) -> StationNotice:
        return cls(level, text=text, action_text=action)

    @classmethod
    def from_error(cls, level: str, exc: StationError) -> StationNotice:
        return cls(level, text=exc.text, action_text=exc.action_text)


@dataclass(frozen=True)
class FleetLinkChanged:
    """Fleet mode: the link to the centre changed (live, backlog, offline; blocked or not)."""

    state: FleetLinkState


Event = SlotUpdated | AttemptFinished | StationNotice | FleetLinkChanged
EventSink = Callable[[Event], None]
