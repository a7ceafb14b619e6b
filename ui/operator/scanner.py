"""Tell a barcode scanner's typing apart from a person's, and read what it scanned.

A USB barcode scanner is a keyboard: it types the code and presses Enter. What gives it away is
speed: a scanner sends its characters a few milliseconds apart, a person (even wearing no
gloves) rarely faster than ~80 ms. Characters closer together than `burst_gap_s` form a burst;
a burst of at least `min_length` characters ending in Enter is a scan.

- `SLOT:<name or number>` selects that slot (labels printed on the fixture carry these).
- anything else is a hardware serial (or device ID): the tile showing it is highlighted.

Pure Python and clock-agnostic (the caller passes timestamps), so it is tested without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

BURST_GAP_S = 0.05
MIN_LENGTH = 3
SLOT_PREFIX = "SLOT:"


@dataclass(frozen=True)
class Scan:
    text: str

    @property
    def slot(self) -> str | None:
        """The slot named by a `SLOT:` code, else None."""
        if self.text[: len(SLOT_PREFIX)].upper() == SLOT_PREFIX:
            return self.text[len(SLOT_PREFIX) :].strip()
        return None


class ScanDetector:
    """Feed it every printable key and every Enter with its timestamp (seconds)."""

    def __init__(self, burst_gap_s: float = BURST_GAP_S, min_length: int = MIN_LENGTH) -> None:
        self.burst_gap_s = burst_gap_s
        self.min_length = min_length
        self._buffer: list[str] = []
        self._last_t: float | None = None
        self._burst = False

    def _fast(self, t: float) -> bool:
        return self._last_t is not None and (t - self._last_t) <= self.burst_gap_s

    def feed_char(self, ch: str, t: float) -> bool:
        """Take one typed character. Returns True if it belongs to a scan in progress
        (its second or later fast character), so the caller should not act on it as a key."""
        if not self._fast(t):
            self._buffer = []
            self._burst = False
        else:
            self._burst = True
        self._buffer.append(ch)
        self._last_t = t
        return self._burst

    def feed_enter(self, t: float) -> Scan | None:
        """Take an Enter. Returns the scan it completes, or None if a person pressed it."""
        scan: Scan | None = None
        if self._burst and self._fast(t) and len(self._buffer) >= self.min_length:
            text = "".join(self._buffer).strip()
            if text:
                scan = Scan(text)
        self.reset()
        return scan

    def in_burst(self, t: float) -> bool:
        """True while a fast burst is under way (a Space now is part of a code, not a command)."""
        return self._burst and self._fast(t)

    def reset(self) -> None:
        self._buffer = []
        self._last_t = None
        self._burst = False
