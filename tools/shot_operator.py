"""The operator screen's and the QA window's screenshots (tools/screenshots.py names them)."""

from __future__ import annotations

import tempfile
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

from shot_window import Failed, Run, demo_args, grab, switch_language, tap


def operator_screen(
    out: Path,
    slots: int,
    faults: str,
    language: str = "en",
    *,
    touch: bool = False,
    tap_slot: str | None = None,
) -> None:
    """The operator screen once the demo has provisioned every slot (in touch mode, with
    `tap_slot`'s cause tapped open)."""
    from ui.app import Session
    from ui.autoprovision import AutoProvision
    from ui.demo import open_demo
    from ui.i18n.languages import languages
    from ui.operator.window import OperatorWindow

    run = Run()
    with ExitStack() as stack:
        session = open_demo(demo_args(slots, faults, auto=True), stack)
        missing = languages().switch(language)  # before the window is made
        if missing is not None:
            raise Failed(f"{missing.message} {missing.action}")
        hook = session.on_window
        finished: list[int] = []

        def on_window(window: OperatorWindow, s: Session) -> None:
            assert hook is not None
            hook(window, s)
            auto = next(h for h in s.helpers if isinstance(h, AutoProvision))
            auto.done.connect(finished.append)

            def take() -> None:
                grab(window, out)
                window.close()

            def open_detail() -> None:
                assert tap_slot is not None and window.touch is not None
                tap(window.tile(tap_slot).cause)
                popup = window.touch.taps.popup
                run.when(lambda: popup is not None and popup.isVisible(), take, "the detail")

            run.when(lambda: bool(finished), open_detail if tap_slot else take, "every result")

        session.on_window = on_window
        session.touch = touch
        session.run()
    if run.error is not None:
        raise run.error


def qa_window(out: Path, language: str = "en") -> None:
    """The QA window on a synthetic journal: the attempts tab with the newest attempt
    explained, then the summary of one day."""
    from PySide6.QtCore import QDate

    from station.journal.synthetic import seed_journal
    from station.roles import Actor, Role
    from ui.qa.access import fixed
    from ui.qa.window import open_qa_window

    run = Run()
    switch_language(language)
    with tempfile.TemporaryDirectory(prefix="station-shots-") as tmp:
        journal = Path(tmp) / "journal.sqlite"
        start = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)
        seed_journal(journal, 300, start=start, interval_s=45.0, seed=7)
        window = open_qa_window(journal, actor=fixed(Actor("Quinn", Role.QA)))
        if window is None:
            raise Failed("the QA window did not open")
        loaded: list[int] = []
        summed: list[object] = []
        window.model.keysApplied.connect(lambda n, _live: loaded.append(n))
        window.summary.computed.connect(summed.append)

        def explain() -> None:
            window.table.selectRow(0)
            run.when(lambda: window.detail is not None, attempts, "the attempt's details")

        def attempts() -> None:
            grab(window, out)
            window.tabs.setCurrentWidget(window.summary)
            window.summary.day.setDate(QDate(start.year, start.month, start.day))
            window.summary.compute()
            run.when(lambda: bool(summed), summary, "the day's summary")

        def summary() -> None:
            grab(window, out.with_name(f"{out.stem}-summary{out.suffix}"))
            window.close()
            run.app.quit()

        run.when(lambda: bool(loaded), explain, "the journal's attempts")
        run.app.exec()
    if run.error is not None:
        raise run.error
