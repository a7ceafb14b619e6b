"""The station's configuration as immutable values, validated when built by `parse`.

Nothing here ever holds a credential: realm keys and issued tokens live in the OS keyring under
the target's name; the configuration only says which kind of token source a target uses.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from station.config.port_binding import PortBinding
from station.errors import ConfigError
from station.text import Text

CURRENT_SCHEMA_VERSION = 2

TokenSourceKind = Literal["realm_key", "issued_token", "command"]
DeviceIdRuleKind = Literal["device", "uuid5"]
DeviceIdField = Literal["hardware_id", "hardware_serial"]
StorageKindName = Literal["otp", "secure", "nvs", "file"]

TOKEN_SOURCES: tuple[TokenSourceKind, ...] = ("realm_key", "issued_token", "command")
DEVICE_ID_RULES: tuple[DeviceIdRuleKind, ...] = ("device", "uuid5")
DEVICE_ID_FIELDS: tuple[DeviceIdField, ...] = ("hardware_id", "hardware_serial")
STORAGE_KINDS: tuple[StorageKindName, ...] = ("otp", "secure", "nvs", "file")

DEFAULT_TOKEN_TTL_S = 300
#: The signer's own limits (`station.pairing.tokens.MIN_TTL`/`MAX_TTL`): a value the
#: configuration accepts is one the signer takes.
MIN_TOKEN_TTL_S = 30
MAX_TOKEN_TTL_S = 3600
#: How long a provisioned unit waits for its label's check-scan (a target's
#: `check_scan_timeout_s`): at least what an operator needs to peel, stick and scan a label, at
#: most an hour, since the slot holds its unit and its attempt stays open meanwhile.
DEFAULT_CHECK_SCAN_S = 120
MIN_CHECK_SCAN_S = 5
MAX_CHECK_SCAN_S = 3600
DEFAULT_MAX_IN_FLIGHT = 4
# The range of registrations a target may run at once; the most is also the cap of the
# slot-count default.
MIN_IN_FLIGHT = 1
MAX_IN_FLIGHT = 64
DEFAULT_BAUD = 115200
#: The device profile of a fixture that names none (station.profiles).
DEFAULT_PROFILE = "smp-provisioning"
DEFAULT_IDLE_LOCK_MINUTES = 5
DEFAULT_SIGNIN_ATTEMPTS = 5
DEFAULT_SIGNIN_LOCKOUT_S = 60


#: The tower light drivers a fixture may name (station.peripherals): none, a one-byte serial
#: tower, a Patlite LR6-USB through hidraw, a Patlite LA6-POE on the network.
TowerKind = Literal["none", "serial", "patlite-usb", "patlite-net"]
TOWER_KINDS: tuple[TowerKind, ...] = ("none", "serial", "patlite-usb", "patlite-net")
MesOfflinePolicy = Literal["block", "allow-and-queue"]
MES_OFFLINE_POLICIES: tuple[MesOfflinePolicy, ...] = ("block", "allow-and-queue")
DEFAULT_MES_TIMEOUT_S = 5
SCANNER_BAUD = 9600
DEFAULT_SOUND_VOLUME = 80
DEFAULT_PRINTER_PORT = 9100
DEFAULT_TOWER_NET_PORT = 10000


def split_address(text: str, default_port: int) -> tuple[str, int]:
    """`host[:port]` (an IPv6 address in brackets) as (host, port); ValueError if malformed."""
    text = text.strip()
    if text.startswith("["):
        host, sep, rest = text[1:].partition("]")
        if not sep or (rest and not rest.startswith(":")):
            raise ValueError("an IPv6 address is written [address] or [address]:port")
        port_text = rest[1:]
    elif text.count(":") == 1:
        host, port_text = text.split(":")
    else:
        host, port_text = text, ""
    if not host or any(c.isspace() for c in host):
        raise ValueError("the host is empty or holds a space")
    if not port_text:
        return host, default_port
    if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
        raise ValueError("the port must be 1 to 65535")
    return host, int(port_text)


class NotConfigured(ConfigError, KeyError):
    """A fixture or target the configuration does not have; the action names those it has.

    Also a KeyError, so a lookup can be caught as one."""


@dataclass(frozen=True)
class SlotConfig:
    name: str
    port: PortBinding
    profile: str | None = None  # None: the fixture's profile


@dataclass(frozen=True)
class FixtureConfig:
    name: str
    active_target: str
    slots: tuple[SlotConfig, ...]
    baud: int = DEFAULT_BAUD
    auto_start: bool = False
    profile: str = DEFAULT_PROFILE
    #: The fixture's tower light: its driver, and its device path or network address.
    tower: TowerKind = "none"
    tower_port: str | None = None
    tower_address: str | None = None

    def profile_of(self, slot: SlotConfig) -> str:
        return slot.profile or self.profile

    def slot(self, name: str) -> SlotConfig:
        for slot in self.slots:
            if slot.name == name:
                return slot
        raise KeyError(name)


@dataclass(frozen=True)
class TargetConfig:
    """Where and how a line provisions: one Astarte realm and how to get tokens for it."""

    name: str
    pairing_url: str
    realm: str
    token_source: TokenSourceKind
    token_ttl_s: int = DEFAULT_TOKEN_TTL_S
    token_command: tuple[str, ...] | None = None
    ca_bundle: Path | None = None
    device_id_rule: DeviceIdRuleKind = "device"
    device_id_namespace: uuid.UUID | None = None
    device_id_field: DeviceIdField = "hardware_id"
    accepted_storage: frozenset[StorageKindName] = frozenset(STORAGE_KINDS)
    initial_introspection: dict[str, tuple[int, int]] = field(default_factory=dict)
    # None: as many as the fixture has slots (capped at MAX_IN_FLIGHT), see engine/setup.py.
    max_registrations_in_flight: int | None = None
    allowlist_pattern: str | None = None
    confirmed_counts_as_pass: bool = False
    #: Print the unit's label after a PASS ([line] printer), from this ZPL template file
    #: (None: the station's built-in 2 x 1 inch label).
    print_label: bool = False
    label_template: Path | None = None
    #: Each printed label is scanned back and checked against the unit (print_label only),
    #: within this many seconds.
    check_scan: bool = False
    check_scan_timeout_s: int = DEFAULT_CHECK_SCAN_S
    #: The plant's MES route check for this target (docs/mes.md): the recipe it is asked
    #: about (None: no MES check), and what the line does while the MES cannot be asked.
    mes_recipe: str | None = None
    mes_offline: MesOfflinePolicy = "block"


#: Keys a foot pedal may send: ones an operator screen gives no other job to. Named as Qt names
#: them without its `Key_` prefix, so the UI maps a name to its key without a table.
PEDAL_KEYS: tuple[str, ...] = (
    *(f"F{n}" for n in range(1, 25)),
    *("Pause", "ScrollLock", "Insert", "Home", "End", "PageUp", "PageDown"),
)


#: The operator screen's languages (docs/operator.md, "Language"): `en` is the source text;
#: the others are the translations shipped in ui/i18n.
LANGUAGES: tuple[str, ...] = ("en", "de", "it", "es", "zh_CN")


@dataclass(frozen=True)
class LineConfig:
    """`[line]`: what a station on a line does beside provisioning (docs/tower-light.md,
    docs/labels.md). The tower light is per fixture, in `[[fixtures]]`."""

    fail_sound: bool = False
    sound_volume: int = DEFAULT_SOUND_VOLUME
    #: The key a foot pedal sends (one of `PEDAL_KEYS`), which starts every ready slot.
    pedal_key: str | None = None
    #: Touch mode: operator controls sized for gloved fingers (docs/operator.md).
    touch: bool = False
    #: The screens' language at start (one of `LANGUAGES`); an operator may switch it.
    language: str = "en"
    #: The label printer's raw TCP address, `host[:port]` (port 9100 when left out).
    printer: str | None = None
    #: Or the CUPS raw queue labels go through (`lp -d QUEUE -o raw`).
    printer_queue: str | None = None
    #: A serial barcode scanner's port (codes end in CR/LF) and its speed.
    scanner_port: str | None = None
    scanner_baud: int = SCANNER_BAUD
    #: The MES route facade's base URL, and the hard deadline of each call to it.
    mes_url: str | None = None
    mes_timeout_s: int = DEFAULT_MES_TIMEOUT_S


@dataclass(frozen=True)
class RolesConfig:
    """Sign-in for the privileged roles. Hashes only (salted scrypt), never passwords."""

    qa_password_hash: str | None = None
    supervisor_password_hash: str | None = None
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES
    #: Failed sign-ins in a row before the role is locked out; each lockout doubles the last.
    signin_attempts: int = DEFAULT_SIGNIN_ATTEMPTS
    signin_lockout_s: int = DEFAULT_SIGNIN_LOCKOUT_S


DEFAULT_FLEET_PORT = 5432
DEFAULT_CLAIM_TTL_S = 120


@dataclass(frozen=True)
class FleetConfig:
    """`[fleet]`: the central PostgreSQL this station ships to and claims device IDs from. The
    role's password is in the OS keyring (`station fleet set-password`), never here."""

    host: str
    database: str
    role: str
    port: int = DEFAULT_FLEET_PORT
    ca_file: Path | None = None
    cert_file: Path | None = None
    key_file: Path | None = None
    claim_ttl_s: int = DEFAULT_CLAIM_TTL_S


