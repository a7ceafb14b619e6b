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
from station.config.names import NAME, NAME_RULE_TEXT
from station.config.options import Context, Where, shown, type_text
from station.config.sections import FIXTURE, FLEET, ROLES, SLOT, TOP
from station.config.target_section import TARGET
from station.text import Text


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
            Text.of("field.no_targets"), Text.of("field.no_targets.action", source=source)
        )
    targets = {
        name: _target(name, value, where.key("targets").key(name), context)
        for name, value in targets_doc.items()
    }

    fixtures_doc = document.get("fixtures")
    if fixtures_doc is None:
        where.key("fixtures").fail(_REQUIRED_ARRAY)
    if not isinstance(fixtures_doc, list):
        where.key("fixtures").fail(_not_array(fixtures_doc))
    if not fixtures_doc:
        where.key("fixtures").fail(Text.of("field.none", table="[[fixtures]]"))
    fixtures = tuple(
        _fixture(item, where.key("fixtures").key(n), targets, context)
        for n, item in enumerate(fixtures_doc)
    )
    _unique(
        [(f.name, where.key("fixtures").key(n).key("name")) for n, f in enumerate(fixtures)],
        Text.of("field.what.fixture_name"),
    )
    _unique(
        [
            (str(s.port), where.key("fixtures").key(n).key("slots").key(m).key("port"))
            for n, f in enumerate(fixtures)
            for m, s in enumerate(f.slots)
        ],
        Text.of("field.what.port"),
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
            Text.of("field.two_printers"), Text.of("field.two_printers.action", source=source)
        )
    if line.printer is None and line.printer_queue is None:
        for name, target in targets.items():
            if target.print_label:
                where.key("targets").key(name).key("print_label").fail(
                    Text.of("field.no_printer"), Text.of("field.no_printer.action", source=source)
                )
    if line.mes_url is None:
        for name, target in targets.items():
            if target.mes_recipe is not None:
                where.key("targets").key(name).key("mes_recipe").fail(
                    Text.of("field.no_mes_url"), Text.of("field.no_mes_url.action", source=source)
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


_REQUIRED_ARRAY = Text.of("field.required", kind=Text.of("field.type.list"))


def _not_array(value: Any) -> Text:
    return Text.of(
        "field.wrong_type",
        value=shown(value),
        kind=Text.of("field.type.list"),
        actual=type_text(value),
    )


def _profiles(value: Any, where: Where) -> dict[str, dict[str, Any]]:
    """The `[profiles.KIND]` tables, as written: each profile checks its own keys when a
    fixture uses it (config cannot know every profile's options)."""
    if not isinstance(value, Mapping):
        where.fail(Text.of("field.profiles_not_table", actual=type_text(value)))
    tables: dict[str, dict[str, Any]] = {}
    for kind, table in value.items():
        if not NAME.fullmatch(kind):
            where.key(kind).fail(Text.of("field.bad_profile_name", rule=NAME_RULE_TEXT))
        if not isinstance(table, Mapping):
            where.key(kind).fail(Text.of("field.not_table", actual=type_text(table)))
        tables[kind] = dict(table)
    return tables


def _unique(items: list[tuple[str, Where]], what: Text) -> None:
    seen: dict[str, Where] = {}
    for value, where in items:
        if value in seen:
            where.fail(
                Text.of("field.repeats", value=shown(value), what=what, other=seen[value].path)
            )
        seen[value] = where


def _target(name: str, value: Any, where: Where, context: Context) -> TargetConfig:
    if not NAME.fullmatch(name):
        where.fail(Text.of("field.bad_target_name", rule=NAME_RULE_TEXT))
    t = TARGET.read(value, where, context)
    command = t["token_command"]
    if t["token_source"] == "command":
        if not command:
            where.key("token_command").fail(Text.of("field.token_command.required"))
        if not all(isinstance(a, str) and a for a in command):
            where.key("token_command").fail(Text.of("field.token_command.strings"))
        t["token_command"] = tuple(command)
    elif command is not None:
        where.key("token_command").fail(
            Text.of("field.token_command.unused", used=repr(t["token_source"]))
        )
    if t["check_scan"] and not t["print_label"]:
        where.key("check_scan").fail(Text.of("field.check_scan.no_label"))
    if t["device_id_rule"] == "uuid5" and t["device_id_namespace"] is None:
        where.key("device_id_namespace").fail(Text.of("field.namespace.required"))
    return TargetConfig(name=name, **t)


def _fixture(
    value: Any, where: Where, targets: Mapping[str, TargetConfig], context: Context
) -> FixtureConfig:
    f = FIXTURE.read(value, where, context)
    if f["active_target"] not in targets:
        where.key("active_target").fail(
            Text.of(
                "field.no_such_target",
                value=shown(f["active_target"]),
                allowed=", ".join(sorted(targets)),
            )
        )
    slots_doc = value.get("slots")
    if slots_doc is None:
        where.key("slots").fail(_REQUIRED_ARRAY)
    if not isinstance(slots_doc, list):
        where.key("slots").fail(_not_array(slots_doc))
    if not slots_doc:
        where.key("slots").fail(Text.of("field.none", table="[[fixtures.slots]]"))
    slots = tuple(
        SlotConfig(**SLOT.read(item, where.key("slots").key(n), context))
        for n, item in enumerate(slots_doc)
    )
    _unique(
        [(s.name, where.key("slots").key(n).key("name")) for n, s in enumerate(slots)],
        Text.of("field.what.slot_name"),
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
            where.key(key).fail(Text.of("field.tower.required", kind=kind, example=example))
        if key != wanted and f[key] is not None:
            where.key(key).fail(
                Text.of("field.tower.unused", kind=kind),
                Text.of("field.tower.unused.action", path=where.key(key).path),
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
