"""Take the screenshots in docs/ again, each in a real window on an X server of the size it
documents.

    .venv/bin/python tools/screenshots.py [NAME ...]        (or `make screenshots`)

Without names it takes all of them (about a minute). Each picture gets its own Xvfb (xvfb-run,
from tools/debian-deps.sh) and Qt's xcb platform, so the windows open as they do on a station PC:
sized by the station's own code to the screen. The picture is the X server's pixels inside the
window's frame, not the widget painting itself into a pixmap, and a window that leaves its screen
fails the run instead of being photographed whole. Each PNG is then reduced to a 256-colour
palette (Pillow), which keeps flat UI pictures readable at a fraction of the size.

The pictures show the demo: simulated devices, the local Pairing stand-in and, for QA, a
synthetic journal with a fixed seed, so two runs show the same situations.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# The pictures' takers, by job; beside this script, so on its path when run.
from shot_operator import operator_screen, qa_window
from shot_supervisor import mes_page, targets_editor
from shot_window import Failed

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
PALETTE_COLOURS = 256
# What a line sees fail on a 16-slot fixture: a unit that never answers, a power cut mid-write
# (the unit drops off its port) and a unit whose storage refuses the write.
PANEL_FAULTS = "slot3:noreply@identify*always,slot7:power_cut@write,slot12:program_fail@write"
NOREPLY = "slot3:noreply@identify*always"
TOUCH_FAULTS = "slot3:noreply@identify*always,slot7:program_fail@write"


@dataclass(frozen=True)
class Shot:
    file: str
    width: int
    height: int
    what: str


SHOTS = {
    "operator": Shot("operator-screen.png", 1600, 1000, "4 slots, slot 3 FAIL"),
    "operator-16": Shot("operator-screen-16.png", 1600, 1000, "16 slots, slot 3 FAIL"),
    "operator-1280": Shot(
        "operator-screen-1280x800.png", 1280, 800, "16 slots, slots 3, 7 and 12 FAIL"
    ),
    "operator-de-1280": Shot(
        "operator-screen-de-1280x800.png", 1280, 800, "German, 16 slots, slots 3, 7 and 12 FAIL"
    ),
    "operator-it-1280": Shot(
        "operator-screen-it-1280x800.png", 1280, 800, "Italian, 16 slots, slots 3, 7 and 12 FAIL"
    ),
    "operator-it-1600": Shot(
        "operator-screen-it-1600x1000.png", 1600, 1000, "Italian, 16 slots, slots 3, 7 and 12 FAIL"
    ),
    "operator-zh-1280": Shot(
        "operator-screen-zh_CN-1280x800.png",
        1280,
        800,
        "Simplified Chinese, 16 slots, slots 3, 7 and 12 FAIL",
    ),
    "operator-zh-1600": Shot(
        "operator-screen-zh_CN-1600x1000.png",
        1600,
        1000,
        "Simplified Chinese, 16 slots, slots 3, 7 and 12 FAIL",
    ),
    "touch-1280": Shot(
        "operator-touch-1280x800.png",
        1280,
        800,
        "touch mode, 8 slots, slots 3 and 7 FAIL, slot 7's cause tapped open in full",
    ),
    "qa": Shot("qa-window.png", 1280, 800, "attempts and, beside it, -summary.png"),
    "qa-de-1280": Shot(
        "qa-window-de-1280x800.png", 1280, 800, "German, attempts and, beside it, -summary.png"
    ),
    "targets": Shot("supervisor-targets.png", 1600, 1000, "a refused realm, Test connection"),
    "targets-de": Shot("supervisor-targets-de.png", 1600, 1000, "German, Test connection passed"),
    "targets-1280": Shot("supervisor-targets-1280x800.png", 1280, 800, "Test connection passed"),
    "label-editor": Shot(
        "supervisor-label-editor-1280x800.png", 1280, 800, "the built-in label's live preview"
    ),
    "mes-page": Shot(
        "supervisor-mes-page-1280x800.png",
        1280,
        800,
        "the MES page with the MES trickling: an override in force, results waiting",
    ),
}


#: How each picture is taken, by name.
TAKERS: dict[str, Callable[[Path], None]] = {
    "operator": lambda out: operator_screen(out, 4, NOREPLY),
    "operator-16": lambda out: operator_screen(out, 16, NOREPLY),
    "operator-1280": lambda out: operator_screen(out, 16, PANEL_FAULTS),
    "operator-de-1280": lambda out: operator_screen(out, 16, PANEL_FAULTS, language="de"),
    "operator-it-1280": lambda out: operator_screen(out, 16, PANEL_FAULTS, language="it"),
    "operator-it-1600": lambda out: operator_screen(out, 16, PANEL_FAULTS, language="it"),
    "operator-zh-1280": lambda out: operator_screen(out, 16, PANEL_FAULTS, language="zh_CN"),
    "operator-zh-1600": lambda out: operator_screen(out, 16, PANEL_FAULTS, language="zh_CN"),
    "touch-1280": lambda out: operator_screen(out, 8, TOUCH_FAULTS, touch=True, tap_slot="7"),
    "qa": qa_window,
    "qa-de-1280": lambda out: qa_window(out, language="de"),
    "targets": lambda out: targets_editor(out, refused_realm=True),
    "targets-de": lambda out: targets_editor(out, refused_realm=False, language="de"),
    "targets-1280": lambda out: targets_editor(out, refused_realm=False),
    "label-editor": lambda out: targets_editor(out, refused_realm=False, label_editor=True),
    "mes-page": mes_page,
}


def take_one(name: str, out: Path) -> None:
    taker = TAKERS.get(name)
    if taker is None:
        raise Failed(f"no screenshot called {name}")
    taker(out)


# --- outside: an X server per picture, then the palette -------------------------------------


def reduce(path: Path) -> None:
    """Rewrite `path` as a 256-colour palette PNG (flat UI colours survive it)."""
    from PIL import Image

    with Image.open(path) as image:
        palette = image.convert("RGB").quantize(
            PALETTE_COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
    palette.save(path, optimize=True)


def take_in_xvfb(name: str) -> list[Path]:
    shot = SHOTS[name]
    out = DOCS / shot.file
    if shutil.which("xvfb-run") is None:
        raise SystemExit("needs xvfb-run: run tools/debian-deps.sh (as root) first")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    screen = f"-screen 0 {shot.width}x{shot.height}x24"
    cmd = ["xvfb-run", "-a", "-s", screen, sys.executable, __file__, "--take", name, str(out)]
    done = subprocess.run(cmd, env=env, cwd=REPO, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{name}: the screenshot failed (exit {done.returncode})")
    summary = out.with_name(f"{out.stem}-summary{out.suffix}")
    made = [out, *([summary] if name.startswith("qa") else [])]
    for path in made:
        reduce(path)
        sys.stdout.write(
            f"{path.relative_to(REPO)}: {shot.width}x{shot.height} screen, {shot.what}, "
            f"{path.stat().st_size // 1024} KiB\n"
        )
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help=f"which pictures (default all): {', '.join(SHOTS)}"
    )
    parser.add_argument("--take", nargs=2, metavar=("NAME", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.take:
        name, out = args.take
        try:
            take_one(name, Path(out))
        except Failed as exc:
            sys.stderr.write(f"screenshots: {name}: {exc}\n")
            return 1
        return 0
    unknown = [n for n in args.names if n not in SHOTS]
    if unknown:
        parser.error(f"no screenshot called {', '.join(unknown)}; there are {', '.join(SHOTS)}")
    for name in args.names or list(SHOTS):
        take_in_xvfb(name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
