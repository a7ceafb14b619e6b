"""The fleet link of a running station: its shipper thread, and the state the operator sees.

`FleetLink` starts the shipper inside the station's own process (the GUI's, or `station
provision`'s) and watches it from a thread of its own, so nothing here ever runs on a slot's
thread or the GUI thread: both only receive a `FleetLinkState` through a callback when it
changes. Provisioning never waits for any of it.

The state answers the operator's two questions: is the centre getting this station's journal
(live, a backlog of N events, offline), and may new devices be registered right now. With the
centre offline they may not (claims fail closed), unless a supervisor's offline lot is open.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from station.errors import StationError
from station.fleet.claims import ClaimClient
from station.fleet.connect import FleetSettings
from station.fleet.link_state import FleetLinkState
from station.fleet.lots import OfflineLots, backfill_claims
from station.fleet.shipper import Shipper, ShipperStatus
from station.text import Text

log = logging.getLogger(__name__)

# How often the watcher looks at the shipper and the lot: the banner is a person's view.
WATCH_S = 0.5


def state_of(status: ShipperStatus, lot: str) -> FleetLinkState:
    # The shipper and the claims talk to the same centre: a shipper that cannot reach it means
    # a claim cannot either, so registrations are blocked unless a lot lets them through.
    blocked = status.link == "offline" and not lot
    action = status.action_text
    if blocked:
        action = (
            Text.of("fleet.blocked.open_lot.after", action=action)
            if action.english
            else Text.of("fleet.blocked.open_lot")
        )
    return FleetLinkState(
        link=status.link,
        backlog=status.backlog,
        registrations_blocked=blocked,
        lot=lot,
        problem_text=status.problem_text,
        action_text=action,
    )


class FleetLink:
    def __init__(
        self,
        settings: FleetSettings,
        password: str | Callable[[], str | None] | None,
        journal_path: Path,
        lots: OfflineLots,
        on_change: Callable[[FleetLinkState], None],
        *,
        claims: ClaimClient | None = None,
        watch_s: float = WATCH_S,
    ) -> None:
        """`claims`: the station's claim client, to back-fill the claims of devices passed
        under an offline lot each time the link comes back (None: no back-fill)."""
        self.shipper = Shipper(settings, password, journal_path)
        self._lots = lots
        self._claims = claims
        self._backfill: threading.Thread | None = None
        self._on_change = on_change
        self._watch_s = watch_s
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._state: FleetLinkState | None = None
        self._thread = threading.Thread(target=self._watch, name="fleet-link", daemon=True)

    def start(self) -> FleetLink:
        self.shipper.start()
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self.shipper.stop(timeout)
        if self._thread.is_alive():
            self._thread.join(timeout)

    def state(self) -> FleetLinkState | None:
        with self._lock:
            return self._state

    def _watch(self) -> None:
        while not self._stop.is_set():
            lot = self._lots.current()
            state = state_of(self.shipper.status(), lot.lot_id if lot else "")
            with self._lock:
                before, self._state = self._state, state
            if state != before:
                self._on_change(state)
            if state.link == "live" and (before is None or before.link != "live"):
                self._start_backfill()
            self._stop.wait(self._watch_s)

    def _start_backfill(self) -> None:
        if self._claims is None or (self._backfill is not None and self._backfill.is_alive()):
            return
        self._backfill = threading.Thread(
            target=self._run_backfill, args=(self._claims,), name="fleet-backfill", daemon=True
        )
        self._backfill.start()

    def _run_backfill(self, claims: ClaimClient) -> None:
        # Its own thread: thousands of lot registrations must not hold up the banner.
        try:
            done = backfill_claims(self._lots.journal, claims)
        except StationError as exc:
            log.warning("offline lot claims not back-filled yet: %s", exc)
            return
        if done.completed:
            log.info("back-filled %d claims of devices passed under offline lots", done.completed)
        for realm, device_id, holder in done.refused:
            log.warning(
                "device %s (realm %s), passed here under an offline lot, is also registered "
                "by station %s: the centre lists it in fleet.duplicate_registrations",
                device_id, realm, holder,
            )  # fmt: skip
