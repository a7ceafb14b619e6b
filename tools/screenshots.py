"""Take the screenshots in docs/ again, each in a real window on an X server of the size it
documents.

    .venv/bin/python tools/screenshots.py [NAME ...]        (or `make screenshots`)

Without names it takes all of them (about a minute). Each picture gets its own Xvfb (xvfb-run,
from tools/debian-deps.sh) and Qt's xcb platform, so the windows open as they do on a station PC:
sized by the station's own code to the screen. The picture is the X server's pixels inside the
window's frame, not the widget painting itself into a pixmap, and a window that leaves its screen
fails the run instead of being photographed whole. Each PNG is then reduced to a 256-colour
palette (Pillow), which keeps flat UI pictures readable at a fraction of the size.

The pictures show the demo: simulated devices, the local Pairing stand-in and, for QA, a
synthetic journal with a fixed seed, so two runs show the same situations.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
SETTLE_MS = 600  # the last results, a relayout and the window manager-less map, painted
POLL_MS = 100
WAIT_S = 180
PALETTE_COLOURS = 256
# What a line sees fail on a 16-slot fixture: a unit that never answers, a power cut mid-write
# (the unit drops off its port) and a unit whose storage refuses the write.
PANEL_FAULTS = "slot3:noreply@identify*always,slot7:power_cut@write,slot12:program_fail@write"
NOREPLY = "slot3:noreply@identify*always"
TOUCH_FAULTS = "slot3:noreply@identify*always,slot7:program_fail@write"


@dataclass(frozen=True)
class Shot:
    file: str
    width: int
    height: int
    what: str


SHOTS = {
    "operator": Shot("operator-screen.png", 1600, 1000, "4 slots, slot 3 FAIL"),
    "operator-16": Shot("operator-screen-16.png", 1600, 1000, "16 slots, slot 3 FAIL"),
    "operator-1280": Shot(
        "operator-screen-1280x800.png", 1280, 800, "16 slots, slots 3, 7 and 12 FAIL"
    ),
    "operator-de-1280": Shot(
        "operator-screen-de-1280x800.png", 1280, 800, "German, 16 slots, slots 3, 7 and 12 FAIL"
    ),
    "touch-1280": Shot(
        "operator-touch-1280x800.png",
        1280,
        800,
        "touch mode, 8 slots, slots 3 and 7 FAIL, slot 7's cause tapped open in full",
    ),
    "qa": Shot("qa-window.png", 1280, 800, "attempts and, beside it, -summary.png"),
    "qa-de-1280": Shot(
        "qa-window-de-1280x800.png", 1280, 800, "German, attempts and, beside it, -summary.png"
    ),
    "targets": Shot("supervisor-targets.png", 1600, 1000, "a refused realm, Test connection"),
    "targets-de": Shot("supervisor-targets-de.png", 1600, 1000, "German, Test connection passed"),
    "targets-1280": Shot("supervisor-targets-1280x800.png", 1280, 800, "Test connection passed"),
    "label-editor": Shot(
        "supervisor-label-editor-1280x800.png", 1280, 800, "the built-in label's live preview"
    ),
    "mes-page": Shot(
        "supervisor-mes-page-1280x800.png",
        1280,
        800,
        "the MES page with the MES trickling: an override in force, results waiting",
    ),
}


# --- in the X server: one picture ----------------------------------------------------------


class Failed(Exception):
    """The picture would not show what it documents."""


def grab(window: object, out: Path) -> None:
    """Save the X server's pixels inside `window`'s frame to `out`."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    if not area.contains(frame):
        raise Failed(f"{window.windowTitle()!r} at {frame} leaves the screen's area {area}")
    pixmap = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    if pixmap.isNull() or not pixmap.save(str(out), "PNG"):
        raise Failed(f"could not save {out}")


