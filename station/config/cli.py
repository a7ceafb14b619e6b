"""`station config ...`: where the configuration is, and whether it is valid.

Role passwords are set with `station roles set-password` (one command, one journal event kind).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from station import profiles
from station.config.model import StationConfig
from station.config.store import default_config_path, load_config
from station.errors import ConfigError

EXIT_OK = 0


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "config",
        help="the station configuration: where it is, check it",
        description="Inspect and check the station configuration (docs/configuration.md).",
    )
    sub = parser.add_subparsers(dest="config_command", metavar="CONFIG_COMMAND", required=True)

    p = sub.add_parser("path", help="print the default configuration path")
    p.set_defaults(handler=_path)

    p = sub.add_parser("check", help="load and validate the configuration; summarise it")
    p.add_argument("--config", type=Path, metavar="FILE")
    p.set_defaults(handler=_check)


def _path(args: argparse.Namespace) -> int:
    sys.stdout.write(f"{default_config_path()}\n")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    source = str(args.config or default_config_path())
    _check_profiles(config, source)
    templates = _check_label_templates(config, source)
    out = sys.stdout
    out.write(f"Configuration {source} is valid.\n")
    out.write(f"Station {config.station_id}, journal {config.journal_path}\n")
    for fixture in config.fixtures:
        target = config.targets[fixture.active_target]
        out.write(
            f"Fixture {fixture.name}: {len(fixture.slots)} slots at {fixture.baud} baud, "
            f"provisioning into {target.name} (realm {target.realm})\n"
        )
        for slot in fixture.slots:
            out.write(f"  slot {slot.name}: {slot.port} ({fixture.profile_of(slot)})\n")
    for target in config.targets.values():
        out.write(
            f"Target {target.name}: {target.pairing_url} realm {target.realm}, "
            f"tokens from {target.token_source}\n"
        )
        if target.name in templates:
            out.write(f"  label: {templates[target.name]}\n")
        if target.check_scan:
            out.write(
                f"  check-scan: each label scanned back within {target.check_scan_timeout_s} s\n"
            )
    return EXIT_OK


def _check_label_templates(config: StationConfig, source: str) -> dict[str, str]:
    """Each label template a target names exists, reads, holds its fields and renders
    (station/peripherals/label_template.py); what each target prints, by target."""
    from station.peripherals.label_template import template_of

    checked: dict[str, str] = {}
    for target in config.targets.values():
        if not target.print_label and target.label_template is None:
            continue
        try:
            template_of(target.label_template, target.name)
        except ConfigError as exc:
            raise ConfigError(f"{source}: {exc.message}", exc.action) from exc
        checked[target.name] = (
            f"template {target.label_template} checked"
            if target.label_template is not None
            else "the built-in template"
        )
    return checked


def _check_profiles(config: StationConfig, source: str) -> None:
    """Each profile a slot uses exists here and accepts its `[profiles.KIND]` table, and no
    table names a kind the station does not know (a misspelt kind would be options lost).

    Only the profiles know their options (the configuration sits below them), so this is
    checked here and again when a fixture starts, not when the file is loaded.
    """
    known = profiles.kinds()
    for kind in config.profiles:
        if kind not in known:
            raise ConfigError(
                f"{source}: `profiles.{kind}` names no device profile. Known: {', '.join(known)}.",
                f"Correct the table's name in {source} (check the spelling), or remove it.",
            )
    used = {f.profile_of(s) for f in config.fixtures for s in f.slots}
    for kind in sorted(used):
        try:
            profiles.open_profile(kind, config.profiles.get(kind))
        except ConfigError as exc:
            raise ConfigError(
                f"{source}: {exc.message.removeprefix('the configuration: ')}", exc.action
            ) from exc
