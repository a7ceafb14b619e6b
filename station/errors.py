"""The two kinds of failure the station knows.

`StationError` is the environment's fault (a device, a cable, the network, a configuration):
it carries a plain-words message and the action a person can take, and it is shown to them.
Anything else that escapes is our bug: it is logged with its traceback and reported as such.
"""

from __future__ import annotations

from station.text import Text, as_text


class StationError(Exception):
    """A failure caused by the environment, shown to a person together with what to do.

    `message` says what happened; `action` says what to do about it, in the words an operator,
    QA engineer or supervisor would use ("reseat the device in slot 3"). Neither ever contains a
    credentials secret or a token.

    Each is given as a `Text` (a message ID from `station.catalogue` and its parameters, which
    the screens translate) or, for a message without an ID yet, as English; `message` and
    `action` are always the English, `text` and `action_text` the `Text`s.
    """

    #: Short, stable class name for the journal and for filters ("timeout", "forbidden", ...).
    error_class: str = "station"

    def __init__(
        self, message: str | Text, action: str | Text = "", *, error_class: str | None = None
    ) -> None:
        self.text = as_text(message)
        self.action_text = as_text(action)
        self.message = self.text.english
        self.action = self.action_text.english
        super().__init__(self.message)
        if error_class is not None:
            self.error_class = error_class

    @property
    def message_id(self) -> str:
        """The message's catalogue ID ("" for a message without one)."""
        return self.text.id

    @property
    def params(self) -> dict[str, object]:
        """The message's parameters as plain data (journal-safe: never a secret)."""
        return dict(self.text.to_data()["params"])

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


# Neutral device errors: the engine decides on these, whatever the device profile. The serial
# link and every profile subclass them (a link error can be one of these and a LinkError at
# once), so the engine never imports a link or protocol module.


class DeviceNotAnswering(StationError):
    """Transient: the device did not answer in time, or only garbled answers came back. It may
    answer when asked again."""

    error_class = "not_answering"


class DeviceGone(StationError):
    """The device's port vanished (unplugged, power cut, re-enumerated). Final for a session."""

    error_class = "disconnected"


class OutcomeUnknown(StationError):
    """A change (`command`: write, lock, ...) was sent but its answer never arrived: the device
    may or may not have made it. Never repeat it blindly; look at the device first."""

    error_class = "write_unknown"

    def __init__(
        self,
        message: str | Text,
        action: str | Text = "",
        *,
        command: str = "",
        error_class: str | None = None,
    ) -> None:
        super().__init__(message, action, error_class=error_class)
        self.command = command


class PortInUse(StationError):
    """Another process holds the device's port; the engine names it from /proc."""

    error_class = "port_busy"


class AnotherDeviceAnswered(StationError):
    """After a reconnect inside an attempt, a device other than the one identified answered on
    the slot's port (its tty name went to another unit meanwhile). Final for the attempt:
    nothing more is written to or read from the device that answered."""

    error_class = "another_device"
