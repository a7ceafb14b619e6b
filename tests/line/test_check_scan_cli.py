"""`station provision` with check-scan and a serial scanner (`[line] scanner_port`): the unit's
PASS waits for its label, read back from the printed label (zplkit, zxing-cpp) and sent by the
scanner on a real pty with CR LF; the command's result and the journal say PASS only then."""

from __future__ import annotations

import io
import json
import os
import threading
from pathlib import Path

from station.config import load_config
from station.config.toml_writer import dumps
from station.demo import DemoEnvironment
from station.engine.cli import provision
from station.journal import Journal
from tests.line.test_line_e2e import _decoded, _labels


def test_station_provision_takes_the_check_scan_from_a_serial_scanner(tmp_path: Path) -> None:
    master, slave = os.openpty()
    try:
        with DemoEnvironment(tmp_path / "env", slots=1, bcrypt_cost=4, line=True) as env:
            document = env.config_document(check_scan=True)
            document.setdefault("line", {})["scanner_port"] = os.ttyname(slave)
            env.config_path.write_text(dumps(document), "utf-8")
            out, err = io.StringIO(), io.StringIO()
            codes: list[int] = []

            def run() -> None:
                codes.append(
                    provision(
                        config_path=env.config_path,
                        target=None,
                        fixture=None,
                        slots="1",
                        operator="tester",
                        as_json=True,
                        out=out,
                        err=err,
                    )
                )

            thread = threading.Thread(target=run)
            thread.start()
            assert env.printer is not None
            assert _printed(env, 90.0), err.getvalue()
            (label,) = _labels(env.printer, 1)
            (code,) = _decoded(label)
            assert "waiting for its label to be scanned back" in err.getvalue()
            # The scanner sends the code; resent if the port was not yet read (it is opened
            # before the slot starts, so once is the rule).
            for _ in range(10):
                os.write(master, code.encode("ascii") + b"\r\n")
                thread.join(10.0)
                if not thread.is_alive():
                    break
            assert not thread.is_alive()
            assert codes == [0], err.getvalue()
            (result,) = map(json.loads, out.getvalue().splitlines())
            assert result["result"] == "PASS"
            station_id = load_config(env.config_path).station_id
            with Journal.open(env.journal_path, station_id=station_id) as journal:
                detail = journal.attempt(result["attempt_id"])
                assert detail is not None and detail.row.result == "PASS"
                checks = [e for e in journal.audit_events() if e.kind == "label_check"]
                assert checks[-1].details["result"] == "match"
                assert checks[-1].actor == "tester"
    finally:
        os.close(master)
        os.close(slave)


def _printed(env: DemoEnvironment, timeout: float) -> bool:
    import time

    deadline = time.monotonic() + timeout
    assert env.printer is not None
    while not env.printer.labels:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True
