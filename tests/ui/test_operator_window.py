"""The operator window driving the real engine over the sandbox (ptys + HTTPS + SQLite)."""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from station.engine.events import Result, SlotState, Step
from station.journal import verify
from ui.operator import words
from ui.operator.tile import SlotTile

from .conftest import OperatorStation

Factory = Callable[..., OperatorStation]


def test_provision_four_slots_pass_and_counters_match_journal(
    operator_station: Factory, qtbot: QtBot
) -> None:
    st = operator_station(slots=4)
    st.wait_all(SlotState.READY)
    QTest.mouseClick(st.window.provision_button, Qt.MouseButton.LeftButton)
    st.wait_all(SlotState.PASS)

    for slot in st.window.fixture.order:
        tile = st.window.tile(slot)
        assert tile.state_label.text() == "✓ PASS"
        assert tile.device_id.text() not in ("", "—")
        assert tile.serial.text() not in ("", "—")
        assert not tile.action.isVisible()
    qtbot.waitUntil(lambda: st.window.counters.figures.passed == 4)
    rows = st.journal_rows()
    results = Counter(r["result"] for r in rows)
    figures = st.window.counters.figures
    assert results == Counter({"PASS": 4})
    assert (figures.passed, figures.failed, figures.scrap) == (
        results["PASS"],
        results["FAIL"],
        results["SCRAP"],
    )
    assert figures.first_pass_yield == 1.0
    assert {r["operator"] for r in rows} == {"Tester"}
    assert {r["device_id"] for r in rows} == {
        st.window.tile(s).device_id.text() for s in st.window.fixture.order
    }
    assert st.window.tile("1").elapsed.text().endswith("s")


def test_injected_fault_shows_fail_with_its_action(operator_station: Factory) -> None:
    st = operator_station(slots=2, faults="slot2:noreply@write*always")
    st.wait_all(SlotState.READY)
    st.window.provision_all()
    st.wait_states(
        lambda s: s["1"] is SlotState.PASS and s["2"] in (SlotState.FAIL, SlotState.SCRAP)
    )
    tile = st.window.tile("2")
    rows = {r["slot"]: r for r in st.journal_rows()}
    assert tile.action.isVisible()
    assert tile.action_text == f"What to do: {words.action(rows['2']['action'])}"
    assert tile.action.text().startswith("What to do:")
    assert rows["2"]["action"]
    assert tile.cause.isVisible() and tile.cause.text()
    assert tile.state_label.text() in ("✗ FAIL", "⚠ SCRAP")
    assert tile.start_button.isEnabled() == (tile.snapshot.state is SlotState.FAIL)
    figures = st.window.counters.figures
    assert figures.passed == 1
    assert figures.failed + figures.scrap == 1
    assert figures.first_pass_yield == 0.5


# Slow OTP: about 100 record bytes at 50 ms each keep the write on the wire for ~5 s, a window
# the abort cannot miss; the write's deadline is derived from this declared time.
SLOW_PROG_US = 50_000


