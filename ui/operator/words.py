"""The operator's words: one flat cause and one action per tile, without the station's own names.

The engine's messages are written for the journal and QA, where every detail counts: nested
causes in parentheses, port paths, protocol step names, result codes. A tile is read at a
glance from a metre or two away, so it shows one sentence of cause and the action, in words an
operator uses; the engine's full message stays in the tile's tooltip and in the journal.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Protocol requests the engine names in "did not answer <request>" and "refused <request>".
_REQUESTS = {
    "identify": "when asked for its identity",
    "write": "the write",
    "reveal": "the check of what it stored",
    "lock": "the lock request",
    "echo": "a presence check",
    "params": "a settings request",
}


def _request_words(match: re.Match[str]) -> str:
    verb = match.group(0).rsplit(" ", 1)[0]
    return f"{verb} {_REQUESTS[match.group(1)]}"


def _code_words(match: re.Match[str]) -> str:
    return match.group(0).replace("_", " ").lower()


_REPLACEMENTS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"\bALREADY_PROVISIONED\b"), "already provisioned"),
    (re.compile(r"\bSECURE\b"), "rewritable secure storage"),
    (re.compile(r"\bOTP\b"), "write-once storage"),
    (re.compile(r"\btoken command\b", re.IGNORECASE), "token program"),
    (
        re.compile(r"\bdid not answer (" + "|".join(_REQUESTS) + r")\b"),
        _request_words,
    ),
    (re.compile(r"\brefused (" + "|".join(_REQUESTS) + r")\b"), _request_words),
    # A slot's own tile says which slot it is; "in slot 3" only lengthens every line.
    (re.compile(r"\s+(?:in|on|of) slot [\w.-]+(?=[\s.,;:)]|$)"), ""),
    (re.compile(r"^Slot [\w.-]+:\s*"), ""),
    (re.compile(r"\bDevice [A-Za-z0-9_-]{22}\b"), "This device"),
    # Result and error codes (write_unknown, port_missing, PROGRAM_FAILED) read as words.
    (re.compile(r"\b[A-Z]+(?:_[A-Z]+)+\b"), _code_words),
    (re.compile(r"\b[a-z]+(?:_[a-z]+)+\b"), _code_words),
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“])")


def _drop_parentheses(text: str) -> str:
    """Remove every parenthesised part, nested ones included (they hold the technical detail)."""
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(ch)
    return "".join(out)


def plain(text: str) -> str:
    """The text in the operator's words: no codes, no step names, no slot references, no
    technical asides in parentheses, no quoted step labels."""
    text = _drop_parentheses(text)
    for pattern, replacement in _REPLACEMENTS:
        text = pattern.sub(replacement, text)
    text = re.sub(r"'([^']{1,40})'", r"\1", text)  # quoted step labels
    text = re.sub(r"\s+([.,;:])", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text).strip()
    text = re.sub(r"([.,;:])\1+", r"\1", text)
    return text[:1].upper() + text[1:] if text else ""


def sentences(text: str) -> list[str]:
    """The distinct sentences of `text`, in order: a sentence said before (or contained in one
    said before, as "Stopped by the operator." in "Stopped by the operator at writing.") is
    dropped."""
    kept: list[str] = []
    seen: list[str] = []
    for part in _SENTENCE_END.split(text.strip()):
        sentence = part.strip()
        key = sentence.rstrip(".!?").casefold()
        if not key or any(key in earlier for earlier in seen):
            continue
        kept.append(sentence)
        seen.append(key)
    return kept


def cause(message: str) -> str:
    """One flat sentence of cause for the tile."""
    said = sentences(plain(message))
    return said[0] if said else ""


def action(text: str) -> str:
    """The operator's action in plain words, each instruction once."""
    return " ".join(sentences(plain(text)))
