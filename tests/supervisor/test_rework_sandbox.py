"""Rework end to end on the sandbox: simulated devices on real ptys, the Pairing stand-in over
real HTTPS, a real journal, and the engine's own runner.

A secure-storage device is provisioned, then confirmed (its secret used for a certificate, as
the device would on first boot). Provisioning it again is refused (already provisioned), and
even after the rework bench erased it, Pairing refuses to register it again (already
registered). A supervisor unregisters it with a reason, with a token that allows only that
device's path, and it provisions again with the override.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import jwt
import pytest

from station.config import StationConfig, load_config
from station.demo import DemoEnvironment
from station.engine.runner import FixtureRunner
from station.journal import Journal, JournalQuery
from station.pairing.tokens import TokenScope, TokenSource, TokenStatus
from station.rework.assess import Verdict, assess_from_journal, assess_identity, identify_on_port
from station.rework.reprovision import ResultCollector, SlotResult, reprovision_with_override
from station.rework.unregister import ReworkRefused, unregister_device
from station.roles import NotPermitted
from station.targets.tokens import tokens_for
from station.text import Text
from tests.fixtures.pairing import make_csr
from tests.supervisor.helpers import OPERATOR, SUPERVISOR

STATION = "rework-station"
OTP_LOSS = Text.of("rework.otp_loss")


class RecordingTokens:
    """The target's real token source, noting which scopes were asked for and the claims of
    what it returned (to prove the rework token is narrow)."""

    def __init__(self, inner: TokenSource) -> None:
        self.inner = inner
        self.issued: list[tuple[TokenScope, list[str]]] = []

    def token(self, scope: TokenScope) -> str:
        token = self.inner.token(scope)
        claims = jwt.decode(token, options={"verify_signature": False})
        self.issued.append((scope, list(claims["a_pa"])))
        return token

    def status(self) -> TokenStatus:
        return self.inner.status()


def provision(config: StationConfig, journal: Journal, slot: str = "1") -> SlotResult:
    results = ResultCollector([slot])
    runner = FixtureRunner(
        config=config,
        fixture=config.default_fixture,
        journal=journal,
        operator="Olga",
        sink=results,
        presence_interval_s=None,
    )
    try:
        runner.start(slot)
        assert results.wait(90)
    finally:
        runner.shutdown(60)
    return results.results[slot]


def confirm(env: DemoEnvironment, device_id: str) -> None:
    """The device's first credentials request: its secret becomes 'used' (status confirmed)."""
    assert env.fixture is not None and env.standin is not None
    record = env.fixture.device("1").record
    assert record is not None
    with httpx.Client(verify=env.standin.client_ssl_context(), timeout=30) as http:
        r = http.post(
            f"{env.pairing_url}/v1/{env.realm}/devices/{device_id}/protocols/astarte_mqtt_v1"
            "/credentials",
            json={"data": {"csr": make_csr(f"{env.realm}/{device_id}")}},
            headers={"Authorization": f"Bearer {record.secret}"},
        )
    assert r.status_code == 201, r.text


@pytest.fixture
def secure_env(tmp_path: Path) -> Iterator[DemoEnvironment]:
    with DemoEnvironment(tmp_path / "env", slots=1, storage="secure") as env:
        yield env


def test_unregister_then_provision_again(secure_env: DemoEnvironment) -> None:
    env = secure_env
    assert env.fixture is not None and env.standin is not None
    config = load_config(env.config_path)
    target = config.active_target()
    with Journal.open(env.journal_path, station_id=STATION) as journal:
        first = provision(config, journal)
        assert first.result == "PASS", first
        device_id = first.device_id
        assert device_id is not None
        confirm(env, device_id)
        state = env.standin.device_state(env.realm, device_id)
        assert state is not None and state.status == "confirmed"

        again = provision(config, journal)
        assert again.result == "ALREADY_PROVISIONED"

        # On the slot the device says what its storage can take: locked secure storage.
        identity = identify_on_port(env.fixture.ports["1"], baud=115200, slot="1")
        assessment = assess_identity(identity, device_id)
        assert assessment.verdict is Verdict.NEEDS_FACTORY_RESET
        assert "rework bench" in assessment.action

        env.fixture.erase("1")  # the rework bench
        config = load_config(env.write_config())  # the replugged device has a new pty
        refused = reprovision_with_override(
            SUPERVISOR, config, config.default_fixture, ["1"], journal, reason="customer RMA 4711"
        )[0]
        assert refused.result == "FAIL" and refused.error_class == "already_registered"
        assert "supervisor" in refused.action and "unregister" in refused.action

        identity = identify_on_port(env.fixture.ports["1"], baud=115200, slot="1")
        assessment = assess_identity(identity, device_id)
        assert assessment.verdict is Verdict.REPROVISIONABLE
        assert not assessment.needs_confirmation

        with pytest.raises(NotPermitted):
            unregister_device(
                OPERATOR, target, device_id, journal, reason="returned unit", assessment=assessment
            )
        with pytest.raises(NotPermitted) as no_reason:
            unregister_device(
                SUPERVISOR, target, device_id, journal, reason=" ", assessment=assessment
            )
        assert no_reason.value.error_class == "reason_required"
        state = env.standin.device_state(env.realm, device_id)
        assert state is not None and state.status == "confirmed"  # nothing was sent

        tokens = RecordingTokens(tokens_for(target))
        done = unregister_device(
            SUPERVISOR,
            target,
            device_id,
            journal,
            reason="returned by customer, RMA 4711",
            assessment=assessment,
            tokens=tokens,
        )
        assert done.scope == TokenScope.unregister(device_id).claim
        ((scope, a_pa),) = tokens.issued
        assert scope == TokenScope.unregister(device_id)
        assert a_pa == [scope.claim]  # this device's DELETE and nothing else
        assert not TokenScope.register().allowed_by(a_pa)
        state = env.standin.device_state(env.realm, device_id)
        assert state is not None and not state.secret_set

        final = reprovision_with_override(
            SUPERVISOR, config, config.default_fixture, ["1"], journal, reason="rework RMA 4711"
        )[0]
        assert final.result == "PASS", final
        record = env.fixture.device("1").record
        assert record is not None and env.standin.check_secret(env.realm, device_id, record.secret)
        state = env.standin.device_state(env.realm, device_id)
        assert state is not None and state.status == "pending"

        events = list(reversed(journal.audit_events()))
    kinds = [e.kind for e in events]
    assert kinds == ["override", "unregister", "override"]
    unregister = events[1]
    assert unregister.actor == "Sam (supervisor)"
    assert unregister.reason == "returned by customer, RMA 4711"
    assert unregister.details["device_id"] == device_id
    assert unregister.details["storage"] == "secure"
    assert events[0].details["slots"] == "1" and events[0].reason == "customer RMA 4711"
    with JournalQuery.open(env.journal_path) as query:
        rows = query.rows(query.keys(descending=False))
    assert [r.result for r in rows] == ["PASS", "ALREADY_PROVISIONED", "FAIL", "PASS"]
    assert rows[-1].operator == "Sam (supervisor)"


