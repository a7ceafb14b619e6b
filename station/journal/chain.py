"""The hash chain over journal events.

Each event's hash covers the previous event's hash and the event's own fields, so changing,
removing or reordering any stored event breaks every hash after it. The encoding is fixed here,
once, for both the writer and the verifier.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

GENESIS = bytes(32)
_SEP = b"\x1f"  # unit separator: cannot occur in canonical JSON or in the validated fields


def canonical_json(payload: Mapping[str, Any]) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(
    prev_hash: bytes, *, seq: int, ts: str, attempt_id: str | None, kind: str, payload: str
) -> bytes:
    h = hashlib.sha256(prev_hash)
    h.update(
        _SEP.join((str(seq).encode(), ts.encode(), (attempt_id or "").encode(), kind.encode()))
    )
    h.update(_SEP)
    h.update(payload.encode("utf-8"))
    return h.digest()