class Run:
    """Polls conditions on the GUI thread and records the first failure for the exit code."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QApplication

        from ui.app import application

        self.app: QApplication = application()
        self.error: BaseException | None = None

    def when(self, ready: Callable[[], bool], then: Callable[[], None], what: str) -> None:
        """Run `then` once `ready()` is true (and the screen has settled), or fail after WAIT_S."""
        from PySide6.QtCore import QTimer

        timer = QTimer(self.app)
        timer.setInterval(POLL_MS)
        left = [WAIT_S * 1000 // POLL_MS]

        def poll() -> None:
            left[0] -= 1
            if left[0] < 0:
                timer.stop()
                self.fail(Failed(f"gave up waiting for {what}"))
            elif ready():
                timer.stop()
                QTimer.singleShot(SETTLE_MS, lambda: self.guard(then))

        timer.timeout.connect(poll)
        timer.start()

    def guard(self, step: Callable[[], None]) -> None:
        try:
            step()
        except Exception as exc:  # noqa: BLE001 (any failure ends this picture)
            self.fail(exc)

    def fail(self, exc: BaseException) -> None:
        self.error = self.error or exc
        self.app.exit(1)


def demo_args(slots: int, faults: str, *, auto: bool) -> argparse.Namespace:
    from station.demo_cli import demo_arguments

    return demo_arguments(
        f"--slots={slots}", f"--faults={faults}", "--operator=Dana", *(["--auto-provision"] * auto)
    )


def tap(widget: object) -> None:
    """A finger down and up on `widget`'s centre, through a touch screen device."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    window = widget.window()
    where = widget.mapTo(window, widget.rect().center())
    device = QTest.createTouchDevice()
    QTest.touchEvent(window, device).press(0, where).commit()
    QTest.touchEvent(window, device).release(0, where).commit()


def operator_screen(
    out: Path,
    slots: int,
    faults: str,
    language: str = "en",
    *,
    touch: bool = False,
    tap_slot: str | None = None,
) -> None:
    """The operator screen once the demo has provisioned every slot (in touch mode, with
    `tap_slot`'s cause tapped open)."""
    from ui.app import Session
    from ui.autoprovision import AutoProvision
    from ui.demo import open_demo
    from ui.i18n.languages import languages
    from ui.operator.window import OperatorWindow

    run = Run()
    with ExitStack() as stack:
        session = open_demo(demo_args(slots, faults, auto=True), stack)
        missing = languages().switch(language)  # before the window is made
        if missing is not None:
            raise Failed(f"{missing.message} {missing.action}")
        hook = session.on_window
        finished: list[int] = []

        def on_window(window: OperatorWindow, s: Session) -> None:
            assert hook is not None
            hook(window, s)
            auto = next(h for h in s.helpers if isinstance(h, AutoProvision))
            auto.done.connect(finished.append)

            def take() -> None:
                grab(window, out)
                window.close()

            def open_detail() -> None:
                assert tap_slot is not None and window.touch is not None
                tap(window.tile(tap_slot).cause)
                popup = window.touch.taps.popup
                run.when(lambda: popup is not None and popup.isVisible(), take, "the detail")

            run.when(lambda: bool(finished), open_detail if tap_slot else take, "every result")

        session.on_window = on_window
        session.touch = touch
        session.run()
    if run.error is not None:
        raise run.error


def switch_language(language: str) -> None:
    from ui.i18n.languages import languages

    missing = languages().switch(language)
    if missing is not None:
        raise Failed(f"{missing.message} {missing.action}")


def qa_window(out: Path, language: str = "en") -> None:
    """The QA window on a synthetic journal: the attempts tab with the newest attempt
    explained, then the summary of one day."""
    from PySide6.QtCore import QDate

    from station.journal.synthetic import seed_journal
    from station.roles import Actor, Role
    from ui.qa.access import fixed
    from ui.qa.window import open_qa_window

    run = Run()
    switch_language(language)
    with tempfile.TemporaryDirectory(prefix="station-shots-") as tmp:
        journal = Path(tmp) / "journal.sqlite"
        start = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)
        seed_journal(journal, 300, start=start, interval_s=45.0, seed=7)
        window = open_qa_window(journal, actor=fixed(Actor("Quinn", Role.QA)))
        if window is None:
            raise Failed("the QA window did not open")
        loaded: list[int] = []
        summed: list[object] = []
        window.model.keysApplied.connect(lambda n, _live: loaded.append(n))
        window.summary.computed.connect(summed.append)

        def explain() -> None:
            window.table.selectRow(0)
            run.when(lambda: window.detail is not None, attempts, "the attempt's details")

        def attempts() -> None:
            grab(window, out)
            window.tabs.setCurrentWidget(window.summary)
            window.summary.day.setDate(QDate(start.year, start.month, start.day))
            window.summary.compute()
            run.when(lambda: bool(summed), summary, "the day's summary")

        def summary() -> None:
            grab(window, out.with_name(f"{out.stem}-summary{out.suffix}"))
            window.close()
            run.app.quit()

        run.when(lambda: bool(loaded), explain, "the journal's attempts")
        run.app.exec()
    if run.error is not None:
        raise run.error


