"""Profile `smp-provisioning`: devices whose firmware implements our provisioning group.

The device computes the digest of what it stores, reveals the stored secret on request, and
locks its storage for good at the end (`docs/protocol.md`). Presence is an SMP echo.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from station.cancel import CancelToken
from station.errors import ConfigError, StationError
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


def from_options(options: Mapping[str, object]) -> SmpProfile:
    """The registry's factory: this profile has no options yet, so any key is a mistake."""
    if options:
        raise ConfigError(
            f"Profile {KIND!r} takes no options, but its table sets {', '.join(sorted(options))}.",
            f"Remove the [profiles.{KIND}] table from the configuration.",
        )
    return SmpProfile()
