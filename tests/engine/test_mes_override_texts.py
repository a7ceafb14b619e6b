"""An MES override's refusals are catalogue messages (the MES page shows them in the supervisor's
language), each naming what was wrong; nothing reaches the journal when one is refused. One that
is taken is journaled with who, why and until when, which is what the station reads back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from station.config.model import TargetConfig
from station.engine.mes_override import (
    MAX_MINUTES,
    Override,
    end_override,
    override_in_force,
    start_override,
)
from station.errors import UsageError
from station.journal import Journal
from station.roles import Actor, NotPermitted, Role

SAM = Actor("Sam", Role.SUPERVISOR)


def _target(recipe: str | None) -> TargetConfig:
    return TargetConfig(
        name="line-7",
        pairing_url="https://pairing.example/",
        realm="plant",
        token_source="realm_key",
        mes_recipe=recipe,
    )


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal.open(tmp_path / "journal.sqlite", station_id="s")


@pytest.mark.parametrize("minutes", [0, MAX_MINUTES + 1])
def test_minutes_out_of_range(journal: Journal, minutes: int) -> None:
    with journal, pytest.raises(UsageError) as raised:
        start_override(journal, _target("R-7"), SAM, minutes=minutes, reason="MES-4711")
    assert raised.value.message_id == "mes_override.minutes"
    assert raised.value.text.params == {"minutes": minutes}
    assert raised.value.action_text.params == {"most": MAX_MINUTES}
    assert raised.value.action == (
        f"Give 1 to {MAX_MINUTES} minutes (one shift at most), and renew it if needed."
    )


def test_the_bounds_themselves_are_taken(journal: Journal) -> None:
    with journal:
        start_override(journal, _target("R-7"), SAM, minutes=1, reason="MES-4711")
        start_override(journal, _target("R-7"), SAM, minutes=MAX_MINUTES, reason="MES-4711")
        overrides = [e for e in journal.audit_events(10) if e.kind == "mes_override"]
    assert len(overrides) == 2


def test_a_blank_reason(journal: Journal) -> None:
    with journal, pytest.raises(UsageError) as raised:
        end_override(journal, _target("R-7"), SAM, reason="  ")
    assert raised.value.message_id == "mes_override.no_reason"
    assert raised.value.action_text.id == "mes_override.no_reason.action"


def test_a_target_that_asks_no_mes(journal: Journal) -> None:
    with journal:
        with pytest.raises(UsageError) as raised:
            start_override(journal, _target(None), SAM, minutes=30, reason="MES-4711")
        assert [e for e in journal.audit_events(10) if e.kind == "mes_override"] == []
    assert raised.value.message_id == "mes_override.no_mes"
    assert raised.value.message == (
        "Target 'line-7' does not ask the MES (it has no mes_recipe); nothing was changed."
    )
    # What the supervisor can do about it: nothing here, and the page says why.
    assert raised.value.action == (
        "Only a target with an MES recipe and offline policy block needs an override."
    )


def test_one_shift_is_480_minutes() -> None:
    assert MAX_MINUTES == 480


def test_an_operator_may_not_start_or_end_one(journal: Journal) -> None:
    olga = Actor("Olga", Role.OPERATOR)
    with journal:
        with pytest.raises(NotPermitted):
            start_override(journal, _target("R-7"), olga, minutes=30, reason="MES-4711")
        with pytest.raises(NotPermitted):
            end_override(journal, _target("R-7"), olga, reason="MES-4711")
        assert [e for e in journal.audit_events(10) if e.kind == "mes_override"] == []


def test_a_start_and_an_end_are_journaled_with_who_why_and_until_when(journal: Journal) -> None:
    """What the running station reads back (`override_in_force`) when its MES cannot be asked."""
    with journal:
        before = datetime.now(UTC).replace(microsecond=0)
        until = start_override(journal, _target("R-7"), SAM, minutes=30, reason="  MES-4711 ")
        after = datetime.now(UTC)
        assert before + timedelta(minutes=30) <= until <= after + timedelta(minutes=30)
        in_force = override_in_force(journal, "line-7")
        assert in_force == Override("Sam (supervisor)", until.replace(microsecond=0), "MES-4711")
        assert override_in_force(journal, "line-8") is None

        ended_at = datetime.now(UTC).replace(microsecond=0)
        end_override(journal, _target("R-7"), SAM, reason="MES back")
        assert override_in_force(journal, "line-7") is None
        started, ended = [
            (e.actor, e.details, e.reason)
            for e in reversed(journal.audit_events(10))
            if e.kind == "mes_override"
        ]
    assert started == (
        "Sam (supervisor)",
        {"target": "line-7", "action": "start", "until": until.isoformat(timespec="seconds")},
        "MES-4711",
    )
    assert ended[0] == "Sam (supervisor)" and ended[2] == "MES back"
    assert ended[1]["target"] == "line-7" and ended[1]["action"] == "end"
    end_until = datetime.fromisoformat(ended[1]["until"])
    assert ended_at <= end_until <= datetime.now(UTC)
