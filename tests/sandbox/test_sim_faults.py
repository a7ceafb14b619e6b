"""Injected faults: what the host sees on the pty, and what the device's storage holds after."""

from __future__ import annotations

import os
import signal
import time

import cbor2
import pytest
import serial
from smp.header import OP, Flag, Header, Version

from station.link.framing import MalformedMessage, encode_frame, parse_message
from station.profiles.smp.protocol import OS_ECHO, OS_GROUP, PROVISIONING_GROUP, Command, ErrorCode
from station.sandbox.sim.server import EXIT_POWER_CUT, EXIT_UNPLUGGED
from tests.fixtures.sim import RawSmp, SimFactory
from tests.sandbox.test_sim_protocol import (
    OTHER_SECRET,
    SECRET,
    identify,
    record,
    refused,
    reveal,
    write,
)


def echo(link: RawSmp, text: str = "hi", timeout: float | None = None) -> dict[str, object]:
    return link.request(OP.WRITE, OS_GROUP, OS_ECHO, {"d": text}, timeout=timeout)[1]


def send_write(link: RawSmp) -> None:
    link.send(OP.WRITE, PROVISIONING_GROUP, Command.WRITE, record())


def expect_disconnect(link: RawSmp) -> None:
    """The host gets an error promptly, never a hang."""
    deadline = time.monotonic() + 10
    with pytest.raises((serial.SerialException, OSError)):
        while time.monotonic() < deadline:
            link.pump(0.1)
    assert time.monotonic() < deadline


def test_unplug_after_write_closes_the_pty_and_the_record_is_kept(
    sim_fixture: SimFactory,
) -> None:
    fx = sim_fixture(slots=2, faults="slot1:unplug@write", chatter=0)
    port = fx.ports["1"]
    with RawSmp(port) as link:
        send_write(link)
        expect_disconnect(link)
    assert fx.wait_exit("1") == EXIT_UNPLUGGED
    assert "1" not in fx.ports and fx.manifest["slots"][0]["port"] is None
    assert fx.inspect()["1"]["state"] == "written"
    # slot 2 never had the fault
    with RawSmp(fx.ports["2"]) as link:
        assert write(link, record()) == {}
    # one-shot: back on a new port, the device answers a write normally
    with RawSmp(fx.plug("1")) as link:
        assert identify(link)["state"] == "written"
        assert write(link, record()) == {}
    assert fx.device("1").faults.fired == {"unplug=after@write*1": 1}


