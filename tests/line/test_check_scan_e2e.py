"""Check-scan through the engine, end to end: a unit's PASS is final only once its printed label
is scanned back and matches; another unit's label, one that does not read, or none in time is a
FAIL, in the journal's attempt record, on the slot and on the tower. Simulated devices on ptys,
the Pairing stand-in, the real SQLite journal, a serial tower on a pty and a loopback printer
whose labels are rendered (zplkit) and decoded (zxing-cpp) into the codes a scanner reads."""

from __future__ import annotations

from collections.abc import Callable

from station.engine.events import (
    AttemptFinished,
    Event,
    Result,
    SlotSnapshot,
    SlotState,
    SlotUpdated,
    StationNotice,
)
from station.journal import Journal
from station.peripherals import label_code
from station.text import Text
from tests.line.conftest import Rig
from tests.line.test_line_e2e import _decoded, _labels, _ready, _settle

OTHER_UNIT = label_code.encode("AAAAAAAAAAAAAAAAAAAAAA")


def _check_scan(document: dict) -> None:  # type: ignore[type-arg]
    document["targets"]["demo"]["check_scan"] = True


def _waiting(rig: Rig, count: int) -> dict[str, str]:
    """Once `count` slots wait for their check-scan with their labels printed: the code a
    scanner reads off each slot's label, by slot."""
    env, runner, events, _journal = rig
    events.wait_for(lambda _: sum(s.awaiting_check for s in runner.snapshots()) == count)
    runner.line.drain()
    assert env.printer is not None
    codes = {
        label_code.decode(c): c for label in _labels(env.printer, count) for c in _decoded(label)
    }
    return {s.slot: codes[s.device_id or ""] for s in runner.snapshots() if s.awaiting_check}


def _finished(rig: Rig, slot: str) -> AttemptFinished:
    _env, _runner, events, _journal = rig
    events.wait_for(lambda _: any(f.snapshot.slot == slot for f in events.finished()))
    (finished,) = [f for f in events.finished() if f.snapshot.slot == slot]
    return finished


def _asks_for_scan(event: Event) -> bool:
    return isinstance(event, SlotUpdated) and event.snapshot.awaiting_check


def _updates_after_the_ask(events: list[Event], slot: str) -> list[SlotSnapshot]:
    """The slot's tile updates after its last ask for a check-scan, up to its result."""
    mine = [
        e for e in events
        if isinstance(e, SlotUpdated | AttemptFinished) and e.snapshot.slot == slot
    ]  # fmt: skip
    asked = max(i for i, e in enumerate(mine) if _asks_for_scan(e))
    after = mine[asked + 1 :]
    finished = next(i for i, e in enumerate(after) if isinstance(e, AttemptFinished))
    return [e.snapshot for e in after[:finished]]


def _attempt_result(journal: Journal, attempt_id: str | None) -> tuple[str | None, str, bool]:
    """The journaled result and error class of an attempt, and whether every step passed."""
    assert attempt_id is not None
    detail = journal.attempt(attempt_id)
    assert detail is not None
    return detail.row.result, detail.row.error_class, all(s.ok for s in detail.steps)


