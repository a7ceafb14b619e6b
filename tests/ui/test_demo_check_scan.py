"""`station demo --check-scan` in a window: the target checks each printed label, and the demo's
simulated serial scanner (a pty, read by the operator screen's serial scanner route) scans each
label back, so a tile goes from provisioned-and-waiting to PASS on the real screen."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

from pytestqt.qtbot import QtBot

from station.config import load_config
from station.demo_cli import demo_arguments
from station.engine.events import SlotState
from station.journal import Journal
from ui.demo import open_demo

WAIT_MS = 90_000


def test_the_demo_window_with_check_scan_holds_each_pass_until_its_label_scans_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    workdir = tmp_path / "demo"
    args = demo_arguments(
        "--slots", "2", "--workdir", str(workdir), "--operator", "Olga", "--check-scan"
    )
    with ExitStack() as stack:
        session = open_demo(args, stack, ask_operator=False)
        session.start()
        qtbot.waitUntil(lambda: session.window is not None, timeout=WAIT_MS)
        window = session.window
        assert window is not None
        try:
            waited: set[str] = set()
            window.bridge.slotChanged.connect(
                lambda snap: waited.add(snap.slot) if snap.awaiting_check else None
            )
            qtbot.waitUntil(
                lambda: all(s.state is SlotState.READY for s in window.snapshots()),
                timeout=WAIT_MS,
            )
            window.provision_all()
            qtbot.waitUntil(
                lambda: all(s.state is SlotState.PASS for s in window.snapshots()),
                timeout=WAIT_MS,
            )
            assert waited == {"1", "2"}  # each PASS waited for its label first
        finally:
            with qtbot.waitSignal(window.closed, timeout=WAIT_MS):
                window.close()
            window.deleteLater()
    config = load_config(workdir / "station.toml")
    assert config.active_target(config.default_fixture).check_scan
    with Journal.open(config.journal_path, station_id=config.station_id) as journal:
        checks = [e for e in journal.audit_events() if e.kind == "label_check"]
    assert sorted(e.details["slot"] for e in checks) == ["1", "2"]
    assert {e.details["result"] for e in checks} == {"match"}
    assert {e.actor for e in checks} == {"Olga"}
