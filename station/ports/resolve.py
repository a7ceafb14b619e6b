"""From a slot's binding to the device path to open now, following re-enumeration.

A USB adapter that resets (firmware reboot, flaky hub) comes back as a new tty; the binding names
the physical USB path, so the slot finds it again. `wait_for` models "port not there yet" as a
normal state bounded by a deadline, not as an error on first sight.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from station.cancel import CancelToken, Deadline
from station.config.port_binding import PortBinding
from station.errors import ConfigError, StationError
from station.ports.discovery import PortCandidate, list_candidate_ports
from station.ports.holders import slot_words
from station.text import Text

PortLister = Callable[[], list[PortCandidate]]

POLL_SECONDS = 0.25


class PortNotPresent(StationError):
    """The slot's port did not appear before the deadline."""

    error_class = "port_missing"


class PortAmbiguous(ConfigError):
    """A usb binding matches more than one port, so it cannot say which one is the slot's."""

    error_class = "port_ambiguous"


def resolve(binding: PortBinding, *, ports: PortLister = list_candidate_ports) -> str | None:
    """The device path this binding names right now, or None when it is not present."""
    if binding.kind != "usb":
        assert binding.path is not None
        if not os.path.exists(binding.path):
            return None
        return os.path.realpath(binding.path)
    found = [p for p in ports() if p.matches(binding)]
    if not found:
        return None
    if len(found) > 1:
        devices = ", ".join(p.device for p in found)
        raise PortAmbiguous(
            Text.of("binding.ambiguous", binding=str(binding), count=len(found), devices=devices),
            Text.of("binding.ambiguous.action"),
        )
    return found[0].device


def wait_for(
    binding: PortBinding,
    deadline: Deadline,
    cancel: CancelToken,
    *,
    slot: str | None = None,
    ports: PortLister = list_candidate_ports,
    poll: float = POLL_SECONDS,
) -> str:
    """Wait until the binding's port is present and return its device path.

    Raises `PortNotPresent` at the deadline and `Cancelled` when the operator stops.
    """
    while True:
        cancel.check()
        device = resolve(binding, ports=ports)
        if device is not None:
            return device
        if deadline.expired:
            raise port_not_present(binding, slot=slot)
        cancel.wait(min(poll, deadline.remaining()))


def port_not_present(binding: PortBinding, *, slot: str | None = None) -> PortNotPresent:
    who = slot_words(slot)
    if binding.kind == "path":
        return PortNotPresent(
            Text.of("ports.path_missing", who=who, binding=str(binding)),
            Text.of("ports.path_missing.action", who=who),
        )
    return PortNotPresent(
        Text.of("ports.usb_missing", who=who, binding=str(binding)),
        Text.of("ports.usb_missing.action", who=who),
    )
