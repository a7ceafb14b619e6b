"""What a tower light shows for the fixture, and the drivers' common shape.

The colours follow IEC 60073 as lines read them: red is a fault, yellow is work in progress
(an abnormal, transient state: hands off the fixture), green is a finished good batch, and blue
asks the operator to act. Steady or blinking carries urgency: a red that blinks is a failure
nobody has dealt with yet. On the tower, position (red on top) backs up colour for operators
who cannot tell the colours apart, so the signal never relies on hue alone.

`signal_for` is a pure function of the slots' states, so the operator screen, the tests and
the documentation agree on one table. A driver shows a `TowerSignal` and raises
`TowerUnavailable` when the tower cannot be reached: the line goes on without it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from station.errors import StationError
from station.text import Text


class Lamp(StrEnum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"
    BLUE = "blue"


class Light(StrEnum):
    OFF = "off"
    STEADY = "steady"
    BLINK = "blink"


# The slot states of `station.engine.events.SlotState`, by value: this layer sits beside the
# engine and takes plain strings, so a state the engine adds later falls in no group below.
_FAULT = frozenset({"fail", "scrap"})
_SET_ASIDE = frozenset({"aborted", "already_provisioned"})
_WORKING = frozenset({"working"})
_GOOD = frozenset({"pass"})
_IDLE = frozenset({"no_device", "ready"})


@dataclass(frozen=True)
class TowerSignal:
    lamps: Mapping[Lamp, Light] = field(default_factory=dict)
    buzzer: Light = Light.OFF

    def light(self, lamp: Lamp) -> Light:
        return self.lamps.get(lamp, Light.OFF)

    def describe(self) -> str:
        """Plain words for the journal and the tests, e.g. 'red blink, blue steady'."""
        return self.describe_text().english

    def describe_text(self) -> Text:
        """`describe` by message ID, for the screens."""
        parts = [
            Text.of(f"tower.{lamp.value}.{self.light(lamp).value}")
            for lamp in Lamp
            if self.light(lamp) is not Light.OFF
        ]
        if self.buzzer is not Light.OFF:
            parts.append(Text.of(f"tower.buzzer.{self.buzzer.value}"))
        if not parts:
            return Text.of("tower.all_off")
        said = parts[-1]
        for part in reversed(parts[:-1]):
            said = Text.of("tower.and", first=part, rest=said)
        return said


ALL_OFF = TowerSignal()


def signal_for(
    states: Iterable[str], *, acknowledged: bool = False, buzzer: bool = True
) -> TowerSignal:
    """The tower's signal for the fixture's slot states.

    - red blinks while a slot shows FAIL or SCRAP that the operator has not acknowledged, and
      stays steady once acknowledged until the unit is taken out;
    - yellow is steady while any slot is working;
    - blue is steady while a unit waits for the operator: a FAIL or SCRAP to take out, or an
      aborted or already provisioned unit to set aside;
    - green is steady when the fixture's units all passed and nothing else is going on;
    - the buzzer pulses with an unacknowledged red (when enabled).
    """
    present = [s for s in states if s not in _IDLE]
    faults = any(s in _FAULT for s in present)
    lamps: dict[Lamp, Light] = {}
    if faults:
        lamps[Lamp.RED] = Light.STEADY if acknowledged else Light.BLINK
    if any(s in _WORKING for s in present):
        lamps[Lamp.YELLOW] = Light.STEADY
    if faults or any(s in _SET_ASIDE for s in present):
        lamps[Lamp.BLUE] = Light.STEADY
    if present and all(s in _GOOD for s in present):
        lamps[Lamp.GREEN] = Light.STEADY
    sound = Light.BLINK if faults and not acknowledged and buzzer else Light.OFF
    return TowerSignal(lamps, sound)


class TowerUnavailable(StationError):
    """The tower light cannot be reached; provisioning goes on without it."""

    error_class = "tower_unavailable"


class TowerLight(Protocol):
    """A driver: shows a signal (the whole tower at once) and closes."""

    def show(self, signal: TowerSignal) -> None: ...

    def close(self) -> None: ...
