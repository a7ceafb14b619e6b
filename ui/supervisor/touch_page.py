"""The supervisor's touch and pedal settings: `[line] touch` and `pedal_key`, applied at once.

Opened from the Roles menu ("Touch and foot pedal…") by a signed-in supervisor. Saving writes
the configuration through the station's own rules (`TargetBook.save_touch_settings`: the
supervisor's privilege, the same validation as the file, an atomic save, a
`line_settings_change` journal event with what changed), off the GUI thread. Once saved, the
running operator screen takes the settings over at once: touch mode turns on or off in place
(`ui.operator.touch.set_touch`) and the pedal key is the new one for the next press, with no
restart of the screen or the engine; a restart later reads the same values from the file.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.config import StationConfig
from station.config.model import PEDAL_KEYS
from station.engine.events import StationNotice
from station.roles import Privilege
from ui.errors import show_failure
from ui.i18n.languages import languages
from ui.operator.keys import pedal_qt_key
from ui.operator.touch import set_touch
from ui.supervisor.tools import SupervisorTools
from ui.tasks import Tasks


class TouchPage(QDialog):
    """Signals:
    saved(StationConfig): the settings were saved (the screen is to take them over).
    """

    saved = Signal(object)

    def __init__(self, tools: SupervisorTools, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("touch-page")
        self.setWindowTitle(self.tr("Touch and foot pedal"))
        self._tools = tools
        self._writes = Tasks("touch-page-write", parent=self)
        line = tools.book.config.line
        self.touch = QCheckBox(self.tr("Touch mode: every control at least 15 mm, for gloves"))
        self.touch.setObjectName("touch-setting")
        self.touch.setChecked(line.touch)
        self.pedal = QComboBox()
        self.pedal.setObjectName("pedal-setting")
        self.pedal.addItem(self.tr("No pedal"), "")
        for key in PEDAL_KEYS:
            self.pedal.addItem(key, key)
        self.pedal.setCurrentIndex(max(0, self.pedal.findData(line.pedal_key or "")))
        self.reason = QLineEdit()
        self.reason.setObjectName("touch-reason")
        self.reason.setPlaceholderText(self.tr("Why (for the journal)"))
        self.save_button = QPushButton(self.tr("Save and apply"))
        self.save_button.setObjectName("touch-save")
        self.save_button.clicked.connect(self.save)
        self.state = QLabel()
        self.state.setObjectName("touch-state")
        self.state.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.touch)
        form.addRow(self.tr("Foot pedal key"), self.pedal)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The operator screen takes these over as soon as they are saved. The pedal "
                    "must be set to send the key named here (its own software does that)."
                ),
                wordWrap=True,
            )
        )
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.state)

    @Slot()
    def save(self) -> None:
        book, actor = self._tools.book, self._tools.roles.actor
        touch, pedal = self.touch.isChecked(), str(self.pedal.currentData() or "")
        reason = self.reason.text().strip()
        self.save_button.setEnabled(False)
        self._writes.run(
            lambda: book.save_touch_settings(
                actor, touch=touch, pedal_key=pedal or None, reason=reason
            ),
            self._saved,
            self._refused,
        )

    def _saved(self, config: StationConfig) -> None:
        self.save_button.setEnabled(True)
        self.reason.clear()
        self.saved.emit(config)
        self.state.setText(self.tr("Saved; the operator screen uses them now."))

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_failure(exc, self.state.setText, self)

    def wait(self, timeout_ms: int) -> bool:
        """Tests: block until a save in flight is done."""
        return self._writes.wait(timeout_ms)


class TouchPageAction(QObject):
    """The Roles menu's "Touch and foot pedal…", for supervisors."""

    def __init__(self, tools: SupervisorTools) -> None:
        super().__init__(tools)
        self.setObjectName("touch-page-action")
        self._tools = tools
        self.page: TouchPage | None = None
        self.action = QAction(self)
        self._retranslate()
        languages().changed.connect(self._retranslate)  # a language switch re-words the entry
        self.action.setObjectName("open-touch")
        tools.window.roles_menu.addAction(self.action)
        tools.roles.gate(self.action, Privilege.EDIT_LINE)
        self.action.triggered.connect(self.open)
        tools.roles.roleChanged.connect(self._role_changed)

    @Slot()
    def _retranslate(self) -> None:
        self.action.setText(self.tr("Touch and foot pedal…"))

    @Slot()
    def open(self) -> TouchPage:
        if self.page is not None and self.page.isVisible():
            self.page.raise_()  # open already: to the front
            return self.page
        if self.page is None:
            self.page = TouchPage(self._tools, self._tools.window)
            self.page.saved.connect(self.apply)
            self.page.destroyed.connect(self._closed)
        self.page.show()
        return self.page

    @Slot(object)
    def apply(self, config: object) -> None:
        """The running screen takes the saved touch mode and pedal key over, in place."""
        assert isinstance(config, StationConfig)
        window = self._tools.window
        if window.shutting_down:
            return
        set_touch(window, config.line.touch)
        window.keys.pedal_key = pedal_qt_key(config.line.pedal_key)
        touch = self.tr("on") if config.line.touch else self.tr("off")
        pedal = config.line.pedal_key or self.tr("none")
        said = self.tr("Touch mode is now %1; foot pedal key: %2.")
        window.notices.show_notice(
            StationNotice("info", said.replace("%1", touch).replace("%2", pedal))
        )

    @Slot()
    def _closed(self) -> None:
        self.page = None

    @Slot(object)
    def _role_changed(self, _actor: object) -> None:
        if self.page is not None and not self._tools.roles.may(Privilege.EDIT_LINE):
            self.page.close()


def attach_touch_page(tools: SupervisorTools) -> TouchPageAction:
    return TouchPageAction(tools)
