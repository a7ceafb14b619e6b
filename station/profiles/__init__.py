"""Device profiles: how the station talks to each kind of device (see `base.py`).

The registry maps a profile kind, as a fixture or slot names it in the configuration, to a
factory taking that profile's options table (`[profiles.<kind>]`, as written). Profiles are
listed here by name; their modules are imported only when a slot uses them, so a station
without esptool installed still runs SMP slots.

A profile declares its options once, as a `station.config.options.Section` whose path is
`profiles.<kind>`, and reads its table with `read_options`: unknown keys, wrong types and
failed checks are refused with the key's place in the configuration, like every other option.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from station.config.options import Context, Section, Where
from station.errors import ConfigError
from station.profiles.base import DeviceProfile
from station.text import Text

DEFAULT_KIND = "smp-provisioning"

ProfileFactory = Callable[[Mapping[str, Any]], DeviceProfile]

# kind -> "module:factory"; the factory takes the kind's options table.
# A profile package provides `from_options` in its `profile` module.
_FACTORIES: dict[str, str] = {
    "smp-provisioning": "station.profiles.smp.profile:from_options",
    "esp32-astarte-nvs": "station.profiles.esp32.profile:from_options",
    "zephyr-mcumgr-fs": "station.profiles.zephyr.profile:from_options",
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
            Text.of("profile.unknown", kind=repr(kind)),
            Text.of("profile.unknown.action", known=", ".join(kinds())),
        ) from None
    module, _, name = target.partition(":")
    try:
        made: ProfileFactory = getattr(importlib.import_module(module), name)
    except ImportError as exc:
        raise ConfigError(
            Text.of("profile.not_installed", kind=repr(kind), detail=str(exc)),
            Text.of("profile.not_installed.action"),
        ) from None
    return made


def open_profile(kind: str, options: Mapping[str, Any] | None = None) -> DeviceProfile:
    """The profile `kind`, configured by its options table (empty when none is configured)."""
    return factory(kind)(options or {})


def read_options(section: Section, table: Mapping[str, Any]) -> dict[str, Any]:
    """A profile's `[profiles.<kind>]` table checked against its declaration: {field: value}."""
    where = Where("the configuration", section.path)
    if not section.options and table:
        where.fail(
            Text.of("field.no_options"), Text.of("field.no_options.action", table=section.path)
        )
    return section.read(table, where, Context("the configuration", Path.cwd()))
