"""Text cells that a spreadsheet cannot run as a formula.

Exports carry device-supplied text (serials, firmware strings, console output) and free text
typed by people. Excel and LibreOffice treat a cell beginning with `=`, `+`, `-` or `@` as a
formula, and a leading tab or carriage return can smuggle one past a check of the first
character; such a formula can fetch URLs or, with DDE, start programs on the QA PC. A leading
apostrophe makes both programs show the text as it is. JSON Lines exports keep the raw value:
no spreadsheet evaluates them.

The CSV export applies the guard in SQL (`guarded_sql`) and, for the console, in Python
(`spreadsheet_safe`); a test holds the two to the same answer for every first character.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# This runs for every text cell of every exported attempt. Every formula start is ASCII below
# "A" and outside "." to "<", where nearly every cell starts (letters, digits, non-ASCII): two
# or three comparisons of text settle those without a function call. The rest read the first
# code point with `unicode()`, which copies no substring.
_APOSTROPHE = "''''"  # SQL for a text of one apostrophe
_WHEN_FORMULA = " ".join(f"WHEN {ord(c)} THEN {_APOSTROPHE} || {{x}}" for c in FORMULA_STARTS)
_PLAIN_START = "{x} >= 'A' OR ({x} >= '.' AND {x} < '=')"


def spreadsheet_safe(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def guarded_sql(expr: str) -> str:
    """`spreadsheet_safe` in SQL, for an expression that is cheap to read twice (a column)."""
    return (
        f"CASE WHEN {_PLAIN_START.format(x=expr)} THEN {expr} "
        f"ELSE CASE unicode({expr}) {_WHEN_FORMULA.format(x=expr)} ELSE {expr} END END"
    )
