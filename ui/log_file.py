"""The station's log file: the screens' warnings and errors, each bug with its trace.

Every window of the station (`station gui`, `station demo`, `station qa --fleet`) starts it with
its exception hooks (`ui.app.install_exception_hooks`), beside the log on standard error. It
exists so that a screen meeting an internal error can name a file a supervisor sends to support
(`ui.read_failures`). It is rotated at 1 MB, three old files kept.

A bug's message may carry whatever value it met, and this file stays on disk: every secret- or
token-shaped run of a record, its trace included, is written as "[removed]", as in the crash
dialog's report (`ui.errors.bug_report`).
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from station.config.store import APP_NAME
from station.pairing.redact import remove_tokens

LOG_NAME = "station.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# The handler writing the file, once started (a list: no `global` statement needed).
_open: list[RotatingFileHandler] = []


class _Redacting(logging.Formatter):
    """The record as the file's format has it, with nothing secret- or token-shaped left."""

    def format(self, record: logging.LogRecord) -> str:
        return remove_tokens(super().format(record))


def default_log_path() -> Path:
    """~/.local/state/provisioning-station/log/station.log on Linux (platformdirs)."""
    return platformdirs.user_log_path(APP_NAME, appauthor=False) / LOG_NAME


def log_path() -> Path:
    """The file the log is written to (where it would be, before it is started)."""
    return Path(_open[0].baseFilename) if _open else default_log_path()


def start_log_file(path: Path | None = None) -> Path:
    """Write warnings and errors to `path` (default `default_log_path()`) from now on, in
    addition to any other handler; once per process (a second call moves it to `path`)."""
    path = path or default_log_path()
    if _open:
        if Path(_open[0].baseFilename) == path.absolute():
            return path
        stop_log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, delay=True)
    except OSError as exc:
        # The screens still work without it; the log on standard error remains.
        sys.stderr.write(
            f"station: no log file at {path} ({exc.strerror}); logging to stderr only\n"
        )
        return path
    handler.setLevel(logging.WARNING)
    handler.setFormatter(_Redacting(_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.WARNING:  # the file gets warnings and errors whatever else logs
        root.setLevel(logging.WARNING)
    _open.append(handler)
    return path


def stop_log_file() -> None:
    """Close the log file (tests, and a move to another file)."""
    while _open:
        handler = _open.pop()
        logging.getLogger().removeHandler(handler)
        handler.close()
