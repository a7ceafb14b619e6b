"""The line's options: tower per fixture, sound and printer in [line], labels per target."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.config import LineConfig, StationConfig, load_config, save_config
from station.config.model import split_address
from station.errors import ConfigError
from tests.config.examples import PLANT

LINE = """
[line]
fail_sound = true
sound_volume = 35
printer = "192.0.2.7"
mes_url = "https://mes.plant.example/route-facade"
mes_timeout_s = 8
pedal_key = "F9"
touch = true
language = "zh_CN"
"""


def load_config_text(tmp_path: Path, text: str) -> StationConfig:
    path = tmp_path / "station.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def _with(*edits: tuple[str, str], extra: str = "") -> str:
    text = PLANT
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    return text + extra


TOWER_SERIAL = ('auto_start = true\n', 'auto_start = true\ntower = "serial"\n'
                'tower_port = "/dev/serial/by-id/usb-tower-if00"\n')  # fmt: skip
LABELS = (
    "confirmed_counts_as_pass = true\n",
    'confirmed_counts_as_pass = true\nprint_label = true\nlabel_template = "label.zpl"\n'
    'mes_recipe = "R-7"\nmes_offline = "allow-and-queue"\n',
)


def test_the_line_options_load_save_and_load_again(tmp_path: Path) -> None:
    config = load_config_text(tmp_path, _with(TOWER_SERIAL, LABELS, extra=LINE))
    assert config.line == LineConfig(
        fail_sound=True,
        sound_volume=35,
        printer="192.0.2.7",
        mes_url="https://mes.plant.example/route-facade",
        mes_timeout_s=8,
        pedal_key="F9",
        touch=True,
        language="zh_CN",
    )
    fixture = config.fixtures[0]
    assert (fixture.tower, fixture.tower_port) == ("serial", "/dev/serial/by-id/usb-tower-if00")
    target = config.targets["plant-eu"]
    assert target.print_label and target.label_template == tmp_path / "label.zpl"
    assert (target.mes_recipe, target.mes_offline) == ("R-7", "allow-and-queue")
    out = tmp_path / "copy.toml"
    save_config(config, out)
    assert load_config(out) == config
    assert "[line]" in out.read_text("utf-8")


def test_a_station_without_line_options_writes_no_line_table(tmp_path: Path) -> None:
    config = load_config_text(tmp_path, PLANT)
    assert config.line == LineConfig() and config.fixtures[0].tower == "none"
    out = tmp_path / "copy.toml"
    save_config(config, out)
    assert "[line]" not in out.read_text("utf-8")


@pytest.mark.parametrize(
    ("edits", "extra", "problem"),
    [
        ((LABELS,), "", r"targets\.plant-eu\.print_label` = true needs a label printer"),
        (((TOWER_SERIAL[0], 'auto_start = true\ntower = "serial"\n'),), "",
         r'tower_port` is required when tower = "serial"'),
        (((TOWER_SERIAL[0], 'auto_start = true\ntower = "patlite-net"\n'),), "",
         r'tower_address` is required when tower = "patlite-net"'),
        (((TOWER_SERIAL[0], 'auto_start = true\ntower_address = "10.0.0.2"\n'),), "",
         r'tower_address` is not used with tower = "none"'),
        (((TOWER_SERIAL[0], 'auto_start = true\ntower = "beacon"\n'),), "",
         r"tower` = 'beacon' is not allowed\. Allowed: none, serial, patlite-usb, patlite-net"),
        (((TOWER_SERIAL[0], 'auto_start = true\ntower = "serial"\ntower_port = "ttyUSB0"\n'),),
         "", r"tower_port` = 'ttyUSB0' is not a device path"),
        ((), "\n[line]\nsound_volume = 101\n", r"line\.sound_volume` = 101 is out of range"),
        ((), '\n[line]\npedal_key = "F25"\n',
         r"line\.pedal_key` = 'F25' is not a key a foot pedal can be set to send here\. "
         r"Allowed: F1 to F24, Pause"),
        ((), '\n[line]\npedal_key = "Return"\n', r"line\.pedal_key` = 'Return' is not a key"),
        ((), '\n[line]\ntouch = "yes"\n', r"line\.touch` = 'yes' must be true or false"),
        ((), '\n[line]\nlanguage = "de_DE"\n',
         r"line\.language` = 'de_DE' is not allowed\. Allowed: en, de, it, es, zh_CN\."),
        ((), '\n[line]\nprinter = "printer:99999"\n', r"the port must be 1 to 65535"),
        ((), '\n[line]\nprinter = "a b"\n', r"line\.printer` = 'a b' is not an address"),
        ((), '\n[line]\nprinter_kind = "cups"\n', r"line\.printer_kind` is not a known"),
        ((("confirmed_counts_as_pass = true\n",
           'confirmed_counts_as_pass = true\nmes_recipe = "R1"\n'),), "",
         r"mes_recipe` is set, but `line\.mes_url`"),
        ((("confirmed_counts_as_pass = true\n",
           'confirmed_counts_as_pass = true\nmes_offline = "ignore"\n'),), "",
         r"mes_offline` = 'ignore' is not allowed\. Allowed: block, allow-and-queue"),
        ((), '\n[line]\nmes_url = "http://mes.plant.example/route"\n',
         r"line\.mes_url` = .* uses plain http to a remote host"),
        ((), '\n[line]\nmes_url = "https://mes.example"\nmes_timeout_s = 0\n',
         r"line\.mes_timeout_s` = 0 is out of range\. Allowed: 1 to 60"),
    ],
)  # fmt: skip
def test_a_wrong_line_option_is_named_with_what_is_allowed(
    tmp_path: Path, edits: tuple[tuple[str, str], ...], extra: str, problem: str
) -> None:
    with pytest.raises(ConfigError, match=problem):
        load_config_text(tmp_path, _with(*edits, extra=extra))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("printer.local", ("printer.local", 9100)),
        ("192.0.2.7:6101", ("192.0.2.7", 6101)),
        ("[2001:db8::7]:9100", ("2001:db8::7", 9100)),
        ("[2001:db8::7]", ("2001:db8::7", 9100)),
    ],
)
def test_an_address_splits_into_host_and_port(text: str, expected: tuple[str, int]) -> None:
    assert split_address(text, 9100) == expected


def test_an_empty_pedal_key_is_no_pedal(tmp_path: Path) -> None:
    config = load_config_text(tmp_path, _with(extra='\n[line]\npedal_key = " "\n'))
    assert config.line.pedal_key is None


PRINT = (
    "confirmed_counts_as_pass = true\n",
    "confirmed_counts_as_pass = true\nprint_label = true\n",
)


def test_labels_go_to_one_printer_a_direct_one_or_a_cups_queue(tmp_path: Path) -> None:
    queue = '\n[line]\nprinter_queue = "zebra-line3"\n'
    config = load_config_text(tmp_path, _with(PRINT, extra=queue))
    assert (config.line.printer, config.line.printer_queue) == (None, "zebra-line3")
    both = '\n[line]\nprinter = "192.0.2.7"\nprinter_queue = "zebra-line3"\n'
    with pytest.raises(ConfigError, match="labels go to one printer") as failed:
        load_config_text(tmp_path, _with(PRINT, extra=both))
    assert "not both" in failed.value.action
    with pytest.raises(ConfigError, match="is not a CUPS queue name"):
        load_config_text(tmp_path, _with(PRINT, extra='\n[line]\nprinter_queue = "a b"\n'))
    with pytest.raises(ConfigError, match=r"nor `line\.printer_queue` is set"):
        load_config_text(tmp_path, _with(PRINT))
