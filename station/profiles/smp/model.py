"""What the SMP provisioning group says about a device, beyond what every profile reports."""

from __future__ import annotations

from dataclasses import dataclass

from station.profiles.base import Identity

KIND = "smp-provisioning"


@dataclass(frozen=True)
class SmpIdentity(Identity):
    """A device's answer to `identify`: the common identity plus the group's own data, which
    only this profile reads (the engine never does)."""

    protocol_version: int = 1
    program_us_per_byte: int = 0  # declared programming time: sizes the write's deadline
