"""Closing the window while a Pairing health check is still in flight: the runner (and its
Pairing client) is closed only after the check has answered, so no connection is cut under it
(an unclosed socket would fail the test: warnings are errors)."""

from __future__ import annotations

import gc
import logging

import pytest

from tests.ui.conftest import OperatorStation
from tests.ui.test_operator_window import Factory

SLOW_PAIRING_S = 1.5


def test_close_while_a_slow_health_check_runs(
    operator_station: Factory, caplog: pytest.LogCaptureFixture
) -> None:
    st: OperatorStation = operator_station(slots=1, pairing_latency_s=SLOW_PAIRING_S)
    window = st.window
    answers: list[bool] = []
    window.healthChecked.connect(answers.append)
    # The first check starts as the window opens; the stand-in holds its answer.
    st.qtbot.waitUntil(lambda: window._health_in_flight, timeout=10_000)
    assert answers == []
    with st.qtbot.waitSignal(window.closed, timeout=60_000):
        window.close()
    assert not window.isVisible()
    # The check finished with Pairing's real answer instead of a connection cut under it.
    assert answers == [True]
    gc.collect()
    problems = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert problems == [], [r.getMessage() for r in problems]
