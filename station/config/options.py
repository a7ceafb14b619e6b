"""How a configuration option is declared: once, with everything the station needs to know.

An `Option` holds the key, its TOML type, the default (the model's value when the key is
absent), the checks a present value must pass (each may also convert it, e.g. text to `Path`),
the sentence the docs table shows, and whether the value is shaped like a credential. A
`Section` is one TOML table's options in order, plus rows for the tables nested in it. From
that one declaration come:

- reading: `Section.read` refuses unknown keys and credential-shaped values, checks each
  option's type, applies its default or its checks, and returns ``{model field: value}``;
- writing: `Section.write` turns a model object back into the table's TOML values;
- the docs: `Section.markdown` is the table between the markers ``<!-- options: PATH -->``
  and ``<!-- end of options -->`` in docs/configuration.md, or in a profile's own page for a
  ``[profiles.<kind>]`` section (tests/config/test_options.py fails when a table differs or a
  section with options has none; ``python -m station.config.docs`` rewrites them all);
- the supervisor's target editor: its field list is the target section's options that carry a
  `label` (station/targets/fields.py).

To add an option to an existing table (e.g. `profile` to `[[fixtures]]`): add an `Option` to the
section in station/config/sections.py (a target's in target_section.py), a field with the same
name (or `attr`) and default to the model dataclass in station/config/model.py, then run
``python -m station.config.docs``.
A rule that involves two options (one is required when the other has some value) is code in
station/config/parse.py, after the section is read.

To add a table (e.g. ``[fleet]``): declare `FLEET = Section("fleet", (...))` in sections.py, a
`FleetConfig` dataclass, read it in `parse_config` with ``FleetConfig(**FLEET.read(...))`` and
write it in `to_document` with ``FLEET.write(config.fleet)``, add a `Table` row for it to
`TOP`, and a marker pair to the docs. The ``[profiles.<kind>]`` tables are kept as written,
because the configuration sits below the profiles and cannot know their options: a device
profile declares its `Section("profiles.<kind>", ...)` in its own package and reads its table
with `station.profiles.read_options` when a fixture uses it; `station config check` asks every
profile a slot uses to do so, and the section's docs table goes on the profile's page.

Checks several options share: `one_of`, `between`, `matching` (a regular expression), `text`
(printable, length), `stripped` and `path` (relative to the file's folder).

Error messages quote a value through `shown`: at most a short, escaped prefix, never a
credential-shaped value, so a 40 MiB string or a terminal escape sequence is never printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, NoReturn

from station.config.names import NAME
from station.errors import ConfigError
from station.text import Text, as_text

# Shapes of credentials that must never sit in the file.
_SECRET_VALUE = re.compile(
    r"[A-Za-z0-9+/]{43}=|eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.|-----BEGIN [A-Z ]*(KEY|CERTIFICATE)"
)
_SECRET_KEY = re.compile(r"secret|password|passwd|private|credential|token|jwt|pem|key", re.I)
KEYRING_HINT = Text.of("field.keyring.action")
#: Every key some section declares: a declared key in the wrong table is misplaced, not a secret.
_DECLARED: set[str] = set()
#: Every section declared so far, by path (the first declaration of a path wins).
_SECTIONS: dict[str, Section] = {}
#: Linux's limits on a whole path and on one name in it.
PATH_MAX = 4096
NAME_MAX = 255
#: How much of an offending value an error message quotes.
SHOWN_CHARS = 64


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: Final = _Required()


def shown(value: Any) -> str:
    """`value` for an error message: repr-escaped, and cut to a short prefix when long."""
    if isinstance(value, str) and len(value) > SHOWN_CHARS:
        return f"{value[:SHOWN_CHARS]!r}… ({len(value)} characters)"
    if isinstance(value, list | dict) and len(repr(value)) > SHOWN_CHARS:
        return f"{type_name(value)} of {len(value)} items"
    return repr(value)


def _escaped(text: str) -> str:
    body = repr(text[:SHOWN_CHARS])[1:-1]
    return body + "…" if len(text) > SHOWN_CHARS else body


@dataclass(frozen=True)
class Context:
    """What reading needs beyond the document: its name for messages, and the folder that
    relative paths are taken from."""

    source: str
    base_dir: Path


class Where:
    """A position in the document (`fixtures[0].slots[2].port`), for messages."""

    def __init__(self, source: str, path: str = "") -> None:
        self.source = source
        self.path = path

    def key(self, name: str | int) -> Where:
        if isinstance(name, int):
            return Where(self.source, f"{self.path}[{name}]")
        part = name if NAME.fullmatch(name) else f'"{_escaped(name)}"'
        return Where(self.source, f"{self.path}.{part}" if self.path else part)

    def fail(self, problem: str | Text, action: str | Text = "") -> NoReturn:
        """Refuse the value here: "<source>: `<path>` <problem>", each part a message ID
        (station/catalogue/config_fields.py) so the target editor shows it translated."""
        raise ConfigError(
            Text.of("field.problem", source=self.source, path=self.path, problem=as_text(problem)),
            action or Text.of("field.edit.action", path=self.path, source=self.source),
        )


#: A check of a present value: returns the value the model holds, or fails at `where`.
Check = Callable[[Any, Where, Context], Any]

#: A TOML type as "must be ..." and "is required (...)" name it.
_TOML_TYPES: dict[type, Text] = {
    int: Text.of("field.type.int"),
    bool: Text.of("field.type.true_false"),
    str: Text.of("field.type.str"),
    list: Text.of("field.type.list"),
}
_TYPE_NAMES: dict[type, Text] = {
    bool: Text.of("field.type.bool"),
    int: Text.of("field.type.int"),
    float: Text.of("field.type.float"),
    str: Text.of("field.type.str"),
    list: Text.of("field.type.list"),
    dict: Text.of("field.type.dict"),
}
_DOC_TYPES = {int: "integer", bool: "boolean", str: "string", list: "array"}


def type_text(value: Any) -> Text:
    """What `value` is ("an integer", "a table"), for "must be X, not Y" messages."""
    return _TYPE_NAMES.get(type(value)) or Text.plain(type(value).__name__)


def type_name(value: Any) -> str:
    return type_text(value).english


@dataclass(frozen=True)
class Option:
    """One key of a TOML table, declared once."""

    key: str
    #: The TOML type a value must have (None: the checks look at the value themselves).
    kind: type | None
    #: What the option means and what is allowed (the docs table's last column).
    doc: str
    #: The model's value when the key is absent; `REQUIRED` makes the key mandatory.
    default: Any = REQUIRED
    checks: tuple[Check, ...] = ()
    #: The docs' Type and Default columns, when more than the TOML type and the default say.
    type_doc: str = ""
    default_doc: str = ""
    #: The model value back to its TOML form (None when it is left out); default: as is.
    to_toml: Callable[[Any], Any] | None = None
    #: The model field, when it is not named like the key.
    attr: str = ""
    #: The value legitimately looks like a credential (a password hash): it skips the
    #: credential-shape refusal, and it is never quoted in a message.
    secret_shaped: bool = False
    #: The supervisor editor's label and tooltip, for options an editor shows. The tooltip's
    #: `{name}` fields are filled from `help_values` after it is translated, so a range in it
    #: is the constants' and the translations need not follow each change of them.
    label: str = ""
    help: str = ""
    help_values: tuple[tuple[str, int], ...] = ()

    @property
    def field(self) -> str:
        return self.attr or self.key

    def read(self, table: Mapping[str, Any], where: Where, context: Context) -> Any:
        here = where.key(self.key)
        if self.key not in table:
            if self.default is REQUIRED:
                needed = _TOML_TYPES.get(self.kind or dict, _TYPE_NAMES[dict])
                here.fail(Text.of("field.required", kind=needed))
            return dict(self.default) if isinstance(self.default, dict) else self.default
        value = table[self.key]
        if self.kind is not None and (
            not isinstance(value, self.kind) or (self.kind is int and isinstance(value, bool))
        ):
            quoted = Text.of("field.not_shown") if self.secret_shaped else shown(value)
            here.fail(
                Text.of(
                    "field.wrong_type",
                    value=quoted,
                    kind=_TOML_TYPES[self.kind],
                    actual=type_text(value),
                )
            )
        for check in self.checks:
            value = check(value, here, context)
        return value

    def write(self, model: object) -> Any:
        value = getattr(model, self.field)
        return self.to_toml(value) if self.to_toml is not None else value

    def markdown_row(self) -> str:
        type_doc = self.type_doc or _DOC_TYPES.get(self.kind or dict, "table")
        return (
            f"| `{self.key}` | {type_doc} | {self.default_doc or _default_doc(self)} | {self.doc} |"
        )


def _default_doc(option: Option) -> str:
    default = option.default
    if default is REQUIRED:
        return "required"
    if default is None:
        return "unset"
    if isinstance(default, bool):
        return "`true`" if default else "`false`"
    if isinstance(default, str):
        return f'`"{default}"`'
    return f"`{default}`"


@dataclass(frozen=True)
class Table:
    """A table nested in a section (read by its own code), for the unknown-key check and docs."""

    key: str
    #: How the docs name it: "[roles]", "[targets.NAME]", "[[fixtures.slots]]".
    heading: str
    type_doc: str
    default_doc: str
    doc: str

    def markdown_row(self) -> str:
        return f"| `{self.heading}` | {self.type_doc} | {self.default_doc} | {self.doc} |"


_HEAD = "| Key | Type | Default | Allowed / meaning |"
_RULE = "|-----|------|---------|-------------------|"


@dataclass(frozen=True)
class Section:
    """One TOML table: its options in the order the file and the docs show them."""

    #: Where it sits, as the docs' marker names it: "top", "roles", "targets.NAME", ...
    path: str
    options: tuple[Option, ...]
    tables: tuple[Table, ...] = ()

    def __post_init__(self) -> None:
        _DECLARED.update(self.keys)
        _SECTIONS.setdefault(self.path, self)

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(o.key for o in self.options) | {t.key for t in self.tables}

    def option(self, key: str) -> Option:
        for option in self.options:
            if option.key == key:
                return option
        raise KeyError(key)

    def check_table(self, value: Any, where: Where) -> Mapping[str, Any]:
        """`value` as this section's table: no unknown key, no credential-shaped value."""
        if not isinstance(value, Mapping):
            where.fail(Text.of("field.not_table", actual=type_text(value)))
        secret_shaped = {o.key for o in self.options if o.secret_shaped}
        allowed = self.keys
        for key, item in value.items():
            here = where.key(key)
            if key not in allowed:
                if _SECRET_KEY.search(key) and key not in _DECLARED:
                    here.fail(Text.of("field.secret_key"), KEYRING_HINT)
                here.fail(
                    Text.of("field.unknown_key", allowed=", ".join(sorted(allowed))),
                    Text.of("field.unknown_key.action", path=here.path, source=where.source),
                )
            if key not in secret_shaped:  # a scrypt hash is base64 too; it is checked by format
                refuse_secret_values(item, here)
        return value

    def read(self, value: Any, where: Where, context: Context) -> dict[str, Any]:
        """The section's options from `value`, checked, as ``{model field: value}``."""
        table = self.check_table(value, where)
        return {o.field: o.read(table, where, context) for o in self.options}

    def write(self, model: object) -> dict[str, Any]:
        return {o.key: o.write(model) for o in self.options}

    def markdown(self) -> str:
        rows = [o.markdown_row() for o in self.options] + [t.markdown_row() for t in self.tables]
        return "\n".join([_HEAD, _RULE, *rows])


