"""The MES route interlock inside the attempt, end to end: simulated devices on ptys, the Pairing
stand-in over HTTPS, the real SQLite journal and the stand-in MES on loopback HTTP (ok, hold,
down, trickle). A unit the MES holds is never registered; a result is journaled before it is
sent and resent, also after a restart, until the MES acknowledges it."""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from station.cli import main
from station.config import hash_password, load_config
from station.config.toml_writer import dumps
from station.demo import DemoEnvironment
from station.engine import mes_outbox
from station.engine.events import SlotSnapshot, SlotState, StationNotice
from station.engine.runner import FixtureRunner
from station.journal import Journal
from station.sandbox.mes import MesStandIn
from tests.engine.test_runner import Events, runner_for

RECIPE = "R-7 provisioning"
SUPERVISOR_PASSWORD = "supervisor-test-only"


class Rig:
    def __init__(self, env: DemoEnvironment, mes: MesStandIn, journal: Journal) -> None:
        self.env, self.mes, self.journal = env, mes, journal
        self.stack = ExitStack()

    def runner(self) -> tuple[FixtureRunner, Events]:
        events = Events()
        runner = runner_for(self.env, load_config(self.env.config_path), self.journal, events)
        self.stack.callback(runner.shutdown, 30.0)
        return runner, events

    def provision(self) -> tuple[FixtureRunner, Events, SlotSnapshot]:
        runner, events = self.runner()
        events.wait_for(lambda _: runner.snapshots()[0].state is SlotState.READY)
        assert runner.start("1")
        events.wait_for(lambda _: len(events.finished()) == 1)
        return runner, events, events.finished()[0].snapshot

    def kinds(self, kind: str) -> list[dict[str, str]]:
        return [e.details for e in self.journal.audit_events(1000) if e.kind == kind]

    def registered(self) -> list[str]:
        standin = self.env.standin
        assert standin is not None
        return standin.devices(self.env.realm)


@pytest.fixture
def rig(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Rig]]:
    monkeypatch.setattr(mes_outbox, "DEFAULT_RETRY_S", 0.2)
    stack = ExitStack()

    def make(
        *,
        policy: str = "block",
        mode: str = "ok",
        timeout_s: int = 5,
        slots: int = 1,
        firmware: dict[str, str] | None = None,
    ) -> Rig:
        mes = stack.enter_context(MesStandIn())
        mes.set_mode(mode)  # type: ignore[arg-type]
        env = stack.enter_context(
            DemoEnvironment(tmp_path / "demo", slots=slots, bcrypt_cost=4, firmware=firmware)
        )
        document = env.config_document(mes_recipe=RECIPE, mes_offline=policy)
        document["line"] = {"mes_url": mes.url, "mes_timeout_s": timeout_s}
        document["roles"] = {"supervisor_password_hash": hash_password(SUPERVISOR_PASSWORD)}
        env.config_path.write_text(dumps(document), "utf-8")
        journal = stack.enter_context(Journal.open(env.journal_path, station_id="demo-station"))
        made = Rig(env, mes, journal)
        stack.enter_context(made.stack)
        return made

    with stack:
        yield make


def test_an_allowed_unit_passes_and_its_result_is_acknowledged(rig: Callable[..., Rig]) -> None:
    r = rig()
    runner, _events, snap = r.provision()
    assert snap.result is not None and snap.result.value == "PASS"
    (check,) = r.mes.state.checks
    assert check == {
        "serial": snap.hardware_serial,
        "device_id": snap.device_id,
        "station": "demo-station",
        "recipe": RECIPE,
    }
    route = runner._route
    assert route is not None and route.outbox.wait_empty(10)
    sent = r.mes.state.results[snap.attempt_id or ""]
    assert sent["outcome"] == "PASS" and sent["device_id"] == snap.device_id
    (queued,) = r.kinds("mes_result")
    assert queued["idempotency_key"] == snap.attempt_id and queued["outcome"] == "PASS"
    assert r.kinds("mes_result_ack") == [{"idempotency_key": snap.attempt_id}]


def test_a_unit_the_mes_holds_fails_with_its_reason_and_is_never_registered(
    rig: Callable[..., Rig],
) -> None:
    r = rig(mode="hold")
    _runner, _events, snap = r.provision()
    assert snap.state is SlotState.FAIL and snap.error_class == "mes_hold"
    assert r.mes.state.hold_reason in snap.message
    assert snap.message.startswith(f"Slot 1: the MES holds {snap.hardware_serial}: ")
    assert "not registered" in snap.action
    assert r.registered() == []


def test_a_unit_with_no_serial_is_asked_about_with_an_empty_serial_and_named_by_its_id(
    rig: Callable[..., Rig],
) -> None:
    # No serial is printed on the unit: the MES hears an empty serial beside the device ID,
    # never a made-up one that could be another unit's, and the hold names the device ID.
    r = rig(mode="hold", firmware={"1": "smp:no_serial"})
    _runner, _events, snap = r.provision()
    assert not snap.hardware_serial
    assert snap.device_id is not None
    (check,) = r.mes.state.checks
    assert check == {
        "serial": "",
        "device_id": snap.device_id,
        "station": "demo-station",
        "recipe": RECIPE,
    }
    assert snap.state is SlotState.FAIL and snap.error_class == "mes_hold"
    assert snap.message == (f"Slot 1: the MES holds {snap.device_id}: {r.mes.state.hold_reason}")
    assert r.registered() == []


