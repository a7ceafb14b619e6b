"""`python -m station.config.docs [FILE]`: write the option tables of docs/configuration.md.

Each table sits between ``<!-- options: PATH -->`` and ``<!-- end of options -->``, PATH naming a
section of `station.config.sections`; everything else in the file is prose and left as it is.
tests/config/test_options.py fails when the file and the declarations differ.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

from station.config.sections import SECTIONS

DOC = Path(__file__).resolve().parents[2] / "docs" / "configuration.md"
_BLOCK = re.compile(
    r"(<!-- options: (?P<path>\S+) -->\n)(?P<table>.*?)(\n<!-- end of options -->)", re.S
)


def marked_sections(text: str) -> list[str]:
    return [m.group("path") for m in _BLOCK.finditer(text)]


def render(text: str) -> str:
    """`text` with every marked table replaced by its section's table."""

    def table(match: re.Match[str]) -> str:
        path = match.group("path")
        if path not in SECTIONS:
            raise KeyError(f"the docs mark a table for {path!r}, which no section declares")
        return match.group(1) + SECTIONS[path].markdown() + match.group(4)

    return _BLOCK.sub(table, text)


def main(argv: Sequence[str] = ()) -> int:
    doc = Path(argv[0]) if argv else DOC
    text = doc.read_text(encoding="utf-8")
    new = render(text)
    if new != text:
        doc.write_text(new, encoding="utf-8")
        sys.stdout.write(f"{doc}: option tables rewritten from the declarations\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
