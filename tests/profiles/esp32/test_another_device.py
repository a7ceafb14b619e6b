"""A reconnect that finds another chip on the slot's port ends the attempt before it is touched.

The session opens the chip through a symlink (as udev's names are); the test unplugs the first
simulated chip, starts a second one with another MAC on its own pty and points the link at it,
as when the kernel hands the freed name to the next unit plugged in. Whichever reconnect reaches
it (esptool's, inside the write, or the session's own afterwards), the attempt ends with
`AnotherDeviceAnswered`, and the second chip's flash is byte for byte what it was.
"""

from __future__ import annotations

import base64
import hashlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from station.cancel import CancelToken
from station.engine.events import Result, Step
from station.errors import AnotherDeviceAnswered, DeviceGone, DeviceNotAnswering, OutcomeUnknown
from station.journal import verify
from station.profiles import open_profile
from station.profiles.base import ProvisioningRecord
from station.profiles.esp32.options import parse_options
from station.profiles.esp32.profile import Esp32Profile
from station.sandbox.esp32.chip import ChipSpec
from station.sandbox.esp32.process import SimulatedEsp32
from station.secret import Secret
from tests.fixtures.esp32_engine import Esp32EngineRig

FIRST_MAC = "24:0a:c4:00:00:0a"
OTHER_MAC = "24:0a:c4:00:00:0b"
#: Rounds until esptool's own reconnect (inside the write) is the one that meets the other
#: chip: when the unplug surfaces as a bare OSError the write ends at once instead, and the
#: session's reconnect meets it (checked in every round just the same).
ROUNDS = 8


def _record() -> ProvisioningRecord:
    secret = Secret(base64.b64encode(os.urandom(32)).decode())
    return ProvisioningRecord("x_O1P18zXfK3WxGmPUN7vw", "plant", "https://pairing", secret)


def _profile() -> Esp32Profile:
    profile = open_profile("esp32-astarte-nvs", {"connect_attempts": 1})
    assert isinstance(profile, Esp32Profile)
    return profile


def _digest(device: SimulatedEsp32) -> str:
    return hashlib.sha256(device.flash_file.read_bytes()).hexdigest()


class _Swap:
    """Once `first` has gone (its pty closed), `other` comes up and the link names it."""

    def __init__(self, link: Path, first: SimulatedEsp32, other: SimulatedEsp32) -> None:
        self.link, self.first, self.other = link, first, other
        self.done = threading.Event()
        self.before = ""
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        process = self.first.process
        assert process is not None
        while process.poll() is None:
            time.sleep(0.005)
        self.other.start()
        self.before = _digest(self.other)
        spare = self.link.with_suffix(".new")
        spare.symlink_to(self.other.port)
        spare.replace(self.link)
        self.done.set()

    def wait(self) -> None:
        assert self.done.wait(60), "the other chip did not come up"


@pytest.fixture
def chips(tmp_path: Path) -> Iterator[tuple[SimulatedEsp32, SimulatedEsp32]]:
    first = SimulatedEsp32(tmp_path / "first", ChipSpec(mac=FIRST_MAC))
    other = SimulatedEsp32(tmp_path / "other", ChipSpec(mac=OTHER_MAC))
    yield first, other
    first.stop()
    other.stop()


def _assert_another_device(caught: AnotherDeviceAnswered) -> None:
    assert caught.error_class == "another_device"
    assert caught.text.id == "link.another_device"
    assert caught.params["found"] == OTHER_MAC and caught.params["expected"] == FIRST_MAC
    assert caught.action_text.id == "link.another_device.action"
    assert caught.action == "Another device answered on slot 3's port: reseat slot 3, then " + (
        "provision the unit again."
    )


def test_an_unplug_mid_write_then_another_chip_on_the_same_name_is_never_written(
    chips: tuple[SimulatedEsp32, SimulatedEsp32], tmp_path: Path
) -> None:
    first, other = chips
    paths: list[str] = []
    for round_ in range(ROUNDS):
        link = tmp_path / f"ttyUSB{round_}"
        first.start(faults="unplug@write:1")
        link.symlink_to(first.port)
        with _profile().open(str(link), baud=115200, cancel=CancelToken(), slot="3") as session:
            assert session.identify().hardware_serial == FIRST_MAC
            swap = _Swap(link, first, other)
            try:
                session.write(_record())
                pytest.fail("the write reported success on a chip that was unplugged")
            except AnotherDeviceAnswered as exc:  # esptool's reconnect met the other chip
                _assert_another_device(exc)
                paths.append("esptool")
            except OutcomeUnknown:
                # The write ended at once; the engine reads the device next (a reconnect).
                swap.wait()
                with pytest.raises(AnotherDeviceAnswered) as caught:
                    session.identify()
                _assert_another_device(caught.value)
                paths.append("session")
            swap.wait()
            # Nothing more goes to it either: the session does not take the other chip.
            with pytest.raises(AnotherDeviceAnswered):
                session.finish()
        first.stop()
        other.stop()
        assert _digest(other) == swap.before, f"the other chip was written ({paths})"
        if "esptool" in paths:
            return
    pytest.fail(f"esptool's own reconnect never met the other chip in {ROUNDS} rounds: {paths}")