def test_otp_device_that_holds_a_secret_needs_explicit_confirmation(tmp_path: Path) -> None:
    with DemoEnvironment(tmp_path / "env", slots=1, storage="otp") as env:
        assert env.fixture is not None and env.standin is not None
        config = load_config(env.config_path)
        target = config.active_target()
        with Journal.open(env.journal_path, station_id=STATION) as journal:
            first = provision(config, journal)
            assert first.result == "PASS" and first.device_id is not None
            device_id = first.device_id
            identity = identify_on_port(env.fixture.ports["1"], baud=115200, slot="1")
            assessment = assess_identity(identity, device_id)
            assert assessment.verdict is Verdict.CANNOT_TAKE_NEW_SECRET
            assert "cannot take a new one" in assessment.message
            with pytest.raises(ReworkRefused) as refused:
                unregister_device(
                    SUPERVISOR,
                    target,
                    device_id,
                    journal,
                    reason="tampered seal",
                    assessment=assessment,
                )
            assert "write-once" in refused.value.message
            # By ID, the storage check nested as it was shown; the English as before.
            assert assessment.text == Text.of("rework.otp", device=device_id, loss=OTP_LOSS)
            assert refused.value.text == Text.of("rework.unconfirmed", assessment=assessment.text)
            assert refused.value.message == f"{assessment.message} Nothing was sent."
            assert env.standin.device_state(env.realm, device_id) is not None
            state = env.standin.device_state(env.realm, device_id)
            assert state is not None and state.secret_set

            with JournalQuery.open(env.journal_path) as query:
                from_journal = assess_from_journal(query, device_id)
                unknown = assess_from_journal(query, "AAAAAAAAAAAAAAAAAAAAAA")
            assert from_journal.verdict is Verdict.CANNOT_TAKE_NEW_SECRET
            assert from_journal.source == "journal"
            assert from_journal.text == Text.of(
                "rework.journal.otp", device=device_id, loss=OTP_LOSS
            )
            assert unknown.verdict is Verdict.UNKNOWN and unknown.needs_confirmation
            assert unknown.text == Text.of("rework.journal.none", device="AAAAAAAAAAAAAAAAAAAAAA")

            unregister_device(
                SUPERVISOR,
                target,
                device_id,
                journal,
                reason="tampered seal, unit to be scrapped",
                assessment=assessment,
                confirmed_loss=True,
            )
            state = env.standin.device_state(env.realm, device_id)
            assert state is not None and not state.secret_set
            (event,) = journal.audit_events()
        assert event.kind == "unregister" and event.details["loss_confirmed"] == "yes"
        assert event.details["storage_check"] == "cannot_take_new_secret (from device)"


def test_a_failed_unregister_is_journaled_with_its_reason(tmp_path: Path) -> None:
    with DemoEnvironment(tmp_path / "env", slots=1, storage="secure") as env:
        assert env.standin is not None
        config = load_config(env.config_path)
        target = config.active_target()
        device_id = "AAAAAAAAAAAAAAAAAAAAAA"
        with Journal.open(env.journal_path, station_id=STATION) as journal:
            with JournalQuery.open(env.journal_path) as query:
                assessment = assess_from_journal(query, device_id)
            from station.pairing.errors import NotFound

            with pytest.raises(NotFound):
                unregister_device(
                    SUPERVISOR,
                    target,
                    device_id,
                    journal,
                    reason="unit returned without label",
                    assessment=assessment,
                    confirmed_loss=True,
                )
            (event,) = journal.audit_events()
        assert event.kind == "unregister_failed"
        assert event.details["error_class"] == "not_found"
        assert event.reason == "unit returned without label"
