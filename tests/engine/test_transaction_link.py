"""The link record (console excerpt, link counters) is best effort: an attempt whose record
cannot be read is still journaled with its result, and with nothing made up in its place.
Over the real pieces: a simulated device on a pty behind the SMP profile, the Pairing stand-in
over HTTPS, the SQLite journal."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from station.cancel import CancelToken
from station.engine.events import Result
from station.profiles.smp.client import DeviceClient
from station.profiles.smp.profile import SmpProfile, SmpSession
from tests.fixtures.engine import EngineRig

RigFactory = Callable[..., EngineRig]


class _ConsoleLost(SmpSession):
    """A session whose console buffer cannot be read at the end (a driver that failed)."""

    def console_log(self) -> str:
        raise OSError("the console buffer could not be read")


class _ConsoleLostProfile(SmpProfile):
    @contextmanager
    def open(self, port: str, *, baud: int, cancel: CancelToken, slot: str) -> Iterator[SmpSession]:
        with DeviceClient.open(port, baud=baud, cancel=cancel, slot=slot) as client:
            yield _ConsoleLost(client)


def test_an_attempt_whose_link_record_cannot_be_read_is_journaled_without_one(
    engine_rig: RigFactory, caplog: pytest.LogCaptureFixture
) -> None:
    rig = engine_rig(slots=1)
    rig.profile = _ConsoleLostProfile()
    with caplog.at_level(logging.ERROR, logger="station.engine.attempt"):
        outcome = rig.provision("1")
    assert outcome.result is Result.PASS, outcome
    assert rig.standin_accepts("1")
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None
    assert detail.row.result == "PASS"
    assert (detail.console_excerpt, detail.link_stats) == ("", {})
    said = [r.getMessage() for r in caplog.records]
    assert said == ["slot 1: could not read the link record"]
    assert caplog.records[0].exc_info is not None
