"""What the operator banner shows about fleet mode (no database imports: the GUI's events carry
it, and a station without fleet mode must not load PostgreSQL's client to show nothing)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FleetLinkState:
    """What the operator banner shows about fleet mode."""

    link: str  # "starting" | "live" | "backlog" | "offline" | "failed" | "stopped"
    backlog: int
    registrations_blocked: bool
    lot: str = ""  # the open offline lot, if any
    problem: str = ""
    action: str = ""

    @property
    def headline(self) -> str:
        if self.link == "live":
            text = "Fleet: live"
        elif self.link == "backlog":
            text = f"Fleet: backlog {self.backlog}"
        elif self.link == "offline":
            text = f"Fleet: offline, backlog {self.backlog}"
        elif self.link == "failed":
            text = f"Fleet: shipping stopped, backlog {self.backlog}"
        else:
            text = "Fleet: connecting…"
        if self.registrations_blocked:
            return text + " · new registrations blocked"
        if self.lot:
            return text + f" · offline lot {self.lot}"
        return text
