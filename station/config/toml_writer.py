"""A small TOML writer for the station's configuration documents.

`tomllib` reads TOML but the standard library cannot write it. The configuration only needs
strings, integers, floats, booleans, arrays of those (and of short arrays), tables and arrays
of tables, so this writer covers exactly that and refuses anything else rather than guessing.
Every document it writes is read back with `tomllib` by the caller before it replaces a file.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def dumps(document: Mapping[str, Any]) -> str:
    lines: list[str] = []
    _table(document, (), lines)
    return "\n".join(lines).lstrip("\n") + "\n"


def _table(table: Mapping[str, Any], path: tuple[str, ...], lines: list[str]) -> None:
    nested: list[tuple[str, Any]] = []
    for key, value in table.items():
        if value is None:
            continue  # TOML has no null: an absent key means "not set"
        if isinstance(value, Mapping) or _is_table_array(value):
            nested.append((key, value))
        else:
            lines.append(f"{_key(key)} = {_value(value)}")
    for key, value in nested:
        sub = (*path, key)
        header = ".".join(_key(k) for k in sub)
        if isinstance(value, Mapping):
            # A table holding only sub-tables needs no header of its own.
            if not value or any(
                not (isinstance(v, Mapping) or _is_table_array(v))
                for v in value.values()
                if v is not None
            ):
                lines.append("")
                lines.append(f"[{header}]")
            _table(value, sub, lines)
        else:
            for item in value:
                lines.append("")
                lines.append(f"[[{header}]]")
                _table(item, sub, lines)


def _is_table_array(value: Any) -> bool:
    return (
        isinstance(value, Sequence)
        and not isinstance(value, str)
        and len(value) > 0
        and all(isinstance(v, Mapping) for v in value)
    )


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _string(key)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("the configuration holds no infinite or NaN numbers")
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, Sequence):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(f"cannot write a {type(value).__name__} to the configuration")


def _string(text: str) -> str:
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
