"""The serial ports a fixture slot could be bound to, with where each one is plugged in.

pyserial's port list gives the adapter's identity and its sysfs location; we add the udev-style
USB path (`ID_PATH`, the name `/dev/serial/by-path` and our udev rules use) so that a supervisor
sees one name for the physical socket whichever way the slot is bound.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path

from serial.tools import list_ports, list_ports_linux
from serial.tools.list_ports_common import ListPortInfo

from station.config.port_binding import BY_PATH_DIR, PortBinding, UsbLocation, parse_location

# WCH's vendor drivers name their ports outside pyserial's glob list.
_EXTRA_TTY_GLOBS = ("/dev/ttyCH343USB*", "/dev/ttyCH9344USB*")


@dataclass(frozen=True)
class PortCandidate:
    device: str
    by_path: str | None = None  # /dev/serial/by-path link pointing at `device`, if udev made one
    usb_location: str | None = None  # pyserial's location: "1-1.2" or "1-1.2:1.0"
    usb_path: str | None = None  # udev ID_PATH: "pci-0000:00:14.0-usb-0:1.2:1.0"
    interface_number: int | None = None
    port_number: int | None = None  # port of a multi-port chip sharing one interface
    vid: int | None = None
    pid: int | None = None
    serial_number: str | None = None
    manufacturer: str | None = None
    product: str | None = None
    interface: str | None = None  # the interface's name string, when the adapter has one
    description: str = ""

    @property
    def is_usb(self) -> bool:
        return self.vid is not None

    @property
    def slot_key(self) -> str | None:
        """The physical-place key a udev rule matches: ID_PATH, plus `-portN` for usb-serial.

        This is the name udev gives the port under /dev/serial/by-path: usb-serial drivers
        (ftdi_sio, cp210x, ch341) expose a `port_number` and get `-portN`; cdc_acm does not.
        """
        if self.usb_path is None:
            return None
        if self.port_number is not None:
            return f"{self.usb_path}-port{self.port_number}"
        return self.usb_path

    def suggested_binding(self) -> PortBinding | None:
        """The binding a supervisor should put in the config for this port, if it has one."""
        if self.by_path is not None:
            return PortBinding.from_path(self.by_path)
        if self.usb_path is not None:
            return PortBinding("usb", location=self.slot_key)
        if self.usb_location is not None:
            return PortBinding("usb", location=self.usb_location)
        return None

    def matches(self, binding: PortBinding) -> bool:
        """True when `binding` names this port (usb bindings only; paths are checked on disk)."""
        if binding.kind != "usb":
            return False
        identity = (
            (binding.vid, self.vid),
            (binding.pid, self.pid),
            (binding.serial, self.serial_number),
        )
        if any(want is not None and want != have for want, have in identity):
            return False
        want_interface = binding.interface
        if binding.location is not None:
            want = parse_location(binding.location)
            assert want is not None  # checked when the binding was built
            if not self._is_at(want):
                return False
            if want.interface is not None:
                if want_interface not in (None, want.interface):
                    return False
                want_interface = want.interface
        return want_interface is None or self.interface_number == want_interface

    def _is_at(self, want: UsbLocation) -> bool:
        have_text = self.usb_path if want.is_id_path else self.usb_location
        have = parse_location(have_text) if have_text else None
        if have is None or have.port != want.port:
            return False
        return want.port_number is None or self.port_number == want.port_number


def candidate_from_info(
    info: ListPortInfo,
    *,
    by_path_dir: str = BY_PATH_DIR,
    sys_root: str = "/sys",
) -> PortCandidate:
    """Turn one pyserial entry into a candidate, filling in what sysfs and udev add."""
    location = info.location
    parsed = parse_location(location) if location else None
    interface_number = parsed.interface if parsed else None
    usb_path: str | None = None
    port_number: int | None = None
    device_link = Path(sys_root, "class/tty", os.path.basename(info.device), "device")
    if device_link.exists():
        device_dir = Path(os.path.realpath(device_link))
        usb_path = id_path_from_sysfs(device_dir, sys_root=sys_root)
        port_number = _read_int(device_dir / "port_number")
        if interface_number is None:
            interface_number = _interface_number(device_dir)
    by_path = _by_path_link(info.device, by_path_dir)
    if usb_path is None and by_path is not None:
        usb_path = _id_path_from_link_name(os.path.basename(by_path))
    return PortCandidate(
        device=info.device,
        by_path=by_path,
        usb_location=location,
        usb_path=usb_path,
        interface_number=interface_number,
        port_number=port_number,
        vid=info.vid,
        pid=info.pid,
        serial_number=info.serial_number,
        manufacturer=info.manufacturer,
        product=info.product,
        interface=info.interface,
        description=info.description if info.description != "n/a" else "",
    )


def list_candidate_ports() -> list[PortCandidate]:
    """Every serial port on this PC, USB adapters first, each with its USB location."""
    infos: list[ListPortInfo] = list(list_ports.comports())
    known = {i.device for i in infos}
    for pattern in _EXTRA_TTY_GLOBS:
        for device in sorted(glob.glob(pattern)):
            if device not in known:
                infos.append(list_ports_linux.SysFS(device))
    candidates = [candidate_from_info(i) for i in infos]
    return sorted(candidates, key=lambda c: (not c.is_usb, c.usb_path or "", c.device))


def id_path_from_sysfs(device_dir: Path, *, sys_root: str = "/sys") -> str | None:
    """udev's `ID_PATH` for a device, from its sysfs ancestry (as udev's path_id builds it).

    Only the parts a USB serial port has are handled: the USB port chain and interface, and the
    PCI or platform device of the host controller. Returns None for a port that is not on USB.
    """
    parts: list[str] = []
    seen_usb = False
    node = device_dir
    top = Path(sys_root, "devices")
    while node not in (top, node.parent):
        subsystem = _subsystem(node)
        if subsystem == "usb":
            _, dash, port = node.name.partition("-")
            if not dash:
                return None  # a root hub ("usb1") directly: not a device on a port
            parts.insert(0, f"usb-0:{port}")
            seen_usb = True
            while _subsystem(node.parent) == "usb":
                node = node.parent
        elif subsystem in ("pci", "platform") and seen_usb:
            parts.insert(0, f"{subsystem}-{node.name}")
            while _subsystem(node.parent) == subsystem:
                node = node.parent
        node = node.parent
    return "-".join(parts) if seen_usb else None


def _subsystem(node: Path) -> str | None:
    link = node / "subsystem"
    if not link.is_symlink():
        return None
    return os.path.basename(os.readlink(link))


def _interface_number(device_dir: Path) -> int | None:
    # the tty's device is the interface (cdc_acm) or a usb-serial port below it (ftdi_sio, cp210x)
    for node in (device_dir, device_dir.parent):
        value = _read_text(node / "bInterfaceNumber")
        if value is not None:
            try:
                return int(value, 16)
            except ValueError:
                return None
    return None


def _by_path_link(device: str, by_path_dir: str) -> str | None:
    try:
        names = sorted(os.listdir(by_path_dir))
    except OSError:
        return None
    target = os.path.realpath(device)
    for name in names:
        link = os.path.join(by_path_dir, name)
        if os.path.realpath(link) == target:
            return link
    return None


def _id_path_from_link_name(name: str) -> str | None:
    """`pci-...-usb-0:1.2:1.0-port0` -> `pci-...-usb-0:1.2:1.0` (usb-serial links add -portN)."""
    parsed = parse_location(name)
    if parsed is None or not parsed.is_id_path:
        return None
    if parsed.port_number is not None:
        return name.rsplit("-port", 1)[0]
    return name


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None


def _read_int(path: Path) -> int | None:
    text = _read_text(path)
    if text is None:
        return None
    try:
        return int(text, 0)
    except ValueError:
        return None