def test_a_pass_is_final_only_when_its_own_label_is_scanned_and_another_units_label_fails_it(
    line_station: Callable[..., Rig],
) -> None:
    rig = line_station(slots=2, edit=_check_scan)
    env, runner, events, journal = rig
    tower = env.tower
    assert tower is not None
    events.wait_for(lambda _: _ready(runner))
    runner.start_all()
    codes = _waiting(rig, 2)
    # Provisioned, labels printed, nothing final: no result counted, the tower still working.
    assert events.finished() == []
    tile = runner.snapshots()[0]
    # The tile names the unit whose label it wants by the serial printed on it.
    assert tile.state is SlotState.WORKING and tile.hardware_serial
    assert tile.action == f"Scan the label on {tile.hardware_serial} in slot 1."
    _settle(lambda: tower.lamps["yellow"] == "on" and tower.lamps["green"] == "off")

    # Slot 1's own label, typed in lower case as Caps Lock would: the PASS is final.
    assert runner.line.scanned(codes["1"].lower(), "Olga")
    one = _finished(rig, "1")
    assert one.snapshot.result is Result.PASS and one.snapshot.state is SlotState.PASS
    assert _attempt_result(journal, one.snapshot.attempt_id) == ("PASS", "", True)
    # The wait ended before the result: the tile stopped asking for the scan, with no words left.
    (ended,) = _updates_after_the_ask(events.items, "1")
    assert ended.state is SlotState.WORKING and not ended.awaiting_check
    assert (ended.message, ended.action, ended.text, ended.action_text) == (
        "",
        "",
        Text.plain(""),
        Text.plain(""),
    )

    # Another unit's label scanned while only slot 2 waits: slot 2 fails with the relabel action.
    assert runner.line.scanned(OTHER_UNIT, "Olga")
    two = _finished(rig, "2")
    assert two.snapshot.result is Result.FAIL and two.snapshot.state is SlotState.FAIL
    assert two.snapshot.error_class == "label_check_mismatch"
    assert "another unit" in two.snapshot.message
    assert two.snapshot.action == (
        "Relabel: reprint with Line → Reprint label, slot 2, then scan it."
    )
    # The journal's attempt says FAIL, while its steps show the device itself was provisioned.
    assert _attempt_result(journal, two.snapshot.attempt_id) == (
        "FAIL",
        "label_check_mismatch",
        True,
    )
    _settle(lambda: tower.lamps["red"] == "blink" and tower.lamps["buzzer"] == "blink")

    # The operator relabels slot 2's unit and scans it: journaled as a recheck; the FAIL stays.
    assert runner.reprint_label("2", "Olga")
    runner.line.drain()
    assert runner.line.scanned(codes["2"], "Olga")
    runner.line.drain()
    assert _attempt_result(journal, two.snapshot.attempt_id)[0] == "FAIL"
    checks = [e for e in reversed(journal.audit_events()) if e.kind == "label_check"]
    assert [(c.details["result"], c.details.get("slot")) for c in checks] == [
        ("match", "1"),
        ("mismatch", "2"),
        ("match", "2"),
    ]
    assert checks[1].details["attempt_id"] == two.snapshot.attempt_id
    assert checks[2].details.get("recheck") == "true" and "recheck" not in checks[0].details
    assert all(c.actor == "Olga" for c in checks)
    notices = [e.message for e in events.items if isinstance(e, StationNotice)]
    assert any("new label" in n and "checks out" in n for n in notices)


def test_an_unreadable_scan_fails_the_waiting_slot_and_a_scan_that_never_comes_times_out(
    line_station: Callable[..., Rig],
) -> None:
    rig = line_station(slots=2, edit=_check_scan)
    _env, runner, events, journal = rig
    events.wait_for(lambda _: _ready(runner))
    runner.start_all()
    codes = _waiting(rig, 2)
    # Several slots wait and none is named: a bad scan fails none of them.
    wrong = codes["2"][:-1] + ("0" if codes["2"][-1] != "0" else "1")
    assert runner.line.scanned(wrong, "Olga")
    runner.line.drain()
    assert events.finished() == [] and sorted(runner.line.labels.awaiting()) == ["1", "2"]  # type: ignore[union-attr]
    notice = [e for e in events.items if isinstance(e, StationNotice)][-1]
    assert "select the slot first" in notice.action
    # Scanned for slot 2 (selected on the screen): slot 2 fails, asked to scan again.
    assert runner.line.scanned(wrong, "Olga", selected="2")
    two = _finished(rig, "2")
    assert two.snapshot.error_class == "label_check_unreadable"
    unit = two.snapshot.hardware_serial
    assert unit and two.snapshot.action == f"Scan the label on {unit} in slot 2."
    assert _attempt_result(journal, two.snapshot.attempt_id)[:2] == (
        "FAIL",
        "label_check_unreadable",
    )
    assert runner.snapshots()[0].awaiting_check  # slot 1 still waits for its own


