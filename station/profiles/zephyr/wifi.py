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
            f"The OS keyring backend ({module}) would not keep the Wi-Fi password safe.",
            "Start and unlock a Secret Service (gnome-keyring) in this desktop session.",
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
        raise WifiPasswordUnavailable(
            "The OS keyring did not answer when asked for the Wi-Fi password.",
            "Unlock the keyring on this PC's desktop, then start the slot again.",
        )
    value = box[0]
    if isinstance(value, BaseException):
        raise WifiPasswordUnavailable(
            f"The OS keyring failed to give the Wi-Fi password ({type(value).__name__}).",
            "Start and unlock a Secret Service (gnome-keyring), then start the slot again.",
        )
    if not value:
        raise WifiPasswordUnavailable(
            f"The OS keyring holds no Wi-Fi password for SSID {ssid!r}.",
            f"Ask the supervisor to store it: keyring set {SERVICE} {username(ssid)!r}.",
        )
    return Secret(value)
