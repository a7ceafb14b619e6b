"""Device profiles: how the station talks to each kind of device (see `base.py`).

The registry maps a profile kind, as a fixture or slot names it in the configuration, to a
factory taking that profile's options table (`[profiles.<kind>]`). Profiles register here by
name; their modules are imported only when a slot uses them, so a station without esptool
installed still runs SMP slots.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

from station.errors import ConfigError
from station.profiles.base import DeviceProfile

DEFAULT_KIND = "smp-provisioning"

ProfileFactory = Callable[[Mapping[str, Any]], DeviceProfile]

# kind -> "module:factory"; the factory takes the kind's options table.
_FACTORIES: dict[str, str] = {
    "smp-provisioning": "station.profiles.smp.profile:from_options",
}


def register(kind: str, target: str) -> None:
    """Make `kind` available, built by `target` ("package.module:callable")."""
    _FACTORIES[kind] = target


def kinds() -> list[str]:
    return sorted(_FACTORIES)


def factory(kind: str) -> ProfileFactory:
    try:
        target = _FACTORIES[kind]
    except KeyError:
        raise ConfigError(
            f"Unknown device profile {kind!r}.",
            f"Set the fixture's or slot's profile to one of: {', '.join(kinds())}.",
        ) from None
    module, _, name = target.partition(":")
    made: ProfileFactory = getattr(importlib.import_module(module), name)
    return made


def open_profile(kind: str, options: Mapping[str, Any] | None = None) -> DeviceProfile:
    """The profile `kind`, configured by its options table (empty when none is configured)."""
    return factory(kind)(options or {})
