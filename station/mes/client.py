"""The route-facade client: `check` before provisioning, `report` after.

Every call has a hard total deadline: httpx's timeouts bound each socket operation on its own,
so a server that trickles its answer a byte at a time would otherwise hold a slot for minutes.
`station.net.deadline_io` bounds every socket operation by what is left of the call.

`check` answers a `RouteDecision`: allowed, or refused with the MES's reason, which the operator
sees verbatim (the MES knows why a unit is on hold; the station does not). Anything else (no
answer in time, refused connection, a body that is not the facade's) is `MesUnavailable`: what
the line then does is the target's offline policy (`station.mes.policy`), never a guess here.

`report` sends the outcome with an idempotency key, so the caller may resend it until it is
acknowledged without the MES counting a unit twice.
"""

from __future__ import annotations

import json
import logging
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import httpx

from station import __version__
from station.cancel import Deadline
from station.errors import ConfigError, StationError
from station.net.deadline_io import bounded_transport, request_deadline
from station.text import Text

log = logging.getLogger(__name__)

#: The facade's answers are a few hundred bytes; a larger one is not the facade talking.
MAX_ANSWER = 64 * 1024
#: A refusal reason is shown on a tile and journaled: long enough for a sentence, no more.
MAX_REASON = 300


class MesUnavailable(StationError):
    """The MES did not give a usable answer: down, too slow, or not speaking the facade."""

    error_class = "mes_unavailable"


@dataclass(frozen=True)
class RouteDecision:
    allowed: bool
    reason: str = ""  # the MES's own words when refused
    route_step: str = ""  # where the MES says the unit is, when allowed


@dataclass(frozen=True)
class UnitResult:
    """What the station reports after an attempt; `idempotency_key` makes resending safe."""

    idempotency_key: str
    serial: str
    device_id: str
    recipe: str
    outcome: str  # the journal's result: PASS, FAIL, SCRAP, ...
    attempt_id: str
    finished_at: str  # ISO-8601 UTC


class MesClient:
    """One facade base URL for one station; thread-safe; use as a context manager."""

    def __init__(
        self,
        base_url: str,
        *,
        station_id: str,
        timeout_s: float = 5.0,
        ca_bundle: Path | None = None,
    ) -> None:
        url = httpx.URL(base_url.rstrip("/"))
        if url.scheme not in ("http", "https") or not url.host:
            raise ConfigError(
                Text.of("mes.not_a_url", url=repr(base_url)), Text.of("mes.not_a_url.action")
            )
        if timeout_s <= 0:
            raise ValueError("timeout_s must be > 0")
        self.base_url = str(url)
        self.station_id = station_id
        self.timeout_s = timeout_s
        verify: ssl.SSLContext | bool = True
        if ca_bundle is not None:
            verify = ssl.create_default_context(cafile=str(ca_bundle))
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeout_s),
            transport=bounded_transport(verify=verify, trust_env=False),
            headers={
                "Accept": "application/json",
                "Accept-Encoding": "identity",
                "User-Agent": f"provisioning-station/{__version__}",
            },
            trust_env=False,
            follow_redirects=False,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def check(self, *, serial: str, device_id: str, recipe: str) -> RouteDecision:
        status, body = self._post(
            "check",
            {
                "serial": serial,
                "device_id": device_id,
                "station": self.station_id,
                "recipe": recipe,
            },
        )
        allowed = body.get("allowed")
        if status == 200 and allowed is True:
            step = body.get("route_step")
            return RouteDecision(True, route_step=step if isinstance(step, str) else "")
        if status == 409 and allowed is False:
            reason = body.get("reason")
            if not isinstance(reason, str) or not reason.strip():
                reason = "The MES refused this unit without saying why."
            return RouteDecision(False, reason=_printable(reason)[:MAX_REASON])
        raise self._unusable("check", f"answered {status} with {_keys(body)}")

    def report(self, result: UnitResult) -> None:
        status, body = self._post(
            "result",
            {
                "idempotency_key": result.idempotency_key,
                "station": self.station_id,
                "serial": result.serial,
                "device_id": result.device_id,
                "recipe": result.recipe,
                "outcome": result.outcome,
                "attempt_id": result.attempt_id,
                "finished_at": result.finished_at,
            },
        )
        if status in (200, 201) and body.get("accepted") is True:
            return
        raise self._unusable("result", f"answered {status} with {_keys(body)}")

    # -- plumbing ----------------------------------------------------------------------------

    def _post(self, what: str, payload: Mapping[str, str]) -> tuple[int, dict[str, Any]]:
        deadline = Deadline(self.timeout_s)
        url = f"{self.base_url}/route/{what}"
        try:
            with request_deadline(deadline), self._http.stream("POST", url, json=payload) as r:
                raw = bytearray()
                for chunk in r.iter_bytes():
                    raw += chunk
                    if len(raw) > MAX_ANSWER:
                        raise self._unusable(what, f"sent more than {MAX_ANSWER // 1024} KiB")
                status = r.status_code
        except httpx.TimeoutException:
            raise MesUnavailable(
                Text.of("mes.timeout", what=what, timeout_s=self.timeout_s),
                Text.of("mes.timeout.action"),
            ) from None
        except httpx.TransportError as exc:
            raise MesUnavailable(
                Text.of("mes.unreachable", what=what, kind=type(exc).__name__),
                Text.of("mes.unreachable.action"),
            ) from None
        try:
            body = json.loads(raw)
        except ValueError:
            raise self._unusable(what, f"answered {status} with a body that is not JSON") from None
        if not isinstance(body, dict):
            raise self._unusable(what, f"answered {status} with JSON that is not an object")
        log.debug("MES route %s -> %d", what, status)
        return status, body

    def _unusable(self, what: str, detail: str) -> MesUnavailable:
        return MesUnavailable(
            Text.of("mes.not_facade", what=what, detail=detail),
            Text.of("mes.not_facade.action"),
        )


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else " " for c in text).strip()


def _keys(body: Mapping[str, Any]) -> str:
    keys = sorted(str(k)[:20] for k in body)[:5]
    return "keys " + ", ".join(keys) if keys else "an empty object"
