"""configuration.json and `hwinfo devid` parsing: what the station decides from a file's bytes."""

from __future__ import annotations

import json

import pytest

from station.profiles.zephyr.config_file import MAX_BYTES, FileState, build, parse
from station.profiles.zephyr.mcumgr import parse_hwinfo
from station.secret import Secret

SECRET = Secret("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I=")


def built(**extra: str) -> bytes:
    return build(
        device_id="AAECAwQFBgcICQoLDA0ODw",
        secret=SECRET,
        wifi_ssid="línea-7",  # non-ASCII: a cut may fall inside a character
        wifi_password=Secret("pw"),
        extra=dict(extra),
    )


def test_a_built_file_reads_back_as_written_with_the_secret() -> None:
    data = built(site="plant-1")
    contents = parse(data)
    assert contents.state is FileState.WRITTEN
    assert contents.secret == SECRET and contents.device_id == "AAECAwQFBgcICQoLDA0ODw"
    doc = json.loads(data)
    assert list(doc)[:4] == ["deviceID", "credentialSecret", "wifiSsid", "wifiPassword"]
    assert b"\\" not in data and len(data) <= MAX_BYTES


def test_every_cut_of_an_upload_reads_as_partial_never_written_or_malformed() -> None:
    data = built(site="plant-1")
    complete = len(data.rstrip(b"\n"))
    for cut in range(1, complete):
        state = parse(data[:cut]).state
        assert state is FileState.PARTIAL, (cut, data[:cut])
    assert parse(data[:complete]).state is FileState.WRITTEN
    assert parse(b"").state is FileState.EMPTY


@pytest.mark.parametrize(
    ("data", "state"),
    [
        (b'{"deviceID": "xxxxxxx" "credentialSecret": }\n', FileState.MALFORMED),
        (b"\xff\xfe\x00garbage", FileState.MALFORMED),
        (b"[1, 2]", FileState.MALFORMED),
        (b'{"credentialSecret": 5}', FileState.MALFORMED),
        (b'{"wifiSsid": "x", "wifiPassword": "y"}', FileState.EMPTY),
        (b'{"deviceID": "a", "credentialSecret": ""}', FileState.EMPTY),
        (b"   \n", FileState.EMPTY),
    ],
)
def test_other_files(data: bytes, state: FileState) -> None:
    assert parse(data).state is state


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        ("Length: 12\nID: 0x0123456789abcdef01234567\n", bytes.fromhex("0123456789abcdef01234567")),
        ("Length: 8\r\nID: 0xDEADBEEF00112233\r\n", bytes.fromhex("deadbeef00112233")),
        ("Length: 12\nID: 0x0123\n", None),  # length disagrees with the digits
        ("Not supported by hardware\n", None),
        ("ID: 0x0123456789abcdef\n", None),
        ("Length: 2\nID: 0xabcd\n", None),  # too short to tell units apart
        ("", None),
    ],
)
def test_hwinfo_output(output: str, expected: bytes | None) -> None:
    assert parse_hwinfo(output) == expected
