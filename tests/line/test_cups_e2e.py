"""`[line] printer_queue` end to end: a passing unit's label goes through a CUPS raw queue of a
real private cupsd to the loopback fake printer, and the journal says it printed there."""

from __future__ import annotations

from collections.abc import Callable

from station.peripherals import label_code
from tests.fixtures.cups import CupsServer, cups_server
from tests.line.conftest import Rig
from tests.line.test_line_e2e import _decoded, _labels, _ready

__all__ = ["cups_server"]  # the fixture, used by name


def test_a_pass_prints_its_label_through_a_cups_raw_queue(
    cups_server: CupsServer, line_station: Callable[..., Rig]
) -> None:
    def through_cups(document: dict) -> None:  # type: ignore[type-arg]
        del document["line"]["printer"]
        document["line"]["printer_queue"] = "line-zebra"

    env, runner, events, journal = line_station(slots=1, edit=through_cups)
    assert env.printer is not None
    cups_server.add_raw_queue("line-zebra", f"socket://127.0.0.1:{env.printer.port}")
    events.wait_for(lambda _: _ready(runner))
    runner.start_all()
    events.wait_for(lambda _: len(events.finished()) == 1)
    runner.line.drain(30.0)
    (label,) = _labels(env.printer, 1)
    (finished,) = events.finished()
    assert {label_code.decode(c) for c in _decoded(label)} == {finished.snapshot.device_id}
    (printed,) = [e for e in journal.audit_events() if e.kind == "label_print"]
    assert printed.details["printed"] == "true"
    assert printed.details["printer"] == "CUPS queue line-zebra"
