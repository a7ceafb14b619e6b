"""Remove anything token- or secret-shaped from text that came from outside.

Server error strings and a token command's stderr are shown to people. They should never hold
a token or a secret, but the station does not rely on other programs for that.
"""

from __future__ import annotations

import re

# A JWT (three dot-separated base64url runs), or any long base64/base64url run such as a
# credentials secret (44 characters) or key material.
_TOKENISH = re.compile(
    r"[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*|[A-Za-z0-9+/_-]{32,}={0,2}"
)


def redact(text: str, limit: int = 200) -> str:
    """`text` on one line, token-like runs replaced by "[removed]", at most `limit` characters."""
    line = " ".join(text.split())
    line = _TOKENISH.sub("[removed]", line)
    return line if len(line) <= limit else line[: limit - 1] + "…"


def remove_tokens(text: str) -> str:
    """`text` with token-like runs replaced by "[removed]", its lines kept (a traceback)."""
    return _TOKENISH.sub("[removed]", text)
