"""Link errors: the class names the journal filters on, and actions that name the place."""

from __future__ import annotations

import pytest

from station.errors import StationError
from station.link.errors import (
    CorruptLink,
    Disconnected,
    LinkError,
    LinkTimeout,
    PortAccessDenied,
    PortBusy,
    PortNotFound,
    where,
)
from station.profiles.smp.errors import DeviceProtocolError, WriteOutcomeUnknown


def test_where_prefers_the_slot() -> None:
    assert where("3", "/dev/ttyACM0").english == "slot 3"
    assert where("", "/dev/ttyACM0").english == "/dev/ttyACM0"
    assert where("", "").english == "the fixture"


@pytest.mark.parametrize(
    ("error", "error_class", "in_action"),
    [
        (LinkTimeout.waiting_for("identify", 1.5, slot="3", port="/p"), "timeout", "slot 3"),
        (CorruptLink.garbled("echo", "bad CRC", slot="3", port="/p"), "corrupt_link", "slot 3"),
        (Disconnected.unplugged("gone", slot="3", port="/p"), "disconnected", "slot 3"),
        (PortBusy.held(slot="3", port="/dev/ttyACM0"), "port_busy", "/dev/ttyACM0"),
        (PortNotFound.missing(slot="3", port="/dev/ttyACM0"), "port_not_found", "port"),
        (PortAccessDenied.denied(slot="3", port="/dev/ttyACM0"), "port_permission", "dialout"),
    ],
)
def test_link_errors_are_station_errors_with_class_and_action(
    error: LinkError, error_class: str, in_action: str
) -> None:
    assert isinstance(error, StationError)
    assert error.error_class == error_class
    assert in_action in error.action
    assert error.message and error.action
    assert error.slot == "3"
    assert error.port
    assert error.action in str(error)


def test_messages_without_a_slot_name_the_port() -> None:
    err = Disconnected.unplugged("gone", slot="", port="/dev/ttyUSB4")
    assert "/dev/ttyUSB4" in err.message
    assert "/dev/ttyUSB4" in err.action


def test_write_outcome_unknown_keeps_its_cause() -> None:
    cause = LinkTimeout.waiting_for("write", 2.0, slot="2", port="/p")
    err = WriteOutcomeUnknown("write", cause, slot="2", port="/p")
    assert isinstance(err, LinkError)
    assert err.error_class == "write_unknown"
    assert err.cause is cause
    assert "unknown" in err.message
    assert "re-read" in err.action


def test_protocol_error_points_to_the_supervisor() -> None:
    err = DeviceProtocolError("odd answer", command="identify", slot="5")
    assert err.error_class == "protocol"
    assert "slot 5" in err.message
    assert "supervisor" in err.action
