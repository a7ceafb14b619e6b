"""Touch mode (`[line] touch = true`): the operator screen for gloved fingers.

Every control the operator can press is at least `TOUCH_MM` in both directions at the screen's
physical density: the buttons of the window and of its dialogs (Provision, the tiles' Start,
Abort and Clear, the roles toolbar, the close confirmation), the menu bar's entries and their
menus' rows, and the fixture's scroll bar. A tile shows its whole action in the tile: the grid
gives each row the height its failures need and scrolls, rather than cutting the action and
leaving the rest to a tooltip (there is no hover on a touch screen).

The buttons are sized by an application event filter, not by each widget's code: a tile
re-sets its buttons' least size when it switches between its stacked and compact layouts, and
dialogs are made later; the filter raises a button's least size again whenever it is polished,
shown or its parent lays out. The same filter hands taps to `DetailTaps` (touch_detail.py): a tap
on what has more in its tooltip opens that text in full.

A supervisor turns it on or off while the screen runs (`set_touch`, from the touch settings
page): `leave` takes back everything the mode changed (the filter, the style sheets, each
button's sizes as they were before it, the roles toolbar's row), so the screen is as it would
have started without it.
"""

from __future__ import annotations

import math

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QAbstractButton, QApplication, QMainWindow, QWidget

from ui.operator.touch_detail import DetailTaps

#: A gloved fingertip's least target (ISO 9241-9 and common panel-PC guides put it at 15-20 mm).
TOUCH_MM = 15.0
#: A screen that reports a density outside this range is not believed: virtual displays and
#: some panel drivers report 0 or a made-up size.
SANE_DPI = (50.0, 700.0)
#: The density assumed then: a little above a 10.1" 1280 x 800 panel PC's 149 dpi, so a control
#: comes out too large rather than too small.
FALLBACK_DPI = 160.0
_FIT_ON = frozenset({QEvent.Type.Polish, QEvent.Type.Show, QEvent.Type.LayoutRequest})
_TAPS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseButtonRelease,
    }
)


def screen_dpi(screen: QScreen | None) -> float:
    """The screen's physical dots per inch, or `FALLBACK_DPI` when it reports nonsense."""
    dpi = screen.physicalDotsPerInch() if screen is not None else 0.0
    return dpi if SANE_DPI[0] <= dpi <= SANE_DPI[1] else FALLBACK_DPI


def touch_px(dpi: float, pixel_ratio: float = 1.0) -> int:
    """`TOUCH_MM` in the widgets' pixels on a screen of `dpi` physical dots per inch (a widget
    pixel is `pixel_ratio` screen dots under high-DPI scaling)."""
    return math.ceil(TOUCH_MM / 25.4 * dpi / max(pixel_ratio, 1.0))


class TouchMode(QObject):
    """Keeps every control of `window` (and of the dialogs it opens) at least `px` square."""

    def __init__(self, window: QMainWindow, dpi: float | None = None) -> None:
        super().__init__(window)
        self.window = window
        screen = window.screen() or QGuiApplication.primaryScreen()
        self.dpi = screen_dpi(screen) if dpi is None else dpi
        ratio = screen.devicePixelRatio() if screen is not None else 1.0
        self.px = touch_px(self.dpi, ratio)
        # A menu entry's height is its text's line plus the padding above and below it.
        line = window.menuBar().fontMetrics().height()
        pad = max(4, math.ceil((self.px - line) / 2) + 2)
        # What `leave` puts back: the style sheets, and each button's sizes before its first fit.
        self._sheets = (window.menuBar().styleSheet(), window.styleSheet())
        self._sizes: dict[QAbstractButton, tuple[QSize, QSize]] = {}
        window.menuBar().setStyleSheet(
            f"QMenuBar::item {{ padding: {pad}px {pad}px; }}"
            f" QMenu::item {{ padding: {pad}px {2 * pad}px; }}"
        )
        window.setStyleSheet(
            f"QScrollBar:vertical {{ width: {self.px}px; }}"
            f" QScrollBar:horizontal {{ height: {self.px}px; }}"
        )
        menus = getattr(window, "menus", None)
        if menus is not None:  # the operator window's roles toolbar: a row of its own
            menus.give_roles_toolbar_a_row()
        self.taps = DetailTaps(window)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.fit_all()

    def fit_all(self) -> None:
        for button in self.window.findChildren(QAbstractButton):
            self._fit(button)

    def _belongs(self, widget: QWidget) -> bool:
        """`widget` is in the window or in a dialog it opened (a dialog is a window of its
        own, so `QWidget.window()` does not say)."""
        node: QWidget | None = widget
        while node is not None:
            if node is self.window:
                return True
            node = node.parentWidget()
        return False

    def leave(self) -> None:
        """Take the window out of touch mode: as it was before this mode sized it."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        menu_sheet, window_sheet = self._sheets
        self.window.menuBar().setStyleSheet(menu_sheet)
        self.window.setStyleSheet(window_sheet)
        for button, (least, most) in self._sizes.items():
            if shiboken6.isValid(button):
                button.setMinimumSize(least)
                button.setMaximumSize(most)
        self._sizes.clear()
        if self.taps.popup is not None:
            self.taps.popup.close()
        self.taps.deleteLater()
        menus = getattr(self.window, "menus", None)
        if menus is not None:
            menus.put_roles_toolbar_in_the_corner()
        self.deleteLater()

    def _fit(self, button: QAbstractButton) -> None:
        least, most = button.minimumSize(), button.maximumSize()
        if button not in self._sizes:
            self._sizes[button] = (least, most)
        if least.width() < self.px or least.height() < self.px:
            button.setMinimumSize(max(least.width(), self.px), max(least.height(), self.px))
        if most.width() < self.px or most.height() < self.px:
            button.setMaximumSize(max(most.width(), self.px), max(most.height(), self.px))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: one look at its type, and out.
        kind = event.type()
        if (kind not in _FIT_ON and kind not in _TAPS) or not isinstance(watched, QWidget):
            return False
        if not self._belongs(watched):
            return False
        if kind in _TAPS:
            self.taps.handle(watched, event)
            return False
        if isinstance(watched, QAbstractButton):
            self._fit(watched)
        for child in watched.children():
            if isinstance(child, QAbstractButton):
                self._fit(child)
        return False


def set_touch(window: QMainWindow, on: bool) -> None:
    """Turn `window`'s touch mode on or off while it runs (the supervisor saved `touch`);
    `window` keeps its mode as `touch` and its fixture view's `touch_px`, as at its start."""
    touch: TouchMode | None = getattr(window, "touch", None)
    if on == (touch is not None):
        return
    if touch is not None:
        touch.leave()
        window.touch = None  # type: ignore[attr-defined]
    else:
        touch = TouchMode(window)
        window.touch = touch  # type: ignore[attr-defined]
    fixture = getattr(window, "fixture", None)
    if fixture is not None:
        fixture.set_touch_px(touch.px if on else 0)