def test_abort_mid_write_leaves_a_consistent_journal(operator_station: Factory) -> None:
    st = operator_station(slots=2, prog_us=SLOW_PROG_US)
    st.wait_all(SlotState.READY)
    st.window.provision_all()
    tile = st.window.tile("1")
    st.qtbot.waitUntil(lambda: tile.snapshot.step is Step.WRITE, timeout=30_000)
    assert tile.step_label.text() == Step.WRITE.label
    QTest.mouseClick(tile.abort_button, Qt.MouseButton.LeftButton)
    st.wait_states(lambda s: s["1"] is SlotState.ABORTED and s["2"] is SlotState.PASS)

    # The engine let the write finish, read the device back, and stopped: ABORTED.
    rows = {r["slot"]: r for r in st.journal_rows()}
    assert len(rows) == 2
    assert all(r["finished_us"] is not None for r in rows.values())
    row = rows["1"]
    assert row["result"] == "ABORTED"
    assert tile.snapshot.result is Result.ABORTED
    assert tile.state_label.text() == "■ Aborted"
    # The first sentence on the tile (each once), all of it in the tooltip.
    assert tile.cause_text == words.cause(row["message"])
    assert row["message"] in tile.toolTip()
    assert "allowed to finish" in row["message"]
    assert tile.action.isVisible()
    assert tile.action_text == f"What to do: {words.action(row['action'])}"
    assert tile.start_button.isEnabled()  # an aborted slot can be provisioned again
    assert verify(st.journal_path).ok

    # The journal says what the device holds: the write finished and was read back, and the
    # secret on the device is the one whose fingerprint the journal recorded as intent.
    steps, intents = _steps_and_intents(st.journal_path, row["attempt_id"])
    assert ("write", 1) in steps and ("read_back", 1) in steps
    assert ("verify_cloud", 1) not in steps and ("lock", 1) not in steps
    assert st.env.fixture is not None
    record = st.env.fixture.device("1").record
    assert record is not None
    assert intents == [hashlib.sha256(record.secret.encode("utf-8")).hexdigest()]

    # Provisioning it again resumes at the cloud check: no second write, a recovered PASS.
    QTest.mouseClick(tile.start_button, Qt.MouseButton.LeftButton)
    st.wait_states(lambda s: s["1"] is SlotState.PASS)
    assert [r["result"] for r in st.journal_rows() if r["slot"] == "1"] == [
        "ABORTED",
        "RECOVERED",
    ]
    assert tile.state_label.text() == "✓ PASS"
    assert st.env.fixture.device("1").record == record
    assert verify(st.journal_path).ok


def _steps_and_intents(journal: Path, attempt_id: str) -> tuple[list[tuple[str, int]], list[str]]:
    conn = sqlite3.connect(f"file:{journal}?mode=ro", uri=True)
    try:
        (ref,) = conn.execute(
            "SELECT id FROM attempts WHERE attempt_id = ?", (attempt_id,)
        ).fetchone()
        steps = conn.execute(
            "SELECT step, ok FROM steps WHERE attempt_ref = ? ORDER BY position", (ref,)
        ).fetchall()
        intents = conn.execute(
            "SELECT json_extract(payload, '$.fingerprint') FROM events "
            "WHERE kind = 'attempt.intent' AND attempt_ref = ? ORDER BY seq",
            (ref,),
        ).fetchall()
    finally:
        conn.close()
    return [(str(a), int(b)) for a, b in steps], [str(f) for (f,) in intents]


def test_window_closes_cleanly_with_work_in_flight(operator_station: Factory) -> None:
    st = operator_station(slots=3, faults="*:slow=3@write")
    st.wait_all(SlotState.READY)
    st.window.provision_all()
    st.qtbot.waitUntil(lambda: SlotState.WORKING in st.states().values(), timeout=30_000)
    st.window.close()
    st.qtbot.waitUntil(lambda: st.window.findChild(QMessageBox, "confirm-close") is not None)
    box = st.window.findChild(QMessageBox, "confirm-close")
    assert box is not None
    assert "still provisioning" in box.text()
    assert st.window.isVisible()  # nothing happens until the operator answers
    with st.qtbot.waitSignal(st.window.closed, timeout=60_000):
        QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert not st.window.isVisible()
    rows = st.journal_rows()
    assert rows
    assert all(r["result"] is not None for r in rows)
    assert verify(st.journal_path).ok


def test_keyboard_and_scanner(operator_station: Factory) -> None:
    st = operator_station(slots=3)
    w = st.window
    st.wait_all(SlotState.READY)
    w.tile("1").setFocus()
    st.qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), SlotTile))

    st.key(Qt.Key.Key_3)
    assert w.fixture.selected == "3"
    assert w.tile("3").selected and not w.tile("1").selected
    assert QApplication.focusWidget() is w.tile("3")
    st.qtbot.wait(120)  # a person's pace: the next key is not part of a scan
    st.key(Qt.Key.Key_Left)
    assert w.fixture.selected == "2"

    st.key(Qt.Key.Key_Space)  # start the selected slot only
    st.wait_states(lambda s: s["2"] is SlotState.PASS and s["1"] is SlotState.READY)
    assert st.states()["3"] is SlotState.READY

    # A scanner types fast and ends with Enter: "SLOT:1" selects slot 1, and the Enter is
    # not taken as Provision.
    st.type("SLOT:1")
    st.key(Qt.Key.Key_Return)
    assert w.fixture.selected == "1"
    st.qtbot.wait(300)
    assert st.states()["1"] is SlotState.READY

    # A scanned serial highlights the tile showing it.
    serial = w.tile("2").serial.text()
    st.qtbot.wait(120)
    st.type(serial)
    st.key(Qt.Key.Key_Return)
    assert w.fixture.selected == "2"
    assert w.tile("2").highlighted
    assert "scanned" in w.tile("2").badge.text()

    # F5 provisions everything still ready.
    st.qtbot.wait(120)
    st.key(Qt.Key.Key_F5)
    st.wait_all(SlotState.PASS)
    assert w.counters.figures.passed == 3


