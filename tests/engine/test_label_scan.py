"""Identity from a scanned label: the fixture runner, simulated stock Zephyr firmware without the
`hwinfo` shell command on real ptys, the Pairing stand-in over HTTPS, and the scan inbox the
operator screen and the CLI feed."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from station.config import load_config
from station.config.toml_writer import dumps
from station.demo import DEMO_NAMESPACE, DemoEnvironment
from station.engine.cli import _serials, provision
from station.engine.events import Result, SlotSnapshot, SlotState, SlotUpdated
from station.engine.runner import FixtureRunner
from station.errors import UsageError
from station.journal import Journal, verify
from station.pairing.device_id import derive_device_id
from station.profiles import open_profile
from tests.engine.test_runner import Events, runner_for

Station = tuple[DemoEnvironment, FixtureRunner, Events, Journal]


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Callable[..., Station]]:
    stack = ExitStack()

    def make(slots: int = 2, firmware: str = "zephyr:no_hwinfo", **zephyr: Any) -> Station:
        env = stack.enter_context(
            DemoEnvironment(
                tmp_path / "demo",
                slots=slots,
                bcrypt_cost=4,
                profile="zephyr",
                firmware={str(n): firmware for n in range(1, slots + 1)},
            )
        )
        document = env.config_document()
        document["profiles"] = {"zephyr-mcumgr-fs": zephyr}
        env.config_path.write_text(dumps(document), "utf-8")
        config = load_config(env.config_path)
        journal = stack.enter_context(Journal.open(env.journal_path, station_id=config.station_id))
        events = Events()
        runner = runner_for(env, config, journal, events)
        stack.callback(runner.shutdown, 30.0)
        events.wait_for(lambda _: all(s.state is SlotState.READY for s in runner.snapshots()))
        return env, runner, events, journal

    with stack:
        yield make


def waiting(events: Events, slot: str) -> Callable[[Any], bool]:
    def check(_: Any) -> bool:
        return any(
            isinstance(e, SlotUpdated) and e.snapshot.slot == slot and e.snapshot.awaiting_label
            for e in events.items
        )

    return check


def finished(events: Events, slot: str) -> SlotSnapshot:
    events.wait_for(lambda _: any(f.snapshot.slot == slot for f in events.finished()))
    return next(f.snapshot for f in events.finished() if f.snapshot.slot == slot)


def test_firmware_without_hwinfo_is_identified_by_its_scanned_label(
    station: Callable[..., Station],
) -> None:
    env, runner, events, journal = station(slots=2, identity="label_scan")
    assert runner.start("1") and runner.start("2")
    events.wait_for(waiting(events, "1"))
    events.wait_for(waiting(events, "2"))
    shown = next(
        e.snapshot for e in events.items if isinstance(e, SlotUpdated) and e.snapshot.awaiting_label
    )
    assert shown.state is SlotState.WORKING
    assert shown.message == "Waiting for the unit's label to be scanned."
    assert shown.action == f"Scan the label of the unit in slot {shown.slot}."

    # Bad scans are refused with what to do, and the slot keeps waiting.
    for text, words in [
        ("   ", "was empty"),
        ("SN\x07-1", "control character"),
        ("SN-ü", "non-ASCII"),
        ("X" * 65, "at most 64"),
    ]:
        refused = runner.give_label_scan("2", text)
        assert refused is not None and words in refused.message, (text, refused)
        assert refused.level == "warning"
        assert "Scan the label of the unit in slot 2" in refused.action
    assert runner.give_label_scan("1", "  SN-ZX-0001 ") is None
    taken_twice = runner.give_label_scan("2", "SN-ZX-0001")
    assert taken_twice is not None
    assert "already the identity of the unit in slot 1" in taken_twice.message
    assert runner.give_label_scan("2", "SN-ZX-0002") is None

    for slot, serial in (("1", "SN-ZX-0001"), ("2", "SN-ZX-0002")):
        snap = finished(events, slot)
        # Once its scan was taken the tile stops asking for it: no words left from the wait.
        updates = [e.snapshot for e in events.items if isinstance(e, SlotUpdated)]
        mine = [u for u in updates if u.slot == slot]
        asked = next(i for i, u in enumerate(mine) if u.awaiting_label)
        after = next(u for u in mine[asked:] if not u.awaiting_label)
        assert (after.awaiting_label, after.message, after.action) == (False, "", "")
        assert snap.result is Result.PASS, snap
        assert snap.hardware_serial == serial
        # The target derives its IDs from the hardware ID: here the serial's ASCII bytes.
        assert snap.device_id == derive_device_id(DEMO_NAMESPACE, serial.encode("ascii"))
        assert snap.attempt_id is not None
        detail = journal.attempt(snap.attempt_id)
        assert detail is not None
        assert detail.facts["identity"] == "label_scan"
        assert detail.facts["label_serial"] == serial
        assert "hwinfo" not in detail.facts
    assert env.standin is not None
    assert sorted(env.standin.devices(env.realm)) == sorted(
        derive_device_id(DEMO_NAMESPACE, s.encode("ascii")) for s in ("SN-ZX-0001", "SN-ZX-0002")
    )
    # A slot that is not waiting refuses a scan instead of keeping it for later.
    late = runner.give_label_scan("1", "SN-ZX-0003")
    assert late is not None and "not waiting for a label scan" in late.message
    assert verify(env.journal_path).ok


def test_a_label_never_scanned_fails_clearly_and_registers_nothing(
    station: Callable[..., Station],
) -> None:
    env, runner, events, journal = station(slots=1, identity="label_scan", label_scan_timeout_s=1)
    assert runner.start("1")
    snap = finished(events, "1")
    assert snap.result is Result.FAIL
    assert snap.error_class == "label_scan_timeout"
    assert "No label was scanned for slot 1 within 1 s" in snap.message
    assert "Press Start on slot 1 again" in snap.action
    assert snap.device_id is None
    assert snap.attempt_id is not None
    detail = journal.attempt(snap.attempt_id)
    assert detail is not None and not detail.intents
    assert env.standin is not None and env.standin.devices(env.realm) == []


def test_an_abort_ends_the_wait_for_a_label(station: Callable[..., Station]) -> None:
    _, runner, events, _ = station(slots=1, identity="label_scan")
    assert runner.start("1")
    events.wait_for(waiting(events, "1"))
    runner.abort("1")
    snap = finished(events, "1")
    assert snap.result is Result.ABORTED
    assert not snap.awaiting_label
    refused = runner.give_label_scan("1", "SN-ZX-0009")
    assert refused is not None


def test_hwinfo_identity_on_firmware_without_hwinfo_fails_clearly(
    station: Callable[..., Station],
) -> None:
    _, runner, events, _ = station(slots=1, identity="hwinfo")
    assert runner.start("1")
    snap = finished(events, "1")
    assert snap.result is Result.FAIL
    assert snap.error_class == "zephyr_no_hwinfo"
    assert "CONFIG_HWINFO_SHELL=y" in snap.action and 'identity = "label_scan"' in snap.action
    assert not any(isinstance(e, SlotUpdated) and e.snapshot.awaiting_label for e in events.items)


def test_station_provision_takes_labels_from_serial_options(tmp_path: Path) -> None:
    with DemoEnvironment(
        tmp_path / "demo",
        slots=2,
        bcrypt_cost=4,
        profile="zephyr",
        firmware={"1": "zephyr:no_hwinfo", "2": "zephyr:no_hwinfo"},
    ) as env:
        document = env.config_document()
        document["profiles"] = {"zephyr-mcumgr-fs": {"identity": "label_scan"}}
        env.config_path.write_text(dumps(document), "utf-8")
        out, err = io.StringIO(), io.StringIO()
        code = provision(
            config_path=env.config_path,
            target=None,
            fixture=None,
            slots="1,2",
            operator="tester",
            as_json=True,
            out=out,
            err=err,
            serials=_serials(["1=SN-CLI-0001"]),
        )
        results = {r["slot"]: r for r in map(json.loads, out.getvalue().splitlines())}
        assert code == 1
        assert results["1"]["result"] == "PASS"
        assert results["1"]["hardware_serial"] == "SN-CLI-0001"
        # Slot 2 was given no label: it stops at once and says how to give one.
        assert results["2"]["result"] == "ABORTED"
        assert "none was given" in results["2"]["message"]
        assert "none was given" in err.getvalue()
        assert "--serial 2=<the serial on the unit's label>" in err.getvalue()


@pytest.mark.parametrize(
    ("given", "words"),
    [
        (["1"], "is not SLOT=SERIAL"),
        (["1= "], "is not SLOT=SERIAL"),
        (["1=A", "1=B"], "names slot 1 twice"),
        (["1=A", "2=A"], "gives A to two slots"),
    ],
)
def test_bad_serial_options_are_refused(given: list[str], words: str) -> None:
    with pytest.raises(UsageError) as caught:
        _serials(given)
    assert words in caught.value.message
    assert "nothing was provisioned" in caught.value.message


def test_a_profile_handed_to_the_runner_gets_the_scan_inbox_too(tmp_path: Path) -> None:
    with DemoEnvironment(
        tmp_path / "demo", slots=1, bcrypt_cost=4, profile="zephyr",
        firmware={"1": "zephyr:no_hwinfo"},
    ) as env:  # fmt: skip
        config = load_config(env.config_path)  # identity = "hwinfo" here: the profile decides
        profile = open_profile("zephyr-mcumgr-fs", {"identity": "label_scan"})
        with Journal.open(env.journal_path, station_id=config.station_id) as journal:
            events = Events()
            runner = runner_for(env, config, journal, events, profile=profile)
            try:
                events.wait_for(lambda _: runner.snapshots()[0].state is SlotState.READY)
                assert runner.start("1")
                events.wait_for(waiting(events, "1"))
                assert runner.give_label_scan("1", "SN-TOOL-1") is None
                snap = finished(events, "1")
                assert snap.result is Result.PASS and snap.hardware_serial == "SN-TOOL-1"
            finally:
                runner.shutdown(30.0)
