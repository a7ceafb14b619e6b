"""Turn a TOML document into a `StationConfig`, or say exactly which key is wrong and why.

Every error names the key (as a dotted path such as `fixtures[0].slots[2].port`), the value
(unless the value looks like a credential, which is never echoed), and what is allowed.
Unknown keys are errors too: a misspelt key silently ignored is a setting silently lost.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NoReturn, TypeVar
from urllib.parse import urlsplit

from station.config.model import (
    CURRENT_SCHEMA_VERSION,
    DEFAULT_BAUD,
    DEFAULT_IDLE_LOCK_MINUTES,
    DEFAULT_MAX_IN_FLIGHT,
    DEFAULT_SIGNIN_ATTEMPTS,
    DEFAULT_SIGNIN_LOCKOUT_S,
    DEFAULT_TOKEN_TTL_S,
    DEVICE_ID_FIELDS,
    DEVICE_ID_RULES,
    MAX_TOKEN_TTL_S,
    MIN_TOKEN_TTL_S,
    STORAGE_KINDS,
    TOKEN_SOURCES,
    FixtureConfig,
    RolesConfig,
    SlotConfig,
    StationConfig,
    StorageKindName,
    TargetConfig,
)
from station.config.passwords import is_password_hash
from station.config.port_binding import PortBinding
from station.errors import ConfigError

T = TypeVar("T")

REALM = re.compile(r"[a-z][a-z0-9]{0,47}")
# Target names double as the keyring entry name, so they follow the keyring's rule.
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
SLOT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,15}")
INTERFACE_NAME = re.compile(r"[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z0-9][a-zA-Z0-9-]*)+")
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})

# Shapes of credentials that must never sit in the file.
_SECRET_VALUE = re.compile(
    r"[A-Za-z0-9+/]{43}=|eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.|-----BEGIN [A-Z ]*(KEY|CERTIFICATE)"
)
_SECRET_KEY = re.compile(r"secret|password|passwd|private|credential|token|jwt|pem|key", re.I)
_ALLOWED_SENSITIVE_KEYS = frozenset(
    {"token_source", "token_ttl_s", "token_command", "qa_password_hash", "supervisor_password_hash"}
)
_HASH_KEYS = frozenset({"qa_password_hash", "supervisor_password_hash"})
_KEYRING_HINT = (
    "Remove it. The configuration never holds secrets, tokens or keys: realm keys and issued "
    "tokens are imported into the OS keyring from the supervisor's target editor."
)
_BAUD_RANGE = (1200, 4_000_000)


class _Where:
    """A position in the document, for messages."""

    def __init__(self, source: str, path: str = "") -> None:
        self.source = source
        self.path = path

    def key(self, name: str | int) -> _Where:
        if isinstance(name, int):
            return _Where(self.source, f"{self.path}[{name}]")
        part = name if NAME.fullmatch(name) else f'"{name}"'
        return _Where(self.source, f"{self.path}.{part}" if self.path else part)

    def fail(self, problem: str, action: str = "") -> NoReturn:
        raise ConfigError(
            f"{self.source}: `{self.path}` {problem}",
            action or f"Edit `{self.path}` in {self.source}.",
        )


def _table(value: Any, where: _Where, allowed: frozenset[str]) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        where.fail(f"must be a table, not {_type(value)}.")
    for key, item in value.items():
        here = where.key(key)
        if key not in allowed:
            if _SECRET_KEY.search(key) and key not in _ALLOWED_SENSITIVE_KEYS:
                here.fail("looks like it would hold a secret, token or key.", _KEYRING_HINT)
            here.fail(
                f"is not a known setting. Allowed here: {', '.join(sorted(allowed))}.",
                f"Remove or correct `{here.path}` in {where.source} (check the spelling).",
            )
        if key not in _HASH_KEYS:  # a scrypt hash is base64 too; it is checked by format
            _refuse_secret_values(item, here)
    return value


def _refuse_secret_values(value: Any, where: _Where) -> None:
    if isinstance(value, str) and _SECRET_VALUE.search(value):
        where.fail("holds text shaped like a secret, token or key (not shown).", _KEYRING_HINT)
    if isinstance(value, list):
        for n, item in enumerate(value):
            _refuse_secret_values(item, where.key(n))


def _type(value: Any) -> str:
    return {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "an array",
        dict: "a table",
    }.get(type(value), type(value).__name__)


def _get(table: Mapping[str, Any], key: str, where: _Where, kind: type[T], default: Any) -> T:
    here = where.key(key)
    if key not in table:
        if default is _REQUIRED:
            here.fail(f"is required ({_type_name(kind)}).")
        return default  # type: ignore[no-any-return]
    value = table[key]
    if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        here.fail(f"= {value!r} must be an integer, not {_type(value)}.")
    if kind is bool and not isinstance(value, bool):
        here.fail(f"= {value!r} must be true or false, not {_type(value)}.")
    if kind is str and not isinstance(value, str):
        here.fail(f"= {value!r} must be a string, not {_type(value)}.")
    if kind is list and not isinstance(value, list):
        here.fail(f"= {value!r} must be an array, not {_type(value)}.")
    return value  # type: ignore[no-any-return]


def _type_name(kind: type) -> str:
    return {int: "an integer", bool: "true or false", str: "a string", list: "an array"}.get(
        kind, kind.__name__
    )


_REQUIRED = object()


def _choice(
    table: Mapping[str, Any], key: str, where: _Where, allowed: tuple[str, ...], default: Any
) -> Any:
    value = _get(table, key, where, str, default)
    if value not in allowed:
        where.key(key).fail(f"= {value!r} is not allowed. Allowed: {', '.join(allowed)}.")
    return value


def _int_in(
    table: Mapping[str, Any], key: str, where: _Where, default: Any, *, low: int, high: int
) -> int:
    value = _get(table, key, where, int, default)
    if not low <= value <= high:
        where.key(key).fail(f"= {value} is out of range. Allowed: {low} to {high}.")
    return value


def _path(text: str, base_dir: Path) -> Path:
    path = Path(text).expanduser()
    return path if path.is_absolute() else (base_dir / path)


# -- the document ---------------------------------------------------------------------------------

_TOP = frozenset({"schema_version", "station_id", "journal_path", "roles", "targets", "fixtures"})
_ROLES = frozenset(
    {
        "qa_password_hash",
        "supervisor_password_hash",
        "idle_lock_minutes",
        "signin_attempts",
        "signin_lockout_s",
    }
)
_TARGET = frozenset(
    {
        "pairing_url",
        "realm",
        "token_source",
        "token_ttl_s",
        "token_command",
        "ca_bundle",
        "device_id_rule",
        "device_id_namespace",
        "device_id_field",
        "accepted_storage",
        "initial_introspection",
        "max_registrations_in_flight",
        "allowlist_pattern",
        "confirmed_counts_as_pass",
    }
)
_FIXTURE = frozenset({"name", "active_target", "baud", "auto_start", "slots"})
_SLOT = frozenset({"name", "port"})


def parse_config(
    document: Mapping[str, Any], *, source: str, base_dir: Path, default_journal: Path
) -> StationConfig:
    """Validate a current-schema document. Relative paths are taken from `base_dir`."""
    where = _Where(source)
    _table(document, where, _TOP)
    version = _get(document, "schema_version", where, int, _REQUIRED)
    if version != CURRENT_SCHEMA_VERSION:
        where.key("schema_version").fail(
            f"= {version} is not the current schema ({CURRENT_SCHEMA_VERSION}).",
            "Load the file with `load_config`, which migrates older versions.",
        )
    station_id = _get(document, "station_id", where, str, _REQUIRED).strip()
    if not NAME.fullmatch(station_id):
        where.key("station_id").fail(
            f"= {station_id!r} is not a valid station ID. Allowed: 1-64 letters, digits, '.', "
            "'_' or '-', starting with a letter or digit.",
        )
    journal_text = _get(document, "journal_path", where, str, None)
    journal_path = default_journal if journal_text is None else _path(journal_text, base_dir)

    targets_doc = document.get("targets", {})
    if not isinstance(targets_doc, Mapping) or not targets_doc:
        where.key("targets").fail(
            "must hold at least one target table, e.g. [targets.plant-eu].",
            f"Add a target to {source} or create one in the supervisor's target editor.",
        )
    targets = {
        name: _target(name, value, where.key("targets").key(name), base_dir)
        for name, value in targets_doc.items()
    }

    fixtures_doc = _get(document, "fixtures", where, list, _REQUIRED)
    if not fixtures_doc:
        where.key("fixtures").fail("must hold at least one [[fixtures]] table.")
    fixtures = tuple(
        _fixture(item, where.key("fixtures").key(n), targets) for n, item in enumerate(fixtures_doc)
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
    roles = _roles(document.get("roles", {}), where.key("roles"))
    return StationConfig(
        schema_version=version,
        station_id=station_id,
        journal_path=journal_path,
        fixtures=fixtures,
        targets=targets,
        roles=roles,
    )


def _unique(items: list[tuple[str, _Where]], what: str) -> None:
    seen: dict[str, _Where] = {}
    for value, where in items:
        if value in seen:
            where.fail(f"= {value!r} repeats the {what} of `{seen[value].path}`; each must differ.")
        seen[value] = where


def _target(name: str, value: Any, where: _Where, base_dir: Path) -> TargetConfig:
    if not NAME.fullmatch(name):
        where.fail(
            "is not a valid target name. Allowed: 1-64 letters, digits, '.', '_' or '-', "
            "starting with a letter or digit."
        )
    t = _table(value, where, _TARGET)
    pairing_url = _get(t, "pairing_url", where, str, _REQUIRED)
    _check_url(pairing_url, where.key("pairing_url"))
    realm = _get(t, "realm", where, str, _REQUIRED)
    if not REALM.fullmatch(realm):
        where.key("realm").fail(
            f"= {realm!r} is not a valid Astarte realm name. Allowed: 1-48 lower-case letters "
            "and digits, starting with a letter (^[a-z][a-z0-9]{0,47}$)."
        )
    token_source = _choice(t, "token_source", where, TOKEN_SOURCES, _REQUIRED)
    ttl = _int_in(
        t, "token_ttl_s", where, DEFAULT_TOKEN_TTL_S, low=MIN_TOKEN_TTL_S, high=MAX_TOKEN_TTL_S
    )
    command = _token_command(t, where, token_source)
    ca_text = _get(t, "ca_bundle", where, str, None)
    rule = _choice(t, "device_id_rule", where, DEVICE_ID_RULES, "device")
    namespace = _namespace(t, where, rule)
    id_field = _choice(t, "device_id_field", where, DEVICE_ID_FIELDS, "hardware_id")
    storage = _storage(t, where)
    introspection = _introspection(t.get("initial_introspection", {}), where)
    in_flight = _int_in(
        t, "max_registrations_in_flight", where, DEFAULT_MAX_IN_FLIGHT, low=1, high=64
    )
    pattern = _get(t, "allowlist_pattern", where, str, None)
    if pattern is not None:
        try:
            re.compile(pattern)
        except re.error as exc:
            where.key("allowlist_pattern").fail(
                f"= {pattern!r} is not a valid regular expression ({exc}). It is matched against "
                'the whole hardware serial, e.g. "SN1[0-9]{7}".'
            )
    confirmed = _get(t, "confirmed_counts_as_pass", where, bool, False)
    return TargetConfig(
        name=name,
        pairing_url=pairing_url,
        realm=realm,
        token_source=token_source,
        token_ttl_s=ttl,
        token_command=command,
        ca_bundle=None if ca_text is None else _path(ca_text, base_dir),
        device_id_rule=rule,
        device_id_namespace=namespace,
        device_id_field=id_field,
        accepted_storage=storage,
        initial_introspection=introspection,
        max_registrations_in_flight=in_flight,
        allowlist_pattern=pattern,
        confirmed_counts_as_pass=confirmed,
    )


def _token_command(
    t: Mapping[str, Any], where: _Where, token_source: str
) -> tuple[str, ...] | None:
    command_doc = _get(t, "token_command", where, list, None)
    command: tuple[str, ...] | None = None
    if token_source == "command":
        if not command_doc:
            where.key("token_command").fail(
                'is required when token_source = "command": the program and its arguments, '
                'e.g. ["/usr/local/bin/issue-token", "--realm", "plant1"].'
            )
        if not all(isinstance(a, str) and a for a in command_doc):
            where.key("token_command").fail("must be an array of non-empty strings.")
        command = tuple(command_doc)
    elif command_doc is not None:
        where.key("token_command").fail(
            f'is only used with token_source = "command" (this target uses {token_source!r}).',
        )
    return command


def _namespace(t: Mapping[str, Any], where: _Where, rule: str) -> uuid.UUID | None:
    namespace_text = _get(t, "device_id_namespace", where, str, None)
    namespace: uuid.UUID | None = None
    if namespace_text is not None:
        try:
            namespace = uuid.UUID(namespace_text)
        except ValueError:
            where.key("device_id_namespace").fail(
                f"= {namespace_text!r} is not a UUID (like 6ba7b810-9dad-11d1-80b4-00c04fd430c8)."
            )
    if rule == "uuid5" and namespace is None:
        where.key("device_id_namespace").fail(
            'is required when device_id_rule = "uuid5": the namespace UUID of your product line.'
        )
    return namespace


def _storage(t: Mapping[str, Any], where: _Where) -> frozenset[StorageKindName]:
    storage_doc = _get(t, "accepted_storage", where, list, list(STORAGE_KINDS))
    if not storage_doc:
        where.key("accepted_storage").fail(
            f"must name at least one storage kind. Allowed: {', '.join(STORAGE_KINDS)}."
        )
    for n, kind in enumerate(storage_doc):
        if kind not in STORAGE_KINDS:
            where.key("accepted_storage").key(n).fail(
                f"= {kind!r} is not a storage kind. Allowed: {', '.join(STORAGE_KINDS)}."
            )
    return frozenset(storage_doc)


def _check_url(url: str, where: _Where) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        where.fail(
            f"= {url!r} is not a Pairing API base URL. Allowed: https://host[:port][/path], "
            "e.g. https://api.astarte.example.com/pairing."
        )
    if parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS:
        where.fail(
            f"= {url!r} uses plain http to a remote host; credentials would cross the network "
            "unencrypted. Allowed: https (plain http only to 127.0.0.1 or localhost)."
        )
    if parts.query or parts.fragment or parts.username or parts.password:
        where.fail(f"= {url!r} must not carry a query, fragment or user name.")


def _introspection(value: Any, where: _Where) -> dict[str, tuple[int, int]]:
    here = where.key("initial_introspection")
    if not isinstance(value, Mapping):
        here.fail(f"must be a table of interface = [major, minor], not {_type(value)}.")
    result: dict[str, tuple[int, int]] = {}
    for name, version in value.items():
        entry = here.key(name)
        if not INTERFACE_NAME.fullmatch(name):
            entry.fail(
                "is not an Astarte interface name (reverse domain, like org.example.Sensor)."
            )
        if (
            not isinstance(version, list)
            or len(version) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in version)
            or version == [0, 0]
        ):
            entry.fail(
                f"= {version!r} is not a version. Allowed: [major, minor] with non-negative "
                "integers, not both 0."
            )
        result[name] = (version[0], version[1])
    return result


def _fixture(value: Any, where: _Where, targets: Mapping[str, TargetConfig]) -> FixtureConfig:
    f = _table(value, where, _FIXTURE)
    name = _get(f, "name", where, str, _REQUIRED)
    if not NAME.fullmatch(name):
        where.key("name").fail(
            f"= {name!r} is not a valid fixture name. Allowed: 1-64 letters, digits, '.', '_' "
            "or '-', starting with a letter or digit."
        )
    active = _get(f, "active_target", where, str, _REQUIRED)
    if active not in targets:
        where.key("active_target").fail(
            f"= {active!r} names no target. Allowed: {', '.join(sorted(targets))}."
        )
    baud = _int_in(f, "baud", where, DEFAULT_BAUD, low=_BAUD_RANGE[0], high=_BAUD_RANGE[1])
    auto_start = _get(f, "auto_start", where, bool, False)
    slots_doc = _get(f, "slots", where, list, _REQUIRED)
    if not slots_doc:
        where.key("slots").fail("must hold at least one [[fixtures.slots]] table.")
    slots = tuple(_slot(item, where.key("slots").key(n)) for n, item in enumerate(slots_doc))
    _unique(
        [(s.name, where.key("slots").key(n).key("name")) for n, s in enumerate(slots)],
        "slot name",
    )
    return FixtureConfig(
        name=name, active_target=active, slots=slots, baud=baud, auto_start=auto_start
    )


def _slot(value: Any, where: _Where) -> SlotConfig:
    s = _table(value, where, _SLOT)
    name = _get(s, "name", where, str, _REQUIRED)
    if not SLOT_NAME.fullmatch(name):
        where.key("name").fail(
            f"= {name!r} is not a valid slot name. Allowed: 1-16 letters, digits, '_' or '-'."
        )
    port_text = _get(s, "port", where, str, _REQUIRED)
    try:
        port = PortBinding.parse(port_text)
    except ConfigError as exc:
        where.key("port").fail(f"= {port_text!r}: {exc.message}", exc.action)
    return SlotConfig(name=name, port=port)


def _roles(value: Any, where: _Where) -> RolesConfig:
    r = _table(value, where, _ROLES)
    hashes: dict[str, str | None] = {}
    for key in ("qa_password_hash", "supervisor_password_hash"):
        text = _get(r, key, where, str, None)
        if text is not None and not is_password_hash(text):
            where.key(key).fail(
                "is not a salted scrypt hash (scrypt$n$r$p$salt$hash). Passwords are never "
                "stored as they are.",
                "Set the password with `station roles set-password qa|supervisor`, which "
                "writes the hash.",
            )
        hashes[key] = text
    idle = _int_in(r, "idle_lock_minutes", where, DEFAULT_IDLE_LOCK_MINUTES, low=1, high=240)
    attempts = _int_in(r, "signin_attempts", where, DEFAULT_SIGNIN_ATTEMPTS, low=1, high=20)
    lockout = _int_in(r, "signin_lockout_s", where, DEFAULT_SIGNIN_LOCKOUT_S, low=5, high=3600)
    return RolesConfig(
        qa_password_hash=hashes["qa_password_hash"],
        supervisor_password_hash=hashes["supervisor_password_hash"],
        idle_lock_minutes=idle,
        signin_attempts=attempts,
        signin_lockout_s=lockout,
    )


# -- back to a document ---------------------------------------------------------------------


def to_document(config: StationConfig) -> dict[str, Any]:
    """The TOML document for `config` (paths written absolute)."""
    return {
        "schema_version": config.schema_version,
        "station_id": config.station_id,
        "journal_path": str(config.journal_path),
        "roles": {
            "qa_password_hash": config.roles.qa_password_hash,
            "supervisor_password_hash": config.roles.supervisor_password_hash,
            "idle_lock_minutes": config.roles.idle_lock_minutes,
            "signin_attempts": config.roles.signin_attempts,
            "signin_lockout_s": config.roles.signin_lockout_s,
        },
        "targets": {name: _target_document(t) for name, t in config.targets.items()},
        "fixtures": [
            {
                "name": f.name,
                "active_target": f.active_target,
                "baud": f.baud,
                "auto_start": f.auto_start,
                "slots": [{"name": s.name, "port": str(s.port)} for s in f.slots],
            }
            for f in config.fixtures
        ],
    }


def _target_document(t: TargetConfig) -> dict[str, Any]:
    return {
        "pairing_url": t.pairing_url,
        "realm": t.realm,
        "token_source": t.token_source,
        "token_ttl_s": t.token_ttl_s,
        "token_command": None if t.token_command is None else list(t.token_command),
        "ca_bundle": None if t.ca_bundle is None else str(t.ca_bundle),
        "device_id_rule": t.device_id_rule,
        "device_id_namespace": None
        if t.device_id_namespace is None
        else str(t.device_id_namespace),
        "device_id_field": t.device_id_field,
        "accepted_storage": sorted(t.accepted_storage),
        "max_registrations_in_flight": t.max_registrations_in_flight,
        "allowlist_pattern": t.allowlist_pattern,
        "confirmed_counts_as_pass": t.confirmed_counts_as_pass,
        "initial_introspection": {
            name: list(version) for name, version in sorted(t.initial_introspection.items())
        },
    }
