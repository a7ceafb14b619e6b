"""Realm keys and issued tokens in the OS keyring, and nowhere else.

The station refuses to work on a keyring backend that would keep key material in plain text
(keyrings.alt's file backends) or that silently drops it (the null backend), and treats a missing
or locked Secret Service as a hard stop with a fix, never as a reason to fall back to a file.
"""

from __future__ import annotations

import logging
import re
from typing import Literal

import keyring
import keyring.backend
import keyring.errors

from station.errors import ConfigError
from station.pairing.errors import CredentialMissing, KeyInvalid, KeyringUnavailable
from station.pairing.keys import RealmKey, parse_realm_key

log = logging.getLogger(__name__)

SERVICE = "provisioning-station"
Kind = Literal["realm-key", "issued-token"]
KINDS: tuple[Kind, ...] = ("realm-key", "issued-token")

_TARGET = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_FIX = (
    "Start a Secret Service (gnome-keyring) in this desktop session and unlock it, "
    "then try again. The station never falls back to storing keys or tokens in a file."
)


def _backend_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [keyring.errors.KeyringError]
    # SecretService talks D-Bus; some failures escape keyring's own wrapping as these.
    try:
        import secretstorage.exceptions

        errors.append(secretstorage.exceptions.SecretStorageException)
    except ImportError:
        pass
    try:
        import jeepney.wrappers  # type: ignore[import-untyped]

        errors.append(jeepney.wrappers.DBusErrorResponse)
    except ImportError:
        pass
    errors.append(OSError)
    return tuple(errors)


_BACKEND_ERRORS = _backend_errors()


def _username(target: str, kind: Kind) -> str:
    if not isinstance(target, str) or not _TARGET.fullmatch(target):
        raise ConfigError(
            f"{target!r} is not a valid target name.",
            "Use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit.",
        )
    return f"{target}:{kind}"


def _refused_reason(backend: keyring.backend.KeyringBackend) -> str | None:
    cls = type(backend)
    name = f"{cls.__module__}.{cls.__qualname__}"
    if cls.__module__ == "keyring.backends.fail":
        return "no OS keyring backend is available"
    if cls.__module__ == "keyring.backends.null":
        return "the keyring is configured as the null backend, which stores nothing"
    if cls.__module__.startswith("keyrings.alt") or "plaintext" in name.lower():
        return f"the keyring backend {name} keeps secrets in a file, not in the OS keyring"
    if cls.__module__ == "keyring.backends.chainer":
        chained = list(getattr(cls, "backends", []))
        if not chained:
            return "no OS keyring backend is available"
        for inner in chained:
            reason = _refused_reason(inner)
            if reason:
                return reason
    return None


def backend_name() -> str:
    cls = type(keyring.get_keyring())
    return f"{cls.__module__}.{cls.__qualname__}"


def _backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    reason = _refused_reason(backend)
    if reason:
        raise KeyringUnavailable(f"Cannot use the keyring: {reason}.", _FIX)
    return backend


def _unavailable(exc: BaseException, doing: str) -> KeyringUnavailable:
    if isinstance(exc, keyring.errors.KeyringLocked):
        what = "the keyring is locked"
    elif isinstance(exc, keyring.errors.NoKeyringError):
        what = "no OS keyring backend is available"
    elif isinstance(exc, keyring.errors.InitError):
        what = "the Secret Service could not open its collection (locked or not running)"
    else:
        what = f"the keyring reported {type(exc).__name__}"
    # The backend's own text is not shown: it may quote D-Bus object paths but never material;
    # the class name is enough to diagnose and keeps messages uniform.
    return KeyringUnavailable(f"Cannot {doing}: {what}.", _FIX)


def _set(target: str, kind: Kind, value: str) -> None:
    user = _username(target, kind)
    backend = _backend()
    try:
        backend.set_password(SERVICE, user, value)
    except _BACKEND_ERRORS as exc:
        raise _unavailable(exc, f"store the {kind} of target {target!r}") from None


def _get(target: str, kind: Kind) -> str | None:
    user = _username(target, kind)
    backend = _backend()
    try:
        return backend.get_password(SERVICE, user)
    except _BACKEND_ERRORS as exc:
        raise _unavailable(exc, f"read the {kind} of target {target!r}") from None


def store_realm_key(target: str, pem: bytes) -> RealmKey:
    """Validate `pem` as a realm private key and keep it in the keyring; return what it is."""
    key = parse_realm_key(pem)
    try:
        text = pem.decode("utf-8")
    except UnicodeDecodeError:
        raise KeyInvalid(
            "The key file has bytes that are not text around the PEM block.",
            "Export the key again as plain PEM (openssl pkey -in KEY -out PLAIN).",
        ) from None
    _set(target, "realm-key", text.strip() + "\n")
    log.info("stored the realm key of target %s (%s) in the keyring", target, key.description)
    return key


def load_realm_key(target: str) -> bytes:
    text = _get(target, "realm-key")
    if text is None:
        raise CredentialMissing(
            f"No realm key is stored for target {target!r}.",
            f"A supervisor runs `station target import-key {target} --file <realm>_private.pem`.",
        )
    return text.encode("utf-8")


def store_issued_token(target: str, token: str) -> None:
    _set(target, "issued-token", token.strip())
    log.info("stored an issued token for target %s in the keyring", target)


def load_issued_token(target: str) -> str:
    text = _get(target, "issued-token")
    if text is None:
        raise CredentialMissing(
            f"No issued token is stored for target {target!r}.",
            f"A supervisor pipes a token into `station target set-token {target}`.",
        )
    return text


def delete(target: str, kind: Kind | None = None) -> list[Kind]:
    """Remove the stored key and/or token of `target`; return the kinds that existed."""
    removed: list[Kind] = []
    backend = _backend()
    for k in KINDS if kind is None else (kind,):
        user = _username(target, k)
        try:
            if backend.get_password(SERVICE, user) is None:
                continue
            backend.delete_password(SERVICE, user)
        except keyring.errors.PasswordDeleteError:
            continue
        except _BACKEND_ERRORS as exc:
            raise _unavailable(exc, f"delete the {k} of target {target!r}") from None
        removed.append(k)
    return removed


def describe_key(target: str) -> str:
    """Key type and algorithm of the stored realm key, e.g. "EC P-256 (ES256)"."""
    return parse_realm_key(
        load_realm_key(target), source=f"the keyring entry of {target!r}"
    ).description
