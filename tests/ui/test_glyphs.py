"""Every character the windows can show is in the station's fonts (DejaVu Sans and Sans Mono,
which the package depends on, and WenQuanYi Micro Hei for Chinese, which Qt falls back to): a
missing one is drawn as an empty box, which says nothing.

The operator screen's own symbols are checked in test_theme_and_tile; this covers every text
written in ui/ (labels, notes, messages), as the target editor's note once began with a box.
"""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtGui import QFont, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication

from ui import theme

UI = Path(__file__).resolve().parents[2] / "ui"
# The Simplified Chinese screens' font (tools/debian-deps.sh, the package's Depends): DejaVu has
# no CJK characters, and Qt falls back to this one for them.
CJK_FAMILY = "WenQuanYi Micro Hei"


def cjk_metrics() -> QFontMetrics:
    font = QFont(CJK_FAMILY)
    assert QFontInfo(font).family() == CJK_FAMILY, f"install {CJK_FAMILY}: tools/debian-deps.sh"
    return QFontMetrics(font)


def is_cjk(ch: str) -> bool:
    return 0x2E80 <= ord(ch) <= 0x9FFF or 0xF900 <= ord(ch) <= 0xFFEF


def _written_characters() -> dict[str, set[str]]:
    """Each non-ASCII character in a string in ui/'s code, with the files it is in."""
    found: dict[str, set[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for ch in node.value:
                    if ord(ch) > 127:
                        found.setdefault(ch, set()).add(str(path.relative_to(UI.parent)))
    return found


def test_every_character_written_in_ui_is_in_the_fonts(qapp: QApplication) -> None:
    sans, mono = QFontMetrics(theme.font(theme.BODY_PT)), QFontMetrics(theme.font(13, mono=True))
    cjk = cjk_metrics()
    written = _written_characters()
    assert "▶" in written  # the scan sees the code's strings
    missing = {
        f"{ch} (U+{ord(ch):04X})": sorted(files)
        for ch, files in written.items()
        if not (sans.inFontUcs4(ord(ch)) and mono.inFontUcs4(ord(ch)))
        and not (is_cjk(ch) and cjk.inFontUcs4(ord(ch)))
    }
    assert missing == {}
