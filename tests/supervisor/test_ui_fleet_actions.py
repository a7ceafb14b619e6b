"""In fleet mode the Roles menu offers the offline lot and the release of a claim to a signed-in
supervisor only (the real operator window and supervisor tools, offscreen)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from station.config import load_config
from station.config.model import FleetConfig
from station.fleet.lots import current_lot
from tests.supervisor.conftest import WAIT_MS, Supervised
from ui.supervisor.fleet_dialogs import FleetSupervisorActions
from ui.supervisor.fleet_page import attach_fleet_page


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no window manager
def test_the_lot_and_release_actions_open_for_a_supervisor_only(
    supervised: Callable[..., Supervised],
) -> None:
    station = supervised()
    config = dataclasses.replace(
        load_config(station.config_path),
        fleet=FleetConfig(host="127.0.0.1", database="fleet", role="line-1"),
    )
    assert attach_fleet_page(station.tools, config) is not None
    actions = station.tools.findChild(FleetSupervisorActions)
    assert actions is not None
    menu = {a.objectName() for a in station.window.roles_menu.actions()}
    assert {"open-fleet", "open-fleet-lot", "open-fleet-release"} <= menu
    assert not actions.lot_action.isEnabled() and not actions.release_action.isEnabled()

    station.sign_in_supervisor("Sam")
    assert actions.lot_action.isEnabled() and actions.release_action.isEnabled()
    release = actions.open_release()
    assert release.realm.text() == config.active_target(station.env.fixture_name).realm
    lot = actions.open_lot()
    station.qtbot.waitUntil(lot.open_button.isEnabled, timeout=WAIT_MS)
    lot.reason.setText("central server down, INC-42")
    lot.open_button.click()
    station.qtbot.waitUntil(lambda: lot.outcome.text() != "", timeout=WAIT_MS)
    opened = current_lot(station.journal)
    assert opened is not None and opened.opened_by.startswith("Sam")
    assert lot.outcome.text().endswith("close the lot with Close lot when the centre is back.")
