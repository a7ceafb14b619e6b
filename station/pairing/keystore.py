"""Realm keys and issued tokens in the OS keyring, and nowhere else.

The station refuses to work on a keyring backend that would keep key material in plain text
(keyrings.alt's file backends) or that silently drops it (the null backend), and treats a missing
or locked Secret Service as a hard stop with a fix, never as a reason to fall back to a file.

A locked Secret Service answers a read by raising its desktop unlock prompt and waiting for it,
with no end if nobody is at the desktop. So every keyring call runs in a worker thread and the
caller waits at most `CALL_TIMEOUT`; calls are made one at a time, so that a stuck call does not
stack up more prompts and threads behind it. A store or delete the caller gave up on may still
complete after a late unlock; it then does what was asked, so a retry finds it done.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FuturesTimeout
from typing import Literal, TypeVar

import keyring
import keyring.backend
import keyring.errors

from station.errors import ConfigError
from station.pairing.errors import CredentialMissing, KeyInvalid, KeyringUnavailable
from station.pairing.keys import RealmKey, parse_realm_key

log = logging.getLogger(__name__)

SERVICE = "provisioning-station"
Kind = Literal["realm-key", "issued-token", "fleet-password"]
#: What a target holds; the fleet password belongs to the station's fleet role, not a target.
KINDS: tuple[Kind, ...] = ("realm-key", "issued-token")

_TARGET = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_FIX = (
    "Start a Secret Service (gnome-keyring) in this desktop session and unlock it, "
    "then try again. The station never falls back to storing keys or tokens in a file."
)
_UNLOCK_FIX = (
    "Unlock the keyring: answer its unlock prompt on this PC's desktop (or unlock the "
    "'Login' keyring in Passwords and Keys), then try again. The station never falls back "
    "to storing keys or tokens in a file."
)
#: How long a caller waits for one keyring call, an unlock prompt included.
CALL_TIMEOUT = 30.0
_one_call_at_a_time = threading.Lock()
T = TypeVar("T")


def _backend_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [keyring.errors.KeyringError]
    # SecretService talks D-Bus; keyring wraps only the collection lookup, so a failure in the
    # item calls escapes as secretstorage's own exception (search_items, get_secret and
    # create_item in https://github.com/jaraco/keyring/blob/v25.7.0/keyring/backends/SecretService.py#L77-L92).
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


def _bounded(doing: str, call: Callable[[keyring.backend.KeyringBackend], T]) -> T:
    """`call(backend)` in a worker thread; `KeyringUnavailable` if it takes over CALL_TIMEOUT."""
    timeout = CALL_TIMEOUT
    outcome: Future[T] = Future()

    def work() -> None:
        if not _one_call_at_a_time.acquire(timeout=timeout):
            outcome.set_exception(_no_answer(doing, timeout))
            return
        try:
            outcome.set_result(call(_backend()))
        except _BACKEND_ERRORS as exc:
            outcome.set_exception(_unavailable(exc, doing))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread as is
            outcome.set_exception(exc)
        finally:
            _one_call_at_a_time.release()

    # A daemon: a call stuck on a prompt nobody answers must not keep the process alive.
    threading.Thread(target=work, name="keyring-call", daemon=True).start()
    try:
        return outcome.result(timeout=timeout)
    except FuturesTimeout:
        log.warning("keyring call to %s did not return within %g s", doing, timeout)
        raise _no_answer(doing, timeout) from None


def _no_answer(doing: str, timeout: float) -> KeyringUnavailable:
    return KeyringUnavailable(
        f"Cannot {doing}: the keyring did not answer within {timeout:g} s; it is probably "
        "locked and waiting for its unlock prompt.",
        _UNLOCK_FIX,
    )


def _set(target: str, kind: Kind, value: str) -> None:
    user = _username(target, kind)
    _bounded(
        f"store the {kind} of target {target!r}",
        lambda backend: backend.set_password(SERVICE, user, value),
    )


def _get(target: str, kind: Kind) -> str | None:
    user = _username(target, kind)
    return _bounded(
        f"read the {kind} of target {target!r}",
        lambda backend: backend.get_password(SERVICE, user),
    )


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
    kinds = KINDS if kind is None else (kind,)
    users = {k: _username(target, k) for k in kinds}

    def remove(backend: keyring.backend.KeyringBackend) -> list[Kind]:
        removed: list[Kind] = []
        for k, user in users.items():
            try:
                if backend.get_password(SERVICE, user) is None:
                    continue
                backend.delete_password(SERVICE, user)
            except keyring.errors.PasswordDeleteError:
                continue
            removed.append(k)
        return removed

    what = " and ".join(kinds)
    return _bounded(f"delete the {what} of target {target!r}", remove)


def describe_key(target: str) -> str:
    """Key type and algorithm of the stored realm key, e.g. "EC P-256 (ES256)"."""
    return parse_realm_key(
        load_realm_key(target), source=f"the keyring entry of {target!r}"
    ).description


def store_fleet_password(role: str, password: str) -> None:
    """The password of this station's role on the central fleet database."""
    _set(role, "fleet-password", password)
    log.info("stored the fleet password of role %s in the keyring", role)


def load_fleet_password(role: str) -> str:
    text = _get(role, "fleet-password")
    if text is None:
        raise CredentialMissing(
            f"No password for the fleet role {role!r} is stored in this PC's keyring.",
            "Plant IT gives the password printed by `station fleet add-station`; store it "
            "with `station fleet set-password`.",
        )
    return text
