"""Write `engine_texts.py`: the station's message catalogue marked for lupdate.

lupdate reads only literal strings in calls it knows, and the station's messages have their one
English source in `station.catalogue` (no Qt there). `make translations-update` runs this first,
so each template stands in engine_texts.py as `QT_TRANSLATE_NOOP("EngineMessage", "...")` and
lupdate brings it into the `.ts`; tests/ui/test_engine_texts.py fails when the file is not in
step with the catalogue.

    python -m ui.i18n.generate            # rewrite ui/i18n/engine_texts.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from station.catalogue import CATALOGUE

TARGET = Path(__file__).resolve().parent / "engine_texts.py"
CONTEXT = "EngineMessage"

_HEAD = f'''"""The station's messages (station.catalogue) marked for translation, by message ID.

Written by `make translations-update` (python -m ui.i18n.generate); do not edit: change the
English in station/catalogue/ and run it again.
"""

# ruff: noqa: E501

from __future__ import annotations

from ui.i18n.languages import QT_TRANSLATE_NOOP

CONTEXT = "{CONTEXT}"

# fmt: off
TEXTS: dict[str, str] = {{
'''


def _literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def source() -> str:
    """The module's text for the catalogue as it is now."""
    lines = [_HEAD]
    for message_id, template in sorted(CATALOGUE.items()):
        lines.append(
            f"    {_literal(message_id)}: QT_TRANSLATE_NOOP({_literal(CONTEXT)}, "
            f"{_literal(template)}),\n"
        )
    lines.append("}\n# fmt: on\n")
    return "".join(lines)


def main() -> int:
    text = source()
    if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
        TARGET.write_text(text, encoding="utf-8")
        sys.stdout.write(f"wrote {TARGET} ({len(CATALOGUE)} messages)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
