"""Sixteen slots fit the screen: the grid follows the screen's shape, the window never grows past
the screen's available area, and a failed tile keeps at least two lines of its action.

The real demo (simulated devices on ptys, the Pairing stand-in over HTTPS) runs once on the test
process's own offscreen screen and once in a child process on a 1600 x 1000 offscreen screen
(Qt's offscreen platform reads the screen's size from a configuration file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from station.demo_cli import demo_arguments
from station.engine.events import SlotState
from tests.ui.screen_probe import measure
from ui.autoprovision import AutoProvision
from ui.demo import open_demo
from ui.operator.fixture_view import grid_columns
from ui.operator.tile import MIN_ACTION_LINES

REPO = Path(__file__).resolve().parents[2]
FAULT = "slot3:noreply@identify*always"
TILE_MIN = QSize(356, 160)
RUN_TIMEOUT_S = 100


def test_the_grid_follows_the_room() -> None:
    landscape = QSize(1536, 700)
    assert grid_columns(16, landscape, TILE_MIN) == 4
    assert grid_columns(4, landscape, TILE_MIN) == 2
    assert grid_columns(2, landscape, TILE_MIN) == 2
    assert grid_columns(1, landscape, TILE_MIN) == 1
    assert grid_columns(12, landscape, TILE_MIN) == 4
    # A portrait screen gets fewer, wider columns.
    assert grid_columns(16, QSize(1000, 1800), TILE_MIN) == 2
    # Nothing fits: as many columns as the width holds, and the rows scroll.
    assert grid_columns(16, QSize(800, 500), TILE_MIN) == 2
    assert grid_columns(64, landscape, TILE_MIN) == 4
    assert grid_columns(16, QSize(100, 100), TILE_MIN) == 1


def _check_failed_tile(found: dict[str, Any]) -> None:
    (failed,) = found["failed"]
    assert failed["slot"] == "3"
    whole = failed["action_shown"].replace("\n", " ") == failed["action_text"]
    assert whole or failed["action_lines"] >= MIN_ACTION_LINES
    assert failed["action_shown"].startswith("What to do: Reseat the device")
    assert failed["action_visible"] and failed["action_inside_tile"] and failed["action_width_ok"]
    if not whole:
        assert failed["action_text"] in failed["tooltip"]


def _probe(tmp_path: Path, width: int, height: int, faults: str) -> dict[str, Any]:
    """Run the demo in a child process on an offscreen screen of `width` x `height` and return
    what `screen_probe.measure` found once every slot had its result."""
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "station",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        ),
        "utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.ui.screen_probe",
            "--slots",
            "16",
            "--faults",
            faults,
            "--workdir",
            str(tmp_path / "demo"),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["available"] == [width, height]
    return found


def test_sixteen_slots_on_a_1600x1000_screen(tmp_path: Path) -> None:
    found = _probe(tmp_path, 1600, 1000, FAULT)
    width, height = found["window"]
    assert width <= 1600 and height <= 1000
    # 4 x 4 on a landscape screen, every tile in view.
    assert (found["columns"], found["rows"]) == (4, 4)
    assert not found["scrolls"]
    assert found["exit_code"] == 1  # slot 3 failed, as injected
    _check_failed_tile(found)
    assert found["failed"][0]["compact"]
    assert found["clipped"] == []


# Three kinds of failure a line sees: a unit that does not answer, a power cut mid-write (the
# unit drops off the port) and a unit whose storage refuses the write.
PANEL_FAULTS = "slot3:noreply@identify*always,slot7:power_cut@write,slot12:program_fail@write"


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1366, 768)])
def test_sixteen_slots_fit_a_panel_pc_with_every_failure_readable(
    tmp_path: Path, width: int, height: int
) -> None:
    found = _probe(tmp_path, width, height, PANEL_FAULTS)
    assert found["window"][0] <= width and found["window"][1] <= height
    assert (found["columns"], found["rows"]) == (4, 4)
    assert not found["scrolls"]
    assert found["counters_beside_provision"]  # no row of their own
    assert found["banner_cut"] == []  # where Pairing is, whole, beside the token line
    # No label clipped, cut by its tile or in type below the tile's least size.
    assert found["clipped"] == []
    failed = {f["slot"]: f for f in found["failed"]}
    assert set(failed) == {"3", "7", "12"}
    for tile in failed.values():
        # The cause and the whole action, without hovering.
        assert tile["action_visible"] and tile["action_inside_tile"] and tile["action_width_ok"]
        assert tile["action_shown"].replace("\n", " ") == tile["action_text"]
        assert tile["cause_visible"] and tile["cause_shown"] == tile["cause_text"] != ""


def test_sixteen_slots_on_a_small_screen_scroll_instead_of_growing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    screen = QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    args = demo_arguments(
        "--slots=16",
        f"--workdir={tmp_path / 'demo'}",
        f"--faults={FAULT}",
        "--operator=Probe",
        "--auto-provision",
    )
    with ExitStack() as stack:
        session = open_demo(args, stack)
        session.start()
        qtbot.waitUntil(lambda: session.window is not None, timeout=30_000)
        window = session.window
        assert window is not None
        try:
            auto = next(h for h in session.helpers if isinstance(h, AutoProvision))
            if not auto._finished:
                with qtbot.waitSignal(auto.done, timeout=RUN_TIMEOUT_S * 1000):
                    pass
            qtbot.waitUntil(
                lambda: window.fixture.snapshot("3").state is SlotState.FAIL, timeout=10_000
            )
            found = measure(window)
            frame = window.frameGeometry()
            assert frame.width() <= available.width()
            assert frame.height() <= available.height()
            assert available.contains(frame)
            tile_min = window.fixture.tiles["1"].minimumSizeHint()
            room = window.fixture.contentsRect().size()
            fits = room.width() >= 4 * tile_min.width() and room.height() >= 4 * tile_min.height()
            assert found["scrolls"] != fits
            _check_failed_tile(found)
            # Selecting a slot out of view scrolls it whole into view. (Rows with nothing but
            # a result to show are low, so the last one may already peek in at the bottom.)
            last = window.fixture.tiles["16"]

            def whole_in_view() -> bool:
                return last.visibleRegion().boundingRect() == last.rect()

            if found["scrolls"]:
                assert not whole_in_view()
            window.fixture.select("16")
            qtbot.waitUntil(whole_in_view, timeout=5_000)
        finally:
            with qtbot.waitSignal(window.closed, timeout=60_000):
                window.close()
            window.deleteLater()
