"""Fixture ports: discovery, slot bindings, and finding a slot's port again after a replug."""

from station.config.port_binding import PortBinding
from station.ports.discovery import PortCandidate, list_candidate_ports
from station.ports.holders import PortBusy, modem_manager_running, port_busy, port_holders
from station.ports.resolve import PortAmbiguous, PortNotPresent, resolve, wait_for

__all__ = [
    "PortAmbiguous",
    "PortBinding",
    "PortBusy",
    "PortCandidate",
    "PortNotPresent",
    "list_candidate_ports",
    "modem_manager_running",
    "port_busy",
    "port_holders",
    "resolve",
    "wait_for",
]
