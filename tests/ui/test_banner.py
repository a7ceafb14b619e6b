"""The banner's token line: time left, an early warning, and why a token cannot be used."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from station.engine.runner import TargetSummary
from ui import theme
from ui.operator.banner import Banner


def _summary(**token: object) -> TargetSummary:
    return TargetSummary(
        name="plant",
        realm="plant1",
        pairing_url="https://pairing.example:8443",
        **token,  # type: ignore[arg-type]
    )


def _banner(qtbot: QtBot) -> Banner:
    banner = Banner()
    qtbot.addWidget(banner)
    banner.resize(1200, 160)
    banner.show()
    qtbot.waitExposed(banner)
    return banner


def _background(banner: Banner) -> QColor:
    image = banner.token.grab().toImage()
    return image.pixelColor(1, 1)


def test_a_usable_token_shows_its_kind_and_time_left_plainly(qtbot: QtBot) -> None:
    banner = _banner(qtbot)
    plain = _background(banner)
    banner.show_target(
        _summary(
            token_kind="issued token",
            token_expires_at=datetime.now(UTC) + timedelta(hours=3),
            token_detail="ES256, expires in 3 h, allows POST::.*",
        )
    )
    assert banner.token.text().startswith("Token: issued token, expires in 2 h")
    assert banner.token.toolTip() == "ES256, expires in 3 h, allows POST::.*"
    assert _background(banner) == plain


def test_a_token_warning_is_shown_in_words_with_a_glyph_and_colour(qtbot: QtBot) -> None:
    banner = _banner(qtbot)
    warning = "ES256, expires in 40 min: ask a supervisor for a new token soon"
    banner.show_target(
        _summary(
            token_kind="issued token",
            token_expires_at=datetime.now(UTC) + timedelta(minutes=40),
            token_detail=warning,
            token_warning=warning,
        )
    )
    text = banner.token.text()
    assert text.startswith("⚠ Token: issued token, expires in")
    assert "What to do: ask a supervisor to set a new token" in text
    assert _background(banner) == QColor(theme.YELLOW)


def test_an_unusable_token_says_why_and_stands_out_until_it_is_fixed(qtbot: QtBot) -> None:
    banner = _banner(qtbot)
    plain = _background(banner)
    reason = "The token command mint failed with exit status 3: no realm key"
    banner.show_target(
        _summary(
            token_kind="token command",
            token_expires_at=None,
            token_detail=reason,
            token_usable=False,
        )
    )
    text = banner.token.text()
    assert text.startswith("✗ Token unusable: The token program mint failed with exit status 3")
    assert "What to do: ask a supervisor to check this target's token" in text
    assert "token command" not in text
    assert _background(banner) == QColor(theme.DARK_VERMILLION)
    # The next summary, once the supervisor fixed it, clears the alarm.
    banner.show_target(
        _summary(
            token_kind="token command",
            token_expires_at=None,
            token_detail="runs mint when a token is needed",
            token_renews=True,
        )
    )
    assert banner.token.text() == "Token: fetched for each device"
    assert _background(banner) == plain


def test_a_target_error_clears_the_token_line_for_good(qtbot: QtBot) -> None:
    banner = _banner(qtbot)
    banner.show_target(_summary(token_kind="realm key", token_expires_at=None))
    banner.show_target_error("The configuration has no target 'plant'.")
    banner.refresh_token()  # the minute timer
    assert banner.token.text() == ""


def test_a_token_that_renews_never_warns_about_its_current_tokens_expiry(qtbot: QtBot) -> None:
    """A token command fetches a fresh token for each device: its cached token expiring in
    4 minutes (or having expired) is no reason to alarm anyone."""
    banner = _banner(qtbot)
    plain = _background(banner)
    for left in (timedelta(minutes=4), timedelta(minutes=-3)):
        banner.show_target(
            _summary(
                token_kind="token command",
                token_expires_at=datetime.now(UTC) + left,
                token_detail="ES256 from mint, current token expires in 4 min",
                token_renews=True,
            )
        )
        assert banner.token.text() == "Token: fetched for each device"
        assert _background(banner) == plain
    banner.show_target(_summary(token_kind="realm key", token_expires_at=None, token_renews=True))
    assert banner.token.text() == "Token: made on this station for each device"


def test_an_issued_token_close_to_expiry_warns_with_what_to_do(qtbot: QtBot) -> None:
    banner = _banner(qtbot)
    banner.show_target(
        _summary(
            token_kind="issued token",
            token_expires_at=datetime.now(UTC) + timedelta(minutes=4),
            token_detail="ES256, expires in 4 min, allows POST::.*",
        )
    )
    text = banner.token.text()
    assert text.startswith("⚠ Token: issued token, expires in")
    assert "What to do: " in text
    assert _background(banner) == QColor(theme.YELLOW)
