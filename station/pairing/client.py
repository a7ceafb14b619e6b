"""The Pairing API client one target uses, shared by all slot threads.

One set of keep-alive connections per target: a TLS handshake per registration would cost more
than the registration itself. TLS is always verified. A semaphore bounds registrations in flight,
because each one costs the server a bcrypt hash (cost 12: 0.1-0.3 s of its CPU).

Retries happen only after connection errors, timeouts, 5xx and 429, and only for calls that
are safe to repeat:
- register: repeating it is safe *because only the latest secret counts*. While a device is
  pending, every registration mints a new secret and kills the previous one, and a device can
  only become confirmed by using a secret, which it cannot have before we write it. So after a
  lost answer the station registers again and burns the secret of the last answer it received.
  Callers must never register the same device from two threads at once.
- unregister is idempotent (204 every time); device info, health and version only read.
4xx answers are never retried: repeating them cannot change the outcome, with one exception.

429 is retried although it is a 4xx. It comes from the ingress in front of Pairing (nginx's
rate limit), not from Pairing: the request was turned away before Pairing saw it, so nothing
happened and asking again later is the intended response, and were it ever after the fact,
re-registering a pending device is safe as above. The wait is the server's Retry-After (seconds
or an HTTP date), else the usual backoff. A Retry-After longer than `MAX_RETRY_AFTER` or than
what the call's deadline leaves ends the retries at once with `RateLimited`: waiting would only
end in a timeout, and the slot's operator learns sooner that the ingress is throttling.

Each attempt is bounded as a whole by `timeout` (see `deadline_io`), each call by its deadline.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import httpx

from station.cancel import CancelToken, Deadline
from station.config.names import REALM
from station.errors import ConfigError
from station.pairing.device_id import validate_device_id
from station.pairing.errors import UnexpectedResponse, ValidationFailed
from station.pairing.responses import (
    Call,
    DeviceInfo,
    DeviceStatus,
    error_body,
    error_for,
    field_messages,
    parse_device_info,
    parse_secret,
    parse_version,
)
from station.pairing.tokens import TokenScope, TokenSource
from station.pairing.transport import NEVER_CANCELLED, CallPermit, PairingTransport
from station.secret import Secret
from station.text import Text

__all__ = ["DeviceInfo", "DeviceStatus", "PairingClient"]

log = logging.getLogger(__name__)


def normalize_base_url(base_url: str) -> str:
    """The Pairing base URL without a trailing slash; `/v1/...` is appended per call."""
    try:
        url = httpx.URL(base_url.strip())
    except (httpx.InvalidURL, TypeError):
        url = None
    fix = Text.of("pairing.url.fix")
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise ConfigError(Text.of("pairing.url.not_a_url", url=repr(_shown(base_url))), fix)
    if url.userinfo:
        raise ConfigError(Text.of("pairing.url.userinfo"), fix)
    if url.query or url.fragment:
        raise ConfigError(Text.of("pairing.url.query", url=repr(_shown(base_url))), fix)
    path = url.path.rstrip("/")
    if path.endswith("/v1") or "/v1/" in path:
        raise ConfigError(
            Text.of("pairing.url.has_v1", url=repr(base_url)),
            Text.of("pairing.url.has_v1.action", fix=fix),
        )
    return str(url.copy_with(path=path or "/")).rstrip("/")


def _shown(base_url: str) -> str:
    """`base_url` as a message may echo it: a user name and password, a query and a fragment
    can carry a token or a password (the message goes to the screen, the journal and logs), so
    each is left out, marked by "…"."""
    shown = re.sub(r"(//)[^/?#@]*@", r"\1…@", base_url)
    for mark in ("?", "#"):
        if mark in shown:
            shown = shown.split(mark, 1)[0] + mark + "…"
    return shown


def validate_realm(realm: str) -> str:
    if not isinstance(realm, str) or not REALM.fullmatch(realm):
        raise ConfigError(
            Text.of("pairing.realm_invalid", realm=repr(realm)),
            Text.of("pairing.realm_invalid.action"),
        )
    return realm


def _introspection_body(introspection: Mapping[str, tuple[int, int]]) -> dict[str, Any]:
    """Pairing's `{"<iface>": {"major": M, "minor": m}}` form.

    Only the shape is checked here (it could not be sent otherwise); the values are Pairing's
    to judge, so a negative version comes back as its own 422 with the field message.
    """
    body: dict[str, Any] = {}
    bad: list[str] = []
    for name, version in introspection.items():
        if (
            isinstance(name, str)
            and name
            and isinstance(version, tuple | list)
            and len(version) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in version)
        ):
            body[name] = {"major": version[0], "minor": version[1]}
        else:
            bad.append(f"has invalid format for interface {name}")
    if bad:
        # Said in Pairing's own words for the field, as its answer would give them.
        raise ValidationFailed(
            Text.of("pairing.introspection_invalid", problems="; ".join(bad)),
            Text.of("pairing.introspection_invalid.action"),
            fields={"initial_introspection": bad},
        )
    return body


class PairingClient:
    """Pairing API calls for one realm on one Astarte; thread-safe; use as a context manager."""

    def __init__(
        self,
        *,
        base_url: str,
        realm: str,
        tokens: TokenSource,
        ca_bundle: Path | None = None,
        timeout: float = 10.0,
        max_in_flight: int = 4,
        retries: int = 2,
        proxy: str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        """`timeout` bounds each attempt as a whole (connecting, TLS, sending and the complete
        answer, however slowly it arrives), not each step; a call's `deadline` bounds all its
        attempts and the waits between them.

        `transport` replaces the whole network layer, TLS and the per-attempt bound included:
        tests only (a mock, or one built with `make_ssl_context`); production code leaves it
        None so that the verified context below is the only way out."""
        if timeout <= 0 or max_in_flight < 1 or retries < 0:
            raise ValueError("timeout must be > 0, max_in_flight >= 1, retries >= 0")
        self.base_url = normalize_base_url(base_url)
        self.realm = validate_realm(realm)
        self._in_flight = threading.BoundedSemaphore(max_in_flight)
        self._transport = PairingTransport(
            base_url=self.base_url,
            host=httpx.URL(self.base_url).host,
            tokens=tokens,
            ca_bundle=ca_bundle,
            timeout=timeout,
            retries=retries,
            connections=max_in_flight + 2,
            proxy=proxy,
            transport=transport,
        )

    def __repr__(self) -> str:
        return f"PairingClient(base_url={self.base_url!r}, realm={self.realm!r})"

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- API ---------------------------------------------------------------------------------

    def _agent_url(self, device_id: str | None = None) -> str:
        url = f"{self.base_url}/v1/{self.realm}/agent/devices"
        return url if device_id is None else f"{url}/{device_id}"

    def register(
        self,
        device_id: str,
        *,
        initial_introspection: Mapping[str, tuple[int, int]] | None = None,
        deadline: Deadline | None = None,
        cancel: CancelToken | None = None,
    ) -> Secret:
        """Register `device_id` and return its new credentials secret.

        Raises `AlreadyRegistered` once the device has used a secret. Never call it for the
        same device from two threads at once: only the last secret returned works.
        """
        device_id = validate_device_id(device_id)
        data: dict[str, Any] = {"hw_id": device_id}
        # Astarte crashes on "initial_introspection": null (`Enum.map(nil, ...)` once the
        # changeset has accepted it); leave the key out instead.
        # https://github.com/astarte-platform/astarte/blob/5854375e708193aabde5b29f52353c5f37a24d52/apps/astarte_pairing/lib/astarte_pairing/agent/agent.ex#L44
        if initial_introspection:
            data["initial_introspection"] = _introspection_body(initial_introspection)
        call = Call("register", self.realm, device_id)
        with self._permit(call, deadline, cancel):
            response = self._transport.send(
                call,
                "POST",
                self._agent_url(),
                json={"data": data},
                scope=TokenScope.register(),
                deadline=deadline,
                cancel=cancel,
            )
        if response.status_code not in (200, 201):
            raise error_for(response, call)
        secret = parse_secret(response, call)
        log.info(
            "registered device %s in realm %s (secret %s)",
            device_id,
            self.realm,
            secret.fingerprint[:12],
        )
        return secret

    def unregister(
        self,
        device_id: str,
        *,
        deadline: Deadline | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        """Make the device registrable again (a supervisor's rework); idempotent."""
        device_id = validate_device_id(device_id)
        call = Call("unregister", self.realm, device_id)
        response = self._transport.send(
            call,
            "DELETE",
            self._agent_url(device_id),
            scope=TokenScope.unregister(device_id),
            deadline=deadline,
            cancel=cancel,
        )
        if response.status_code not in (200, 204):
            raise error_for(response, call)
        log.info("unregistered device %s in realm %s", device_id, self.realm)

    def device_info(
        self,
        device_id: str,
        secret: Secret,
        *,
        deadline: Deadline | None = None,
        cancel: CancelToken | None = None,
    ) -> DeviceInfo:
        """The device's status as Pairing sees it with `secret`, without using the secret up.

        Raises `SecretRejected` if Pairing does not accept this secret.
        """
        device_id = validate_device_id(device_id)
        call = Call("device_info", self.realm, device_id)
        url = f"{self.base_url}/v1/{self.realm}/devices/{device_id}"
        with self._permit(call, deadline, cancel):
            response = self._transport.send(
                call, "GET", url, secret=secret, deadline=deadline, cancel=cancel
            )
        if response.status_code != 200:
            raise error_for(response, call)
        return parse_device_info(response, call)

    def health(
        self, *, deadline: Deadline | None = None, cancel: CancelToken | None = None
    ) -> bool:
        """True if Pairing reports healthy (200), False if it reports unhealthy (503).

        `deadline` bounds the whole check, retries included, and `cancel` ends it between
        attempts: a window closing while Pairing is unreachable must not wait out every retry.
        """
        call = Call("health", self.realm)
        response = self._transport.send(
            call,
            "GET",
            f"{self.base_url}/health",
            retry_statuses=False,
            deadline=deadline,
            cancel=cancel,
        )
        if response.status_code == 200:
            return True
        if response.status_code == 503:
            return False
        raise error_for(response, call)

    def version(self) -> str:
        call = Call("version", self.realm)
        response = self._transport.send(call, "GET", f"{self.base_url}/version")
        if response.status_code != 200:
            raise error_for(response, call)
        return parse_version(response, call)

    def probe_auth(self) -> None:
        """Prove the URL, realm and token work, registering nothing ("Test connection").

        Sends a registration with an empty hw_id. Pairing checks the realm and the token before
        it validates the body, so the 422 "can't be blank" answer can only come after both were
        accepted; any other answer raises its typed error.
        """
        call = Call("probe", self.realm)
        response = self._transport.send(
            call,
            "POST",
            self._agent_url(),
            json={"data": {"hw_id": ""}},
            scope=TokenScope.register(),
        )
        if response.status_code == 422 and "hw_id" in field_messages(error_body(response)):
            return
        if response.status_code in (200, 201):
            raise UnexpectedResponse(
                Text.of("pairing.probe_accepted"),
                Text.of("pairing.probe_accepted.action"),
                status=response.status_code,
            )
        raise error_for(response, call)

    # -- plumbing ----------------------------------------------------------------------------

    def _permit(
        self, call: Call, deadline: Deadline | None, cancel: CancelToken | None
    ) -> CallPermit:
        return CallPermit(self._in_flight, call, deadline, cancel or NEVER_CANCELLED)
