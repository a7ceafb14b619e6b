"""The scripted responder on a real pty that DeviceClient's tests talk to: it answers exactly
what each test needs, including malformed and refused answers a correct device never sends."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from smp.header import Header

from station.cancel import CancelToken
from station.profiles.base import ProvisioningRecord
from station.profiles.smp.client import DeviceClient
from station.profiles.smp.protocol import PROVISIONING_GROUP, Command
from station.secret import Secret
from tests.link.ptypeer import PtyPeer, reply_frame

SECRET_TEXT = "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlYw=="
RECORD = ProvisioningRecord(
    device_id="AAECAwQFBgcICQoLDA0ODw",
    realm="plant",
    pairing_url="https://pairing.example.test",
    secret=Secret(SECRET_TEXT),
)

IDENTITY: dict[str, Any] = {
    "proto": 1,
    "model": "M1",
    "fw": "2.0",
    "hwid": b"\x01\x02\x03\x04\x05\x06",
    "serial": "SN-1",
    "storage": "otp",
    "state": "empty",
    "factory": True,
    "prog_us": 400,
}


class Script:
    """Per-command answers: a body, raw bytes, or None (stay silent)."""

    def __init__(self) -> None:
        self.answers: dict[tuple[int, int], list[Any]] = {}
        self.default: dict[tuple[int, int], Any] = {
            (0, 0): "echo",
            (0, 6): {"buf_size": 512, "buf_count": 2},
            (PROVISIONING_GROUP, Command.IDENTIFY): IDENTITY,
            (PROVISIONING_GROUP, Command.WRITE): {},
            (PROVISIONING_GROUP, Command.REVEAL): {"secret": SECRET_TEXT},
            (PROVISIONING_GROUP, Command.LOCK): {},
        }

    def then(self, group: int, command: int, *answers: Any) -> None:
        self.answers.setdefault((group, int(command)), []).extend(answers)

    def __call__(self, header: Header, body: dict[str, Any]) -> bytes | None:
        key = (header.group_id, header.command_id)
        queue = self.answers.get(key)
        answer = queue.pop(0) if queue else self.default.get(key)
        if answer == "echo":
            answer = {"r": body.get("d")}
        if answer is None:
            return None
        if isinstance(answer, bytes):
            return answer
        if callable(answer):
            return answer(header, body)  # type: ignore[no-any-return]
        return reply_frame(header, answer)


@pytest.fixture
def script() -> Script:
    return Script()


@pytest.fixture
def peer(script: Script) -> Iterator[PtyPeer]:
    with PtyPeer(script) as p:
        p.start()
        yield p


@pytest.fixture
def client(peer: PtyPeer) -> Iterator[DeviceClient]:
    with DeviceClient.open(peer.path, baud=115200, cancel=CancelToken(), slot="3", margin=0.5) as c:
        yield c


def requests(peer: PtyPeer, command: int) -> list[dict[str, Any]]:
    return [
        body
        for header, body in peer.received
        if header.group_id == PROVISIONING_GROUP and header.command_id == command
    ]