def targets_editor(
    out: Path, *, refused_realm: bool, label_editor: bool = False, language: str = "en"
) -> None:
    """The supervisor's target editor after Test connection, optionally with a realm name the
    form refuses under its field; or (`label_editor`) the label template editor it opens."""
    from ui.app import Session
    from ui.demo import open_demo
    from ui.operator.window import OperatorWindow
    from ui.supervisor.targets_editor import TargetsEditor
    from ui.supervisor.tools import SupervisorTools

    run = Run()
    with ExitStack() as stack:
        session = open_demo(demo_args(4, "", auto=False), stack, ask_operator=False)
        switch_language(language)  # before the window is made
        hook = session.on_window

        def on_window(window: OperatorWindow, s: Session) -> None:
            assert hook is not None
            hook(window, s)
            tools = next(h for h in s.helpers if isinstance(h, SupervisorTools))
            sign_in_supervisor(run, tools, lambda: edit(tools))

        def edit(tools: SupervisorTools) -> None:
            editor = tools.open_targets()
            if editor is None:
                raise Failed("the target editor did not open")
            if label_editor:
                label_editor_shot(run, out, editor, tools)
                return
            if refused_realm:
                editor.form.realm.setText("Plant-1")
            editor.test_button.click()
            run.when(
                lambda: not editor.busy and editor.test_button.isEnabled(),
                lambda: take(editor, tools),
                "Test connection",
            )

        def take(editor: TargetsEditor, tools: SupervisorTools) -> None:
            grab(editor, out)
            if refused_realm:
                editor.form.realm.setText("demo")  # nothing left to ask about on close
            editor.close()
            tools.window.close()

        session.on_window = on_window
        session.run()
    if run.error is not None:
        raise run.error


def label_editor_shot(run: Run, out: Path, editor: object, tools: object) -> None:
    """From the target editor: open the label template editor, take it once it has drawn."""
    from ui.supervisor.targets_editor import TargetsEditor
    from ui.supervisor.tools import SupervisorTools

    assert isinstance(editor, TargetsEditor) and isinstance(tools, SupervisorTools)
    dialog = editor.form.edit_label_template()
    dialog.resize(1100, 560)
    area = dialog.screen().availableGeometry()
    dialog.move(area.center() - dialog.rect().center())

    def take() -> None:
        grab(dialog, out)
        dialog.close()
        editor.close()
        tools.window.close()

    run.when(lambda: not dialog.preview.pixmap().isNull(), take, "the label preview")


def _tried(page: object) -> bool:
    """Both units' results wait on the MES page, the oldest with its last send's error."""
    from ui.supervisor.mes_page import LAST_ERROR, MesPage

    assert isinstance(page, MesPage)
    errors = [page.table.item(r, LAST_ERROR) for r in range(page.table.rowCount())]
    return len(errors) == 2 and errors[0] is not None and bool(errors[0].text())


def sign_in_supervisor(run: Run, tools: object, then: Callable[[], None]) -> None:
    """Sign in as the demo's supervisor through the real dialog, then run `then`."""
    from station.roles import Role
    from ui.demo import DEMO_PASSWORDS
    from ui.supervisor.tools import SupervisorTools

    assert isinstance(tools, SupervisorTools)
    tools.sign_in_action.trigger()
    dialog = tools.roles.sign_in_dialog
    assert dialog is not None
    dialog.role.setCurrentIndex(dialog.role.findData(Role.SUPERVISOR.value))
    dialog.name.setText("Sam")
    dialog.password.setText(DEMO_PASSWORDS[Role.SUPERVISOR])
    dialog.sign_in_button.click()
    run.when(lambda: tools.roles.actor.role is Role.SUPERVISOR, then, "sign-in")


