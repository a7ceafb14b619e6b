"""The shapes the transaction needs from the layers below it.

The transaction is written against these small protocols rather than the concrete classes so
that its contract with each layer is visible in one place; the runner passes the real
`PairingClient` and journal (through `station.engine.journaling`). Devices are reached through
a device profile (`station.profiles.base`), never through a protocol client.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from station.cancel import CancelToken
from station.engine.events import Result, Step
from station.journal.model import PrivilegedRecord
from station.profiles.base import Identity
from station.secret import Secret


class DeviceStatus(Protocol):
    @property
    def status(self) -> str: ...


class PairingApi(Protocol):
    def register(
        self,
        device_id: str,
        *,
        initial_introspection: Mapping[str, Any] | None = None,
        cancel: CancelToken | None = None,
    ) -> Secret: ...

    def device_info(self, device_id: str, secret: Secret) -> DeviceStatus: ...


@dataclass(frozen=True)
class TargetInfo:
    """What the journal records about the target of an attempt."""

    name: str
    realm: str
    pairing_url: str


@dataclass(frozen=True)
class Finish:
    result: Result
    error_class: str
    message: str
    action: str
    fingerprint: str | None
    link_stats: Mapping[str, int | float]
    console_excerpt: str
    #: Written in the finish record's own transaction (the attempt's MES result).
    records: tuple[PrivilegedRecord, ...] = ()
    #: The message and action by ID ({"message": Text data, "action": Text data}), kept in the
    #: finish record beside their English so a screen can word them in its language.
    texts: Mapping[str, Any] | None = None


class AttemptLog(Protocol):
    """The journal, as the transaction writes it. Every call is durable when it returns,
    except `device`, which is written behind until `settle` (or the attempt's next record)."""

    def begin(self, *, slot: str, operator: str, target: TargetInfo) -> str: ...

    def device(self, attempt_id: str, identity: Identity, device_id: str | None) -> None: ...

    def settle(self, attempt_id: str) -> None: ...

    def step(
        self,
        attempt_id: str,
        step: Step,
        *,
        started_at: datetime,
        duration_s: float,
        ok: bool,
        detail: str,
    ) -> None: ...

    def intent(
        self,
        attempt_id: str,
        *,
        device_id: str,
        realm: str,
        fingerprint: str,
        meanwhile: Callable[[], None] | None = None,
    ) -> None:
        """Durable when it returns; `meanwhile` runs while it is being committed (it must not
        change the device)."""

    def latest_intent(self, device_id: str, realm: str) -> str | None: ...

    def has_passed(self, device_id: str, realm: str) -> bool: ...

    def finish(self, attempt_id: str, finish: Finish) -> None: ...
