"""The bootloader's command set, as the ESP32-family ROM and esptool's flasher stub answer it.

A request is `00 op len16 chk32 data`; an answer is `01 op len16 val32 data status`, where
the status is 4 bytes from the ROM and 2 from the stub (first byte non-zero: failed, second:
the reason). SLIP framing is done by the caller (`server.py`). Uploading code to RAM and
starting it (MEM_END with an entry point) turns the ROM into the "stub": it greets with
"OHAI" and from then on answers the stub's commands (streamed READ_FLASH, raw MD5).
"""

from __future__ import annotations

import hashlib
import logging
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

from station.sandbox.esp32 import chip as chips
from station.sandbox.esp32.faults import Faults
from station.sandbox.esp32.flash import Flash
from station.sandbox.esp32.nvs_lie import replace_secret

log = logging.getLogger(__name__)

SYNC, WRITE_REG, READ_REG = 0x08, 0x09, 0x0A
FLASH_BEGIN, FLASH_DATA, FLASH_END = 0x02, 0x03, 0x04
MEM_BEGIN, MEM_END, MEM_DATA = 0x05, 0x06, 0x07
SPI_SET_PARAMS, SPI_ATTACH, READ_FLASH_SLOW, CHANGE_BAUDRATE = 0x0B, 0x0D, 0x0E, 0x0F
DEFL_BEGIN, DEFL_DATA, DEFL_END, SPI_FLASH_MD5 = 0x10, 0x11, 0x12, 0x13
GET_SECURITY_INFO = 0x14
ERASE_FLASH, ERASE_REGION, READ_FLASH, RUN_USER_CODE = 0xD0, 0xD1, 0xD2, 0xD3

PARTIAL_BYTES = 96  # what of a block reaches the flash when the chip resets while storing it

# failure reasons the ROM reports in its status
INVALID_MESSAGE, FAILED_TO_ACT, INVALID_CRC, DEFLATE_ERROR = 0x05, 0x06, 0x07, 0x0B

# what the ROM still accepts in secure download mode
SECURE_DOWNLOAD_ALLOWED = {
    SYNC, GET_SECURITY_INFO, SPI_ATTACH, SPI_SET_PARAMS, CHANGE_BAUDRATE,
    FLASH_BEGIN, FLASH_DATA, FLASH_END, DEFL_BEGIN, DEFL_DATA, DEFL_END,
}  # fmt: skip


class ChipReset(Exception):
    """A fault reset the chip: the caller prints a boot log and starts over in the ROM."""


class Unplugged(Exception):
    """A fault took the device off the bus."""


def checksum(data: bytes) -> int:
    state = 0xEF
    for b in data:
        state ^= b
    return state


@dataclass
class _Write:
    offset: int
    size: int
    position: int = 0
    inflate: zlib._Decompress | None = None
    sent: bytearray = field(default_factory=bytearray)  # what the host sent, for lies


