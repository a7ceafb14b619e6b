"""Labels: the scan-safe code, the ZPL template, a real renderer and decoder, and the printer."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator

import pytest
import zplkit
import zxingcpp
from PIL import Image

from station.errors import ConfigError
from station.peripherals import label_code
from station.peripherals.label_zpl import DEFAULT_TEMPLATE, LabelFields, check_template, render
from station.peripherals.printer import PrinterNotReady, RawTcpPrinter, parse_host_status
from station.sandbox.printer import FakeLabelPrinter

# An ID with '_' and '-' followed by hex-looking characters: under ^FH, '_5F' and '_41' would be
# read as escapes and the symbol would carry another ID.
TRAP_ID = "Ab_5F-x_41yZ2imLILqtRA"


def _decoded(zpl: str) -> dict[str, str]:
    doc = zplkit.render(zpl.encode("ascii"), zplkit.Options(width=2, height=1, dpi=203))
    image = Image.open(io.BytesIO(doc.labels[0].png()))
    return {str(b.format): b.text for b in zxingcpp.read_barcodes(image)}


@pytest.mark.parametrize("device_id", [TRAP_ID, "2imLILqtRP2vq0ZVy-TGRQ", "_____________________w"])
def test_code_round_trip_and_case_insensitive(device_id: str) -> None:
    code = label_code.encode(device_id)
    assert len(code) == 35 and code.isalnum() and code == code.upper()
    assert not set(code) & set("YZ")  # the letters a German layout swaps
    assert label_code.decode(code) == device_id
    assert label_code.decode(f"  {code.lower()}\n") == device_id  # Caps Lock, scanner's Enter


def test_every_single_wrong_character_is_caught() -> None:
    code = label_code.encode(TRAP_ID)
    for i in range(2, len(code)):
        for c in "0123456789ABCDEF":
            if c != code[i]:
                with pytest.raises(label_code.LabelCodeError, match="read wrong"):
                    label_code.decode(code[:i] + c + code[i + 1 :])


def test_a_code_that_is_not_a_label_is_named() -> None:
    with pytest.raises(label_code.LabelCodeError, match="not a device label"):
        label_code.decode("SN10000001")


@pytest.mark.parametrize("device_id", [TRAP_ID, "2imLILqtRP2vq0ZVy-TGRQ"])
def test_rendered_label_decodes_back_to_the_device_id(device_id: str) -> None:
    zpl = render(DEFAULT_TEMPLATE, LabelFields("SN10000001", device_id))
    symbols = _decoded(zpl)
    assert set(symbols) == {"QR Code", "Data Matrix"}
    assert {label_code.decode(text) for text in symbols.values()} == {device_id}


@pytest.mark.parametrize(
    ("template", "match"),
    [
        ("^XA^FO10,10^FH^FD{code}^FS^XZ", "hex escapes"),
        ("^XA^FO10,10^FD{code}{batch}^FS^XZ", "unknown fields: batch"),
        ("^XA^FO10,10^FD{serial}^FS^XZ", "no {code}"),
        ("^FO10,10^FD{code}^FS", r"start with \^XA"),
        ("^XA^FO10,10^FD{code}}^FS^XZ", "brace that neither opens nor closes a field"),
        ("^XA^FO10,10^FD{code}{^FS^XZ", "brace that neither opens nor closes a field"),
    ],
)
def test_unsafe_templates_are_refused_when_saved(template: str, match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        check_template(template)


@pytest.mark.parametrize("serial", ["SN1^XZ^XA^FDevil", "SN~JR", "SN\x1b[31m", "SNü"])
def test_a_serial_that_would_be_zpl_commands_is_refused(serial: str) -> None:
    with pytest.raises(ValueError, match="cannot print safely"):
        render(DEFAULT_TEMPLATE, LabelFields(serial, TRAP_ID))


# -- the printer -------------------------------------------------------------------------------


@pytest.fixture
def printer() -> Iterator[FakeLabelPrinter]:
    with FakeLabelPrinter() as fake:
        yield fake


def test_a_ready_printer_gets_the_label_and_it_decodes(printer: FakeLabelPrinter) -> None:
    zpl = render(DEFAULT_TEMPLATE, LabelFields("SN10000001", TRAP_ID))
    RawTcpPrinter("127.0.0.1", printer.port).print_label(zpl)
    deadline = time.monotonic() + 5
    while not printer.labels and time.monotonic() < deadline:
        time.sleep(0.01)
    assert printer.labels == [zpl.strip()]
    assert {label_code.decode(t) for t in _decoded(printer.labels[0]).values()} == {TRAP_ID}


@pytest.mark.parametrize(
    ("flag", "words"),
    [
        ("paper_out", "out of labels"),
        ("paused", "paused"),
        ("head_up", "print head open"),
        ("ribbon_out", "out of ribbon"),
    ],
)
def test_a_printer_reporting_a_problem_gets_nothing(
    printer: FakeLabelPrinter, flag: str, words: str
) -> None:
    setattr(printer.state, flag, True)
    with pytest.raises(PrinterNotReady, match=words):
        RawTcpPrinter("127.0.0.1", printer.port).print_label(DEFAULT_TEMPLATE)
    assert printer.labels == []


def test_a_silent_or_absent_printer_is_not_ready(printer: FakeLabelPrinter) -> None:
    printer.state.silent = True
    with pytest.raises(PrinterNotReady, match="did not report its status"):
        RawTcpPrinter("127.0.0.1", printer.port, timeout=0.5).print_label(DEFAULT_TEMPLATE)
    port = printer.port
    printer.stop()
    with pytest.raises(PrinterNotReady, match="cannot be reached"):
        RawTcpPrinter("127.0.0.1", port, timeout=0.5).print_label(DEFAULT_TEMPLATE)


def test_host_status_fields_are_read_from_their_places() -> None:
    answer = (
        b"\x02030,1,0,0406,000,0,0,0,000,0,0,0\x03\r\n"
        b"\x02001,0,0,1,0,2,6,0,00000000,1,000\x03\r\n"
        b"\x021234,0\x03\r\n"
    )
    status = parse_host_status(answer)
    assert status.problems == ["out of labels", "out of ribbon"]
    with pytest.raises(ValueError):
        parse_host_status(b"HTTP/1.1 400 Bad Request\r\n")
