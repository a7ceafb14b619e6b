"""`configuration.json` as the astarte_app sample reads it: built in memory, parsed when read back.

The sample (CONFIG_GET_CONFIG_FROM_FLASH, astarte-device-sdk-zephyr samples/astarte_app/src/
config_file.c) reads at most 4096 bytes into a 4096-byte zeroed buffer and parses it with
Zephyr's json_obj_parse, which wants all four string fields `deviceID`, `credentialSecret`,
`wifiSsid` and `wifiPassword` and does not unescape strings. So the station writes all four
(empty Wi-Fi strings on a wired product), refuses values that would need escaping, and keeps
the file under 4096 bytes. Other fields (the profile's `extra_fields`) come after the four.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from station.secret import Secret
from station.text import Text

MAX_BYTES = 4095  # the sample's buffer is 4096 bytes and must end in a NUL
FIELDS = ("deviceID", "credentialSecret", "wifiSsid", "wifiPassword")


class FileState(StrEnum):
    ABSENT = "absent"  # no file at the path
    EMPTY = "empty"  # a file with no secret (a template, or created by an interrupted upload)
    WRITTEN = "written"  # a well-formed file with a credentialSecret
    PARTIAL = "partial"  # the beginning of a JSON document: an upload that stopped midway
    MALFORMED = "malformed"  # not JSON, and not the beginning of JSON either


@dataclass(frozen=True)
class ConfigContents:
    state: FileState
    device_id: str | None = None
    secret: Secret | None = None
    problem: str = ""  # what is wrong with a PARTIAL or MALFORMED file


def unsafe_text(value: str) -> Text | None:
    """Why Zephyr's JSON parser would not read `value` back as written, or None."""
    if '"' in value or "\\" in value:
        return Text.of("field.zephyr.quote")
    if any(ord(c) < 0x20 for c in value):
        return Text.of("field.zephyr.control_char")
    return None


def build(
    *,
    device_id: str,
    secret: Secret,
    wifi_ssid: str,
    wifi_password: Secret | None,
    extra: dict[str, str],
) -> bytes:
    """The file's bytes, in memory only (never on the station's disk)."""
    doc: dict[str, Any] = {
        "deviceID": device_id,
        "credentialSecret": secret.reveal(),
        "wifiSsid": wifi_ssid,
        "wifiPassword": wifi_password.reveal() if wifi_password is not None else "",
    }
    doc.update(extra)
    return (json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def parse(data: bytes) -> ConfigContents:  # noqa: PLR0911 (one return per kind of file)
    if not data.strip(b"\x00 \t\r\n"):
        return ConfigContents(FileState.EMPTY)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3:  # a multi-byte character cut by the end of the file
            return ConfigContents(FileState.PARTIAL, problem="the file ends inside a character")
        return ConfigContents(FileState.MALFORMED, problem=f"byte {exc.start} is not UTF-8")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        at_end = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        where = f"line {exc.lineno} column {exc.colno}: {exc.msg}"
        if at_end and text.lstrip().startswith("{"):
            return ConfigContents(FileState.PARTIAL, problem=f"the file ends early ({where})")
        return ConfigContents(FileState.MALFORMED, problem=where)
    if not isinstance(doc, dict):
        return ConfigContents(FileState.MALFORMED, problem="the document is not a JSON object")
    device_id, secret = doc.get("deviceID"), doc.get("credentialSecret")
    if secret is not None and not isinstance(secret, str):
        return ConfigContents(FileState.MALFORMED, problem="credentialSecret is not a string")
    if not secret:
        return ConfigContents(
            FileState.EMPTY, device_id=device_id if isinstance(device_id, str) else None
        )
    return ConfigContents(
        FileState.WRITTEN,
        device_id=device_id if isinstance(device_id, str) else None,
        secret=Secret(secret),
    )
