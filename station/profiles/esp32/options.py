"""The `[profiles.esp32-astarte-nvs]` table, declared once (docs table in docs/esp32.md)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from station.config.options import Context, Option, Section, Where, between, one_of
from station.profiles import read_options
from station.profiles.esp32.hwid import DEFAULT_NAMESPACE, HwidVariant, RevisionRule
from station.text import Text

KIND = "esp32-astarte-nvs"


def _uuid(value: str, where: Where, context: Context) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        where.fail(Text.of("field.esp32.not_uuid"), Text.of("field.esp32.not_uuid.action"))


def _label(value: str, where: Where, context: Context) -> str:
    if not 1 <= len(value) <= 15 or not value.isascii():
        where.fail(Text.of("field.esp32.label"))
    return value


OPTIONS = Section(
    f"profiles.{KIND}",
    (
        Option(
            "reset",
            str,
            '"default_reset": esptool pulses DTR/RTS to enter the ROM bootloader; "no_reset": '
            "the jig holds GPIO0 low and powers the board itself.",
            default="default_reset",
            checks=(one_of(("default_reset", "no_reset")),),
        ),
        Option(
            "nvs_partition",
            str,
            "Label of the NVS partition holding `astarte_pairing/cred_secret` (the label the "
            "firmware passes to `astarte_credentials_use_nvs_storage()`, else `nvs`).",
            default="nvs",
            checks=(_label,),
        ),
        Option(
            "partition_table_offset",
            int,
            "Flash offset of the partition table (CONFIG_PARTITION_TABLE_OFFSET).",
            default=0x8000,
            checks=(between(0x1000, 0x1000000),),
            default_doc="`0x8000` (32768)",
        ),
        Option(
            "hwid",
            str,
            '"uuid5" (CONFIG_ASTARTE_HWID_ENABLE_UUID=y, the SDK default) or "sha256".',
            default="uuid5",
            checks=(one_of(tuple(v.value for v in HwidVariant)),),
        ),
        Option(
            "hwid_namespace",
            str,
            "CONFIG_ASTARTE_HWID_UUID_NAMESPACE of the firmware (uuid5 only).",
            default=DEFAULT_NAMESPACE,
            checks=(_uuid,),
            to_toml=str,
            default_doc=f'`"{DEFAULT_NAMESPACE}"` (the SDK\'s)',
        ),
        Option(
            "revision_rule",
            str,
            '"idf5" for firmware built with ESP-IDF 5.0 or later, "idf4" for older ESP-IDF.',
            default="idf5",
            checks=(one_of(tuple(v.value for v in RevisionRule)),),
        ),
        Option(
            "reset_after",
            bool,
            "Hard-reset the chip into its application after a PASS or RECOVERED.",
            default=True,
        ),
        Option(
            "connect_attempts",
            int,
            "1 to 20. Bootloader connection attempts (each a reset and five SYNCs) before "
            "the slot reports that the chip is not in its bootloader.",
            default=3,
            checks=(between(1, 20),),
        ),
    ),
)


@dataclass(frozen=True)
class Esp32Options:
    reset: str = "default_reset"
    nvs_partition: str = "nvs"
    partition_table_offset: int = 0x8000
    hwid: str = "uuid5"
    hwid_namespace: uuid.UUID = DEFAULT_NAMESPACE
    revision_rule: str = "idf5"
    reset_after: bool = True
    connect_attempts: int = 3

    @property
    def connect_mode(self) -> str:
        return "no-reset" if self.reset == "no_reset" else "default-reset"


def parse_options(table: Mapping[str, Any]) -> Esp32Options:
    return Esp32Options(**read_options(OPTIONS, table))
