"""Typed failures of the serial link, each with the action an operator can take.

Every error names the place it happened: the fixture slot when the caller knows it ("slot 3"),
otherwise the port path. The texts never contain frame contents, so a secret travelling in a
request can never reach a message or a log through them.
"""

from __future__ import annotations

from station.errors import DeviceGone, DeviceNotAnswering, PortInUse, StationError


def where(slot: str, port: str) -> str:
    """How to name the device's place to an operator: the slot if known, else the port."""
    if slot:
        return f"slot {slot}"
    return port or "the fixture"


class LinkError(StationError):
    """The serial link to a device failed."""

    error_class = "link"

    def __init__(self, message: str, action: str = "", *, slot: str = "", port: str = "") -> None:
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
            f"The device in {place} did not answer {what} within {seconds:.1f} s.",
            f"Reseat the device in {place} and check that it is powered; "
            "if it keeps happening, power-cycle it.",
            slot=slot,
            port=port,
        )


class CorruptLink(LinkError, DeviceNotAnswering):
    """Only garbled data came back: bad CRCs, broken frames, malformed messages."""

    error_class = "corrupt_link"

    @classmethod
    def garbled(cls, what: str, detail: str, *, slot: str, port: str) -> CorruptLink:
        place = where(slot, port)
        return cls(
            f"The answer to {what} from the device in {place} arrived garbled ({detail}).",
            f"Reseat the device in {place} and check the cable and fixture contacts; "
            "if it repeats, try another slot and report the fixture.",
            slot=slot,
            port=port,
        )


class Disconnected(LinkError, DeviceGone):
    """The port vanished: the device was unplugged, lost power or re-enumerated."""

    error_class = "disconnected"

    @classmethod
    def unplugged(cls, detail: str, *, slot: str, port: str) -> Disconnected:
        place = where(slot, port)
        shown = f" ({port})" if slot and port else ""
        return cls(
            f"The device in {place}{shown} disconnected: {detail}.",
            f"Reseat the device in {place}, check its USB cable, then start it again.",
            slot=slot,
            port=port,
        )


class PortBusy(LinkError, PortInUse):
    """Another process holds the port's lock."""

    error_class = "port_busy"

    @classmethod
    def held(cls, *, slot: str, port: str) -> PortBusy:
        return cls(
            f"Serial port {port} is in use by another program.",
            f"Close the other program using {port} (e.g. ModemManager, a serial terminal or "
            "a second station), then try again.",
            slot=slot,
            port=port,
        )


class PortNotFound(LinkError):
    """The port path does not exist (fixture unplugged, renumbered or misconfigured)."""

    error_class = "port_not_found"

    @classmethod
    def missing(cls, *, slot: str, port: str) -> PortNotFound:
        place = f"slot {slot}'s port {port}" if slot else f"port {port}"
        return cls(
            f"Serial {place} does not exist.",
            "Check that the fixture is connected and powered and that the slot is mapped to "
            "the right port in the configuration.",
            slot=slot,
            port=port,
        )


class PortAccessDenied(LinkError):
    """The OS refuses to open the port for this user."""

    error_class = "port_permission"

    @classmethod
    def denied(cls, *, slot: str, port: str) -> PortAccessDenied:
        return cls(
            f"Permission denied opening serial port {port}.",
            "Ask the administrator to add this user to the 'dialout' group (or install the "
            "station's udev rules), then log in again.",
            slot=slot,
            port=port,
        )
