"""`station demo` with a window: the operator screen on the simulated fixture and the local
Pairing stand-in (what `make demo` opens), with the same QA and supervisor tools as `station gui`.

The engine's demo command parses the arguments and calls `main(args)`; `args` carries `slots`,
`workdir`, `storage`, `faults`, `baud`, `operator`, `auto_provision`, `screenshot` and
`exit_when_done`. With `--auto-provision` the operator is signed in from `--operator`; otherwise
the sign-in dialog opens with that name filled in.

The demo sets well-known QA and supervisor passwords (`DEMO_PASSWORDS`, printed at start and
listed in the README) so that all three roles can be tried; they exist only in the demo's own
configuration file, as salted hashes like any other station's.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from station.roles import Role
from ui.app import Session, application, line_settings_of, role_tools_hook
from ui.engine_start import EnginePreview
from ui.operator.window import OperatorWindow

if TYPE_CHECKING:
    from station.demo import DemoEnvironment
    from station.journal import Journal

DEMO_OPERATOR = "Demo operator"
DEMO_PASSWORDS: dict[Role, str] = {
    Role.QA: "qa-demo-only",
    Role.SUPERVISOR: "supervisor-demo-only",
}
DEMO_ACTOR = "station demo"


def set_demo_passwords(config_path: Path) -> None:
    """Write the demo's role passwords (as scrypt hashes) into the demo configuration."""
    from station.config import hash_password, load_config, save_config
    from station.journal import Journal

    config = load_config(config_path)
    roles = dataclasses.replace(
        config.roles,
        qa_password_hash=hash_password(DEMO_PASSWORDS[Role.QA]),
        supervisor_password_hash=hash_password(DEMO_PASSWORDS[Role.SUPERVISOR]),
    )
    save_config(dataclasses.replace(config, roles=roles), config_path)
    # A password change is a privileged action wherever it happens, so QA sees it in the journal.
    with Journal.open(config.journal_path, station_id=config.station_id) as journal:
        for role in DEMO_PASSWORDS:
            journal.record_event(
                "role_password_change",
                actor=DEMO_ACTOR,
                details={"role": role.value, "change": "set", "config": str(config_path)},
                reason="demo-only password, printed when the demo starts",
            )


def announce_passwords(out: TextIO) -> None:
    out.write(
        "demo: sign in as QA or supervisor from Roles → Sign in as QA / supervisor…\n"
        f"demo:   QA password          {DEMO_PASSWORDS[Role.QA]}\n"
        f"demo:   supervisor password  {DEMO_PASSWORDS[Role.SUPERVISOR]}\n"
        "demo: these passwords exist only in this demo; set a real station's with "
        "`station roles set-password`.\n"
    )
    out.flush()


def announce_line(env: DemoEnvironment, out: TextIO) -> None:
    """Say where the demo's MES, label printer and tower light are, and echo the tower."""
    if env.mes is not None:
        out.write(f"demo: MES stand-in at {env.mes.url} (mode ok)\n")
    if env.printer is not None:
        out.write(f"demo: label printer stand-in at 127.0.0.1:{env.printer.port}\n")
    if env.scanner is not None:
        out.write(
            f"demo: check-scan on: a simulated serial scanner at {env.scanner.port} scans each "
            "printed label back\n"
        )
    tower = env.tower
    if tower is not None:
        out.write(f"demo: serial tower light on a pseudo-terminal at {tower.port}\n")

        def changed(_lamps: dict[str, str]) -> None:
            out.write(f"demo: tower light shows {tower.describe()}\n")
            out.flush()

        tower.on_change = changed
    out.flush()


def open_demo(
    args: argparse.Namespace,
    stack: ExitStack,
    *,
    ask_operator: bool | None = None,
    window_first: bool = False,
) -> Session:
    """Return the session to run on the demo environment (closed by `stack`).

    The environment starts here, or with `window_first` behind the operator window's first
    frame, with the engine (`station demo` does that: its simulated devices and stand-ins take
    a good part of a second to start). The operator's sign-in dialog opens unless
    `ask_operator` is False (by default it is asked for except with `--auto-provision`).
    """
    from station.engine.events import EventSink
    from ui.engine_api import RunnerLike

    application()  # before the environment, so Qt owns the process's first window
    workdir: Path | None = args.workdir
    if workdir is None:
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="station-demo-")))
    started: list[tuple[DemoEnvironment, Journal]] = []

    def environment() -> tuple[DemoEnvironment, Journal]:
        """The demo's environment and journal, started on first use."""
        from station.config import load_config
        from station.demo import demo_environment
        from station.journal import Journal

        if not started:
            # --check-scan: each label printed is scanned back by the simulated serial scanner,
            # so the window shows held PASS, label, check-scan, PASS.
            env = stack.enter_context(demo_environment(args, workdir))
            announce_line(env, sys.stdout)
            set_demo_passwords(env.config_path)
            config = load_config(env.config_path)
            journal = stack.enter_context(
                Journal.open(config.journal_path, station_id=config.station_id)
            )
            started.append((env, journal))
        return started[0]

    if not window_first:
        environment()
    auto: bool = args.auto_provision
    screenshot: Path | None = args.screenshot
    exit_when_done: bool = args.exit_when_done
    operator = str(args.operator or DEMO_OPERATOR)
    if ask_operator is None:
        ask_operator = not auto

    def build(sink: EventSink, name: str) -> RunnerLike:
        from station.config import load_config
        from station.line.runner import LineRunner

        env, journal = environment()
        # Read again on every (re)start: the supervisor may have edited the demo's target.
        return LineRunner(
            config=load_config(env.config_path),
            fixture=env.fixture_name,
            journal=journal,
            operator=name,
            sink=sink,
        )

    def on_window(window: OperatorWindow, session: Session) -> None:
        env, journal = environment()
        role_tools_hook(env.config_path, journal, env.fixture_name)(window, session)
        if auto:
            from ui.autoprovision import AutoProvision

            session.helpers.append(
                AutoProvision(
                    window,
                    session,
                    screenshot=Path(screenshot) if screenshot else None,
                    exit_when_done=exit_when_done,
                )
            )

    def preview() -> EnginePreview:
        # The simulated fixture's slots are numbered; their ports exist once it has started.
        return EnginePreview(tuple((str(n), "starting…") for n in range(1, args.slots + 1)))

    def line_settings() -> tuple[str | None, bool]:
        """`[line] pedal_key` and `touch` as saved now (a screen restart takes them over)."""
        from station.config import load_config

        env, _journal = environment()
        return line_settings_of(load_config(env.config_path))

    return Session(
        build,
        operator=None if ask_operator else operator,
        suggested_operator=operator,
        on_window=on_window,
        preview=preview if window_first else None,
        line_settings=line_settings,
    )


def main(args: argparse.Namespace) -> int:
    from ui.app import install_exception_hooks

    install_exception_hooks()
    with ExitStack() as stack:
        session = open_demo(args, stack, window_first=True)
        announce_passwords(sys.stdout)
        return session.run()
    # ExitStack may in principle swallow an exception, so the type checker wants a return here.
    return 1
