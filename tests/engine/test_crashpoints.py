"""Which attempts a crash point kills: `STATION_CRASH_AT=<point>` kills every slot's attempt at
that point, `<point>:<slot>` only that slot's, and no other slot is touched (crashpoints.py's
docstring). A point that fired elsewhere, or not at all, would make the crash matrix (tests/e2e)
test recovery from a crash other than the one it names. Over the real pieces (a simulated
device on a pty, the Pairing stand-in over HTTPS, the SQLite journal); the process exit is
recorded instead of done."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest

from station.engine.crashpoints import ENV, EXIT_CODE, CrashPoint
from station.engine.events import Result, Step
from tests.fixtures.engine import EngineRig

RigFactory = Callable[..., EngineRig]


class _Killed(BaseException):
    """What os._exit does here instead of ending the test process: nothing catches it."""


@pytest.mark.parametrize(
    ("spec", "killed"),
    [
        (CrashPoint.AFTER_REGISTER.value, True),  # every slot
        (f"{CrashPoint.AFTER_REGISTER.value}:1", True),  # this slot
        (f"{CrashPoint.AFTER_REGISTER.value}:2", False),  # another slot only
    ],
)
def test_a_crash_point_kills_the_slots_it_names_and_no_other(
    engine_rig: RigFactory, monkeypatch: pytest.MonkeyPatch, spec: str, killed: bool
) -> None:
    rig = engine_rig(slots=1)
    codes: list[int] = []

    def exit_instead(code: int) -> None:
        codes.append(code)
        raise _Killed

    monkeypatch.setenv(ENV, spec)
    monkeypatch.setattr(os, "_exit", exit_instead)
    tx = rig.transaction("1")
    if killed:
        with pytest.raises(_Killed):
            tx.run()
        assert codes == [EXIT_CODE]
        assert tx.current_step is Step.REGISTER
        assert rig.fixture.device("1").record is None
    else:
        outcome = tx.run()
        assert codes == []
        assert outcome.result is Result.PASS, outcome
        assert rig.standin_accepts("1")
