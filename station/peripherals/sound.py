"""The fail sound: a short falling two-tone call, played through the desktop's sound server.

Operators watch the fixture, not the screen, and a tower light may be out of sight; a sound that
means "a unit failed" and nothing else reaches them. It is made here as PCM (880 Hz then 587 Hz,
0.4 s: unlike a system beep or a notification) and played with `pacat`, PulseAudio's (and
PipeWire-pulse's) own client, so the station needs no multimedia libraries. Playing never blocks
the caller; a missing sound server is reported once and the line goes on.
"""

from __future__ import annotations

import logging
import math
import shutil
import struct
import subprocess
import threading
from collections.abc import Callable

from station.errors import StationError
from station.text import Text

log = logging.getLogger(__name__)

RATE = 22050
AMPLITUDE = 0.4  # of full scale: loud enough over a line, no clipping after mixing
TONES = ((880.0, 0.15), (587.0, 0.25))  # (Hz, seconds): falling, like a "no"
_FADE_S = 0.005  # ramps at each tone's ends, so the speaker does not click
_PLAY_S = 10.0  # the tone lasts under half a second; a sound server that takes longer is stuck


class SoundUnavailable(StationError):
    """The fail sound cannot be played; the tile and the tower still show the failure."""

    error_class = "sound_unavailable"


def fail_tone(rate: int = RATE) -> bytes:
    """The fail sound as signed 16-bit little-endian mono PCM at `rate`."""
    samples: list[int] = []
    fade = int(_FADE_S * rate)
    for freq, seconds in TONES:
        n = int(seconds * rate)
        for i in range(n):
            ramp = min(1.0, i / fade, (n - 1 - i) / fade) if fade else 1.0
            value = AMPLITUDE * ramp * math.sin(2 * math.pi * freq * i / rate)
            samples.append(round(value * 32767))
    return struct.pack(f"<{len(samples)}h", *samples)


def pulse_volume(percent: int) -> int:
    """pacat's --volume (0 to 65536, 65536 = 100 %) for a volume setting in percent."""
    if not 0 <= percent <= 100:
        raise ValueError(f"volume {percent} is outside 0 to 100 %")
    return round(65536 * percent / 100)


class SoundPlayer:
    def __init__(
        self,
        volume_percent: int = 80,
        *,
        on_failure: Callable[[SoundUnavailable], None] | None = None,
    ) -> None:
        self.volume = pulse_volume(volume_percent)
        self._pcm = fail_tone()
        self._on_failure = on_failure
        self._reported = False

    def play_fail(self) -> threading.Thread:
        """Start the fail sound and return at once; the thread ends when it has played."""
        thread = threading.Thread(target=self._play_reporting, name="fail-sound", daemon=True)
        thread.start()
        return thread

    def play_fail_blocking(self) -> None:
        """Play the fail sound to its end; `SoundUnavailable` if it could not be played."""
        pacat = shutil.which("pacat")
        if pacat is None:
            raise SoundUnavailable(Text.of("sound.no_pacat"), Text.of("sound.no_pacat.action"))
        command = [
            pacat,
            "--playback",
            "--raw",
            "--format=s16le",
            f"--rate={RATE}",
            "--channels=1",
            f"--volume={self.volume}",
            "--client-name=provisioning-station",
            "--stream-name=fail",
        ]
        try:
            proc = subprocess.run(
                command, input=self._pcm, capture_output=True, timeout=_PLAY_S, check=False
            )
        except subprocess.TimeoutExpired:
            raise SoundUnavailable(
                Text.of("sound.timeout", seconds=_PLAY_S), Text.of("sound.timeout.action")
            ) from None
        if proc.returncode != 0:
            detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            raise SoundUnavailable(
                Text.of("sound.failed", detail=detail[-1])
                if detail
                else Text.of("sound.exited", status=proc.returncode),
                Text.of("sound.failed.action"),
            )

    def _play_reporting(self) -> None:
        try:
            self.play_fail_blocking()
        except SoundUnavailable as exc:
            if not self._reported:  # once: a line with no speaker need not hear about it
                self._reported = True
                log.warning("%s", exc.message)
                if self._on_failure is not None:
                    self._on_failure(exc)
