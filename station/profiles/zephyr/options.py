"""The `[profiles.zephyr-mcumgr-fs]` table: read and checked when a fixture uses the profile."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from station.errors import ConfigError
from station.profiles.zephyr.config_file import unsafe_text

KIND = "zephyr-mcumgr-fs"
TABLE = f"[profiles.{KIND}]"
DEFAULT_CONFIG_PATH = "/lfs1/configuration.json"
PATH_LEN = 64  # CONFIG_MCUMGR_GRP_FS_PATH_LEN's default


class Malformed(StrEnum):
    REFUSE = "refuse"  # stop before registering; a person decides about the file
    REWRITE = "rewrite"  # treat it as a partial file: register again and overwrite it


@dataclass(frozen=True)
class ZephyrOptions:
    identity: str = "hwinfo"
    config_path: str = DEFAULT_CONFIG_PATH
    wifi_ssid: str = ""
    extra_fields: dict[str, str] = field(default_factory=dict)
    reset_after: bool = True
    malformed_config: Malformed = Malformed.REFUSE

    @property
    def mount_point(self) -> str:
        return "/" + self.config_path.strip("/").split("/", 1)[0]


def _fail(key: str, problem: str, fix: str) -> ConfigError:
    return ConfigError(f"{TABLE} {key} {problem}", fix)


def _text(options: Mapping[str, Any], key: str, default: str) -> str:
    value = options.get(key, default)
    if not isinstance(value, str):
        raise _fail(key, f"must be text, not {type(value).__name__}.", f"Quote the value of {key}.")
    return value


def parse_options(options: Mapping[str, Any]) -> ZephyrOptions:  # noqa: PLR0912 (one check per option)
    known = {
        "identity",
        "config_path",
        "wifi_ssid",
        "extra_fields",
        "reset_after",
        "malformed_config",
    }
    for key in options:
        if key in ("wifi_password", "password", "credentialSecret"):
            raise _fail(
                key,
                "is a secret and never belongs in the configuration file.",
                "Remove it. Store the Wi-Fi password in the OS keyring: "
                "keyring set provisioning-station wifi-password:<SSID> (docs/zephyr.md).",
            )
        if key not in known:
            raise _fail(
                key, "is not an option of this profile.", f"Use one of: {', '.join(sorted(known))}."
            )
    identity = _text(options, "identity", "hwinfo")
    if identity == "label_scan":
        raise _fail(
            "identity",
            '= "label_scan" is not available yet: this station has no label scanner input for '
            "the provisioning walk.",
            'Use identity = "hwinfo" with firmware built with CONFIG_HWINFO_SHELL=y '
            "(docs/zephyr.md).",
        )
    if identity != "hwinfo":
        raise _fail("identity", f"is {identity!r}.", 'Use "hwinfo".')
    path = _text(options, "config_path", DEFAULT_CONFIG_PATH)
    parts = path.strip("/").split("/")
    if not path.startswith("/") or len(parts) < 2 or any(p in ("", ".", "..") for p in parts):
        raise _fail(
            "config_path",
            f"is {path!r}, not a file under a mount point.",
            f'Give the absolute path of the file, e.g. "{DEFAULT_CONFIG_PATH}".',
        )
    if len(path.encode()) > PATH_LEN:
        raise _fail(
            "config_path",
            f"is longer than {PATH_LEN} bytes, more than fs_mgmt accepts by default.",
            "Shorten it, or raise CONFIG_MCUMGR_GRP_FS_PATH_LEN in the firmware and here.",
        )
    ssid = _text(options, "wifi_ssid", "")
    if (why := unsafe_text(ssid)) is not None:
        raise _fail(
            "wifi_ssid", why + ".", "Use an SSID without quotes, backslashes or control characters."
        )
    extra = options.get("extra_fields", {})
    if not isinstance(extra, Mapping) or not all(isinstance(v, str) for v in extra.values()):
        raise _fail(
            "extra_fields",
            "must be a table of text values.",
            'Write e.g. extra_fields = { site = "plant-1" }.',
        )
    for name, value in extra.items():
        if name in ("deviceID", "credentialSecret", "wifiSsid", "wifiPassword"):
            raise _fail(
                "extra_fields",
                f"sets {name}, which the station writes itself.",
                f"Remove {name} from extra_fields.",
            )
        for text in (name, value):
            if (why := unsafe_text(text)) is not None:
                raise _fail("extra_fields", f"{name!r} {why}.", "Remove the character.")
    reset_after = options.get("reset_after", True)
    if not isinstance(reset_after, bool):
        raise _fail("reset_after", "must be true or false.", "Write reset_after = true or false.")
    malformed = _text(options, "malformed_config", "refuse")
    try:
        policy = Malformed(malformed)
    except ValueError:
        raise _fail(
            "malformed_config", f"is {malformed!r}.", 'Use "refuse" or "rewrite".'
        ) from None
    return ZephyrOptions(
        identity=identity,
        config_path=path,
        wifi_ssid=ssid,
        extra_fields=dict(extra),
        reset_after=reset_after,
        malformed_config=policy,
    )
