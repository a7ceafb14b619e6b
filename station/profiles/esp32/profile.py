"""Profile `esp32-astarte-nvs`: stock ESP32 devices running the Astarte ESP32 SDK, provisioned
through the chip's ROM bootloader with esptool's public Python API.

The device runs nothing of ours. The station resets it into the bootloader, reads the chip
(model, base MAC, revision, features, flash size), computes the hardware ID exactly as the SDK
does (`hwid.py`), reads the partition table and the NVS partition, and decides from what is
there. A write rebuilds the whole NVS partition in memory with every other entry carried over
(`nvs_image.py`), flashes it compressed with MD5 verification, and the read-back parses the
partition again with our own reader (`nvs.py`). `finish` hard-resets the chip into its
application. docs/esp32.md is the firmware team's view of all this.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import serial
from esptool import cmds
from esptool.loader import ESPLoader
from esptool.util import FatalError

from station.cancel import CancelToken
from station.errors import OutcomeUnknown, PortInUse, StationError
from station.link.lock_grace import retry_while_locked
from station.link.vanished import PORT_FAILURES
from station.profiles.base import (
    Capabilities,
    Identity,
    ProvisioningRecord,
    StorageKind,
    StorageState,
)
from station.profiles.esp32 import esptool_log, nvs, nvs_image, partitions, reconnect
from station.profiles.esp32.errors import (
    Esp32Gone,
    Esp32NotAnswering,
    FlashProtected,
    FlashVerifyFailed,
    NotInBootloader,
    NvsNotCarried,
    NvsPartitionProblem,
    PartitionTableProblem,
    UnsupportedChip,
)
from station.profiles.esp32.hwid import (
    CHIP_MODELS,
    ChipInfo,
    HwidVariant,
    RevisionRule,
    encode,
    hardware_id,
)
from station.profiles.esp32.options import KIND, OPTIONS, Esp32Options, parse_options
from station.secret import Secret
from station.text import Text

log = logging.getLogger(__name__)

CAPABILITIES = Capabilities(locks=False, digest_by="host")
_SINGLE_CORE = {"ESP32-S2", "ESP32-C3", "ESP32-C2", "ESP32-C6", "ESP32-H2"}

__all__ = ["KIND", "OPTIONS", "Esp32Profile", "Esp32Session", "from_options"]


@dataclass(frozen=True)
class _Chip:
    info: ChipInfo
    description: str
    flash_size: str


@dataclass(frozen=True)
class _Storage:
    partition: partitions.Partition
    contents: nvs.NvsContents


class Esp32Session:
    """A `DeviceSession` on one chip held in its bootloader (the flasher stub running)."""

    capabilities = CAPABILITIES

    def __init__(
        self,
        connect: Callable[[bytes | None], ESPLoader],
        options: Esp32Options,
        slot: str,
        lines: list[str],
    ) -> None:
        self._connect = connect
        self.esp = connect(None)
        self.options = options
        self.slot = slot
        self._lines = lines
        self._storage: _Storage | None = None
        self._reads = 0
        self._written = 0
        self._stale = False  # a failed exchange leaves esptool's reader (and the stub) unusable
        self.reconnects = 0
        self._mac: bytes | None = None  # the chip identified first: every reconnect must find it

    def _ready(self) -> ESPLoader:
        """The loader, connected afresh after a failure (the chip may have reset meanwhile)."""
        if self._stale:
            self.close()
            self.esp = self._connect(self._mac)
            self._stale = False
            self.reconnects += 1
        return self.esp

    def close(self) -> None:
        # esptool closes its port only on leaving a `with ESPLoader` block, which cannot span
        # the calls of a session, so the port attribute is closed directly (the same call its
        # __exit__ makes: https://github.com/espressif/esptool/blob/v5.6.0/esptool/loader.py#L513-L517).
        with contextlib.suppress(Exception):
            self.esp._port.close()

    @property
    def stats(self) -> Mapping[str, int | float]:
        return {
            "flash_bytes_read": self._reads,
            "flash_bytes_written": self._written,
            "reconnects": self.reconnects,
        }

    # -- identify ----------------------------------------------------------------------------

    def identify(self) -> Identity:
        with self._errors(Text.of("esp32.doing.chip")):
            self._ready()
            chip = self._chip()
        if self._mac is None:
            self._mac = chip.info.mac
        hwid = hardware_id(
            chip.info,
            variant=HwidVariant(self.options.hwid),
            rule=RevisionRule(self.options.revision_rule),
            namespace=self.options.hwid_namespace,
        )
        device_id = encode(hwid)
        storage = self._read_storage()
        state, digest = _state_of(storage.contents)
        mac = chip.info.mac.hex(":")
        facts = {
            "chip": chip.description,
            "mac": mac,
            "revision": f"v{chip.info.major}.{chip.info.minor}",
            "flash_size": chip.flash_size,
            "partition": (
                f"{storage.partition.label}@{storage.partition.offset:#x}"
                f"+{storage.partition.size:#x}"
            ),
            "storage": StorageKind.NVS.value,
            "hwid": f"{self.options.hwid}/{self.options.revision_rule}",
        }
        if storage.contents.faults:
            # Remnants of an interrupted write, or damage: a rewrite drops them, so QA sees it.
            facts["nvs_damage"] = "; ".join(storage.contents.faults)[:300]
        return Identity(
            profile=KIND,
            model=chip.info.chip,
            firmware="",  # the application is not running; the ROM has no version to give
            hardware_id=hwid,
            hardware_serial=mac,
            device_id=device_id,
            storage_kind=StorageKind.NVS,
            storage_state=state,
            secret_digest=digest,
            record_device_id=device_id if state is StorageState.WRITTEN else None,
            record_realm=None,  # NVS holds the secret alone
            factory_mode=True,
            facts=facts,
        )

    def _chip(self) -> _Chip:
        esp = self.esp
        name = esp.CHIP_NAME
        if name not in CHIP_MODELS:
            raise UnsupportedChip(
                Text.of(
                    "esp32.chip_unmatched", slot=self.slot, chip=name, known=", ".join(CHIP_MODELS)
                ),
                Text.of("esp32.chip.action", slot=self.slot),
            )
        features = [str(f) for f in esp.get_chip_features()]
        bt = name == "ESP32" and "BT" in features
        ble = bt if name == "ESP32" else any("BT 5" in f or "BLE" in f for f in features)
        single = name in _SINGLE_CORE or any(f.startswith("Single Core") for f in features)
        info = ChipInfo(
            chip=name,
            mac=bytes(esp.read_mac()),
            cores=1 if single else 2,
            major=int(esp.get_major_chip_version()),
            minor=int(esp.get_minor_chip_version()),
            embedded_flash=any("Embedded Flash" in f for f in features),
            bluetooth=bt,
            ble=ble,
        )
        size = cmds.detect_flash_size(esp) or "unknown"
        return _Chip(info, str(esp.get_chip_description()), size)

    def _read_storage(self) -> _Storage:
        opts = self.options
        with self._errors(Text.of("esp32.doing.partition_table")):
            raw = self._read(opts.partition_table_offset, partitions.TABLE_SIZE)
        where = f"{opts.partition_table_offset:#x}"
        try:
            table = partitions.parse(raw)
        except partitions.TableMissing:
            raise PartitionTableProblem(
                Text.of("esp32.no_table", slot=self.slot, offset=where),
                Text.of("esp32.no_table.action"),
            ) from None
        except partitions.TableCorrupt as exc:
            raise PartitionTableProblem(
                Text.of("esp32.table_corrupt", slot=self.slot, offset=where, detail=str(exc)),
                Text.of("esp32.reflash.action", slot=self.slot),
            ) from None
        part = next((p for p in table if p.label == opts.nvs_partition), None)
        labels = ", ".join(p.label for p in table)
        if part is None or not part.is_nvs:
            raise NvsPartitionProblem(
                Text.of(
                    "esp32.no_nvs",
                    slot=self.slot,
                    label=repr(opts.nvs_partition),
                    labels=labels,
                ),
                Text.of("esp32.no_nvs.action"),
            )
        if part.size < nvs_image.MIN_SIZE or part.size % nvs.PAGE_SIZE:
            raise NvsPartitionProblem(
                Text.of(
                    "esp32.nvs_size", label=repr(part.label), slot=self.slot, size=f"{part.size:#x}"
                ),
                Text.of("esp32.nvs_size.action"),
            )
        if part.encrypted:
            raise FlashProtected(
                Text.of("esp32.nvs_encrypted", label=repr(part.label), slot=self.slot),
                Text.of("esp32.nvs_encrypted.action"),
            )
        with self._errors(Text.of("esp32.doing.nvs")):
            image = self._read(part.offset, part.size)
        self._storage = _Storage(part, nvs.parse(image))
        return self._storage

    def _read(self, offset: int, length: int) -> bytes:
        data = cmds.read_flash(self.esp, offset, length, no_progress=True)
        assert data is not None  # without an output file esptool returns the bytes
        self._reads += len(data)
        return bytes(data)

    # -- write / reveal / finish -----------------------------------------------------------

    def prepare_write(self, record: ProvisioningRecord) -> None:
        """Nothing asked ahead: the write's reads name their own failures."""

    def write(self, record: ProvisioningRecord) -> None:
        with self._errors(Text.of("esp32.doing.reconnecting")):
            self._ready()
        storage = self._storage or self._read_storage()
        try:
            image = nvs_image.build(
                storage.partition.size, storage.contents, record.secret, drop_damaged=True
            )
        except nvs_image.CannotCarryOver as exc:
            raise NvsNotCarried(
                Text.of(
                    "esp32.not_carried",
                    label=repr(storage.partition.label),
                    slot=self.slot,
                    detail=str(exc),
                ),
                Text.of("esp32.not_carried.action"),
            ) from None
        self._storage = None
        self._stale = True  # until the write answers: a lost answer leaves esptool unusable
        guard = reconnect.ReconnectGuard(self.esp, self._mac, self.slot)
        try:
            cmds.write_flash(
                self.esp,
                [(storage.partition.offset, image)],
                compress=True,
                no_progress=True,
            )
        except FatalError as exc:
            if "MD5 of file does not match" in str(exc):
                raise FlashVerifyFailed(
                    Text.of("esp32.md5", slot=self.slot),
                    Text.of("esp32.md5.action", slot=self.slot),
                    command="write",
                ) from None
            raise self._lost_write(str(exc)) from None
        except (
            PORT_FAILURES
        ) as exc:  # the device vanished mid-write, or esptool's reconnect hit a dead tty
            raise self._lost_write(str(exc)) from None
        self._stale = guard.reconnects > 0  # esptool finished on a loader of its own
        self.reconnects += guard.reconnects
        self._written += len(image)

    def _lost_write(self, why: str) -> OutcomeUnknown:
        return OutcomeUnknown(
            Text.of("esp32.write_cut", slot=self.slot, detail=_short(why)),
            Text.of("esp32.write_cut.action"),
            command="write",
        )

    def reveal(self) -> Secret:
        storage = self._storage or self._read_storage()
        found = storage.contents.find(nvs_image.NAMESPACE, nvs_image.KEY)
        if len(found) != 1 or not isinstance(found[0].value, bytes):
            raise NvsPartitionProblem(
                Text.of("esp32.secret_count", slot=self.slot, count=len(found)),
                Text.of("esp32.for_qa.action", slot=self.slot),
            )
        return Secret(found[0].value.decode("ascii", "replace"))

    def finish(self) -> None:
        if not self.options.reset_after:
            return
        with self._errors(Text.of("esp32.doing.reset")):
            cmds.reset_chip(self._ready(), "hard-reset")

    def console_log(self) -> str:
        return "\n".join(self._lines)

    @contextmanager
    def _errors(self, doing: Text) -> Iterator[None]:
        try:
            yield
        except StationError:
            raise
        except FatalError as exc:
            self._stale = True
            raise Esp32NotAnswering(
                Text.of(
                    "esp32.stopped_answering", slot=self.slot, doing=doing, detail=_short(str(exc))
                ),
                Text.of("esp32.reseat.action", slot=self.slot),
            ) from None
        except PORT_FAILURES as exc:
            self._stale = True
            raise _gone_or_silent(self.esp.serial_port, self.slot, str(exc)) from None


