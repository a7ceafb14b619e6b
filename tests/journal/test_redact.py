"""Console excerpts are bounded and scrubbed of anything shaped like a credential."""

from __future__ import annotations

from station.journal.redact import CONSOLE_EXCERPT_LIMIT, REDACTED, bounded_excerpt, redact
from tests.journal.helpers import FAKE_SECRET


def test_secrets_and_jwts_are_replaced() -> None:
    jwt = "eyJhbGciOiJFUzI1NiJ9.eyJleHAiOjE3fQ.sig-_part"
    text = f"a {FAKE_SECRET} b Bearer {jwt} c"
    assert redact(text) == f"a {REDACTED} b Bearer {REDACTED} c"


def test_ordinary_console_text_is_kept() -> None:
    text = "boot: v1.2 ok\nsmp: frame crc=0x1d0f len=43\nID=q83vEjRWeJCrze8SNFZ4kA\n"
    assert redact(text) == text


def test_an_excerpt_keeps_the_tail_within_the_limit() -> None:
    text = "".join(f"line {n}\n" for n in range(2000))
    out = bounded_excerpt(text)
    assert len(out.encode("utf-8")) <= CONSOLE_EXCERPT_LIMIT
    assert out.endswith("line 1999\n")
    assert out.startswith("…")


def test_a_secret_at_the_cut_is_still_redacted() -> None:
    # The secret straddles the byte limit: truncating first would leave a 30-character tail.
    tail = "x" * (CONSOLE_EXCERPT_LIMIT - 35)
    out = bounded_excerpt(f"head {FAKE_SECRET}{tail}")
    assert FAKE_SECRET[-20:] not in out


def test_multibyte_text_is_cut_on_a_character_boundary() -> None:
    out = bounded_excerpt("é" * 5000)
    assert len(out.encode("utf-8")) <= CONSOLE_EXCERPT_LIMIT
    assert set(out) <= {"é", "…"}
