"""The `[profiles.zephyr-mcumgr-fs]` table, declared once (docs table in docs/zephyr.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from station.config.options import Context, Option, Section, Where, between, one_of
from station.errors import ConfigError
from station.profiles import read_options
from station.profiles.zephyr.config_file import FIELDS, unsafe_text
from station.text import Text

KIND = "zephyr-mcumgr-fs"
TABLE = f"[profiles.{KIND}]"
DEFAULT_CONFIG_PATH = "/lfs1/configuration.json"
PATH_LEN = 64  # CONFIG_MCUMGR_GRP_FS_PATH_LEN's default


class Malformed(StrEnum):
    REFUSE = "refuse"  # stop before registering; a person decides about the file
    REWRITE = "rewrite"  # treat it as a partial file: register again and overwrite it


def _config_path(value: str, where: Where, context: Context) -> str:
    parts = value.strip("/").split("/")
    if not value.startswith("/") or len(parts) < 2 or any(p in ("", ".", "..") for p in parts):
        where.fail(
            Text.of("field.zephyr.not_file", value=repr(value)),
            Text.of("field.zephyr.not_file.action", example=DEFAULT_CONFIG_PATH),
        )
    if len(value.encode()) > PATH_LEN:
        where.fail(
            Text.of("field.zephyr.path_too_long", limit=PATH_LEN),
            Text.of("field.zephyr.path_too_long.action"),
        )
    return value


def _json_text(value: str, where: Where, context: Context) -> str:
    if (why := unsafe_text(value)) is not None:
        where.fail(Text.of("field.zephyr.unsafe", why=why), Text.of("field.zephyr.unsafe.action"))
    return value


def _extra_fields(value: Any, where: Where, context: Context) -> dict[str, str]:
    if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in value.values()):
        where.fail(
            Text.of("field.zephyr.not_strings"),
            Text.of("field.zephyr.not_strings.action", example='{ site = "plant-1" }'),
        )
    for name, text in value.items():
        if name in FIELDS:
            where.fail(
                Text.of("field.zephyr.own_field", name=name),
                Text.of("field.zephyr.own_field.action", name=name),
            )
        _json_text(name, where.key(name), context)
        _json_text(text, where.key(name), context)
    return dict(value)


OPTIONS = Section(
    f"profiles.{KIND}",
    (
        Option(
            "identity",
            str,
            '"hwinfo": the hardware ID is what `hwinfo devid` prints through the shell group; '
            '"label_scan": the serial scanned from the unit\'s label (firmware without the '
            "hwinfo shell command); the hardware ID is the serial's ASCII bytes.",
            default="hwinfo",
            checks=(one_of(("hwinfo", "label_scan")),),
        ),
        Option(
            "label_scan_timeout_s",
            int,
            'With identity = "label_scan": how long a started slot waits for its label scan '
            "before it fails, registering nothing.",
            default=120,
            checks=(between(1, 3600),),
        ),
        Option(
            "config_path",
            str,
            "Absolute path of the astarte_app configuration file on the device, at most 64 "
            "bytes (CONFIG_MCUMGR_GRP_FS_PATH_LEN).",
            default=DEFAULT_CONFIG_PATH,
            checks=(_config_path,),
        ),
        Option(
            "wifi_ssid",
            str,
            "The `wifiSsid` written to the file (empty on a wired product). Its password lives "
            "in the OS keyring as `wifi-password:<SSID>`, never here.",
            default="",
            checks=(_json_text,),
        ),
        Option(
            "extra_fields",
            None,
            "More string fields for the file, after the four the sample reads.",
            default={},
            checks=(_extra_fields,),
            type_doc="table of strings",
            default_doc="`{}`",
        ),
        Option(
            "reset_after",
            bool,
            "Reset the device through the OS group after a PASS or RECOVERED.",
            default=True,
        ),
        Option(
            "malformed_config",
            str,
            '"refuse": a file that is not JSON stops the slot before registering; "rewrite": '
            "register again and overwrite it.",
            default="refuse",
            checks=(one_of(tuple(m.value for m in Malformed)),),
        ),
    ),
)


@dataclass(frozen=True)
class ZephyrOptions:
    identity: str = "hwinfo"
    label_scan_timeout_s: int = 120
    config_path: str = DEFAULT_CONFIG_PATH
    wifi_ssid: str = ""
    extra_fields: dict[str, str] = field(default_factory=dict)
    reset_after: bool = True
    malformed_config: Malformed = Malformed.REFUSE

    @property
    def mount_point(self) -> str:
        return "/" + self.config_path.strip("/").split("/", 1)[0]


def parse_options(table: Mapping[str, Any]) -> ZephyrOptions:
    if "wifi_password" in table:
        raise ConfigError(
            Text.of("field.zephyr.wifi_password", table=TABLE),
            Text.of("field.zephyr.wifi_password.action"),
        )
    values = read_options(OPTIONS, table)
    values["malformed_config"] = Malformed(values["malformed_config"])
    return ZephyrOptions(**values)
