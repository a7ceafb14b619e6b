"""How a fixture slot names its serial port, so that the slot stays a physical place.

Three kinds of binding, written in the config as one string each:

- ``/dev/serial/by-path/pci-0000:00:14.0-usb-0:1.2:1.0-port0`` (kind ``by_path``): the link udev
  makes from the USB port the adapter is plugged into.
- ``usb:location=1-1.2:1.0`` or ``usb:location=pci-0000:00:14.0-usb-0:1.2:1.0`` or
  ``usb:vid=0403,pid=6001,serial=A50285BI,interface=0`` (kind ``usb``): matched against
  pyserial's port list, by physical USB location or by the adapter's identity.
- any other absolute path (kind ``path``): a link made by our udev rules
  (``/dev/provisioning/<fixture>/slotN``), or a pseudo-terminal in the sandbox.

A bare ``/dev/ttyUSBn`` or ``/dev/ttyACMn`` is refused: the kernel hands those numbers out in
plug order, so after a replug or a reboot slot 2 would silently talk to slot 3's device.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from station.config.options import PATH_MAX, shown
from station.errors import ConfigError
from station.text import Text

BindingKind = Literal["path", "by_path", "usb"]

BY_PATH_DIR = "/dev/serial/by-path/"

# Kernel names handed out in enumeration order (pyserial's glob list plus WCH's vendor drivers).
_ENUMERATED_TTY = re.compile(
    r"^/dev/tty(USB|ACM|XRUSB|AMA|AP|S|CH343USB|CH9344USB)\d+$|^/dev/rfcomm\d+$"
)
# `1-1.2` (device) or `1-1.2:1.0` (interface), as pyserial reports `location`.
_SYSFS_LOCATION = re.compile(r"^(?P<port>\d+-\d+(?:\.\d+)*)(?::(?P<config>\d+)\.(?P<intf>\d+))?$")
# udev's ID_PATH of a USB interface: `pci-0000:00:14.0-usb-0:1.2:1.0`, optionally `-portN`.
_ID_PATH = re.compile(
    r"^(?P<base>(?:[a-z0-9]+-\S+?-)?usb-0:(?P<port>\d+(?:\.\d+)*)"
    r"(?::(?P<config>\d+)\.(?P<intf>\d+))?)(?:-port(?P<portnum>\d+))?$"
)
_USB_KEYS = ("location", "vid", "pid", "serial", "interface")


@dataclass(frozen=True)
class UsbLocation:
    """A parsed USB location: the hub port chain, and the interface when one was named."""

    port: str  # "1-1.2" (pyserial) or "pci-0000:00:14.0-usb-0:1.2" (udev ID_PATH without interface)
    interface: int | None
    port_number: int | None  # the port of a multi-port chip that shares one USB interface
    is_id_path: bool


def parse_location(text: str) -> UsbLocation | None:
    """Parse a pyserial `location` or a udev `ID_PATH` (with an optional `-portN`)."""
    m = _SYSFS_LOCATION.fullmatch(text)
    if m:
        intf = m.group("intf")
        return UsbLocation(m.group("port"), int(intf) if intf else None, None, False)
    m = _ID_PATH.fullmatch(text)
    if m:
        intf = m.group("intf")
        portnum = m.group("portnum")
        prefix = m.group("base")[: m.start("port") - m.start("base")]
        return UsbLocation(
            prefix + m.group("port"),
            int(intf) if intf else None,
            int(portnum) if portnum else None,
            True,
        )
    return None


@dataclass(frozen=True)
class PortBinding:
    """The stable identity of one slot's serial port. Build it with `parse` or the helpers."""

    kind: BindingKind
    path: str | None = None
    location: str | None = None
    vid: int | None = None
    pid: int | None = None
    serial: str | None = None
    interface: int | None = None

    def __post_init__(self) -> None:
        if self.kind in ("path", "by_path"):
            if not self.path or any(
                v is not None
                for v in (self.location, self.vid, self.pid, self.serial, self.interface)
            ):
                raise ConfigError(
                    Text.of("binding.one_path", kind=self.kind),
                    Text.of("binding.one_path.action"),
                )
            _check_path(self.path)
            expected: BindingKind = "by_path" if self.path.startswith(BY_PATH_DIR) else "path"
            if self.kind != expected:
                raise ConfigError(
                    Text.of(
                        "binding.wrong_kind",
                        binding=shown(self.path),
                        expected=expected,
                        kind=self.kind,
                    ),
                    Text.of("binding.wrong_kind.action"),
                )
            return
        if self.path is not None:
            raise ConfigError(Text.of("binding.usb_path"), Text.of("binding.usb_path.action"))
        if self.location is None and (self.vid is None or self.pid is None):
            raise ConfigError(Text.of("binding.usb_needs"), Text.of("binding.usb_needs.action"))
        if self.location is not None and parse_location(self.location) is None:
            raise ConfigError(
                Text.of("binding.bad_location", location=shown(self.location)),
                Text.of("binding.bad_location.action"),
            )
        for name in ("vid", "pid"):
            value = getattr(self, name)
            if value is not None and not 0 <= value <= 0xFFFF:
                raise ConfigError(
                    Text.of("binding.id_range", key=name, value=value),
                    Text.of("binding.id_range.action"),
                )
        if self.interface is not None and not 0 <= self.interface <= 255:
            raise ConfigError(
                Text.of("binding.interface_range", value=self.interface),
                Text.of("binding.interface_range.action"),
            )
        if self.serial is not None and (not self.serial or re.search(r"[,=\s]", self.serial)):
            raise ConfigError(
                Text.of("binding.bad_serial", serial=shown(self.serial)),
                Text.of("binding.bad_serial.action"),
            )

    # -- construction ---------------------------------------------------------------------------

    @classmethod
    def from_path(cls, path: str) -> PortBinding:
        return cls("by_path" if path.startswith(BY_PATH_DIR) else "path", path=path)

    @classmethod
    def parse(cls, text: str) -> PortBinding:
        """Parse the config form; the error names what is wrong and how to write it instead."""
        text = text.strip()
        if text.startswith("usb:"):
            return cls._parse_usb(text[4:])
        if text.startswith("/"):
            return cls.from_path(text)
        raise ConfigError(
            Text.of("binding.unknown_form", binding=shown(text)),
            Text.of("binding.unknown_form.action"),
        )

    @classmethod
    def _parse_usb(cls, body: str) -> PortBinding:
        fields: dict[str, str] = {}
        for item in body.split(","):
            key, sep, value = item.partition("=")
            key = key.strip()
            value = value.strip()
            if not sep or not value:
                raise ConfigError(
                    Text.of("binding.not_key_value", item=shown(item)),
                    Text.of("binding.not_key_value.action", keys=", ".join(_USB_KEYS)),
                )
            if key not in _USB_KEYS:
                raise ConfigError(
                    Text.of("binding.unknown_key", key=shown(key)),
                    Text.of("binding.unknown_key.action", keys=", ".join(_USB_KEYS)),
                )
            if key in fields:
                raise ConfigError(
                    Text.of("binding.key_twice", key=shown(key)),
                    Text.of("binding.key_twice.action"),
                )
            fields[key] = value
        return cls(
            "usb",
            location=fields.get("location"),
            vid=_parse_hex(fields, "vid"),
            pid=_parse_hex(fields, "pid"),
            serial=fields.get("serial"),
            interface=_parse_int(fields, "interface"),
        )

    # -- use --------------------------------------------------------------------------------------

    def __str__(self) -> str:
        if self.kind != "usb":
            assert self.path is not None
            return self.path
        items: list[str] = []
        if self.location is not None:
            items.append(f"location={self.location}")
        if self.vid is not None:
            items.append(f"vid={self.vid:04x}")
        if self.pid is not None:
            items.append(f"pid={self.pid:04x}")
        if self.serial is not None:
            items.append(f"serial={self.serial}")
        if self.interface is not None:
            items.append(f"interface={self.interface}")
        return "usb:" + ",".join(items)


