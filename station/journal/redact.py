"""Scrub anything that looks like a credential out of free text before it reaches the journal.

The engine never hands the journal a secret on purpose; this is the second line of defence for
text the station does not control, such as a device's console, which may echo what it received.
"""

from __future__ import annotations

import re

# An Astarte credentials secret: 32 random bytes in standard base64, so 43 characters and "=".
_SECRET = re.compile(r"[A-Za-z0-9+/]{43}=")
# A JWT: base64url header beginning `{"` (eyJ), payload and optional signature.
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")

REDACTED = "[redacted]"
CONSOLE_EXCERPT_LIMIT = 4096  # bytes of UTF-8; the tail is kept because failures show up last


def redact(text: str) -> str:
    return _SECRET.sub(REDACTED, _JWT.sub(REDACTED, text))


def bounded_excerpt(text: str, limit: int = CONSOLE_EXCERPT_LIMIT) -> str:
    """The redacted tail of a console capture, at most `limit` bytes of UTF-8.

    Redaction runs before truncation so that a secret cut in half by the limit cannot slip past
    the pattern.
    """
    clean = redact(text)
    data = clean.encode("utf-8")
    if len(data) <= limit:
        return clean
    marker = "…"
    keep = limit - len(marker.encode("utf-8"))
    # errors="ignore" drops a multi-byte character split by the cut.
    return marker + data[len(data) - keep :].decode("utf-8", errors="ignore")
