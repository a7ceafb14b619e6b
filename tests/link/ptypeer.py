"""The device end of a real pseudo-terminal, played by a thread inside a test.

Good enough for protocol-level unit tests of the host side; the full simulated devices (own
process, storage, faults) live in station/sandbox.
"""

from __future__ import annotations

import contextlib
import os
import select
import threading
from collections.abc import Callable
from typing import Any

from smp.header import Header

from station.link.framing import Frame, FrameDecoder, build_message, encode_frame, parse_message

Handler = Callable[[Header, dict[str, Any]], bytes | None]


def reply_frame(request: Header, body: dict[str, Any], *, seq: int | None = None) -> bytes:
    """The wire bytes of a response to `request` (same group, command, sequence number)."""
    sequence = request.sequence if seq is None else seq
    return encode_frame(
        build_message(int(request.op) | 1, request.group_id, request.command_id, sequence, body)
    )


class PtyPeer:
    def __init__(self, handler: Handler | None = None) -> None:
        self.master, self._slave = os.openpty()
        self.path = os.ttyname(self._slave)
        self.handler = handler
        self.received: list[tuple[Header, dict[str, Any]]] = []
        self.raw = bytearray()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._master_open = True

    def start(self) -> PtyPeer:
        self._thread = threading.Thread(target=self._run, name="pty-peer", daemon=True)
        self._thread.start()
        return self

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def _run(self) -> None:
        decoder = FrameDecoder()
        while not self._stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.02)
            if not ready:
                continue
            try:
                data = os.read(self.master, 4096)
            except OSError:
                return
            self.raw += data
            for item in decoder.feed(data):
                if not isinstance(item, Frame):
                    continue
                header, body = parse_message(item.message)
                self.received.append((header, body))
                if self.handler is not None:
                    out = self.handler(header, body)
                    if out:
                        with contextlib.suppress(OSError):
                            os.write(self.master, out)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def unplug(self) -> None:
        """Close the device end: the host sees what a pulled USB cable looks like."""
        self.stop()
        if self._master_open:
            os.close(self.master)
            self._master_open = False

    def close(self) -> None:
        self.unplug()
        with contextlib.suppress(OSError):
            os.close(self._slave)

    def __enter__(self) -> PtyPeer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
