"""The serial line around a session: a chip whose port disappears and one whose line fails on a
port still there, told apart word for word; what the idle presence check does to the modem
lines; and the console text esptool's messages become.

The session opens the chip through a symlink (as udev's names are), so the test decides what
the name points at after the simulated chip has gone, whatever pty numbers the machine hands
out meanwhile.
"""

from __future__ import annotations

import os
import pty
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
import serial

from station.cancel import CancelToken
from station.errors import PortInUse
from station.profiles import open_profile
from station.profiles.esp32 import errors as e
from station.profiles.esp32.profile import Esp32Profile, _short
from station.sandbox.esp32.chip import ChipSpec
from station.sandbox.esp32.process import SimulatedEsp32


def _profile() -> Esp32Profile:
    profile = open_profile("esp32-astarte-nvs", {"connect_attempts": 1})
    assert isinstance(profile, Esp32Profile)
    return profile


@pytest.fixture
def linked(tmp_path: Path, esp32: SimulatedEsp32) -> Iterator[Path]:
    """A running chip, reached through a symlink."""
    esp32.start()
    link = tmp_path / "ttyESP32"
    link.symlink_to(esp32.port)
    yield link


def _point(link: Path, target: str) -> None:
    spare = link.with_suffix(".new")
    spare.symlink_to(target)
    spare.replace(link)


def test_a_chip_whose_port_disappears_is_gone(esp32: SimulatedEsp32, linked: Path) -> None:
    with _profile().open(str(linked), baud=115200, cancel=CancelToken(), slot="3") as session:
        session.identify()
        esp32.stop()  # the pty closes: the name now leads nowhere
        assert not linked.exists()
        with pytest.raises(e.Esp32Gone) as caught:
            session.identify()
        assert caught.value.message == (
            "The ESP32 in slot 3 disappeared (write failed: [Errno 5] Input/output error)."
        )
        assert caught.value.action == "Reseat the unit and its cable in slot 3, then start again."
        # The next call reconnects, and esptool cannot open the name: gone again, not a chip
        # out of its bootloader or a port held by another program.
        with pytest.raises(e.Esp32Gone) as again:
            session.identify()
        assert again.value.message.startswith(
            f"The ESP32 in slot 3 disappeared (Could not open {linked}, "
        ), again.value.message


def test_a_line_that_fails_on_a_port_still_there_is_a_chip_not_answering(
    esp32: SimulatedEsp32, linked: Path
) -> None:
    master, slave = pty.openpty()
    try:
        with _profile().open(str(linked), baud=115200, cancel=CancelToken(), slot="3") as session:
            session.identify()
            esp32.stop()
            _point(linked, os.ttyname(slave))  # the name leads to a tty again
            with pytest.raises(e.Esp32NotAnswering) as caught:
                session.identify()
    finally:
        os.close(slave)
        os.close(master)
    assert caught.value.message == (
        "The serial line to the ESP32 in slot 3 failed (write failed: [Errno 5] Input/output "
        "error)."
    )
    assert caught.value.action == "Reseat the unit in slot 3 and start again."


def test_a_failure_without_words_reads_no_detail() -> None:
    assert _short("") == "no detail"
    assert _short(" \n\t") == "no detail"
    assert _short("\n  first line\nsecond line\n") == "first line"
    assert _short("x" * 200) == "x" * 160


class _ModemLines(serial.Serial):
    """pyserial's port, noting the DTR and RTS levels it is asked to set on opening (a pty
    has no modem lines, so they are taken from the port before pyserial tries)."""

    levels: ClassVar[list[tuple[bool, bool]]] = []

    def open(self) -> None:
        _ModemLines.levels.append((self.dtr, self.rts))
        super().open()


