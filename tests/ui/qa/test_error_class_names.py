"""The QA views name error classes from a catalogue (ui/qa/error_classes.py) in the screens'
language, kept in step here with every class the station's code can produce; the journal and
its exports keep the class names themselves."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from station.pairing.client import DeviceStatus
from station.profiles.smp.protocol import ErrorCode
from tests.ui.i18n_fixtures import qm_dir, station_languages
from ui.i18n.languages import I18N_DIR, LANGUAGE_NAMES, SOURCE_LANGUAGE, Languages
from ui.qa.error_classes import ERROR_CLASS_NAMES
from ui.qa.labels import error_class_label

__all__ = ["qm_dir", "station_languages"]

STATION = Path(__file__).resolve().parents[3] / "station"
# `error_class="timeout"` in a raise, `error_class = "scrap"` on an error class.
_LITERAL = re.compile(r"error_class\s*(?::\s*[\w\[\]| ]+)?=\s*\"([a-z0-9_]+)\"")
# Zephyr's missing MCUmgr group: "zephyr_no_" + the group's first word.
_MISSING_GROUP = re.compile(r"missing_group\(\s*self\.slot,\s*\"([\w-]+)\"")


def station_error_classes() -> set[str]:
    """Every error class the station's code can produce: written out, or built from values."""
    classes: set[str] = set()
    for path in sorted(STATION.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        classes.update(_LITERAL.findall(text))
        classes.update(f"zephyr_no_{g.replace('-', '_')}" for g in _MISSING_GROUP.findall(text))
    classes.discard("zephyr_no_")  # the prefix the groups' classes are built from
    # station/profiles/smp/errors.py and station/engine/checks.py build these from values.
    classes.update(f"device_{code.name.lower()}" for code in ErrorCode if code is not ErrorCode.OK)
    classes.update(f"device_{s.value}" for s in DeviceStatus if s is not DeviceStatus.PENDING)
    # The engine's own closures (attempt.py's bug path, recovery's interrupted attempt).
    classes.update({"internal", "interrupted"})
    return classes


def test_the_scan_finds_classes_of_every_kind() -> None:
    found = station_error_classes()
    for known in ("timeout", "scrap", "port_busy", "device_already_written", "zephyr_no_shell"):
        assert known in found, known
    assert "zephyr_no_file_system" in found
    assert len(found) >= 100


def test_every_class_the_station_can_produce_has_a_name_and_none_is_stale() -> None:
    found = station_error_classes()
    assert sorted(found - set(ERROR_CLASS_NAMES)) == [], "name these in ui/qa/error_classes.py"
    assert sorted(set(ERROR_CLASS_NAMES) - found) == [], "the station makes these no more"


@pytest.mark.parametrize("language", [lang for lang in LANGUAGE_NAMES if lang != SOURCE_LANGUAGE])
def test_every_name_is_translated(language: str) -> None:
    root = ET.parse(I18N_DIR / f"station_{language}.ts").getroot()
    (context,) = [c for c in root.iter("context") if c.findtext("name") == "ErrorClass"]
    done = {
        m.findtext("source", ""): m.findtext("translation", "")
        for m in context.iter("message")
        if m.find("translation") is not None and m.find("translation").get("type") != "unfinished"  # type: ignore[union-attr]
    }
    names = set(ERROR_CLASS_NAMES.values())
    assert sorted(n for n in names if not done.get(n)) == []
    shown = [done[n] for n in sorted(names)]
    assert len(set(shown)) == len(shown), "two classes read alike in this language"


def test_the_views_name_a_class_in_the_screens_language(station_languages: Languages) -> None:
    assert error_class_label("port_busy") == "Port busy"
    assert error_class_label("device_not_factory_mode") == "Device not in factory mode"
    assert station_languages.switch("de") is None
    assert error_class_label("port_busy") == "Port belegt"
    assert error_class_label("write_unknown") == "Schreibergebnis unbekannt"
    assert station_languages.switch("zh_CN") is None
    assert error_class_label("timeout") == "超时"
    # A class this station does not make (a newer station's, in the fleet) still reads as words.
    assert error_class_label("brand_new_thing") == "Brand new thing"
    assert error_class_label("") == ""