def test_unplug_before_write_leaves_storage_empty(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, faults="unplug=before@write", chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        send_write(link)
        expect_disconnect(link)
    assert fx.wait_exit("1") == EXIT_UNPLUGGED
    assert fx.inspect()["1"]["state"] == "empty"


def test_power_cut_during_write_leaves_otp_corrupt(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, storage="otp", faults="power_cut@write", chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        send_write(link)
        expect_disconnect(link)
    assert fx.wait_exit("1") == EXIT_POWER_CUT
    stored = fx.inspect()["1"]
    assert stored["state"] == "corrupt"
    assert stored["record"] is None
    assert stored["partial_bytes"] > 0
    with RawSmp(fx.plug("1")) as link:
        body = identify(link)
        assert body["state"] == "corrupt"
        assert "digest" not in body
        assert reveal(link) == refused(ErrorCode.STORAGE_CORRUPT)
        assert write(link, record()) == refused(ErrorCode.STORAGE_CORRUPT)


def test_power_cut_on_secure_storage_can_be_rewritten(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, storage="secure", faults="power_cut@write", chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        send_write(link)
        expect_disconnect(link)
    assert fx.wait_exit("1") == EXIT_POWER_CUT
    with RawSmp(fx.plug("1")) as link:
        assert identify(link)["state"] == "corrupt"
        assert write(link, record()) == {}
        assert reveal(link) == {"secret": SECRET}


def test_killing_the_device_while_programming_leaves_a_partial_record(
    sim_fixture: SimFactory,
) -> None:
    fx = sim_fixture(slots=1, prog_us=20_000, chatter=0)  # about 3 s of programming
    pid = fx.pid("1")
    assert pid is not None
    with RawSmp(fx.ports["1"]) as link:
        send_write(link)
        # Kill it once programming has begun: the state file says so from its first byte.
        deadline = time.monotonic() + 2.5
        while fx.inspect()["1"]["state"] != "corrupt" and time.monotonic() < deadline:
            time.sleep(0.01)
        assert fx.inspect()["1"]["state"] == "corrupt", "programming never started"
        os.kill(pid, signal.SIGKILL)
        expect_disconnect(link)
    assert fx.wait_exit("1") == -signal.SIGKILL
    assert fx.inspect()["1"]["state"] == "corrupt"


def test_noreply_loses_one_request_then_the_device_answers(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, faults="noreply@identify", chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        with pytest.raises(TimeoutError):
            link.request(OP.READ, PROVISIONING_GROUP, Command.IDENTIFY, timeout=1.0)
        assert identify(link)["state"] == "empty"


def test_noreply_after_write_executes_it_unanswered(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, faults="noreply=after@write", chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        with pytest.raises(TimeoutError):
            link.request(OP.WRITE, PROVISIONING_GROUP, Command.WRITE, record(), timeout=1.5)
        assert identify(link)["state"] == "written"


def test_slow_reply_at_a_step(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, faults="slow=1.0@echo*2", chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        for _ in range(2):
            started = time.monotonic()
            assert echo(link) == {"r": "hi"}
            assert time.monotonic() - started >= 1.0
        assert fx.device("1").faults.fired == {"slow=1@echo*2": 2}


def test_reboot_loses_the_request_and_prints_the_boot_log(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, faults="reboot@echo", chatter=0)
    boots = fx.device("1").boots
    with RawSmp(fx.ports["1"]) as link:
        with pytest.raises(TimeoutError):
            echo(link, timeout=1.0)
        assert b"Booting Zephyr" in link.console
        assert echo(link) == {"r": "hi"}
    assert fx.device("1").boots == boots + 1


@pytest.mark.parametrize("spec", ["bitflip=0.005", "drop=0.01"])
def test_line_noise_corrupts_some_frames_but_not_all(sim_fixture: SimFactory, spec: str) -> None:
    fx = sim_fixture(slots=1, faults=spec, chatter=0, seed=7)
    answered = lost = 0
    with RawSmp(fx.ports["1"]) as link:
        for i in range(15):
            try:
                reply = echo(link, f"message {i}", timeout=0.5)
            except TimeoutError:
                lost += 1
            else:
                answered += 1
                assert reply == {"r": f"message {i}"}
    assert answered > 0
    assert lost > 0
    assert link.errors  # the host's decoder saw corrupt frames, typed


def test_set_faults_at_runtime_with_fresh_counts(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=2, chatter=0)
    with RawSmp(fx.ports["1"]) as one, RawSmp(fx.ports["2"]) as two:
        assert echo(one) == {"r": "hi"}
        fx.set_faults("slot1:noreply@echo")
        with pytest.raises(TimeoutError):
            echo(one, timeout=0.8)
        assert echo(one) == {"r": "hi"}
        assert echo(two) == {"r": "hi"}
        fx.set_faults("slot1:noreply@echo")  # the same spec again fires again
        with pytest.raises(TimeoutError):
            echo(one, timeout=0.8)
        fx.set_faults("")
        assert echo(one) == {"r": "hi"}


def test_program_fail_leaves_otp_corrupt(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, storage="otp", faults="program_fail", chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        assert write(link, record()) == refused(ErrorCode.PROGRAM_FAILED)
        assert identify(link)["state"] == "corrupt"
        assert write(link, record()) == refused(ErrorCode.STORAGE_CORRUPT)


def test_program_fail_on_secure_storage_keeps_the_previous_record(
    sim_fixture: SimFactory,
) -> None:
    fx = sim_fixture(slots=1, storage="secure", chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        assert write(link, record()) == {}
        fx.set_faults("program_fail@write")
        assert write(link, record(OTHER_SECRET)) == refused(ErrorCode.PROGRAM_FAILED)
        assert identify(link)["state"] == "written"
        assert reveal(link) == {"secret": SECRET}
        assert write(link, record(OTHER_SECRET)) == {}


def test_refuse_answers_the_chosen_code_without_executing(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, faults="refuse=BUSY@write,refuse=1@echo", chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        assert write(link, record()) == refused(ErrorCode.BUSY)
        assert identify(link)["state"] == "empty"
        assert echo(link) == {"rc": 1}
        assert echo(link) == {"r": "hi"}


def test_malformed_reply_has_a_good_crc_but_no_map(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, faults="malformed@identify", chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        link.send(OP.READ, PROVISIONING_GROUP, Command.IDENTIFY, {})
        deadline = time.monotonic() + 10
        while not link.frames and time.monotonic() < deadline:
            link.pump(0.05)
        (message,) = link.frames
        with pytest.raises(MalformedMessage, match="not a CBOR map"):
            parse_message(message)
        link.frames.clear()
        assert identify(link)["state"] == "empty"


def test_duplicate_sends_the_answer_twice(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, faults="duplicate@echo", chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        seq = link.send(OP.WRITE, OS_GROUP, OS_ECHO, {"d": "twice"})
        assert link.wait_reply(seq)[1] == {"r": "twice"}
        assert link.wait_reply(seq)[1] == {"r": "twice"}


def test_smp_v1_requests_get_v1_answers(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0)
    payload = cbor2.dumps({})
    request = Header(
        op=OP.READ,
        version=Version.V1,
        flags=Flag(0),
        length=len(payload),
        group_id=PROVISIONING_GROUP,
        sequence=99,
        command_id=Command.REVEAL,
    )
    with RawSmp(fx.ports["1"]) as link:
        link.serial.write(encode_frame(bytes(request) + payload))
        header, body = link.wait_reply(99)
    assert header.version is Version.V1
    assert body == {"rc": int(ErrorCode.NOTHING_STORED)}
