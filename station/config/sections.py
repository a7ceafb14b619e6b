"""Every option of the station's configuration, declared once (see `station.config.options`).

The `doc` strings are the "Allowed / meaning" column of docs/configuration.md's tables;
``python -m station.config.docs`` writes them there.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from station.config.model import (
    CURRENT_SCHEMA_VERSION,
    DEFAULT_BAUD,
    DEFAULT_CLAIM_TTL_S,
    DEFAULT_FLEET_PORT,
    DEFAULT_IDLE_LOCK_MINUTES,
    DEFAULT_MAX_IN_FLIGHT,
    DEFAULT_PROFILE,
    DEFAULT_SIGNIN_ATTEMPTS,
    DEFAULT_SIGNIN_LOCKOUT_S,
    DEFAULT_TOKEN_TTL_S,
    DEVICE_ID_FIELDS,
    DEVICE_ID_RULES,
    MAX_TOKEN_TTL_S,
    MIN_TOKEN_TTL_S,
    STORAGE_KINDS,
    TOKEN_SOURCES,
    StorageKindName,
)
from station.config.names import INTERFACE_NAME, NAME, NAME_RULE, REALM, REALM_RULE, SLOT_NAME
from station.config.options import (
    Context,
    Option,
    Section,
    Table,
    Where,
    between,
    matching,
    one_of,
    path,
    path_text,
    shown,
    stripped,
    type_name,
)
from station.config.passwords import is_password_hash
from station.config.port_binding import PortBinding
from station.errors import ConfigError

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
BAUD_RANGE = (1200, 4_000_000)
MAX_HOST_NAME = 253  # RFC 1035's limit on a whole domain name


# -- checks of one option ------------------------------------------------------------------------


def _current_schema(value: int, where: Where, context: Context) -> int:
    if value != CURRENT_SCHEMA_VERSION:
        where.fail(
            f"= {value} is not the current schema ({CURRENT_SCHEMA_VERSION}).",
            "Load the file with `load_config`, which migrates older versions.",
        )
    return value


def _pairing_url(url: str, where: Where, context: Context) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        where.fail(
            f"= {shown(url)} is not a Pairing API base URL. Allowed: https://host[:port][/path], "
            "e.g. https://api.astarte.example.com/pairing."
        )
    if len(parts.hostname) > MAX_HOST_NAME:
        where.fail(
            f"= {shown(url)} names a host longer than {MAX_HOST_NAME} characters, which no DNS "
            "name or address is."
        )
    if parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS:
        where.fail(
            f"= {shown(url)} uses plain http to a remote host; credentials would cross the "
            "network unencrypted. Allowed: https (plain http only to 127.0.0.1 or localhost)."
        )
    if parts.query or parts.fragment or parts.username or parts.password:
        where.fail(f"= {shown(url)} must not carry a query, fragment or user name.")
    return url


def _namespace(text: str, where: Where, context: Context) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        where.fail(f"= {shown(text)} is not a UUID (like 6ba7b810-9dad-11d1-80b4-00c04fd430c8).")


def _storage(kinds: list[Any], where: Where, context: Context) -> frozenset[StorageKindName]:
    if not kinds:
        where.fail(f"must name at least one storage kind. Allowed: {', '.join(STORAGE_KINDS)}.")
    for n, kind in enumerate(kinds):
        if kind not in STORAGE_KINDS:
            where.key(n).fail(
                f"= {shown(kind)} is not a storage kind. Allowed: {', '.join(STORAGE_KINDS)}."
            )
    return frozenset(kinds)


def _introspection(value: Any, where: Where, context: Context) -> dict[str, tuple[int, int]]:
    if not isinstance(value, Mapping):
        where.fail(f"must be a table of interface = [major, minor], not {type_name(value)}.")
    result: dict[str, tuple[int, int]] = {}
    for name, version in value.items():
        entry = where.key(name)
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
                f"= {shown(version)} is not a version. Allowed: [major, minor] with non-negative "
                "integers, not both 0."
            )
        result[name] = (version[0], version[1])
    return result


def _regex(pattern: str, where: Where, context: Context) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        where.fail(
            f"= {shown(pattern)} is not a valid regular expression ({exc}). It is matched "
            'against the whole hardware serial, e.g. "SN1[0-9]{7}".'
        )
    except RecursionError:
        where.fail(f"= {shown(pattern)} nests too deeply to be a usable regular expression.")
    return pattern


def _port(text: str, where: Where, context: Context) -> PortBinding:
    try:
        return PortBinding.parse(text)
    except ConfigError as exc:
        where.fail(f"= {shown(text)}: {exc.message}", exc.action)


def _password_hash(text: str, where: Where, context: Context) -> str:
    if not is_password_hash(text):
        where.fail(
            "is not a salted scrypt hash (scrypt$n$r$p$salt$hash). Passwords are never "
            "stored as they are.",
            "Set the password with `station roles set-password qa|supervisor`, which "
            "writes the hash.",
        )
    return text


# -- the tables ----------------------------------------------------------------------------------

ROLES = Section(
    "roles",
    (
        Option(
            "qa_password_hash",
            str,
            "A salted scrypt hash `scrypt$N$r$p$salt$hash` (base64), as written by the station; "
            "never a password.",
            default=None,
            checks=(_password_hash,),
            default_doc="unset (QA sign-in disabled)",
            secret_shaped=True,
        ),
        Option(
            "supervisor_password_hash",
            str,
            "Same form.",
            default=None,
            checks=(_password_hash,),
            default_doc="unset (supervisor sign-in disabled)",
            secret_shaped=True,
        ),
        Option(
            "idle_lock_minutes",
            int,
            "1 to 240. A QA or supervisor session locks back to operator after this long "
            "without input.",
            default=DEFAULT_IDLE_LOCK_MINUTES,
            checks=(between(1, 240),),
        ),
        Option(
            "signin_attempts",
            int,
            "1 to 20. Failed QA/supervisor sign-ins in a row before that role is locked out.",
            default=DEFAULT_SIGNIN_ATTEMPTS,
            checks=(between(1, 20),),
        ),
        Option(
            "signin_lockout_s",
            int,
            "5 to 3600. The first lockout's length in seconds; each further lockout without a "
            "successful sign-in doubles it (up to one hour).",
            default=DEFAULT_SIGNIN_LOCKOUT_S,
            checks=(between(5, 3600),),
        ),
    ),
)

TARGET = Section(
    "targets.NAME",
    (
        Option(
            "pairing_url",
            str,
            "The Pairing API base URL, e.g. `https://api.astarte.example.com/pairing` (the "
            "station appends `/v1/{realm}/...`). `https` only; plain `http` is accepted only for "
            "`127.0.0.1`/`localhost` (the sandbox). No query, fragment or user name.",
            checks=(_pairing_url,),
            label="Pairing URL",
            help="e.g. https://api.astarte.example.com/pairing",
        ),
        Option(
            "realm",
            str,
            "`^[a-z][a-z0-9]{0,47}$`, as Astarte validates realm names.",
            checks=(matching(REALM, f"is not a valid Astarte realm name. Allowed: {REALM_RULE}."),),
            label="Realm",
            help="Lower-case letters and digits, starting with a letter",
        ),
        Option(
            "token_source",
            str,
            "`realm_key`: the station signs short-lived JWTs with the realm's private key from "
            "the keyring. `issued_token`: a token someone issued, pasted or imported into the "
            "keyring. `command`: run `token_command`, which prints a token.",
            checks=(one_of(TOKEN_SOURCES),),
            label="Token source",
            help="Realm key or issued token in the keyring, or a command",
        ),
        Option(
            "token_ttl_s",
            int,
            f"{MIN_TOKEN_TTL_S} to {MAX_TOKEN_TTL_S}. Lifetime of the tokens the "
            "station signs (`realm_key` only); the same range the signer accepts, so a token is "
            "never shorter than a request and its retry need.",
            default=DEFAULT_TOKEN_TTL_S,
            checks=(between(MIN_TOKEN_TTL_S, MAX_TOKEN_TTL_S),),
            label="Token lifetime (s)",
            help="Minted tokens live this long: 30 to 3600 s",
        ),
        Option(
            "token_command",
            list,
            'Required with `token_source = "command"`, refused otherwise. The program and its '
            "arguments; it prints one token on stdout, reads nothing from stdin, and learns the "
            "scope it is for from `STATION_TOKEN_METHOD`, `STATION_TOKEN_PATH`, "
            "`STATION_TOKEN_CLAIM`.",
            default=None,
            type_doc="array of strings",
            to_toml=lambda v: None if v is None else list(v),
            label="Token command",
            help="Program and arguments, one per line",
        ),
        Option(
            "ca_bundle",
            str,
            "PEM file of CA certificates trusted for this Pairing API in addition to the "
            "system's CAs (the system store stays trusted; a private CA is added, nothing is "
            "replaced). Verification is always on.",
            default=None,
            checks=(path,),
            type_doc="string (path)",
            default_doc="unset (system CAs only)",
            to_toml=path_text,
            label="CA bundle",
            help="PEM file of the CA that signed the Astarte certificate",
        ),
        Option(
            "device_id_rule",
            str,
            "`device`: the device reports its Astarte device ID. `uuid5`: the station derives "
            "it as UUIDv5(`device_id_namespace`, the identity field), encoded as 22-character "
            "base64url.",
            default="device",
            checks=(one_of(DEVICE_ID_RULES),),
            label="Device ID",
            help="From the device, or UUIDv5 over an identity field",
        ),
        Option(
            "device_id_namespace",
            str,
            'Required with `device_id_rule = "uuid5"`. Your product line\'s namespace UUID; '
            "never change it once devices are out.",
            default=None,
            checks=(_namespace,),
            type_doc="string (UUID)",
            to_toml=lambda v: None if v is None else str(v),
            label="UUIDv5 namespace",
            help="The product line's namespace UUID",
        ),
        Option(
            "device_id_field",
            str,
            "`hardware_id` (the chip's unique ID bytes) or `hardware_serial` (the printed serial "
            "text): the data `uuid5` derives from.",
            default="hardware_id",
            checks=(one_of(DEVICE_ID_FIELDS),),
            label="Identity field",
            help="Which identity field the UUIDv5 is taken over",
        ),
        Option(
            "accepted_storage",
            list,
            "Non-empty subset of `otp` (write-once), `secure` (rewritable protected storage), "
            "`nvs` (an ESP-IDF NVS partition) and `file` (a file on the device's file system). "
            "A device with another kind is refused before anything is registered.",
            default=frozenset(STORAGE_KINDS),
            checks=(_storage,),
            type_doc="array of strings",
            default_doc='`["otp", "secure", "nvs", "file"]`',
            to_toml=sorted,
            label="Accepted storage",
            help="Storage kinds this target provisions",
        ),
        Option(
            "initial_introspection",
            None,
            '`"interface.name" = [major, minor]` sent when registering (e.g. '
            '`"org.example.Sensor" = [1, 0]`); versions are non-negative and not both 0.',
            default={},
            checks=(_introspection,),
            default_doc="empty",
            to_toml=lambda v: {name: list(version) for name, version in sorted(v.items())},
            label="Initial introspection",
            help="One per line: interface major.minor",
        ),
        Option(
            "max_registrations_in_flight",
            int,
            "1 to 64. Registrations running at once against this Pairing API, across all slots.",
            default=DEFAULT_MAX_IN_FLIGHT,
            checks=(between(1, 64),),
            label="Registrations in flight",
            help="1 to 64 at once",
        ),
        Option(
            "allowlist_pattern",
            str,
            "A Python regular expression the **whole** hardware serial must match, e.g. "
            '`"SN1[0-9]{7}"`.',
            default=None,
            checks=(_regex,),
            type_doc="string (regex)",
            default_doc="unset (any serial)",
            label="Serial allowlist",
            help="Regular expression the whole serial matches",
        ),
        Option(
            "confirmed_counts_as_pass",
            bool,
            "Verification passes when Pairing says the device is `pending`; set `true` to also "
            "accept `confirmed` (a device that already connected once, e.g. on a line that boots "
            "units before the station verifies).",
            default=False,
            label="'Confirmed' counts as pass",
            help="At the cloud check",
        ),
    ),
)

SLOT = Section(
    "fixtures.slots",
    (
        Option(
            "name",
            str,
            '1-16 letters, digits, `_`, `-`; unique within the fixture. Usually `"1"`, '
            '`"2"`, … as printed on the fixture.',
            checks=(
                matching(
                    SLOT_NAME,
                    "is not a valid slot name. Allowed: 1-16 letters, digits, '_' or '-'.",
                ),
            ),
        ),
        Option(
            "port",
            str,
            "The slot's stable port identity, one of the forms below; unique across all fixtures.",
            checks=(_port,),
            to_toml=str,
        ),
        Option(
            "profile",
            str,
            "The device profile of this slot when it differs from the fixture's (a mixed fixture).",
            default=None,
            checks=(matching(NAME, f"is not a valid profile name. Allowed: {NAME_RULE}."),),
            default_doc="the fixture's",
        ),
    ),
)

FIXTURE = Section(
    "fixtures",
    (
        Option(
            "name",
            str,
            "1-64 letters, digits, `.`, `_`, `-`. Unique. Shown to the operator; also the "
            "`<fixture>` in `/dev/provisioning/<fixture>/slotN` links made by our udev rules.",
            checks=(matching(NAME, f"is not a valid fixture name. Allowed: {NAME_RULE}."),),
        ),
        Option(
            "active_target",
            str,
            "The name of a `[targets.NAME]` table: the realm this fixture provisions into. "
            "Changed by a supervisor; the operator screen shows it.",
        ),
        Option(
            "baud",
            int,
            f"{BAUD_RANGE[0]} to {BAUD_RANGE[1]}. Serial speed of the slots' ports.",
            default=DEFAULT_BAUD,
            checks=(between(*BAUD_RANGE),),
        ),
        Option(
            "auto_start",
            bool,
            "Start provisioning a slot as soon as a device is detected in it, without pressing "
            "**Provision**.",
            default=False,
        ),
        Option(
            "profile",
            str,
            "How the station talks to the devices in this fixture's slots: "
            '`"smp-provisioning"` (firmware with our provisioning group), '
            '`"esp32-astarte-nvs"` (stock ESP32 through its ROM bootloader), '
            '`"zephyr-mcumgr-fs"` (stock Zephyr through MCUmgr). A profile\'s own options '
            "live in its `[profiles.KIND]` table.",
            default=DEFAULT_PROFILE,
            checks=(matching(NAME, f"is not a valid profile name. Allowed: {NAME_RULE}."),),
        ),
    ),
    tables=(
        Table(
            "slots",
            "[[fixtures.slots]]",
            "array of tables",
            "at least one",
            "The slots, in the order the operator screen shows them.",
        ),
    ),
)

TOP = Section(
    "top",
    (
        Option(
            "schema_version",
            int,
            f"`{CURRENT_SCHEMA_VERSION}`. Older files are migrated (see above).",
            checks=(_current_schema,),
        ),
        Option(
            "station_id",
            str,
            "1-64 letters, digits, `.`, `_`, `-`, starting with a letter or digit. Recorded in "
            "every journal attempt.",
            checks=(
                stripped,
                matching(NAME, f"is not a valid station ID. Allowed: {NAME_RULE}."),
            ),
        ),
        Option(
            "journal_path",
            str,
            "The SQLite journal. Keep it on a local disk: it uses write-ahead logging. A folder, "
            "or an empty (0-byte) file where a journal should be, is refused when the "
            "configuration is loaded.",
            default=None,
            checks=(path,),
            type_doc="string (path)",
            default_doc="`~/.local/share/provisioning-station/journal.sqlite` (platformdirs "
            "user data dir)",
            to_toml=str,
        ),
    ),
    tables=(
        Table("roles", "[roles]", "table", "see below", "Sign-in for QA and supervisor."),
        Table(
            "targets",
            "[targets.NAME]",
            "tables",
            "at least one",
            "One per Astarte realm this station can provision into.",
        ),
        Table(
            "fixtures",
            "[[fixtures]]",
            "array of tables",
            "at least one",
            "One per fixture attached to this PC.",
        ),
        Table(
            "profiles",
            "[profiles.KIND]",
            "tables",
            "none",
            "A device profile's options, one table per profile kind; each profile declares and "
            "checks its own keys when a fixture uses it (see the profile's page). "
            "`station config check` asks every profile a slot uses to check its table, and "
            "refuses a table named for a kind the station does not know.",
        ),
        Table(
            "fleet",
            "[fleet]",
            "table",
            "unset (fleet mode off)",
            "The central PostgreSQL shared by many stations (docs/fleet.md).",
        ),
    ),
)

FLEET = Section(
    "fleet",
    (
        Option(
            "host",
            str,
            "The central PostgreSQL server's host name (as its TLS certificate names it) or "
            "address.",
            checks=(stripped,),
        ),
        Option("port", int, "1 to 65535.", default=DEFAULT_FLEET_PORT, checks=(between(1, 65535),)),
        Option("database", str, "The fleet database, as plant IT created it.", checks=(stripped,)),
        Option(
            "role",
            str,
            "This station's login role, made by `station fleet add-station NAME`; usually the "
            "station ID. Its password is in the OS keyring (`station fleet set-password`).",
            checks=(stripped,),
        ),
        Option(
            "ca_file",
            str,
            "The plant CA's certificate (PEM). When set, the server's certificate must chain to "
            "it and name `host` (libpq `sslmode=verify-full`).",
            default=None,
            checks=(path,),
            type_doc="string (path)",
            default_doc="unset (no TLS check)",
            to_toml=path_text,
        ),
        Option(
            "cert_file",
            str,
            "This station's client certificate (PEM); its CN is the role.",
            default=None,
            checks=(path,),
            type_doc="string (path)",
            default_doc="unset",
            to_toml=path_text,
        ),
        Option(
            "key_file",
            str,
            "The client certificate's private key file (mode 0600); a path, never the key.",
            default=None,
            checks=(path,),
            type_doc="string (path)",
            default_doc="`cert_file` with `.key`",
            to_toml=path_text,
        ),
        Option(
            "claim_ttl_s",
            int,
            "30 to 3600. How long a device-ID claim lasts before another station may take it "
            "over; well above the slowest register-write-verify.",
            default=DEFAULT_CLAIM_TTL_S,
            checks=(between(30, 3600),),
        ),
    ),
)

#: Every section, by the path its docs table is marked with.
SECTIONS: dict[str, Section] = {s.path: s for s in (TOP, ROLES, TARGET, FIXTURE, SLOT, FLEET)}
