"""Typed failures of the serial link, each with the action an operator can take.

Every error names the place it happened: the fixture slot when the caller knows it ("slot 3"),
otherwise the port path. The texts never contain frame contents, so a secret travelling in a
request can never reach a message or a log through them.
"""

from __future__ import annotations

from station.errors import DeviceGone, DeviceNotAnswering, PortInUse, StationError
from station.text import Text


def where(slot: str, port: str) -> Text:
    """How to name the device's place to an operator: the slot if known, else the port."""
    if slot:
        return Text.of("place.slot", slot=slot)
    return Text.plain(port) if port else Text.of("place.fixture")


class LinkError(StationError):
    """The serial link to a device failed."""

    error_class = "link"

    def __init__(
        self, message: str | Text, action: str | Text = "", *, slot: str = "", port: str = ""
    ) -> None:
        super().__init__(message, action)
        self.slot = slot
        self.port = port


class LinkTimeout(LinkError, DeviceNotAnswering):
    """The device did not answer in time (and no corrupt data was seen meanwhile)."""

    error_class = "timeout"

    @classmethod
    def waiting_for(cls, what: str, seconds: float, *, slot: str, port: str) -> LinkTimeout:
        place = where(slot, port)
        return cls(
            Text.of("link.timeout", place=place, what=what, seconds=f"{seconds:.1f}"),
            Text.of("link.timeout.action", place=place),
            slot=slot,
            port=port,
        )


class CorruptLink(LinkError, DeviceNotAnswering):
    """Only garbled data came back: bad CRCs, broken frames, malformed messages."""

    error_class = "corrupt_link"

    @classmethod
    def garbled(cls, what: str, detail: str | Text, *, slot: str, port: str) -> CorruptLink:
        place = where(slot, port)
        return cls(
            Text.of("link.garbled", what=what, place=place, detail=detail),
            Text.of("link.garbled.action", place=place),
            slot=slot,
            port=port,
        )


class Disconnected(LinkError, DeviceGone):
    """The port vanished: the device was unplugged, lost power or re-enumerated."""

    error_class = "disconnected"

    @classmethod
    def unplugged(cls, detail: str | Text, *, slot: str, port: str) -> Disconnected:
        place = where(slot, port)
        said = (
            Text.of("link.disconnected_port", place=place, port=port, detail=detail)
            if slot and port
            else Text.of("link.disconnected", place=place, detail=detail)
        )
        return cls(
            said,
            Text.of("link.disconnected.action", place=place),
            slot=slot,
            port=port,
        )


class PortBusy(LinkError, PortInUse):
    """Another process holds the port's lock."""

    error_class = "port_busy"

    @classmethod
    def held(cls, *, slot: str, port: str) -> PortBusy:
        return cls(
            Text.of("link.port_busy", port=port),
            Text.of("link.port_busy.action", port=port),
            slot=slot,
            port=port,
        )


class PortNotFound(LinkError):
    """The port path does not exist (fixture unplugged, renumbered or misconfigured)."""

    error_class = "port_not_found"

    @classmethod
    def missing(cls, *, slot: str, port: str) -> PortNotFound:
        return cls(
            Text.of("link.slot_port_missing", slot=slot, port=port)
            if slot
            else Text.of("link.port_missing", port=port),
            Text.of("link.port_missing.action"),
            slot=slot,
            port=port,
        )


class PortAccessDenied(LinkError):
    """The OS refuses to open the port for this user."""

    error_class = "port_permission"

    @classmethod
    def denied(cls, *, slot: str, port: str) -> PortAccessDenied:
        return cls(
            Text.of("link.port_denied", port=port),
            Text.of("link.port_denied.action"),
            slot=slot,
            port=port,
        )
