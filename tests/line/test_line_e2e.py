"""The line through the engine, end to end: simulated devices on ptys, the Pairing stand-in, the
real SQLite journal, a serial tower on a real pty (byte-exact) and a loopback label printer that
records the bytes it receives."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Callable

import zplkit
import zxingcpp
from PIL import Image

from station.config import load_config
from station.engine.events import Result, SlotState, StationNotice
from station.line.runner import LineRunner
from station.peripherals import label_code
from station.sandbox.printer import FakeLabelPrinter
from tests.engine.test_runner import Events
from tests.line.conftest import Rig


def _ready(runner: LineRunner) -> bool:
    return all(s.state is SlotState.READY for s in runner.snapshots())


def _settle(check: Callable[[], bool], timeout: float = 30.0) -> None:
    """Wait for the pty's reader to have taken in what the station wrote."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the tower did not reach the expected state"
        time.sleep(0.01)


def _labels(printer: FakeLabelPrinter, count: int) -> list[str]:
    """The labels the printer has taken in, once it has `count` (its reader runs on)."""
    _settle(lambda: len(printer.labels) >= count)
    return printer.labels


def _decoded(zpl: str) -> set[str]:
    """What a real decoder reads from the label a real renderer draws (QR and DataMatrix)."""
    document = zplkit.render(zpl.encode("ascii"), zplkit.Options(width=2, height=1, dpi=203))
    image = Image.open(io.BytesIO(document.labels[0].png()))
    codes = [b.text for b in zxingcpp.read_barcodes(image)]
    assert len(codes) == 2, codes
    return set(codes)


def test_a_pass_prints_its_label_and_the_tower_follows_the_slots(
    line_station: Callable[..., Rig],
) -> None:
    env, runner, events, journal = line_station(
        slots=2, faults="slot2:refuse=UNKNOWN@identify*always"
    )
    tower, printer = env.tower, env.printer
    assert tower is not None and printer is not None
    events.wait_for(lambda _: _ready(runner))
    runner.line.drain()
    # Ready units wait for the operator: the whole tower is put off, in one known state.
    _settle(lambda: tower.received == bytes([0x21, 0x22, 0x24, 0x28]))
    runner.start_all()
    events.wait_for(lambda _: len(events.finished()) == 2)
    runner.line.drain()
    results = {f.snapshot.slot: f.snapshot for f in events.finished()}
    assert results["1"].result is Result.PASS and results["2"].result is Result.FAIL

    # Byte-exact on the pty, last: red blinking, blue (the serial tower has none) shown as
    # yellow blinking, green off, the buzzer pulsing.
    _settle(lambda: tower.received.endswith(bytes([0x41, 0x42, 0x24, 0x48])))
    # Every command sets the whole tower (red, yellow, green, buzzer). While a slot worked,
    # yellow was on (steady: 0x12); which slot finished first decides the others.
    received = tower.received
    commands = [received[i : i + 4] for i in range(0, len(received), 4)]
    assert len(received) % 4 == 0 and commands[0] == bytes([0x21, 0x22, 0x24, 0x28])
    assert all(c[0] & 0x0F == 0x01 and c[3] & 0x0F == 0x08 for c in commands)
    assert any(c[1] == 0x12 for c in commands[1:-1]), commands
    assert tower.lamps == {"red": "blink", "yellow": "blink", "green": "off", "buzzer": "blink"}

    # The PASS's label, and only its: decoded by a real renderer and decoder to the device ID.
    (label,) = _labels(printer, 1)
    passed = results["1"]
    assert passed.device_id is not None and passed.hardware_serial is not None
    codes = _decoded(label)
    assert {label_code.decode(c) for c in codes} == {passed.device_id}
    assert passed.hardware_serial in label and passed.device_id in label
    (event,) = [e for e in journal.audit_events() if e.kind == "label_print"]
    assert event.actor == "Olga"
    assert event.details["device_id"] == passed.device_id
    assert event.details["attempt_id"] == passed.attempt_id
    assert event.details["printed"] == "true"
    assert event.details["printer"] == f"127.0.0.1:{printer.port}"

    # The operator has seen it: red steady, the buzzer stops.
    runner.line.acknowledge()
    runner.line.drain()
    _settle(lambda: tower.received.endswith(bytes([0x11, 0x42, 0x24, 0x28])))


