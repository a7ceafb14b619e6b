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

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QLabel

from station.demo_cli import demo_arguments
from station.engine.events import SlotState
from ui import theme
from ui.operator.tile import SlotTile
from ui.operator.window import OperatorWindow


def clipped_labels(tile: SlotTile) -> list[str]:
    """Every visible label of `tile` that leaves the tile, whose text is wider or taller than
    the label, or whose type is below the tile's least size."""
    problems = []
    for label in tile.findChildren(QLabel):
        if not label.isVisibleTo(tile) or not label.text():
            continue
        name = label.objectName() or label.text()[:12]
        box = QRect(label.mapTo(tile, QPoint(0, 0)), label.size())
        metrics = QFontMetrics(label.font())
        lines = label.text().split("\n")
        if not tile.rect().contains(box):
            problems.append(f"{tile.slot}/{name}: leaves the tile")
        if max(metrics.horizontalAdvance(line) for line in lines) > label.width():
            problems.append(f"{tile.slot}/{name}: text wider than its label")
        if len(lines) * metrics.lineSpacing() > label.height() + metrics.leading() + 1:
            problems.append(f"{tile.slot}/{name}: text taller than its label")
        if label.font().pointSize() < theme.TILE_MIN_PT:
            problems.append(f"{tile.slot}/{name}: {label.font().pointSize()} pt")
    return problems


def banner_cut(window: OperatorWindow) -> list[str]:
    """The banner's one-line labels (target, Pairing URL, operator) whose text is wider than
    the label: cut with no mark, and a touch screen has no hover to show the rest."""
    banner = window.banner
    cut = []
    for label in (banner.target, banner.pairing_url, banner.operator):
        need, room = (
            label.fontMetrics().horizontalAdvance(label.text()),
            label.contentsRect().width(),
        )
        if need > room:
            cut.append(f"{label.objectName()}: {label.text()!r} needs {need} px, has {room}")
    return cut


def settle(window: OperatorWindow) -> None:
    """Lay the window and its grid out now: a result applied just before (as the last one is
    when the demo says it is done) has its rows' new heights still waiting in a posted layout
    request, and what is measured is the screen the operator sees a frame later."""
    for widget in (window, window.fixture.area):
        layout = widget.layout()
        if layout is not None:
            layout.activate()


def measure(window: OperatorWindow) -> dict[str, Any]:
    settle(window)
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    fixture = window.fixture
    failed = []
    for slot in fixture.order:
        tile = fixture.tiles[slot]
        if tile.shown_state is not SlotState.FAIL:
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
                "cause_text": tile.cause_text,
                "cause_shown": tile.cause.text().replace("\n", " "),
                "cause_visible": tile.cause.isVisible(),
            }
        )
    clipped = [p for slot in fixture.order for p in clipped_labels(fixture.tiles[slot])]
    return {
        "available": [available.width(), available.height()],
        "window": [frame.width(), frame.height()],
        "columns": fixture.columns,
        "rows": fixture.rows,
        "scrolls": fixture.verticalScrollBar().isVisible()
        or fixture.horizontalScrollBar().isVisible(),
        "failed": failed,
        "clipped": clipped,
        "banner_cut": banner_cut(window),
        "counters_beside_provision": window.counters.geometry().top()
        < window.provision_button.geometry().bottom(),
    }


def main(argv: list[str] | None = None) -> int:
    from ui.autoprovision import AutoProvision
    from ui.demo import open_demo

    parser = argparse.ArgumentParser()
    parser.add_argument("--slots", type=int, default=16)
    parser.add_argument("--faults", default="")
    parser.add_argument("--workdir", type=Path, required=True)
    args = parser.parse_args(argv)
    demo_args = demo_arguments(
        f"--slots={args.slots}",
        f"--workdir={args.workdir}",
        f"--faults={args.faults}",
        "--operator=Probe",
        "--auto-provision",
        "--exit-when-done",
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
