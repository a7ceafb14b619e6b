"""Turn a TOML document into a `StationConfig`, or say exactly which key is wrong and why.

Every error names the key (as a dotted path such as `fixtures[0].slots[2].port`), the value
(a short, escaped prefix of it; never a value that looks like a credential), and what is
allowed. Unknown keys are errors too: a misspelt key silently ignored is a setting silently
lost. Each option's type, default and checks are declared once in `station.config.sections`;
this module reads the tables in order and adds the rules that span several options.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from station.config.line_section import LINE
from station.config.model import (
    FixtureConfig,
    FleetConfig,
    LineConfig,
    RolesConfig,
    SlotConfig,
    StationConfig,
    TargetConfig,
)
from station.config.names import NAME, NAME_RULE
from station.config.options import Context, Where, shown, type_name
from station.config.sections import FIXTURE, FLEET, ROLES, SLOT, TOP
from station.config.target_section import TARGET


def parse_config(
    document: Mapping[str, Any], *, source: str, base_dir: Path, default_journal: Path
) -> StationConfig:
    """Validate a current-schema document. Relative paths are taken from `base_dir`."""
    where = Where(source)
    context = Context(source, base_dir)
    top = TOP.read(document, where, context)

    targets_doc = document.get("targets", {})
    if not isinstance(targets_doc, Mapping) or not targets_doc:
        where.key("targets").fail(
            "must hold at least one target table, e.g. [targets.plant-eu].",
            f"Add a target to {source} or create one in the supervisor's target editor.",
        )
    targets = {
        name: _target(name, value, where.key("targets").key(name), context)
        for name, value in targets_doc.items()
    }

    fixtures_doc = document.get("fixtures")
    if fixtures_doc is None:
        where.key("fixtures").fail("is required (an array).")
    if not isinstance(fixtures_doc, list):
        where.key("fixtures").fail(
            f"= {shown(fixtures_doc)} must be an array, not {type_name(fixtures_doc)}."
        )
    if not fixtures_doc:
        where.key("fixtures").fail("must hold at least one [[fixtures]] table.")
    fixtures = tuple(
        _fixture(item, where.key("fixtures").key(n), targets, context)
        for n, item in enumerate(fixtures_doc)
    )
    _unique(
        [(f.name, where.key("fixtures").key(n).key("name")) for n, f in enumerate(fixtures)],
        "fixture name",
    )
    _unique(
        [
            (str(s.port), where.key("fixtures").key(n).key("slots").key(m).key("port"))
            for n, f in enumerate(fixtures)
            for m, s in enumerate(f.slots)
        ],
        "port",
    )
    roles = RolesConfig(**ROLES.read(document.get("roles", {}), where.key("roles"), context))
    profiles = _profiles(document.get("profiles", {}), where.key("profiles"))
    fleet_doc = document.get("fleet")
    fleet = (
        None
        if fleet_doc is None
        else FleetConfig(**FLEET.read(fleet_doc, where.key("fleet"), context))
    )
    line = LineConfig(**LINE.read(document.get("line", {}), where.key("line"), context))
    if line.printer is not None and line.printer_queue is not None:
        where.key("line").key("printer_queue").fail(
            "is set, and so is `line.printer`: labels go to one printer.",
            f"In the [line] table of {source}, keep `printer` (straight to the printer) or "
            "`printer_queue` (through CUPS), not both.",
        )
    if line.printer is None and line.printer_queue is None:
        for name, target in targets.items():
            if target.print_label:
                where.key("targets").key(name).key("print_label").fail(
                    "= true needs a label printer, and neither `line.printer` nor "
                    "`line.printer_queue` is set.",
                    f"Set `printer` in the [line] table of {source} (host or host:port), or "
                    "`printer_queue` (a CUPS raw queue), or set print_label = false.",
                )
    if line.mes_url is None:
        for name, target in targets.items():
            if target.mes_recipe is not None:
                where.key("targets").key(name).key("mes_recipe").fail(
                    "is set, but `line.mes_url` (the MES facade to ask) is not.",
                    f"Set `mes_url` in the [line] table of {source}, or remove mes_recipe.",
                )
    return StationConfig(
        schema_version=top["schema_version"],
        station_id=top["station_id"],
        journal_path=top["journal_path"] or default_journal,
        fixtures=fixtures,
        targets=targets,
        roles=roles,
        profiles=profiles,
        fleet=fleet,
        line=line,
    )


def _profiles(value: Any, where: Where) -> dict[str, dict[str, Any]]:
    """The `[profiles.KIND]` tables, as written: each profile checks its own keys when a
    fixture uses it (config cannot know every profile's options)."""
    if not isinstance(value, Mapping):
        where.fail(f"must be a table of [profiles.KIND] tables, not {type_name(value)}.")
    tables: dict[str, dict[str, Any]] = {}
    for kind, table in value.items():
        if not NAME.fullmatch(kind):
            where.key(kind).fail(f"is not a valid profile name. Allowed: {NAME_RULE}.")
        if not isinstance(table, Mapping):
            where.key(kind).fail(f"must be a table, not {type_name(table)}.")
        tables[kind] = dict(table)
    return tables


def _unique(items: list[tuple[str, Where]], what: str) -> None:
    seen: dict[str, Where] = {}
    for value, where in items:
        if value in seen:
            where.fail(
                f"= {shown(value)} repeats the {what} of `{seen[value].path}`; each must differ."
            )
        seen[value] = where


def _target(name: str, value: Any, where: Where, context: Context) -> TargetConfig:
    if not NAME.fullmatch(name):
        where.fail(f"is not a valid target name. Allowed: {NAME_RULE}.")
    t = TARGET.read(value, where, context)
    command = t["token_command"]
    if t["token_source"] == "command":
        if not command:
            where.key("token_command").fail(
                'is required when token_source = "command": the program and its arguments, '
                'e.g. ["/usr/local/bin/issue-token", "--realm", "plant1"].'
            )
        if not all(isinstance(a, str) and a for a in command):
            where.key("token_command").fail("must be an array of non-empty strings.")
        t["token_command"] = tuple(command)
    elif command is not None:
        where.key("token_command").fail(
            f'is only used with token_source = "command" (this target uses {t["token_source"]!r}).',
        )
    if t["check_scan"] and not t["print_label"]:
        where.key("check_scan").fail(
            "= true needs print_label = true: only a printed label can be scanned back."
        )
    if t["device_id_rule"] == "uuid5" and t["device_id_namespace"] is None:
        where.key("device_id_namespace").fail(
            'is required when device_id_rule = "uuid5": the namespace UUID of your product line.'
        )
    return TargetConfig(name=name, **t)


def _fixture(
    value: Any, where: Where, targets: Mapping[str, TargetConfig], context: Context
) -> FixtureConfig:
    f = FIXTURE.read(value, where, context)
    if f["active_target"] not in targets:
        where.key("active_target").fail(
            f"= {shown(f['active_target'])} names no target. Allowed: {', '.join(sorted(targets))}."
        )
    slots_doc = value.get("slots")
    if slots_doc is None:
        where.key("slots").fail("is required (an array).")
    if not isinstance(slots_doc, list):
        where.key("slots").fail(
            f"= {shown(slots_doc)} must be an array, not {type_name(slots_doc)}."
        )
    if not slots_doc:
        where.key("slots").fail("must hold at least one [[fixtures.slots]] table.")
    slots = tuple(
        SlotConfig(**SLOT.read(item, where.key("slots").key(n), context))
        for n, item in enumerate(slots_doc)
    )
    _unique(
        [(s.name, where.key("slots").key(n).key("name")) for n, s in enumerate(slots)],
        "slot name",
    )
    _tower(f, where)
    return FixtureConfig(slots=slots, **f)


def _tower(f: Mapping[str, Any], where: Where) -> None:
    """A tower's driver names what it needs (a device path or an address) and nothing else."""
    kind = f["tower"]
    needs = {"serial": "tower_port", "patlite-usb": "tower_port", "patlite-net": "tower_address"}
    wanted = needs.get(kind)
    for key in ("tower_port", "tower_address"):
        if key == wanted and f[key] is None:
            example = "/dev/serial/by-id/usb-...-if00" if key == "tower_port" else "192.0.2.10"
            where.key(key).fail(f'is required when tower = "{kind}", e.g. "{example}".')
        if key != wanted and f[key] is not None:
            where.key(key).fail(
                f'is not used with tower = "{kind}".',
                f"Remove `{where.key(key).path}`, or set tower to the driver that uses it.",
            )


# -- back to a document ---------------------------------------------------------------------


def to_document(config: StationConfig) -> dict[str, Any]:
    """The TOML document for `config` (paths written absolute)."""
    return {
        **TOP.write(config),
        "roles": ROLES.write(config.roles),
        "targets": {name: TARGET.write(t) for name, t in config.targets.items()},
        "fixtures": [
            {**FIXTURE.write(f), "slots": [SLOT.write(s) for s in f.slots]} for f in config.fixtures
        ],
        "profiles": config.profiles,
        **({} if config.fleet is None else {"fleet": FLEET.write(config.fleet)}),
        **({} if config.line == LineConfig() else {"line": LINE.write(config.line)}),
    }
