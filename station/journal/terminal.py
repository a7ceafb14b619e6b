"""Console text as a terminal would have drawn it, without the control codes that drew it.

Device consoles colour their logs and move the cursor (ESC [ ... m, ESC [ K, progress lines
redrawn with a carriage return). The journal keeps the excerpt as captured; what people read,
on screen and in exports, is the plain text. Stripping also keeps a device from sending a QA
terminal or spreadsheet sequences that act on it (title changes, hyperlinks, cursor jumps).
"""

from __future__ import annotations

import re

# CSI (ESC [ or the 8-bit 0x9B) with parameters, intermediates and a final byte; OSC and the
# other string commands (DCS, SOS, PM, APC) up to BEL or ST; any other two- or three-byte ESC
# sequence (charset selection, keypad modes, ESC 7 / ESC 8).
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]).*?(?:\x07|\x1b\\|\x9c|$)"
    r"|\x1b[ -/]*[0-~]?",
    re.DOTALL,
)
# C0 and C1 controls a plain text view cannot show; tab and newline stay.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain_console(text: str | None) -> str:
    if not text:
        return ""
    text = _ESCAPES.sub("", text.replace("\r\n", "\n"))
    # A lone CR returns to the start of the line: what stays visible is what was written last.
    lines = [line.rstrip("\r").rsplit("\r", 1)[-1] for line in text.split("\n")]
    return _CONTROLS.sub("", "\n".join(lines))
