"""The operator's main window: banner, fixture, Provision, counters; keys and closing.

Every call into the runner goes through a `Tasks` pool, so the GUI thread never waits on a port,
on Pairing or on a thread join. Engine events arrive through the `EngineBridge`, already batched.
The keys are routed by `keys.KeyRouter`; closing follows `shutdown.ShutdownSequence`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.cancel import CancelToken
from station.engine.events import SlotSnapshot, SlotState, StationNotice
from ui import theme
from ui.bridge import EngineBridge
from ui.engine_api import RunnerLike, TargetSummaryLike
from ui.errors import describe, is_bug, present_error
from ui.operator.banner import Banner
from ui.operator.close_prompt import ClosePrompt
from ui.operator.counters_view import CountersView
from ui.operator.fixture_view import FixtureView
from ui.operator.keys import KeyRouter, ScanAnswer
from ui.operator.menus import OperatorMenus
from ui.operator.notice_bar import NoticeBar
from ui.operator.shutdown import ShutdownSequence, Stage
from ui.operator.status_line import StatusLine
from ui.operator.tile import STARTABLE, SlotTile
from ui.operator.touch import TouchMode
from ui.operator.width_fit import WidthFit
from ui.operator.window_events import WindowEvents
from ui.signin import SignInDialog
from ui.tasks import Tasks

log = logging.getLogger(__name__)
T = TypeVar("T")
_KEY_PRESS = QEvent.Type.KeyPress
_PLACE_TOOLBAR_ON = frozenset({QEvent.Type.LayoutRequest, QEvent.Type.Resize})

HEALTH_INTERVAL_MS = 30_000
# A health check never takes longer than this, retries included (closing waits for it).
HEALTH_TIMEOUT_S = 5.0
SHUTDOWN_TIMEOUT_S = 20.0


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
        pedal_key: str | None = None,
        touch: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("operator-window")
        self.runner = runner
        self.bridge = bridge
        self.operator = operator
        self._control = Tasks("runner-control", 1, self, on_failure=self._on_task_failed)
        self._checks = Tasks("pairing-health", 1, self, on_failure=self._on_task_failed)
        self.keys = KeyRouter(self, pedal_key)
        self._shutdown = ShutdownSequence()
        self._signin: SignInDialog | None = None
        self._confirm: ClosePrompt | None = None
        self._health_cancel = CancelToken()

        self.banner = Banner()
        self.banner.show_operator(operator)
        self.notices = NoticeBar()
        self.fixture = FixtureView(runner.snapshots())
        self.provision_button = self._build_provision_button()
        self.auto_start = QCheckBox()
        self.auto_start.setObjectName("auto-start")
        self.auto_start.setFont(theme.font(theme.BODY_PT - 1))
        self.auto_start.setStyleSheet("QCheckBox::indicator { width: 28px; height: 28px; }")
        # Reflect what the runner already does (the fixture's configured default, unless the
        # caller says otherwise); only the operator's later toggles are sent back to it.
        self.auto_start.setChecked(runner.auto_start if auto_start is None else auto_start)
        self.counters = CountersView()
        self.status = StatusLine()
        self._build_layout()
        self._build_menus()
        self.touch = TouchMode(self) if touch else None
        self.fixture.touch_px = self.touch.px if self.touch else 0
        self.retranslate()

        self.provision_button.clicked.connect(self.provision_all)
        self.auto_start.toggled.connect(self._on_auto_start)
        self.fixture.startRequested.connect(self.start_slot)
        self.fixture.abortRequested.connect(self.abort_slot)
        bridge.slotChanged.connect(self.fixture.apply)
        bridge.slotChanged.connect(self._update_close_prompt)
        bridge.attemptFinished.connect(self.counters.on_attempt_finished)
        bridge.notice.connect(self.notices.show_notice)
        bridge.fleetChanged.connect(self.banner.show_fleet)

        self._health_timer = QTimer(self)
        self._health_timer.setObjectName("pairing-health-poll")
        self._health_timer.setInterval(health_interval_ms)
        self._health_timer.timeout.connect(self.check_health)
        self._health_timer.start()
        self._health_in_flight = False
        QTimer.singleShot(0, self.check_health)

        self._events = WindowEvents(self, (self, self.menuBar(), self.roles_toolbar))

    def _build_provision_button(self) -> QPushButton:
        button = QPushButton()
        button.setObjectName("provision")
        button.setFont(theme.font(theme.TITLE_PT, bold=True))
        button.setMinimumHeight(theme.BUTTON_MIN_HEIGHT_PX)
        button.setStyleSheet(
            f"QPushButton {{ background: {theme.PROVISION_BACKGROUND}; color: {theme.WHITE};"
            f" border: 3px solid {theme.BLACK}; border-radius: 10px; padding: 4px 8px; }}"
            f" QPushButton:focus {{ border: 5px solid {theme.ORANGE}; }}"
            f" QPushButton:disabled {{ background: {theme.LIGHT_GREY}; color: {theme.GREY}; }}"
        )
        return button

    def retranslate(self) -> None:
        """Word every text in the screens' current language (at start, and on a switch)."""
        self.setWindowTitle(self.tr("Provisioning Station — Operator"))
        self.provision_button.setText(self.tr("▶ Provision ready slots (F5)"))
        self.auto_start.setText(self.tr("Auto-start when\na device appears"))
        self.menus.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._width_fit.language_changed()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """The operator picked a language, kept for them (`OperatorMenus.speak`)."""
        self.menus.speak(language, self.operator)

    def _build_layout(self) -> None:
        # One row under the fixture, so a large fixture keeps every pixel of height it can get;
        # on a screen too narrow for that row the counters go below the controls.
        controls = QHBoxLayout()
        controls.addWidget(self.provision_button)
        controls.addSpacing(6)
        side = QVBoxLayout()
        side.setSpacing(0)
        side.addWidget(self.auto_start)
        side.addWidget(self.status)
        controls.addLayout(side)
        bottom = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        bottom.addLayout(controls)
        bottom.addSpacing(6)
        bottom.addWidget(self.counters, 1)
        self._width_fit = WidthFit(self, bottom)
        body = QVBoxLayout()
        body.setContentsMargins(8, 4, 8, 0)
        body.addWidget(self.fixture, 1)
        body.addLayout(bottom)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.banner)
        layout.addWidget(self.notices)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        if self.fixture.order:
            QWidget.setTabOrder(self.fixture.tiles[self.fixture.order[-1]], self.provision_button)
        QWidget.setTabOrder(self.provision_button, self.auto_start)

    def _build_menus(self) -> None:
        self.menus = OperatorMenus(self, self)
        self.provision_action = self.menus.provision_action
        self.abort_all_action = self.menus.abort_all_action
        self.roles_menu = self.menus.roles_menu
        self.change_operator_action = self.menus.change_operator_action
        self.roles_toolbar = self.menus.roles_toolbar

    def fit_width(self, width: int) -> None:
        """Lay the window out for a screen `width` pixels wide (`WidthFit`)."""
        self._width_fit.fit(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._width_fit.resized(event.size().width())

    # -- runner actions (all off the GUI thread) -----------------------------------------

    def _run(self, fn: Callable[[], T], on_success: Callable[[T], None] | None = None) -> None:
        if self._shutdown.stopping:
            return
        self._control.run(fn, on_success)

    def show_status(self, text: str, ms: int = 0) -> None:
        self.status.show_message(text, ms)

    def show_notice(self, notice: StationNotice) -> None:
        self.notices.show_notice(notice)

    def starting(self) -> bool:
        """A start (or another runner call) is queued or under way: the pedal waits for it."""
        return bool(self._control.pending)

    @Slot()
    def provision_all(self) -> None:
        self._run(self.runner.start_all, self._after_start_all)

    def _after_start_all(self, started: list[str]) -> None:
        if started:
            self.show_status(self.tr("Started %n slot(s).", "", len(started)), 5000)
        else:
            self.show_status(self.tr("No slot is ready: load a device and try again."), 8000)

    @Slot(str)
    def start_slot(self, slot: str) -> None:
        state = self.fixture.snapshot(slot).state
        if state not in STARTABLE:
            # The same rule as the tile's Start button, so a key cannot do what a hidden
            # button refuses (a PASS slot must be unloaded, not provisioned twice).
            self.show_status(
                self.tr("Slot {slot} shows {state}: load a device before starting it.").format(
                    slot=slot, state=theme.STATE_LOOKS[state].said
                ),
                8000,
            )
            return

        def after(ok: bool) -> None:
            if not ok:
                state = self.fixture.snapshot(slot).state
                self.show_status(
                    self.tr("Slot {slot} did not start ({state}).").format(
                        slot=slot, state=theme.STATE_LOOKS[state].said
                    ),
                    8000,
                )

        self._run(lambda: self.runner.start(slot), after)

    def give_label_scan(self, slot: str, text: str, answer: ScanAnswer) -> None:
        self._run(lambda: self.runner.give_label_scan(slot, text), answer)

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
        self.menus.speak_for(name)  # the language this operator chose earlier, if any
        self._run(lambda: self.runner.set_operator(name))

    # -- Pairing health and target summary -----------------------------------------------

    @Slot()
    def check_health(self) -> None:
        if self._health_in_flight or self._shutdown.stopping:
            return
        self._health_in_flight = True
        runner = self.runner
        cancel = self._health_cancel = CancelToken()

        def probe() -> tuple[TargetSummaryLike | BaseException, bool | BaseException]:
            summary: TargetSummaryLike | BaseException
            healthy: bool | BaseException
            try:
                summary = runner.target_summary()
            except Exception as exc:  # noqa: BLE001 - shown in the banner
                summary = exc
            try:
                healthy = runner.check_pairing_health(timeout_s=HEALTH_TIMEOUT_S, cancel=cancel)
            except Exception as exc:  # noqa: BLE001 - shown in the banner
                healthy = exc
            return summary, healthy

        self._checks.run(probe, self._after_health, self._after_health_crash)

    def _after_health(
        self, value: tuple[TargetSummaryLike | BaseException, bool | BaseException]
    ) -> None:
        self._health_in_flight = False
        summary, healthy = value
        if isinstance(summary, BaseException):
            if is_bug(summary):
                log.error("reading the target summary failed", exc_info=summary)
            self.banner.show_target_error(describe(summary).message)
        else:
            self.banner.show_target(summary)
        stamp = time.strftime("%H:%M:%S")
        if isinstance(healthy, BaseException):
            if is_bug(healthy):
                log.error("the Pairing health check failed", exc_info=healthy)
            said = self.tr("{problem} (checked {time})")
            self.banner.show_health(
                False, said.format(problem=describe(healthy).message, time=stamp)
            )
            self.healthChecked.emit(False)
        else:
            self.banner.show_health(healthy, self.tr("checked {time}").format(time=stamp))
            self.healthChecked.emit(healthy)
        self._check_answered()

    def _after_health_crash(self, exc: BaseException) -> None:
        self._health_in_flight = False
        self.banner.show_health(False, describe(exc).message)
        self._check_answered()

    def _on_task_failed(self, exc: BaseException) -> None:
        if is_bug(exc):
            present_error(exc, self)
        else:
            self.notices.show_notice(describe(exc))

    # -- keyboard and scanner ------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only the window's, its bars' and its focus widget's events pass here (WindowEvents).
        kind = event.type()
        if kind in _PLACE_TOOLBAR_ON:
            if watched is self.roles_toolbar or watched is self.menuBar():
                self.menus.place_roles_toolbar()
            return False
        if kind is not _KEY_PRESS or self._shutdown.stage is not Stage.RUNNING:
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
        return self.keys.handle_key(event)

    # -- closing -------------------------------------------------------------------------

    def working_slots(self) -> int:
        return sum(self.fixture.snapshot(s).state is SlotState.WORKING for s in self.fixture.order)

    def has_work(self) -> bool:
        """Slots working, or about to: a start may still be queued for the runner, or under
        way in it before any tile shows Working (closing then must ask too)."""
        return bool(self.working_slots() or self.runner.busy or self._control.pending)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._shutdown.stage is Stage.CLOSED:
            event.accept()
            return
        event.ignore()
        if self._shutdown.stage is not Stage.RUNNING:
            return
        if self.has_work():
            self._ask_to_close()
        else:
            self.begin_shutdown()

    def _ask_to_close(self) -> None:
        self._shutdown.to(Stage.CONFIRMING)

        def answered(close: bool) -> None:
            self._confirm = None
            if close:
                self.begin_shutdown()
            else:
                self._shutdown.to(Stage.RUNNING)

        self._confirm = ClosePrompt(self.working_slots(), answered, self)
        self._confirm.open()

    @Slot(object)
    def _update_close_prompt(self, _snapshot: object = None) -> None:
        if self._confirm is not None:
            self._confirm.update_count(self.working_slots())

    def begin_shutdown(self) -> None:
        """Abort what runs and stop the runner off the GUI thread, then close."""
        if self._shutdown.stopping:
            return
        self._shutdown.to(Stage.WAITING_FOR_CHECK)
        self._health_timer.stop()
        self._health_cancel.cancel("The station is closing.")
        self.provision_button.setEnabled(False)
        self.auto_start.setEnabled(False)
        self.fixture.setEnabled(False)
        self.notices.show_notice(
            StationNotice(
                "info",
                self.tr(
                    "Stopping safely: aborting running slots and finishing their journal records…"
                ),
            )
        )
        self.show_status(self.tr("Stopping safely…"))
        if self._health_in_flight:
            # The runner's shutdown closes its Pairing client, which the health check is still
            # using: stop the slots now and close the runner once the check has answered.
            self._control.run(self.runner.abort_all)
        else:
            self._stop_runner()

    def _check_answered(self) -> None:
        if self._shutdown.stage is Stage.WAITING_FOR_CHECK:
            self._stop_runner()

    def _stop_runner(self) -> None:
        # Runner-control tasks run one at a time, so the shutdown runs after those queued.
        self._shutdown.to(Stage.STOPPING_RUNNER)
        self._control.run(
            lambda: self.runner.shutdown(SHUTDOWN_TIMEOUT_S),
            self._after_shutdown,
            self._after_shutdown_failed,
        )

    def _after_shutdown(self, _result: object) -> None:
        self._shutdown.to(Stage.CLOSED)
        self.bridge.stop()
        self._events.stop()
        self.close()
        self.closed.emit()

    def _after_shutdown_failed(self, exc: BaseException) -> None:
        # The engine's journal records stay consistent even so; close rather than trap the
        # operator in a window that can do nothing more.
        log.error("runner shutdown reported a failure", exc_info=exc)
        self._after_shutdown(None)

    @property
    def shutting_down(self) -> bool:
        return self._shutdown.stopping

    @property
    def shutdown_stage(self) -> Stage:
        return self._shutdown.stage

    def tile(self, slot: str) -> SlotTile:
        return self.fixture.tiles[slot]

    def snapshots(self) -> list[SlotSnapshot]:
        return [self.fixture.snapshot(s) for s in self.fixture.order]
