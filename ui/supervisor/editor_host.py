"""What the target editor's panels ask of the editor that holds them.

The credentials panel and the Test connection panel each own their widgets and their action;
the editor owns what they share: which target is shown, who asks and why (the journal records
both), the one background queue with its busy state, and the status line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from station.config import StationConfig
from station.roles import Actor
from ui.said import Words

T = TypeVar("T")


class EditorHost(Protocol):
    def shown_target(self) -> str | None:
        """The saved target the form shows (None for a new, unsaved one)."""
        ...

    def config(self) -> StationConfig:
        """The configuration as last saved."""
        ...

    def request(self) -> tuple[Actor, str]:
        """Who asks (the signed-in role) and the reason typed for the journal."""
        ...

    def run(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None],
        what: str,
        *,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `fn` on the editor's worker, busy meanwhile; a failure is shown in the status
        line (after `on_failure`, if given, has run)."""
        ...

    def say(self, words: Words) -> None:
        """Put `words()` in the status line, and again in each new language (ui.said)."""
        ...
