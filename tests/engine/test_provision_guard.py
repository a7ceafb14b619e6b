"""`station provision` provisions only into the fixture's active target: `--target` confirms it
and never picks another realm, which is a supervisor's signed-in, journaled choice (`station
target use`). Real simulated devices on ptys, the Pairing stand-in over HTTPS, the real command."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from station.cli import main
from station.config.toml_writer import dumps
from station.demo import DEMO_FIXTURE, DEMO_TARGET, DemoEnvironment
from station.journal import JournalQuery


@pytest.fixture
def env(tmp_path: Path) -> Iterator[DemoEnvironment]:
    with DemoEnvironment(tmp_path / "env", slots=1, storage="secure") as demo:
        # A second target the stand-in would accept, so nothing but the guard stops it.
        document = demo.config_document()
        document["targets"]["other"] = dict(document["targets"][DEMO_TARGET])
        demo.config_path.write_text(dumps(document), "utf-8")
        yield demo


def _provision(env: DemoEnvironment, *extra: str) -> int:
    return main(
        ["provision", "--config", str(env.config_path), "--json", "--operator", "Olga", *extra]
    )


def _attempts(env: DemoEnvironment) -> list[Any]:
    if not env.journal_path.exists():
        return []
    with JournalQuery.open(env.journal_path) as query:
        return query.rows(query.keys())


def test_another_target_is_refused_naming_the_active_one(
    env: DemoEnvironment, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _provision(env, "--target", "other") == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"active target {DEMO_TARGET!r}, not 'other'" in captured.err
    assert f"station target use other --fixture {DEMO_FIXTURE}" in captured.err
    assert _attempts(env) == []

    # The device was not touched: provisioning into the active target passes.
    assert _provision(env) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["result"] == "PASS"
    (row,) = _attempts(env)
    assert row.target_name == DEMO_TARGET


def test_an_unknown_target_is_refused_too(
    env: DemoEnvironment, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _provision(env, "--target", "nowhere") == 1
    assert f"active target {DEMO_TARGET!r}" in capsys.readouterr().err
    assert _attempts(env) == []


def test_naming_the_active_target_provisions(
    env: DemoEnvironment, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _provision(env, "--target", DEMO_TARGET) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["result"] == "PASS"
    (row,) = _attempts(env)
    assert row.target_name == DEMO_TARGET


def test_the_headless_demo_still_provisions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workdir = tmp_path / "demo"
    args = ["demo", "--headless", "--slots", "1", "--workdir", str(workdir), "--json"]
    assert main(args) == 0
    results = [json.loads(x) for x in capsys.readouterr().out.splitlines() if x.startswith("{")]
    assert [r["result"] for r in results] == ["PASS"]
