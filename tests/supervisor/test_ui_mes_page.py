"""The supervisor's MES page with real widgets offscreen, on the real engine (simulated devices on
ptys, the Pairing stand-in over HTTPS, a real journal) and the stand-in MES on loopback HTTP.

The override form writes the same journal event as `station mes override` and the running
engine honours it; the list of results waiting for the MES follows the engine's outbox (tries,
last error, next retry) and empties once the MES takes them, read off the GUI thread.
"""

from __future__ import annotations

import dataclasses
import itertools
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from station.config import load_config
from station.config.toml_writer import dumps
from station.demo import DemoEnvironment
from station.engine import mes_outbox
from station.engine.events import SlotState
from station.engine.runner import FixtureRunner
from station.journal import Journal
from station.roles import Actor, Role
from station.sandbox.mes import MesStandIn
from tests.engine.test_runner import Events, runner_for
from tests.supervisor.conftest import Supervised
from tests.ui.i18n_fixtures import qm_dir, station_languages
from ui.i18n.languages import Languages
from ui.supervisor.mes_page import MesPage, attach_mes_page

__all__ = ["qm_dir", "station_languages"]

RECIPE = "R-7 provisioning"
WAIT_MS = 60_000
SUPERVISOR = Actor("Sam", Role.SUPERVISOR)
#: The list's columns: serial, device, result, waiting since, tries since start, error, retry.
SINCE, TRIES = 3, 4


class Rig:
    def __init__(self, env: DemoEnvironment, mes: MesStandIn, journal: Journal) -> None:
        self.env, self.mes, self.journal = env, mes, journal
        self.events = Events()
        self.runner: FixtureRunner = runner_for(
            env, load_config(env.config_path), journal, self.events
        )

    def provision(self, slot: str, qtbot: QtBot) -> None:
        done = len(self.events.finished())
        qtbot.waitUntil(lambda: self._state(slot) is SlotState.READY, timeout=WAIT_MS)
        assert self.runner.start(slot)
        qtbot.waitUntil(lambda: len(self.events.finished()) > done, timeout=WAIT_MS)

    def _state(self, slot: str) -> SlotState:
        return {s.slot: s.state for s in self.runner.snapshots()}[slot]

    def audit(self, kind: str) -> list[tuple[str, dict[str, str], str]]:
        events = self.journal.audit_events(1000)
        return [(e.actor, e.details, e.reason) for e in events if e.kind == kind]


@pytest.fixture
def rig(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> Iterator[Callable[..., Rig]]:
    monkeypatch.setattr(mes_outbox, "DEFAULT_RETRY_S", 0.5)
    stack = ExitStack()

    def make(*, policy: str, mode: str, slots: int = 1) -> Rig:
        mes = stack.enter_context(MesStandIn())
        mes.set_mode(mode)  # type: ignore[arg-type]
        env = stack.enter_context(DemoEnvironment(tmp_path / "demo", slots=slots, bcrypt_cost=4))
        document = env.config_document(mes_recipe=RECIPE, mes_offline=policy)
        document["line"] = {"mes_url": mes.url, "mes_timeout_s": 2}
        env.config_path.write_text(dumps(document), "utf-8")
        journal = stack.enter_context(Journal.open(env.journal_path, station_id="demo-station"))
        made = Rig(env, mes, journal)
        stack.callback(made.runner.shutdown, 30.0)
        return made

    with stack:
        yield make


def _page(r: Rig, qtbot: QtBot, actor: Actor = SUPERVISOR) -> MesPage:
    page = MesPage(load_config(r.env.config_path), r.journal, r.runner, lambda: actor)
    qtbot.addWidget(page)
    page.show()
    return page


def _local(r: Rig, attempt_id: str | None) -> str:
    """The attempt's finish time as the page writes it (local time, to the second)."""
    assert attempt_id is not None
    detail = r.journal.attempt(attempt_id)
    assert detail is not None and detail.row.finished_at is not None
    return detail.row.finished_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _cells(page: MesPage) -> list[list[str]]:
    table = page.table
    rows = []
    for i in range(table.rowCount()):
        items = [table.item(i, j) for j in range(table.columnCount())]
        rows.append([item.text() if item is not None else "" for item in items])
    return rows


def test_the_override_form_lets_a_block_target_go_on_and_ends_it(
    rig: Callable[..., Rig], qtbot: QtBot
) -> None:
    r = rig(policy="block", mode="down", slots=2)
    page = _page(r, qtbot)
    assert page.target.currentText() == r.env.target_name
    assert "No override in force" in page.override_state.text()
    assert not page.end_button.isEnabled()

    # No reason: refused with the station's words, nothing journaled.
    QTest.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "needs a reason" in page.refusal.text(), timeout=WAIT_MS)
    assert r.audit("mes_override") == []
    assert page.minutes.maximum() == 480  # one shift at most, as the command line

    page.minutes.setValue(30)
    QTest.keyClicks(page.reason, "MES down, ticket 4711")
    started = time.time()
    QTest.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Override in force" in page.override_state.text(), timeout=WAIT_MS)
    ((actor, details, reason),) = r.audit("mes_override")
    assert actor == "Sam (supervisor)" and reason == "MES down, ticket 4711"
    assert details["target"] == r.env.target_name and details["action"] == "start"
    assert "Sam (supervisor)" in page.override_state.text()
    assert "ticket 4711" in page.override_state.text()
    assert page.end_button.isEnabled()
    until = datetime.fromisoformat(details["until"]).timestamp()
    assert 29 * 60 <= until - started <= 31 * 60

    # The running engine reads it: a unit goes on while the MES is down.
    r.provision("1", qtbot)
    first = r.events.finished()[0].snapshot
    assert first.state is SlotState.PASS
    ((_op, allowed, _why),) = r.audit("mes_offline_allowed")
    assert (
        allowed["policy"] == "supervisor-override" and allowed["override_by"] == "Sam (supervisor)"
    )

    QTest.keyClicks(page.reason, "MES is back")
    QTest.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "No override in force" in page.override_state.text(), timeout=WAIT_MS)
    assert [d["action"] for _a, d, _r in r.audit("mes_override")] == ["end", "start"]
    r.provision("2", qtbot)
    second = r.events.finished()[1].snapshot
    assert second.state is SlotState.FAIL and second.error_class == "mes_unavailable"


