"""The target editor's fields, and validation by the configuration's own rules.

The editor never re-implements a rule: it puts the edited target into the whole configuration
document and runs `parse_config` on it, so a target the editor accepts is exactly a target the
station will load, cross-checks included. A `ConfigError` from the parser names the key as a
dotted path; `TargetInvalid` turns that into the editor field it belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from station.config import StationConfig, TargetConfig, parse_config, to_document
from station.config.target_section import TARGET
from station.errors import ConfigError
from station.text import Text

SOURCE = Text.of("editor.source").english  # the name field errors give the editor


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    help: str  # with `{name}` fields for `values` (the translated text has the same fields)
    values: tuple[tuple[str, int], ...] = ()

    @property
    def help_text(self) -> str:
        """The help in English, its fields filled."""
        return self.help.format(**dict(self.values))


#: The editor's fields: the target's name, then every target option the declarations label.
FIELDS: tuple[Field, ...] = (
    Field("name", "Name", "Names the target here and its keyring entries; letters, digits, . _ -"),
    *(Field(o.key, o.label, o.help, o.help_values) for o in TARGET.options if o.label),
)
FIELD_KEYS = frozenset(f.key for f in FIELDS)


class TargetInvalid(ConfigError):
    """An edited target breaks a configuration rule; `field` is the editor field to mark."""

    error_class = "target_invalid"

    def __init__(self, message: str | Text, action: str | Text, *, field: str) -> None:
        super().__init__(message, action)
        self.field = field


def target_document(config: StationConfig, name: str) -> dict[str, Any]:
    """The stored form of one target (what the editor starts from)."""
    document: dict[str, Any] = to_document(config)["targets"][name]
    return document


def _field_of(message: str, name: str) -> str:
    match = re.search(r"`targets\.([^`]*)`", message)
    if match is None:
        return ""
    rest = match.group(1)
    for prefix in (f'"{name}"', name):
        if rest == prefix:
            return "name"
        if rest.startswith(prefix + "."):
            key = re.split(r"[.\[]", rest[len(prefix) + 1 :], maxsplit=1)[0]
            return key if key in FIELD_KEYS else ""
    return ""


def _clean(document: Mapping[str, Any]) -> dict[str, Any]:
    # The editor leaves optional fields empty; the file leaves them out.
    return {k: v for k, v in document.items() if v is not None and v != "" and k != "name"}


def _without_none(value: Any) -> Any:
    """The document as TOML would read it back: TOML has no null, an unset key is absent."""
    if isinstance(value, Mapping):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value


def with_target(
    config: StationConfig,
    name: str,
    document: Mapping[str, Any],
    *,
    replacing: str | None = None,
) -> StationConfig:
    """`config` with target `name` set to `document`, validated as the station loads it.

    `replacing` is the name the target had before (None for a new target). Fixtures that used
    the old name follow it. Raises `TargetInvalid` naming the field at fault.
    """
    whole = to_document(config)
    targets: dict[str, Any] = dict(whole["targets"])
    if replacing is None and name in targets:
        raise TargetInvalid(
            Text.of("editor.target_exists", name=repr(name)),
            Text.of("editor.target_exists.action"),
            field="name",
        )
    if replacing is not None:
        targets.pop(replacing, None)
        for fixture in whole["fixtures"]:
            if fixture["active_target"] == replacing:
                fixture["active_target"] = name
    targets[name] = _clean(document)
    whole["targets"] = targets
    return _parse(whole, config, name)


def without_target(config: StationConfig, name: str) -> StationConfig:
    whole = to_document(config)
    users = [f["name"] for f in whole["fixtures"] if f["active_target"] == name]
    if users:
        raise TargetInvalid(
            Text.of("editor.target_in_use", name=repr(name), fixtures=", ".join(users)),
            Text.of("editor.target_in_use.action"),
            field="name",
        )
    targets = dict(whole["targets"])
    targets.pop(name, None)
    whole["targets"] = targets
    return _parse(whole, config, name)


def _parse(whole: dict[str, Any], config: StationConfig, name: str) -> StationConfig:
    try:
        return parse_config(
            _without_none(whole),
            source=SOURCE,
            base_dir=config.journal_path.parent,
            default_journal=config.journal_path,
        )
    except ConfigError as exc:
        raise TargetInvalid(
            _unsourced(exc.text),
            _editor_named(exc.action_text),
            field=_field_of(exc.message, name),
        ) from None


def _editor_named(text: Text) -> Text:
    """`text` with the editor, where it names it as the source ("Edit `targets.x.realm` in
    target editor."), as a message of its own, so the editor's language names it too."""
    if text.is_plain:
        return text
    params = {
        k: Text.of("editor.source")
        if v == SOURCE
        else _editor_named(v)
        if isinstance(v, Text)
        else v
        for k, v in text.params.items()
    }
    return Text(text.id, params)


def _unsourced(text: Text) -> Text:
    """A configuration error without "target editor: " in front (the editor is where it is)."""
    if text.id == "field.problem" and text.params["source"] == SOURCE:
        return Text.of(
            "field.problem.here", path=text.params["path"], problem=text.params["problem"]
        )
    english = text.english
    return Text.plain(english.removeprefix(f"{SOURCE}: ")) if english.startswith(SOURCE) else text


def changed_fields(before: TargetConfig | None, after: TargetConfig) -> list[str]:
    """Names of the settings that differ (all of them for a new target), for the journal."""
    keys = [f.key for f in FIELDS if f.key != "name"]
    if before is None:
        return keys
    return [k for k in keys if getattr(before, k) != getattr(after, k)]
