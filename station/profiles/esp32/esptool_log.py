"""esptool's messages go to the station's log and to the session's console text, never to
stdout (esptool is a library here; the operator sees the station's own words)."""

from __future__ import annotations

import logging
import threading
from typing import Any

from esptool.logger import TemplateLogger
from esptool.logger import log as esptool_log

log = logging.getLogger("station.profiles.esp32.esptool")
_local = threading.local()
MAX_LINES = 200


class _StationLog(TemplateLogger):  # type: ignore[misc]
    def _keep(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        log.debug("%s", text)
        lines: list[str] | None = getattr(_local, "lines", None)
        if lines is not None and len(lines) < MAX_LINES:
            lines.append(text)

    def print(self, *args: Any, **kwargs: Any) -> None:
        self._keep(" ".join(str(a) for a in args))

    def note(self, message: str) -> None:
        self._keep(f"Note: {message}")

    def warning(self, message: str) -> None:
        self._keep(f"Warning: {message}")

    def error(self, message: str) -> None:
        self._keep(f"Error: {message}")

    def stage(self, finish: bool = False) -> None:
        pass

    def progress_bar(
        self,
        cur_iter: int,
        total_iters: int,
        prefix: str = "",
        suffix: str = "",
        bar_length: int = 30,
    ) -> None:
        pass

    def set_verbosity(self, verbosity: str) -> None:
        pass


def capture(lines: list[str]) -> None:
    """esptool's messages on this thread go into `lines` (one list per session)."""
    _local.lines = lines


esptool_log.set_logger(_StationLog())