def mes_page(out: Path) -> None:
    """The supervisor's MES page on the demo line while its MES trickles (one byte at a time):
    the supervisor starts an override of `block` from the page, the units are provisioned and
    their results wait, each send cut at the MES's total deadline."""
    from station.config import load_config
    from station.demo import DemoEnvironment
    from station.journal import Journal
    from station.line.runner import LineRunner
    from ui.app import Session, role_tools_hook
    from ui.demo import set_demo_passwords
    from ui.operator.window import OperatorWindow
    from ui.supervisor.mes_page import MesPage, MesPageAction
    from ui.supervisor.tools import SupervisorTools

    run = Run()
    with ExitStack() as stack:
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="station-shots-")))
        env = stack.enter_context(DemoEnvironment(workdir, slots=2, line=True))
        set_demo_passwords(env.config_path)
        config = load_config(env.config_path)
        journal = stack.enter_context(Journal.open(config.journal_path, station_id="demo"))
        assert env.mes is not None
        mes = env.mes

        def build(sink: object, name: str) -> LineRunner:
            return LineRunner(
                config=load_config(env.config_path),
                fixture=env.fixture_name,
                journal=journal,
                operator=name,
                sink=sink,  # type: ignore[arg-type]
            )

        hook = role_tools_hook(env.config_path, journal, env.fixture_name)

        def on_window(window: OperatorWindow, s: Session) -> None:
            hook(window, s)
            tools = next(h for h in s.helpers if isinstance(h, SupervisorTools))
            sign_in_supervisor(run, tools, lambda: opened(tools))

        def opened(tools: SupervisorTools) -> None:
            entry = tools.findChild(MesPageAction, "mes-page-action")
            if entry is None:
                raise Failed("the MES page has no entry in the Roles menu")
            page = entry.open()
            page.resize(1180, 660)
            page.move(page.screen().availableGeometry().center() - page.rect().center())
            page.reason.setText("MES route server down, ticket 4711")
            page.start_override()
            mes.set_mode("trickle")
            run.when(
                lambda: "in force" in page.override_state.text(),
                lambda: go(tools, page),
                "override",
            )

        def go(tools: SupervisorTools, page: MesPage) -> None:
            tools.window.provision_all()

            run.when(
                lambda: _tried(page), lambda: take(tools, page), "the results waiting for the MES"
            )

        def take(tools: SupervisorTools, page: MesPage) -> None:
            grab(page, out)
            mes.set_mode("ok")  # the results go, so the station closes without waiting
            page.close()
            tools.window.close()

        session = Session(build, operator="Dana", on_window=on_window)
        session.run()
    if run.error is not None:
        raise run.error


#: How each picture is taken, by name.
TAKERS: dict[str, Callable[[Path], None]] = {
    "operator": lambda out: operator_screen(out, 4, NOREPLY),
    "operator-16": lambda out: operator_screen(out, 16, NOREPLY),
    "operator-1280": lambda out: operator_screen(out, 16, PANEL_FAULTS),
    "operator-de-1280": lambda out: operator_screen(out, 16, PANEL_FAULTS, language="de"),
    "touch-1280": lambda out: operator_screen(out, 8, TOUCH_FAULTS, touch=True, tap_slot="7"),
    "qa": qa_window,
    "qa-de-1280": lambda out: qa_window(out, language="de"),
    "targets": lambda out: targets_editor(out, refused_realm=True),
    "targets-de": lambda out: targets_editor(out, refused_realm=False, language="de"),
    "targets-1280": lambda out: targets_editor(out, refused_realm=False),
    "label-editor": lambda out: targets_editor(out, refused_realm=False, label_editor=True),
    "mes-page": mes_page,
}


def take_one(name: str, out: Path) -> None:
    taker = TAKERS.get(name)
    if taker is None:
        raise Failed(f"no screenshot called {name}")
    taker(out)


# --- outside: an X server per picture, then the palette -------------------------------------


def reduce(path: Path) -> None:
    """Rewrite `path` as a 256-colour palette PNG (flat UI colours survive it)."""
    from PIL import Image

    with Image.open(path) as image:
        palette = image.convert("RGB").quantize(
            PALETTE_COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
    palette.save(path, optimize=True)


def take_in_xvfb(name: str) -> list[Path]:
    shot = SHOTS[name]
    out = DOCS / shot.file
    if shutil.which("xvfb-run") is None:
        raise SystemExit("needs xvfb-run: run tools/debian-deps.sh (as root) first")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    screen = f"-screen 0 {shot.width}x{shot.height}x24"
    cmd = ["xvfb-run", "-a", "-s", screen, sys.executable, __file__, "--take", name, str(out)]
    done = subprocess.run(cmd, env=env, cwd=REPO, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{name}: the screenshot failed (exit {done.returncode})")
    summary = out.with_name(f"{out.stem}-summary{out.suffix}")
    made = [out, *([summary] if name.startswith("qa") else [])]
    for path in made:
        reduce(path)
        sys.stdout.write(
            f"{path.relative_to(REPO)}: {shot.width}x{shot.height} screen, {shot.what}, "
            f"{path.stat().st_size // 1024} KiB\n"
        )
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help=f"which pictures (default all): {', '.join(SHOTS)}"
    )
    parser.add_argument("--take", nargs=2, metavar=("NAME", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.take:
        name, out = args.take
        try:
            take_one(name, Path(out))
        except Failed as exc:
            sys.stderr.write(f"screenshots: {name}: {exc}\n")
            return 1
        return 0
    unknown = [n for n in args.names if n not in SHOTS]
    if unknown:
        parser.error(f"no screenshot called {', '.join(unknown)}; there are {', '.join(SHOTS)}")
    for name in args.names or list(SHOTS):
        take_in_xvfb(name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
