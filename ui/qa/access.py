"""Who is using the QA window, asked at the moment it matters.

The window and its exports take a function that returns the current actor rather than an actor:
a QA or supervisor session can end (sign-out, the idle lock) while the window is open, and an
export started after that must be refused, whatever the menu still shows.
"""

from __future__ import annotations

from collections.abc import Callable

from station.roles import Actor, Privilege, require

ActorSource = Callable[[], Actor]


def fixed(actor: Actor) -> ActorSource:
    """An actor that never changes (a QA session of its own, tests)."""
    return lambda: actor


def check(actor: ActorSource, privilege: Privilege) -> None:
    """`NotPermitted` unless the current actor holds `privilege`."""
    require(actor(), privilege)