def test_block_stops_units_while_the_mes_is_down(rig: Callable[..., Rig]) -> None:
    r = rig(mode="down")
    _runner, _events, snap = r.provision()
    assert snap.state is SlotState.FAIL and snap.error_class == "mes_unavailable"
    assert "offline policy is block" in snap.message
    assert r.registered() == []
    assert r.kinds("mes_offline_allowed") == []


def test_a_trickling_mes_is_cut_at_the_deadline(rig: Callable[..., Rig]) -> None:
    r = rig(mode="trickle", timeout_s=1)
    r.mes.state.trickle_s = 0.4  # the answer would take about 20 s
    started = time.monotonic()
    _runner, _events, snap = r.provision()
    assert snap.error_class == "mes_unavailable"
    assert "within 1 s" in snap.message
    assert time.monotonic() - started < 15
    assert r.registered() == []


def test_allow_and_queue_provisions_audits_the_skip_and_sends_the_result_after_a_restart(
    rig: Callable[..., Rig],
) -> None:
    r = rig(policy="allow-and-queue", mode="down")
    runner, events, snap = r.provision()
    assert snap.state is SlotState.PASS
    assert r.registered() == [snap.device_id]
    (skipped,) = r.kinds("mes_offline_allowed")
    assert skipped["policy"] == "allow-and-queue" and skipped["device_id"] == snap.device_id
    (audit,) = [e for e in r.journal.audit_events(100) if e.kind == "mes_offline_allowed"]
    assert audit.actor == "tester"
    assert "advisory" in audit.reason
    events.wait_for(
        lambda items: any(
            isinstance(e, StationNotice)
            and "1 result waits for the MES, kept in the journal" in e.message
            for e in items
        )
    )
    runner.shutdown(30.0)
    assert r.mes.state.results == {}
    assert [q["idempotency_key"] for q in r.kinds("mes_result")] == [snap.attempt_id]

    # A new start reads the result back from the journal and sends it once the MES is back.
    r.mes.set_mode("ok")
    again, _again_events = r.runner()
    route = again._route
    assert route is not None
    assert route.outbox.wait_empty(15), route.outbox.pending()
    assert r.mes.state.results[snap.attempt_id or ""]["outcome"] == "PASS"
    assert r.kinds("mes_result_ack") == [{"idempotency_key": snap.attempt_id}]


def _override(
    r: Rig, monkeypatch: pytest.MonkeyPatch, *extra: str, password: str = SUPERVISOR_PASSWORD
) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    args = ["mes", "override", "--config", str(r.env.config_path), "--target", r.env.target_name]
    return main([*args, "--by", "Sam", *extra])


def test_a_supervisor_override_lets_a_block_target_go_on_while_the_mes_is_down(
    rig: Callable[..., Rig], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    r = rig(mode="down", slots=2)
    # A wrong password changes nothing.
    assert _override(r, monkeypatch, "--reason", "MES-4711", password="wrong") != 0
    assert r.kinds("mes_override") == []
    assert _override(r, monkeypatch, "--minutes", "30", "--reason", "MES-4711") == 0
    assert "goes on while its MES is down" in capsys.readouterr().out
    (override,) = [e for e in r.journal.audit_events(100) if e.kind == "mes_override"]
    assert override.actor == "Sam (supervisor)" and override.reason == "MES-4711"
    assert override.details["action"] == "start" and override.details["target"] == "demo"

    runner, events = r.runner()
    events.wait_for(lambda _: all(s.state is SlotState.READY for s in runner.snapshots()))
    runner.start("1")
    events.wait_for(lambda _: len(events.finished()) == 1)
    first = events.finished()[0].snapshot
    assert first.state is SlotState.PASS
    (allowed,) = [e for e in r.journal.audit_events(100) if e.kind == "mes_offline_allowed"]
    assert allowed.details["policy"] == "supervisor-override"
    assert allowed.details["override_by"] == "Sam (supervisor)"
    assert "MES-4711" in allowed.reason and allowed.actor == "tester"

    # Ended: the next unit is blocked again.
    assert _override(r, monkeypatch, "--end", "--reason", "MES back soon") == 0
    assert capsys.readouterr().out.endswith("The MES override of target demo has ended.\n")
    runner.start("2")
    events.wait_for(lambda _: len(events.finished()) == 2)
    second = events.finished()[1].snapshot
    assert second.state is SlotState.FAIL and second.error_class == "mes_unavailable"
    assert r.registered() == [first.device_id]


def test_an_override_needs_a_reason_and_a_bounded_time(
    rig: Callable[..., Rig], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    r = rig(mode="down")
    assert _override(r, monkeypatch, "--reason", "") != 0
    err = capsys.readouterr().err
    assert "An MES override needs a reason for the journal; nothing was changed." in err
    assert 'Add --reason "…", e.g. the MES ticket number.' in err
    assert _override(r, monkeypatch, "--minutes", "481", "--reason", "x") != 0
    err = capsys.readouterr().err
    assert "--minutes 481 is out of range; nothing was changed." in err
    assert "Give 1 to 480 minutes (one shift at most), and renew it if needed." in err
    assert r.kinds("mes_override") == []
