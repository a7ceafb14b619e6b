"""The two kinds of failure the station knows.

`StationError` is the environment's fault (a device, a cable, the network, a configuration):
it carries a plain-words message and the action a person can take, and it is shown to them.
Anything else that escapes is our bug: it is logged with its traceback and reported as such.
"""

from __future__ import annotations


class StationError(Exception):
    """A failure caused by the environment, shown to a person together with what to do.

    `message` says what happened; `action` says what to do about it, in the words an operator,
    QA engineer or supervisor would use ("reseat the device in slot 3"). Neither ever contains a
    credentials secret or a token.
    """

    #: Short, stable class name for the journal and for filters ("timeout", "forbidden", ...).
    error_class: str = "station"

    def __init__(self, message: str, action: str = "", *, error_class: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.action = action
        if error_class is not None:
            self.error_class = error_class

    def __str__(self) -> str:
        if self.action:
            return f"{self.message} — {self.action}"
        return self.message


class ConfigError(StationError):
    """The configuration file or a command-line value is wrong."""

    error_class = "config"


class UsageError(StationError):
    """A command was called with arguments that cannot work together."""

    error_class = "usage"