class Bootloader:
    """One chip's bootloader state. `send` puts an answer frame on the line; `receive` takes
    the host's next frame (for the stub's streamed read), or None on timeout."""

    def __init__(
        self,
        spec: chips.ChipSpec,
        flash: Flash,
        faults: Faults,
        send: Callable[[bytes], None],
        receive: Callable[[float], bytes | None],
    ) -> None:
        self.spec = spec
        self.flash = flash
        self.faults = faults
        self.send = send
        self.receive = receive
        self.layout = chips.LAYOUTS[spec.chip]
        self.regs = chips.registers(spec)
        self.stub = False
        self.on_stall: Callable[[], None] | None = None  # told when `stall@write` fires
        self.blocks_written = 0
        self.flash_reads = 0  # READ_FLASH commands answered, for `stall@read`
        self.connections = 0
        self.answers_lost = 0  # write answers dropped by `lost_answer` (it fires once)
        self._write: _Write | None = None
        self._shadow: dict[tuple[int, int], bytes] = {}  # region -> what a liar claims

    # -- framing helpers ------------------------------------------------------------------

    def _reply(self, op: int, val: int = 0, data: bytes = b"", error: int = 0) -> None:
        status = bytes([1 if error else 0, error])
        if not self.stub:
            status += b"\0\0"
        body = data + status
        self.send(struct.pack("<BBHI", 1, op, len(body), val) + body)

    # -- dispatch ---------------------------------------------------------------------------

    def handle(self, frame: bytes) -> None:
        if len(frame) < 8 or frame[0] != 0:
            return  # not a request: the ROM ignores it
        _, op, length, chk = struct.unpack_from("<BBHI", frame)
        data = frame[8 : 8 + length]
        if len(data) != length:
            return  # a frame cut short (the host died mid-send): dropped, as a UART loses it
        if self.spec.secure_download and not self.stub and op not in SECURE_DOWNLOAD_ALLOWED:
            self._reply(op, error=INVALID_MESSAGE)
            return
        handler = self._handlers().get(op)
        if handler is None:
            self._reply(op, error=INVALID_MESSAGE)
            return
        handler(op, data, chk)

    def _handlers(self) -> dict[int, Callable[[int, bytes, int], None]]:
        table: dict[int, Callable[[int, bytes, int], None]] = {
            SYNC: self._sync,
            READ_REG: self._read_reg,
            WRITE_REG: self._write_reg,
            SPI_ATTACH: self._ok,
            SPI_SET_PARAMS: self._ok,
            CHANGE_BAUDRATE: self._ok,
            MEM_BEGIN: self._ok,
            MEM_DATA: self._mem_data,
            MEM_END: self._mem_end,
            FLASH_BEGIN: self._flash_begin,
            FLASH_DATA: self._flash_data,
            FLASH_END: self._flash_end,
            DEFL_BEGIN: self._flash_begin,
            DEFL_DATA: self._flash_data,
            DEFL_END: self._flash_end,
            SPI_FLASH_MD5: self._md5,
        }
        if self.layout.security_info:
            table[GET_SECURITY_INFO] = self._security_info
        if self.stub:
            table.update({READ_FLASH: self._read_flash, ERASE_REGION: self._erase_region})
            table[ERASE_FLASH] = self._erase_flash
        elif self.spec.chip == "esp32":
            table[READ_FLASH_SLOW] = self._read_flash_slow  # the ESP32 ROM only
        return table

    # -- commands -------------------------------------------------------------------------

    def _ok(self, op: int, data: bytes, chk: int) -> None:
        self._reply(op)

    def _sync(self, op: int, data: bytes, chk: int) -> None:
        if data != b"\x07\x07\x12\x20" + b"\x55" * 32:
            self._reply(op, error=INVALID_MESSAGE)
            return
        # The ROM answers SYNC eight times with a non-zero value; the stub with zero.
        for _ in range(8):
            self._reply(op, val=0 if self.stub else 0x20120707)

    def _drift_mac(self) -> None:
        """A unit whose identity moves: each MAC read gives another MAC."""
        self.connections += 1
        mac = bytearray(self.spec.mac_bytes)
        mac[3] = (mac[3] + self.connections) & 0xFF  # never a neighbouring slot's MAC
        fields = {**self.spec.__dict__, "mac": mac.hex(":")}
        self.regs.update(chips.registers(chips.ChipSpec(**fields)))

    def _read_reg(self, op: int, data: bytes, chk: int) -> None:
        (addr,) = struct.unpack_from("<I", data)
        if "mac_drift" in self.faults and addr == chips.mac_register(self.spec):
            self._drift_mac()
        self._reply(op, val=self.regs.get(addr, 0))

    def _write_reg(self, op: int, data: bytes, chk: int) -> None:
        for at in range(0, len(data) - 15, 16):
            addr, value, mask, _delay = struct.unpack_from("<IIII", data, at)
            self.regs[addr] = (self.regs.get(addr, 0) & ~mask) | (value & mask)
            if addr == self.layout.spi_base and value & (1 << 18):
                self._spi_user_command()
        self._reply(op)

    def _spi_user_command(self) -> None:
        command = self.regs.get(self.layout.spi_base + self.layout.spi_usr2, 0) & 0xFFFF
        w0 = self.layout.spi_base + self.layout.spi_w0
        self.regs[w0] = chips.jedec_id(self.spec) if command == 0x9F else 0
        self.regs[self.layout.spi_base] = 0  # the SPI peripheral finished at once

    def _security_info(self, op: int, data: bytes, chk: int) -> None:
        self._reply(op, data=chips.security_info(self.spec))

    def _mem_data(self, op: int, data: bytes, chk: int) -> None:
        payload = data[16:]
        self._reply(op, error=0 if checksum(payload) == chk else INVALID_CRC)

    def _mem_end(self, op: int, data: bytes, chk: int) -> None:
        no_entry, entry = struct.unpack_from("<II", data)
        self._reply(op)
        if not no_entry and entry:
            self.stub = True
            self.send(b"OHAI")

    def _flash_begin(self, op: int, data: bytes, chk: int) -> None:
        size, _blocks, _block_size, offset = struct.unpack_from("<IIII", data)
        if offset + size > self.flash.size:
            self._reply(op, error=FAILED_TO_ACT)
            return
        self.flash.erase(offset, size)
        inflate = zlib.decompressobj() if op == DEFL_BEGIN else None
        self._write = _Write(offset=offset, size=size, inflate=inflate)
        self._reply(op)

    def _flash_data(self, op: int, data: bytes, chk: int) -> None:
        w = self._write
        payload = data[16:]
        if w is None or checksum(payload) != chk:
            self._reply(op, error=INVALID_CRC if w else FAILED_TO_ACT)
            return
        if w.inflate is not None:
            try:
                chunk = w.inflate.decompress(payload)
            except zlib.error:
                self._reply(op, error=DEFLATE_ERROR)
                return
        else:
            chunk = payload
        chunk = chunk[: max(0, w.size - w.position)] if w.inflate else chunk
        w.sent += chunk
        self.blocks_written += 1
        stored = bytearray(chunk)
        if self.faults.active.get("corrupt_block") == self.blocks_written and stored:
            stored[len(stored) // 2] ^= 0x5A
        cut = self.blocks_written in (
            self.faults.active.get("unplug@write"),
            self.faults.active.get("reset@write"),
            self.faults.active.get("stall@write"),
        )
        if cut:
            del stored[PARTIAL_BYTES:]  # power went while this block was being programmed
        self.flash.write(w.offset + w.position, bytes(stored))
        w.position += len(chunk)
        if self.faults.active.get("unplug@write") == self.blocks_written:
            raise Unplugged
        if self.faults.active.get("reset@write") == self.blocks_written:
            raise ChipReset
        if self.faults.active.get("stall@write") == self.blocks_written:
            # Still programming when the host dies: no answer, the rest of the write dropped.
            self._write = None
            if self.on_stall is not None:
                self.on_stall()
            return
        if "lost_answer" in self.faults and not self.answers_lost and w.position >= w.size:
            # The whole image is stored, but its last answer never reaches the host, so no
            # FLASH_END follows: a liar tells its lie now.
            self._write = None
            self.answers_lost += 1
            self._maybe_lie(w)
            log.info("fault: the answer to the write's last block was lost")
            return
        self._reply(op)

    def _flash_end(self, op: int, data: bytes, chk: int) -> None:
        w, self._write = self._write, None
        if w is not None and w.position:
            self._maybe_lie(w)
        self._reply(op)

    def _maybe_lie(self, w: _Write) -> None:
        lie = "stores_other" if "stores_other" in self.faults else None
        lie = lie or ("stores_flipped" if "stores_flipped" in self.faults else None)
        if lie is None:
            return
        original = bytes(w.sent)
        changed = replace_secret(original, flip_one_bit=lie == "stores_flipped")
        if changed is not None:
            self.flash.write(w.offset, changed)
            self._shadow[(w.offset, len(original))] = original
            log.info("lying device: stored another secret than it was sent (%s)", lie)

    def _md5(self, op: int, data: bytes, chk: int) -> None:
        addr, size = struct.unpack_from("<II", data)
        content = self._shadow.get((addr, size)) or self.flash.read(addr, size)
        digest = hashlib.md5(content).digest()  # noqa: S324 - the protocol's digest
        if "wrong_md5" in self.faults:
            digest = bytes(b ^ 0xFF for b in digest)
        self._reply(op, data=digest if self.stub else digest.hex().encode())

    def _read_flash_slow(self, op: int, data: bytes, chk: int) -> None:
        offset, length = struct.unpack_from("<II", data)
        block = self.flash.read(offset, min(length, 64)).ljust(64, b"\xff")
        self._reply(op, data=block)

    def _erase_region(self, op: int, data: bytes, chk: int) -> None:
        offset, size = struct.unpack_from("<II", data)
        self.flash.erase(offset, size)
        self._reply(op)

    def _erase_flash(self, op: int, data: bytes, chk: int) -> None:
        self.flash.erase(0, self.flash.size)
        self._reply(op)

    def _read_flash(self, op: int, data: bytes, chk: int) -> None:
        offset, length, block, _in_flight = struct.unpack_from("<IIII", data)
        self._reply(op)
        self.flash_reads += 1
        if self.faults.active.get("stall@read") == self.flash_reads:
            log.info("read_flash: the chip hangs before sending any data")
            return
        content = self.flash.read(offset, length)
        sent = 0
        while sent < len(content):
            self.send(content[sent : sent + block])
            sent += len(content[sent : sent + block])
            ack = self.receive(3.0)
            if ack is None or len(ack) != 4 or struct.unpack("<I", ack)[0] != sent:
                log.info("read_flash: the host's acknowledgement was lost; read abandoned")
                return
        self.send(hashlib.md5(content).digest())  # noqa: S324 - the protocol's digest
