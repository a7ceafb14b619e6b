"""PASS, the Provision button, "Pairing OK" and the QA charts' bars each have a look of their
own: once they were all the same blue, and a glance could not tell a passed unit from a button.
Measured on the drawn widgets of a real operator window, not on the theme's constants."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from station.engine.events import SlotState
from tests.ui.conftest import OperatorStation
from ui import theme

Factory = Callable[..., OperatorStation]


def _colours(widget: QWidget) -> Counter[int]:
    image = widget.grab().toImage()
    return Counter(
        image.pixel(x, y) & 0xFFFFFF
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def _rgb(colour: str) -> int:
    return QColor(colour).rgb() & 0xFFFFFF


def test_pass_provision_pairing_ok_and_chart_bars_each_look_their_own(
    operator_station: Factory,
) -> None:
    st = operator_station(slots=1)
    window = st.window
    st.wait_all(SlotState.READY)
    window.provision_button.click()
    st.wait_all(SlotState.PASS)
    st.qtbot.waitUntil(lambda: theme.HEALTH_OK.text in window.banner.health.text(), timeout=30_000)

    pass_fill = _colours(window.fixture.tiles["1"]).most_common(1)[0][0]
    button_fill = _colours(window.provision_button).most_common(1)[0][0]
    health = _colours(window.banner.health)
    health_fill = health.most_common(1)[0][0]
    assert pass_fill == _rgb(theme.PASS_BACKGROUND)
    assert button_fill == _rgb(theme.PROVISION_BACKGROUND)
    # "Pairing OK" is not a filled badge: its ground is the banner's, its words are coloured.
    assert health_fill not in (pass_fill, button_fill)
    fills = {pass_fill, button_fill, health_fill, _rgb(theme.CHART_BAR)}
    assert len(fills) == 4
