"""The Wi-Fi password the configuration file carries: from the OS keyring, never from TOML.

Stored under the station's keyring service with the user name `wifi-password:<SSID>` (the
`keyring` command line sets it). A plain-text or null keyring backend is refused, as for realm
keys; the call is bounded so a locked keyring's unlock prompt cannot hang a slot.
"""

from __future__ import annotations

import threading

import keyring
import keyring.errors

from station.errors import StationError
from station.secret import Secret
from station.text import Text

SERVICE = "provisioning-station"
TIMEOUT_S = 30.0
_REFUSED_BACKENDS = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


class WifiPasswordUnavailable(StationError):
    error_class = "wifi_password"


def username(ssid: str) -> str:
    return f"wifi-password:{ssid}"


def load(ssid: str) -> Secret:
    backend = keyring.get_keyring()
    module = type(backend).__module__
    if module.startswith(_REFUSED_BACKENDS):
        raise WifiPasswordUnavailable(
            Text.of("wifi.unsafe_backend", module=module),
            Text.of("wifi.unsafe_backend.action"),
        )
    box: list[str | BaseException | None] = []

    def work() -> None:
        try:
            box.append(backend.get_password(SERVICE, username(ssid)))
        except Exception as exc:  # noqa: BLE001 (reported below with its text)
            box.append(exc)

    worker = threading.Thread(target=work, name="wifi-keyring", daemon=True)
    worker.start()
    worker.join(TIMEOUT_S)
    if not box:
        raise WifiPasswordUnavailable(Text.of("wifi.no_answer"), Text.of("wifi.no_answer.action"))
    value = box[0]
    if isinstance(value, BaseException):
        raise WifiPasswordUnavailable(
            Text.of("wifi.failed", kind=type(value).__name__), Text.of("wifi.failed.action")
        )
    if not value:
        raise WifiPasswordUnavailable(
            Text.of("wifi.none", ssid=repr(ssid)),
            Text.of("wifi.none.action", command=f"keyring set {SERVICE} {username(ssid)!r}"),
        )
    return Secret(value)
