"""One journal upgrade at a time, with a deadline: a second station process waits for the
first one's upgrade lock, but not for ever; past the deadline it says which lock holds it and
what to do, and leaves the journal unchanged."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from station.journal import JournalError, schema
from station.journal.schema import read_version
from station.journal.upgrade import upgrade_verified
from tests.journal.helpers import SCHEMA3_FIXTURE

# A separate process holding the lock, as another station process would: flock locks belong
# to the open file, so the holder must be another process for the test to mean anything.
_HOLDER = textwrap.dedent(
    """
    import fcntl, os, sys, time
    fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
    """
)


@contextmanager
def _lock_held(journal: Path, seconds: float) -> Iterator[None]:
    """Another process holds the journal's upgrade lock for `seconds` (killed on leaving)."""
    lock = journal.with_name(f"{journal.name}.upgrade-lock")
    with subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(lock), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        try:
            yield
        finally:
            if holder.poll() is None:
                holder.kill()


def _old_journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite"
    shutil.copy(SCHEMA3_FIXTURE, path)
    return path


def test_a_lock_held_past_the_deadline_is_named_with_what_to_do(tmp_path: Path) -> None:
    journal = _old_journal(tmp_path)
    before = journal.read_bytes()
    with _lock_held(journal, 30):
        started = time.monotonic()
        with pytest.raises(JournalError) as caught:
            upgrade_verified(journal, 3, lock_wait_s=0.6)
        waited = time.monotonic() - started
    assert waited >= 0.6
    lock = f"{journal.name}.upgrade-lock"
    assert lock in caught.value.message
    assert "another station process" in caught.value.message
    assert "stale" in caught.value.action and lock in caught.value.action
    # By its message ID (the screens translate it), the lock and the wait as parameters.
    assert caught.value.message_id == "journal.upgrade.held"
    assert caught.value.text.params == {
        "path": str(journal),
        "lock": str(journal.with_name(lock)),
        "seconds": 1,
    }
    assert caught.value.message.endswith("for more than 1 s.")
    assert journal.read_bytes() == before


def test_a_lock_released_within_the_deadline_lets_the_upgrade_go_on(tmp_path: Path) -> None:
    journal = _old_journal(tmp_path)
    with _lock_held(journal, 0.5):
        kept = upgrade_verified(journal, 3, lock_wait_s=30)
    assert kept is not None and kept.exists()
    assert read_version(journal) == schema.schema_version()
