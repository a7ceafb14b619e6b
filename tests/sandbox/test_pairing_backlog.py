"""The stand-in takes a whole line's connections at once, as a real Pairing does.

With socketserver's default listen backlog (5) the SYNs of the sixth and later connections
made while the server is busy are dropped, and each of those clients waits for the kernel's
one-second SYN retry: a bench of 64 slots then measured the stand-in's queue, not the station.
"""

from __future__ import annotations

import contextlib
import socket
from typing import Any

from station.sandbox.pairing.faults import FaultPlan, Faults
from station.sandbox.pairing.server import PairingHTTPServer

SLOTS = 64


def test_a_line_of_connections_is_queued_while_the_server_accepts_none() -> None:
    # Never served: nothing accepts, so every connection must wait in the listen queue.
    api: Any = None  # no request is ever read
    server = PairingHTTPServer(("127.0.0.1", 0), api, FaultPlan(Faults()), None)
    with contextlib.ExitStack() as stack:
        stack.callback(server.server_close)
        port = server.server_address[1]
        for _ in range(SLOTS):
            sock = stack.enter_context(socket.socket())
            sock.settimeout(0.5)  # well under the kernel's 1-s SYN retry
            sock.connect(("127.0.0.1", port))  # TimeoutError: the SYN was dropped
