"""Write `engine_texts/`: the station's message catalogue marked for lupdate, one module per area.

lupdate reads only literal strings in calls it knows, and the station's messages have their one
English source in `station.catalogue` (no Qt there). `make translations-update` runs this first,
so each template stands in engine_texts/<area>.py as `QT_TRANSLATE_NOOP("EngineMessage", "...")` and
lupdate brings it into the `.ts`. A plural stands as `translate("EngineMessage", "..%n..", "", 0)`,
the one form of call lupdate reads as a plural; after lupdate, `english_plurals` writes English's
singular and plural from the catalogue into station_en.ts, so English too has one source.
tests/i18n/test_catalogue_translated.py fails when the package is not in step with the catalogue.

    python -m ui.i18n.generate                    # rewrite ui/i18n/engine_texts/
    python -m ui.i18n.generate --english-plurals  # after lupdate: the plurals' English forms
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from collections.abc import Mapping
from pathlib import Path

import station.catalogue
from station.catalogue import CATALOGUE, ENTRIES, Plural

#: A package: one module per catalogue area, so no generated module outgrows the line limit.
TARGET = Path(__file__).resolve().parent / "engine_texts"
CONTEXT = "EngineMessage"

_NOTE = (
    "Written by `make translations-update` (python -m ui.i18n.generate); do not edit: change\n"
    "the English in station/catalogue/ and run it again.\n"
)

#: ruff's line length (pyproject.toml); an English template is one line, however long.
_LINE_LIMIT = 100
_LONG_LINES_ALLOWED = "# ruff: noqa: E501\n\n"

_AREA_HEAD = f'''"""The messages of station/catalogue/{{area}}.py marked for translation, by ID.

{_NOTE}"""

{_LONG_LINES_ALLOWED}from __future__ import annotations

{{imports}}

# fmt: off
TEXTS: dict[str, str] = {{{{
'''

_PACKAGE_HEAD = f'''"""The station's messages (station.catalogue) marked for translation, by ID.

{_NOTE}"""

from __future__ import annotations

'''


def _literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def qt_source(entry: str | Plural) -> str:
    """The text lupdate reads for a catalogue entry (a plural's with `%n`)."""
    return entry.source if isinstance(entry, Plural) else entry


def areas() -> dict[str, Mapping[str, str | Plural]]:
    """Each area of the catalogue (its module's name) and its table."""
    found: dict[str, Mapping[str, str | Plural]] = {}
    for info in sorted(pkgutil.iter_modules(station.catalogue.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):  # not an area: the package's own machinery
            continue
        module = importlib.import_module(f"station.catalogue.{info.name}")
        found[info.name] = module.TEXTS
    return found


def _area_source(area: str, table: Mapping[str, str | Plural]) -> str:
    marks = ["QT_TRANSLATE_NOOP"] if any(isinstance(e, str) for e in table.values()) else []
    if any(isinstance(e, Plural) for e in table.values()):
        marks.append("counted_noop as translate")
    imports = "\n".join(f"from ui.i18n.languages import {mark}" for mark in marks)
    lines = [_AREA_HEAD.format(area=area, imports=imports)]
    for message_id, entry in sorted(table.items()):
        if isinstance(entry, Plural):
            mark = f'translate({_literal(CONTEXT)}, {_literal(entry.source)}, "", 0)'
        else:
            mark = f"QT_TRANSLATE_NOOP({_literal(CONTEXT)}, {_literal(entry)})"
        lines.append(f"    {_literal(message_id)}: {mark},\n")
    lines.append("}\n# fmt: on\n")
    text = "".join(lines)
    if all(len(line) <= _LINE_LIMIT for line in text.splitlines()):
        # ruff refuses a directive with nothing to silence.
        text = text.replace(_LONG_LINES_ALLOWED, "", 1)
    return text


def _import_line(names: list[str]) -> str:
    """The package's import of its areas, wrapped the way ruff formats it when too long."""
    line = f"from ui.i18n.engine_texts import {', '.join(names)}\n\n"
    if len(line.rstrip()) <= _LINE_LIMIT:
        return line
    listed = "".join(f"    {name},\n" for name in names)
    return f"from ui.i18n.engine_texts import (\n{listed})\n\n"


def sources() -> dict[str, str]:
    """The package's files (name -> text) for the catalogue as it is now."""
    tables = areas()
    joined = {k: v for table in tables.values() for k, v in table.items()}
    assert joined == ENTRIES, "station.catalogue joins a table that is not an area module"
    files = {f"{area}.py": _area_source(area, table) for area, table in tables.items()}
    files["__init__.py"] = (
        _PACKAGE_HEAD
        + _import_line(list(tables))
        + f"CONTEXT = {_literal(CONTEXT)}\n\n"
        + "TEXTS: dict[str, str] = {\n"
        + "".join(f"    **{area}.TEXTS,\n" for area in tables)
        + "}\n"
    )
    return files


def written() -> dict[str, str]:
    """The package's files as they are on disk."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(TARGET.glob("*.py"))}


#: English's .ts: lupdate -pluralonly puts each plural there; its forms come from the catalogue.
EN_TS = Path(__file__).resolve().parent / "station_en.ts"


def _xml(text: str) -> str:
    """`text` escaped as lupdate writes it."""
    for plain, escaped in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        text = text.replace(plain, escaped)
    return text.replace("'", "&apos;").replace('"', "&quot;")


def english_plurals(ts: str) -> str:
    """`ts` (station_en.ts) with each catalogue plural's English singular and plural filled in."""
    for plural in (e for e in ENTRIES.values() if isinstance(e, Plural)):
        forms = "".join(
            f"\n            <numerusform>{_xml(form)}</numerusform>"
            for form in (plural.singular_source, plural.source)
        )
        found = re.compile(
            rf"(<source>{re.escape(_xml(plural.source))}</source>\s*)<translation[^>]*>.*?"
            r"</translation>",
            re.S,
        )

        def filled(match: re.Match[str], forms: str = forms) -> str:
            return f"{match.group(1)}<translation>{forms}\n        </translation>"

        ts, n = found.subn(filled, ts)
        assert n == 1, f"{plural.source!r} is not in {EN_TS.name}: run lupdate first"
    return ts


def main() -> int:
    if sys.argv[1:] == ["--english-plurals"]:
        EN_TS.write_text(english_plurals(EN_TS.read_text(encoding="utf-8")), encoding="utf-8")
        return 0
    files = sources()
    TARGET.mkdir(exist_ok=True)
    for stale in set(written()) - set(files):
        (TARGET / stale).unlink()
    for name, text in files.items():
        path = TARGET / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            sys.stdout.write(f"wrote {path}\n")
    sys.stdout.write(f"{len(CATALOGUE)} messages in {len(files) - 1} areas\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
