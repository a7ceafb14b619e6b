"""The banner's fleet line: hidden on a single station; live, backlog, offline, and a block on
new registrations, as the engine's fleet events reach it through the bridge."""

from __future__ import annotations

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from station.engine.events import FleetLinkChanged
from station.fleet.link_state import FleetLinkState
from station.text import Text
from ui import theme
from ui.bridge import EngineBridge
from ui.operator.banner import Banner


def _banner(qtbot: QtBot) -> Banner:
    banner = Banner()
    qtbot.addWidget(banner)
    banner.resize(1280, 160)
    banner.show()
    qtbot.waitExposed(banner)
    return banner


def _background(banner: Banner) -> QColor:
    return banner.fleet.grab().toImage().pixelColor(1, 1)


def test_a_single_station_shows_no_fleet_line(qtbot: QtBot) -> None:
    assert not _banner(qtbot).fleet.isVisible()


def test_the_fleet_line_says_live_backlog_offline_and_blocked(qtbot: QtBot) -> None:
    banner = _banner(qtbot)
    bridge = EngineBridge(interval_ms=10)
    bridge.fleetChanged.connect(banner.show_fleet)

    def show(state: FleetLinkState) -> None:
        bridge.sink(FleetLinkChanged(state))  # as the link's thread does
        qtbot.waitUntil(lambda: banner.fleet.isVisible() and state.headline in banner.fleet.text())

    show(FleetLinkState("live", 0, registrations_blocked=False))
    assert banner.fleet.text() == "Fleet: live"
    plain = _background(banner)

    show(FleetLinkState("backlog", 1234, registrations_blocked=False))
    assert banner.fleet.text() == "⚠ Fleet: backlog 1234"
    assert _background(banner) == QColor(theme.YELLOW)

    blocked = FleetLinkState(
        "offline",
        87,
        registrations_blocked=True,
        problem_text=Text.plain(
            "The central database at 10.0.0.5:5432 cannot be reached (timeout)."
        ),
        action_text=Text.plain("Check the network cable."),
    )
    show(blocked)
    text = banner.fleet.text()
    assert text.startswith("✗ Fleet: offline, backlog 87 · new registrations blocked.")
    assert "What to do: call the supervisor" in text
    assert _background(banner) == QColor(theme.DARK_VERMILLION)
    assert "cannot be reached" in banner.fleet.toolTip()
    assert "network cable" in banner.fleet.toolTip()

    show(FleetLinkState("offline", 90, registrations_blocked=False, lot="20261206-2030-a1b2c3"))
    assert banner.fleet.text() == "⚠ Fleet: offline, backlog 90 · offline lot 20261206-2030-a1b2c3"
    assert _background(banner) == QColor(theme.YELLOW)

    show(FleetLinkState("live", 0, registrations_blocked=False))
    assert _background(banner) == plain
    bridge.stop()
