"""A serial barcode scanner on a pseudo-terminal that scans each label the demo prints.

It plays an operator with a USB-CDC scanner: the station opens `port` as it would the scanner's
`/dev/ttyACM*` (`[line] scanner_port`), and each label the loopback printer takes in
(`FakeLabelPrinter.on_label`) is read and its code sent back as the scanner would, followed by
CR LF, after `delay_s` (the hand that moves the scanner to the label).

How a label is read, in this order:

- `rendered`: the ZPL is drawn by the ZPL renderer zplkit and the image decoded by the barcode
  decoder zxing-cpp (with Pillow), so the code the station checks has really been printed and
  really reads; a label whose symbols do not decode sends nothing, as a real scanner would;
- `zpl-text`: where those are not installed (the packaged station carries neither), the code is
  taken from the QR field's data in the ZPL text itself. The demo says which way it read.
"""

from __future__ import annotations

import contextlib
import io
import os
import queue
import re
import threading
import time
import tty
from dataclasses import dataclass
from pathlib import Path

RENDERED = "rendered"
ZPL_TEXT = "zpl-text"
#: A label code as docs/labels.md writes it: `AS`, 32 hexadecimal digits and the check digit
#: (written out here on its own: the sandbox stands below the station's peripherals).
PREFIX = "AS"
_CODE_IN_ZPL = re.compile(rf"{PREFIX}[0-9A-F]{{33}}")


@dataclass(frozen=True)
class Scan:
    """One label the scanner read: the code it sent (empty: nothing read) and how it read."""

    code: str
    how: str


def reading_mode() -> str:
    """`rendered` where the renderer, the decoder and Pillow are installed, else `zpl-text`."""
    try:
        import PIL.Image  # noqa: F401
        import zplkit  # noqa: F401
        import zxingcpp  # noqa: F401
    except ImportError:
        return ZPL_TEXT
    return RENDERED


def read_label(zpl: str, how: str) -> str:
    """The label code a scanner reads off this label ("" if none reads)."""
    if how == ZPL_TEXT:
        found = _CODE_IN_ZPL.search(zpl)
        return found.group(0) if found else ""
    import PIL.Image
    import zplkit
    import zxingcpp
    from zplkit.rendering import RenderError

    try:
        document = zplkit.render(zpl.encode("ascii"), zplkit.Options(width=2, height=1, dpi=203))
    except RenderError:  # a label the renderer refuses prints nothing a scanner could read
        return ""
    if not document.labels:
        return ""
    image = PIL.Image.open(io.BytesIO(document.labels[0].png()))
    codes = [b.text for b in zxingcpp.read_barcodes(image) if b.text.startswith(PREFIX)]
    return codes[0] if codes else ""


class PtyScanner:
    """Open with `start()`; `port` is a stable link to the pty's device, for the configuration."""

    def __init__(self, link: Path, *, delay_s: float = 0.2) -> None:
        self.link = Path(os.path.abspath(link))
        self.delay_s = delay_s
        self.how = reading_mode()
        self._lock = threading.Lock()
        self._scans: list[Scan] = []
        self._labels: queue.Queue[str | None] = queue.Queue()
        self._master = -1
        self._slave = -1
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> str:
        return str(self.link)

    @property
    def scans(self) -> list[Scan]:
        with self._lock:
            return list(self._scans)

    def start(self) -> PtyScanner:
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)  # raw before the station opens it: CR LF pass as they are
        self.link.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            self.link.unlink()
        self.link.symlink_to(os.ttyname(self._slave))
        self._thread = threading.Thread(target=self._run, name="pty-scanner", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is None:
            return
        self._labels.put(None)
        self._thread.join(10)
        self._thread = None
        for fd in (self._master, self._slave):
            with contextlib.suppress(OSError):
                os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            self.link.unlink()

    def __enter__(self) -> PtyScanner:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def label_printed(self, zpl: str) -> None:
        """A label came out of the printer: scan it (on this scanner's thread, not the caller's)."""
        self._labels.put(zpl)

    def send(self, code: str) -> None:
        """Send one code as the scanner does: its text, then CR LF."""
        os.write(self._master, code.encode("ascii") + b"\r\n")

    def _run(self) -> None:
        while (zpl := self._labels.get()) is not None:
            time.sleep(self.delay_s)
            code = read_label(zpl, self.how)
            with self._lock:
                self._scans.append(Scan(code, self.how))
            if code:
                with contextlib.suppress(OSError):  # stopped under the scan
                    self.send(code)