def test_the_presence_check_never_asserts_dtr_or_rts(
    esp32: SimulatedEsp32, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the usual auto-reset circuit DTR and RTS drive EN and GPIO0: asserting them on open
    resets the chip, so the idle check between two units would reboot the one on the fixture."""
    esp32.start()
    monkeypatch.setattr(_ModemLines, "levels", [])
    monkeypatch.setattr(serial, "Serial", _ModemLines)
    assert _profile().present(esp32.port, baud=115200, cancel=CancelToken(), slot="3")
    assert _ModemLines.levels == [(False, False)]  # (DTR, RTS) as the port opened


def test_the_console_log_is_esptools_messages_one_a_line(esp32: SimulatedEsp32) -> None:
    esp32.start()
    with _profile().open(esp32.port, baud=115200, cancel=CancelToken(), slot="3") as session:
        session.identify()
        lines = session.console_log().split("\n")
    assert lines[0] == "Connecting..."
    assert "Stub flasher running." in lines
    assert lines[-1].startswith("Read 24576 bytes from 0x00009000 in ")


def test_the_port_is_opened_at_the_slots_baud_rate(esp32: SimulatedEsp32) -> None:
    esp32.start()
    with _profile().open(esp32.port, baud=9600, cancel=CancelToken(), slot="3") as session:
        assert session.esp._port.baudrate == 9600  # esptool's port, as it connected


def test_a_jig_that_holds_gpio0_is_connected_to_without_a_reset(esp32: SimulatedEsp32) -> None:
    esp32.start()
    profile = open_profile("esp32-astarte-nvs", {"reset": "no_reset"})
    with profile.open(esp32.port, baud=115200, cancel=CancelToken(), slot="3") as session:
        first = session.console_log().split("\n")[0]
    assert first == (
        'Note: Pre-connection option "no-reset" was selected. Connection may fail if the chip '
        "is not in bootloader or flasher stub mode."
    )


def test_a_port_another_program_holds_is_named_with_esptools_reason(
    esp32: SimulatedEsp32,
) -> None:
    esp32.start()
    held = serial.Serial(esp32.port, exclusive=True)  # a serial monitor left open
    try:
        with (
            pytest.raises(PortInUse) as caught,
            _profile().open(esp32.port, baud=115200, cancel=CancelToken(), slot="3"),
        ):
            pass
    finally:
        held.close()
    port = esp32.port
    assert caught.value.message == (
        f"The port of slot 3 ({port}) could not be opened: Could not open {port}, the port is "
        f"busy or doesn't exist. ([Errno 11] Could not exclusively lock port {port}: [Errno 11] "
        "Resource temporarily unavailable)"
    )
    assert caught.value.action == (
        "Close any other program using it (a serial monitor?) and start again."
    )


def test_a_lock_that_lasts_an_instant_is_waited_out_not_called_a_held_port(
    esp32: SimulatedEsp32,
) -> None:
    """What a sibling's fork leaves for a moment (see station.link.lock_grace): the chip is
    connected to once the lock goes, and its identity read."""
    esp32.start()
    held = serial.Serial(esp32.port, exclusive=True)
    threading.Timer(0.3, held.close).start()
    try:
        with _profile().open(esp32.port, baud=115200, cancel=CancelToken(), slot="3") as session:
            assert session.identify().hardware_id
    finally:
        held.close()


def test_esptools_reason_for_a_port_that_will_not_open_is_cut_at_200_characters(
    tmp_path: Path,
) -> None:
    where = tmp_path / ("d" * 40)  # a directory: it exists, and no tty opens there
    where.mkdir()
    with (
        pytest.raises(PortInUse) as caught,
        _profile().open(str(where), baud=115200, cancel=CancelToken(), slot="3"),
    ):
        pass
    reason = (
        f"Could not open {where}, the port is busy or doesn't exist. ([Errno 21] could not open "
        f"port {where}: [Errno 21] Is a directory: '{where}')"
    )
    assert len(reason) > 200
    assert caught.value.message == (
        f"The port of slot 3 ({where}) could not be opened: {reason[:200]}"
    )


def test_a_chip_out_of_its_bootloader_on_a_strapped_jig_asks_to_check_the_strap(
    esp32: SimulatedEsp32,
) -> None:
    esp32.start(faults="no_sync")
    profile = open_profile("esp32-astarte-nvs", {"reset": "no_reset", "connect_attempts": 1})
    with (
        pytest.raises(e.NotInBootloader) as caught,
        profile.open(esp32.port, baud=115200, cancel=CancelToken(), slot="3"),
    ):
        pass
    assert caught.value.message.startswith(
        "The ESP32 in slot 3 is not in its serial bootloader (Failed to connect to "
    ), caught.value.message
    assert caught.value.action == (
        "Reseat the unit in slot 3, check the jig's GPIO0 strap and the board's power; then "
        "start again."
    )


def test_a_chip_out_of_its_bootloader_after_a_reset_asks_for_boot(esp32: SimulatedEsp32) -> None:
    esp32.start(faults="no_sync")
    with (
        pytest.raises(e.NotInBootloader) as caught,
        _profile().open(esp32.port, baud=115200, cancel=CancelToken(), slot="3"),
    ):
        pass
    assert caught.value.action == (
        "Reseat the unit in slot 3, hold BOOT (GPIO0 low) while the station resets the board, "
        "or check the jig's GPIO0 strap and the DTR/RTS wiring; then start again."
    )


@pytest.mark.parametrize(
    ("spec", "message", "action"),
    [
        (
            ChipSpec(chip="esp32s3", secure_download=True),
            "The ESP32 in slot 3 is in secure download mode: its bootloader refuses flash reads "
            "and MD5 checks, so the station cannot verify a write.",
            "Set the unit from slot 3 aside: units for this line must be provisioned before "
            "secure download mode is enabled (docs/esp32.md).",
        ),
        (
            ChipSpec(flash_encryption=True),
            "Flash encryption is enabled on the ESP32 in slot 3: a plaintext write would garble "
            "the encrypted flash and a read-back returns ciphertext.",
            "Set the unit from slot 3 aside; provision units before flash encryption is enabled, "
            "or use NVS encryption keys outside the station (docs/esp32.md).",
        ),
    ],
    ids=["secure_download", "flash_encryption"],
)
def test_a_protected_chip_is_refused_word_for_word_before_its_stub_runs(
    tmp_path: Path, spec: ChipSpec, message: str, action: str
) -> None:
    with (
        SimulatedEsp32(tmp_path / "dev", spec) as dev,
        pytest.raises(e.FlashProtected) as caught,
        _profile().open(dev.port, baud=115200, cancel=CancelToken(), slot="3"),
    ):
        pass
    assert (caught.value.message, caught.value.action) == (message, action)
