"""`station rework reprovision` prints the reworked unit's label after its PASS, as the normal
path does: through the real entry point, on simulated devices, to the loopback printer, read
back with a real renderer and decoder, and journaled as a `label_print` of that attempt. With
check-scan on, the PASS waits for the label to be scanned back (by the demo's simulated serial
scanner) before it is final."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from station.cli import main
from station.demo import DemoEnvironment
from station.journal import Journal
from station.peripherals import label_code
from tests.line.test_line_e2e import _decoded
from tests.roles.helpers import SUPERVISOR_PASSWORD
from tests.supervisor.helpers import with_roles


@pytest.mark.parametrize("check_scan", [False, True], ids=["label", "label-and-check-scan"])
def test_reprovision_prints_the_units_label_after_its_pass(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    check_scan: bool,
) -> None:
    with DemoEnvironment(
        tmp_path / "env", slots=1, storage="secure", bcrypt_cost=4, line=True, check_scan=check_scan
    ) as env:
        assert env.printer is not None
        with_roles(env.config_path)
        monkeypatch.setattr("sys.stdin", io.StringIO(SUPERVISOR_PASSWORD + "\n"))
        why = "returned, RMA 12"
        args = ["rework", "reprovision", "--slots", "1", "--reason", why, "--by", "Sam"]
        assert main([*args, "--config", str(env.config_path)]) == 0
        captured = capsys.readouterr()
        assert captured.out.startswith("slot 1: PASS "), captured
        device_id = captured.out.split()[3]
        # The label reached the printer by the time the command returned, and it is this unit's.
        (label,) = env.printer.labels
        assert label_code.encode(device_id) in _decoded(label)
        assert device_id in label  # the human-readable ID beside the codes
        scans = env.scanner.scans if env.scanner is not None else []
    if check_scan:
        assert "waiting for its label to be scanned back" in captured.err
        assert [s.code for s in scans] == [label_code.encode(device_id)]
    with Journal.open(env.journal_path, station_id=env.station_id) as journal:
        audit = sorted(journal.audit_events(limit=200), key=lambda e: e.seq)
        (override,) = [e for e in audit if e.kind == "override"]
        (printed,) = [e for e in audit if e.kind == "label_print"]
        assert printed.seq > override.seq
        assert printed.details["printed"] == "true"
        assert printed.details["device_id"] == device_id
        assert printed.details["slot"] == "1"
        detail = journal.attempt(printed.details["attempt_id"])
        assert detail is not None and detail.row.result == "PASS"
        assert detail.row.operator == printed.actor  # the supervisor's attempt, the same name
        checks = [e for e in audit if e.kind == "label_check"]
        if check_scan:
            (check,) = checks
            assert check.details["result"] == "match"
            assert detail.row.finished_at is not None and check.at <= detail.row.finished_at
        else:
            assert checks == []
