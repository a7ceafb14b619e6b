"""The screens' language: chosen at start by `[line] language`, switched while the window is
shown (each visible text re-worded from `LanguageChange`), and a missing translation said."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox

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