def test_an_operator_cannot_override_from_the_page(rig: Callable[..., Rig], qtbot: QtBot) -> None:
    r = rig(policy="block", mode="down")
    page = _page(r, qtbot, Actor("Olga", Role.OPERATOR))
    QTest.keyClicks(page.reason, "trying anyway")
    QTest.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "may not" in page.refusal.text(), timeout=WAIT_MS)
    assert "nothing was changed" in page.refusal.text()
    assert r.audit("mes_override") == []


def test_the_waiting_list_follows_the_outbox_until_the_mes_takes_the_results(
    rig: Callable[..., Rig], qtbot: QtBot, station_languages: Languages
) -> None:
    r = rig(policy="allow-and-queue", mode="down", slots=2)
    r.provision("1", qtbot)
    r.provision("2", qtbot)
    snaps = {e.snapshot.slot: e.snapshot for e in r.events.finished()}
    assert {s.state for s in snaps.values()} == {SlotState.PASS}

    page = _page(r, qtbot)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=WAIT_MS)
    # The oldest result is retried first: it has tries and the MES's error, the next a retry time.
    qtbot.waitUntil(lambda: int(_cells(page)[0][TRIES] or 0) >= 2, timeout=WAIT_MS)
    first, second = _cells(page)
    assert first[:3] == [snaps["1"].hardware_serial, snaps["1"].device_id, "PASS"]
    assert second[:3] == [snaps["2"].hardware_serial, snaps["2"].device_id, "PASS"]
    assert "MES" in first[TRIES + 1] and first[TRIES + 2]
    assert second[TRIES] == "0" and second[TRIES + 1] == ""
    # Waiting since: each result's own time from the journal (its attempt's finish).
    assert first[SINCE] == _local(r, snaps["1"].attempt_id)
    assert second[SINCE] == _local(r, snaps["2"].attempt_id)
    assert "2 results wait for the MES" in page.waiting_state.text()

    # A slow MES holds the sender, not the page: it keeps reading while a send hangs.
    r.mes.state.delay_s = 5.0
    r.mes.set_mode("slow")
    qtbot.waitUntil(
        lambda: bool(_cells(page)) and _cells(page)[0][TRIES + 2] == "now", timeout=WAIT_MS
    )
    before = page.waiting_state.text()
    qtbot.waitUntil(lambda: page.waiting_state.text() != before, timeout=WAIT_MS)
    assert page.table.rowCount() == 2

    r.mes.set_mode("ok")
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=WAIT_MS)
    assert "Nothing waits" in page.waiting_state.text()
    assert set(r.mes.state.results) == {snaps["1"].attempt_id, snaps["2"].attempt_id}


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no window manager
def test_the_roles_menu_opens_the_page_for_a_signed_in_supervisor_only(
    supervised: Callable[..., Supervised],
) -> None:
    st = supervised()
    config = load_config(st.config_path)
    with_mes = dataclasses.replace(
        config, line=dataclasses.replace(config.line, mes_url="http://127.0.0.1:9/mes")
    )
    assert attach_mes_page(st.tools, config) is None  # no MES on this line: no entry
    entry = attach_mes_page(st.tools, with_mes)
    assert entry is not None
    assert entry.action in st.window.roles_menu.actions()
    assert not entry.action.isEnabled()  # the operator may not
    st.sign_in_supervisor()
    assert entry.action.isEnabled()
    entry.action.trigger()
    page = entry.page
    assert page is not None and page.isVisible()
    assert "No target of this station asks the MES" in page.override_state.text()
    assert not page.start_button.isEnabled()
    st.tools.sign_out_action.trigger()  # the page goes with the supervisor session
    st.qtbot.waitUntil(lambda: not page.isVisible(), timeout=WAIT_MS)
    assert not entry.action.isEnabled()
    page.wait(WAIT_MS)


