"""A slot thread that does not come back in time (a USB serial driver call that hangs in the
kernel ignores every cancel flag) must not hold up the station's shutdown: the worker's join
gives up at its timeout and says the thread is still running."""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager
from pathlib import Path

from station.cancel import CancelToken
from station.config.port_binding import PortBinding
from station.engine.events import Event
from station.engine.transaction import Transaction
from station.engine.worker import SlotWorker
from station.profiles.base import DeviceSession


class HangingProbe:
    """A profile whose presence check blocks until released, whatever its cancel flag says."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()

    @property
    def kind(self) -> str:
        return "hanging"

    def open(
        self, port: str, *, baud: int, cancel: CancelToken, slot: str
    ) -> AbstractContextManager[DeviceSession]:
        raise AssertionError("no attempt is started here")

    def present(self, port: str, *, baud: int, cancel: CancelToken, slot: str) -> bool:
        self.entered.set()
        self.release.wait(60)
        return False


def test_join_gives_up_at_its_timeout_on_a_slot_thread_that_hangs(tmp_path: Path) -> None:
    port = tmp_path / "ttyHANG"
    port.touch()
    probe = HangingProbe()
    events: list[Event] = []

    def no_transaction(**_: object) -> Transaction:
        raise AssertionError("no attempt is started here")

    worker = SlotWorker(
        slot="1",
        binding=PortBinding.from_path(str(port)),
        baud=115200,
        make_transaction=no_transaction,
        profile=probe,
        sink=events.append,
        presence_interval_s=None,
        ready_note=None,
    )
    worker.launch()
    assert probe.entered.wait(30)
    worker.stop()
    # Released only later: a join that waited for the thread would find it finished.
    release = threading.Timer(5.0, probe.release.set)
    release.start()
    try:
        assert worker.join(0.2) is False
    finally:
        release.join()
    assert worker.join(30) is True
