"""The GUI application shell: Qt set-up, operator sign-in, then the operator window.

`Session` is shared by `station gui` (a real configuration) and `station demo` (the simulated
fixture): both hand it a function that builds the engine's runner once the operator's name is
known, because the runner records that name with every attempt, and both add the QA and
supervisor tools with `role_tools_hook`.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from station.engine.events import EventSink, StationNotice
from station.errors import StationError
from ui import theme
from ui.bridge import EngineBridge
from ui.engine_api import RunnerLike
from ui.engine_start import DeferredRunner, EnginePreview, EngineStarter, engine_starting_text
from ui.errors import error_box, in_words, present_error
from ui.heap import freeze_startup_heap
from ui.i18n.languages import SOURCE_LANGUAGE, languages
from ui.log_file import start_log_file
from ui.operator.window import OperatorWindow
from ui.signin import SignInDialog

if TYPE_CHECKING:
    from station.config.model import StationConfig
    from station.journal import Journal

log = logging.getLogger(__name__)

RunnerFactory = Callable[[EventSink, str], RunnerLike]
WindowHook = Callable[[OperatorWindow, "Session"], None]
PreviewFactory = Callable[[], EnginePreview]
#: The `[line]` settings the window takes, read again on each (re)start: pedal key, touch mode.
LineSettings = Callable[[], tuple[str | None, bool]]

EXIT_OK = 0
EXIT_FAILED = 1
DEFAULT_SIZE = (1560, 960)
SETTLE_FRAME_MS = 300


def application() -> QApplication:
    """The process's QApplication, created with the station's look on first use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Provisioning Station")
    app.setOrganizationName("Provisioning Station")
    app.setStyle("Fusion")  # the same look on every desktop, so the screenshots are the manual
    app.setFont(theme.font(theme.BODY_PT))
    return app


