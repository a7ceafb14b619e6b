"""Bad files are refused with a short, clear message: huge or hostile values are never echoed
whole, nesting never ends in a RecursionError, and a journal path that cannot be this station's
journal (a folder, an empty file) is refused before anything opens it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from station.config import load_config
from station.config.options import SHOWN_CHARS
from station.errors import ConfigError
from tests.config.examples import PLANT

MIB = 1024 * 1024


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _refusal(path: Path) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return info.value


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('station_id = "line3-pc1"', 'station_id = "{big}"'),
        ('realm = "planteu"', 'realm = "{big}"'),
        ('token_source = "realm_key"', 'token_source = "{big}"'),
        (
            'pairing_url = "https://api.astarte.example.com/pairing"',
            'pairing_url = "https://{big}"',
        ),
        (
            'device_id_namespace = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"',
            'device_id_namespace = "{big}"',
        ),
        ('allowlist_pattern = "SN1[0-9]{{7}}"', 'allowlist_pattern = "({big}"'),
        ('accepted_storage = ["otp"]', 'accepted_storage = ["{big}"]'),
        ('active_target = "plant-eu"', 'active_target = "{big}"'),
        ('name = "2"', 'name = "{big}"'),
        ('port = "usb:location=1-1.3:1.0"', 'port = "/dev/ttyUSB1{big}"'),
        ('port = "usb:location=1-1.3:1.0"', 'port = "usb:serial={big}"'),
        ('port = "usb:location=1-1.3:1.0"', 'port = "{big}"'),
        ('"org.example.Sensor" = [1, 0]', '"{big}" = [1, 0]'),
        ('realm = "lab1"', 'realm = "lab1"\n"{big}" = 1'),
        ("baud = 230400", 'baud = "{big}"'),
        ("idle_lock_minutes = 15", 'idle_lock_minutes = ["{big}"]'),
        ('name = "2"', 'name = "2"\nname = 3'),  # a TOML error quotes nothing of the value
    ],
)  # fmt: skip
def test_a_huge_value_is_quoted_as_a_short_prefix(tmp_path: Path, old: str, new: str) -> None:
    big = "x" * MIB
    assert old.format() in PLANT
    error = _refusal(_write(tmp_path, PLANT.replace(old.format(), new.format(big=big), 1)))
    text = f"{error.message} {error.action}"
    assert len(text) < 1000, text[:300]
    assert "x" * (SHOWN_CHARS + 1) not in text


def test_terminal_control_characters_are_escaped_not_printed(tmp_path: Path) -> None:
    hostile = "\\u001b[2J\\u001b]0;owned\\u0007line 3"
    error = _refusal(_write(tmp_path, PLANT.replace('"line3-pc1"', f'"{hostile}"')))
    assert "\x1b" not in error.message and "\x07" not in error.message
    assert "\\x1b[2J" in error.message
    error = _refusal(_write(tmp_path, PLANT.replace('realm = "lab1"', f'"{hostile}" = 1')))
    assert "\x1b" not in error.message and "\\x1b" in error.message


def test_config_check_of_a_40_mib_station_id_prints_a_few_lines(tmp_path: Path) -> None:
    big = "x" * (40 * MIB)
    path = _write(tmp_path, PLANT.replace('"line3-pc1"', f'"{big}"'))
    done = subprocess.run(
        [sys.executable, "-m", "station", "config", "check", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert len(done.stderr) < 1000
    assert "`station_id`" in done.stderr and f"({40 * MIB} characters)" in done.stderr


@pytest.mark.parametrize("depth", [17, 400, 100_000])
@pytest.mark.parametrize("shape", ["array", "inline table"])
def test_deep_nesting_is_a_clear_refusal(tmp_path: Path, depth: int, shape: str) -> None:
    value = (
        "[" * depth + "1" + "]" * depth if shape == "array" else "{a=" * depth + "1" + "}" * depth
    )
    error = _refusal(_write(tmp_path, PLANT.replace("auto_start = true", f"auto_start = {value}")))
    assert "nests arrays or tables more than 16 deep" in error.message
    assert error.action


def test_deep_nesting_through_the_command_exits_1_without_a_traceback(tmp_path: Path) -> None:
    path = _write(tmp_path, PLANT + "\nx = " + "[" * 100_000 + "]" * 100_000 + "\n")
    for command in (["config", "check"], ["provision", "--slots", "all"]):
        done = subprocess.run(
            [sys.executable, "-m", "station", *command, "--config", str(path)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr and "RecursionError" not in done.stderr
        assert "nests arrays or tables" in done.stderr


def test_nesting_the_configuration_uses_still_loads(tmp_path: Path) -> None:
    assert load_config(_write(tmp_path, PLANT)).fixtures[0].slots


def test_a_journal_path_that_is_a_folder_fails_config_check(tmp_path: Path) -> None:
    (tmp_path / "journal.sqlite").mkdir()
    error = _refusal(_write(tmp_path, PLANT))
    assert "`journal_path`" in error.message and "is a folder" in error.message
    assert str(tmp_path / "journal.sqlite" / "journal.sqlite") in error.action


def test_config_check_says_so_for_a_folder(tmp_path: Path) -> None:
    (tmp_path / "journal.sqlite").mkdir()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "station",
            "config",
            "check",
            "--config",
            str(_write(tmp_path, PLANT)),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert "is a folder" in done.stderr and "what to do" in done.stderr


def test_an_empty_journal_file_is_not_reused_as_a_new_journal(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    journal.touch()
    error = _refusal(_write(tmp_path, PLANT))
    assert "empty file (0 bytes)" in error.message
    assert "backup" in error.action and "station journal verify" in error.action
    assert journal.stat().st_size == 0, "the empty file is left as it was"


def test_an_empty_journal_whose_log_holds_the_data_is_accepted(tmp_path: Path) -> None:
    # In write-ahead-log mode a new journal's pages can sit in the -wal file while the main
    # file is still empty; that journal is in use, not cut short.
    journal = tmp_path / "journal.sqlite"
    journal.touch()
    journal.with_name("journal.sqlite-wal").write_bytes(b"\0" * 32)
    assert load_config(_write(tmp_path, PLANT)).journal_path == journal


def test_a_real_journal_and_no_journal_yet_both_load(tmp_path: Path) -> None:
    path = _write(tmp_path, PLANT)
    assert not (tmp_path / "journal.sqlite").exists()
    load_config(path)
    with sqlite3.connect(tmp_path / "journal.sqlite") as conn:
        conn.execute("CREATE TABLE t (x)")
    load_config(path)
