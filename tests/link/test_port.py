"""Opening ports and losing them, over real pseudo-terminals."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import select
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest
import serial

from station.link.errors import (
    Disconnected,
    LinkError,
    LinkTimeout,
    PortAccessDenied,
    PortBusy,
    PortNotFound,
)
from station.link.lock_grace import LOCK_GRACE_S, OWN_LOCK_S, retry_while_locked
from station.link.locks import exclusive_lockers
from station.link.port import READ_SLICE, SerialPort, _open_error
from tests.link.ptypeer import PtyPeer


def test_open_read_write_over_a_pty() -> None:
    with PtyPeer() as peer:
        port = SerialPort.open(peer.path, baud=9600, slot="2")
        try:
            assert port.is_open
            port.write(b"hello\n")
            assert os.read(peer.master, 100) == b"hello\n"
            peer.send(b"world")
            got = b""
            deadline = time.monotonic() + 5
            while len(got) < 5 and time.monotonic() < deadline:
                got += port.read()
            assert got == b"world"
            assert port.read_nowait() == b""
        finally:
            port.close()
        assert not port.is_open


def test_a_read_waiting_for_data_returns_all_of_a_chunk_that_arrives() -> None:
    # The read is already waiting when the bytes come: it takes the whole chunk, not its first
    # byte (pyserial's read of one byte, then another call for the rest).
    with PtyPeer() as peer:
        port = SerialPort.open(peer.path, slot="2")
        try:
            timer = threading.Timer(0.01, peer.send, args=(b"hello world\n",))
            timer.start()
            got = b""
            deadline = time.monotonic() + 5
            while not got and time.monotonic() < deadline:
                got = port.read()
            timer.join()
            assert got == b"hello world\n"
        finally:
            port.close()


def test_a_read_with_nothing_coming_returns_empty_after_the_slice() -> None:
    with PtyPeer() as peer:
        port = SerialPort.open(peer.path, slot="2")
        try:
            started = time.monotonic()
            assert port.read() == b""
            assert time.monotonic() - started >= READ_SLICE * 0.9
        finally:
            port.close()


def test_a_read_of_no_bytes_from_a_port_with_data_is_not_a_disconnect() -> None:
    # os.read of 0 bytes gives b"", which from a ready port would read as a hangup.
    with PtyPeer() as peer:
        port = SerialPort.open(peer.path, slot="2")
        try:
            peer.send(b"ab")
            ready, _, _ = select.select([port._ser.fileno()], [], [], 5)
            assert ready
            assert port.read(0) == b"a"
            assert port.read() == b"b"
        finally:
            port.close()


def test_a_port_ready_to_read_that_gives_nothing_is_disconnected() -> None:
    # What a hung-up tty does: ready to read, and every read is empty. Played by a pipe whose
    # writer is gone, put under the open port's descriptor.
    with PtyPeer() as peer:
        port = SerialPort.open(peer.path, slot="7")
        read_end, write_end = os.pipe()
        try:
            os.close(write_end)
            os.dup2(read_end, port._ser.fileno())
            with pytest.raises(Disconnected) as caught:
                port.read()
            assert "the port closed while reading" in caught.value.message
            assert "reseat the device in slot 7" in caught.value.action.lower()
        finally:
            os.close(read_end)
            port.close()


def test_a_write_larger_than_the_tty_takes_at_once_arrives_whole() -> None:
    # The tty takes a few KiB at a time: the rest goes out as the device reads it.
    data = bytes(range(256)) * 256
    with PtyPeer() as peer:
        port = SerialPort.open(peer.path, slot="2", write_timeout=10.0)
        got = bytearray()

        def drain() -> None:
            while len(got) < len(data):
                ready, _, _ = select.select([peer.master], [], [], 5)
                if not ready:
                    return
                got.extend(os.read(peer.master, 4096))

        reader = threading.Thread(target=drain)
        reader.start()
        try:
            port.write(data)
            reader.join(10)
            assert bytes(got) == data
        finally:
            port.close()


def test_modem_lines_are_deasserted_and_flow_control_off() -> None:
    with PtyPeer() as peer:
        port = SerialPort.open(peer.path)
        try:
            ser = port._ser
            assert (ser.dtr, ser.rts) == (False, False)
            assert (ser.rtscts, ser.dsrdtr, ser.xonxoff) == (False, False, False)
            assert ser.exclusive is True
            assert ser.write_timeout is not None
        finally:
            port.close()


# Another program holding a port: opens it and takes its exclusive lock as pyserial does, then
# keeps it until its stdin closes.
HOLDER = r"""
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
print("holding", flush=True)
sys.stdin.read()
"""


@contextlib.contextmanager
def held_by_another_program(path: str) -> Iterator[None]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, path],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "holding"
        yield
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()


def test_a_port_another_program_holds_is_port_busy_with_an_action() -> None:
    with PtyPeer() as peer:
        with held_by_another_program(peer.path), pytest.raises(PortBusy) as caught:
            SerialPort.open(peer.path, slot="3")
        err = caught.value
        assert err.error_class == "port_busy"
        assert f"close the other program using {peer.path}" in err.action.lower()
        assert "ModemManager" in err.action
        # Once released, the port opens again.
        SerialPort.open(peer.path).close()


def test_another_programs_lock_is_port_busy_once_the_grace_is_over() -> None:
    with PtyPeer() as peer, held_by_another_program(peer.path):
        began = time.monotonic()
        with pytest.raises(PortBusy):
            SerialPort.open(peer.path, slot="3")
        waited = time.monotonic() - began
    assert LOCK_GRACE_S <= waited < LOCK_GRACE_S + 0.5


def test_a_lock_that_lasts_an_instant_is_waited_out() -> None:
    """Another program's lock released within the grace."""
    with PtyPeer() as peer:
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLDER, peer.path],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert holder.stdin is not None and holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        threading.Timer(0.2, holder.stdin.close).start()
        began = time.monotonic()
        second = SerialPort.open(peer.path, slot="3")
        try:
            assert second.is_open
            assert 0.15 < time.monotonic() - began < LOCK_GRACE_S
        finally:
            second.close()
            holder.wait(timeout=30)
            holder.stdout.close()


