"""The Patlite towers driven by the line from real engine results: simulated devices on ptys, the
Pairing stand-in over HTTPS, the real SQLite journal, and each tower's stand-in on the wire it
uses: the LA6-POE over loopback TCP (PNS frames), the LR6-USB through a hidraw-like node (one
nine-byte write per report). Every frame and report is compared byte for byte with the vendor's
documented layout, and decoded by the stand-in's own table (station/sandbox/patlite.py)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from station.engine.events import Result, SlotState, StationNotice
from station.sandbox.patlite import HidrawTowerStandIn, PnsTowerStandIn
from tests.line.conftest import Rig

# Both slots provisioned, slot 2 failing at identify: the fixture ends with an unacknowledged FAIL.
FAULT = "slot2:refuse=UNKNOWN@identify*always"

# PNS "S" frames: "AB", "S", 0x00, size 6, LED units red, yellow, green, blue, white, buzzer.
PNS_HEAD = b"ABS\x00\x00\x06"
PNS_ALL_OFF = PNS_HEAD + bytes([0, 0, 0, 0, 0, 0])
PNS_FAIL = PNS_HEAD + bytes([2, 0, 0, 1, 0, 2])  # red flashing, blue on, buzzer pattern 2
# LR6-USB writes: report number 0, then [version 0, command 0, buzzer, pitch, R<<4|Y, G<<4|B,
# W<<4, 0].
LR6_ALL_OFF = bytes([0, 0, 0, 0x00, 0x00, 0x00, 0x00, 0, 0])
LR6_FAIL = bytes([0, 0, 0, 0x02, 0xEF, 0x20, 0x01, 0, 0])  # buzzer pattern 2 at pitch E/F


def _settle(check: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the tower did not reach the expected state"
        time.sleep(0.01)


def _tower(kind: str, **keys: str) -> Callable[[dict[str, Any]], None]:
    def edit(document: dict[str, Any]) -> None:
        fixture = document["fixtures"][0]
        fixture.pop("tower_port", None)
        fixture.update(tower=kind, **keys)

    return edit


def _run_pass_and_fail(line_station: Callable[..., Rig], edit: Callable[..., None]) -> Rig:
    rig = line_station(slots=2, faults=FAULT, edit=edit)
    _env, runner, events, _journal = rig
    events.wait_for(lambda _: all(s.state is SlotState.READY for s in runner.snapshots()))
    runner.line.drain()
    runner.start_all()
    events.wait_for(lambda _: len(events.finished()) == 2)
    runner.line.drain()
    results = {f.snapshot.slot: f.snapshot.result for f in events.finished()}
    assert results == {"1": Result.PASS, "2": Result.FAIL}
    return rig


def _tower_notices(rig: Rig) -> list[StationNotice]:
    return [e for e in rig[2].items if isinstance(e, StationNotice) and "tower" in e.message]


def test_the_network_tower_shows_the_engine_results_over_tcp(
    line_station: Callable[..., Rig],
) -> None:
    with PnsTowerStandIn() as tower:
        rig = _run_pass_and_fail(line_station, _tower("patlite-net", tower_address=tower.address))
        _settle(lambda: tower.frames[-1:] == [PNS_FAIL])
        frames = tower.frames
        # Ready units: the whole tower off first, in one known state; then yellow while a slot
        # worked; last the unacknowledged FAIL.
        assert frames[0] == PNS_ALL_OFF
        assert all(f[:6] == PNS_HEAD and len(f) == 12 for f in frames)
        assert any(f[6 + 1] == 1 for f in frames[1:-1]), frames  # yellow on
        assert tower.shown()[-1] == {
            "red": "blink",
            "yellow": "off",
            "green": "off",
            "blue": "on",
            "white": "off",
            "buzzer": "pattern 2",
        }
        # The operator acknowledges: red steady, the buzzer stops.
        rig[1].line.acknowledge()
        rig[1].line.drain()
        _settle(lambda: tower.frames[-1] == PNS_HEAD + bytes([1, 0, 0, 1, 0, 0]))
    assert _tower_notices(rig) == []


def test_a_network_tower_that_goes_away_is_reported_once_and_is_shown_the_state_when_back(
    line_station: Callable[..., Rig],
) -> None:
    tower = PnsTowerStandIn().start()
    port = tower.port
    tower.stop()  # unplugged before the shift: nothing answers on its port
    rig = _run_pass_and_fail(line_station, _tower("patlite-net", tower_address=f"127.0.0.1:{port}"))
    (notice,) = _tower_notices(rig)
    assert f"127.0.0.1:{port} cannot be reached" in notice.message
    assert "provisioning goes on without it" in notice.action


def test_the_usb_tower_gets_byte_exact_reports_through_its_hidraw_node(
    line_station: Callable[..., Rig], tmp_path: Path
) -> None:
    with HidrawTowerStandIn(tmp_path / "hidraw3") as tower:
        rig = _run_pass_and_fail(line_station, _tower("patlite-usb", tower_port=str(tower.path)))
        _settle(lambda: tower.reports()[-1:] == [LR6_FAIL])
        reports = tower.reports()
        assert len(tower.received) % 9 == 0 and reports[0] == LR6_ALL_OFF
        assert any(r[5] == 0x01 for r in reports[1:-1]), reports  # yellow on (R<<4|Y)
        assert tower.shown()[-1] == {
            "red": "blink",
            "yellow": "off",
            "green": "off",
            "blue": "on",
            "white": "off",
            "buzzer": "pattern 2, pitch EF, limit 0",
        }
        assert _tower_notices(rig) == []

        # Unplugged: the next change fails to write, and it is said once, with its action.
        tower.unplug()
        runner = rig[1]
        runner.line.acknowledge()
        runner.line.drain()
        _settle(lambda: len(_tower_notices(rig)) == 1)
        (notice,) = _tower_notices(rig)
        assert f"{tower.path} cannot be reached" in notice.message
        assert "udev rules" in notice.action
