"""docs/protocol.md is what firmware teams implement: its tables must say what the code does."""

from __future__ import annotations

import re
from pathlib import Path

from station.profiles.smp.protocol import (
    ERROR_INFO,
    PROVISIONING_GROUP,
    Command,
    ErrorCode,
    IdentifyKey,
    RecordKey,
)

DOC = Path(__file__).resolve().parents[3] / "docs" / "protocol.md"


def _section(title: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index(title)
    end = text.find("\n#", start + len(title))
    return text[start : end if end != -1 else len(text)]


def _rows(section: str) -> list[list[str]]:
    rows = []
    for line in section.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows[1:]  # without the header row


def test_error_code_table_matches_the_codes_meanings_and_actions() -> None:
    table = {int(row[0]): row[1:] for row in _rows(_section("### 5.5 Error codes"))}
    assert set(table) == {int(code) for code in ErrorCode}
    for code in ErrorCode:
        name, meaning, action = table[int(code)]
        assert name == code.name
        assert meaning == ERROR_INFO[code].meaning
        assert action == ERROR_INFO[code].action


def test_command_table_matches_the_command_ids() -> None:
    section = _section(f"## 5. The provisioning group (group {PROVISIONING_GROUP})")
    table = {row[0]: (int(row[1]), row[2]) for row in _rows(section)}
    assert table == {
        "identify": (Command.IDENTIFY, "read"),
        "write": (Command.WRITE, "write"),
        "reveal": (Command.REVEAL, "read"),
        "lock": (Command.LOCK, "write"),
    }


def test_identify_and_write_keys_are_the_documented_ones() -> None:
    identify = {row[0].strip("`") for row in _rows(_section("### 5.1 identify"))}
    assert identify == {key.value for key in IdentifyKey}
    write = {row[0].strip("`") for row in _rows(_section("### 5.2 write"))}
    assert write == {key.value for key in RecordKey}


def test_every_code_in_the_doc_is_spelled_as_in_the_code() -> None:
    names = set(re.findall(r"`([A-Z][A-Z_]+)`", DOC.read_text(encoding="utf-8")))
    ours = {n for n in names if not n.startswith("MGMT_")}  # MCUmgr's own SMP-layer codes
    assert ours
    assert ours <= {code.name for code in ErrorCode}
