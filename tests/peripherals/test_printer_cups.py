"""Labels through a CUPS raw queue, against a real private cupsd whose queue's socket:// backend
points at the loopback fake printer: the ZPL arrives unchanged and decodes to the device ID; a
printer that is not there makes the job fail in time and be cancelled (it cannot print late); a
stopped queue is named with its fix. And through the line: `[line] printer_queue` prints a
passing unit's label via CUPS."""

from __future__ import annotations

import base64
import io
import subprocess
import time
from collections.abc import Callable

import pytest
import zplkit
import zxingcpp
from PIL import Image

from station.peripherals import label_code
from station.peripherals.label_zpl import DEFAULT_TEMPLATE, LabelFields, render
from station.peripherals.printer import PrinterNotReady
from station.peripherals.printer_cups import CupsPrinter
from station.sandbox.printer import FakeLabelPrinter
from tests.fixtures.cups import CupsServer, cups_server

__all__ = ["cups_server"]  # the fixture, used by name

# 16 bytes whose base64url form has both '_' and '-' (what ^FH or a keyboard layout would spoil).
DEVICE_ID = base64.urlsafe_b64encode(bytes.fromhex("fffffffbfbfb0123456789abcdef3e3f")).decode()[
    :22
]


def _zpl() -> str:
    return render(DEFAULT_TEMPLATE, LabelFields(serial="SN-CUPS-1", device_id=DEVICE_ID))


def _wait(check: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _not_completed(queue: str) -> str:
    return subprocess.run(
        ["lpstat", "-W", "not-completed", "-o", queue], capture_output=True, text=True, check=True
    ).stdout


def test_a_label_goes_through_the_raw_queue_unchanged_and_decodes(
    cups_server: CupsServer,
) -> None:
    with FakeLabelPrinter() as printer:
        cups_server.add_raw_queue("zebra", f"socket://127.0.0.1:{printer.port}")
        zpl = _zpl()
        CupsPrinter("zebra").print_label(zpl)  # returns once CUPS has sent the job
        _wait(lambda: len(printer.labels) == 1)
        assert printer.labels == [zpl.strip()]
        document = zplkit.render(printer.labels[0].encode(), zplkit.Options(width=2, height=1))
        image = Image.open(io.BytesIO(document.labels[0].png()))
        codes = {b.text for b in zxingcpp.read_barcodes(image)}
        assert {label_code.decode(c) for c in codes} == {DEVICE_ID}
        assert _not_completed("zebra") == ""


def test_a_printer_that_is_not_there_fails_in_time_and_its_job_is_cancelled(
    cups_server: CupsServer,
) -> None:
    with FakeLabelPrinter() as printer:
        port = printer.port  # nothing listens there once it is stopped
    cups_server.add_raw_queue("gone", f"socket://127.0.0.1:{port}")
    started = time.monotonic()
    with pytest.raises(PrinterNotReady) as failed:
        CupsPrinter("gone", timeout=3.0).print_label(_zpl())
    assert time.monotonic() - started < 20
    assert "CUPS queue gone did not print job gone-" in failed.value.message
    assert "so it was cancelled and cannot print late" in failed.value.message
    assert "lpstat -p gone" in failed.value.action
    assert _not_completed("gone") == ""  # nothing left to print by itself later


def test_a_stopped_queue_is_named_with_how_to_start_it(cups_server: CupsServer) -> None:
    with FakeLabelPrinter() as printer:
        cups_server.add_raw_queue("paused", f"socket://127.0.0.1:{printer.port}")
        subprocess.run(["cupsdisable", "paused"], check=True, capture_output=True)
        with pytest.raises(PrinterNotReady) as failed:
            CupsPrinter("paused").print_label(_zpl())
        assert "CUPS queue paused is stopped" in failed.value.message
        assert "cupsenable paused" in failed.value.action
        assert printer.labels == []
    with pytest.raises(PrinterNotReady) as missing:
        CupsPrinter("no-such-queue").print_label(_zpl())
    assert "CUPS queue no-such-queue refused lpstat" in missing.value.message
