"""A supervisor's override of an MES offline policy of `block`: start it, end it, read it.

One code path for `station mes override` and the supervisor's MES screen: both check the same
things (a supervisor, a reason, at most one shift, a target that asks the MES) and write the same
`mes_override` journal event (target, who, why, until when), which the running station reads when
its MES cannot be asked (`mes_step.override_in_force`).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from station.config.model import TargetConfig
from station.engine.mes_step import MAX_OVERRIDE, OVERRIDE_KIND, Override, override_in_force
from station.errors import UsageError
from station.journal import Journal
from station.roles import Actor, Privilege
from station.roles.model import require
from station.text import Text

MAX_MINUTES = int(MAX_OVERRIDE.total_seconds() // 60)

__all__ = ["MAX_MINUTES", "Override", "end_override", "override_in_force", "start_override"]


def start_override(
    journal: Journal, target: TargetConfig, actor: Actor, *, minutes: int, reason: str
) -> datetime:
    """Let `target` go on while its MES is down, for `minutes`; returns until when."""
    if not 1 <= minutes <= MAX_MINUTES:
        raise UsageError(
            Text.of("mes_override.minutes", minutes=minutes),
            Text.of("mes_override.minutes.action", most=MAX_MINUTES),
        )
    return _record(journal, target, actor, minutes=minutes, reason=reason)


def end_override(journal: Journal, target: TargetConfig, actor: Actor, *, reason: str) -> None:
    """End `target`'s override now (units are blocked again while the MES is down)."""
    _record(journal, target, actor, minutes=0, reason=reason)


def _record(
    journal: Journal, target: TargetConfig, actor: Actor, *, minutes: int, reason: str
) -> datetime:
    require(actor, Privilege.MES_OVERRIDE)
    if not reason.strip():
        raise UsageError(
            Text.of("mes_override.no_reason"), Text.of("mes_override.no_reason.action")
        )
    if target.mes_recipe is None:
        raise UsageError(
            Text.of("mes_override.no_mes", target=target.name),
            Text.of("mes_override.no_mes.action"),
        )
    until = datetime.now(UTC) + timedelta(minutes=minutes)
    journal.record_event(
        OVERRIDE_KIND,
        actor=actor.journal_name,
        details={
            "target": target.name,
            "action": "start" if minutes else "end",
            "until": until.isoformat(timespec="seconds"),
        },
        reason=reason.strip(),
    )
    return until
