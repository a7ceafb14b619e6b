"""Profile `zephyr-mcumgr-fs`: the walk's five calls over MCUmgr's OS, shell and fs groups.

- identify: `hwinfo devid` (shell) is the hardware ID, or with `identity = "label_scan"` the
  serial scanned from the unit's label (`station.profiles.label_scan`, waited for with the
  slot's cancel flag and `label_scan_timeout_s`); OS info gives the board and the kernel
  release where the firmware offers it; file status and download of `config_path` give the
  storage state, the host computing the secret's SHA-256 from the bytes it read. A configured
  Wi-Fi password is fetched from the keyring here, so a missing one stops the slot before it
  registers. The hardware ID must not change within a session.
- write: the file is built in memory, uploaded from offset 0 (which truncates) in chunks sized
  to the device's MCUmgr buffer, then checked with the file-hash command (SHA-256, or CRC32
  where the firmware has only that) against the bytes sent. The engine's read-back (identify)
  then downloads and parses the file and compares the secret's SHA-256 with the intent.
- reveal: the secret of a fresh download. finish: an OS-group reset (option `reset_after`).
Nothing about the file is ever written to the station's disk.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from smp.error import MGMT_ERR
from smp.file_management import FS_MGMT_ERR
from smp.header import GroupId

from station.cancel import CancelToken
from station.errors import StationError
from station.link.errors import where
from station.link.port import SerialPort
from station.link.session import SmpLink
from station.profiles.base import (
    Capabilities,
    Identity,
    ProvisioningRecord,
    StorageKind,
    StorageState,
)
from station.profiles.label_scan import LabelScans, hardware_id_of
from station.profiles.zephyr import config_file, wifi
from station.profiles.zephyr.config_file import ConfigContents, FileState
from station.profiles.zephyr.errors import (
    KCONFIG_FS,
    KCONFIG_HWINFO,
    KCONFIG_SHELL,
    DeviceFsError,
    ZephyrDeviceError,
    missing_group,
)
from station.profiles.zephyr.mcumgr import (
    GroupError,
    McuMgrClient,
    NotSupported,
    parse_hwinfo,
)
from station.profiles.zephyr.options import KIND, TABLE, Malformed, ZephyrOptions, parse_options
from station.secret import Secret
from station.text import Text

CAPABILITIES = Capabilities(locks=False, digest_by="host")

_STATES = {
    FileState.ABSENT: StorageState.EMPTY,
    FileState.EMPTY: StorageState.EMPTY,
    FileState.WRITTEN: StorageState.WRITTEN,
    FileState.PARTIAL: StorageState.CORRUPT,
    FileState.MALFORMED: StorageState.CORRUPT,
}


# The group of a bare `{"rc": N}` answer (`mcumgr.py`): the SMP layer's own MGMT_ERR codes.
_SMP_LAYER = 0


class ZephyrSession:
    """A `DeviceSession` on one open port."""

    capabilities = CAPABILITIES

    def __init__(
        self,
        client: McuMgrClient,
        options: ZephyrOptions,
        *,
        slot: str,
        scans: LabelScans | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        self.client = client
        self.options = options
        self.slot = slot
        self._scans = scans
        self._cancel = cancel or CancelToken()
        self._serial: str | None = None  # scanned from the label (identity = "label_scan")
        self._hwid: bytes | None = None
        self._info: tuple[str, str] | None = None
        self._wifi: Secret | None = None
        self._hash_kind: str | None = None

    @property
    def place(self) -> Text:
        return where(self.slot, "")

    @property
    def stats(self) -> Mapping[str, int | float]:
        return self.client.link.stats.as_dict()

    def console_log(self) -> str:
        return self.client.link.console_log().decode("utf-8", "replace")

    # -- identify -------------------------------------------------------------------------

    def identify(self) -> Identity:
        hwid = self._label_id() if self.options.identity == "label_scan" else self._hardware_id()
        model, release = self._os_info()
        if self.options.wifi_ssid and self._wifi is None:
            self._wifi = wifi.load(self.options.wifi_ssid)
        contents = self._read_config()
        digest = contents.secret.digest if contents.secret is not None else None
        facts = {
            "storage": "file",
            "config_path": self.options.config_path,
            "config": str(contents.state),
            "identity": self.options.identity,
            "board": model,
            "zephyr": release,
        }
        if self._serial is None:
            facts["hwinfo"] = hwid.hex()
        else:
            facts["label_serial"] = self._serial
        if contents.problem:
            facts["config_problem"] = contents.problem
        if self._hash_kind:
            facts["hash"] = self._hash_kind
        return Identity(
            profile=KIND,
            model=model,
            firmware=release,
            hardware_id=hwid,
            hardware_serial=hwid.hex().upper() if self._serial is None else self._serial,
            device_id=None,
            storage_kind=StorageKind.FILE,
            storage_state=_STATES[contents.state],
            secret_digest=digest,
            record_device_id=contents.device_id,
            # The sample's file has no realm; the engine then never adopts a stored secret
            # without asking Pairing, it registers again (rewritable storage).
            record_realm=None,
            factory_mode=True,
            facts=facts,
        )

    def _label_id(self) -> bytes:
        """The hardware ID from the unit's scanned label, asked for once per session."""
        if self._serial is None:
            if self._scans is None:
                raise ZephyrDeviceError(
                    Text.of("zephyr.no_scanner", table=TABLE, place=self.place),
                    Text.of("zephyr.no_scanner.action"),
                    error_class="config",
                )
            self._serial = self._scans.wait(
                self.slot, timeout_s=self.options.label_scan_timeout_s, cancel=self._cancel
            )
        return hardware_id_of(self._serial)

    def _hardware_id(self) -> bytes:
        try:
            output, ret = self.client.shell(["hwinfo", "devid"])
        except NotSupported:
            raise missing_group(self.slot, "shell", KCONFIG_SHELL) from None
        # The shell's own words decide, whatever status its backend passed on with them (Zephyr
        # answers -ENOEXEC, others 0 or 1): a unit whose shell lacks the command is told how to
        # get it (the Kconfig option, or the label_scan identity), not that its output is odd.
        if "command not found" in output:
            raise ZephyrDeviceError(
                Text.of("zephyr.no_hwinfo", place=self.place),
                Text.of(
                    "zephyr.no_hwinfo.action", place=self.place, kconfig=KCONFIG_HWINFO, table=TABLE
                ),
                error_class="zephyr_no_hwinfo",
            )
        hwid = parse_hwinfo(output) if ret == 0 else None
        if hwid is None:
            shown = " | ".join(output.strip().splitlines())[:80]
            raise ZephyrDeviceError(
                Text.of("zephyr.hwinfo_unreadable", place=self.place, shown=repr(shown), ret=ret),
                Text.of("zephyr.hwinfo_unreadable.action", place=self.place),
                error_class="zephyr_hwinfo_unreadable",
            )
        if self._hwid is not None and hwid != self._hwid:
            raise ZephyrDeviceError(
                Text.of(
                    "zephyr.hwid_changed",
                    place=self.place,
                    before=self._hwid.hex(),
                    after=hwid.hex(),
                ),
                Text.of("zephyr.hwid_changed.action", place=self.place),
                error_class="identity_changed",
            )
        self._hwid = hwid
        return hwid

    def _os_info(self) -> tuple[str, str]:
        if self._info is None:
            output = self.client.os_info("ri")
            parts = output.split() if output else []
            self._info = (parts[1], parts[0]) if len(parts) == 2 else ("zephyr", "")
        return self._info

    def _fs(self, call: Text, exc: GroupError | NotSupported) -> StationError:
        if isinstance(exc, NotSupported):
            return missing_group(self.slot, "file-system", KCONFIG_FS)
        return self._fs_refusal(call, exc)

    def _read_config(self) -> ConfigContents:
        path = self.options.config_path
        try:
            size = self.client.file_len(path)
            if size is None:
                self._check_mounted()
                return ConfigContents(FileState.ABSENT)
            data = self.client.download(path, config_file.MAX_BYTES) if size else b""
        except (GroupError, NotSupported) as exc:
            raise self._fs(Text.of("zephyr.doing.read", path=path), exc) from None
        contents = config_file.parse(data)
        if (
            contents.state is FileState.MALFORMED
            and self.options.malformed_config is Malformed.REFUSE
        ):
            raise ZephyrDeviceError(
                Text.of(
                    "zephyr.config_malformed",
                    path=path,
                    place=self.place,
                    problem=contents.problem,
                ),
                Text.of("zephyr.config_malformed.action", place=self.place, table=TABLE),
                error_class="zephyr_config_malformed",
            )
        return contents

    def _check_mounted(self) -> None:
        """fs_stat of a mounted mount point is a directory; of an unmounted one, not found."""
        mount = self.options.mount_point
        try:
            size = self.client.file_len(mount)
        except GroupError as exc:
            if exc.group == GroupId.FILE_MANAGEMENT and exc.rc == FS_MGMT_ERR.FILE_IS_DIRECTORY:
                return
            raise
        if size is None:
            raise self._unmounted()

    def _unmounted(self) -> StationError:
        mount = self.options.mount_point
        return DeviceFsError(
            Text.of(
                "zephyr.unmounted", mount=mount, place=self.place, path=self.options.config_path
            ),
            Text.of("zephyr.unmounted.action", place=self.place, mount=mount),
            rc=int(FS_MGMT_ERR.MOUNT_POINT_NOT_FOUND),
            error_class="zephyr_fs_unmounted",
        )

    def _fs_refusal(self, doing: Text, exc: GroupError) -> StationError:
        # Only fs_mgmt's own codes are read as such. A bare `{"rc": N}` (group 0) is an SMP
        # layer code (MGMT_ERR): fs_mgmt answers MGMT_ERR_EBUSY (10) when its file lock is
        # taken, and an SMP v1 server translates every fs_mgmt code to one; read as fs_mgmt's,
        # EBUSY would be FILE_WRITE_FAILED, a full file system.
        if exc.group == _SMP_LAYER and exc.rc == MGMT_ERR.EBUSY:
            # The device's file lock was taken (another SMP client, a file operation of its
            # own): a moment later it may answer; a partial file is found at the next identify.
            return DeviceFsError(
                Text.of("zephyr.fs_busy", place=self.place, doing=doing),
                Text.of("zephyr.fs_busy.action", place=self.place),
                rc=exc.rc,
                error_class="zephyr_fs_busy",
            )
        if exc.group != GroupId.FILE_MANAGEMENT:
            return exc
        code = exc.rc
        if code == FS_MGMT_ERR.MOUNT_POINT_NOT_FOUND:
            return self._unmounted()
        if code == FS_MGMT_ERR.FILE_WRITE_FAILED:
            return DeviceFsError(
                Text.of("zephyr.fs_full", place=self.place, path=self.options.config_path),
                Text.of("zephyr.fs_full.action", place=self.place, mount=self.options.mount_point),
                rc=code,
                error_class="zephyr_fs_full",
            )
        if code == FS_MGMT_ERR.READ_ONLY_FILESYSTEM:
            return DeviceFsError(
                Text.of("zephyr.fs_read_only", mount=self.options.mount_point, place=self.place),
                Text.of("zephyr.fs_read_only.action", place=self.place),
                rc=code,
                error_class="zephyr_fs_read_only",
            )
        name = FS_MGMT_ERR(code).name if code in FS_MGMT_ERR._value2member_map_ else str(code)
        return DeviceFsError(
            Text.of("zephyr.fs_refused", place=self.place, doing=doing, name=name),
            Text.of("zephyr.fs_refused.action", place=self.place),
            rc=code,
        )

    # -- write ----------------------------------------------------------------------------

    def prepare_write(self, record: ProvisioningRecord) -> None:
        """Nothing asked ahead: the upload's own status check names its failures."""

    def write(self, record: ProvisioningRecord) -> None:
        if self.options.wifi_ssid and self._wifi is None:
            self._wifi = wifi.load(self.options.wifi_ssid)
        data = config_file.build(
            device_id=record.device_id,
            secret=record.secret,
            wifi_ssid=self.options.wifi_ssid,
            wifi_password=self._wifi,
            extra=self.options.extra_fields,
        )
        if len(data) > config_file.MAX_BYTES:
            raise ZephyrDeviceError(
                Text.of(
                    "zephyr.config_too_big",
                    place=self.place,
                    size=len(data),
                    most=config_file.MAX_BYTES,
                ),
                Text.of("zephyr.config_too_big.action", table=TABLE),
                error_class="config",
            )
        path = self.options.config_path
        try:
            self.client.upload(path, data)
        except (GroupError, NotSupported) as exc:
            raise self._fs(Text.of("zephyr.doing.upload", path=path), exc) from None
        self._verify_hash(data)
        del data

    def _verify_hash(self, sent: bytes) -> None:
        if self._hash_kind == "none":
            return  # found missing earlier in the session: the read-back alone checks the write
        path = self.options.config_path
        for kind in ("sha256", "crc32") if self._hash_kind is None else (self._hash_kind,):
            try:
                result = self.client.file_hash(path, kind)
            except NotSupported:
                self._hash_kind = "none"  # no CONFIG_MCUMGR_GRP_FS_CHECKSUM_HASH: read back only
                return
            except GroupError as exc:
                if exc.rc == FS_MGMT_ERR.CHECKSUM_HASH_NOT_FOUND:
                    continue
                raise self._fs(Text.of("zephyr.doing.hash", path=path), exc) from None
            self._hash_kind = kind
            expected = hashlib.sha256(sent).digest() if kind == "sha256" else zlib.crc32(sent)
            if result.value != expected or result.length != len(sent):
                raise ZephyrDeviceError(
                    Text.of(
                        "zephyr.hash_mismatch",
                        place=self.place,
                        path=path,
                        kind=kind,
                        sent=len(sent),
                        hashed=result.length,
                    ),
                    Text.of("zephyr.hash_mismatch.action", place=self.place),
                    error_class="zephyr_hash_mismatch",
                )
            return
        self._hash_kind = "none"

    # -- reveal, finish -----------------------------------------------------------------

    def reveal(self) -> Secret:
        contents = self._read_config()
        if contents.secret is None:
            raise ZephyrDeviceError(
                Text.of(
                    "zephyr.no_secret",
                    path=self.options.config_path,
                    place=self.place,
                    state=str(contents.state),
                ),
                Text.of("zephyr.provision_again.action", place=self.place),
                error_class="reveal_mismatch",
            )
        return contents.secret

    def finish(self) -> None:
        if self.options.reset_after:
            self.client.reset()


class ZephyrProfile:
    """A `DeviceProfile`; holds only its options, so one instance serves every slot."""

    kind = KIND

    def __init__(self, options: ZephyrOptions) -> None:
        self.options = options
        self._scans: LabelScans | None = None

    def use_label_scans(self, scans: LabelScans) -> None:
        self._scans = scans

    @contextmanager
    def open(
        self, port: str, *, baud: int, cancel: CancelToken, slot: str
    ) -> Iterator[ZephyrSession]:
        serial_port = SerialPort.open(port, baud=baud, slot=slot)
        try:
            client = McuMgrClient(SmpLink(serial_port, cancel=cancel), slot=slot)
            yield ZephyrSession(client, self.options, slot=slot, scans=self._scans, cancel=cancel)
        finally:
            serial_port.close()
            if self._scans is not None:
                self._scans.release(slot)  # the label is free for another slot again

    def present(self, port: str, *, baud: int, cancel: CancelToken, slot: str) -> bool:
        try:
            with self.open(port, baud=baud, cancel=cancel, slot=slot) as session:
                session.client.echo("presence")
        except StationError:
            return False
        return True


def from_options(options: Mapping[str, object]) -> ZephyrProfile:
    return ZephyrProfile(parse_options(options))