def declared_sections() -> dict[str, Section]:
    """Every section declared by the modules imported so far, by path."""
    return dict(_SECTIONS)


def refuse_secret_values(value: Any, where: Where) -> None:
    if isinstance(value, str) and _SECRET_VALUE.search(value):
        where.fail(Text.of("field.secret_value"), KEYRING_HINT)
    if isinstance(value, list):
        for n, item in enumerate(value):
            refuse_secret_values(item, where.key(n))


# -- checks shared by several options ------------------------------------------------------------


def one_of(allowed: tuple[str, ...]) -> Check:
    def check(value: Any, where: Where, context: Context) -> Any:
        if value not in allowed:
            where.fail(Text.of("field.not_allowed", value=shown(value), allowed=", ".join(allowed)))
        return value

    return check


def between(low: int, high: int) -> Check:
    def check(value: int, where: Where, context: Context) -> int:
        if not low <= value <= high:
            where.fail(Text.of("field.out_of_range", value=value, low=low, high=high))
        return value

    return check


def matching(pattern: re.Pattern[str], problem: Text) -> Check:
    """The whole value matches `pattern`; `problem` follows the quoted value in the message."""

    def check(value: str, where: Where, context: Context) -> str:
        if not pattern.fullmatch(value):
            where.fail(Text.of("field.value_problem", value=shown(value), problem=problem))
        return value

    return check


