"""What can go wrong with an ESP32 on the fixture, each with the operator's action."""

from __future__ import annotations

from station.errors import DeviceGone, DeviceNotAnswering, OutcomeUnknown, StationError


class NotInBootloader(DeviceNotAnswering):
    error_class = "not_in_bootloader"


class UnsupportedChip(StationError):
    error_class = "unsupported_chip"


class PartitionTableProblem(StationError):
    error_class = "partition_table"


class NvsPartitionProblem(StationError):
    error_class = "nvs_partition"


class FlashProtected(StationError):
    """Flash encryption or secure download mode: the station cannot write or read plaintext."""

    error_class = "flash_protected"


class NvsNotCarried(StationError):
    """The NVS partition holds something a rewrite would not keep exactly."""

    error_class = "nvs_carry_over"


class FlashVerifyFailed(OutcomeUnknown):
    """The flash's MD5 after the write is not the image's: what is stored is unknown."""

    error_class = "flash_md5_mismatch"


class Esp32Gone(DeviceGone):
    pass


class Esp32NotAnswering(DeviceNotAnswering):
    pass
