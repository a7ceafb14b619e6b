"""`station provision`: the engine without a window.

It runs exactly the engine the GUI runs (`FixtureRunner`), prints one result per slot and exits
non-zero unless every slot passed. `station demo --headless` runs it on the demo environment
(`station/demo_cli.py`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from collections.abc import Mapping, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from station.engine.events import (
    AttemptFinished,
    Event,
    FleetLinkChanged,
    Result,
    SlotSnapshot,
    SlotState,
    SlotUpdated,
    StationNotice,
)
from station.errors import UsageError
from station.text import Text

if TYPE_CHECKING:
    from station.config.model import FixtureConfig, SlotConfig, StationConfig
    from station.engine.runner import FixtureRunner

EXIT_OK = 0
EXIT_NOT_ALL_PASSED = 1
EXIT_INTERRUPTED = 130
PASSING = (Result.PASS, Result.RECOVERED)


class _Collector:
    """Gathers each slot's final snapshot from the worker threads."""

    def __init__(
        self, slots: Sequence[str], err: TextIO, serials: Mapping[str, str] | None = None
    ) -> None:
        self._wanted = set(slots)
        self._err = err
        self._cond = threading.Condition()
        self.results: dict[str, AttemptFinished | SlotSnapshot] = {}
        # The labels given with --serial, handed to a slot when it waits for its label.
        self._serials = dict(serials or {})
        self.runner: FixtureRunner | None = None

    def _label_wanted(self, slot: str) -> None:
        """A slot waits for its unit's label: give it the --serial one, or stop it."""
        assert self.runner is not None
        serial = self._serials.pop(slot, None)
        refused = (
            StationNotice(
                "error",
                f"Slot {slot} identifies its unit by the serial on its label; none was given.",
                f"Run again with --serial {slot}=<the serial on the unit's label>.",
            )
            if serial is None
            else self.runner.give_label_scan(slot, serial)
        )
        if refused is not None:
            self(refused)
            # Waiting out the deadline would change nothing.
            self.runner.abort(slot, f"Stopped: {refused.message}")

    def __call__(self, event: Event) -> None:
        if isinstance(event, StationNotice):
            text = f"station: {event.level}: {event.message}"
            if event.action:
                text += f" {event.action}"
            self._err.write(text + "\n")
            self._err.flush()
            return
        if isinstance(event, FleetLinkChanged):
            # Fleet mode: the link to the centre, as the GUI's banner shows it.
            self._err.write(f"station: {event.state.headline}\n")
            self._err.flush()
            return
        snap = event.snapshot
        if snap.slot not in self._wanted:
            return
        if snap.awaiting_label:
            self._label_wanted(snap.slot)
            return
        if snap.awaiting_check:  # check-scan: the serial scanner's code ends it
            self._err.write(f"station: slot {snap.slot}: {snap.message} {snap.action}\n")
            self._err.flush()
            return
        final: AttemptFinished | SlotSnapshot | None = None
        if isinstance(event, AttemptFinished):
            final = event
        elif isinstance(event, SlotUpdated) and snap.result is not None:
            final = snap  # a slot that could not even begin an attempt
        if final is not None:
            with self._cond:
                self.results[snap.slot] = final
                self._cond.notify_all()

    def wait(self, timeout: float) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: self._wanted <= set(self.results), timeout)


def _pick_slots(requested: str, available: Sequence[str]) -> list[str]:
    if requested.strip().lower() == "all":
        return list(available)
    chosen = [s.strip() for s in requested.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in available]
    if unknown or not chosen:
        raise UsageError(
            Text.of(
                "cli.unknown_slots" if len(unknown) > 1 else "cli.unknown_slot",
                slots=", ".join(unknown) or repr(requested),
            ),
            Text.of("cli.unknown_slots.action", slots=", ".join(available)),
        )
    return chosen


def _line(snap: SlotSnapshot, durations: dict[str, float]) -> str:
    result = snap.result.value if snap.result else "FAIL"
    parts = [f"slot {snap.slot}", result]
    if snap.device_id:
        parts.append(f"device {snap.device_id}")
    if snap.hardware_serial:
        parts.append(f"serial {snap.hardware_serial}")
    total = sum(durations.values())
    if total:
        parts.append(f"{total:.2f} s")
    text = "  ".join(parts)
    if snap.result not in PASSING:
        text += f"\n    {snap.error_class or 'error'}: {snap.message}"
        if snap.action:
            text += f"\n    action: {snap.action}"
    return text


def _record(snap: SlotSnapshot, durations: dict[str, float]) -> dict[str, Any]:
    return {
        "slot": snap.slot,
        "result": snap.result.value if snap.result else "FAIL",
        "device_id": snap.device_id,
        "hardware_serial": snap.hardware_serial,
        "attempt_id": snap.attempt_id,
        "error_class": snap.error_class,
        "message": snap.message,
        "action": snap.action,
        "step_durations_s": {k: round(v, 4) for k, v in durations.items()},
    }


