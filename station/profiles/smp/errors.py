"""Failures of the provisioning conversation itself (as opposed to the wire under it)."""

from __future__ import annotations

from station.errors import OutcomeUnknown, StationError
from station.link.errors import LinkError, where
from station.profiles.smp.protocol import ErrorCode
from station.text import Text


class DeviceRefused(StationError):
    """The device understood the request and refused it with an error code."""

    def __init__(self, code: ErrorCode, *, command: str, slot: str = "", rc: int | None = None):
        info = code.info
        place = where(slot, "")
        said = (
            Text.of(
                "smp.refused_rc", place=place, command=command, meaning=info.meaning_text, rc=rc
            )
            if rc is not None and rc != int(code)
            else Text.of("smp.refused", place=place, command=command, meaning=info.meaning_text)
        )
        super().__init__(
            said,
            info.action_text,
            error_class=f"device_{code.name.lower()}",
        )
        self.code = code
        self.command = command
        self.slot = slot
        self.rc = int(code) if rc is None else rc


class DeviceProtocolError(StationError):
    """The device answered with a well-formed frame whose content breaks the protocol."""

    error_class = "protocol"

    def __init__(self, detail: str | Text, *, command: str, slot: str = "") -> None:
        place = where(slot, "")
        super().__init__(
            Text.of("smp.protocol", place=place, command=command, detail=detail),
            Text.of("smp.protocol.action"),
        )
        self.slot = slot


class RequestTooBig(StationError):
    """A change is larger than the device takes in one request, so it was never sent: the
    device is untouched. The target's record (realm, Pairing URL) is too long for this
    firmware's buffer, which no retry changes; nothing here is the device's doing."""

    error_class = "record_too_big"

    def __init__(self, *, command: str, size: int, limit: int, slot: str = "") -> None:
        super().__init__(
            Text.of(
                "smp.request_too_big",
                place=where(slot, ""),
                command=command,
                size=size,
                limit=limit,
            ),
            Text.of("smp.request_too_big.action"),
        )
        self.slot = slot


class WriteOutcomeUnknown(LinkError, OutcomeUnknown):
    """A write or lock was sent but its answer never arrived: the device may or may not have
    done it. Never repeat it blindly; re-read the device state with `identify` first."""

    error_class = "write_unknown"

    def __init__(
        self, command: str, cause: StationError, *, slot: str = "", port: str = ""
    ) -> None:
        place = where(slot, port)
        super().__init__(
            Text.of("smp.write_unknown", command=command, place=place, cause=cause.text),
            Text.of("smp.write_unknown.action", place=place),
            slot=slot,
            port=port,
        )
        self.command = command
        self.cause = cause
