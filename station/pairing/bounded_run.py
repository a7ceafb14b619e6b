"""Run a helper command with a deadline and a cap on what it may print.

`subprocess.run(capture_output=True)` keeps everything a command prints in memory until it
exits: a token helper stuck in a loop, or one that dumps a web page, would fill the station's
memory before its timeout stops it. Here stdout is read as it comes and the command is killed
the moment it passes its cap; of stderr only the tail is kept (it is read only for the last
line of an error). The command runs in its own session so that killing it also kills what it
started (a shell script's curl, a vault client).
"""

from __future__ import annotations

import contextlib
import os
import selectors
import signal
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from station.cancel import Deadline

STDERR_TAIL = 4096
_READ_SIZE = 65536


class TimedOut(Exception):
    """The command did not finish in time; it was killed."""


class TooMuchOutput(Exception):
    """The command printed more than its cap on stdout; it was killed."""


@dataclass(frozen=True)
class Finished:
    returncode: int
    stdout: bytes
    #: The last `STDERR_TAIL` bytes the command wrote to stderr.
    stderr_tail: bytes


def run_bounded(
    argv: Sequence[str],
    *,
    env: Mapping[str, str],
    timeout: float,
    max_stdout: int,
) -> Finished:
    """Run `argv` with stdin closed; raise `TimedOut` or `TooMuchOutput` (it is then killed).

    `OSError` from starting the command propagates.
    """
    deadline = Deadline(timeout)
    with subprocess.Popen(
        list(argv),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(env),
        start_new_session=True,
    ) as proc:
        try:
            stdout, stderr = _collect(proc, deadline, max_stdout)
            try:
                returncode = proc.wait(timeout=deadline.remaining())
            except subprocess.TimeoutExpired:
                # It closed its output but went on running.
                raise TimedOut from None
        except BaseException:
            _kill(proc)
            raise
    return Finished(returncode, stdout, stderr)


def _collect(
    proc: subprocess.Popen[bytes], deadline: Deadline, max_stdout: int
) -> tuple[bytes, bytes]:
    assert proc.stdout is not None and proc.stderr is not None
    stdout = bytearray()
    stderr = bytearray()
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ, stdout)
        selector.register(proc.stderr, selectors.EVENT_READ, stderr)
        while selector.get_map():
            left = deadline.remaining()
            if left <= 0:
                raise TimedOut
            for key, _ in selector.select(left):
                # Readable: os.read returns what is there without waiting for more.
                data = os.read(key.fd, _READ_SIZE)
                if not data:
                    selector.unregister(key.fileobj)
                    continue
                sink: bytearray = key.data
                sink += data
                if sink is stdout and len(stdout) > max_stdout:
                    raise TooMuchOutput
                if sink is stderr:
                    del stderr[:-STDERR_TAIL]
    return bytes(stdout), bytes(stderr)


def _kill(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError):
        proc.kill()
    proc.wait()