def install_exception_hooks() -> None:
    """Route uncaught exceptions (GUI and worker threads) to the log with their traceback, and
    show one raised on the GUI thread in the crash dialog.

    PySide prints and carries on after an exception in a slot; logging it through the station's
    logger puts it where the supervisor collects logs, with the stack, and the crash dialog
    tells whoever is at the screen what to send to support (`ui.errors.present_error`). The
    log's warnings and errors also go to the station's log file (`ui.log_file`).
    """
    start_log_file()

    def on_exception(
        kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        log.critical("uncaught exception (this is a bug)", exc_info=(kind, exc, tb))
        if (
            QApplication.instance() is None
            or threading.current_thread() is not threading.main_thread()
        ):
            return
        try:
            present_error(exc)
        except Exception:
            log.exception("the crash dialog could not be shown")

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log.critical(
                "uncaught exception in thread %s (this is a bug)",
                args.thread.name if args.thread else "?",
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception


def fit_to_screen(window: OperatorWindow, preferred: tuple[int, int]) -> QSize:
    """The window's first size: the preferred size, or more if its contents ask for it, but
    never more than the screen's available area (a large fixture scrolls instead)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        window.fit_width(screen.availableGeometry().width())
    hint = window.sizeHint()
    width, height = max(preferred[0], hint.width()), max(preferred[1], hint.height())
    if screen is not None:
        available = screen.availableGeometry()
        width, height = min(width, available.width()), min(height, available.height())
    return QSize(width, height)


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move a shown window so that its frame (title bar and borders, known only
    once it is shown) lies within the screen's available area."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None or not window.isVisible():
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), available.width() - extra_w)
    height = min(window.height(), available.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    left = min(max(frame.left(), available.left()), available.right() + 1 - width - extra_w)
    top = min(max(frame.top(), available.top()), available.bottom() + 1 - height - extra_h)
    if (left, top) != (frame.left(), frame.top()):
        window.move(left, top)


def _configured_auto_start(runner: RunnerLike) -> bool:
    """The fixture's configured auto-start, which the engine's runner applies at start."""
    return runner.auto_start


class Session:
    """One run of the operator screen: sign-in, runner, window, and the exit code."""

    def __init__(
        self,
        build_runner: RunnerFactory,
        *,
        operator: str | None = None,
        suggested_operator: str = "",
        on_window: WindowHook | None = None,
        size: tuple[int, int] = DEFAULT_SIZE,
        preview: PreviewFactory | None = None,
        pedal_key: str | None = None,
        touch: bool = False,
        language: str = SOURCE_LANGUAGE,
        line_settings: LineSettings | None = None,
    ) -> None:
        self.app = application()
        # `[line] pedal_key`, `touch` and `language`, read when the station starts; the first
        # two again from `line_settings` each time the window opens (a restart after the
        # supervisor saved the configuration).
        self.pedal_key = pedal_key
        self.touch = touch
        self._line_settings = line_settings
        # Before any screen is made, so the sign-in dialog speaks it too.
        self.language_missing = languages().switch(language)
        self.build_runner = build_runner
        # With a preview, the window shows first and the runner is built behind it
        # (ui.engine_start); the Line menu and `on_window` then come once the runner is up.
        self.preview = preview
        self.on_window = on_window
        self.size = size
        self.exit_code = EXIT_OK
        self.window: OperatorWindow | None = None
        self.bridge: EngineBridge | None = None
        self.runner: RunnerLike | None = None
        self._signin: SignInDialog | None = None
        self._operator = operator
        self._suggested_operator = suggested_operator
        # Objects that drive the window (the demo's auto-provision) live as long as the session.
        self.helpers: list[object] = []
        self.carried: object | None = None  # from the window a restart replaces

    def start(self) -> None:
        """Ask for the operator (unless given), then open the window. Returns at once."""
        if self._operator:
            QTimer.singleShot(0, lambda: self._open_window(self._operator or ""))
            return
        dialog = SignInDialog(self._suggested_operator)
        self._signin = dialog
        dialog.finished.connect(self._signed_in)
        dialog.open()

    def _signed_in(self, result: int) -> None:
        dialog = self._signin
        self._signin = None
        assert dialog is not None
        dialog.deleteLater()
        if result != SignInDialog.DialogCode.Accepted or not dialog.name:
            log.info("sign-in cancelled; the station closes without provisioning")
            self.app.quit()
            return
        self._open_window(dialog.name)

    def _open_window(self, operator: str) -> None:
        self._read_line_settings()
        bridge = EngineBridge()
        self.bridge = bridge
        if self.preview is not None:
            self._open_window_first(operator, bridge, self.preview)
            return
        try:
            runner = self.build_runner(bridge.sink, operator)
        except StationError as exc:
            self._fatal(exc)
            return
        window = self._show_window(runner, bridge, operator)
        self._add_tools(window, runner)

    def _read_line_settings(self) -> None:
        if self._line_settings is None or self.window is None:
            return  # the first window: the values given at start are the file's
        try:
            self.pedal_key, self.touch = self._line_settings()
        except StationError:  # the runner, read next, says what is wrong with the file
            log.warning("the [line] settings could not be read again; keeping the last ones")

    def _show_window(
        self, runner: RunnerLike, bridge: EngineBridge, operator: str
    ) -> OperatorWindow:
        self.runner = runner
        window = OperatorWindow(
            runner,
            bridge,
            operator,
            auto_start=_configured_auto_start(runner),
            pedal_key=self.pedal_key,
            touch=self.touch,
        )
        window.resize(fit_to_screen(window, self.size))
        window.closed.connect(self.app.quit)
        if self.language_missing is not None:
            missing = self.language_missing
            window.show_notice(StationNotice("error", missing.message, missing.action))
        self.window = window
        window.show()
        keep_on_screen(window)
        # A window manager adds its frame a little later; check again once it has.
        QTimer.singleShot(SETTLE_FRAME_MS, window, lambda: keep_on_screen(window))
        return window

    def _add_tools(self, window: OperatorWindow, runner: RunnerLike) -> None:
        _add_line_menu(window, runner)
        if self.on_window is not None:
            self.on_window(window, self)
        # The window and the engine are built: once the first frame is painted, before the
        # slots have work, one full collection costs the operator nothing (ui/heap.py).
        QTimer.singleShot(SETTLE_FRAME_MS, window, freeze_startup_heap)

    def _open_window_first(
        self, operator: str, bridge: EngineBridge, preview: PreviewFactory
    ) -> None:
        """Show the window on the configured slots, then build the runner behind it."""
        try:
            runner = DeferredRunner(preview(), bridge.sink)
        except StationError as exc:
            self._fatal(exc)
            return
        window = self._show_window(runner, bridge, operator)
        window.show_status(engine_starting_text())
        starter = EngineStarter(
            window, runner, lambda: self.build_runner(bridge.sink, operator), window
        )
        starter.started.connect(lambda: self._engine_started(window, runner))
        starter.failed.connect(lambda exc: self._engine_failed(window, exc))

    def _engine_started(self, window: OperatorWindow, runner: DeferredRunner) -> None:
        if window is not self.window or window.shutting_down or runner.engine is None:
            return
        if window.status.currentMessage() == engine_starting_text():
            # Only that message: an answer to a Provision pressed meanwhile may be there now.
            window.show_status("")
        self._add_tools(window, runner.engine)

    def _engine_failed(self, window: OperatorWindow, exc: BaseException) -> None:
        if not isinstance(exc, StationError):
            log.critical("building the engine failed (this is a bug)", exc_info=exc)
        if window is self.window and not window.shutting_down:
            window.closed.disconnect(self.app.quit)
            window.begin_shutdown()
        self._fatal(exc)

    def restart(self, carry: object | None = None) -> None:
        """Close the operator window and open it again on a new runner, keeping the operator
        (after a supervisor changed the active target); `carry` is what the window hook hands
        to the new window (ui.supervisor.carry: counters, verdicts, the supervisor session)."""
        window = self.window
        if window is None or window.shutting_down:
            return
        self.carried = carry
        operator = window.operator
        window.closed.disconnect(self.app.quit)
        window.closed.connect(lambda: self._open_window(operator))
        window.closed.connect(window.deleteLater)
        window.begin_shutdown()

    def _fatal(self, exc: BaseException) -> None:
        self.exit_code = EXIT_FAILED
        box = error_box(exc, QCoreApplication.translate("StationApp", "The station cannot start"))
        box.setIcon(QMessageBox.Icon.Critical)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setObjectName("fatal")
        box.finished.connect(self.app.quit)
        self._fatal_box = box
        box.open()

    def run(self) -> int:
        self.start()
        self.app.exec()
        return self.exit_code


def line_settings_of(config: StationConfig) -> tuple[str | None, bool]:
    """What the operator window takes from `[line]`: the pedal key and touch mode."""
    return config.line.pedal_key, config.line.touch


def _add_line_menu(window: OperatorWindow, runner: RunnerLike) -> None:
    """The Line menu, for a runner with line signals (tower, fail sound, labels), and the
    serial barcode scanner of `[line] scanner_port`."""
    from station.line.runner import LineRunner
    from ui.operator.line_menu import LineMenu

    if isinstance(runner, LineRunner):
        LineMenu(window, runner)  # parented to the window, which keeps it
        if runner.scanner_port is not None:
            from ui.operator.serial_scan import SerialScanFeed

            SerialScanFeed(window, runner.scanner_port, runner.scanner_baud)


def run_operator_screen(
    build_runner: RunnerFactory,
    *,
    operator: str | None = None,
    suggested_operator: str = "",
    on_window: WindowHook | None = None,
) -> int:
    """Run the operator screen until its window closes; returns the process exit code.

    With `operator` the sign-in is skipped (unattended runs); `suggested_operator` only fills
    the sign-in dialog in.
    """
    install_exception_hooks()
    session = Session(
        build_runner,
        operator=operator,
        suggested_operator=suggested_operator,
        on_window=on_window,
    )
    return session.run()


def role_tools_hook(config_path: Path, journal: Journal, fixture: str) -> WindowHook:
    """A window hook that adds the three roles' tools: "Journal (QA)…", the QA/supervisor
    sign-in, "Targets and keys…" and "Rework…" (`station gui` and `station demo` alike)."""
    from station.config import load_config
    from ui.qa.menu import add_qa_action
    from ui.supervisor.carry import ShiftCarry
    from ui.supervisor.fleet_page import attach_fleet_page
    from ui.supervisor.mes_page import attach_mes_page
    from ui.supervisor.tools import SupervisorTools
    from ui.supervisor.touch_page import attach_touch_page

    def hook(window: OperatorWindow, session: Session) -> None:
        # Read again on every (re)start: a supervisor may have changed the configuration.
        config = load_config(config_path)
        carried, session.carried = session.carried, None
        add_qa_action(window, config.journal_path)
        # Roles (QA/supervisor sign-in, idle lock) gate the QA action added above as well.
        tools = SupervisorTools(
            window,
            config=config,
            config_path=config_path,
            journal=journal,
            fixture=fixture,
            restart=session.restart,
            carried=carried if isinstance(carried, ShiftCarry) else None,
        )
        session.helpers.append(tools)
        attach_fleet_page(tools, config)  # fleet mode only
        attach_mes_page(tools, config)  # a line with an MES only
        attach_touch_page(tools)

    return hook


def open_station(path: Path) -> tuple[StationConfig, Journal]:
    """The configuration at `path` and its journal, or the StationError that stops them."""
    from station.config import load_config
    from station.journal import Journal

    config = load_config(path)
    return config, Journal.open(config.journal_path, station_id=config.station_id)


def open_or_explain(path: Path) -> tuple[StationConfig, Journal] | None:
    """Open the station, or show what stops it (SetupNeededDialog) until the user closes that
    window (None) or a Try again succeeds. Run before any worker thread exists, so the
    dialog's own event loop delays nothing."""
    application()
    while True:
        try:
            return open_station(path)
        except StationError as exc:
            # Imported only when needed: a station that starts should not wait for it.
            from ui.setup_needed import TRY_AGAIN, SetupNeededDialog

            # Also for a terminal and the logs; the window is for a start from the desktop.
            log.error("the station cannot start: %s", in_words(exc))
            dialog = SetupNeededDialog(path, exc)
            result = dialog.exec()
            dialog.deleteLater()
            if result != TRY_AGAIN:
                return None


def run_gui(
    config_path: Path | None,
    fixture: str | None = None,
    *,
    operator: str | None = None,
    on_window: Callable[[OperatorWindow, Session], None] | None = None,
) -> int:
    """`station gui`: the operator screen on the configured fixture and journal (`operator`
    signs in without the dialog, for unattended runs such as the GUI bench and the fleet demo;
    `on_window` adds a helper to the window once the engine is up, e.g. auto-provisioning).

    The window is shown on the configured slots first; the engine, whose imports are most of
    a cold start, is built behind it (ui.engine_start)."""
    from station.config import default_config_path, load_config

    path = config_path or default_config_path()
    opened = open_or_explain(path)
    if opened is None:
        return EXIT_FAILED
    config, journal = opened
    fixture_name = fixture or config.default_fixture

    def preview() -> EnginePreview:
        # Read again on every (re)start, as the runner is: the slots may have changed.
        fixture_config = load_config(path).fixture(fixture_name)
        return EnginePreview(
            tuple((slot.name, str(slot.port)) for slot in fixture_config.slots),
            fixture_config.auto_start,
        )

    def build(sink: EventSink, operator: str) -> RunnerLike:
        from station.line.runner import LineRunner

        # Read again on every (re)start: a supervisor may have changed the active target.
        return LineRunner(
            config=load_config(path),
            fixture=fixture_name,
            journal=journal,
            operator=operator,
            sink=sink,
        )

    def add_role_tools(window: OperatorWindow, session: Session) -> None:
        # Made when the engine is up: the role tools' imports would delay the first frame.
        role_tools_hook(path, journal, fixture_name)(window, session)
        if on_window is not None:
            on_window(window, session)

    install_exception_hooks()
    session = Session(
        build,
        operator=operator,
        on_window=add_role_tools,
        preview=preview,
        pedal_key=config.line.pedal_key,
        touch=config.line.touch,
        language=config.line.language,
        line_settings=lambda: line_settings_of(load_config(path)),
    )
    try:
        return session.run()
    finally:
        journal.close()
