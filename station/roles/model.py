"""Roles, the privileges each holds, and the check every privileged action function makes.

The screen greys out what a role may not do, but that is a convenience: the action functions
(`station.targets.actions`, `station.rework`) call `require` themselves, so a bug or a stale
button in the UI can never let an operator change a target or unregister a device.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from station.errors import StationError
from station.text import Text

#: A reason shorter than this is not a reason ("x", "ok"): QA reads these months later.
MIN_REASON_CHARS = 8


class Role(StrEnum):
    OPERATOR = "operator"
    QA = "qa"
    SUPERVISOR = "supervisor"

    @property
    def text(self) -> Text:
        """The role's name as a message (nested in the messages that name it)."""
        return Text.of(f"role.{self.value}")

    @property
    def label(self) -> str:
        return self.text.english


class Privilege(StrEnum):
    VIEW_JOURNAL = "view_journal"
    EXPORT_JOURNAL = "export_journal"
    EDIT_TARGETS = "edit_targets"
    CHOOSE_TARGET = "choose_target"
    MANAGE_CREDENTIALS = "manage_credentials"  # realm keys and issued tokens
    OVERRIDE = "override"  # provision a device that already passed
    UNREGISTER = "unregister"  # rework
    MES_OVERRIDE = "mes_override"  # let a `block` target go on while its MES is down
    EDIT_LINE = "edit_line"  # the operator screen's touch mode and foot pedal key

    @property
    def text(self) -> Text:
        """What the privilege lets one do, as a message ("may not <this>")."""
        return Text.of(f"privilege.{self.value}")

    @property
    def label(self) -> str:
        return self.text.english


_QA = frozenset({Privilege.VIEW_JOURNAL, Privilege.EXPORT_JOURNAL})
GRANTS: dict[Role, frozenset[Privilege]] = {
    Role.OPERATOR: frozenset(),
    Role.QA: _QA,
    Role.SUPERVISOR: frozenset(Privilege),
}


class NotPermitted(StationError):
    """The signed-in role may not do this; nothing was changed."""

    error_class = "not_permitted"


@dataclass(frozen=True)
class Actor:
    """A person at the station with the role they proved (operators prove nothing)."""

    name: str
    role: Role

    def may(self, privilege: Privilege) -> bool:
        return privilege in GRANTS[self.role]

    @property
    def journal_name(self) -> str:
        """How the journal names the actor: the person and the role they acted in."""
        return f"{self.name} ({self.role.value})"


def require(actor: Actor, privilege: Privilege) -> None:
    """Raise `NotPermitted` unless `actor`'s role grants `privilege`."""
    if not actor.may(privilege):
        needed = [r.text for r in Role if privilege in GRANTS[r]]
        roles = needed[-1]
        for role in reversed(needed[:-1]):
            roles = Text.of("role.or", first=role, rest=roles)
        raise NotPermitted(
            Text.of(
                "roles.not_permitted",
                name=actor.name,
                role=actor.role.text,
                privilege=privilege.text,
            ),
            Text.of("roles.not_permitted.action", roles=roles),
        )


def require_reason(reason: str, what: Text) -> str:
    """The stripped reason, or `NotPermitted` if it is missing or too short to mean anything
    (`what` names what needs it: "Unregistering a device")."""
    text = " ".join(reason.split())
    if len(text) < MIN_REASON_CHARS:
        raise NotPermitted(
            Text.of("roles.reason_required", what=what, least=MIN_REASON_CHARS),
            Text.of("roles.reason_required.action"),
            error_class="reason_required",
        )
    return text
