"""One truth on the banner: the badge says whether a registration could be made now, so a
target whose token cannot be used (a realm key with no usable keyring) never shows "Pairing
OK" beside "Token unusable", in whichever order the two answers arrive."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from station.engine.runner import TargetSummary
from ui import theme
from ui.operator.banner import CANNOT_REGISTER, Banner

NO_KEYRING = (
    "Cannot use the keyring: no OS keyring backend is available (the Secret Service is not "
    "running)."
)


def _summary(usable: bool) -> TargetSummary:
    return TargetSummary(
        name="plant",
        realm="plant1",
        pairing_url="https://pairing.example:8443",
        token_kind="realm key",
        token_expires_at=None,
        token_detail="" if usable else NO_KEYRING,
        token_usable=usable,
    )


def _banner(qtbot: QtBot) -> Banner:
    banner = Banner()
    qtbot.addWidget(banner)
    return banner


def test_healthy_pairing_with_an_unusable_token_cannot_register(qtbot: QtBot) -> None:
    banner = _banner(qtbot)
    banner.show_target(_summary(usable=False))
    banner.show_health(True, "checked 10:00:00")
    assert banner.health.text() == CANNOT_REGISTER.text == "✗ Cannot register"
    assert "no token can be made" in banner.health.toolTip()
    assert banner.token.text().startswith("✗ Token")
    assert theme.HEALTH_OK.text not in banner.health.text()


def test_the_badge_follows_the_token_in_either_order(qtbot: QtBot) -> None:
    banner = _banner(qtbot)
    banner.show_health(True, "checked 10:00:00")
    assert banner.health.text() == theme.HEALTH_OK.text  # nothing known against it yet
    banner.show_target(_summary(usable=False))
    assert banner.health.text() == CANNOT_REGISTER.text
    banner.show_target(_summary(usable=True))  # the key was imported
    assert banner.health.text() == theme.HEALTH_OK.text
    banner.show_health(False, "unreachable")
    assert banner.health.text() == theme.HEALTH_DOWN.text


def test_no_target_means_no_registration(qtbot: QtBot) -> None:
    banner = _banner(qtbot)
    banner.show_health(True, "checked 10:00:00")
    banner.show_target_error("The configuration names no target for this fixture.")
    assert banner.health.text() == CANNOT_REGISTER.text
