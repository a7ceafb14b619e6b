"""`station fixture ...`: list serial ports, learn a fixture's slots, write its udev rules."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from station.errors import UsageError
from station.ports.discovery import list_candidate_ports
from station.ports.holders import modem_manager_running
from station.ports.learn import Session, describe, learn
from station.ports.slotmap import SlotMap, write_atomically
from station.ports.udev_rules import RULES_DIR, generate_rules, rules_file_name
from station.text import Text


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "fixture",
        help="fixture ports: list them, learn the slots, write udev rules",
        description="Bind fixture slots to physical USB paths so that a slot stays a place.",
    )
    sub = parser.add_subparsers(dest="fixture_command", metavar="FIXTURE_COMMAND", required=True)

    p = sub.add_parser("list-ports", help="serial ports with their USB path and a binding")
    p.add_argument("--json", action="store_true", help="one JSON object per port")
    p.set_defaults(handler=_list_ports)

    p = sub.add_parser(
        "learn",
        help="record each slot's USB path by plugging a device into each slot in turn",
    )
    p.add_argument("--fixture", default="fixture", help="fixture name used in /dev/provisioning/")
    p.add_argument("--slots", type=int, default=1, help="number of slots (default 1)")
    p.add_argument("--out", type=Path, help="slot map JSON to write (default <fixture>-slots.json)")
    p.add_argument(
        "--timeout", type=float, default=300.0, help="seconds to wait for each slot (default 300)"
    )
    p.add_argument(
        "--config",
        type=Path,
        help="also bind the slots of this fixture in the station configuration (TOML)",
    )
    p.set_defaults(handler=_learn)

    p = sub.add_parser("udev-rules", help="udev rules naming each slot /dev/provisioning/<f>/slotN")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--config", type=Path, help="station configuration (TOML) to read slots from"
    )
    source.add_argument(
        "--slot-map",
        help="slot map JSON file from `station fixture learn` (or the JSON text itself)",
    )
    p.add_argument("--fixture", help="with --config: which fixture (default: the first)")
    p.add_argument("--out", type=Path, help="rules file to write (default: standard output)")
    p.set_defaults(handler=_udev_rules)


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def _list_ports(args: argparse.Namespace) -> int:
    ports = list_candidate_ports()
    if args.json:
        for port in ports:
            binding = port.suggested_binding()
            record = {
                "device": port.device,
                "by_path": port.by_path,
                "usb_location": port.usb_location,
                "usb_path": port.slot_key,
                "vid": port.vid,
                "pid": port.pid,
                "serial_number": port.serial_number,
                "manufacturer": port.manufacturer,
                "product": port.product,
                "interface": port.interface_number,
                "description": port.description,
                "binding": str(binding) if binding else None,
            }
            _out(json.dumps(record))
        return 0
    if not ports:
        _out(Text.of("ports.list.none").english)
    for port in ports:
        binding = port.suggested_binding()
        _out(describe(port))
        _out("    " + Text.of("learn.usb_path", path=port.slot_key or "-").english)
        bound = Text.plain(str(binding)) if binding else Text.of("ports.list.not_usb")
        _out("    " + Text.of("ports.list.binding", binding=bound).english)
    if modem_manager_running():
        rules = f"{RULES_DIR}/70-provisioning-station.rules"
        _err("\n" + Text.of("ports.list.modem_manager", rules=rules).english)
    return 0


def _learn(args: argparse.Namespace) -> int:
    session = Session(
        fixture=args.fixture,
        slots=args.slots,
        inp=sys.stdin,
        out=sys.stdout,
        slot_timeout=args.timeout,
    )
    slot_map = learn(session)
    out: Path = args.out or Path(f"{slot_map.fixture}-slots.json")
    slot_map.save(out)
    _out("\n" + Text.of("learn.saved", count=len(slot_map.slots), path=str(out)).english)
    if args.config is not None:
        from station.config import load_config, save_config
        from station.ports.config_slots import with_learned_slots

        save_config(with_learned_slots(load_config(args.config), slot_map), args.config)
        _out(Text.of("learn.bound", fixture=repr(slot_map.fixture), path=str(args.config)).english)
    _out(Text.of("learn.bindings").english)
    for n, binding in sorted(slot_map.bindings().items()):
        _out("  " + Text.of("learn.binding", slot=n, binding=str(binding)).english)
    command = (
        f"station fixture udev-rules --slot-map {out} --out "
        f"{RULES_DIR / rules_file_name(slot_map.fixture)}"
    )
    _out(Text.of("learn.stable_names", fixture=slot_map.fixture, command=command).english)
    return 0


def _udev_rules(args: argparse.Namespace) -> int:
    if args.config is not None:
        from station.config import load_config
        from station.ports.config_slots import slot_map_from_config

        slot_map = slot_map_from_config(load_config(args.config), args.fixture)
    else:
        slot_map = _read_slot_map(args.slot_map)
    rules = generate_rules(slot_map)
    if args.out is None:
        sys.stdout.write(rules)
        return 0
    write_atomically(args.out, rules)
    _err(Text.of("ports.udev.written", path=str(args.out)).english)
    _err("  udevadm control --reload-rules && udevadm trigger --subsystem-match=tty")
    return 0


def _read_slot_map(text: str) -> SlotMap:
    if text.lstrip().startswith("{"):
        return SlotMap.from_json(text, source="--slot-map")
    path = Path(text)
    if not path.exists():
        raise UsageError(
            Text.of("ports.udev.no_slot_map", path=str(path)),
            Text.of("ports.udev.no_slot_map.action"),
        )
    return SlotMap.load(path)
