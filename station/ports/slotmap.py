"""A fixture's slot map: which physical USB path is which slot.

Stored as JSON, `{"fixture": "line3", "slots": {"1": "pci-0000:00:14.0-usb-0:1.2:1.0-port0"}}`.
Each value is a slot key: udev's `ID_PATH` of the adapter's USB interface, with `-portN` for
usb-serial drivers, which is exactly the port's name under /dev/serial/by-path.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from station.config.names import NAME
from station.config.options import shown
from station.config.port_binding import BY_PATH_DIR, PortBinding, parse_location
from station.errors import ConfigError
from station.text import Text

_SLOT_KEY = re.compile(r"[A-Za-z0-9:._-]+")
_SLOT_NUMBER = re.compile(r"[0-9]{1,6}")


def check_fixture_name(name: str) -> str:
    """The configuration's fixture-name rule: a name the configuration accepts is one the
    device path /dev/provisioning/<fixture>/slotN takes, and the other way round."""
    if not NAME.fullmatch(name):
        raise ConfigError(
            Text.of("slotmap.fixture_name", name=shown(name)),
            Text.of("slotmap.fixture_name.action"),
        )
    return name


def check_slot_key(key: str, slot: int) -> str:
    parsed = parse_location(key)
    if (
        parsed is None
        or not parsed.is_id_path
        or parsed.interface is None
        or not _SLOT_KEY.fullmatch(key)
    ):
        raise ConfigError(
            Text.of("slotmap.not_id_path", slot=slot, key=shown(key)),
            Text.of("slotmap.not_id_path.action"),
        )
    return key


@dataclass(frozen=True)
class SlotMap:
    fixture: str
    slots: Mapping[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_fixture_name(self.fixture)
        seen: dict[str, int] = {}
        for slot, key in sorted(self.slots.items()):
            if slot < 1:
                raise ConfigError(
                    Text.of("slotmap.slot_not_positive", slot=slot),
                    Text.of("slotmap.slot_not_positive.action"),
                )
            check_slot_key(key, slot)
            if key in seen:
                raise ConfigError(
                    Text.of("slotmap.same_path", first=seen[key], slot=slot, key=key),
                    Text.of("slotmap.same_path.action"),
                )
            seen[key] = slot

    def to_json(self) -> str:
        slots = {str(n): self.slots[n] for n in sorted(self.slots)}
        return json.dumps({"fixture": self.fixture, "slots": slots}, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str, *, source: str | Text = "") -> SlotMap:
        source = source or Text.of("slotmap.source")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(
                Text.of("slotmap.not_json", source=source, detail=exc.msg, line=exc.lineno),
                Text.of("slotmap.not_json.action"),
            ) from None
        if not isinstance(data, dict) or not isinstance(data.get("fixture"), str):
            raise ConfigError(
                Text.of("slotmap.shape", source=source), Text.of("slotmap.shape.action")
            )
        raw_slots = data.get("slots")
        if not isinstance(raw_slots, dict) or not raw_slots:
            raise ConfigError(
                Text.of("slotmap.no_slots", source=source), Text.of("slotmap.no_slots.action")
            )
        slots: dict[int, str] = {}
        for name, key in raw_slots.items():
            # ASCII digits only: str.isdigit() also takes '²', which int() then refuses.
            if not _SLOT_NUMBER.fullmatch(name) or not isinstance(key, str):
                raise ConfigError(
                    Text.of("slotmap.bad_slot", source=source, slot=shown(name)),
                    Text.of("slotmap.bad_slot.action"),
                )
            slots[int(name)] = key
        return cls(data["fixture"], slots)

    @classmethod
    def load(cls, path: Path) -> SlotMap:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(
                Text.of("slotmap.unreadable", path=str(path), reason=str(exc.strerror)),
                Text.of("slotmap.unreadable.action"),
            ) from None
        return cls.from_json(text, source=str(path))

    def save(self, path: Path) -> None:
        write_atomically(path, self.to_json())

    def bindings(self) -> dict[int, PortBinding]:
        """The config bindings for these slots: the stable by-path link of each."""
        return {n: PortBinding.from_path(BY_PATH_DIR + key) for n, key in self.slots.items()}


def slot_key_for_binding(binding: PortBinding, slot: int) -> str:
    """The udev slot key a config binding pins, or a ConfigError saying why it has none."""
    if binding.kind == "by_path":
        assert binding.path is not None
        return check_slot_key(binding.path.removeprefix(BY_PATH_DIR), slot)
    if binding.kind == "usb" and binding.location is not None:
        parsed = parse_location(binding.location)
        if parsed is not None and parsed.is_id_path:
            return check_slot_key(binding.location, slot)
    raise ConfigError(
        Text.of("slotmap.no_usb_path", slot=slot, binding=str(binding)),
        Text.of("slotmap.no_usb_path.action"),
    )


def write_atomically(path: Path, text: str) -> None:
    """Write a file so that a crash leaves the old or the new content, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
