"""The operator's main window: banner, fixture, Provision, counters; keyboard and scanner.

Every call into the runner goes through a `Tasks` pool, so the GUI thread never waits on a port,
on Pairing or on a thread join. Engine events arrive through the `EngineBridge`, already batched.

Keys (handled before any child widget sees them, so they work wherever focus is):
    F5 or Enter        Provision: start every ready slot
    1 … 9, 0           select slot 1 … 9, 10
    arrow keys         move the selection
    Space              start the selected slot (when a tile has focus)
    Esc                abort the selected slot
    scanner "SLOT:3"   select slot 3;  any other scanned code: highlight the tile with that serial
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from station.engine.events import SlotSnapshot, SlotState, StationNotice
from station.errors import StationError
from ui import theme
from ui.bridge import EngineBridge
from ui.engine_api import RunnerLike, TargetSummaryLike
from ui.operator.banner import Banner
from ui.operator.counters_view import CountersView
from ui.operator.fixture_view import FixtureView
from ui.operator.notice_bar import NoticeBar
from ui.operator.scanner import Scan, ScanDetector
from ui.operator.tile import STARTABLE, SlotTile
from ui.signin import SignInDialog
from ui.tasks import Tasks

log = logging.getLogger(__name__)

HEALTH_INTERVAL_MS = 30_000
SHUTDOWN_TIMEOUT_S = 20.0
_DIGIT_KEYS: dict[Qt.Key, int] = {getattr(Qt.Key, f"Key_{d}"): d for d in range(10)}
_ARROWS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}
_COMMAND_KEYS = {Qt.Key.Key_F5, Qt.Key.Key_Escape, Qt.Key.Key_Space, *_ARROWS}


def _describe(exc: BaseException) -> StationNotice:
    if isinstance(exc, StationError):
        return StationNotice("error", exc.message, exc.action)
    return StationNotice(
        "error",
        f"Internal error: {type(exc).__name__}. The station logged the details.",
        "Tell the line supervisor; the slot's journal record is intact.",
    )


class _CornerToolBar(QToolBar):
    """A toolbar for the menu bar's corner, which sizes it by its size hint alone."""

    def sizeHint(self) -> QSize:
        return super().sizeHint().boundedTo(self.maximumSize())


