"""`station fixture learn`: record which USB path is which slot by plugging things in.

The supervisor plugs a device (or the slot's adapter cable) into slot 1, then slot 2, and so on.
Each time, the new serial port that appears names that slot's physical USB path. Nothing is
guessed from tty numbers: only a port that was not there a moment ago is taken, and the
supervisor confirms each one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

from station.cancel import CancelToken, Deadline
from station.errors import StationError, UsageError
from station.ports.discovery import PortCandidate, list_candidate_ports
from station.ports.slotmap import SlotMap, check_fixture_name
from station.text import Text

PortLister = Callable[[], list[PortCandidate]]


class LearnTimeout(StationError):
    error_class = "learn_timeout"


@dataclass
class Session:
    fixture: str
    slots: int
    inp: TextIO
    out: TextIO
    ports: PortLister = list_candidate_ports
    poll: float = 0.25
    slot_timeout: float = 300.0
    cancel: CancelToken = field(default_factory=CancelToken)
    learned: dict[int, PortCandidate] = field(default_factory=dict)

    def say(self, text: Text, indent: int = 0) -> None:
        """One line in the catalogue's English (station/catalogue/cli.py), `indent` deep."""
        self.out.write(" " * indent + text.english + "\n")
        self.out.flush()

    def ask(self, prompt: Text, indent: int = 0) -> str:
        self.out.write(" " * indent + prompt.english + " ")
        self.out.flush()
        line = self.inp.readline()
        if not line:
            raise UsageError(Text.of("learn.input_ended"), Text.of("learn.input_ended.action"))
        return line.strip().lower()


def describe(port: PortCandidate) -> str:
    parts = [port.device]
    if port.vid is not None and port.pid is not None:
        parts.append(f"{port.vid:04x}:{port.pid:04x}")
    label = " ".join(p for p in (port.manufacturer, port.product) if p) or port.description
    if label:
        parts.append(label)
    if port.serial_number:
        parts.append(Text.of("learn.port.serial", serial=port.serial_number).english)
    if port.interface_number is not None:
        parts.append(Text.of("learn.port.interface", number=port.interface_number).english)
    return ", ".join(parts)


def learn(session: Session) -> SlotMap:
    """Walk through every slot; return the confirmed slot map (the caller saves it)."""
    check_fixture_name(session.fixture)
    if session.slots < 1:
        raise UsageError(Text.of("learn.no_slots"), Text.of("learn.no_slots.action"))
    s = session
    s.say(Text.of("learn.start", count=s.slots, fixture=repr(s.fixture)))
    s.say(Text.of("learn.unplug_all"))
    s.ask(Text.of("learn.ask_empty"))
    slot = 1
    while slot <= s.slots:
        new = _wait_for_new_ports(s, slot)
        slot += _assign(s, slot, new)
    return SlotMap(s.fixture, {n: p.slot_key for n, p in s.learned.items() if p.slot_key})


def _known_keys(ports: list[PortCandidate]) -> set[tuple[str, str | None]]:
    return {(p.device, p.slot_key) for p in ports}


def _wait_for_new_ports(s: Session, slot: int) -> list[PortCandidate]:
    baseline = _known_keys(s.ports())
    s.say(Text.of("learn.plug", slot=slot))
    deadline = Deadline(s.slot_timeout)
    while True:
        s.cancel.check()
        current = s.ports()
        new = [p for p in current if (p.device, p.slot_key) not in baseline]
        if new:
            # a multi-port adapter shows its ports one by one: give the rest a moment to appear
            s.cancel.wait(s.poll)
            again = s.ports()
            return [p for p in again if (p.device, p.slot_key) not in baseline] or new
        # a port that vanished (the supervisor unplugged something) may come back as new
        baseline &= _known_keys(current)
        if deadline.expired:
            raise LearnTimeout(
                Text.of("learn.timeout", slot=slot, seconds=f"{s.slot_timeout:.0f}"),
                Text.of("learn.timeout.action"),
            )
        s.cancel.wait(s.poll)


def _assign(s: Session, slot: int, new: list[PortCandidate]) -> int:
    """Confirm the new port(s) for `slot` onwards; return how many slots were filled."""
    usable = [p for p in new if p.slot_key is not None]
    for p in new:
        if p.slot_key is None:
            s.say(Text.of("learn.not_usb", port=describe(p)), 2)
    taken = {p.slot_key: n for n, p in s.learned.items()}
    for p in usable:
        if p.slot_key in taken:
            s.say(Text.of("learn.path_taken", port=describe(p), slot=taken[p.slot_key]), 2)
    usable = [p for p in usable if p.slot_key not in taken]
    if not usable:
        s.say(Text.of("learn.try_again"), 2)
        return 0
    usable.sort(key=lambda p: (p.slot_key or "", p.device))
    if len(usable) > 1:
        if _shared_key(usable):
            s.say(Text.of("learn.same_path", count=len(usable), path=usable[0].slot_key or ""), 2)
            s.say(Text.of("learn.same_path.action"), 2)
            return 0
        chosen = _assign_several(s, slot, usable)
        if isinstance(chosen, int):
            return chosen
        usable = [chosen]
    port = usable[0]
    s.say(Text.of("learn.found", port=describe(port)), 2)
    s.say(Text.of("learn.usb_path", path=port.slot_key or ""), 2)
    answer = s.ask(Text.of("learn.ask_slot", slot=slot), 2)
    if answer in ("", "y", "yes"):
        s.learned[slot] = port
        return 1
    s.say(Text.of("learn.not_assigned"), 2)
    return 0


def _assign_several(s: Session, slot: int, usable: list[PortCandidate]) -> int | PortCandidate:
    """Several ports of one adapter: fill consecutive slots, or pick the one for this slot."""
    fits = min(len(usable), s.slots - slot + 1)
    s.say(Text.of("learn.several", count=len(usable)), 2)
    for i, p in enumerate(usable, start=1):
        s.say(Text.plain(f"{i}. {describe(p)}  [{p.slot_key}]"), 4)
    answer = s.ask(Text.of("learn.ask_several", count=fits, first=slot, last=slot + fits - 1), 2)
    if answer in ("", "y", "yes"):
        for i, p in enumerate(usable[:fits]):
            s.learned[slot + i] = p
            s.say(Text.of("learn.assigned", slot=slot + i, path=p.slot_key or ""), 2)
        return fits
    if answer.isdigit() and 1 <= int(answer) <= len(usable):
        return usable[int(answer) - 1]
    s.say(Text.of("learn.not_assigned.again"), 2)
    return 0


def _shared_key(ports: list[PortCandidate]) -> bool:
    return len({p.slot_key for p in ports}) < len(ports)