def text(low: int, high: int, *, spaces: bool = True) -> Check:
    """Printable text of `low` to `high` characters (without spaces when `spaces` is False)."""

    def check(value: str, where: Where, context: Context) -> str:
        if not low <= len(value) <= high:
            where.fail(Text.of("field.length", value=shown(value), low=low, high=high))
        if not value.isprintable() or (not spaces and any(c.isspace() for c in value)):
            which = "field.control_char" if spaces else "field.space_or_control"
            where.fail(Text.of(which, value=shown(value)))
        return value

    return check


def stripped(value: str, where: Where, context: Context) -> str:
    return value.strip()


def path(value: str, where: Where, context: Context) -> Path:
    """A path, taken from the configuration file's folder when relative."""
    if not value.strip():
        where.fail(Text.of("field.path.empty"))
    if not value.isprintable():
        where.fail(Text.of("field.path.control_char", value=shown(value)))
    if len(value) > PATH_MAX or any(len(part.encode()) > NAME_MAX for part in Path(value).parts):
        where.fail(
            Text.of("field.path.too_long", value=shown(value), chars=PATH_MAX, bytes=NAME_MAX)
        )
    p = Path(value).expanduser()
    return p if p.is_absolute() else context.base_dir / p


def path_text(value: Path | None) -> str | None:
    return None if value is None else str(value)
