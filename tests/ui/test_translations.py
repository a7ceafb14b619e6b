"""The `.ts` sources: complete for the operator screen in German, in step with the code, and
with every placeholder kept (a lost `{slot}` would raise or show nothing on the tile)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics

from station.engine.events import Step
from ui import theme
from ui.i18n.languages import I18N_DIR, LANGUAGE_NAMES, SOURCE_LANGUAGE

from .test_glyphs import cjk_metrics, is_cjk

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
# Every context the operator screen shows (the window, its tiles, banner, menus, keys and
# scanner, the sign-in dialogs and roles toolbar, and the engine's texts by ID): each must be
# whole in German, the longest of the languages.
OPERATOR_CONTEXTS = frozenset(
    {
        "Banner",
        "ClosePrompt",
        "CountersView",
        "EngineMessage",
        "Errors",
        "KeyRouter",
        "LabelRouting",
        "Languages",
        "LineMenu",
        "QAAccess",
        "NoticeBar",
        "OperatorMenus",
        "OperatorWindow",
        "Role",
        "RoleSignInDialog",
        "SignInDialog",
        "SlotTile",
        "State",
        "SupervisorTools",
    }
)
_PLACEHOLDER = re.compile(r"\{\w+\}|%\d|%n")


def _messages(ts: Path) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, unfinished) of every message."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            unfinished = translation.get("type") == "unfinished" or not all(forms)
            found.append((name, message.findtext("source", ""), forms, unfinished))
    return found


def _ts(language: str) -> Path:
    return I18N_DIR / f"station_{language}.ts"


def test_a_ts_exists_for_every_language() -> None:
    for language in LANGUAGE_NAMES:
        assert _ts(language).is_file(), f"{_ts(language)}: run `make translations-update`"


def test_the_english_ts_holds_every_plural_and_only_plurals(tmp_path: Path) -> None:
    """station_en.ts is lupdate -pluralonly over ui/ today (no count lacks its English forms,
    none is stale), every message a plural, each with its singular and plural filled in."""
    copy = tmp_path / "station_en.ts"
    shutil.copy(_ts(SOURCE_LANGUAGE), copy)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    flags = ["-silent", "-pluralonly", "-locations", "none", "-no-obsolete"]
    subprocess.run(
        [str(LUPDATE), *flags, *sources, "-ts", str(copy)],
        check=True,
        timeout=120,
    )
    before = _messages(_ts(SOURCE_LANGUAGE))
    after = {(c, s) for c, s, _, _ in _messages(copy)}
    assert sorted(after - {(c, s) for c, s, _, _ in before}) == [], "make translations-update"
    assert sorted({(c, s) for c, s, _, _ in before} - after) == [], "make translations-update"
    root = ET.parse(_ts(SOURCE_LANGUAGE)).getroot()
    assert all(m.get("numerus") == "yes" for m in root.iter("message"))
    wrong = [f"{c}: {s!r}" for c, s, forms, unfinished in before if unfinished or len(forms) != 2]
    assert wrong == [], "give each its singular and plural in ui/i18n/station_en.ts"
    assert len(before) >= 10


def test_the_operator_screen_is_wholly_translated_in_german() -> None:
    messages = _messages(_ts("de"))
    assert {m[0] for m in messages} >= OPERATOR_CONTEXTS
    unfinished = [f"{c}: {s!r}" for c, s, _, u in messages if c in OPERATOR_CONTEXTS and u]
    assert unfinished == [], "translate these in ui/i18n/station_de.ts (docs/development.md)"


@pytest.mark.parametrize("language", list(LANGUAGE_NAMES))
def test_every_translation_keeps_its_placeholders(language: str) -> None:
    wrong = [
        f"{context}: {source!r} -> {form!r}"
        for context, source, forms, unfinished in _messages(_ts(language))
        if not unfinished
        for form in forms
        if sorted(set(_PLACEHOLDER.findall(form)) - {"%n"})
        != sorted(set(_PLACEHOLDER.findall(source)) - {"%n"})
    ]
    assert wrong == []


def test_the_ts_files_hold_every_wrapped_string(tmp_path: Path) -> None:
    """lupdate over ui/ today finds no string the committed .ts lacks, and no stale one: a new
    or changed text needs `make translations-update` (and its translation)."""
    copy = tmp_path / "station_de.ts"
    shutil.copy(_ts("de"), copy)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(LUPDATE), "-silent", "-locations", "none", "-no-obsolete", *sources, "-ts", str(copy)],
        check=True,
        timeout=120,
    )
    before = {(c, s) for c, s, _, _ in _messages(_ts("de"))}
    after = {(c, s) for c, s, _, _ in _messages(copy)}
    assert sorted(after - before) == [], "new strings: run `make translations-update`"
    assert sorted(before - after) == [], "stale strings: run `make translations-update`"


def test_every_step_label_has_a_message_id() -> None:
    assert {s: s.text.english for s in Step} == {s: s.label for s in Step}
    assert all(s.text.id == f"step.{s.value}" for s in Step)


def test_every_translated_character_is_in_the_stations_fonts(qapp: object) -> None:
    """A character no font of the station has is drawn as an empty box: Chinese needs the CJK
    font the package depends on, every other language DejaVu Sans."""
    sans = QFontMetrics(theme.font(theme.BODY_PT))
    cjk = cjk_metrics()
    missing = {
        f"{language}: {ch} (U+{ord(ch):04X})"
        for language in LANGUAGE_NAMES
        if language != SOURCE_LANGUAGE
        for _, _, forms, _ in _messages(_ts(language))
        for form in forms
        for ch in form
        if ch.isprintable()
        and not sans.inFontUcs4(ord(ch))
        and not (is_cjk(ch) and cjk.inFontUcs4(ord(ch)))
    }
    assert sorted(missing) == []