def provision(
    *,
    config_path: Path,
    target: str | None,
    fixture: str | None,
    slots: str,
    operator: str,
    as_json: bool,
    out: TextIO | None = None,
    err: TextIO | None = None,
    serials: Mapping[str, str] | None = None,
) -> int:
    """Provision the chosen slots once; print one result per slot; 0 only if all passed."""
    out = out or sys.stdout
    err = err or sys.stderr
    from station.config import load_config
    from station.journal import Journal
    from station.line.runner import LineRunner

    config = load_config(config_path)
    fixture_name = fixture or config.default_fixture
    if target is not None:
        _require_active_target(config, fixture_name, target)
    with ExitStack() as stack:
        journal = stack.enter_context(
            Journal.open(config.journal_path, station_id=config.station_id)
        )
        names = [s.name for s in _fixture_slots(config, fixture_name)]
        chosen = _pick_slots(slots, names)
        collector = _Collector(chosen, err, serials)
        # With the fixture's line: its tower light, the fail sound and the unit's label.
        runner = LineRunner(
            config=config,
            fixture=fixture_name,
            journal=journal,
            operator=operator,
            sink=collector,
            presence_interval_s=None,
        )
        stack.callback(runner.shutdown, 60.0)
        collector.runner = runner
        scanner = runner.serial_scanner(
            lambda level, msg, act: collector(StationNotice.of(level, msg, act))
        )
        if scanner is not None:
            stack.callback(scanner.stop)
        interrupted = False
        try:
            for slot in chosen:
                runner.start(slot)
            while not collector.wait(0.5):
                pass
        except KeyboardInterrupt:
            interrupted = True
            runner.abort_all()
            collector.wait(60.0)
        passed = True
        for slot in chosen:
            final = collector.results.get(slot)
            if isinstance(final, AttemptFinished):
                snap, durations = final.snapshot, final.step_durations_s
            elif final is not None:
                snap, durations = final, {}
            else:
                snap = SlotSnapshot(slot=slot, location="", state=SlotState.FAIL, result=None)
                durations = {}
            passed = passed and snap.result in PASSING
            if as_json:
                out.write(json.dumps(_record(snap, durations)) + "\n")
            else:
                out.write(_line(snap, durations) + "\n")
        out.flush()
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_OK if passed else EXIT_NOT_ALL_PASSED


def _fixture_config(config: StationConfig, fixture: str) -> FixtureConfig:
    return config.fixture(fixture)  # a ConfigError naming the fixtures there are


def _fixture_slots(config: StationConfig, fixture: str) -> Sequence[SlotConfig]:
    return _fixture_config(config, fixture).slots


def _require_active_target(config: StationConfig, fixture: str, target: str) -> None:
    """`--target` only confirms the fixture's active target; it never picks another one.

    Which realm a line provisions into is the supervisor's choice (`station target use`, signed
    in and journaled); an operator's command-line flag must not be a way around it.
    """
    from station.roles import NotPermitted

    active = _fixture_config(config, fixture).active_target
    if target != active:
        raise NotPermitted(
            f"Fixture {fixture} provisions into its active target {active!r}, not {target!r}; "
            "nothing was provisioned.",
            f"Leave out --target to provision into {active!r}. To provision into {target!r}, a "
            f"supervisor first makes it the active target with `station target use {target} "
            f"--fixture {fixture}` (it asks for the supervisor password and is journaled).",
            error_class="target_not_active",
        )


#: The one way to provision a device that already passed: a supervisor's signed-in, reasoned,
#: journaled override. `station provision` is the operator's command and never overrides.
OVERRIDE_COMMAND = "station rework reprovision --slots SLOTS --reason WHY"


def _provision_command(args: argparse.Namespace) -> int:
    if args.override_passed:
        raise UsageError(
            "`station provision` does not override 'already passed'; nothing was provisioned.",
            f"A supervisor runs `{OVERRIDE_COMMAND}` (it asks for the supervisor password and "
            "records the override in the journal with who and why).",
        )
    return provision(
        config_path=Path(args.config),
        target=args.target,
        fixture=args.fixture,
        slots=args.slots,
        operator=args.operator,
        as_json=args.json,
        serials=_serials(args.serial),
    )


def _serials(given: Sequence[str]) -> dict[str, str]:
    """--serial SLOT=SERIAL options as {slot: serial}."""
    serials: dict[str, str] = {}
    for item in given:
        slot, sep, serial = item.partition("=")
        if not sep or not slot.strip() or not serial.strip():
            raise UsageError(
                f"--serial {item!r} is not SLOT=SERIAL; nothing was provisioned.",
                "Give the slot and the serial on its unit's label, e.g. --serial 1=SN-000123.",
            )
        if slot.strip() in serials:
            raise UsageError(
                f"--serial names slot {slot.strip()} twice; nothing was provisioned.",
                "Give one serial per slot.",
            )
        if serial.strip() in (v.strip() for v in serials.values()):
            raise UsageError(
                f"--serial gives {serial.strip()} to two slots; nothing was provisioned.",
                "Each unit has its own label: give each slot the serial of the unit in it.",
            )
        serials[slot.strip()] = serial
    return serials


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    p = subparsers.add_parser(
        "provision",
        help="provision the devices on a fixture once, without a window",
        description="Run the provisioning engine on the chosen slots of a fixture and print one "
        "result per slot. Exits 0 only if every slot passed.",
    )
    p.add_argument("--config", required=True, help="station configuration file (TOML)")
    p.add_argument(
        "--target",
        help="expected target: must be the fixture's active target, which a supervisor sets "
        "with `station target use` (default: the active target)",
    )
    p.add_argument("--fixture", help="fixture name (default: the first in the configuration)")
    p.add_argument("--slots", default="all", help="'all' or a comma-separated list of slots")
    p.add_argument("--operator", default=os.environ.get("USER", "operator"), help="for the journal")
    p.add_argument("--json", action="store_true", help="one JSON object per slot")
    p.add_argument(
        "--serial",
        action="append",
        default=[],
        metavar="SLOT=SERIAL",
        help="the serial on the label of the unit in SLOT, for profiles that identify a unit by "
        'its label (identity = "label_scan"); repeat it for each such slot',
    )
    p.add_argument(
        "--override-passed",
        action="store_true",
        # Kept so that old scripts get the way to do it instead of "unrecognized argument".
        help=argparse.SUPPRESS,
    )
    p.set_defaults(handler=_provision_command)
