"""`python -m station.config.docs`: write the option tables in docs/*.md from the declarations.

Each table sits between ``<!-- options: PATH -->`` and ``<!-- end of options -->``, PATH naming
a declared section: the station's own (`station.config.sections`) in docs/configuration.md, a
device profile's (``profiles.<kind>``) on that profile's page. Everything else in a file is
prose and left as it is. tests/config/test_options.py fails when a file and the declarations
differ.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from station import profiles
from station.config import sections
from station.config.options import Section, declared_sections
from station.errors import ConfigError

DOCS = Path(__file__).resolve().parents[2] / "docs"
DOC = DOCS / "configuration.md"
_BLOCK = re.compile(
    r"(<!-- options: (?P<path>\S+) -->\n)(?P<table>.*?)(\n<!-- end of options -->)", re.S
)


def all_sections() -> dict[str, Section]:
    """The station's sections and every device profile's that this installation can load."""
    for kind in profiles.kinds():
        try:
            profiles.factory(kind)  # importing the profile's module declares its section
        except ConfigError:
            continue  # not installed here (e.g. without esptool): its page is left as it is
    return {**declared_sections(), **sections.SECTIONS}


def marked_sections(text: str) -> list[str]:
    return [m.group("path") for m in _BLOCK.finditer(text)]


def render(text: str, known: Mapping[str, Section] | None = None) -> str:
    """`text` with every marked table replaced by its section's table."""
    known = sections.SECTIONS if known is None else known

    def table(match: re.Match[str]) -> str:
        path = match.group("path")
        if path not in known:
            raise KeyError(f"the docs mark a table for {path!r}, which no section declares")
        return match.group(1) + known[path].markdown() + match.group(4)

    return _BLOCK.sub(table, text)


def main(argv: Sequence[str] = ()) -> int:
    known = all_sections()
    docs = [Path(a) for a in argv] or sorted(DOCS.glob("*.md"))
    for doc in docs:
        text = doc.read_text(encoding="utf-8")
        new = render(text, known)
        if new != text:
            doc.write_text(new, encoding="utf-8")
            sys.stdout.write(f"{doc}: option tables rewritten from the declarations\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
