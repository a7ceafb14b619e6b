"""The screens' language: chosen at start by `[line] language`, switched while the window is
shown (each visible text re-worded from `LanguageChange`), and a missing translation said."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from station.engine.events import SlotState
from ui.i18n.languages import Languages

from .conftest import OperatorStation
from .i18n_fixtures import qm_dir, station_languages, without_qm

__all__ = ["qm_dir", "station_languages", "without_qm"]

Factory = Callable[..., OperatorStation]


def test_switching_language_rewords_the_visible_window(
    operator_station: Factory, station_languages: Languages
) -> None:
    st = operator_station(slots=2)
    w = st.window
    assert w.provision_button.text() == "▶ Provision ready slots (F5)"
    assert w.provision_button.isVisible()

    w.menus.language_actions["de"].trigger()
    st.qtbot.waitUntil(lambda: w.provision_button.text() == "▶ Bereite Plätze starten (F5)")
    assert w.windowTitle() == "Provisioning Station — Bediener"
    assert w.roles_menu.title() == "&Rollen"
    assert w.menus.language_actions["de"].isChecked()
    assert station_languages.current == "de"

    w.menus.language_actions["en"].trigger()
    st.qtbot.waitUntil(lambda: w.provision_button.text() == "▶ Provision ready slots (F5)")
    assert w.roles_menu.title() == "&Roles"


def test_a_failed_tile_is_reworded_in_place(
    operator_station: Factory, station_languages: Languages
) -> None:
    """The tile's state, cause and action follow a switch made while it shows a failure; the
    journal keeps the engine's English."""
    st = operator_station(slots=2, faults="slot2:noreply@identify*always")
    w = st.window
    st.wait_all(SlotState.READY)
    w.provision_all()
    st.wait_states(lambda s: s["2"] is SlotState.FAIL and s["1"] is SlotState.PASS)
    tile = w.tile("2")
    english = (tile.state_text, tile.cause_text, tile.action_text)
    assert english[0] == "✗ FAIL" and english[2].startswith("What to do: Reseat the device")

    w.set_language("de")
    st.qtbot.waitUntil(lambda: tile.cause_text == "Das Gerät hat nicht rechtzeitig geantwortet.")
    assert " ".join(tile.state_label.text().split()) == tile.state_text == "✗ FEHLER"
    assert tile.action_text.startswith("Was tun: Gerät neu einsetzen")
    assert " ".join(tile.action.text().split()) == tile.action_text
    assert w.tile("1").state_text == "✓ OK"
    assert w.tile("2").step_label.isHidden()
    row = {r["slot"]: r for r in st.journal_rows()}["2"]
    assert "did not answer" in row["message"] and row["action"].startswith("Reseat")

    w.set_language("en")
    st.qtbot.waitUntil(lambda: (tile.state_text, tile.cause_text, tile.action_text) == english)


def test_each_operator_gets_back_the_language_they_picked(
    operator_station: Factory, station_languages: Languages
) -> None:
    st = operator_station(slots=1, operator="Ana")
    w = st.window
    w.set_language("es")
    st.qtbot.waitUntil(lambda: w.provision_button.text() == "▶ Iniciar ranuras listas (F5)")
    w.set_operator("Li")
    w.set_language("zh_CN")
    st.qtbot.waitUntil(lambda: w.provision_button.text() == "▶ 启动就绪槽位 (F5)")
    w.set_operator("Ana")
    st.qtbot.waitUntil(lambda: w.provision_button.text() == "▶ Iniciar ranuras listas (F5)")
    assert station_languages.current == "es"
    w.set_operator("Bo")  # never picked one: the screen stays as it is
    assert station_languages.current == "es"


def test_qt_own_buttons_follow_the_language(qapp: object, station_languages: Languages) -> None:
    """qtbase_<lang>.qm from PySide6 words the standard buttons of every dialog."""
    assert station_languages.switch("de") is None
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Abbrechen"


def test_a_missing_translation_is_said_and_english_stays(
    operator_station: Factory, without_qm: Languages
) -> None:
    st = operator_station(slots=1)
    w = st.window
    w.menus.language_actions["de"].trigger()
    assert without_qm.current == "en"
    assert w.provision_button.text() == "▶ Provision ready slots (F5)"
    shown = w.notices.text.text()
    assert "Deutsch translation" in shown and "station_de.qm" in shown, shown
    assert "make translations" in shown, shown
    assert w.menus.language_actions["en"].isChecked()


def test_english_counts_read_in_the_singular_and_the_plural(station_languages: Languages) -> None:
    """English's own .qm (plural forms only): no "event(s)" on an English screen."""

    def count(context: str, source: str, n: int) -> str:
        return QCoreApplication.translate(context, source, "", n)

    assert count("AuditEventsView", "{count} event(s)", 1) == "{count} event"
    assert count("AuditEventsView", "{count} event(s)", 3) == "{count} events"
    assert count("OperatorWindow", "Started %n slot(s).", 1) == "Started 1 slot."
    assert count("OperatorWindow", "Started %n slot(s).", 16) == "Started 16 slots."
    assert count("QAWindow", "{count} attempt(s) match ({filter})", 1).startswith(
        "{count} attempt matches"
    )
    # Back to English after German: the English forms again, not German's nor the source's.
    assert station_languages.switch("de") is None
    assert count("AuditEventsView", "{count} event(s)", 3) == "{count} Ereignisse"
    assert station_languages.switch("en") is None
    assert count("AuditEventsView", "{count} event(s)", 3) == "{count} events"


def test_a_missing_english_qm_is_said_and_english_stays(
    tmp_path: Path, station_languages: Languages
) -> None:
    for qm in Path(station_languages.directory).glob("*.qm"):
        if qm.name != "station_en.qm":
            shutil.copy(qm, tmp_path / qm.name)
    station_languages.directory = tmp_path
    missing = station_languages.switch("en")
    assert missing is not None
    assert "station_en.qm" in missing.message and "make translations" in missing.action
    assert station_languages.current == "en"
    said = QCoreApplication.translate("AuditEventsView", "{count} event(s)", "", 3)
    assert said == "{count} event(s)"
    # Another language still loads, and going back to English says the same again.
    assert station_languages.switch("de") is None
    assert station_languages.switch("en") is not None
