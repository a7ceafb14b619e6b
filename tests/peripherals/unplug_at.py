"""Unplug a pty at one exact system call, to provoke the failures that only a badly timed
unplug gives (`termios.error` from a `tcflush` or `tcdrain` on a tty that just hung up).

A profile function (`sys.setprofile`, or `threading.setprofile` for a thread started after)
sees every call of a C function; when the watched thread is about to call `call`, the pty's
master is closed, so the kernel call itself fails as it does after a real unplug at that
moment. Nothing is replaced: pyserial and the kernel do what they do.
"""

from __future__ import annotations

import os
import threading
from types import FrameType
from typing import Any


class UnplugAt:
    def __init__(self, master: int, call: Any) -> None:
        self.master = master
        self.call = call
        self.done = threading.Event()

    def __call__(self, frame: FrameType, event: str, arg: Any) -> None:
        if event == "c_call" and arg is self.call and not self.done.is_set():
            os.close(self.master)
            self.done.set()
