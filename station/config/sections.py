"""Every option of the station's configuration, declared once (see `station.config.options`).

The `[targets.NAME]` options are in `station.config.target_section` and `[line]` in
`station.config.line_section`; `SECTIONS` lists them all.

The `doc` strings are the "Allowed / meaning" column of docs/configuration.md's tables;
``python -m station.config.docs`` writes them there.
"""

from __future__ import annotations

from station.config.line_section import LINE, address
from station.config.model import (
    CURRENT_SCHEMA_VERSION,
    DEFAULT_BAUD,
    DEFAULT_CLAIM_TTL_S,
    DEFAULT_FLEET_PORT,
    DEFAULT_IDLE_LOCK_MINUTES,
    DEFAULT_PROFILE,
    DEFAULT_SIGNIN_ATTEMPTS,
    DEFAULT_SIGNIN_LOCKOUT_S,
    DEFAULT_TOWER_NET_PORT,
    TOWER_KINDS,
)
from station.config.names import NAME, NAME_RULE_TEXT, SLOT_NAME
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
    text,
)
from station.config.passwords import is_password_hash
from station.config.port_binding import PortBinding
from station.config.target_section import MAX_HOST_NAME, TARGET
from station.errors import ConfigError
from station.text import Text

BAUD_RANGE = (1200, 4_000_000)
PG_NAME_MAX = 63  # PostgreSQL truncates identifiers longer than NAMEDATALEN - 1 bytes


# -- checks of one option ------------------------------------------------------------------------


def _current_schema(value: int, where: Where, context: Context) -> int:
    if value != CURRENT_SCHEMA_VERSION:
        where.fail(
            Text.of("field.schema", value=value, current=CURRENT_SCHEMA_VERSION),
            Text.of("field.schema.action"),
        )
    return value


def _port(text: str, where: Where, context: Context) -> PortBinding:
    try:
        return PortBinding.parse(text)
    except ConfigError as exc:
        where.fail(
            Text.of("field.port_binding", value=shown(text), problem=exc.text), exc.action_text
        )


def _device_path(text: str, where: Where, context: Context) -> str:
    if not text.startswith("/") or not text.isprintable() or len(text) > 4096:
        where.fail(Text.of("field.not_device_path", value=shown(text)))
    return text


def _password_hash(text: str, where: Where, context: Context) -> str:
    if not is_password_hash(text):
        where.fail(Text.of("field.not_password_hash"), Text.of("field.not_password_hash.action"))
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

SLOT = Section(
    "fixtures.slots",
    (
        Option(
            "name",
            str,
            '1-16 letters, digits, `_`, `-`; unique within the fixture. Usually `"1"`, '
            '`"2"`, … as printed on the fixture.',
            checks=(matching(SLOT_NAME, Text.of("field.bad_slot_name")),),
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
            checks=(matching(NAME, Text.of("field.bad_profile_name", rule=NAME_RULE_TEXT)),),
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
            checks=(matching(NAME, Text.of("field.bad_fixture_name", rule=NAME_RULE_TEXT)),),
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
            checks=(matching(NAME, Text.of("field.bad_profile_name", rule=NAME_RULE_TEXT)),),
        ),
        Option(
            "tower",
            str,
            'The fixture\'s tower light (docs/tower-light.md): `"none"`, `"serial"` (a '
            'one-byte serial tower such as Adafruit #5125), `"patlite-usb"` (LR6-USB through '
            'hidraw), `"patlite-net"` (LA6-POE, PNS over TCP).',
            default="none",
            checks=(one_of(TOWER_KINDS),),
        ),
        Option(
            "tower_port",
            str,
            'Required with `tower = "serial"` (its serial port, e.g. a /dev/serial/by-id/ link) '
            'and `"patlite-usb"` (its /dev/hidrawN node), refused otherwise.',
            default=None,
            checks=(_device_path,),
            type_doc="string (path)",
        ),
        Option(
            "tower_address",
            str,
            f'Required with `tower = "patlite-net"`, refused otherwise: `host` or `host:port` '
            f"(port {DEFAULT_TOWER_NET_PORT} when left out).",
            default=None,
            checks=(address(DEFAULT_TOWER_NET_PORT),),
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
                matching(NAME, Text.of("field.bad_station_id", rule=NAME_RULE_TEXT)),
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
        Table(
            "line",
            "[line]",
            "table",
            "see below",
            "The fail sound, the foot pedal, touch mode, the language, the label printer and the "
            "MES (the tower light is per fixture).",
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
            "address: 1-253 characters, no spaces.",
            checks=(stripped, text(1, MAX_HOST_NAME, spaces=False)),
        ),
        Option("port", int, "1 to 65535.", default=DEFAULT_FLEET_PORT, checks=(between(1, 65535),)),
        Option(
            "database",
            str,
            "The fleet database, as plant IT created it (1-63 characters).",
            checks=(stripped, text(1, PG_NAME_MAX)),
        ),
        Option(
            "role",
            str,
            "This station's login role, made by `station fleet add-station NAME`; usually the "
            "station ID (1-63 characters). Its password is in the OS keyring "
            "(`station fleet set-password`).",
            checks=(stripped, text(1, PG_NAME_MAX)),
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
SECTIONS: dict[str, Section] = {s.path: s for s in (TOP, ROLES, TARGET, FIXTURE, SLOT, FLEET, LINE)}
