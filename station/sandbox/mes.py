"""A stand-in for a plant's MES route facade, on loopback, for the demo and the tests.

Modes (changed at run time with `mode`): `ok` allows every unit; `hold` refuses every unit with
a reason; `slow` answers after `delay_s`; `trickle` sends its (correct) answer one byte every
`trickle_s`; `down` closes each connection without answering; `garbage` answers 200 with a
body that is not the facade's. Serials listed in `held` are refused in any answering mode.
Results are recorded once per idempotency key, as a well-behaved MES would.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

Mode = Literal["ok", "hold", "slow", "trickle", "down", "garbage"]
MODES: tuple[Mode, ...] = ("ok", "hold", "slow", "trickle", "down", "garbage")


@dataclass
class MesState:
    mode: Mode = "ok"
    hold_reason: str = "Unit is on quality hold (lot 7 rework)."
    held: set[str] = field(default_factory=set)
    delay_s: float = 10.0
    trickle_s: float = 0.3
    checks: list[dict[str, Any]] = field(default_factory=list)
    results: dict[str, dict[str, Any]] = field(default_factory=dict)
    result_posts: int = 0


class MesStandIn:
    def __init__(self) -> None:
        self.state = MesState()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/mes"

    def start(self) -> MesStandIn:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def __enter__(self) -> MesStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def set_mode(self, mode: Mode) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown MES mode {mode!r}; one of {', '.join(MODES)}")
        with self._lock:
            self.state.mode = mode

    def answer(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._lock:
            state = self.state
            if path == "/mes/route/check":
                state.checks.append(body)
                if state.mode == "hold" or body.get("serial") in state.held:
                    return 409, {"allowed": False, "reason": state.hold_reason}
                return 200, {"allowed": True, "route_step": "provisioning"}
            if path == "/mes/route/result":
                state.result_posts += 1
                key = str(body.get("idempotency_key", ""))
                if not key:
                    return 400, {"error": "idempotency_key is required"}
                state.results.setdefault(key, body)
                return 200, {"accepted": True}
            return 404, {"error": "not found"}


def _handler(standin: MesStandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:
            return  # the tests read the state, not a log

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            mode = standin.state.mode
            if mode == "down":
                self.close_connection = True
                self.connection.close()
                return
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                body = {}
            status, answer = standin.answer(self.path, body if isinstance(body, dict) else {})
            data = json.dumps(answer).encode()
            if mode == "garbage":
                status, data = 200, b"<html>Service Unavailable</html>"
            if mode == "slow":
                time.sleep(standin.state.delay_s)
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if mode == "trickle":
                # The station hangs up at its deadline, long before the last byte: not an error.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    for byte in data:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(standin.state.trickle_s)
            else:
                self.wfile.write(data)

    return Handler
