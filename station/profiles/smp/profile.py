"""Profile `smp-provisioning`: devices whose firmware implements our provisioning group.

The device computes the digest of what it stores, reveals the stored secret on request, and
locks its storage for good at the end (`docs/protocol.md`). Presence is an SMP echo.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from station.cancel import CancelToken
from station.config.options import Section
from station.errors import StationError
from station.profiles import read_options
from station.profiles.base import Capabilities, ProvisioningRecord
from station.profiles.smp.client import DeviceClient
from station.profiles.smp.model import KIND, SmpIdentity
from station.secret import Secret

CAPABILITIES = Capabilities(locks=True, digest_by="device")


class SmpSession:
    """A `DeviceSession` over one open `DeviceClient`."""

    capabilities = CAPABILITIES

    def __init__(self, client: DeviceClient) -> None:
        self.client = client

    @property
    def stats(self) -> Mapping[str, int | float]:
        return self.client.stats.as_dict()

    def identify(self) -> SmpIdentity:
        return self.client.identify()

    def prepare_write(self, record: ProvisioningRecord) -> None:
        self.client.prepare_write(record)

    def write(self, record: ProvisioningRecord) -> None:
        self.client.write(record)

    def reveal(self) -> Secret:
        return self.client.reveal()

    def finish(self) -> None:
        self.client.lock()

    def console_log(self) -> str:
        return self.client.console_log()


class SmpProfile:
    """A `DeviceProfile`; stateless, so one instance serves every slot."""

    kind = KIND

    @contextmanager
    def open(self, port: str, *, baud: int, cancel: CancelToken, slot: str) -> Iterator[SmpSession]:
        with DeviceClient.open(port, baud=baud, cancel=cancel, slot=slot) as client:
            yield SmpSession(client)

    def present(self, port: str, *, baud: int, cancel: CancelToken, slot: str) -> bool:
        try:
            with DeviceClient.open(port, baud=baud, cancel=cancel, slot=slot) as client:
                client.echo("presence")
        except StationError:
            return False
        return True


#: `[profiles.smp-provisioning]`: no options yet (the fixture's baud is the link's).
OPTIONS = Section(f"profiles.{KIND}", ())


def from_options(options: Mapping[str, Any]) -> SmpProfile:
    """The registry's factory."""
    read_options(OPTIONS, options)
    return SmpProfile()
