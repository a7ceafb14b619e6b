"""Text cells that a spreadsheet cannot run as a formula.

Exports carry device-supplied text (serials, firmware strings, console output) and free text
typed by people. Excel and LibreOffice treat a cell beginning with `=`, `+`, `-` or `@` as a
formula, and a leading tab or carriage return can smuggle one past a check of the first
character; such a formula can fetch URLs or, with DDE, start programs on the QA PC. A leading
apostrophe makes both programs show the text as it is. JSON Lines exports keep the raw value:
no spreadsheet evaluates them.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text