def test_escape_aborts_the_selected_slot(operator_station: Factory) -> None:
    st = operator_station(slots=2, faults="slot2:slow=6@write")
    w = st.window
    st.wait_all(SlotState.READY)
    w.fixture.select("2")
    st.key(Qt.Key.Key_Space)
    st.qtbot.waitUntil(lambda: w.tile("2").snapshot.state is SlotState.WORKING, timeout=30_000)
    st.qtbot.wait(120)
    st.key(Qt.Key.Key_Escape)
    st.wait_states(lambda s: s["2"] not in (SlotState.WORKING, SlotState.READY))
    assert st.states()["1"] is SlotState.READY  # Esc touched only the selected slot
    assert all(r["result"] for r in st.journal_rows())


def test_banner_shows_target_and_pairing_health(operator_station: Factory) -> None:
    st = operator_station(slots=1)
    w = st.window
    st.qtbot.waitUntil(lambda: "realm" in w.banner.target.text(), timeout=30_000)
    summary = w.runner.target_summary()
    assert summary.realm in w.banner.target.text()
    assert summary.pairing_url in w.banner.pairing_url.text()
    assert w.banner.token.text().startswith(("Token:", "⚠ Token:"))
    st.qtbot.waitUntil(lambda: "Pairing OK" in w.banner.health.text(), timeout=30_000)
    assert w.banner.health.text().startswith("●")
    assert "Operator: Tester" in w.banner.operator.text()


def test_change_operator_goes_to_the_journal(operator_station: Factory) -> None:
    st = operator_station(slots=1)
    w = st.window
    st.wait_all(SlotState.READY)
    w.change_operator()
    dialog = w._signin
    assert dialog is not None
    dialog.name_edit.clear()
    assert not dialog.buttons.buttons()[0].isEnabled() or not dialog.name
    QTest.keyClicks(dialog.name_edit, "  Ada   Lovelace ")
    dialog.accept()
    assert "Ada Lovelace" in w.banner.operator.text()
    st.qtbot.wait(200)  # set_operator runs on the control thread, in order, before the start
    w.provision_all()
    st.wait_all(SlotState.PASS)
    assert [r["operator"] for r in st.journal_rows()] == ["Ada Lovelace"]


def test_pairing_down_shows_in_the_banner(operator_station: Factory) -> None:
    st = operator_station(slots=1)
    w = st.window
    st.qtbot.waitUntil(lambda: "Pairing OK" in w.banner.health.text(), timeout=30_000)
    assert st.env.standin is not None
    st.env.standin.stop()
    with st.qtbot.waitSignal(w.healthChecked, timeout=60_000) as blocker:
        w.check_health()
    assert blocker.args == [False]
    assert w.banner.health.text() == "✗ Pairing unreachable"
    assert "checked" in w.banner.health.toolTip()


def test_tab_order_runs_through_tiles_then_provision(operator_station: Factory) -> None:
    st = operator_station(slots=2)
    w = st.window
    st.wait_all(SlotState.READY)
    w.tile("1").setFocus()
    st.qtbot.waitUntil(lambda: QApplication.focusWidget() is w.tile("1"))
    order = []
    for _ in range(3):
        QTest.keyClick(st.target(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [w.tile("2"), w.provision_button, w.auto_start]
    assert w.fixture.selected == "2"
