"""A loopback label printer for the demo and the tests: records each label, answers `~HS`.

`flags` sets what `~HS` reports (paper_out, paused, head_up, ribbon_out); `silent` makes it
answer nothing, as newer Zebra firmware does while out of media. Every `^XA...^XZ` received is
kept in `labels`, in order, and handed to `on_label` (the demo's scanner reads it from there).
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class PrinterState:
    paper_out: bool = False
    paused: bool = False
    head_up: bool = False
    ribbon_out: bool = False
    silent: bool = False
    labels: list[str] = field(default_factory=list)


class FakeLabelPrinter:
    def __init__(self) -> None:
        self.state = PrinterState()
        #: Called with each label's ZPL, on the connection's thread, once it is kept.
        self.on_label: Callable[[str], None] | None = None
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._server.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def start(self) -> FakeLabelPrinter:
        self._thread.start()
        return self

    def stop(self) -> None:
        # shutdown wakes the thread blocked in accept(); close alone would leave the port
        # listening until that accept returned.
        with contextlib.suppress(OSError):
            self._server.shutdown(socket.SHUT_RDWR)
        self._server.close()
        self._thread.join(5)

    def __enter__(self) -> FakeLabelPrinter:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def labels(self) -> list[str]:
        with self._lock:
            return list(self.state.labels)

    def _status(self) -> bytes:
        s = self.state
        first = f"030,{int(s.paper_out)},{int(s.paused)},0406,000,0,0,0,000,0,0,0"
        second = f"001,0,{int(s.head_up)},{int(s.ribbon_out)},0,2,6,0,00000000,1,000"
        return b"".join(b"\x02" + line.encode() + b"\x03\r\n" for line in (first, second, "1234,0"))

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        buffer = b""
        with conn:
            conn.settimeout(5)
            while True:
                try:
                    chunk = conn.recv(4096)
                except OSError:
                    break
                if not chunk:
                    break
                buffer += chunk
                if b"~HS" in buffer:
                    buffer = buffer.replace(b"~HS", b"", 1)
                    if not self.state.silent:
                        conn.sendall(self._status())
                while (start := buffer.find(b"^XA")) >= 0 and (
                    end := buffer.find(b"^XZ", start)
                ) >= 0:
                    label = buffer[start : end + 3].decode("ascii", "replace")
                    with self._lock:
                        self.state.labels.append(label)
                    buffer = buffer[end + 3 :]
                    if self.on_label is not None:
                        self.on_label(label)