class OperatorWindow(QMainWindow):
    """The operator screen over one fixture runner.

    Signals:
        closed(): the runner has shut down and the window has closed; the app may exit.
        healthChecked(bool): a Pairing health check finished (True if healthy).
    """

    closed = Signal()
    healthChecked = Signal(bool)

    def __init__(
        self,
        runner: RunnerLike,
        bridge: EngineBridge,
        operator: str,
        *,
        health_interval_ms: int = HEALTH_INTERVAL_MS,
        auto_start: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("operator-window")
        self.setWindowTitle("Provisioning Station — Operator")
        self.runner = runner
        self.bridge = bridge
        self.operator = operator
        self._control = Tasks("runner-control", 1, self)
        self._checks = Tasks("pairing-health", 1, self)
        self._control.failed.connect(self._on_task_failed)
        self._checks.failed.connect(self._on_task_failed)
        self._scanner = ScanDetector()
        self._selection_before_key: str | None = None
        self._shutting_down = False
        self._closed_ok = False
        self._runner_stopping = False
        self._runner_stopped = False
        self._signin: SignInDialog | None = None
        self._confirm: QMessageBox | None = None

        self.banner = Banner()
        self.banner.show_operator(operator)
        self.notices = NoticeBar()
        self.fixture = FixtureView(runner.snapshots())
        self.provision_button = self._build_provision_button()
        self.auto_start = QCheckBox("Auto-start when\na device appears")
        self.auto_start.setObjectName("auto-start")
        self.auto_start.setFont(theme.font(theme.BODY_PT + 1))
        self.auto_start.setStyleSheet("QCheckBox::indicator { width: 32px; height: 32px; }")
        # Reflect what the runner already does (the fixture's configured default, unless the
        # caller says otherwise); only the operator's later toggles are sent back to it.
        self.auto_start.setChecked(runner.auto_start if auto_start is None else auto_start)
        self.counters = CountersView()
        self._build_layout()
        self._build_menus()

        self.provision_button.clicked.connect(self.provision_all)
        self.auto_start.toggled.connect(self._on_auto_start)
        self.fixture.startRequested.connect(self.start_slot)
        self.fixture.abortRequested.connect(self.abort_slot)
        bridge.slotChanged.connect(self.fixture.apply)
        bridge.attemptFinished.connect(self.counters.on_attempt_finished)
        bridge.notice.connect(self.notices.show_notice)

        self._health_timer = QTimer(self)
        self._health_timer.setObjectName("pairing-health-poll")
        self._health_timer.setInterval(health_interval_ms)
        self._health_timer.timeout.connect(self.check_health)
        self._health_timer.start()
        self._health_in_flight = False
        QTimer.singleShot(0, self.check_health)

        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def _build_provision_button(self) -> QPushButton:
        button = QPushButton("▶  Provision all ready slots  (F5)")
        button.setObjectName("provision")
        button.setFont(theme.font(theme.TITLE_PT + 4, bold=True))
        button.setMinimumHeight(theme.BUTTON_MIN_HEIGHT_PX + 24)
        button.setMinimumWidth(420)
        button.setStyleSheet(
            f"QPushButton {{ background: {theme.PROVISION_BACKGROUND}; color: {theme.WHITE};"
            f" border: 3px solid {theme.BLACK}; border-radius: 10px; padding: 8px 24px; }}"
            f" QPushButton:focus {{ border: 5px solid {theme.ORANGE}; }}"
            f" QPushButton:disabled {{ background: {theme.LIGHT_GREY}; color: {theme.GREY}; }}"
        )
        return button

    def _build_layout(self) -> None:
        # One row under the fixture, so a large fixture keeps every pixel of height it can get;
        # on a screen too narrow for that row the counters go below the controls.
        controls = QHBoxLayout()
        controls.addWidget(self.provision_button)
        controls.addSpacing(12)
        controls.addWidget(self.auto_start)
        bottom = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        bottom.addLayout(controls)
        bottom.addSpacing(12)
        bottom.addWidget(self.counters, 1)
        self._bottom = bottom
        body = QVBoxLayout()
        body.setContentsMargins(12, 4, 12, 0)
        body.addWidget(self.fixture, 1)
        body.addLayout(bottom)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.banner)
        layout.addWidget(self.notices)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        if self.fixture.order:
            QWidget.setTabOrder(self.fixture.tiles[self.fixture.order[-1]], self.provision_button)
        QWidget.setTabOrder(self.provision_button, self.auto_start)

    def _build_menus(self) -> None:
        station = self.menuBar().addMenu("&Station")
        self.provision_action = QAction("Provision all ready slots\tF5", self)
        self.provision_action.triggered.connect(self.provision_all)
        station.addAction(self.provision_action)
        self.abort_all_action = QAction("Abort every running slot", self)
        self.abort_all_action.triggered.connect(self.abort_all)
        station.addAction(self.abort_all_action)
        station.addSeparator()
        quit_action = QAction("Close the station", self)
        quit_action.triggered.connect(self.close)
        station.addAction(quit_action)
        # Supervisor and QA roles add their sign-in and screens to this menu and toolbar.
        self.roles_menu = self.menuBar().addMenu("&Roles")
        self.change_operator_action = QAction("Change operator…", self)
        self.change_operator_action.triggered.connect(self.change_operator)
        self.roles_menu.addAction(self.change_operator_action)
        self.roles_toolbar = _CornerToolBar("Roles", self)
        self.roles_toolbar.setObjectName("roles-toolbar")
        self.roles_toolbar.setMovable(False)
        self.roles_toolbar.setFont(theme.font(theme.BODY_PT))
        self.roles_toolbar.addAction(self.change_operator_action)
        # In the menu bar's row rather than a row of its own: the fixture gets that height.
        self.menuBar().setCornerWidget(self.roles_toolbar, Qt.Corner.TopRightCorner)

    def _place_roles_toolbar(self) -> None:
        """Give the toolbar the menu bar's width right of the menus (what does not fit goes
        behind its overflow arrow) and set it again: the menu bar sizes its corner widget only
        when it is set, so actions added later would otherwise stay hidden."""
        bar = self.menuBar()
        menus_end = max((bar.actionGeometry(a).right() for a in bar.actions()), default=0)
        room = max(0, bar.width() - menus_end - 24)
        if self.roles_toolbar.maximumWidth() != room:
            self.roles_toolbar.setMaximumWidth(room)
        bar.setCornerWidget(self.roles_toolbar, Qt.Corner.TopRightCorner)

    def fit_width(self, width: int) -> None:
        """Lay the window out for a screen `width` pixels wide (the counters go below the
        controls when one row would be wider), so its minimum width fits that screen."""
        self._bottom.setDirection(QBoxLayout.Direction.LeftToRight)
        central = self.centralWidget()
        assert central is not None
        if central.minimumSizeHint().width() > width:
            self._bottom.setDirection(QBoxLayout.Direction.TopToBottom)

    # -- runner actions (all off the GUI thread) -----------------------------------------

    def _run(
        self,
        fn: Callable[[], object],
        on_success: Callable[[object], None] | None = None,
    ) -> None:
        if self._shutting_down:
            return
        self._control.run(fn, on_success)

    @Slot()
    def provision_all(self) -> None:
        self._run(self.runner.start_all, self._after_start_all)

    def _after_start_all(self, started: object) -> None:
        if isinstance(started, list) and not started:
            self.statusBar().showMessage("No slot is ready: load a device and try again.", 8000)
        elif isinstance(started, list):
            self.statusBar().showMessage(f"Started {len(started)} slot(s).", 5000)

    @Slot(str)
    def start_slot(self, slot: str) -> None:
        state = self.fixture.snapshot(slot).state
        if state not in STARTABLE:
            # The same rule as the tile's Start button, so a key cannot do what a greyed
            # button refuses (a PASS slot must be unloaded, not provisioned twice).
            self.statusBar().showMessage(
                f"Slot {slot} shows {theme.STATE_LOOKS[state].word}: "
                "load a device before starting it.",
                8000,
            )
            return

        def after(ok: object) -> None:
            if ok is False:
                state = self.fixture.snapshot(slot).state
                self.statusBar().showMessage(
                    f"Slot {slot} did not start ({theme.STATE_LOOKS[state].word}).", 8000
                )

        self._run(lambda: self.runner.start(slot), after)

    @Slot(str)
    def abort_slot(self, slot: str) -> None:
        self._run(lambda: self.runner.abort(slot))

    @Slot()
    def abort_all(self) -> None:
        self._run(self.runner.abort_all)

    @Slot(bool)
    def _on_auto_start(self, on: bool) -> None:
        self._run(lambda: self.runner.set_auto_start(on))

    @Slot()
    def change_operator(self) -> None:
        if self._signin is not None:
            return
        dialog = SignInDialog(self.operator, self)
        self._signin = dialog

        def finished(result: int) -> None:
            self._signin = None
            if result == SignInDialog.DialogCode.Accepted and dialog.name:
                self.set_operator(dialog.name)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def set_operator(self, name: str) -> None:
        self.operator = name
        self.banner.show_operator(name)
        self._run(lambda: self.runner.set_operator(name))

    # -- Pairing health and target summary -----------------------------------------------

    @Slot()
    def check_health(self) -> None:
        if self._health_in_flight or self._shutting_down:
            return
        self._health_in_flight = True
        runner = self.runner

        def probe() -> tuple[TargetSummaryLike | BaseException, bool | BaseException]:
            summary: TargetSummaryLike | BaseException
            healthy: bool | BaseException
            try:
                summary = runner.target_summary()
            except Exception as exc:  # noqa: BLE001 - shown in the banner
                summary = exc
            try:
                healthy = runner.check_pairing_health()
            except Exception as exc:  # noqa: BLE001 - shown in the banner
                healthy = exc
            return summary, healthy

        self._checks.run(probe, self._after_health, self._after_health_crash)

    def _after_health(self, value: object) -> None:
        self._health_in_flight = False
        assert isinstance(value, tuple)
        summary, healthy = value
        if isinstance(summary, BaseException):
            if not isinstance(summary, StationError):
                log.error("reading the target summary failed", exc_info=summary)
            self.banner.show_target_error(_describe(summary).message)
        else:
            self.banner.show_target(summary)
        stamp = time.strftime("%H:%M:%S")
        if isinstance(healthy, BaseException):
            if not isinstance(healthy, StationError):
                log.error("the Pairing health check failed", exc_info=healthy)
            self.banner.show_health(False, f"{_describe(healthy).message} (checked {stamp})")
            self.healthChecked.emit(False)
        else:
            self.banner.show_health(healthy, f"checked {stamp}")
            self.healthChecked.emit(healthy)
        self._continue_shutdown()

    def _after_health_crash(self, exc: BaseException) -> None:
        self._health_in_flight = False
        self.banner.show_health(False, _describe(exc).message)
        self._continue_shutdown()

    def _continue_shutdown(self) -> None:
        if self._shutting_down:
            self._stop_runner_when_idle()
            self._maybe_finish_close()

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        self.notices.show_notice(_describe(exc))

    # -- keyboard and scanner ------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize) and (
            watched is self.roles_toolbar or watched is self.menuBar()
        ):
            self._place_roles_toolbar()
            return False
        if event.type() != QEvent.Type.KeyPress or self._shutting_down:
            return False
        if QApplication.activeModalWidget() is not None:
            return False
        focus = QApplication.focusWidget()
        # A key is offered to the focus widget first, then to each parent: act once, on the
        # first delivery, and only for keys typed into this window.
        if focus is not None:
            if watched is not focus or focus.window() is not self:
                return False
        elif watched is not self:
            return False
        assert isinstance(event, QKeyEvent)
        return self.handle_key(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on one key press; True if it was consumed."""
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        now = time.monotonic()
        command = self._command_key(event, now)
        if command is not None:
            return command
        text = event.text()
        if len(text) != 1 or not text.isprintable():
            return False
        if self._scanner.feed_char(text, now):
            return True  # part of a scan: not a command
        self._selection_before_key = self.fixture.selected
        digit = _DIGIT_KEYS.get(Qt.Key(event.key()))
        if digit is not None:
            self.fixture.select_number(digit if digit else 10)
        return True

    def _command_key(self, event: QKeyEvent, now: float) -> bool | None:
        """Handle Enter, F5, Esc, Space and arrows; None for any other key."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            scan = self._scanner.feed_enter(now)
            if scan is not None:
                self._on_scan(scan)
            elif not event.isAutoRepeat():
                self.provision_all()
            return True
        if key == Qt.Key.Key_Space and self._scanner.in_burst(now):
            self._scanner.feed_char(" ", now)
            return True
        if key not in _COMMAND_KEYS:
            return None
        self._scanner.reset()
        selected = self.fixture.selected
        if key == Qt.Key.Key_F5:
            if not event.isAutoRepeat():
                self.provision_all()
        elif key == Qt.Key.Key_Escape:
            if selected is not None:
                self.abort_slot(selected)
        elif key == Qt.Key.Key_Space:
            return self._space(selected)
        else:
            self.fixture.move_selection(_ARROWS[Qt.Key(key)])
        return True

    def _space(self, selected: str | None) -> bool:
        focus = QApplication.focusWidget()
        if not (focus is None or isinstance(focus, SlotTile)):
            return False  # Space on a focused button or box presses that control
        if selected is not None and not self.fixture.tiles[selected].acknowledge():
            self.start_slot(selected)
        return True

    def _on_scan(self, scan: Scan) -> None:
        ref = scan.slot
        if ref is not None:
            slot = self.fixture.slot_by_reference(ref)
            if slot is None:
                self._restore_selection()
                self.notices.show_notice(
                    StationNotice(
                        "warning",
                        f"Scanned slot label {ref!r} does not match any slot on this fixture.",
                        "Check the label, or pick the slot by its number key.",
                    )
                )
            else:
                self.fixture.select(slot)
            return
        if self.fixture.highlight_serial(scan.text) is None:
            self._restore_selection()
            self.statusBar().showMessage(f"No slot shows serial {scan.text}.", 10_000)
        else:
            self.statusBar().showMessage(f"Serial {scan.text} is highlighted.", 10_000)

    def _restore_selection(self) -> None:
        if self._selection_before_key is not None:
            self.fixture.select(self._selection_before_key)

    # -- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed_ok:
            event.accept()
            return
        event.ignore()
        if self._shutting_down or self._confirm is not None:
            return
        working = [
            s for s in self.fixture.order if self.fixture.snapshot(s).state is SlotState.WORKING
        ]
        if self.runner.busy or working:
            self._ask_to_close(len(working))
        else:
            self.begin_shutdown()

    def _ask_to_close(self, working: int) -> None:
        box = QMessageBox(self)
        box.setObjectName("confirm-close")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Slots are still working")
        count = f"{working} slot(s) are" if working else "Slots are"
        box.setText(f"{count} still provisioning.")
        box.setInformativeText(
            "Closing aborts them safely: each attempt is finished in the journal, and a device "
            "that was being written is checked the next time it is loaded. Close anyway?"
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText("Abort and close")
        box.button(QMessageBox.StandardButton.No).setText("Keep working")
        self._confirm = box

        def finished(result: int) -> None:
            self._confirm = None
            box.deleteLater()
            if result == QMessageBox.StandardButton.Yes:
                self.begin_shutdown()

        box.finished.connect(finished)
        box.open()

    def begin_shutdown(self) -> None:
        """Abort what runs and stop the runner off the GUI thread, then close."""
        if self._shutting_down:
            return
        self._shutting_down = True
        self._health_timer.stop()
        self.provision_button.setEnabled(False)
        self.auto_start.setEnabled(False)
        self.fixture.setEnabled(False)
        self.notices.show_notice(
            StationNotice(
                "info",
                "Stopping safely: aborting running slots and finishing their journal records…",
            )
        )
        self.statusBar().showMessage("Stopping safely…")
        if self._health_in_flight:
            # The runner's shutdown closes its Pairing client, which the health check is still
            # using: stop the slots now and close the runner once the check has answered.
            self._control.run(self.runner.abort_all)
        self._stop_runner_when_idle()

    def _stop_runner_when_idle(self) -> None:
        """Shut the runner down once no background task of this window still uses it.

        Runner-control tasks run one at a time on their own pool, so the shutdown queued there
        runs after them; the health check runs on another pool and is waited for here.
        """
        if self._runner_stopping or self._health_in_flight:
            return
        self._runner_stopping = True
        self._control.run(
            lambda: self.runner.shutdown(SHUTDOWN_TIMEOUT_S),
            self._after_shutdown,
            self._after_shutdown_failed,
        )

    def _after_shutdown(self, _result: object) -> None:
        self._runner_stopped = True
        self._maybe_finish_close()

    def _after_shutdown_failed(self, exc: BaseException) -> None:
        # The engine's journal records stay consistent even so; close rather than trap the
        # operator in a window that can do nothing more.
        log.error("runner shutdown reported a failure", exc_info=exc)
        self._after_shutdown(None)

    def _maybe_finish_close(self) -> None:
        if not self._runner_stopped or self._health_in_flight:
            return
        if self._closed_ok:
            return
        self.bridge.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._closed_ok = True
        self.close()
        self.closed.emit()

    @property
    def shutting_down(self) -> bool:
        return self._shutting_down

    def tile(self, slot: str) -> SlotTile:
        return self.fixture.tiles[slot]

    def snapshots(self) -> list[SlotSnapshot]:
        return [self.fixture.snapshot(s) for s in self.fixture.order]