def _lock_left_in_a_child(path: str, seconds: float) -> subprocess.Popen[bytes]:
    """A lock this process takes, then leaves in a child for `seconds` after closing its own
    descriptor: what a program the station starts holds between its fork and its exec."""
    fd = os.open(path, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return subprocess.Popen(["sleep", str(seconds)], pass_fds=(fd,))
    finally:
        os.close(fd)


def test_a_lock_of_this_process_left_in_a_slow_child_is_waited_out_past_the_grace() -> None:
    """A child starved of the CPU may reach its exec after the grace; its lock is still this
    process's, so the open waits for it (and a real holder's is not, see above)."""
    with PtyPeer() as peer:
        child = _lock_left_in_a_child(peer.path, LOCK_GRACE_S + 0.5)
        try:
            assert exclusive_lockers(peer.path) == [os.getpid()]
            began = time.monotonic()
            port = SerialPort.open(peer.path, slot="3")
            port.close()
            assert LOCK_GRACE_S < time.monotonic() - began < OWN_LOCK_S
        finally:
            child.wait(timeout=30)


def test_a_lock_of_this_process_is_waited_out_for_a_bounded_time() -> None:
    with PtyPeer() as peer:
        child = _lock_left_in_a_child(peer.path, 3.0)
        try:
            ser = serial.Serial()
            ser.port, ser.exclusive = peer.path, True
            began = time.monotonic()
            with pytest.raises(serial.SerialException, match="exclusively lock"):
                retry_while_locked(ser.open, path=peer.path, grace_s=0.1, own_lock_s=0.5)
            assert 0.5 <= time.monotonic() - began < 1.5
        finally:
            child.kill()
            child.wait(timeout=30)


def test_programs_started_beside_an_open_port_never_make_it_busy() -> None:
    """Why the grace exists: every program the station starts (a token command, a printer) is
    forked while some slot may have its port open, and until its exec the child holds that
    port's lock. Without the grace about one open in ten failed here as "busy"."""
    stop = threading.Event()

    def start_programs() -> None:
        while not stop.is_set():
            subprocess.run(["/bin/true"], check=True)

    starters = [threading.Thread(target=start_programs) for _ in range(2)]
    for starter in starters:
        starter.start()
    try:
        with PtyPeer() as peer:
            for _ in range(300):
                SerialPort.open(peer.path, slot="3").close()
    finally:
        stop.set()
        for starter in starters:
            starter.join()


def test_missing_port_is_port_not_found() -> None:
    with pytest.raises(PortNotFound) as caught:
        SerialPort.open("/dev/does-not-exist-ttyUSB9", slot="4")
    assert caught.value.error_class == "port_not_found"
    assert "slot 4" in caught.value.message
    assert "/dev/does-not-exist-ttyUSB9" in caught.value.message


def test_open_error_mapping_for_permission_and_others() -> None:
    denied = _open_error(serial.SerialException(errno.EACCES, "denied"), path="/dev/x", slot="1")
    assert isinstance(denied, PortAccessDenied)
    assert "dialout" in denied.action
    other = _open_error(serial.SerialException(errno.EINVAL, "odd"), path="/dev/x", slot="1")
    assert type(other) is LinkError
    assert "slot 1" in other.action


def test_unplug_makes_read_raise_disconnected_at_once() -> None:
    with PtyPeer() as peer:
        port = SerialPort.open(peer.path, slot="5")
        try:
            peer.unplug()
            started = time.monotonic()
            with pytest.raises(Disconnected) as caught:
                for _ in range(100):
                    port.read()
            assert time.monotonic() - started < 5
            assert caught.value.error_class == "disconnected"
            assert "reseat the device in slot 5" in caught.value.action.lower()
            with pytest.raises(Disconnected):
                port.read_nowait()
            with pytest.raises(Disconnected):
                port.write(b"x")
        finally:
            port.close()


def test_a_device_that_stops_reading_gives_a_write_timeout_not_a_hang() -> None:
    with PtyPeer() as peer:
        port = SerialPort.open(peer.path, slot="6", write_timeout=0.3)
        try:
            with pytest.raises(LinkTimeout) as caught:
                for _ in range(64):
                    port.write(b"x" * 4096)
            assert "stopped accepting data" in caught.value.message
        finally:
            port.close()


def _fill(fd: int) -> None:
    """Write to the port until its tty takes nothing more, even once the pty has moved on
    what it held (a write just after a refused one can find room again)."""
    for _ in range(100):
        with contextlib.suppress(BlockingIOError):
            while True:
                os.write(fd, b"x" * 4096)
        time.sleep(0.05)
        try:
            os.write(fd, b"x")
        except BlockingIOError:
            return
    raise AssertionError("the tty kept taking data")


def test_a_write_the_tty_has_no_room_for_waits_without_spinning() -> None:
    # pyserial's write tries a refused write (EAGAIN) again at once, without waiting for room:
    # handed what the tty did not take, it spun until the device read or write_timeout passed,
    # with the interpreter lock passed to and fro and the other slots waiting for it.
    with PtyPeer() as peer:
        port = SerialPort.open(peer.path, slot="6", write_timeout=0.5)
        try:
            for size in (65536, 100):  # more than the tty takes; then a write to a full one
                if size == 100:
                    _fill(port._ser.fileno())
                cpu, started = time.thread_time(), time.monotonic()
                with pytest.raises(LinkTimeout) as caught:
                    port.write(b"y" * size)
                assert 0.45 < time.monotonic() - started < 3
                assert time.thread_time() - cpu < 0.1, size
                assert "stopped accepting data" in caught.value.message
        finally:
            port.close()


def test_a_closed_port_never_reads_or_writes_the_port_opened_after_it() -> None:
    # The next port opened (another slot's) is given the closed port's descriptor number: a
    # write through the closed port must not reach that slot's device, nor a read take its bytes.
    with PtyPeer() as first, PtyPeer() as second:
        closed = SerialPort.open(first.path, slot="1")
        number = closed._ser.fileno()
        closed.close()
        other = SerialPort.open(second.path, slot="2")
        try:
            assert other._ser.fileno() == number
            with pytest.raises(Disconnected) as caught:
                closed.write(b"for slot 1")
            assert "reseat the device in slot 1" in caught.value.action.lower()
            ready, _, _ = select.select([second.master], [], [], 0.2)
            assert not ready, os.read(second.master, 100)
            second.send(b"for slot 2")
            with pytest.raises(Disconnected):
                closed.read()
            got = b""
            deadline = time.monotonic() + 5
            while len(got) < 10 and time.monotonic() < deadline:
                got += other.read()
            assert got == b"for slot 2"
        finally:
            other.close()