def test_a_trickling_mes_is_cut_at_its_deadline_while_the_page_stays_live(
    rig: Callable[..., Rig], qtbot: QtBot, station_languages: Languages
) -> None:
    """The stand-in answers a byte every 0.3 s (a whole answer takes over 7 s): each send is cut
    at the 2 s total deadline, the page shows the waiting result with that error, and the GUI
    thread, which only shows what a worker read, never waits for the MES."""
    r = rig(policy="allow-and-queue", mode="trickle")
    r.provision("1", qtbot)  # the route check is cut at 2 s as well, and the unit goes on
    (done,) = r.events.finished()
    assert done.snapshot.state is SlotState.PASS
    page = _page(r, qtbot)

    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(time.monotonic()))
    heartbeat.start(20)
    posts: list[tuple[int, float]] = []  # (result POSTs the MES has seen, when) on each change

    def third_post_cut() -> bool:
        count = r.mes.state.result_posts
        if not posts or posts[-1][0] != count:
            posts.append((count, time.monotonic()))
        return count >= 3 and bool(_cells(page)) and int(_cells(page)[0][TRIES] or 0) >= 2

    qtbot.waitUntil(third_post_cut, timeout=WAIT_MS)
    heartbeat.stop()
    (row,) = _cells(page)
    assert row[:3] == [done.snapshot.hardware_serial, done.snapshot.device_id, "PASS"]
    assert row[SINCE] == _local(r, done.snapshot.attempt_id)
    assert "did not answer the route result within 2 s" in row[TRIES + 1]
    assert row[TRIES + 2]  # when it tries again, or "now" while a send is under way
    assert "1 result waits for the MES" in page.waiting_state.text()
    # The hard total deadline: a new send starts every deadline + retry pause (2 + 0.5 s), not
    # every whole trickled answer (over 7 s).
    gaps = [b - a for (_, a), (_, b) in itertools.pairwise(posts[1:])]  # changes seen
    assert gaps and max(gaps) < 5.0, gaps
    # The GUI thread went on ticking the whole time: no stall near a send's 2 s.
    stalls = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(stalls) > 50 and max(stalls) < 1.0, max(stalls)


def test_the_page_is_reworded_while_open(
    rig: Callable[..., Rig], qtbot: QtBot, station_languages: Languages
) -> None:
    """A language switch re-words the open page, its last read included, without reading."""
    r = rig(policy="allow-and-queue", mode="down")
    r.provision("1", qtbot)
    page = _page(r, qtbot)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "1 result waits" in page.waiting_state.text(), timeout=WAIT_MS)
    page._timer.stop()  # what is shown now is only re-worded, never read again
    page._reads.wait(WAIT_MS)

    def words() -> list[str]:
        header = page.table.horizontalHeaderItem(TRIES)
        return [
            page.windowTitle(),
            page.override_box.title(),
            page.start_button.text(),
            page.waiting_caption.text(),
            header.text() if header is not None else "",
            page.waiting_state.text(),
            page.override_state.text(),
        ]

    english, cells = words(), _cells(page)[0]
    assert english[0] == "MES: override and waiting results"
    assert station_languages.switch("de") is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    german = words()
    assert [g == e for g, e in zip(german, english, strict=True)] == [False] * len(english)
    assert german[5].startswith("1 ") and "MES" in german[5]
    assert _cells(page)[0][:2] == cells[:2]  # the unit's serial and device ID stay as read
    assert station_languages.switch("en") is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert words() == english


def test_a_refused_override_is_said_again_in_the_new_language(
    rig: Callable[..., Rig], qtbot: QtBot, station_languages: Languages
) -> None:
    """The refusal stays the last result shown until the next action: a switch re-words it
    from the refusal itself, not from the words it was first shown in."""
    r = rig(policy="block", mode="down", slots=2)
    assert station_languages.switch("de") is None
    page = _page(r, qtbot)
    QTest.mouseClick(page.start_button, Qt.MouseButton.LeftButton)  # no reason given
    qtbot.waitUntil(lambda: page.refusal.text() != "", timeout=WAIT_MS)
    page._writes.wait(WAIT_MS)
    german = page.refusal.text()
    assert station_languages.switch("it") is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    italian = page.refusal.text()
    assert italian and italian != german
    assert station_languages.switch("en") is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert "needs a reason" in page.refusal.text()
