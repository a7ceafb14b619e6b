"""The QA window fits a panel PC: it opens inside the screen's available area at 1280 x 800 and
1366 x 768, every control is on the window and as wide as its words, the must-have controls
(Clear filters, Verify now, Show summary, Export PDF, the status bar) are visible, and narrowed
to 800 pixels the filters fold onto more rows and still nothing is cut off.

Each size runs in a child process on an offscreen screen of that size (Qt's offscreen platform
reads the screen from a configuration file), with the same `open_qa_window` the menu uses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from station.journal.synthetic import seed_journal

REPO = Path(__file__).resolve().parents[3]
RUN_TIMEOUT_S = 120


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fit") / "journal.sqlite"
    seed_journal(path, 300, start=datetime(2026, 1, 5, 6, 0, tzinfo=UTC), interval_s=45.0, seed=7)
    return path


def probe(tmp_path: Path, journal: Path, width: int, height: int, narrow: int) -> dict[str, Any]:
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "panel",
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
            "tests.ui.qa.window_probe",
            "--journal",
            str(journal),
            "--narrow",
            str(narrow),
            "--summary-day",
            "2026-01-05",
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
    return found


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1366, 768)])
def test_the_qa_window_fits_a_panel_pc(
    tmp_path: Path, journal: Path, width: int, height: int
) -> None:
    found = probe(tmp_path, journal, width, height, narrow=800)
    opened = found["opened"]
    assert opened["available"] == [0, 0, width, height]
    x, y, w, h = opened["frame"]
    assert x >= 0 and y >= 0 and x + w <= width and y + h <= height
    assert opened["minimum"][0] <= 800  # it can be narrowed that far at all
    for state in ("opened", "narrowed"):
        seen = found[state]
        assert seen["attempts"] == [], seen["attempts"]
        assert seen["summary"] == [], seen["summary"]
        assert all(seen["must_see"].values()), seen["must_see"]
    # Narrowed, the filters take more rows instead of clipping.
    assert found["narrowed"]["filter_rows"] >= opened["filter_rows"] >= 1
    assert found["narrowed"]["frame"][2] <= 810
