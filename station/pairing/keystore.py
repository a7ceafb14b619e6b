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
from station.text import Text

log = logging.getLogger(__name__)

SERVICE = "provisioning-station"
Kind = Literal["realm-key", "issued-token", "fleet-password"]
#: What a target holds; the fleet password belongs to the station's fleet role, not a target.
KINDS: tuple[Kind, ...] = ("realm-key", "issued-token")

_TARGET = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_FIX = Text.of("keystore.action")
_UNLOCK_FIX = Text.of("keystore.unlock.action")
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
            Text.of("keystore.bad_target", target=repr(target)),
            Text.of("keystore.bad_target.action"),
        )
    return f"{target}:{kind}"


def _refused_reason(backend: keyring.backend.KeyringBackend) -> Text | None:
    cls = type(backend)
    name = f"{cls.__module__}.{cls.__qualname__}"
    if cls.__module__ == "keyring.backends.fail":
        return Text.of("keystore.reason.no_backend")
    if cls.__module__ == "keyring.backends.null":
        return Text.of("keystore.reason.null")
    if cls.__module__.startswith("keyrings.alt") or "plaintext" in name.lower():
        return Text.of("keystore.reason.file", name=name)
    if cls.__module__ == "keyring.backends.chainer":
        chained = list(getattr(cls, "backends", []))
        if not chained:
            return Text.of("keystore.reason.no_backend")
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
        raise KeyringUnavailable(Text.of("keystore.refused", reason=reason), _FIX)
    return backend


def _unavailable(exc: BaseException, doing: Text) -> KeyringUnavailable:
    if isinstance(exc, keyring.errors.KeyringLocked):
        what = Text.of("keystore.reason.locked")
    elif isinstance(exc, keyring.errors.NoKeyringError):
        what = Text.of("keystore.reason.no_backend")
    elif isinstance(exc, keyring.errors.InitError):
        what = Text.of("keystore.reason.no_collection")
    else:
        what = Text.of("keystore.reason.other", kind=type(exc).__name__)
    # The backend's own text is not shown: it may quote D-Bus object paths but never material;
    # the class name is enough to diagnose and keeps messages uniform.
    return KeyringUnavailable(Text.of("keystore.cannot", doing=doing, reason=what), _FIX)


def _bounded(doing: Text, call: Callable[[keyring.backend.KeyringBackend], T]) -> T:
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


def _no_answer(doing: Text, timeout: float) -> KeyringUnavailable:
    return KeyringUnavailable(
        Text.of("keystore.no_answer", doing=doing, seconds=float(timeout)), _UNLOCK_FIX
    )


def _set(target: str, kind: Kind, value: str) -> None:
    user = _username(target, kind)
    _bounded(
        Text.of("keystore.doing.store", kind=kind, target=repr(target)),
        lambda backend: backend.set_password(SERVICE, user, value),
    )


def _get(target: str, kind: Kind) -> str | None:
    user = _username(target, kind)
    return _bounded(
        Text.of("keystore.doing.read", kind=kind, target=repr(target)),
        lambda backend: backend.get_password(SERVICE, user),
    )


def store_realm_key(target: str, pem: bytes) -> RealmKey:
    """Validate `pem` as a realm private key and keep it in the keyring; return what it is."""
    key = parse_realm_key(pem)
    try:
        text = pem.decode("utf-8")
    except UnicodeDecodeError:
        raise KeyInvalid(
            Text.of("keystore.key_not_text"), Text.of("keystore.key_not_text.action")
        ) from None
    _set(target, "realm-key", text.strip() + "\n")
    log.info("stored the realm key of target %s (%s) in the keyring", target, key.description)
    return key


def load_realm_key(target: str) -> bytes:
    text = _get(target, "realm-key")
    if text is None:
        raise CredentialMissing(
            Text.of("keystore.no_realm_key", target=repr(target)),
            Text.of("keystore.no_realm_key.action", name=target),
        )
    return text.encode("utf-8")


def store_issued_token(target: str, token: str) -> None:
    _set(target, "issued-token", token.strip())
    log.info("stored an issued token for target %s in the keyring", target)


def load_issued_token(target: str) -> str:
    text = _get(target, "issued-token")
    if text is None:
        raise CredentialMissing(
            Text.of("keystore.no_token", target=repr(target)),
            Text.of("keystore.no_token.action", name=target),
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
    return _bounded(Text.of("keystore.doing.delete", kind=what, target=repr(target)), remove)


def describe_key(target: str) -> str:
    """Key type and algorithm of the stored realm key, e.g. "EC P-256 (ES256)"."""
    return parse_realm_key(
        load_realm_key(target), source=Text.of("keys.source.keyring", target=repr(target))
    ).description


def store_fleet_password(role: str, password: str) -> None:
    """The password of this station's role on the central fleet database."""
    _set(role, "fleet-password", password)
    log.info("stored the fleet password of role %s in the keyring", role)


def load_fleet_password(role: str) -> str:
    text = _get(role, "fleet-password")
    if text is None:
        raise CredentialMissing(
            Text.of("keystore.no_fleet_password", role=repr(role)),
            Text.of("keystore.no_fleet_password.action"),
        )
    return text
