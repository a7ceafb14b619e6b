"""A strict reader for udev rules files.

Debian 12's udev (252) has no `udevadm verify`, and `udevadm test` needs a real device and exits
0 whatever it finds. This parser checks what a broken rule would silently get wrong: key names,
which operators each key accepts, attribute braces, double quotes, the comma between tokens,
and that every GOTO has its LABEL further down. It is stricter than udev (which only warns about
a missing comma), on purpose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from station.errors import StationError

MATCH_OPS = frozenset({"==", "!="})
ASSIGN_OPS = frozenset({"=", "+=", "-=", ":="})
ALL_OPS = MATCH_OPS | ASSIGN_OPS


@dataclass(frozen=True)
class KeySpec:
    ops: frozenset[str]
    attr: str  # "required", "forbidden" or "optional"


_M = MATCH_OPS
_SPECS: dict[str, KeySpec] = {
    "ACTION": KeySpec(_M, "forbidden"),
    "DEVPATH": KeySpec(_M, "forbidden"),
    "KERNEL": KeySpec(_M, "forbidden"),
    "KERNELS": KeySpec(_M, "forbidden"),
    "SUBSYSTEM": KeySpec(_M, "forbidden"),
    "SUBSYSTEMS": KeySpec(_M, "forbidden"),
    "DRIVER": KeySpec(_M, "forbidden"),
    "DRIVERS": KeySpec(_M, "forbidden"),
    "TAGS": KeySpec(_M, "forbidden"),
    "RESULT": KeySpec(_M, "forbidden"),
    "ATTRS": KeySpec(_M, "required"),
    "CONST": KeySpec(_M, "required"),
    "TEST": KeySpec(_M, "optional"),
    "PROGRAM": KeySpec(_M | frozenset({"="}), "forbidden"),
    "NAME": KeySpec(_M | frozenset({"=", ":="}), "forbidden"),
    "SYMLINK": KeySpec(ALL_OPS, "forbidden"),
    "TAG": KeySpec(ALL_OPS, "forbidden"),
    "ENV": KeySpec(_M | frozenset({"=", "+=", ":="}), "required"),
    "ATTR": KeySpec(_M | frozenset({"="}), "required"),
    "SYSCTL": KeySpec(_M | frozenset({"="}), "required"),
    "OWNER": KeySpec(frozenset({"=", ":="}), "forbidden"),
    "GROUP": KeySpec(frozenset({"=", ":="}), "forbidden"),
    "MODE": KeySpec(frozenset({"=", ":="}), "forbidden"),
    "SECLABEL": KeySpec(frozenset({"=", "+=", ":="}), "required"),
    "RUN": KeySpec(frozenset({"=", "+=", ":="}), "optional"),
    "IMPORT": KeySpec(frozenset({"=", "==", "!="}), "required"),
    "OPTIONS": KeySpec(frozenset({"=", "+=", ":="}), "forbidden"),
    "LABEL": KeySpec(frozenset({"="}), "forbidden"),
    "GOTO": KeySpec(frozenset({"="}), "forbidden"),
}
_IMPORT_TYPES = frozenset({"program", "builtin", "file", "db", "cmdline", "parent"})
_BUILTINS = frozenset(
    {"blkid", "btrfs", "hwdb", "input_id", "keyboard", "kmod", "net_id", "net_setup_link",
     "path_id", "usb_id", "uaccess"}
)  # fmt: skip

_TOKEN = re.compile(
    r"(?P<key>[A-Z_]+)(?:\{(?P<attr>[^{}\s]*)\})?\s*(?P<op>==|!=|\+=|-=|:=|=)\s*"
    r"(?P<prefix>[er]?)\"(?P<value>(?:[^\"\\]|\\.)*)\""
)
_SEPARATOR = re.compile(r"\s*,\s*")


class RulesSyntaxError(StationError):
    error_class = "udev_rules"


@dataclass(frozen=True)
class Token:
    key: str
    attr: str | None
    op: str
    value: str

    @property
    def is_match(self) -> bool:
        return self.op in MATCH_OPS


@dataclass(frozen=True)
class Rule:
    line: int
    tokens: tuple[Token, ...]


def parse_rules(text: str, *, source: str = "rules") -> list[Rule]:
    """Parse a rules file; raise `RulesSyntaxError` naming every problem with its line."""
    rules: list[Rule] = []
    problems: list[str] = []
    for line_no, line in _logical_lines(text):
        try:
            rules.append(Rule(line_no, tuple(_parse_line(line))))
        except ValueError as exc:
            problems.append(f"{source}:{line_no}: {exc}")
    labels: dict[str, int] = {}
    for rule in rules:
        for tok in rule.tokens:
            if tok.key == "LABEL":
                if tok.value in labels:
                    first = labels[tok.value]
                    problems.append(
                        f"{source}:{rule.line}: LABEL {tok.value!r} repeats line {first}"
                    )
                labels[tok.value] = rule.line
    for rule in rules:
        for tok in rule.tokens:
            # udev only jumps forward: a GOTO to a label above it, or to none, skips the rest
            if tok.key == "GOTO" and labels.get(tok.value, 0) <= rule.line:
                problems.append(f"{source}:{rule.line}: GOTO {tok.value!r} has no LABEL below it")
    if problems:
        raise RulesSyntaxError(
            "The udev rules have errors:\n" + "\n".join(problems),
            "fix the lines named above (or regenerate them with `station fixture udev-rules`)",
        )
    return rules


def _logical_lines(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pending = ""
    start = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if not pending:
            start = number
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        out.append((start, pending + line))
        pending = ""
    if pending:
        out.append((start, pending))
    return out


def _parse_line(line: str) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    while pos < len(line):
        m = _TOKEN.match(line, pos)
        if m is None:
            raise ValueError(f'cannot read a KEY<op>"value" token at {line[pos : pos + 30]!r}')
        tokens.append(_check_token(m))
        pos = m.end()
        if pos == len(line):
            break
        sep = _SEPARATOR.match(line, pos)
        if sep is None or sep.end() == pos or "," not in sep.group():
            raise ValueError(f"a comma is expected between tokens before {line[pos : pos + 30]!r}")
        pos = sep.end()
        if pos == len(line):
            raise ValueError("the line ends with a comma")
    return tokens


def _check_token(m: re.Match[str]) -> Token:
    key, attr, op, value = m.group("key"), m.group("attr"), m.group("op"), m.group("value")
    spec = _SPECS.get(key)
    if spec is None:
        raise ValueError(f"unknown key {key!r}")
    if attr is None and spec.attr == "required":
        raise ValueError(f"{key} needs an attribute in braces, like {key}{{name}}")
    if attr is not None and spec.attr == "forbidden":
        raise ValueError(f"{key} takes no attribute in braces")
    if attr == "":
        raise ValueError(f"{key}{{}} has an empty attribute")
    if op not in spec.ops:
        raise ValueError(f"invalid operator {op!r} for {key}")
    if m.group("prefix") == "" and "\\" in value:
        raise ValueError(f'{key} value {value!r} has a backslash outside an e"..." string')
    _check_value(key, attr, op, value)
    return Token(key, attr, op, value)


def _check_value(key: str, attr: str | None, op: str, value: str) -> None:
    if key == "IMPORT":
        assert attr is not None
        if attr not in _IMPORT_TYPES:
            raise ValueError(f"unknown IMPORT type {attr!r}")
        name = (value.split(maxsplit=1) or [""])[0]
        if attr == "builtin" and name not in _BUILTINS:
            raise ValueError(f"unknown udev builtin {name!r}")
    if key == "MODE" and not re.fullmatch(r"0?[0-7]{3}", value):
        raise ValueError(f"MODE {value!r} is not an octal permission like 0660")
    if key in ("LABEL", "GOTO") and not re.fullmatch(r"[A-Za-z0-9_-]+", value):
        raise ValueError(f"{key} {value!r} is not a plain label name")
    if key == "SYMLINK" and not op.startswith("=") and value.startswith("/"):
        raise ValueError(f"SYMLINK {value!r} must be relative to /dev")
    if value != value.strip():
        raise ValueError(f"{key} value {value!r} has leading or trailing spaces")
