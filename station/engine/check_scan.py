"""Check-scan: a unit's PASS is final only once its printed label is scanned back and matches.

With `check_scan` on for the target, an attempt whose device steps all passed does not finish
at once. `LabelChecks.wait` holds it open on the slot's thread: the slot's tile shows that it
waits for the label to be scanned back, the line prints the label (it sees the waiting
snapshot), and the line's check of each scan hands the slot a `CheckVerdict` with `give`. The
attempt is then journaled with its final result, once:

- the label scanned back carries the unit's device ID: PASS;
- it carries another unit's ID, or does not read: FAIL (`label_check_mismatch`,
  `label_check_unreadable`) with the operator's action;
- no scan within the target's deadline (`check_scan_timeout_s`): FAIL (`label_check_timeout`);
  the operator's Stop: FAIL (`label_check_stopped`).

The journal's attempt record therefore never says PASS for a unit whose label failed; the steps
it holds still show that the device itself was provisioned (docs/labels.md). Pure Python, no
Qt: the operator screen's scanners and the command line are callers of the same `give`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from station.cancel import CancelToken, Deadline
from station.config.model import DEFAULT_CHECK_SCAN_S
from station.engine.events import Result
from station.engine.said import SaysInEnglish
from station.text import NOTHING, Text

#: How long a provisioned unit waits for its label to be scanned back before it fails, unless
#: its target says otherwise (`check_scan_timeout_s`).
CHECK_SCAN_TIMEOUT_S = float(DEFAULT_CHECK_SCAN_S)

#: Told on the slot's thread when it starts (True) or stops (False) waiting for the check-scan
#: of the unit named (its serial, else its device ID).
CheckListener = Callable[[str, bool, str | Text], None]


@dataclass(frozen=True)
class CheckVerdict(SaysInEnglish):
    """How a slot's label check ended: `passed`, or the failure the operator sees."""

    passed: bool
    error_class: str = ""
    text: Text = NOTHING
    action_text: Text = NOTHING


PASSED = CheckVerdict(True)


def scan_back_action(slot: str, unit: str | Text) -> Text:
    """Ask for `unit`'s label by the name printed on it (its serial, else its device ID), so
    an operator with several finished units in hand scans the right one."""
    return Text.of("check_scan.scan_back.action", slot=slot, unit=unit)


def relabel_action(slot: str) -> Text:
    return Text.of("check_scan.relabel.action", slot=slot)


def timed_out(slot: str, unit: str | Text, timeout_s: float) -> CheckVerdict:
    return CheckVerdict(
        False,
        "label_check_timeout",
        Text.of("check_scan.timed_out", slot=slot, unit=unit, timeout_s=timeout_s),
        relabel_action(slot),
    )


def stopped(slot: str, unit: str | Text, reason: Text) -> CheckVerdict:
    # The reason sits in parentheses, without its own full stop.
    if reason.english.endswith(".") and reason.is_plain:
        reason = Text.plain(reason.english.rstrip("."))
    elif reason.id in _WITHOUT_STOP:
        reason = Text.of(_WITHOUT_STOP[reason.id])
    return CheckVerdict(
        False,
        "label_check_stopped",
        Text.of("check_scan.stopped", slot=slot, unit=unit, reason=reason),
        relabel_action(slot),
    )


# A stop's reason as it reads inside parentheses.
_WITHOUT_STOP = {
    "abort.by_operator": "abort.by_operator.bare",
    "abort.shutting_down": "abort.shutting_down.bare",
}


class LabelChecks:
    """The check-scan inbox of every slot of one fixture; every method is thread-safe."""

    def __init__(self, timeout_s: float = CHECK_SCAN_TIMEOUT_S) -> None:
        self.timeout_s = timeout_s
        self._cond = threading.Condition()
        self._waiting: set[str] = set()
        self._given: dict[str, CheckVerdict] = {}
        self._listener: CheckListener | None = None

    def set_listener(self, listener: CheckListener | None) -> None:
        self._listener = listener

    def waiting(self) -> list[str]:
        with self._cond:
            return sorted(self._waiting)

    def give(self, slot: str, verdict: CheckVerdict) -> bool:
        """End `slot`'s wait with `verdict`; False if the slot is not waiting for its check."""
        with self._cond:
            if slot not in self._waiting or slot in self._given:
                return False
            self._given[slot] = verdict
            self._cond.notify_all()
        return True

    def close(
        self, slot: str, unit: str | Text, cancel: CancelToken
    ) -> tuple[Result, str, Text, Text]:
        """A provisioned unit's final result, error class, message and action: PASS only once
        its label is scanned back and matches (`wait`)."""
        verdict = self.wait(slot, unit, cancel)
        if verdict.passed:
            return Result.PASS, "", Text.of("check_scan.passed"), Text.plain("")
        return Result.FAIL, verdict.error_class, verdict.text, verdict.action_text

    def wait(self, slot: str, unit: str | Text, cancel: CancelToken) -> CheckVerdict:
        """On the slot's thread: wait for the verdict on `unit`'s label, the cancel flag, or
        the deadline, whichever comes first."""
        deadline = Deadline(self.timeout_s)
        with self._cond:
            self._waiting.add(slot)
            self._given.pop(slot, None)
        if self._listener is not None:
            self._listener(slot, True, unit)
        try:
            with self._cond:
                while slot not in self._given:
                    if cancel.cancelled:
                        return stopped(slot, unit, cancel.reason_text)
                    if deadline.expired:
                        return timed_out(slot, unit, self.timeout_s)
                    # The cancel flag has no condition of its own: look at it often.
                    self._cond.wait(min(deadline.remaining(), CancelToken.POLL))
                return self._given[slot]
        finally:
            with self._cond:
                self._waiting.discard(slot)
                self._given.pop(slot, None)
            if self._listener is not None:
                self._listener(slot, False, unit)
