"""The simulated device's main loop: SMP over its console on the master side of a pty.

One process per device (see `fixture.py`). The loop reads the pty master, splits the byte
stream into frames and console text with the station's own codec, answers requests through
`SimDevice`, prints idle log lines, and applies the device's faults on the way in and out.

Besides the pty it has a control channel from the fixture: stdin carries one command a line
(`faults <spec>` or `reset`, each answered `ok` or `error <why>` on stdout), and end-of-file
on stdin means the fixture is gone, so the device exits instead of lingering as an orphan.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import random
import select
import signal
import time
from pathlib import Path
from types import FrameType
from typing import Any

import cbor2
from smp.header import OP, Flag, Header, Version

from station.link.framing import (
    ConsoleText,
    Frame,
    FrameDecoder,
    FrameError,
    MalformedMessage,
    encode_frame,
    parse_message,
)
from station.profiles.smp.protocol import PROVISIONING_GROUP, ErrorCode
from station.sandbox.sim import noise, storage
from station.sandbox.sim.device import BUF_SIZE, PowerCut, Request, SimDevice, refusal
from station.sandbox.sim.faults import (
    Fault,
    FaultKind,
    FaultSpecError,
    SlotFaults,
    Step,
    faults_for,
)
from station.sandbox.zephyr import firmware as zephyr_firmware

log = logging.getLogger(__name__)

EXIT_STOPPED = 0
EXIT_UNPLUGGED = 10
EXIT_POWER_CUT = 11

LINE_LENGTH = 127  # MCUmgr's default console line length
WRITE_STALL_S = 2.0  # a host that reads nothing for this long loses the rest, as on a UART
BOOT_TIME_S = 0.05
PARTIAL_FRAME_S = 3.0  # a frame unfinished after this long is dropped (docs/protocol.md §3.5)


_REQUEST_FAULTS = {
    FaultKind.SLOW,
    FaultKind.NOREPLY,
    FaultKind.UNPLUG,
    FaultKind.REBOOT,
    FaultKind.REFUSE,
    FaultKind.MALFORMED,
    FaultKind.DUPLICATE,
}


class _Stop(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class DeviceServer:
    def __init__(
        self,
        *,
        master_fd: int,
        slave_fd: int,
        state_file: Path,
        faults: str = "",
        baud: int | None = None,
        chatter: float = 0.0,
        seed: int | None = None,
        control_in: int = 0,
        control_out: int = 1,
    ) -> None:
        self.master = master_fd
        # Holding the slave open keeps the line's settings and avoids EIO on the master while the
        # station has the port closed, as a powered board's UART keeps running.
        self.slave = slave_fd
        self.state_file = state_file
        self.baud = baud
        self.chatter = chatter
        # Fault dice and log text, not cryptography; seedable so a failing run can be replayed.
        self.rng = random.Random(seed)  # noqa: S311
        self.control_in = control_in
        self.control_out = control_out
        self._control_buf = bytearray()
        self.device = SimDevice(storage.load(state_file), state_file)
        # A stock Zephyr device answers MCUmgr's standard groups instead of ours.
        self.zephyr = zephyr_firmware.load(state_file)
        self.decoder = FrameDecoder(max_console=4096, max_frame=BUF_SIZE)
        self.faults = SlotFaults()
        self._set_faults(faults, reset=False)
        self._booted_at = time.monotonic()
        self._last_rx = time.monotonic()
        self._next_idle = self._schedule_idle()

    # -- life cycle ---------------------------------------------------------------------

    def run(self) -> int:
        def on_signal(signum: int, frame: FrameType | None) -> None:
            raise _Stop(EXIT_STOPPED)

        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
        os.set_blocking(self.master, False)
        try:
            self._boot()
            self._control_reply("ready")
            while True:
                self._serve_once()
        except _Stop as stop:
            return stop.code
        finally:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            self._close_pty()

    def _close_pty(self) -> None:
        for fd in (self.master, self.slave):
            with contextlib.suppress(OSError):
                os.close(fd)
        self.master = self.slave = -1

    def _boot(self) -> None:
        state = self.device.state
        state.boots += 1
        self.device.persist()
        self._booted_at = time.monotonic()
        self.decoder.reset()
        if self.zephyr is not None:
            self.zephyr.boot()
            self._send(self.zephyr.boot_log(state.boots))
            return
        self._send(noise.boot_log(state, self.rng))

    def _serve_once(self) -> None:
        timeout = max(0.0, min(self._next_idle - time.monotonic(), 0.5))
        readable, _, _ = select.select([self.master, self.control_in], [], [], timeout)
        if self.zephyr is not None:
            self.zephyr.tick()
        if self.control_in in readable:
            self._read_control()
        if self.master in readable:
            self._read_line()
        elif self.decoder.in_frame and time.monotonic() - self._last_rx > PARTIAL_FRAME_S:
            self.decoder.reset()  # the rest of that frame is not coming
        if self.chatter > 0 and time.monotonic() >= self._next_idle:
            line = noise.idle_line(time.monotonic() - self._booted_at, self.rng)
            self._send(line, stall=0.0)
            self._next_idle = self._schedule_idle()

    def _schedule_idle(self) -> float:
        if self.chatter <= 0:
            return time.monotonic() + 3600.0
        return time.monotonic() + self.rng.expovariate(1.0 / self.chatter)

    # -- control channel ----------------------------------------------------------------

    def _read_control(self) -> None:
        data = os.read(self.control_in, 4096)
        if not data:
            log.info("fixture went away; powering off")
            raise _Stop(EXIT_STOPPED)
        self._control_buf += data
        while b"\n" in self._control_buf:
            line, _, rest = bytes(self._control_buf).partition(b"\n")
            self._control_buf = bytearray(rest)
            self._control_command(line.decode("utf-8", "replace").strip())

    def _control_command(self, line: str) -> None:
        name, _, arg = line.partition(" ")
        if name == "faults":
            try:
                self._set_faults(arg, reset=True)
            except FaultSpecError as exc:
                self._control_reply(f"error {exc}")
                return
            self._control_reply("ok")
        elif name == "reset":
            self._reboot()
            self._control_reply("ok")
        else:
            self._control_reply(f"error unknown control command {name!r}")

    def _control_reply(self, text: str) -> None:
        os.write(self.control_out, text.encode("utf-8") + b"\n")

    def _set_faults(self, spec: str, *, reset: bool) -> None:
        """`spec` is already this slot's share (targets other than ours are ignored anyway)."""
        slot = self.device.state.slot
        self.faults = faults_for(spec, slot)
        self.device.lies = self.faults
        if self.zephyr is not None:
            self.zephyr.lies = self.faults  # the lies about what is stored apply to it too
        memory = self.device.state.faults
        if reset or memory.spec != self.faults.text:
            memory.spec = self.faults.text
            memory.fired = {}
            self.device.persist()

    def _take(self, step: Step, kinds: set[FaultKind]) -> Fault | None:
        """The first step fault of `kinds` due at `step`, counted as fired."""
        memory = self.device.state.faults
        for fault in self.faults.step_faults():
            if fault.kind not in kinds or not fault.applies_to(step):
                continue
            fired = memory.fired.get(fault.text, 0)
            if fault.count is not None and fired >= fault.count:
                continue
            memory.fired[fault.text] = fired + 1
            return fault
        return None

    # -- the line -----------------------------------------------------------------------

    def _read_line(self) -> None:
        try:
            data = os.read(self.master, 4096)
        except BlockingIOError:
            return
        except OSError as exc:
            if exc.errno == errno.EIO:
                raise _Stop(EXIT_STOPPED) from None
            raise
        if not data:
            raise _Stop(EXIT_STOPPED)
        self._last_rx = time.monotonic()
        self._pace(len(data))
        data = self._corrupt(data, self.faults.rate(FaultKind.BITFLIP), 0.0)
        for item in self.decoder.feed(data):
            if isinstance(item, Frame):
                self._on_frame(item)
            elif isinstance(item, FrameError):
                # MCUmgr drops a bad frame without an answer; the host's timeout covers it.
                log.debug("dropped a bad frame: %s", item.reason)
            elif isinstance(item, ConsoleText):
                pass  # a shell would echo it; this firmware has no shell on the console

    def _on_frame(self, frame: Frame) -> None:
        try:
            header, body = parse_message(frame.message)
        except MalformedMessage as exc:
            log.debug("dropped a malformed message: %s", exc)
            return
        if header.op not in (OP.READ, OP.WRITE):
            return  # a response is not for the device
        request = Request(
            op=int(header.op),
            group=int(header.group_id),
            command=int(header.command_id),
            body=body,
        )
        fault = self._request_fault(request)
        kind = fault.kind if fault is not None else None
        response = self._execute(request, fault)
        if response is None or kind in (FaultKind.NOREPLY, FaultKind.UNPLUG):
            if kind is FaultKind.UNPLUG:
                raise _Stop(EXIT_UNPLUGGED)
            return
        delay = self.faults.always_slow
        if fault is not None and kind is FaultKind.SLOW:
            delay += fault.seconds
        if delay:
            time.sleep(delay)
        wire = encode_frame(self._reply_message(header, response, kind), LINE_LENGTH)
        self._send(wire)
        if kind is FaultKind.DUPLICATE:
            self._send(wire)
        if self.zephyr is not None and self.zephyr.reset_pending:
            self._reboot()

    def _execute(self, request: Request, fault: Fault | None) -> dict[str, Any] | None:
        """Run the request as the fault allows; None when it never reaches the handler."""
        if fault is not None:
            if fault.kind is FaultKind.REBOOT:
                self._reboot()
                return None
            if fault.phase == "before":
                return None
            if fault.kind is FaultKind.REFUSE:
                return self._refusal(request, fault.code)
        if self.zephyr is not None:
            response = self.zephyr.handle(
                request.op,
                request.group,
                request.command,
                dict(request.body),
                self.device.state.hwid,
            )
            if self.zephyr.reset_now:
                self._reboot()
                return None
            return response
        try:
            return self.device.handle(request, self._programming_fault)
        except PowerCut:
            log.info("power cut while programming")
            raise _Stop(EXIT_POWER_CUT) from None

    @staticmethod
    def _refusal(request: Request, code: int) -> dict[str, Any]:
        if request.group == PROVISIONING_GROUP:
            return refusal(ErrorCode(code))
        return {"rc": code}

    @staticmethod
    def _reply_message(request: Header, response: dict[str, Any], fault: FaultKind | None) -> bytes:
        """The response to `request`, in the request's SMP version."""
        if request.version is Version.V1 and "err" in response:
            # SMP v1 has no `err` map: the group's code travels as a bare `rc`.
            response = {"rc": response["err"]["rc"]}
        payload = cbor2.dumps(["not", "a", "map"] if fault is FaultKind.MALFORMED else response)
        header = Header(
            op=OP(int(request.op) + 1),
            version=request.version,
            flags=Flag(0),
            length=len(payload),
            group_id=request.group_id,
            sequence=request.sequence,
            command_id=request.command_id,
        )
        return bytes(header) + payload

    def _request_fault(self, request: Request) -> Fault | None:
        """The step fault (other than power_cut) this request triggers, if any."""
        step = (
            request.step
            if self.zephyr is None
            else self.zephyr.step(request.group, request.command, request.op)
        )
        if step is None:
            return None
        fault = self._take(step, _REQUEST_FAULTS)
        if fault is not None:
            self.device.persist()
            log.info("fault %s fires at %s", fault.text, step)
        return fault

    def _programming_fault(self) -> FaultKind | None:
        # `SimDevice` persists right after asking, which records the fired count.
        fault = self._take(Step.WRITE, {FaultKind.POWER_CUT, FaultKind.PROGRAM_FAIL})
        if fault is not None:
            log.info("fault %s fires while programming", fault.text)
        return fault.kind if fault is not None else None

    def _reboot(self) -> None:
        time.sleep(BOOT_TIME_S)
        self._drain_input()
        self._boot()

    def _drain_input(self) -> None:
        while True:
            try:
                if not os.read(self.master, 4096):
                    return
            except (BlockingIOError, OSError):
                return

    def _corrupt(self, data: bytes, flip: float, drop: float) -> bytes:
        if flip <= 0.0 and drop <= 0.0:
            return data
        out = bytearray()
        for byte in data:
            if drop and self.rng.random() < drop:
                continue
            flipped = 1 << self.rng.randrange(8) if flip and self.rng.random() < flip else 0
            out.append(byte ^ flipped)
        return bytes(out)

    def _pace(self, nbytes: int) -> None:
        """Take as long as the bytes need on a UART: 10 bits each (8N1)."""
        if self.baud:
            time.sleep(nbytes * 10 / self.baud)

    def _send(self, data: bytes, stall: float = WRITE_STALL_S) -> None:
        """Write to the line; bytes the host leaves unread for `stall` seconds are lost."""
        data = self._corrupt(
            data, self.faults.rate(FaultKind.BITFLIP), self.faults.rate(FaultKind.DROP)
        )
        chunk = 64 if self.baud else len(data) or 1
        view = memoryview(data)
        stall_deadline = time.monotonic() + stall
        while view:
            piece = view[:chunk]
            try:
                written = os.write(self.master, piece)
            except BlockingIOError:
                written = 0
            except OSError as exc:
                if exc.errno == errno.EIO:
                    raise _Stop(EXIT_STOPPED) from None
                raise
            if written:
                self._pace(written)
                view = view[written:]
                stall_deadline = time.monotonic() + stall
                continue
            remaining = stall_deadline - time.monotonic()
            if remaining <= 0:
                log.debug("host reads nothing; %d bytes lost", len(view))
                return
            select.select([], [self.master], [], remaining)
