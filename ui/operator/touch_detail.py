"""Touch mode: what a tooltip holds is a tap away, since a touch screen has no hover.

The operator screen puts what does not fit in a tooltip: the banner's detail (the Pairing check,
the token, the fleet link), a tile's full cause beyond its first sentence and its action when
cut, the status line when it is cut, the notices before the last. In touch mode a tap (press and
release on the same spot) on such a widget opens `DetailPopup` with that text, in full, with a
Close button as large as every other touch control. A tooltip that only repeats what the widget
shows opens nothing, and neither do buttons, fields, menus and scroll bars, which act on a tap.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QScrollBar,
    QVBoxLayout,
    QWidget,
)

from ui import theme

# Widgets that act on a tap themselves: a tap there never opens a detail.
_ACTIVE = (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMenu,
    QMenuBar,
    QScrollBar,
)
POPUP_WIDTH = 640


def _words(text: str) -> str:
    return " ".join(text.split())


def hidden_detail(widget: QWidget, top: QWidget) -> str:
    """The tooltip nearest to `widget` (up to `top`) that says more than the widget shows."""
    node: QWidget | None = widget
    while node is not None:
        tip = node.toolTip()
        shown = node.text() if isinstance(node, QLabel) else ""
        if tip.strip() and _words(tip) != _words(shown):
            return tip.strip()
        if node is top:
            return ""
        node = node.parentWidget()
    return ""


class DetailPopup(QDialog):
    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("touch-detail")
        self.setWindowTitle(self.tr("Details"))
        # A frame of its own: a panel PC may run no window manager to draw one.
        self.setStyleSheet(
            f"QDialog#touch-detail {{ background: {theme.WHITE};"
            f" border: 3px solid {theme.BLACK}; }}"
        )
        self.text = QLabel(text)
        self.text.setObjectName("touch-detail-text")
        self.text.setWordWrap(True)
        self.text.setFont(theme.font(theme.BODY_PT))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMinimumWidth(POPUP_WIDTH)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


class DetailTaps(QObject):
    """Opens `DetailPopup` on a tap on a widget of `window` whose tooltip says more."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.popup: DetailPopup | None = None
        self._pressed: QWidget | None = None

    def handle(self, watched: QWidget, event: QEvent) -> None:
        """Called by the touch mode's event filter for the window's widgets' mouse events
        (a touch arrives as them too). The first delivery of a press is the widget under the
        finger; its parents get the same press after it and are not taken for it."""
        kind = event.type()
        # A second tap soon after the first comes as a double click instead of a press.
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            if self._pressed is None:
                self._pressed = watched
        elif kind == QEvent.Type.MouseButtonRelease:
            pressed, self._pressed = self._pressed, None
            # The pressed widget holds the mouse: the release comes to it first, at its own
            # coordinates; lifted elsewhere, it was not a tap.
            assert isinstance(event, QMouseEvent)
            if watched is pressed and pressed.rect().contains(event.position().toPoint()):
                self._tapped(pressed)

    def _tapped(self, widget: QWidget) -> None:
        node: QWidget | None = widget
        while node is not None and node is not self.window:
            if isinstance(node, _ACTIVE):
                return
            node = node.parentWidget()
        text = hidden_detail(widget, widget.window())
        if not text:
            return
        if self.popup is not None:
            self.popup.close()
            self.popup.deleteLater()
        self.popup = DetailPopup(text, self.window)
        self.popup.open()
