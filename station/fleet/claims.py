"""Fleet-wide device-ID claims: a lease with a fencing token, taken before Pairing register.

The station calls the centre's SECURITY DEFINER functions; it cannot read or write the claims
table itself. Every failure to get an answer fails closed: `FleetUnreachable` means "do not
register", never "go ahead".
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg

from station.fleet.connect import FleetSettings, connect, explain_db_error
from station.fleet.errors import FleetError, FleetUnreachable
from station.text import Text

DEFAULT_TTL_S = 120
#: The state of a "claim" made without the centre, under a supervisor's offline lot.
OFFLINE_LOT = "offline_lot"


@dataclass(frozen=True)
class Claim:
    """The answer to a claim: a token to go ahead, or who holds the ID and since when."""

    realm: str
    device_id: str
    token: int | None
    holder: str
    state: str
    since: datetime

    @property
    def granted(self) -> bool:
        return self.token is not None

    @property
    def offline(self) -> bool:
        """Taken under an offline lot: nothing to renew or complete at the centre."""
        return self.state == OFFLINE_LOT


class ClaimClient:
    """One connection per station, shared by its slot threads under a lock (calls are ~1 ms)."""

    def __init__(
        self, settings: FleetSettings, password: str | Callable[[], str | None] | None
    ) -> None:
        """`password` may be a function (read from the keyring when first connecting)."""
        self._settings = settings
        self._password = password
        self._lock = threading.Lock()
        self._conn: psycopg.Connection[tuple[Any, ...]] | None = None

    @property
    def role(self) -> str:
        return self._settings.role

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def claim(self, realm: str, device_id: str, ttl_s: int = DEFAULT_TTL_S) -> Claim:
        row = self._call(
            "SELECT token, holder, state, since FROM fleet.claim_device(%s, %s, %s)",
            (realm, device_id, ttl_s),
        )
        if row is None:
            raise FleetError(
                Text.of("fleet.claim.no_answer", device_id=device_id),
                Text.of("fleet.schema_damaged.action"),
            )
        token, holder, state, since = row
        assert isinstance(since, datetime)
        return Claim(
            realm=realm,
            device_id=device_id,
            token=None if token is None else int(str(token)),
            holder=str(holder),
            state=str(state),
            since=since,
        )

    def renew(self, claim: Claim, ttl_s: int = DEFAULT_TTL_S) -> bool:
        """False: the lease was lost (another station holds the ID now); do not write."""
        row = self._call(
            "SELECT fleet.renew_claim(%s, %s, %s, %s)",
            (claim.realm, claim.device_id, claim.token, ttl_s),
        )
        return bool(row and row[0])

    def complete(self, claim: Claim) -> bool:
        row = self._call(
            "SELECT fleet.complete_claim(%s, %s, %s)", (claim.realm, claim.device_id, claim.token)
        )
        return bool(row and row[0])

    def _call(self, query: str, params: tuple[object, ...]) -> tuple[Any, ...] | None:
        with self._lock:
            try:
                if self._conn is None or self._conn.closed:
                    password = self._password() if callable(self._password) else self._password
                    self._conn = connect(self._settings, password, application="claims")
                return self._conn.execute(query.encode(), params).fetchone()
            except psycopg.OperationalError as exc:
                # Includes a link that died mid-call: whether the centre saw it is unknown, so
                # the answer is "no"; an orphaned lease expires on the server's clock.
                if self._conn is not None:
                    self._conn.close()
                    self._conn = None
                raise FleetUnreachable(
                    Text.of("fleet.claim.unreachable", reason=str(exc)),
                    Text.of("fleet.claim.unreachable.action"),
                ) from exc
            except psycopg.Error as exc:
                # The centre answered with a refusal (no grant, a schema without the claim
                # functions): the environment's fault, with an action; the claim is not granted.
                raise explain_db_error(exc, self._settings.role) from exc
