"""The check-scan inbox on its own (`LabelChecks`, pure Python, threads): a slot waits for its
label's verdict, the deadline or its Stop, whichever comes first, and ends with the exact result,
error class, message and action the journal keeps. The tile-level tests (tests/line) show the same
from the line's scanners; these name each word, so a check that passes a unit it never checked,
or names the wrong unit or slot, fails here."""

from __future__ import annotations

import threading
import time

from station.cancel import CancelToken
from station.engine.check_scan import (
    CHECK_SCAN_TIMEOUT_S,
    PASSED,
    CheckVerdict,
    LabelChecks,
    relabel_action,
    scan_back_action,
    stopped,
    timed_out,
)
from station.engine.events import Result
from station.text import NOTHING, Text

MISMATCH = CheckVerdict(
    False,
    "label_check_mismatch",
    Text.of("check_scan.mismatch", slot="2", scanned="dev-B", unit="SN-A", device="dev-A"),
    relabel_action("2"),
)


def _in_thread(work: object) -> threading.Thread:
    assert callable(work)
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread


def _until_waiting(checks: LabelChecks, slot: str) -> None:
    deadline = time.monotonic() + 10
    while slot not in checks.waiting():
        assert time.monotonic() < deadline, "the slot never waited"
        time.sleep(0.01)


def test_the_words_of_a_scan_back_a_relabel_and_a_timeout() -> None:
    assert scan_back_action("2", "SN-A").english == "Scan the label on SN-A in slot 2."
    assert relabel_action("2") == Text.of("check_scan.relabel.action", slot="2")
    assert timed_out("2", "SN-A", 90.0) == CheckVerdict(
        False,
        "label_check_timeout",
        Text.of("check_scan.timed_out", slot="2", unit="SN-A", timeout_s=90.0),
        relabel_action("2"),
    )
    assert CheckVerdict(True, "", NOTHING, NOTHING) == PASSED


def test_a_stop_s_reason_sits_in_parentheses_without_its_own_full_stop() -> None:
    def reason(given: Text) -> Text:
        verdict = stopped("2", "SN-A", given)
        assert (verdict.passed, verdict.error_class) == (False, "label_check_stopped")
        assert verdict.action_text == relabel_action("2")
        assert verdict.text.id == "check_scan.stopped"
        assert verdict.text.params["slot"] == "2" and verdict.text.params["unit"] == "SN-A"
        given_reason = verdict.text.params["reason"]
        assert isinstance(given_reason, Text)
        return given_reason

    assert reason(Text.plain("Unplugged at QA-BOX.")) == Text.plain("Unplugged at QA-BOX")
    assert reason(Text.plain("Unplugged...")) == Text.plain("Unplugged")
    assert reason(Text.plain("Unplugged")) == Text.plain("Unplugged")
    assert reason(Text.of("abort.by_operator")) == Text.of("abort.by_operator.bare")
    assert reason(Text.of("abort.shutting_down")) == Text.of("abort.shutting_down.bare")
    # A catalogue text ending in a full stop keeps its ID (the screens translate it).
    assert reason(Text.of("check_scan.passed")) == Text.of("check_scan.passed")
    assert stopped("2", "SN-A", Text.of("abort.by_operator")).message == (
        "Slot 2: SN-A was provisioned, but it was stopped before its label was scanned back "
        "(Stopped by the operator)."
    )


def test_a_slot_waits_only_while_its_unit_waits_and_takes_one_verdict() -> None:
    checks = LabelChecks()
    assert checks.timeout_s == CHECK_SCAN_TIMEOUT_S == 120.0
    told: list[tuple[str, bool, str | Text]] = []
    checks.set_listener(lambda slot, waits, unit: told.append((slot, waits, unit)))
    assert checks.give("2", PASSED) is False  # nobody waits yet
    results: list[tuple[Result, str, Text, Text]] = []
    waiter = _in_thread(lambda: results.append(checks.close("2", "SN-A", CancelToken())))
    _until_waiting(checks, "2")
    assert checks.waiting() == ["2"]
    assert told == [("2", True, "SN-A")]
    assert checks.give("2", MISMATCH) is True
    assert checks.give("2", PASSED) is False  # the first verdict stands
    waiter.join(10)
    assert results == [(Result.FAIL, "label_check_mismatch", MISMATCH.text, relabel_action("2"))]
    assert checks.waiting() == []
    assert told == [("2", True, "SN-A"), ("2", False, "SN-A")]
    assert checks.give("2", PASSED) is False  # its wait is over


def test_a_label_that_checks_out_passes_the_unit() -> None:
    checks = LabelChecks()
    results: list[tuple[Result, str, Text, Text]] = []
    waiter = _in_thread(lambda: results.append(checks.close("1", "SN-B", CancelToken())))
    _until_waiting(checks, "1")
    assert checks.give("1", PASSED)
    waiter.join(10)
    assert results == [(Result.PASS, "", Text.of("check_scan.passed"), Text.plain(""))]


def test_waiting_slots_are_listed_in_order_and_each_takes_its_own_verdict() -> None:
    checks = LabelChecks()
    results: dict[str, CheckVerdict] = {}
    for slot in ("3", "1", "2"):
        _in_thread(lambda slot=slot: results.update({slot: checks.wait(slot, "x", CancelToken())}))
        _until_waiting(checks, slot)
    assert checks.waiting() == ["1", "2", "3"]
    assert checks.give("2", MISMATCH) and checks.give("1", PASSED) and checks.give("3", PASSED)
    deadline = time.monotonic() + 10
    while len(results) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert results == {"1": PASSED, "2": MISMATCH, "3": PASSED}


def test_no_scan_before_the_deadline_times_the_unit_out() -> None:
    checks = LabelChecks(timeout_s=0.3)
    started = time.monotonic()
    verdict = checks.wait("2", "SN-A", CancelToken())
    assert time.monotonic() - started >= 0.3
    assert verdict == timed_out("2", "SN-A", 0.3)
    assert checks.waiting() == []


def test_a_stop_ends_the_wait_at_once_with_its_reason() -> None:
    checks = LabelChecks()  # two minutes to wait: the Stop must not wait for them
    cancel = CancelToken()
    results: list[CheckVerdict] = []
    waiter = _in_thread(lambda: results.append(checks.wait("2", "SN-A", cancel)))
    _until_waiting(checks, "2")
    started = time.monotonic()
    cancel.cancel(Text.of("abort.shutting_down"))
    waiter.join(10)
    assert time.monotonic() - started < 2
    assert results == [stopped("2", "SN-A", Text.of("abort.shutting_down"))]
    assert checks.waiting() == []


def test_a_unit_stopped_before_its_wait_is_not_passed_by_a_verdict() -> None:
    checks = LabelChecks()
    cancel = CancelToken()
    cancel.cancel()
    assert checks.wait("2", "SN-A", cancel) == stopped("2", "SN-A", Text.of("abort.by_operator"))
