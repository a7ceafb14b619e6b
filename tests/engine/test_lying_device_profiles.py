"""The lies of tests/engine/test_lying_device.py told by stock Zephyr and ESP32 devices, through
the engine: each ends FAIL with its own error class and the device's own action, the journal
names the failed step with the same words, verify passes, and what the device stores is
really not what Pairing issued (the lie did happen).

Where a profile cannot tell a lie it is left out, with the reason:
- ESP32 and Zephyr have no lock, so "locked after lying" cannot happen.
- On ESP32 the host computes the digest and the revealed secret from one flash read, so a
  device cannot report one and reveal another; on Zephyr `download_lie` is that lie (every
  download, the read-back's included, carries another secret than the one stored).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from station.engine.attempt import Outcome
from station.engine.events import Result, Step
from station.journal import Journal, verify
from tests.fixtures.engine import EngineRig
from tests.fixtures.esp32_engine import Esp32EngineRig

READ_BACK_MESSAGE = (
    "After the write, the device in slot 1 reports written storage with a digest that is not "
    "the secret just written."
)
READ_BACK_ACTION = (
    "Leave the device in slot 1 and provision it again: the station reads what was stored "
    "before doing anything else."
)
INTERRUPTED_MESSAGE = (
    "The write to the device in slot 1 was interrupted and its storage holds a secret other "
    "than the one just written."
)
INTERRUPTED_ACTION = (
    "Leave the device in slot 1 and provision it again: the station decides from what was stored."
)
HASH_MESSAGE = (
    "The device in slot 1 holds a /lfs1/configuration.json whose sha256 is not that of the 136 "
    "bytes sent (136 bytes hashed): it did not store what the station wrote."
)
HASH_ACTION = "Provision the device in slot 1 again; if it repeats, set it aside for a flash check."


def _journal_says(journal: Journal, outcome: Outcome, step: Step) -> None:
    """The attempt never passed, and the journal records the one failed step and why."""
    assert outcome.result is Result.FAIL, outcome
    detail = journal.attempt(outcome.attempt_id)
    assert detail is not None
    assert (detail.row.result, detail.row.error_class) == ("FAIL", outcome.error_class)
    assert (detail.row.message, detail.row.action) == (outcome.message, outcome.action)
    failed = [(s.step, s.detail) for s in detail.steps if not s.ok]
    assert failed == [(step.value, outcome.message)], detail.steps
    assert verify(journal.path).ok


# -- stock Zephyr -------------------------------------------------------------------------------

# (firmware traits, fixture faults, error class, failed step, message, action)
ZEPHYR_LIES = {
    # stores another secret; its hash command is honest, so the write's hash check sees it
    "store_bit": ("", "store_other=bit", "zephyr_hash_mismatch", Step.WRITE, HASH_MESSAGE,
                  HASH_ACTION),
    "store_whole": ("", "store_other=whole", "zephyr_hash_mismatch", Step.WRITE, HASH_MESSAGE,
                    HASH_ACTION),
    # ... and hashes what it was sent, or has no hash command, so only the read-back sees it
    "store_bit_hash_lie": ("hash_lie", "store_other=bit", "read_back_mismatch", Step.READ_BACK,
                           READ_BACK_MESSAGE, READ_BACK_ACTION),
    "store_whole_hash_lie": ("hash_lie", "store_other=whole", "read_back_mismatch",
                             Step.READ_BACK, READ_BACK_MESSAGE, READ_BACK_ACTION),
    "store_bit_no_hash": ("no_hash", "store_other=bit", "read_back_mismatch", Step.READ_BACK,
                          READ_BACK_MESSAGE, READ_BACK_ACTION),
    # answers "written" after a lost answer while holding another secret
    "lost_answer": ("", "store_other=whole,noreply=after@write", "write_interrupted", Step.WRITE,
                    INTERRUPTED_MESSAGE, INTERRUPTED_ACTION),
}  # fmt: skip


@pytest.mark.parametrize("lie", list(ZEPHYR_LIES))
def test_a_zephyr_device_storing_another_secret_never_passes(
    engine_rig: Callable[..., EngineRig], lie: str
) -> None:
    traits, faults, error_class, step, message, action = ZEPHYR_LIES[lie]
    rig = engine_rig(slots=1, profile="zephyr", firmware=f"zephyr:{traits}", faults=faults)
    outcome = rig.provision("1")
    assert (outcome.error_class, outcome.message, outcome.action) == (error_class, message, action)
    _journal_says(rig.journal, outcome, step)
    [issued] = rig.standin.issued_secrets()
    stored = rig.stored_secret("1")
    assert stored is not None and stored != issued.reveal()
    assert len(stored) == len(issued.reveal())  # the same shape: only the value lies
    assert not rig.standin_accepts("1")


def test_a_zephyr_device_that_stored_another_secret_is_rewritten_next_time(
    engine_rig: Callable[..., EngineRig],
) -> None:
    rig = engine_rig(slots=1, profile="zephyr", faults="store_other=bit")
    assert rig.provision("1").error_class == "zephyr_hash_mismatch"
    rig.fixture.set_faults("")
    again = rig.provision("1")
    assert again.result is Result.PASS, again
    assert rig.standin_accepts("1")
    assert len(rig.standin.issued_secrets()) == 2  # a file is rewritable: registered again


def test_a_zephyr_device_reporting_another_secret_than_it_stores_fails_the_read_back(
    engine_rig: Callable[..., EngineRig],
) -> None:
    """download_lie: what the host reads back (the digest's source, and reveal's) is not what
    the file holds; the file is right."""
    rig = engine_rig(slots=1, profile="zephyr", firmware="zephyr:download_lie")
    outcome = rig.provision("1")
    assert (outcome.error_class, outcome.message, outcome.action) == (
        "read_back_mismatch",
        READ_BACK_MESSAGE,
        READ_BACK_ACTION,
    )
    _journal_says(rig.journal, outcome, Step.READ_BACK)
    [issued] = rig.standin.issued_secrets()
    assert rig.stored_secret("1") == issued.reveal()
    assert rig.standin_accepts("1")


def test_a_zephyr_device_whose_hardware_id_changes_fails_at_the_read_back(
    engine_rig: Callable[..., EngineRig],
) -> None:
    rig = engine_rig(slots=1, profile="zephyr", firmware="zephyr:hwid_changes")
    outcome = rig.provision("1")
    assert outcome.error_class == "identity_changed"
    assert outcome.message.startswith("The device in slot 1 reported hardware ID ")
    assert outcome.message.endswith(
        " in the same session; the station cannot tell which unit it is."
    )
    assert outcome.action == (
        "Set the device from slot 1 aside for a firmware check: 'hwinfo devid' must print the "
        "same ID every time."
    )
    _journal_says(rig.journal, outcome, Step.READ_BACK)


# -- stock ESP32 --------------------------------------------------------------------------------

# (simulated chip faults, error class, failed step, message, action)
ESP32_LIES = {
    # stores another secret (CRCs fixed) and answers MD5 over what it was sent
    "stores_flipped": ("read_back_mismatch", Step.READ_BACK, READ_BACK_MESSAGE, READ_BACK_ACTION),
    "stores_other": ("read_back_mismatch", Step.READ_BACK, READ_BACK_MESSAGE, READ_BACK_ACTION),
    # ... and its write's verification fails, so the station looks: another secret is there
    "stores_other,wrong_md5": ("write_interrupted", Step.WRITE, INTERRUPTED_MESSAGE,
                               INTERRUPTED_ACTION),
    # ... and its answer to the write's last block is lost: the station reconnects, reads the
    # partition and finds WRITTEN, but with another secret
    "stores_other,lost_answer": ("write_interrupted", Step.WRITE, INTERRUPTED_MESSAGE,
                                 INTERRUPTED_ACTION),
    "stores_flipped,lost_answer": ("write_interrupted", Step.WRITE, INTERRUPTED_MESSAGE,
                                   INTERRUPTED_ACTION),
}  # fmt: skip


@pytest.mark.parametrize("faults", list(ESP32_LIES))
def test_an_esp32_storing_another_secret_never_passes(
    esp32_engine_rig: Callable[..., Esp32EngineRig], faults: str
) -> None:
    error_class, step, message, action = ESP32_LIES[faults]
    rig = esp32_engine_rig(faults=faults)
    outcome = rig.provision()
    assert (outcome.error_class, outcome.message, outcome.action) == (error_class, message, action)
    _journal_says(rig.journal, outcome, step)
    [issued] = rig.standin.issued_secrets()
    stored = rig.stored_secret()
    assert stored is not None and stored != issued.reveal()
    if faults.startswith("stores_flipped"):
        pairs = zip(stored, issued.reveal(), strict=True)
        assert sum(bin(ord(a) ^ ord(b)).count("1") for a, b in pairs) == 1
    assert not rig.standin_accepts(outcome)
    if "lost_answer" in faults:  # the station reconnected after the write's answer was lost
        detail = rig.journal.attempt(outcome.attempt_id)
        assert detail is not None and detail.link_stats["reconnects"] == 1


def test_an_esp32_that_stored_another_secret_is_rewritten_next_time(
    esp32_engine_rig: Callable[..., Esp32EngineRig],
) -> None:
    rig = esp32_engine_rig(faults="stores_flipped")
    assert rig.provision().error_class == "read_back_mismatch"
    rig.device.restart(faults="")
    again = rig.provision()
    assert again.result is Result.PASS, again
    assert rig.standin_accepts(again)


def test_an_esp32_whose_mac_moves_fails_at_the_read_back(
    esp32_engine_rig: Callable[..., Esp32EngineRig],
) -> None:
    rig = esp32_engine_rig(faults="mac_drift")
    outcome = rig.provision()
    assert outcome.error_class == "identity_changed"
    assert outcome.message.startswith(
        "The device in slot 1 changed its identity during the attempt: its hardware ID was "
    )
    assert outcome.action == (
        "Set the device from slot 1 aside for a firmware check; if it was swapped during the "
        "attempt, provision the device in the slot again."
    )
    _journal_says(rig.journal, outcome, Step.READ_BACK)
    [issued] = rig.standin.issued_secrets()
    assert rig.stored_secret() == issued.reveal()  # the storage is right; the identity lies


def test_an_esp32_whose_write_answer_is_lost_is_decided_from_its_flash(
    esp32_engine_rig: Callable[..., Esp32EngineRig],
) -> None:
    """The honest counterpart of `lost_answer` with `stores_*`: the same lost answer over the
    right secret passes, so the lying cases fail for the secret they hold, not for the loss."""
    rig = esp32_engine_rig(faults="lost_answer")
    outcome = rig.provision()
    assert outcome.result is Result.PASS, outcome
    assert rig.standin_accepts(outcome)
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None
    # The answer really was lost: esptool gave up on the write (its bytes never counted as
    # written) and the station reconnected to read the partition.
    assert (detail.link_stats["reconnects"], detail.link_stats["flash_bytes_written"]) == (1, 0)
