"""The sandbox example in docs/configuration.md is what `station demo` writes.

The demo's configuration is generated from a running `DemoEnvironment` (real ptys, the real
stand-in), the values that change at every start are carried over from the doc (the stand-in's
port, the ptys, the Python path, the work directory), and the result must equal the doc's
example key for key and value for value. The example must also load as a configuration.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from typing import Any

from station.config import load_config
from station.demo import DemoEnvironment

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "configuration.md"
DOC_WORKDIR = "/tmp/station-demo"


def _doc_example() -> str:
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## Example: the sandbox", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```toml\n(.*?)```", section, re.S)
    assert match, "docs/configuration.md: the sandbox section has no TOML example"
    return match.group(1)


def _replace(value: Any, old: str, new: str) -> Any:
    if isinstance(value, str):
        return value.replace(old, new)
    if isinstance(value, list):
        return [_replace(v, old, new) for v in value]
    if isinstance(value, dict):
        return {k: _replace(v, old, new) for k, v in value.items()}
    return value


def test_the_sandbox_example_is_what_the_demo_writes(tmp_path: Path) -> None:
    documented = tomllib.loads(_doc_example())
    doc_target = documented["targets"]["demo"]
    doc_slots = documented["fixtures"][0]["slots"]
    with DemoEnvironment(tmp_path / "demo", slots=len(doc_slots)) as env:
        written = tomllib.loads(env.config_path.read_text(encoding="utf-8"))
    written = _replace(written, str(env.workdir), DOC_WORKDIR)
    target = written["targets"]["demo"]
    assert target["token_command"][0] == sys.executable
    target["token_command"][0] = doc_target["token_command"][0]
    assert re.fullmatch(r"https://127\.0\.0\.1:\d+/pairing", target["pairing_url"])
    target["pairing_url"] = doc_target["pairing_url"]
    for slot, doc_slot in zip(written["fixtures"][0]["slots"], doc_slots, strict=True):
        assert slot["port"].startswith("/dev/pts/")
        slot["port"] = doc_slot["port"]
    assert documented == written


def test_the_sandbox_example_loads(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    path.write_text(_doc_example(), encoding="utf-8")
    config = load_config(path)
    target = config.active_target()
    assert (target.token_source, target.device_id_rule) == ("command", "uuid5")
    assert config.journal_path == Path(DOC_WORKDIR) / "journal.db"
