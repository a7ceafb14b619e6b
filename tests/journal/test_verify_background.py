"""`verify_sets.InBackground`: the table check that runs beside the chain walk, on its own
connection and thread. `verify` trusts its answer only for the snapshot it names (`head`), so
what it reports must be exact: a check that failed must never read as agreeing, and a stop or
a cancel must end a long check at once rather than wait for its SQL to finish. And when the
station commits after verify's snapshot, before the checks take theirs, verify must judge its
own snapshot, not theirs."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from station.cancel import Cancelled, CancelToken
from station.journal import Journal, verify
from station.journal.synthetic import seed_journal
from station.journal.verify_sets import InBackground, rows_agree, steps_agree
from tests.fixtures.journal import SeededJournal
from tests.journal.helpers import full_attempt

# A query that would run for hours unless it is interrupted.
_ENDLESS = (
    "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 1000000000000) "
    "SELECT COUNT(running(n)) FROM c"
)
# Long enough for a stuck thread to show; a working stop takes a fraction of a second.
_PATIENCE_S = 30.0
# Passes of the real check over a seeded journal: minutes in all (tens of ms each).
_REPEATS = 10_000


def _journal(tmp_path: Path) -> Path:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        full_attempt(journal, device_id="d0")
        full_attempt(journal, device_id="d1")
    return path


def _head(path: Path) -> tuple[int, bytes]:
    conn = sqlite3.connect(path)
    try:
        seq, digest = conn.execute("SELECT seq, hash FROM events ORDER BY seq DESC").fetchone()
    finally:
        conn.close()
    return seq, digest


def _in_thread(call: Callable[[], None]) -> tuple[threading.Thread, list[BaseException]]:
    """`call` on a daemon thread, so that a call that never returns fails the test instead of
    hanging the run; what it raised is collected."""
    raised: list[BaseException] = []

    def run() -> None:
        try:
            call()
        except BaseException as exc:  # inspected by the test
            raised.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(_PATIENCE_S)
    return thread, raised


def _endless(started: threading.Event) -> Callable[[sqlite3.Connection], bool]:
    def check(conn: sqlite3.Connection) -> bool:
        # `started` is set from inside the running statement: an interrupt that comes before
        # a statement runs is lost (SQLite's rule), so the tests must not race it.
        conn.create_function("running", 1, lambda n: started.set(), deterministic=True)
        conn.execute(_ENDLESS).fetchone()
        return True

    return check


def test_an_agreeing_check_reports_its_snapshot(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    seen: list[tuple[int, bytes]] = []

    def check(conn: sqlite3.Connection) -> bool:
        # The check runs inside the read transaction whose head was taken.
        seen.append(conn.execute("SELECT seq, hash FROM events ORDER BY seq DESC").fetchone())
        assert conn.in_transaction
        return rows_agree(conn, True)

    background = InBackground(path, check)
    background.wait(None)
    background.stop()
    assert (background.agree, background.error) == (True, None)
    assert background.head == _head(path) == seen[0]
    assert background.head[0] == 8


def test_a_disagreeing_check_says_so(tmp_path: Path) -> None:
    background = InBackground(_journal(tmp_path), lambda conn: False)
    background.wait(None)
    background.stop()
    assert background.agree is False
    assert background.error is None


def test_a_failed_check_never_reads_as_agreeing(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    failure = RuntimeError("the check broke")

    def check(conn: sqlite3.Connection) -> bool:
        raise failure

    background = InBackground(path, check)
    background.wait(None)
    background.stop()
    assert background.agree is False
    assert background.error is failure
    assert background.head == _head(path)  # read before the check ran


def test_a_journal_that_cannot_be_opened_is_an_error_with_no_snapshot(tmp_path: Path) -> None:
    # Opened read-only by URI: a missing file is not created, and nothing was read.
    missing = tmp_path / "missing.sqlite"
    background = InBackground(missing, lambda conn: True)
    background.wait(None)
    background.stop()  # no connection to interrupt: stops quietly
    assert isinstance(background.error, sqlite3.OperationalError)
    assert (background.agree, background.head) == (False, None)
    assert not missing.exists()


def test_stop_interrupts_a_long_check(tmp_path: Path) -> None:
    started = threading.Event()
    background = InBackground(_journal(tmp_path), _endless(started))
    assert started.wait(_PATIENCE_S)
    # A stuck verify shows under its own name in a thread dump.
    assert "verify-tables" in [thread.name for thread in threading.enumerate()]
    stopper, raised = _in_thread(background.stop)
    assert not stopper.is_alive(), "stop waited for the check's SQL to finish"
    assert raised == []
    assert isinstance(background.error, sqlite3.OperationalError)
    assert str(background.error) == "interrupted"
    assert background.agree is False


def test_a_long_check_runs_on_a_daemon_thread(tmp_path: Path) -> None:
    """What lets a station closed mid-verify exit (the subprocess test above shows it whole):
    the check's thread never holds the process open. Asked here in this process, so that a
    check started on an ordinary thread fails at once, not after the subprocess's timeout."""
    started = threading.Event()
    background = InBackground(_journal(tmp_path), _endless(started))
    try:
        assert started.wait(_PATIENCE_S)
        checks = [t for t in threading.enumerate() if t.name == "verify-tables"]
        assert [t.daemon for t in checks] == [True]
    finally:
        background.stop()