@dataclass(frozen=True)
class StationConfig:
    schema_version: int
    station_id: str
    journal_path: Path
    fixtures: tuple[FixtureConfig, ...]
    targets: dict[str, TargetConfig]
    roles: RolesConfig = RolesConfig()
    #: `[profiles.KIND]` tables as written: each profile reads and checks its own keys.
    profiles: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: None: a single station, no central database (fleet mode off).
    fleet: FleetConfig | None = None
    line: LineConfig = LineConfig()

    @property
    def default_fixture(self) -> str:
        """The fixture a station with one fixture (the usual case) runs."""
        return self.fixtures[0].name

    def fixture(self, name: str) -> FixtureConfig:
        for fixture in self.fixtures:
            if fixture.name == name:
                return fixture
        raise NotConfigured(
            Text.of("config.no_fixture", name=repr(name)),
            Text.of("config.use_one_of.action", names=", ".join(f.name for f in self.fixtures)),
        )

    def target(self, name: str) -> TargetConfig:
        try:
            return self.targets[name]
        except KeyError:
            raise NotConfigured(
                Text.of("config.no_target", name=repr(name)),
                Text.of("config.use_one_of.action", names=", ".join(sorted(self.targets))),
            ) from None

    def active_target(self, fixture: str | None = None) -> TargetConfig:
        return self.targets[self.fixture(fixture or self.default_fixture).active_target]