def test_a_chip_swapped_while_idle_is_refused_at_the_next_reconnect(
    chips: tuple[SimulatedEsp32, SimulatedEsp32], tmp_path: Path
) -> None:
    first, other = chips
    link = tmp_path / "ttyUSB0"
    first.start()
    link.symlink_to(first.port)
    with _profile().open(str(link), baud=115200, cancel=CancelToken(), slot="3") as session:
        session.identify()
        swap = _Swap(link, first, other)
        first.stop()  # unplugged between two steps
        swap.wait()
        with pytest.raises((DeviceGone, DeviceNotAnswering)):
            session.identify()  # the old tty is dead: the session must reconnect next
        for step in (session.identify, lambda: session.write(_record()), session.finish):
            with pytest.raises(AnotherDeviceAnswered) as caught:
                step()
            _assert_another_device(caught.value)
    other.stop()
    assert _digest(other) == swap.before


def test_the_same_chip_plugged_back_is_taken_back(tmp_path: Path) -> None:
    """The check does not refuse the unit identified: plugged back under the same name during
    the write, whichever reconnect meets it carries on, and the secret gets written."""
    first = SimulatedEsp32(tmp_path / "chip", ChipSpec(mac=FIRST_MAC))
    again = SimulatedEsp32(tmp_path / "chip", ChipSpec(mac=FIRST_MAC))  # its flash, its MAC
    link = tmp_path / "ttyUSB0"
    first.start(faults="unplug@write:1")
    link.symlink_to(first.port)
    try:
        with _profile().open(str(link), baud=115200, cancel=CancelToken(), slot="3") as session:
            session.identify()
            swap = _Swap(link, first, again)
            record = _record()
            try:
                session.write(record)  # esptool's reconnect found the same chip and went on
            except OutcomeUnknown:
                swap.wait()
                assert session.identify().hardware_serial == FIRST_MAC  # the session's
                session.write(record)
            after = session.identify()
            assert after.hardware_serial == FIRST_MAC
            assert record.secret.matches_digest(after.secret_digest)
    finally:
        first.stop()
        again.stop()


def test_the_attempt_fails_with_its_own_class_and_the_journal_says_why(
    esp32_engine_rig: Callable[..., Esp32EngineRig], tmp_path: Path
) -> None:
    """Through the engine: FAIL, error class `another_device`, the operator's action, and the
    journal's failed step and finish record naming both MACs."""
    seen: list[str] = []
    for round_ in range(ROUNDS):
        rig = esp32_engine_rig(faults="unplug@write:1", spec=ChipSpec(mac=FIRST_MAC))
        other = SimulatedEsp32(tmp_path / f"other-{round_}", ChipSpec(mac=OTHER_MAC))
        link = tmp_path / f"ttyUSB{round_}"
        link.symlink_to(rig.device.port)
        try:
            # The swap waits for the unplug, which only the write provokes.
            swap = _Swap(link, rig.device, other)
            outcome = rig.provision(port=str(link))
            swap.wait()
        finally:
            other.stop()
        assert _digest(other) == swap.before, outcome
        assert outcome.result is Result.FAIL, outcome
        seen.append(outcome.error_class)
        if outcome.error_class != "another_device":
            # The write ended before the other chip was up: the unit vanished (write_unknown).
            assert outcome.error_class == "write_unknown", outcome
            continue
        assert outcome.action == (
            "Another device answered on slot 1's port: reseat slot 1, then provision the unit "
            "again."
        )
        detail = rig.journal.attempt(outcome.attempt_id)
        assert detail is not None
        assert (detail.row.result, detail.row.error_class) == ("FAIL", "another_device")
        assert OTHER_MAC in detail.row.message and FIRST_MAC in detail.row.message
        assert detail.row.action == outcome.action
        failed = [(s.step, s.detail) for s in detail.steps if not s.ok]
        assert failed == [(Step.WRITE.value, outcome.message)], detail.steps
        assert verify(rig.journal.path).ok
        return
    pytest.fail(f"the other chip was never met in {ROUNDS} rounds: {seen}")


def test_a_by_id_name_is_what_a_reconnect_reopens(
    chips: tuple[SimulatedEsp32, SimulatedEsp32], tmp_path: Path
) -> None:
    """Given the kernel's name, the session opens udev's by-id link for the same tty. After the
    unplug udev removes that link while the kernel's name goes to another unit: the reconnect
    finds nothing rather than the other unit, which hears nothing at all."""
    first, other = chips
    by_id = tmp_path / "by-id"
    by_id.mkdir()
    kernel_name = tmp_path / "ttyUSB0"  # what the engine resolved the slot to
    first.start(faults="unplug@write:1")
    kernel_name.symlink_to(first.port)
    adapter = by_id / "usb-Silicon_Labs_CP2102N_USB_to_UART_0001-if00-port0"
    adapter.symlink_to(first.port)
    profile = Esp32Profile(parse_options({"connect_attempts": 1}), by_id=by_id)
    with profile.open(str(kernel_name), baud=115200, cancel=CancelToken(), slot="3") as session:
        session.identify()
        swap = _Swap(kernel_name, first, other)
        threading.Thread(target=_remove_when_gone, args=(adapter, first), daemon=True).start()
        with pytest.raises((OutcomeUnknown, DeviceGone, DeviceNotAnswering)):
            session.write(_record())
        swap.wait()
        with pytest.raises((DeviceGone, DeviceNotAnswering)):
            session.identify()  # the by-id name is gone: nothing answers, nobody else is asked
    other.stop()
    assert _digest(other) == swap.before


def _remove_when_gone(link: Path, device: SimulatedEsp32) -> None:
    process = device.process
    assert process is not None
    while process.poll() is None:
        time.sleep(0.005)
    link.unlink()  # udev removes the adapter's links as it goes
