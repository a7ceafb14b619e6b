"""Runs parsed udev rules against a recorded `udevadm info --query=property` dump.

Enough of udev's rule engine for the keys our rules use: ACTION, SUBSYSTEM, KERNEL, ENV{},
ATTRS{} (from the attributes a dump tells us), IMPORT{builtin} (a dump already holds what the
builtins produced), GOTO/LABEL, and the assignments SYMLINK, ENV, MODE, GROUP, TAG. Anything
else raises, so a rule we cannot evaluate never passes a test by accident.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from pathlib import Path

from station.ports.udev_syntax import Rule, Token

# What each builtin adds; a dump recorded after the builtin ran holds these keys.
_BUILTIN_KEYS = {"path_id": "ID_PATH", "usb_id": "ID_BUS"}


@dataclass
class Device:
    name: str
    env: dict[str, str]
    attrs: dict[str, str] = field(default_factory=dict)

    @property
    def kernel(self) -> str:
        return self.env["DEVNAME"].rsplit("/", 1)[1]


@dataclass
class Outcome:
    env: dict[str, str]
    symlinks: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    mode: str | None = None
    group: str | None = None
    fired: list[tuple[str, int]] = field(default_factory=list)


def load_dump(path: Path) -> Device:
    env: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        assert sep, f"{path}: {line!r} is not KEY=VALUE"
        env[key] = value
    attrs: dict[str, str] = {}
    # 60-serial.rules named the by-path link from ATTRS{port_number}: the suffix is its value.
    for link in env.get("DEVLINKS", "").split():
        m = re.search(r"/serial/by-path/.*-port(\d+)$", link)
        if m:
            attrs["port_number"] = m.group(1)
    return Device(path.stem, env, attrs)


def _glob(value: str, pattern: str) -> bool:
    return any(fnmatch.fnmatchcase(value, alt) for alt in pattern.split("|"))


def _matches(tok: Token, dev: Device, env: dict[str, str]) -> bool:
    if tok.key == "IMPORT":
        assert tok.attr == "builtin", f"cannot evaluate IMPORT{{{tok.attr}}}"
        return _BUILTIN_KEYS[tok.value.split()[0]] in env
    if tok.key == "ACTION":
        have: str | None = "add"
    elif tok.key == "SUBSYSTEM":
        have = env.get("SUBSYSTEM", "")
    elif tok.key == "KERNEL":
        have = dev.kernel
    elif tok.key == "ENV":
        assert tok.attr is not None
        have = env.get(tok.attr, "")
    elif tok.key == "ATTRS":
        assert tok.attr is not None
        have = dev.attrs.get(tok.attr)
    else:
        raise AssertionError(f"the matcher cannot evaluate {tok.key}")
    assert "$" not in tok.value and "%" not in tok.value, "substitutions are not evaluated"
    if have is None:  # no parent has the attribute
        return tok.op == "!="
    hit = _glob(have, tok.value)
    return hit if tok.op == "==" else not hit


def run(files: list[tuple[str, list[Rule]]], dev: Device) -> Outcome:
    out = Outcome(env=dict(dev.env))
    for name, rules in files:
        labels = {
            tok.value: i for i, r in enumerate(rules) for tok in r.tokens if tok.key == "LABEL"
        }
        i = 0
        while i < len(rules):
            rule = rules[i]
            i += 1
            checks = [t for t in rule.tokens if t.is_match or t.key == "IMPORT"]
            if not all(_matches(t, dev, out.env) for t in checks):
                continue
            actions = [t for t in rule.tokens if not (t.is_match or t.key == "IMPORT")]
            if any(t.key not in ("LABEL", "GOTO") for t in actions):
                out.fired.append((name, rule.line))
            for tok in actions:
                if tok.key == "GOTO":
                    i = labels[tok.value]
                elif tok.key != "LABEL":
                    _assign(tok, out)
    return out


def _assign(tok: Token, out: Outcome) -> None:
    if tok.key == "ENV":
        assert tok.attr is not None and tok.op in ("=", ":=")
        out.env[tok.attr] = tok.value
    elif tok.key == "SYMLINK":
        assert tok.op == "+="
        out.symlinks.append(tok.value)
    elif tok.key == "TAG":
        assert tok.op == "+="
        out.tags.append(tok.value)
    elif tok.key == "MODE":
        out.mode = tok.value
    elif tok.key == "GROUP":
        out.group = tok.value
    else:
        raise AssertionError(f"the matcher cannot apply {tok.key}{tok.op}")
