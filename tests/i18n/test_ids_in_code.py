"""Every `Text.of("id", ...)` written in station/ names a catalogue message and gives exactly
its placeholders. `Text` refuses a wrong one only when it is made, and most are made on a
failure path (a cut cable, a Pairing status seen once a year): there, a typo would turn the
environment's fault into our bug. This reads the source, so every such call is checked."""

from __future__ import annotations

import ast
from pathlib import Path

from station.catalogue import CATALOGUE
from station.text import placeholders

ROOT = Path(__file__).resolve().parents[2]


def _literal_ids(node: ast.expr) -> list[str] | None:
    """The IDs a call's first argument can be, if written out: "a" or `"a" if c else "b"`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _literal_ids(node.body), _literal_ids(node.orelse)
        return body + orelse if body is not None and orelse is not None else None
    return None


def wrong_ids(source: str, where: str) -> list[str]:
    """The `Text.of` calls in `source` whose ID or placeholders do not match the catalogue."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "of"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "Text"
            and node.args
        ):
            continue
        ids = _literal_ids(node.args[0])
        if ids is None:  # made from an enum's value or the like: its own tests make each one
            continue
        given = {k.arg for k in node.keywords}
        for message_id in ids:
            if message_id not in CATALOGUE:
                found.append(f"{where}:{node.lineno}: no message {message_id!r}")
            elif None not in given and given != placeholders(CATALOGUE[message_id]):
                wanted = sorted(placeholders(CATALOGUE[message_id]))
                found.append(
                    f"{where}:{node.lineno}: {message_id!r} takes {wanted}, "
                    f"given {sorted(str(g) for g in given)}"
                )
    return found


def test_every_message_made_in_station_names_its_id_and_values_rightly() -> None:
    checked = 0
    offenders = []
    for path in sorted((ROOT / "station").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        checked += source.count("Text.of(")
        offenders += wrong_ids(source, str(path.relative_to(ROOT)))
    assert checked > 300  # the scan reads the station's messages, not an empty tree
    assert offenders == []


def test_the_check_finds_a_wrong_id_and_wrong_values() -> None:
    source = """
a = Text.of("check.nothing_like_this", slot=1)
b = Text.of("check.reveal_mismatch")
c = Text.of("check.reveal_mismatch" if x else "check.nothing_else", slot=1)
d = Text.of("check.reveal_mismatch", slot=1)
e = Text.of(f"step.{x}")
"""
    assert wrong_ids(source, "s.py") == [
        "s.py:2: no message 'check.nothing_like_this'",
        "s.py:3: 'check.reveal_mismatch' takes ['slot'], given []",
        "s.py:4: no message 'check.nothing_else'",
    ]
