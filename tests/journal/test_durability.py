"""An intent is on disk when `record_intent` returns, even if the process dies right after."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from station.journal import Journal, verify

_WRITER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from station.journal import Journal

    journal = Journal.open(Path(sys.argv[1]), station_id="crash-test")
    attempt = journal.begin_attempt(
        slot="1", operator="o", target_name="t", realm="plant1", pairing_url="https://p"
    )
    journal.update_device(
        attempt, device_id="dev-crash", hardware_serial="SN", model="m", firmware="f",
        storage_kind="otp",
    )
    journal.record_intent(attempt, device_id="dev-crash", fingerprint="%s")
    print(attempt, flush=True)
    os._exit(1)  # no close, no checkpoint: as if the power went
    """
)


def test_intent_survives_the_process_dying(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    fingerprint = "5" * 64
    proc = subprocess.run(
        [sys.executable, "-c", _WRITER % fingerprint, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    attempt = proc.stdout.strip()
    assert (tmp_path / "j.sqlite-wal").exists()  # the intent sits in the WAL, not checkpointed
    with Journal.open(path, station_id="crash-test") as journal:
        assert journal.latest_intent_fingerprint("dev-crash", "plant1") == fingerprint
        unfinished = journal.unfinished_attempts()
        assert [u.attempt_id for u in unfinished] == [attempt]
        assert unfinished[0].fingerprint == fingerprint
    assert verify(path).ok
