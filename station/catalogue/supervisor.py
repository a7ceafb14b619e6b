"""Texts the supervisor's pages show that station/ makes: a fleet station's state as the centre
sees it (the fleet page and `station fleet stations`)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # station/fleet/supervise.py: station_state_text.
    "fleet.station.no_heartbeat": "no heartbeat yet",
    "fleet.station.silent": "silent",
    "fleet.station.backlog": "backlog {backlog}",
    "fleet.station.shipper_stopped": "shipper stopped",
    "fleet.station.shipper_failed": "shipper failed",
    "fleet.station.starting": "starting",
    "fleet.station.live": "live",
    "fleet.station.offline": "offline",
}