def test_a_cancel_stops_a_long_check_and_raises(tmp_path: Path) -> None:
    started = threading.Event()
    background = InBackground(_journal(tmp_path), _endless(started))
    assert started.wait(_PATIENCE_S)
    cancel = CancelToken()
    cancel.cancel("The supervisor closed the window.")
    waiter, raised = _in_thread(lambda: background.wait(cancel))
    assert not waiter.is_alive(), "wait did not notice the cancel"
    assert len(raised) == 1 and isinstance(raised[0], Cancelled)
    assert str(background.error) == "interrupted"


def test_a_wait_without_cancel_lasts_until_the_check_ends(tmp_path: Path) -> None:
    release = threading.Event()

    def check(conn: sqlite3.Connection) -> bool:
        return release.wait(_PATIENCE_S)

    background = InBackground(_journal(tmp_path), check)
    timer = threading.Timer(0.3, release.set)
    timer.start()
    background.wait(CancelToken())  # never cancelled: returns when the check does
    timer.join()
    assert (background.agree, background.error) == (True, None)


def test_stop_after_the_connection_was_closed_is_quiet(tmp_path: Path) -> None:
    """The check may close its connection just as `stop` interrupts it: that is done, not an
    error of `stop`."""
    closed, release = threading.Event(), threading.Event()

    def check(conn: sqlite3.Connection) -> bool:
        conn.close()
        closed.set()
        release.wait(_PATIENCE_S)
        return True

    background = InBackground(_journal(tmp_path), check)
    assert closed.wait(_PATIENCE_S)
    timer = threading.Timer(0.3, release.set)
    timer.start()
    stopper, raised = _in_thread(background.stop)
    timer.join()
    assert not stopper.is_alive()
    assert raised == []
    assert isinstance(background.error, sqlite3.ProgrammingError)  # its COMMIT, after the close


_EXIT_MID_CHECK = """
import sqlite3, sys, threading
from pathlib import Path
from station.journal.verify_sets import InBackground
started = threading.Event()
def check(conn):
    conn.create_function("running", 1, lambda n: started.set())
    conn.execute(sys.argv[2]).fetchone()
    return True
InBackground(Path(sys.argv[1]), check)
started.wait(30)
print("leaving", flush=True)
"""


def test_a_station_leaving_mid_check_does_not_wait_for_it(tmp_path: Path) -> None:
    """The check's thread must not keep the process alive: a station closed in the middle of
    a verify exits."""
    path = _journal(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", _EXIT_MID_CHECK, str(path), _ENDLESS],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, "leaving\n"), done.stderr


# -- the station committing between verify's snapshot and the checks' ------------------------


def _station_commits_at_start(
    journal: Journal, seen: list[tuple[int, int]], *also: str
) -> Callable[[int, int], None]:
    """A progress callback that keeps what it is told. Its first report (the size of the job)
    comes right after verify's snapshot and before the table checks take theirs: there the
    station commits a privileged action, as a station going on writing would, and `also` is
    executed on another connection."""

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) == 1:
            journal.record_event("override", actor="sam", details={}, reason="late")
            if also:
                conn = sqlite3.connect(journal.path)
                try:
                    for statement in also:
                        conn.execute(statement)
                    conn.commit()
                finally:
                    conn.close()

    return progress


