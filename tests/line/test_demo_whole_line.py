"""The headless demo runs the whole line with its stand-ins, in order: the MES is asked before
each unit is registered, the unit is provisioned, its PASS is held while its label prints, the
simulated serial scanner reads the printed label (drawn by zplkit, decoded by zxing-cpp) and the
match makes the PASS final, the MES hears the result, and the tower light ends green."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from station.demo import DEMO_RECIPE, DemoEnvironment
from station.demo_cli import demo_arguments
from station.demo_headless import run_on
from station.journal import Journal
from station.peripherals import label_code
from station.peripherals.label_zpl import DEFAULT_TEMPLATE, LabelFields, render
from station.sandbox.scanner import RENDERED, ZPL_TEXT, read_label
from tests.line.test_line_e2e import _decoded


def _args() -> argparse.Namespace:
    return demo_arguments("--slots", "2")


def test_the_headless_demo_shows_check_provision_label_check_scan_result_and_tower(
    tmp_path: Path,
) -> None:
    with DemoEnvironment(
        tmp_path / "demo", slots=2, bcrypt_cost=4, line=True, check_scan=True
    ) as env:
        assert env.mes is not None and env.printer is not None and env.tower is not None
        assert env.scanner is not None and env.scanner.how == RENDERED
        out = io.StringIO()
        assert run_on(env, _args(), out) == 0, out.getvalue()
        checks = list(env.mes.state.checks)
        labels = env.printer.labels
        scans = env.scanner.scans
        shown = env.tower.shown
    text = out.getvalue()
    assert "check-scan on: a simulated serial scanner" in text
    assert "decoded by zxing-cpp" in text
    assert "2 labels printed; 2 labels scanned back and matched" in text
    lines = [line.split()[:3] for line in text.splitlines() if line.startswith("slot ")]
    assert lines == [["slot", "1", "PASS"], ["slot", "2", "PASS"]]

    # What the scanner sent is what a real decoder reads off each printed label.
    assert len(labels) == 2
    assert sorted(s.code for s in scans) == sorted(
        next(c for c in _decoded(zpl) if c.startswith("AS")) for zpl in labels
    )

    with Journal.open(env.journal_path, station_id=env.station_id) as journal:
        audit = sorted(journal.audit_events(limit=1000), key=lambda e: e.seq)
        attempts = {e.details["attempt_id"] for e in audit if e.kind == "label_print"}
        assert len(attempts) == 2
        for attempt_id in attempts:
            detail = journal.attempt(attempt_id)
            assert detail is not None
            row = detail.row
            assert row.result == "PASS" and row.finished_at is not None
            steps = {s.step: s for s in detail.steps}
            assert all(s.ok for s in detail.steps)
            # The MES check runs in the policy step, before Pairing is asked to register.
            asked = [c for c in checks if c["device_id"] == row.device_id]
            assert len(asked) == 1
            assert asked[0]["serial"] == row.hardware_serial
            assert asked[0]["recipe"] == DEMO_RECIPE
            assert steps["policy"].started_at <= steps["register"].started_at
            assert steps["lock"].ok  # provisioned on the device

            mine = [e for e in audit if e.details.get("attempt_id") == attempt_id]
            assert [e.kind for e in mine] == ["label_print", "label_check", "mes_result"]
            printed, checked, result = mine
            assert printed.details["printed"] == "true"
            assert checked.details["result"] == "match"
            assert checked.details["device_id"] == row.device_id
            assert result.details["outcome"] == "PASS"
            # PASS held: the label printed and was scanned back before the attempt finished;
            # the MES result is written with the finish record, in its transaction.
            assert printed.at <= checked.at <= row.finished_at <= result.at
            acks = [
                e
                for e in audit
                if e.kind == "mes_result_ack"
                and e.details["idempotency_key"] == result.details["idempotency_key"]
            ]
            assert len(acks) == 1 and acks[0].seq > result.seq

    # The tower: working (yellow) first, the good batch (green) last, off when the line closed.
    sequence = shown[1:] if shown and shown[0] == "all off" else shown
    assert sequence[0] == "yellow on"
    assert sequence[-2:] == ["green on", "all off"]


def test_the_demo_scanner_reads_the_label_drawn_or_from_its_zpl_alike() -> None:
    """Where zplkit and zxing-cpp are missing (the packaged station), the demo's scanner takes
    the code from the label's ZPL: the same code a decoder reads off the drawn label."""
    fields = LabelFields(serial="SN-0000000001", device_id="Ab_5F-x_41yZ0123456789")
    zpl = render(DEFAULT_TEMPLATE, fields)
    expected = label_code.encode(fields.device_id)
    assert read_label(zpl, RENDERED) == expected
    assert read_label(zpl, ZPL_TEXT) == expected
    # A label whose code is not there reads as nothing, either way.
    blank = "^XA^FO20,20^A0N,30,30^FDno code^FS^XZ"
    assert read_label(blank, RENDERED) == ""
    assert read_label(blank, ZPL_TEXT) == ""