def _state_of(contents: nvs.NvsContents) -> tuple[StorageState, bytes | None]:
    """The storage state the NVS partition is in, and the digest of the secret it holds."""
    found = contents.find(nvs_image.NAMESPACE, nvs_image.KEY)
    if contents.faults or len(found) > 1:
        return StorageState.CORRUPT, None
    if not found:
        return StorageState.EMPTY, None
    value = found[0].value
    if not isinstance(value, bytes) or found[0].kind != "string" or not value:
        return StorageState.CORRUPT, None
    return StorageState.WRITTEN, Secret(value.decode("ascii", "replace")).digest


def _short(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else "no detail"
    return first[:160]


def _gone_or_silent(port: str, slot: str, why: str) -> StationError:
    if not os.path.exists(port):
        return Esp32Gone(
            Text.of("esp32.gone", slot=slot, detail=_short(why)),
            Text.of("esp32.gone.action", slot=slot),
        )
    return Esp32NotAnswering(
        Text.of("esp32.line_failed", slot=slot, detail=_short(why)),
        Text.of("esp32.reseat.action", slot=slot),
    )


class Esp32Profile:
    """A `DeviceProfile` for one options table; stateless across slots."""

    kind = KIND

    def __init__(self, options: Esp32Options, *, by_id: Path = reconnect.BY_ID) -> None:
        self.options = options
        self.by_id = by_id  # where udev's per-device names are

    @contextmanager
    def open(
        self, port: str, *, baud: int, cancel: CancelToken, slot: str
    ) -> Iterator[Esp32Session]:
        cancel.check()
        lines: list[str] = []
        esptool_log.capture(lines)
        named = reconnect.stable_name(port, self.by_id)  # what esptool reopens after a cut
        session = Esp32Session(
            lambda mac: self._connect(named, baud, slot, mac), self.options, slot, lines
        )
        try:
            cancel.check()
            yield session
        finally:
            session.close()

    def _connect(self, port: str, baud: int, slot: str, mac: bytes | None) -> ESPLoader:
        opts = self.options
        try:
            # A lock left by a sibling's fork for an instant is waited out (see lock_grace).
            esp = retry_while_locked(
                lambda: cmds.detect_chip(
                    port,
                    baud,
                    connect_mode=opts.connect_mode,
                    connect_attempts=opts.connect_attempts,
                ),
                path=port,
            )
        except FatalError as exc:
            text = str(exc)
            if "Could not open" in text:
                detail = " ".join(text.split())
                if not os.path.exists(port):
                    raise _gone_or_silent(port, slot, detail) from None
                log.warning("slot %s: %s", slot, detail)
                raise PortInUse(
                    Text.of("esp32.port_unopened", slot=slot, port=port, detail=detail[:200]),
                    Text.of("esp32.port_unopened.action"),
                ) from None
            if "autodetect" in text or "Unexpected chip" in text:
                raise UnsupportedChip(
                    Text.of("esp32.chip_unknown", slot=slot, detail=_short(text)),
                    Text.of("esp32.chip.action", slot=slot),
                ) from None
            strap = (
                "esp32.bootloader.strap_action"
                if opts.reset == "no_reset"
                else ("esp32.bootloader.boot_action")
            )
            raise NotInBootloader(
                Text.of("esp32.bootloader", slot=slot, detail=_short(text)),
                Text.of(strap, slot=slot),
            ) from None
        except PORT_FAILURES as exc:  # e.g. termios.error: a pty whose other side is gone
            if "lock" in str(exc).lower() or "busy" in str(exc).lower():
                raise PortInUse(
                    Text.of("esp32.port_held", slot=slot, port=port),
                    Text.of("esp32.port_held.action"),
                ) from None
            raise _gone_or_silent(port, slot, str(exc)) from None
        try:
            reconnect.check_same_chip(esp, mac, slot)  # before the stub or anything else
            if esp.secure_download_mode:
                raise FlashProtected(
                    Text.of("esp32.secure_download", slot=slot),
                    Text.of("esp32.secure_download.action", slot=slot),
                )
            if esp.get_flash_encryption_enabled():
                raise FlashProtected(
                    Text.of("esp32.flash_encrypted", slot=slot),
                    Text.of("esp32.flash_encrypted.action", slot=slot),
                )
            return cmds.run_stub(esp)
        except StationError:
            with contextlib.suppress(Exception):
                esp._port.close()  # esptool's only close is its __exit__ (see Esp32Session.close)
            raise
        except (FatalError, *PORT_FAILURES) as exc:
            with contextlib.suppress(Exception):
                esp._port.close()
            raise _gone_or_silent(port, slot, str(exc)) from None

    def present(self, port: str, *, baud: int, cancel: CancelToken, slot: str) -> bool:
        """The port exists and opens. Nothing is sent and DTR/RTS stay released, so the chip
        is never reset by the idle check."""
        link = serial.Serial()
        link.port = port
        link.baudrate = baud
        link.dtr = False
        link.rts = False
        try:
            link.open()
        except PORT_FAILURES:
            return False
        link.close()
        return True


def from_options(options: Mapping[str, Any]) -> Esp32Profile:
    """The registry's factory."""
    return Esp32Profile(parse_options(options))
