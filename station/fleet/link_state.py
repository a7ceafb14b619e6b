"""What the operator banner shows about fleet mode (no database imports: the GUI's events carry
it, and a station without fleet mode must not load PostgreSQL's client to show nothing)."""

from __future__ import annotations

from dataclasses import dataclass

from station.text import NOTHING, Text


@dataclass(frozen=True)
class FleetLinkState:
    """What the operator banner shows about fleet mode."""

    link: str  # "starting" | "live" | "backlog" | "offline" | "failed" | "stopped"
    backlog: int
    registrations_blocked: bool
    lot: str = ""  # the open offline lot, if any
    #: Why the link is down or failed, and what to do (by message ID for the screens).
    problem_text: Text = NOTHING
    action_text: Text = NOTHING

    @property
    def problem(self) -> str:
        return self.problem_text.english

    @property
    def action(self) -> str:
        return self.action_text.english

    @property
    def headline(self) -> str:
        return self.headline_text.english

    @property
    def headline_text(self) -> Text:
        """`headline` by message ID, for the screens."""
        if self.link == "live":
            text = Text.of("fleet.live")
        elif self.link in ("backlog", "offline", "failed"):
            text = Text.of(f"fleet.{self.link}", backlog=self.backlog)
        else:
            text = Text.of("fleet.connecting")
        if self.registrations_blocked:
            return Text.of("fleet.blocked", headline=text)
        if self.lot:
            return Text.of("fleet.offline_lot", headline=text, lot=self.lot)
        return text
