"""`station demo` with a window: the operator screen on the simulated fixture and the local
Pairing stand-in (what `make demo` opens).

The engine's demo command parses the arguments and calls `main(args)`; `args` carries `slots`,
`workdir`, `storage`, `faults`, `baud`, `operator`, `auto_provision`, `screenshot` and
`exit_when_done`. With `--auto-provision` the operator is signed in from `--operator`; otherwise
the sign-in dialog opens with that name filled in.
"""

from __future__ import annotations

import argparse
import tempfile
from contextlib import ExitStack
from pathlib import Path

from ui.app import Session, application, run_operator_screen
from ui.operator.window import OperatorWindow

DEMO_OPERATOR = "Demo operator"


def main(args: argparse.Namespace) -> int:
    from station.config import load_config
    from station.engine.demo import DemoEnvironment
    from station.engine.runner import FixtureRunner
    from station.journal import Journal

    application()  # before the environment, so Qt owns the process's first window
    with ExitStack() as stack:
        workdir: Path | None = getattr(args, "workdir", None)
        if workdir is None:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="station-demo-")))
        env = stack.enter_context(
            DemoEnvironment(
                workdir,
                slots=args.slots,
                storage=args.storage,
                faults=args.faults or "",
                baud=getattr(args, "baud", None),
            )
        )
        config = load_config(env.config_path)
        journal = stack.enter_context(
            Journal.open(config.journal_path, station_id=config.station_id)
        )
        auto = bool(getattr(args, "auto_provision", False))
        screenshot: Path | None = getattr(args, "screenshot", None)
        exit_when_done = bool(getattr(args, "exit_when_done", False))
        operator = str(getattr(args, "operator", "") or DEMO_OPERATOR)

        def on_window(window: OperatorWindow, session: Session) -> None:
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

        return run_operator_screen(
            lambda sink, operator: FixtureRunner(
                config=config,
                fixture=env.fixture_name,
                journal=journal,
                operator=operator,
                sink=sink,
            ),
            operator=operator if auto else None,
            suggested_operator=operator,
            on_window=on_window,
        )
    # ExitStack may in principle swallow an exception, so the type checker wants a return here.
    return 1
