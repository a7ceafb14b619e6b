"""udev rules for a fixture: a stable /dev/provisioning/<fixture>/slotN name for every slot.

The name comes from the USB path the adapter is plugged into (`ENV{ID_PATH}`), so after a replug
or a reboot slot 3 is still the third socket on the fixture, whatever tty number the kernel gave
it. The same rule keeps ModemManager off the port and gives the station's user access.
"""

from __future__ import annotations

from pathlib import Path

from station.config.port_binding import parse_location
from station.ports.slotmap import SlotMap
from station.ports.udev_syntax import parse_rules

RULES_DIR = Path("/etc/udev/rules.d")
STATIC_RULES_NAME = "70-provisioning-station.rules"
DEVICE_DIR = "provisioning"
# Kernel names of USB serial ports: mainline drivers, and WCH's and Exar's vendor drivers.
USB_TTY_KERNELS = "ttyUSB[0-9]*|ttyACM[0-9]*|ttyCH343USB[0-9]*|ttyCH9344USB[0-9]*|ttyXRUSB[0-9]*"


def rules_file_name(fixture: str) -> str:
    # after 70-provisioning-station.rules, before 73-seat-late.rules applies the uaccess tag
    return f"71-provisioning-{fixture}.rules"


def slot_symlink(fixture: str, slot: int) -> str:
    return f"{DEVICE_DIR}/{fixture}/slot{slot}"


def generate_rules(slot_map: SlotMap, *, generated_by: str = "station fixture udev-rules") -> str:
    """The rules file text for this slot map, checked by the strict parser before returning."""
    fixture = slot_map.fixture
    end = f"provisioning_{fixture.replace('-', '_')}_end"
    lines = [
        f"# Fixture {fixture!r}: one stable device name per slot, from the USB path.",
        f"# Written by `{generated_by}`; regenerate it rather than editing it.",
        f"# Install as {RULES_DIR / rules_file_name(fixture)}, then run:",
        "#   udevadm control --reload-rules && udevadm trigger --subsystem-match=tty",
        "",
        f'ACTION=="remove", GOTO="{end}"',
        f'SUBSYSTEM!="tty", GOTO="{end}"',
        f'KERNEL!="{USB_TTY_KERNELS}", GOTO="{end}"',
        # 60-serial.rules imports path_id only for ttyUSB*/ttyACM*; WCH's vendor drivers
        # (ttyCH343USB*, ttyCH9344USB*) would otherwise have no ID_PATH to match.
        'IMPORT{builtin}="path_id"',
        "",
    ]
    for slot in sorted(slot_map.slots):
        key = slot_map.slots[slot]
        parsed = parse_location(key)
        assert parsed is not None  # SlotMap checked every key
        id_path = key.rsplit("-port", 1)[0] if parsed.port_number is not None else key
        match = [f'ENV{{ID_PATH}}=="{id_path}"']
        if parsed.port_number is not None:
            # usb-serial drivers number the ports of one interface (udev's by-path -portN)
            match.append(f'ATTRS{{port_number}}=="{parsed.port_number}"')
        assign = [
            f'SYMLINK+="{slot_symlink(fixture, slot)}"',
            f'ENV{{PROVISIONING_FIXTURE}}="{fixture}"',
            f'ENV{{PROVISIONING_SLOT}}="{slot}"',
            'ENV{ID_MM_DEVICE_IGNORE}="1"',
            'MODE="0660"',
            'GROUP="dialout"',
            'TAG+="uaccess"',
        ]
        lines.append(f"# slot {slot}: {key}")
        lines.append(", ".join(match + assign))
    lines += ["", f'LABEL="{end}"', ""]
    text = "\n".join(lines)
    parse_rules(text, source=rules_file_name(fixture))
    return text
