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
from station.text import Text

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
    _say(Text.of("cli.config.valid", source=source))
    _say(Text.of("cli.config.station", station=config.station_id, journal=str(config.journal_path)))
    for fixture in config.fixtures:
        target = config.targets[fixture.active_target]
        _say(
            Text.of(
                "cli.config.fixture",
                name=fixture.name,
                count=len(fixture.slots),
                baud=fixture.baud,
                target=target.name,
                realm=target.realm,
            )
        )
        for slot in fixture.slots:
            said = Text.of(
                "cli.config.slot",
                slot=slot.name,
                port=str(slot.port),
                profile=fixture.profile_of(slot),
            )
            _say(said, indent=2)
    for target in config.targets.values():
        _say(
            Text.of(
                "cli.config.target",
                name=target.name,
                url=target.pairing_url,
                realm=target.realm,
                source=target.token_source,
            )
        )
        if target.name in templates:
            _say(Text.of("cli.config.label", label=templates[target.name]), indent=2)
        if target.check_scan:
            _say(Text.of("cli.config.check_scan", seconds=target.check_scan_timeout_s), indent=2)
    return EXIT_OK


def _say(text: Text, *, indent: int = 0) -> None:
    """One line of the summary, in the catalogue's English (station/catalogue/cli.py)."""
    sys.stdout.write(" " * indent + text.english + "\n")


def _in_source(text: Text, source: str) -> Text:
    """`text` said of the file `source`: a field error gets its name (profiles and label
    templates are read apart from the file, and say "the configuration" or nothing)."""
    if text.id == "field.problem":
        return Text.of("field.problem", **{**text.params, "source": source})
    return Text.of("cli.config.in_source", source=source, message=text)


def _check_label_templates(config: StationConfig, source: str) -> dict[str, Text]:
    """Each label template a target names exists, reads, holds its fields and renders
    (station/peripherals/label_template.py); what each target prints, by target."""
    from station.peripherals.label_template import template_of

    checked: dict[str, Text] = {}
    for target in config.targets.values():
        if not target.print_label and target.label_template is None:
            continue
        try:
            template_of(target.label_template, target.name)
        except ConfigError as exc:
            said = Text.of("cli.config.in_source", source=source, message=exc.text)
            raise ConfigError(said, exc.action_text) from exc
        checked[target.name] = (
            Text.of("cli.config.label.checked", path=str(target.label_template))
            if target.label_template is not None
            else Text.of("cli.config.label.built_in")
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
                Text.of(
                    "cli.config.unknown_profile", source=source, kind=kind, known=", ".join(known)
                ),
                Text.of("cli.config.unknown_profile.action", source=source),
            )
    used = {f.profile_of(s) for f in config.fixtures for s in f.slots}
    for kind in sorted(used):
        try:
            profiles.open_profile(kind, config.profiles.get(kind))
        except ConfigError as exc:
            raise ConfigError(_in_source(exc.text, source), exc.action_text) from exc
