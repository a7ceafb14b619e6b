"""The operator window's menus: Station, Roles (with its corner toolbar) and Language.

Every text is set in `retranslate`, which the window calls again on `LanguageChange`, so a
language switch re-words the menus in place. The Language menu names each language in itself
(an operator who reads only German finds "Deutsch"), so those entries are never translated.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow

from station.engine.events import StationNotice
from ui import theme
from ui.i18n.languages import LANGUAGE_NAMES, languages
from ui.operator.corner_toolbar import CornerToolBar


class MenuTarget(Protocol):
    """What the menus act on: the operator window's own actions."""

    def provision_all(self) -> None: ...
    def abort_all(self) -> None: ...
    def change_operator(self) -> None: ...
    def set_language(self, language: str) -> None: ...
    def show_notice(self, notice: StationNotice) -> None: ...


class OperatorMenus(QObject):
    """Builds the menus on `window` and gives it the actions others use (`roles_menu`, ...)."""

    def __init__(self, window: QMainWindow, target: MenuTarget) -> None:
        super().__init__(window)
        self.window = window
        self.target = target
        # Each operator's language, as they last picked it this session: a change of operator
        # brings theirs back (docs/operator.md, "Language").
        self.chosen: dict[str, str] = {}
        self.setObjectName("operator-menus")
        bar = window.menuBar()
        self.station = bar.addMenu("")
        self.provision_action = QAction(window)
        self.provision_action.triggered.connect(target.provision_all)
        self.station.addAction(self.provision_action)
        self.abort_all_action = QAction(window)
        self.abort_all_action.triggered.connect(target.abort_all)
        self.station.addAction(self.abort_all_action)
        self.station.addSeparator()
        self.quit_action = QAction(window)
        self.quit_action.triggered.connect(window.close)
        self.station.addAction(self.quit_action)
        # Supervisor and QA roles add their sign-in and screens to this menu and toolbar.
        self.roles_menu = bar.addMenu("")
        self.change_operator_action = QAction(window)
        self.change_operator_action.triggered.connect(target.change_operator)
        self.roles_menu.addAction(self.change_operator_action)
        self.roles_toolbar = CornerToolBar("Roles", window)
        self.roles_toolbar.setObjectName("roles-toolbar")
        self.roles_toolbar.setMovable(False)
        self.roles_toolbar.setFont(theme.font(theme.SMALL_PT))
        self.roles_toolbar.addAction(self.change_operator_action)
        # In the menu bar's row rather than a row of its own: the fixture gets that height.
        self._in_corner = True
        bar.setCornerWidget(self.roles_toolbar, Qt.Corner.TopRightCorner)

        self.language_menu = bar.addMenu("")
        self.language_menu.setObjectName("language-menu")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, window)
            action.setObjectName(f"language-{code}")
            action.setCheckable(True)
            action.setChecked(code == languages().current)
            action.triggered.connect(lambda _=False, c=code: target.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.retranslate()

    def give_roles_toolbar_a_row(self) -> None:
        """Touch mode: the toolbar's touch-sized buttons do not fit beside the touch-sized menus,
        and a button cut short would leave its words to a tooltip; it takes a row of its own."""
        self._in_corner = False
        corner = self.window.menuBar()
        corner.setCornerWidget(None, Qt.Corner.TopRightCorner)  # type: ignore[arg-type]  # Qt takes nullptr
        self.roles_toolbar.setMaximumWidth(16_777_215)  # QWIDGETSIZE_MAX: the row's width
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.roles_toolbar)
        self.roles_toolbar.show()

    def put_roles_toolbar_in_the_corner(self) -> None:
        """Touch mode ended: the toolbar goes back to the menu bar's row, as at the start."""
        if self._in_corner:
            return
        self.window.removeToolBar(self.roles_toolbar)
        self._in_corner = True
        self.place_roles_toolbar()
        self.roles_toolbar.show()

    def place_roles_toolbar(self) -> None:
        """Give the toolbar the menu bar's width right of the menus (what does not fit goes
        behind its overflow arrow) and set it again: the menu bar sizes its corner widget only
        when it is set, so actions added later would otherwise stay hidden."""
        if not self._in_corner:
            return
        bar = self.window.menuBar()
        menus_end = max((bar.actionGeometry(a).right() for a in bar.actions()), default=0)
        room = max(0, bar.width() - menus_end - 24)
        if self.roles_toolbar.maximumWidth() != room:
            self.roles_toolbar.setMaximumWidth(room)
        bar.setCornerWidget(self.roles_toolbar, Qt.Corner.TopRightCorner)

    def speak(self, language: str, operator: str) -> None:
        """Switch to `language` for `operator`, or say why the screens stay English."""
        self.chosen[operator] = language
        missing = languages().switch(language)
        self.retranslate()  # the menu's tick follows what is shown, not what was asked
        if missing is not None:
            self.target.show_notice(StationNotice("error", missing.message, missing.action))

    def speak_for(self, operator: str) -> None:
        chosen = self.chosen.get(operator)
        if chosen is not None and chosen != languages().current:
            self.speak(chosen, operator)

    def retranslate(self) -> None:
        self.station.setTitle(self.tr("&Station"))
        self.provision_action.setText(self.tr("Provision all ready slots\tF5"))
        self.abort_all_action.setText(self.tr("Abort every running slot"))
        self.quit_action.setText(self.tr("Close the station"))
        self.roles_menu.setTitle(self.tr("&Roles"))
        self.change_operator_action.setText(self.tr("Change operator…"))
        self.roles_toolbar.setWindowTitle(self.tr("Roles"))
        self.language_menu.setTitle(self.tr("Lan&guage"))
        current = languages().current
        for code, action in self.language_actions.items():
            action.setChecked(code == current)
