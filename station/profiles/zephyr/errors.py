"""What can go wrong with a stock Zephyr device, each with the action that fixes it."""

from __future__ import annotations

from station.errors import StationError
from station.link.errors import where
from station.text import Text

# Kconfig options a firmware build needs, by what the station asks for (docs/zephyr.md).
KCONFIG_FS = (
    "CONFIG_FILE_SYSTEM=y, CONFIG_FILE_SYSTEM_LITTLEFS=y, CONFIG_MCUMGR_GRP_FS=y, "
    "CONFIG_MCUMGR_GRP_FS_FILE_STATUS=y, CONFIG_MCUMGR_GRP_FS_CHECKSUM_HASH=y and "
    "CONFIG_MCUMGR_GRP_FS_HASH_SHA256=y"
)
KCONFIG_SHELL = "CONFIG_SHELL=y and CONFIG_MCUMGR_GRP_SHELL=y"
KCONFIG_HWINFO = "CONFIG_HWINFO=y and CONFIG_HWINFO_SHELL=y"


class ZephyrDeviceError(StationError):
    """The device answered, but not as a Zephyr firmware the station can provision."""

    error_class = "zephyr_firmware"

    def __init__(
        self, message: str | Text, action: str | Text, *, error_class: str | None = None
    ) -> None:
        super().__init__(message, action, error_class=error_class)


def missing_group(slot: str, group: str, kconfig: str) -> ZephyrDeviceError:
    place = where(slot, "")
    return ZephyrDeviceError(
        Text.of("zephyr.missing_group", place=place, group=group),
        Text.of("zephyr.missing_group.action", place=place, kconfig=kconfig),
        error_class="zephyr_no_" + group.split(maxsplit=1)[0].replace("-", "_"),
    )


class DeviceFsError(StationError):
    """fs_mgmt refused a file operation with a group error code."""

    error_class = "zephyr_fs"

    def __init__(
        self, message: str | Text, action: str | Text, *, rc: int, error_class: str = ""
    ) -> None:
        super().__init__(message, action, error_class=error_class or None)
        self.rc = rc