def _check_path(path: str) -> None:
    if not path.isprintable():
        raise ConfigError(
            Text.of("binding.control_char", path=shown(path)), Text.of("binding.as_listed.action")
        )
    if len(path) > PATH_MAX:
        raise ConfigError(
            Text.of("binding.too_long", path=shown(path), limit=PATH_MAX),
            Text.of("binding.as_listed.action"),
        )
    if not path.startswith("/"):
        raise ConfigError(
            Text.of("binding.not_absolute", path=shown(path)),
            Text.of("binding.not_absolute.action"),
        )
    if _ENUMERATED_TTY.fullmatch(path):
        raise ConfigError(
            Text.of("binding.enumerated", path=shown(path)), Text.of("binding.enumerated.action")
        )


def _parse_hex(fields: dict[str, str], key: str) -> int | None:
    text = fields.get(key)
    if text is None:
        return None
    try:
        return int(text.removeprefix("0x"), 16)
    except ValueError:
        raise ConfigError(
            Text.of("binding.not_hex", key=key, value=shown(text)),
            Text.of("binding.not_hex.action", key=key),
        ) from None


def _parse_int(fields: dict[str, str], key: str) -> int | None:
    text = fields.get(key)
    if text is None:
        return None
    try:
        return int(text, 10)
    except ValueError:
        raise ConfigError(
            Text.of("binding.not_number", key=key, value=shown(text)),
            Text.of("binding.not_number.action", key=key),
        ) from None
