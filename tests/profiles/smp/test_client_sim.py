"""DeviceClient against the simulated devices (own processes, real ptys): every command, every
refusal a device produces, every injected fault."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from station.cancel import CancelToken
from station.link.errors import CorruptLink, Disconnected, LinkTimeout
from station.profiles.base import ProvisioningRecord, StorageKind, StorageState
from station.profiles.smp.client import DeviceClient
from station.profiles.smp.errors import DeviceRefused, WriteOutcomeUnknown
from station.profiles.smp.protocol import ErrorCode
from station.secret import Secret
from tests.fixtures.sim import SimFactory

DEVICE_ID = "AAECAwQFBgcICQoLDA0ODw"
SECRET_A = "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I="
SECRET_B = "b3RoZXItb3RoZXItb3RoZXItb3RoZXItb3RoZXItb3Q="


def record(secret: str = SECRET_A, device_id: str = DEVICE_ID) -> ProvisioningRecord:
    return ProvisioningRecord(
        device_id=device_id,
        realm="factory",
        pairing_url="https://127.0.0.1:4003/pairing",
        secret=Secret(secret),
    )


@contextmanager
def client(
    port: str, slot: str = "1", baud: int = 115200, margin: float = 1.0
) -> Iterator[DeviceClient]:
    with DeviceClient.open(port, baud=baud, cancel=CancelToken(), slot=slot, margin=margin) as c:
        yield c


def refused(code: ErrorCode) -> pytest.RaisesExc[DeviceRefused]:
    return pytest.raises(DeviceRefused, check=lambda e: e.code is code)


def test_full_provisioning_walk_on_otp(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, storage="otp", chatter=0)
    with client(fx.ports["1"]) as c:
        assert c.echo("link check") == "link check"
        assert c.params().buf_size >= 512
        before = c.identify()
        assert before.storage_kind is StorageKind.OTP
        assert before.storage_state is StorageState.EMPTY
        assert before.factory_mode and before.secret_digest is None
        assert before.hardware_id and before.program_us_per_byte > 0

        c.write(record())
        after = c.identify()
        assert after.storage_state is StorageState.WRITTEN
        assert record().secret.matches_digest(after.secret_digest)
        assert (after.record_device_id, after.record_realm) == (DEVICE_ID, "factory")
        assert after.hardware_id == before.hardware_id
        assert c.reveal() == record().secret

        c.lock()
        locked = c.identify()
        assert locked.storage_state is StorageState.LOCKED
        assert not locked.factory_mode
        assert record().secret.matches_digest(locked.secret_digest)
        with refused(ErrorCode.NOT_FACTORY_MODE):
            c.reveal()
        with refused(ErrorCode.NOT_FACTORY_MODE):
            c.write(record())
        c.lock()  # idempotent
        stats = c.stats.as_dict()
    assert stats["frames_sent"] == stats["frames_received"] >= 11
    assert stats["retries"] == stats["crc_errors"] == 0
    assert fx.inspect()["1"]["state"] == "locked"


def test_otp_is_write_once_but_idempotent(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, storage="otp", chatter=0)
    with client(fx.ports["1"]) as c:
        c.write(record())
        c.write(record())  # identical record again: OK
        with refused(ErrorCode.ALREADY_WRITTEN) as caught:
            c.write(record(SECRET_B))
        assert caught.value.error_class == "device_already_written"
        assert "SCRAP" in caught.value.action
        assert c.reveal() == record().secret


def test_secure_storage_is_rewritable(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, storage="secure", chatter=0)
    with client(fx.ports["1"]) as c:
        assert c.identify().rewritable
        c.write(record())
        c.write(record(SECRET_B))
        assert Secret(SECRET_B).matches_digest(c.identify().secret_digest)
        assert c.reveal() == Secret(SECRET_B)


def test_empty_device_refuses_reveal_and_lock(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0)
    with client(fx.ports["1"]) as c:
        with refused(ErrorCode.NOTHING_STORED):
            c.reveal()
        with refused(ErrorCode.NOTHING_STORED):
            c.lock()
        assert c.identify().factory_mode


def test_invalid_record_is_refused(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0)
    with client(fx.ports["1"]) as c:
        with refused(ErrorCode.INVALID_RECORD) as caught:
            c.write(record(device_id="not-a-device-id"))
        assert "supervisor" in caught.value.action
        assert c.identify().storage_state is StorageState.EMPTY


def test_device_supplied_id_is_reported_and_enforced(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, device_ids=True)
    with client(fx.ports["1"]) as c:
        own = c.identify().device_id
        assert own is not None and len(own) == 22
        with refused(ErrorCode.INVALID_RECORD):
            c.write(record(device_id=DEVICE_ID if own != DEVICE_ID else "AQECAwQFBgcICQoLDA0ODw"))
        c.write(record(device_id=own))


def test_power_cut_during_write_leaves_corrupt_otp(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, storage="otp", faults="power_cut@write", chatter=0)
    with client(fx.ports["1"]) as c:
        c.identify()
        with pytest.raises(WriteOutcomeUnknown) as caught:
            c.write(record())
        assert isinstance(caught.value.cause, Disconnected)
        assert caught.value.error_class == "write_unknown"
    fx.wait_exit("1")
    with client(fx.plug("1")) as c:
        state = c.identify()
        assert state.storage_state is StorageState.CORRUPT
        assert state.secret_digest is None
        with refused(ErrorCode.STORAGE_CORRUPT):
            c.write(record())
        with refused(ErrorCode.STORAGE_CORRUPT):
            c.reveal()
        with refused(ErrorCode.STORAGE_CORRUPT):
            c.lock()


def test_unplug_during_a_read_is_disconnected_not_a_hang(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=2, faults="slot1:unplug=before@identify", chatter=0)
    with client(fx.ports["1"]) as c:
        started = time.monotonic()
        with pytest.raises(Disconnected) as caught:
            c.identify()
        assert time.monotonic() - started < 10
        assert "slot 1" in caught.value.action
    with client(fx.ports["2"], slot="2") as c:
        assert c.identify().storage_state is StorageState.EMPTY


@pytest.mark.parametrize(
    ("phase", "stored"), [("after", StorageState.WRITTEN), ("before", StorageState.EMPTY)]
)
def test_unplug_at_write_is_outcome_unknown_and_identify_tells(
    sim_fixture: SimFactory, phase: str, stored: StorageState
) -> None:
    fx = sim_fixture(slots=1, faults=f"unplug={phase}@write", chatter=0)
    with client(fx.ports["1"]) as c:
        c.identify()
        with pytest.raises(WriteOutcomeUnknown):
            c.write(record())
    fx.wait_exit("1")
    with client(fx.plug("1")) as c:
        state = c.identify()
        assert state.storage_state is stored
        assert record().secret.matches_digest(state.secret_digest) is (phase == "after")


def test_no_reply_to_a_read_is_retried(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, faults="noreply@identify*2", chatter=0)
    with client(fx.ports["1"]) as c:
        assert c.identify().storage_state is StorageState.EMPTY
        assert c.stats.retries == 2
        assert c.stats.timeouts == 2


def test_reads_give_up_after_bounded_retries(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, faults="noreply@echo*always", chatter=0)
    with client(fx.ports["1"]) as c:
        with pytest.raises(LinkTimeout) as caught:
            c.echo("anyone?")
        assert caught.value.error_class == "timeout"
        assert c.stats.frames_sent == 3
        assert c.identify().factory_mode  # the link itself still works


def test_no_reply_after_write_is_unknown_then_identify_resolves_it(
    sim_fixture: SimFactory,
) -> None:
    fx = sim_fixture(slots=1, storage="otp", faults="noreply=after@write", chatter=0)
    with client(fx.ports["1"]) as c:
        c.identify()
        with pytest.raises(WriteOutcomeUnknown) as caught:
            c.write(record())
        assert isinstance(caught.value.cause, LinkTimeout)
        assert c.stats.frames_sent == 3  # identify, params, one write: never repeated
        state = c.identify()
        assert record().secret.matches_digest(state.secret_digest)
        c.write(record())  # identical record on OTP after checking: safe and OK


def test_slow_reply_within_the_margin_is_fine(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, faults="slow=0.4", chatter=0)
    with client(fx.ports["1"]) as c:
        started = time.monotonic()
        assert c.echo("slow") == "slow"
        assert time.monotonic() - started >= 0.4
        assert c.stats.retries == 0


def test_slow_reply_past_the_deadline_is_retried(sim_fixture: SimFactory) -> None:
    # The device answers the first identify 1.5 s late, past its ~1 s deadline, and handles
    # requests one at a time: the late answer arrives while the retry waits (or before the
    # next is sent), and the retry's own answer follows at once, well inside its deadline.
    fx = sim_fixture(slots=1, faults="slow=1.5@identify", chatter=0)
    with client(fx.ports["1"]) as c:
        assert c.identify().factory_mode
        assert c.stats.retries >= 1
        # the late answer to the first attempt is recognised as stale, never mistaken
        assert c.stats.stale_frames >= 1


def test_reboot_mid_exchange_is_retried_and_the_boot_log_kept(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, faults="reboot@identify", chatter=0)
    with client(fx.ports["1"]) as c:
        assert c.identify().storage_state is StorageState.EMPTY
        assert c.stats.retries == 1
        assert c.console_log().strip()
        assert c.stats.console_bytes > 0


def test_bit_flips_never_give_a_wrong_answer(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, faults="bitflip=0.002", chatter=0, seed=7)
    ok = 0
    with client(fx.ports["1"], margin=0.3) as c:
        for i in range(16):
            text = f"payload-{i:03d}-" + "x" * 40
            try:
                assert c.echo(text) == text
                ok += 1
            except (CorruptLink, LinkTimeout):
                pass
        stats = c.stats
    assert ok >= 8
    assert stats.crc_errors + stats.resyncs + stats.timeouts + stats.malformed > 0


def test_dropped_bytes_are_detected_and_retried(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, faults="drop=0.003", chatter=0, seed=3)
    ok = 0
    with client(fx.ports["1"], margin=0.3) as c:
        for _ in range(8):
            try:
                identity = c.identify()
                assert identity.storage_state is StorageState.EMPTY
                ok += 1
            except (CorruptLink, LinkTimeout):
                pass
        assert c.stats.retries > 0
    assert ok >= 4


def test_console_chatter_between_frames_is_tolerated(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0.05, seed=1)
    with client(fx.ports["1"]) as c:
        for i in range(20):
            assert c.echo(str(i)) == str(i)
            time.sleep(0.02)
        assert c.stats.console_bytes > 0
        assert c.console_log()
        assert c.stats.retries == 0


def test_paced_line_takes_at_least_wire_time(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, baud=9600, chatter=0)
    with client(fx.ports["1"], baud=9600) as c:
        c.echo("warm")
        before = c.stats.bytes_in
        started = time.monotonic()
        c.identify()
        elapsed = time.monotonic() - started
        received = c.stats.bytes_in - before
    assert elapsed >= received * 10 / 9600 * 0.9
