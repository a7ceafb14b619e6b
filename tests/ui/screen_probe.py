"""Measure the operator window on the demo once every slot has its result.

Used in-process by the large-fixture tests, and as a program (`python -m tests.ui.screen_probe
--slots 16 --faults SPEC`) under a Qt screen of a chosen size, where it prints one JSON object:
the screen's available size, the window's frame size, the grid, and what the failed tiles show.
"""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from PySide6.QtGui import QFontMetrics, QGuiApplication

from station.engine.events import SlotState
from ui.operator.window import OperatorWindow


def measure(window: OperatorWindow) -> dict[str, Any]:
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    fixture = window.fixture
    failed = []
    for slot in fixture.order:
        tile = fixture.tiles[slot]
        if tile.snapshot.state is not SlotState.FAIL:
            continue
        shown = tile.action.text()
        failed.append(
            {
                "slot": slot,
                "action_text": tile.action_text,
                "action_shown": shown,
                "action_lines": shown.count("\n") + 1 if shown else 0,
                "action_visible": tile.action.isVisible(),
                "action_inside_tile": tile.rect().contains(tile.action.geometry()),
                "action_width_ok": all(
                    QFontMetrics(tile.action.font()).horizontalAdvance(line) <= tile.action.width()
                    for line in shown.split("\n")
                ),
                "tooltip": tile.toolTip(),
                "tile_height": tile.height(),
                "compact": tile.compact,
            }
        )
    return {
        "available": [available.width(), available.height()],
        "window": [frame.width(), frame.height()],
        "columns": fixture.columns,
        "rows": fixture.rows,
        "scrolls": fixture.verticalScrollBar().isVisible()
        or fixture.horizontalScrollBar().isVisible(),
        "failed": failed,
    }


def main(argv: list[str] | None = None) -> int:
    from ui.autoprovision import AutoProvision
    from ui.demo import open_demo

    parser = argparse.ArgumentParser()
    parser.add_argument("--slots", type=int, default=16)
    parser.add_argument("--faults", default="")
    parser.add_argument("--workdir", type=Path, required=True)
    args = parser.parse_args(argv)
    demo_args = argparse.Namespace(
        slots=args.slots,
        workdir=args.workdir,
        storage="otp",
        faults=args.faults,
        baud=None,
        operator="Probe",
        auto_provision=True,
        screenshot=None,
        exit_when_done=True,
    )
    found: dict[str, Any] = {}
    with ExitStack() as stack:
        session = open_demo(demo_args, stack)
        hook = session.on_window

        def on_window(window: OperatorWindow, s: Any) -> None:
            assert hook is not None
            hook(window, s)
            auto = next(h for h in s.helpers if isinstance(h, AutoProvision))
            # Measured before the window closes (done is emitted just before that).
            auto.done.connect(lambda _code: found.update(measure(window)))

        session.on_window = on_window
        code = session.run()
    found["exit_code"] = code
    sys.stdout.write(json.dumps(found) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
