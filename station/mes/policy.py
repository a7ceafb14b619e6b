"""What a line does when its MES cannot be asked: an explicit choice per target, never a guess.

- `block` (the default): no unit is provisioned while the MES is unavailable. The route check
  is an interlock; a line that provisions without it may ship units the MES holds back.
- `allow-and-queue`: for lines whose MES is advisory. Units go on; each one's check is recorded
  as skipped, and its result is queued and sent when the MES is back.
A supervisor may override `block` for a period; that is journaled with who and why (it lives
with the roles, not here).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from station.mes.client import MesUnavailable, RouteDecision
from station.text import Text


class OfflinePolicy(StrEnum):
    BLOCK = "block"
    ALLOW_AND_QUEUE = "allow-and-queue"


@dataclass(frozen=True)
class Verdict:
    proceed: bool
    text: Text  # why, by message ID: the screens translate it
    checked: bool  # False when the MES was not asked successfully

    @property
    def reason(self) -> str:
        """Why, in English: the journal's words."""
        return self.text.english


def verdict(decision: RouteDecision | MesUnavailable, policy: OfflinePolicy) -> Verdict:
    """Whether the unit may go on, from the MES's decision or from its being unavailable."""
    if isinstance(decision, RouteDecision):
        if decision.allowed:
            return Verdict(True, Text.of("mes.allows"), checked=True)
        # The MES's own words stay as it gave them.
        return Verdict(False, Text.of("mes.holds", reason=decision.reason), checked=True)
    if policy is OfflinePolicy.ALLOW_AND_QUEUE:
        return Verdict(True, Text.of("mes.advisory", cause=decision.text), checked=False)
    return Verdict(False, decision.text, checked=False)
