"""The line's test rig: the demo environment's fixture under a `LineRunner` (tower on a pty,
loopback label printer), reporting to an `Events` recorder, with the real SQLite journal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from station.config import load_config
from station.config.toml_writer import dumps
from station.demo import DemoEnvironment
from station.journal import Journal
from station.line.runner import LineRunner
from tests.engine.test_runner import Events

Rig = tuple[DemoEnvironment, LineRunner, Events, Journal]


@pytest.fixture
def line_station(tmp_path: Path) -> Iterator[Callable[..., Rig]]:
    stack = ExitStack()

    def make(
        slots: int = 2,
        faults: str = "",
        edit: Callable[[dict], None] | None = None,  # type: ignore[type-arg]
        firmware: dict[str, str] | None = None,
        **options: float,
    ) -> Rig:
        env = stack.enter_context(
            DemoEnvironment(
                tmp_path / "demo",
                slots=slots,
                faults=faults,
                bcrypt_cost=4,
                line=True,
                firmware=firmware,
            )
        )
        if edit is not None:
            document = env.config_document()
            edit(document)
            env.config_path.write_text(dumps(document), "utf-8")
        config = load_config(env.config_path)
        journal = stack.enter_context(Journal.open(env.journal_path, station_id=config.station_id))
        events = Events()
        runner = LineRunner(
            config=config,
            fixture=env.fixture_name,
            journal=journal,
            operator="Olga",
            sink=events,
            presence_interval_s=0.2,
            **options,
        )
        stack.callback(runner.shutdown, 30.0)
        return env, runner, events, journal

    with stack:
        yield make