def test_a_printer_out_of_labels_flags_the_label_and_a_journaled_reprint_prints_it(
    line_station: Callable[..., Rig],
) -> None:
    env, runner, events, journal = line_station(slots=1)
    tower, printer = env.tower, env.printer
    assert tower is not None and printer is not None
    printer.state.paper_out = True
    events.wait_for(lambda _: _ready(runner))
    runner.start_all()
    events.wait_for(lambda _: len(events.finished()) == 1)
    runner.line.drain()
    snapshot = events.finished()[0].snapshot
    # The unit's PASS stands, in the journal and on the tower (green).
    assert snapshot.result is Result.PASS
    assert journal.has_passed(snapshot.device_id or "", env.realm)
    # Green for the good unit, and the operator's call (blue, shown by this tower as yellow
    # blinking) for the label that waits.
    _settle(lambda: tower.received.endswith(bytes([0x21, 0x42, 0x14, 0x28])))
    assert printer.labels == []
    flagged = runner.line.flagged()
    assert list(flagged) == ["1"] and "out of labels" in flagged["1"].reason
    notices = [e for e in events.items if isinstance(e, StationNotice)]
    assert any(
        "passed and is in the journal, but its label did not print" in n.message
        and "out of labels" in n.message
        and "Reprint label, slot 1" in n.action
        for n in notices
    ), notices
    (failed,) = [e for e in journal.audit_events() if e.kind == "label_print"]
    assert failed.details["printed"] == "false" and "out of labels" in failed.reason

    printer.state.paper_out = False
    assert runner.reprint_label("1", "Supervisor Sam")
    runner.line.drain()
    (label,) = _labels(printer, 1)
    assert {label_code.decode(c) for c in _decoded(label)} == {snapshot.device_id}
    assert runner.line.flagged() == {}
    _settle(lambda: tower.received.endswith(bytes([0x21, 0x22, 0x14, 0x28])))
    (reprint,) = [e for e in journal.audit_events() if e.kind == "label_reprint"]
    assert reprint.actor == "Supervisor Sam"
    assert reprint.details["device_id"] == snapshot.device_id
    assert reprint.details["printed"] == "true"


def test_an_unplugged_tower_is_reported_once_and_the_units_still_pass(
    line_station: Callable[..., Rig],
) -> None:
    def no_tower(document: dict) -> None:  # type: ignore[type-arg]
        document["fixtures"][0]["tower_port"] = "/dev/serial/by-id/usb-no-such-tower-if00"

    env, runner, events, _journal = line_station(slots=2, edit=no_tower)
    events.wait_for(lambda _: _ready(runner))
    runner.start_all()
    events.wait_for(lambda _: len(events.finished()) == 2)
    runner.line.drain()
    assert all(f.snapshot.result is Result.PASS for f in events.finished())
    assert env.printer is not None and len(_labels(env.printer, 2)) == 2
    tower_notices = [
        e for e in events.items if isinstance(e, StationNotice) and "tower light" in e.message
    ]
    assert len(tower_notices) == 1, tower_notices
    assert re.search(r"usb-no-such-tower-if00 cannot be reached", tower_notices[0].message)
    assert "provisioning goes on without it" in tower_notices[0].action


def test_a_label_that_never_printed_is_still_flagged_after_a_restart(
    line_station: Callable[..., Rig],
) -> None:
    env, runner, events, journal = line_station(slots=1)
    printer = env.printer
    assert printer is not None
    printer.state.silent = True  # newer firmware says nothing while out of media
    events.wait_for(lambda _: _ready(runner))
    runner.start_all()
    events.wait_for(lambda _: len(events.finished()) == 1)
    runner.line.drain(15)
    snapshot = events.finished()[0].snapshot
    assert list(runner.line.flagged()) == ["1"]
    runner.shutdown(30.0)

    # The station starts again: the journal still says the label never printed.
    again = LineRunner(
        config=load_config(env.config_path),
        fixture=env.fixture_name,
        journal=journal,
        operator="Ben",
        sink=Events(),
        presence_interval_s=0.2,
    )
    try:
        flagged = again.line.flagged()
        assert list(flagged) == ["1"] and "did not report its status" in flagged["1"].reason
        assert flagged["1"].job.device_id == snapshot.device_id
        printer.state.silent = False
        assert again.reprint_label("1", "Ben")
        again.line.drain()
        (label,) = _labels(printer, 1)
        assert {label_code.decode(c) for c in _decoded(label)} == {snapshot.device_id}
        assert again.line.flagged() == {}
    finally:
        again.shutdown(30.0)
