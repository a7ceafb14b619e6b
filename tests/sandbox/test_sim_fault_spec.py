"""The fault spec grammar: what parses, to what, and the errors that name the bad item."""

from __future__ import annotations

import pytest

from station.sandbox.sim.faults import (
    FaultKind,
    FaultSpecError,
    Step,
    faults_for,
    parse_spec,
    targeted_slots,
)

EXAMPLE = (
    "slot2:bitflip=0.001,slot3:unplug@write,slot4:power_cut@write,"
    "slot1:noreply@identify*2,slot5:slow=2.0,*:drop=0.01,reboot@reveal*always"
)


def test_the_documented_example_parses_per_slot() -> None:
    assert targeted_slots(EXAMPLE) == {"1", "2", "3", "4", "5"}
    assert faults_for(EXAMPLE, "2").text == "bitflip=0.001,drop=0.01,reboot@reveal*always"
    assert faults_for(EXAMPLE, "3").text == "unplug=after@write*1,drop=0.01,reboot@reveal*always"
    assert faults_for(EXAMPLE, "4").faults[0].kind is FaultKind.POWER_CUT
    slot1 = faults_for(EXAMPLE, "1").faults[0]
    assert (slot1.kind, slot1.step, slot1.count, slot1.phase) == (
        FaultKind.NOREPLY,
        Step.IDENTIFY,
        2,
        "before",
    )
    assert faults_for(EXAMPLE, "5").always_slow == 2.0
    assert faults_for(EXAMPLE, "9").text == "drop=0.01,reboot@reveal*always"


def test_defaults_and_whitespace() -> None:
    assert parse_spec("") == []
    assert parse_spec("  ") == []
    ((target, fault),) = parse_spec(" slot7 : unplug ")
    assert target == "7"
    assert (fault.step, fault.count, fault.phase) == (Step.ANY, 1, "after")
    ((_, cut),) = parse_spec("power_cut")
    assert cut.step is Step.WRITE


def test_rates_combine_as_independent_chances() -> None:
    faults = faults_for("drop=0.5,drop=0.5", "1")
    assert faults.rate(FaultKind.DROP) == pytest.approx(0.75)
    assert faults.rate(FaultKind.BITFLIP) == 0.0


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("explode", "unknown fault 'explode'"),
        ("unplug@erase", "unknown step 'erase'"),
        ("bitflip", "needs =RATE"),
        ("bitflip=2", "between 0 and 1"),
        ("drop=-0.1", "must not be negative"),
        ("drop=lots", "not a number"),
        ("drop=0.1@write", "continuous"),
        ("power_cut@identify", "only @write"),
        ("reboot=3", "takes no value"),
        ("noreply=sometimes", "'before' or 'after'"),
        ("unplug@write*0", "at least 1"),
        ("slot1:unplug,,reboot", "empty item"),
        ("slot:unplug", "cannot read fault"),
    ],
)
def test_bad_specs_name_the_problem(spec: str, message: str) -> None:
    with pytest.raises(FaultSpecError, match=message):
        parse_spec(spec)


def test_refuse_takes_a_code_name_or_number() -> None:
    ((_, busy),) = parse_spec("refuse=busy@identify")
    assert busy.text == "refuse=BUSY@identify*1"
    ((_, unknown),) = parse_spec("refuse=1")
    assert unknown.text == "refuse=UNKNOWN@any*1"
    for bad in ("refuse", "refuse=NOPE", "refuse=0"):
        with pytest.raises(FaultSpecError):
            parse_spec(bad)
    ((_, fail),) = parse_spec("program_fail")
    assert fail.step is Step.WRITE