def _check_scan_within_5_s(document: dict) -> None:  # type: ignore[type-arg]
    """Check-scan with the shortest deadline a target may set (`check_scan_timeout_s`)."""
    _check_scan(document)
    document["targets"]["demo"]["check_scan_timeout_s"] = 5


def test_a_check_scan_that_never_comes_shows_as_waiting_then_fails(
    line_station: Callable[..., Rig],
) -> None:
    # The deadline is the target's setting, read by the line's runner from the configuration.
    rig = line_station(slots=1, edit=_check_scan_within_5_s)
    env, runner, events, journal = rig
    events.wait_for(lambda _: _ready(runner))
    runner.start_all()
    # Read from the events, not the slot now: under load the 5 s may be over already.
    events.wait_for(lambda items: any(_asks_for_scan(e) for e in items))
    (asked,) = [e for e in events.items if _asks_for_scan(e)]
    assert isinstance(asked, SlotUpdated)
    assert asked.snapshot.message == "Provisioned; waiting for its label to be scanned back."
    unit = asked.snapshot.hardware_serial
    assert unit and asked.snapshot.action == f"Scan the label on {unit} in slot 1."
    one = _finished(rig, "1")
    assert one.snapshot.result is Result.FAIL
    assert one.snapshot.error_class == "label_check_timeout"
    assert "not scanned back within 5 s" in one.snapshot.message
    assert runner.line.checks is not None and runner.line.checks.timeout_s == 5
    assert _attempt_result(journal, one.snapshot.attempt_id) == (
        "FAIL",
        "label_check_timeout",
        True,
    )
    runner.line.drain()
    assert env.printer is not None and len(_labels(env.printer, 1)) == 1  # printed while it waited
    assert runner.line.labels is not None and runner.line.labels.awaiting() == {}


def test_a_slot_stopped_while_it_waits_for_its_check_scan_fails_as_stopped(
    line_station: Callable[..., Rig],
) -> None:
    rig = line_station(slots=1, edit=_check_scan)
    _env, runner, events, journal = rig
    events.wait_for(lambda _: _ready(runner))
    runner.start_all()
    _waiting(rig, 1)
    runner.abort("1", "Stopped by the operator.")
    one = _finished(rig, "1")
    assert one.snapshot.result is Result.FAIL
    assert one.snapshot.error_class == "label_check_stopped"
    # The unit is named by the serial printed on it, which the operator can read off it.
    serial = one.snapshot.hardware_serial
    assert serial and serial != one.snapshot.device_id
    assert one.snapshot.message == (
        f"Slot 1: {serial} was provisioned, but it was stopped before its label was scanned back "
        "(Stopped by the operator)."
    )
    assert one.snapshot.action.startswith("Relabel: reprint with Line → Reprint label, slot 1")
    assert _attempt_result(journal, one.snapshot.attempt_id)[:2] == ("FAIL", "label_check_stopped")
    detail = journal.attempt(one.snapshot.attempt_id or "")
    assert detail is not None and detail.row.message == one.snapshot.message


def test_a_unit_with_no_serial_is_named_by_its_device_id_while_its_label_is_checked(
    line_station: Callable[..., Rig],
) -> None:
    rig = line_station(slots=1, edit=_check_scan, firmware={"1": "smp:no_serial"})
    _env, runner, events, _journal = rig
    events.wait_for(lambda _: _ready(runner))
    runner.start_all()
    _waiting(rig, 1)
    runner.abort("1", "Stopped by the operator.")
    one = _finished(rig, "1")
    assert one.snapshot.error_class == "label_check_stopped"
    assert not one.snapshot.hardware_serial and one.snapshot.device_id
    assert one.snapshot.message == (
        f"Slot 1: {one.snapshot.device_id} was provisioned, but it was stopped before its label "
        "was scanned back (Stopped by the operator)."
    )