def test_a_record_committed_after_the_snapshot_waits_for_the_next_verify(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    seen: list[tuple[int, int]] = []
    with Journal.open(path, station_id="s") as journal:
        result = verify(path, progress=_station_commits_at_start(journal, seen))
        assert _head(path)[0] == 9  # committed while verify ran
    assert (result.ok, result.checked, result.reason) == (True, 8, "8 records verified")
    assert seen == [(0, 8), (8, 8)]


def test_an_edit_after_the_snapshot_does_not_send_verify_to_the_replay(tmp_path: Path) -> None:
    """The checks, on their later snapshot, see a table edited after verify's: their answer is
    not taken. Verify's own snapshot agrees, so there is no replay (which would show its
    progress from the start again)."""
    path = tmp_path / "j.sqlite"
    seed_journal(path, 6_000)  # a little over 20,000 records: one progress point
    seen: list[tuple[int, int]] = []
    with Journal.open(path, station_id="s") as journal:
        progress = _station_commits_at_start(
            journal, seen, "UPDATE attempts SET operator = 'mallory' WHERE id = 3"
        )
        result = verify(path, progress=progress)
    total = seen[0][1]
    assert total > 20_000
    assert (result.ok, result.checked) == (True, total)
    assert seen == [(0, total), (20_000, total), (total, total)]


def test_a_table_sqlite_cannot_read_is_never_taken_as_agreeing(tmp_path: Path) -> None:
    """A NaN link statistic makes SQLite's JSON reader refuse the table check, on the checks'
    snapshot and on verify's own alike: that goes to the replay, which names the edit made
    behind it (a privileged action's reason, which the check would have compared next)."""
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        full_attempt(journal, device_id="d0")
        attempt = journal.begin_attempt(
            slot="1", operator="o", target_name="t", realm="r", pairing_url="https://p"
        )
        journal.finish_attempt(attempt, result="FAIL", link_stats={"rate": float("nan")})
        edited = journal.record_event("override", actor="sam", details={}, reason="rework")
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE audit SET reason = 'none' WHERE seq = ?", (edited,))
        conn.commit()
    finally:
        conn.close()
    seen: list[tuple[int, int]] = []
    with Journal.open(path, station_id="s") as journal:
        result = verify(path, progress=_station_commits_at_start(journal, seen))
    assert (result.ok, result.first_bad_seq, result.checked) == (False, edited, edited - 1)
    assert result.reason == f"the privileged action in record {edited} differs in the table"


# -- stop before the check's statement starts ------------------------------------------------


def _gated(
    gate: threading.Event, then: Callable[[sqlite3.Connection], bool], entered: threading.Event
) -> Callable[..., bool]:
    """`then`, once `gate` opens: the check's SQL starts only after the test let it.
    `entered` says the check is running (past the stop flag read before it) and waiting."""

    def check(conn: sqlite3.Connection) -> bool:
        entered.set()
        assert gate.wait(_PATIENCE_S)
        return then(conn)

    return check


def _stop_before_the_sql(
    background: InBackground, gate: threading.Event, entered: threading.Event
) -> None:
    """`stop` asked while the check has not started its statement yet; then the statement
    starts. The stop must end it rather than wait for it."""
    # A stop before the check was entered never runs it (the flag read first): wait for the
    # check itself, so that the stop falls between it and its statement every time.
    assert entered.wait(_PATIENCE_S)
    stopper = threading.Thread(target=background.stop, daemon=True)
    stopper.start()
    deadline = threading.Event()
    while not background.stop_asked:  # the stop (and its first interrupt) came first
        assert not deadline.wait(0.005) and stopper.is_alive()
    gate.set()
    stopper.join(_PATIENCE_S)
    assert not stopper.is_alive(), "stop waited for a statement that started after it"


def test_stop_before_the_checks_statement_starts_still_ends_it(tmp_path: Path) -> None:
    """SQLite drops an interrupt that comes while no statement runs: a stop asked just before
    the check's SQL must still end that SQL (here one that would run for hours)."""
    gate, started, entered = threading.Event(), threading.Event(), threading.Event()
    background = InBackground(_journal(tmp_path), _gated(gate, _endless(started), entered))
    _stop_before_the_sql(background, gate, entered)
    assert started.is_set()  # the statement did start, and was ended
    assert str(background.error) == "interrupted"
    assert background.agree is False


def test_stop_before_a_real_check_on_a_seeded_journal_ends_it_interrupted(
    seeded_journal: SeededJournal,
) -> None:
    """The same with the real table check on a journal of 1,200 attempts, run over and over so
    that the whole check would take minutes: interrupted, never read as agreeing (run once to
    its end, it agrees)."""
    whole = InBackground(seeded_journal.path, lambda conn: steps_agree(conn, True))
    whole.wait(None)
    assert (whole.agree, whole.error) == (True, None)

    def again_and_again(conn: sqlite3.Connection) -> bool:
        return all(steps_agree(conn, True) for _ in range(_REPEATS))

    gate, entered = threading.Event(), threading.Event()
    background = InBackground(seeded_journal.path, _gated(gate, again_and_again, entered))
    _stop_before_the_sql(background, gate, entered)
    assert isinstance(background.error, sqlite3.OperationalError)
    assert str(background.error) == "interrupted"
    assert background.agree is False


def test_stop_before_the_thread_connects_runs_nothing(tmp_path: Path) -> None:
    ran = threading.Event()

    def check(conn: sqlite3.Connection) -> bool:
        ran.set()
        return True

    background = InBackground(_journal(tmp_path), check)
    background.stop()
    # Either the stop came before the check (nothing ran) or after it ended (it agreed).
    assert (background.agree, ran.is_set()) in ((False, False), (True, True))
    if not ran.is_set():
        assert str(background.error) == "interrupted"


def test_a_check_that_ended_before_its_cancel_was_seen_still_gives_no_result(
    tmp_path: Path,
) -> None:
    background = InBackground(_journal(tmp_path), lambda conn: True)
    background.wait(None)  # done
    cancel = CancelToken()
    cancel.cancel("The supervisor closed the window.")
    with pytest.raises(Cancelled, match=r"^The supervisor closed the window\.$"):
        background.wait(cancel)
    assert (background.agree, background.error) == (True, None)


def test_a_verify_cancelled_with_nothing_to_walk_gives_no_result(tmp_path: Path) -> None:
    """No record to walk means no progress point to see the cancel at: the wait for the table
    checks is where it is honoured."""
    path = tmp_path / "j.sqlite"
    Journal.open(path, station_id="s").close()
    cancel = CancelToken()
    cancel.cancel("The supervisor closed the window.")
    with pytest.raises(Cancelled, match=r"^The supervisor closed the window\.$"):
        verify(path, cancel=cancel)
