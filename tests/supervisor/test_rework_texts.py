"""What rework says about a device's storage, and an unregister it refuses to send, are
catalogue messages (the rework dialog translates them; `station rework` and the journal keep the
English, word for word as before). The storage kind stays as the device names it, its state is a
word of its own."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest

from station.config.parse import parse_config
from station.journal import Journal
from station.profiles.base import Identity, StorageKind, StorageState
from station.rework.assess import Verdict, assess_identity
from station.rework.unregister import ReworkRefused, unregister_device
from station.text import Text
from tests.config.examples import PLANT
from tests.supervisor.helpers import SUPERVISOR

DEVICE = "2imLILqtRP2vq0ZVy-TGRQ"
OTHER = "AAAAAAAAAAAAAAAAAAAAAA"


def _identity(kind: StorageKind, state: StorageState, *, factory_mode: bool) -> Identity:
    return Identity(
        profile="smp",
        model="demo",
        firmware="1.0.0",
        hardware_id=b"\x01\x02",
        hardware_serial="SN1",
        device_id=None,
        storage_kind=kind,
        storage_state=state,
        secret_digest=None,
        record_device_id=None,
        record_realm=None,
        factory_mode=factory_mode,
    )


def test_each_storage_verdict_by_id_and_word_for_word() -> None:
    otp = assess_identity(
        _identity(StorageKind.OTP, StorageState.WRITTEN, factory_mode=True), DEVICE
    )
    assert otp.verdict is Verdict.CANNOT_TAKE_NEW_SECRET
    assert otp.text == Text.of("rework.otp", device=DEVICE, loss=Text.of("rework.otp_loss"))
    assert otp.message == (
        f"Device {DEVICE}: Its storage is write-once (OTP) and already holds a secret, so it "
        "cannot take a new one: after unregistering, the secret it holds stops working and the "
        "unit can never be provisioned again (scrap)."
    )
    assert otp.action_text == Text.of("rework.otp.action")

    locked = assess_identity(
        _identity(StorageKind.SECURE, StorageState.LOCKED, factory_mode=False), DEVICE
    )
    assert locked.verdict is Verdict.NEEDS_FACTORY_RESET
    assert locked.text == Text.of("rework.locked", device=DEVICE)
    assert locked.action == (
        "Unregister it, have the rework bench return it to factory mode (erase its secure "
        "storage), then provision it again with the 'already passed' override."
    )

    fresh = assess_identity(
        _identity(StorageKind.NVS, StorageState.EMPTY, factory_mode=True), DEVICE
    )
    assert fresh.verdict is Verdict.REPROVISIONABLE
    assert fresh.text == Text.of(
        "rework.reprovisionable", device=DEVICE, kind="nvs", state=Text.of("rework.storage.empty")
    )
    assert fresh.message == (
        f"Device {DEVICE} has nvs storage that is empty and in factory mode: it can take a new "
        "secret."
    )


@pytest.mark.parametrize("state", list(StorageState))
def test_every_storage_state_has_its_word(state: StorageState) -> None:
    assert Text.of(f"rework.storage.{state.value}").english == state.value


def test_an_unregister_for_another_device_than_the_one_checked_is_not_sent(
    tmp_path: Path,
) -> None:
    config = parse_config(
        tomllib.loads(PLANT),
        source="station.toml",
        base_dir=tmp_path,
        default_journal=tmp_path / "journal.sqlite",
    )
    # A Pairing URL nothing listens on: a refusal is decided before anything is sent.
    target = dataclasses.replace(config.targets["plant-eu"], pairing_url="http://127.0.0.1:9")
    shown = assess_identity(
        _identity(StorageKind.NVS, StorageState.WRITTEN, factory_mode=True), OTHER
    )
    with (
        Journal.open(tmp_path / "journal.sqlite", station_id="st") as journal,
        pytest.raises(ReworkRefused) as refused,
    ):
        unregister_device(SUPERVISOR, target, DEVICE, journal, reason="RMA 4711", assessment=shown)
    assert refused.value.text == Text.of("rework.other_device", checked=OTHER, device=DEVICE)
    assert refused.value.message == (
        f"The storage check shown was for device {OTHER}, not {DEVICE}; nothing was sent."
    )
    assert refused.value.action_text == Text.of("rework.other_device.action")
