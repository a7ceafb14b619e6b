"""The documentation says what the software does.

Every `station ...` command line quoted in the role guides and the README must parse with the
real command-line parser (sub-commands exist, options exist where they are given); every error
class the engine can put on a tile must be explained in the operator guide; and every relative
link must lead to a file and, with a `#fragment`, to a heading in it.
"""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest

from station.cli import build_parser
from station.pairing.client import DeviceStatus
from station.profiles.smp.protocol import ErrorCode

ROOT = Path(__file__).resolve().parents[2]
DOCS = [
    ROOT / "README.md",
    ROOT / "docs" / "index.md",
    ROOT / "docs" / "operator.md",
    ROOT / "docs" / "qa.md",
    ROOT / "docs" / "security.md",
    ROOT / "docs" / "supervisor.md",
    ROOT / "docs" / "configuration.md",
    ROOT / "docs" / "journal.md",
    ROOT / "docs" / "recovery.md",
    ROOT / "docs" / "development.md",
]
# Areas whose failures reach an operator's tile through the engine.
ENGINE_AREAS = ("link", "device", "pairing", "engine", "ports", "journal", "errors.py", "cancel.py")
# Classes defined in those areas that can never end an attempt, with why.
NOT_ON_A_TILE = {
    "station": "the base class's default; every raised error has a narrower class",
    "usage": "command-line usage only",
    "busy": "only with a registration deadline, which the engine never sets",
    "learn_timeout": "`station fixture learn` only",
    "target_not_active": "`station provision --target` refuses before any slot starts",
    "udev_rules": "`station fixture udev-rules` only",
    "pairing": "the base class; every raised Pairing error has a narrower class",
    "verification": "the base class's default; every raise names a narrower class",
    "policy": "the base class's default; every refusal names a narrower class",
}

_INLINE = re.compile(r"`([^`]+)`", re.S)
_FENCE = re.compile(r"^ *```[^\n]*\n(.*?)^ *```", re.S | re.M)
# A command line: `station ...`, possibly after a prompt, sudo, or a path to the program.
_COMMAND = re.compile(r"^(?:\$ )?(?:sudo )?(?:\S*/)?station( .*)?$")


def _command_lines(text: str) -> list[str]:
    """Every command line starting with `station` in inline code and in code blocks."""
    lines = [ln for m in _FENCE.finditer(text) for ln in _joined(m.group(1)).splitlines()]
    without_fences = _FENCE.sub("", text)
    lines += [" ".join(m.group(1).split()) for m in _INLINE.finditer(without_fences)]
    found: list[str] = []
    for line in lines:
        for segment in line.split(" # ")[0].split(" | "):
            match = _COMMAND.match(" ".join(segment.split()))
            if match:
                found.append("station" + (match.group(1) or ""))
    return found


def _joined(block: str) -> str:
    return re.sub(r"\\\n\s*", " ", block)  # shell line continuations


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {s for action in parser._actions for s in action.option_strings}


def _check(line: str, root: argparse.ArgumentParser) -> list[str]:
    """Problems with one documented command line (empty if it parses as documented)."""
    try:
        words = shlex.split(line.replace("\\|", "|"))
    except ValueError:
        words = line.split()
    parser, path, problems = root, ["station"], []
    for written in words[1:]:
        if written in ("...", "…") or written.startswith("<"):
            break
        # An optional part in brackets: check its option, skip its value.
        word = written.strip("[]")
        if word != written and not word.startswith("--"):
            continue
        if word.startswith("--"):
            name = word.split("=", 1)[0]
            if name not in _options(parser):
                problems.append(f"`{line}`: {' '.join(path)} has no option {name}")
            continue
        subs = _subparsers(parser)
        if not subs:
            continue  # an argument or an option's value
        alternatives = word.split("|")
        unknown = [a for a in alternatives if a not in subs]
        if unknown:
            problems.append(f"`{line}`: {' '.join(path)} has no sub-command {unknown[0]!r}")
            break
        if len(alternatives) > 1:
            break
        parser = subs[word]
        path.append(word)
    return problems


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_quoted_command_parses(doc: Path) -> None:
    root = build_parser()
    lines = _command_lines(doc.read_text(encoding="utf-8"))
    problems = [p for line in lines for p in _check(line, root)]
    assert not problems, "\n".join(problems)


def test_the_checker_catches_a_wrong_command() -> None:
    root = build_parser()
    assert _check("station journal list --text X", root) == []
    assert _check("station journal list|show|verify", root) == []
    assert _check("station journal lists", root)
    assert _check("station journal list --serial X", root)
    assert _check("station journal list [--limits N]", root)
    assert _check("station fixture udev-rules --slot-map m.json --fixture a --out f", root) == []
    assert _command_lines("run `sudo station demo --headless` now") == ["station demo --headless"]


def _engine_error_classes() -> set[str]:
    classes: set[str] = set()
    pattern = re.compile(r"error_class\s*=\s*\"([a-z_]+)\"")
    for area in ENGINE_AREAS:
        base = ROOT / "station" / area
        files = [base] if base.suffix == ".py" else sorted(base.rglob("*.py"))
        for path in files:
            classes.update(pattern.findall(path.read_text(encoding="utf-8")))
    # Built from values rather than written out in the code.
    classes.update(f"device_{code.name.lower()}" for code in ErrorCode if code is not ErrorCode.OK)
    classes.update(f"device_{s.value}" for s in DeviceStatus if s not in (DeviceStatus.PENDING,))
    classes.update({"internal", "interrupted", "already_confirmed"})
    return classes


def test_operator_guide_explains_every_error_class() -> None:
    text = (ROOT / "docs" / "operator.md").read_text(encoding="utf-8")
    # `device_confirmed` is reported as `already_confirmed`.
    expected = _engine_error_classes() - set(NOT_ON_A_TILE) - {"device_confirmed"}
    missing = sorted(c for c in expected if f"| `{c}` |" not in text)
    assert not missing, f"docs/operator.md has no table row for: {', '.join(missing)}"


def test_the_error_class_scan_finds_the_engine_classes() -> None:
    found = _engine_error_classes()
    for known in ("timeout", "port_busy", "scrap", "already_passed", "token_expired", "journal"):
        assert known in found


def _anchors(path: Path) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens."""
    anchors = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"#{1,6}\s+(.*)", line)
        if heading:
            words = re.sub(r"[^\w\- ]", "", heading.group(1).strip().lower())
            anchors.add(words.replace(" ", "-"))
    return anchors


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_relative_links_resolve(doc: Path) -> None:
    text = _FENCE.sub("", doc.read_text(encoding="utf-8"))
    problems = []
    for match in re.finditer(r"\]\(([^)\s]+)\)", text):
        link = match.group(1)
        if re.match(r"[a-z]+:", link):
            continue
        file_part, _, fragment = link.partition("#")
        target = (doc.parent / file_part) if file_part else doc
        if not target.exists():
            problems.append(f"{link}: no such file")
        elif fragment and fragment not in _anchors(target):
            problems.append(f"{link}: no heading #{fragment} in {target.name}")
    assert not problems, "\n".join(problems)
