"""The options of a `[targets.NAME]` table: where and how a line provisions (one Astarte realm).

Declared once (see `station.config.options`); `station.config.sections` lists this section
with the others, and the supervisor's target editor shows every option that has a label.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from station.config.model import (
    DEFAULT_CHECK_SCAN_S,
    DEFAULT_TOKEN_TTL_S,
    DEVICE_ID_FIELDS,
    DEVICE_ID_RULES,
    MAX_CHECK_SCAN_S,
    MAX_IN_FLIGHT,
    MAX_TOKEN_TTL_S,
    MES_OFFLINE_POLICIES,
    MIN_CHECK_SCAN_S,
    MIN_IN_FLIGHT,
    MIN_TOKEN_TTL_S,
    STORAGE_KINDS,
    TOKEN_SOURCES,
    StorageKindName,
)
from station.config.names import INTERFACE_NAME, REALM, REALM_RULE_TEXT
from station.config.options import (
    Context,
    Option,
    Section,
    Where,
    between,
    matching,
    one_of,
    path,
    path_text,
    shown,
    text,
    type_text,
)
from station.text import Text

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
MAX_HOST_NAME = 253  # RFC 1035's limit on a whole domain name


def _pairing_url(url: str, where: Where, context: Context) -> str:
    return service_url(
        url, where, Text.of("field.what.pairing"), "https://api.astarte.example.com/pairing"
    )


def service_url(url: str, where: Where, what: Text, example: str) -> str:
    """An https base URL (plain http only to loopback), with no query, fragment or user."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        where.fail(Text.of("field.url.not_base", value=shown(url), what=what, example=example))
    if len(parts.hostname) > MAX_HOST_NAME:
        where.fail(Text.of("field.url.host_too_long", value=shown(url), limit=MAX_HOST_NAME))
    if parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS:
        where.fail(Text.of("field.url.plain_http", value=shown(url)))
    if parts.query or parts.fragment or parts.username or parts.password:
        where.fail(Text.of("field.url.extras", value=shown(url)))
    return url


def _namespace(text: str, where: Where, context: Context) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        where.fail(Text.of("field.not_uuid", value=shown(text)))


def _storage(kinds: list[Any], where: Where, context: Context) -> frozenset[StorageKindName]:
    if not kinds:
        where.fail(Text.of("field.storage.none", allowed=", ".join(STORAGE_KINDS)))
    for n, kind in enumerate(kinds):
        if kind not in STORAGE_KINDS:
            where.key(n).fail(
                Text.of(
                    "field.storage.unknown", value=shown(kind), allowed=", ".join(STORAGE_KINDS)
                )
            )
    return frozenset(kinds)


def _introspection(value: Any, where: Where, context: Context) -> dict[str, tuple[int, int]]:
    if not isinstance(value, Mapping):
        where.fail(Text.of("field.introspection.not_table", actual=type_text(value)))
    result: dict[str, tuple[int, int]] = {}
    for name, version in value.items():
        entry = where.key(name)
        if not INTERFACE_NAME.fullmatch(name):
            entry.fail(Text.of("field.introspection.bad_name"))
        if (
            not isinstance(version, list)
            or len(version) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in version)
            or version == [0, 0]
        ):
            entry.fail(Text.of("field.introspection.bad_version", value=shown(version)))
        result[name] = (version[0], version[1])
    return result


_REGEX_EXAMPLE = "SN1[0-9]{7}"  # braces: a parameter, not in the template


def _regex(pattern: str, where: Where, context: Context) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        where.fail(
            Text.of(
                "field.regex.invalid", value=shown(pattern), detail=str(exc), example=_REGEX_EXAMPLE
            )
        )
    except RecursionError:
        where.fail(Text.of("field.regex.too_deep", value=shown(pattern)))
    return pattern


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
            checks=(matching(REALM, Text.of("field.bad_realm", rule=REALM_RULE_TEXT)),),
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
            help="Minted tokens live this long: {low} to {high} s",
            help_values=(("low", MIN_TOKEN_TTL_S), ("high", MAX_TOKEN_TTL_S)),
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
            f"{MIN_IN_FLIGHT} to {MAX_IN_FLIGHT}. Registrations running at once against this "
            "Pairing API, across all slots. Unset, it is the fixture's slot count (at most "
            f"{MAX_IN_FLIGHT}), so no slot waits for another's registration against a remote "
            "Pairing.",
            default=None,
            default_doc="the fixture's slot count",
            checks=(between(MIN_IN_FLIGHT, MAX_IN_FLIGHT),),
            label="Registrations in flight",
            help="{low} to {high} at once; Slot count when unset",
            help_values=(("low", MIN_IN_FLIGHT), ("high", MAX_IN_FLIGHT)),
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
        Option(
            "print_label",
            bool,
            "Print the unit's label (serial, device ID, QR and DataMatrix) after each PASS, on "
            "the `[line]` printer, which must then be set (docs/labels.md).",
            default=False,
            label="Print labels",
            help="After each PASS, on the line's label printer",
        ),
        Option(
            "label_template",
            str,
            "A ZPL template file with the fields `{serial}`, `{device_id}` and `{code}`; it is "
            "checked when the station starts (docs/labels.md).",
            default=None,
            checks=(path,),
            type_doc="string (path)",
            default_doc="unset (the built-in 2 x 1 inch label)",
            to_toml=path_text,
            label="Label template",
            help="ZPL file; empty: the built-in 2 x 1 inch label",
        ),
        Option(
            "check_scan",
            bool,
            "A unit's PASS is final only once its printed label is scanned back with the "
            "station's barcode scanner and carries the unit's device ID; another unit's label, "
            "one that does not read, or none within `check_scan_timeout_s` is a FAIL "
            "(docs/labels.md). Needs `print_label = true`.",
            default=False,
            label="Check-scan labels",
            help="Scan each printed label back before the unit leaves",
        ),
        Option(
            "check_scan_timeout_s",
            int,
            f"{MIN_CHECK_SCAN_S} to {MAX_CHECK_SCAN_S}. With `check_scan`: how long a provisioned "
            "unit waits for its label to be scanned back before it is a FAIL "
            "(`label_check_timeout`). The slot holds its unit meanwhile, so keep it to what an "
            "operator needs to peel, stick and scan a label.",
            default=DEFAULT_CHECK_SCAN_S,
            checks=(between(MIN_CHECK_SCAN_S, MAX_CHECK_SCAN_S),),
            label="Check-scan deadline (s)",
            help="How long a unit waits for its label's scan: {low} to {high} s",
            help_values=(("low", MIN_CHECK_SCAN_S), ("high", MAX_CHECK_SCAN_S)),
        ),
        Option(
            "mes_recipe",
            str,
            "The recipe the plant's MES is asked about before each unit is registered "
            "(`POST /route/check`, docs/mes.md), 1-64 characters; needs `line.mes_url`. The "
            "outcome is reported to the MES after the attempt.",
            default=None,
            checks=(text(1, 64),),
            default_doc="unset (no MES check)",
            label="MES recipe",
            help="Empty: the MES is not asked for this target",
        ),
        Option(
            "mes_offline",
            str,
            "While the MES cannot be asked: `block` (no unit is provisioned) or "
            "`allow-and-queue` (units go on, each skipped check is journaled and each result "
            "is queued until the MES is back). A refusal is never overridden.",
            default="block",
            checks=(one_of(MES_OFFLINE_POLICIES),),
            label="MES offline",
            help="Block, or allow and queue the results",
        ),
    ),
)
