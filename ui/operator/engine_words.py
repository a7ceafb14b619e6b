"""The station's messages in the screens' language: a `Text` rendered through Qt's translation.

station/ has no Qt, so it cannot translate: each message it gives an operator is a `Text`, a
message ID with parameters (station/text.py), whose one English template is in
station/catalogue/. ui/i18n/engine_texts/ marks every template for lupdate (context
"EngineMessage", written by `make translations-update`); here a template is looked up in the
installed translation and filled with the same parameters, nested texts translated too; a message
with a count through Qt's plural forms. A text
without an ID (a message not yet given one) stays English.

A tile read at a glance shows, in a translation, the short cause and action of its error class
where there is one (station/catalogue/tile.py); the full message, translated, goes to its
tooltip and the touch popup. In English the tile shows the engine's own message in plain words
(`words`), which carries the detail of each case. The journal keeps the English.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication

from station.catalogue import CATALOGUE, PLURALS
from station.catalogue.tile import AWAITING_LABEL, BY_CLASS
from station.engine.events import SlotSnapshot, StationNotice, Step
from station.text import Param, Text, english, placeholders
from ui.i18n.engine_texts import CONTEXT
from ui.i18n.languages import SOURCE_LANGUAGE, languages
from ui.operator import words

log = logging.getLogger(__name__)

# A message put around another only to name the slot: the tile says which slot it is.
_SLOT_ONLY = "slot.prefix"
_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")


def render(text: Text) -> str:
    """`text` in the screens' language (English where it has no ID or no translation)."""
    if text.is_plain:
        return text.english
    values = {
        name: render(value) if isinstance(value, Text) else english(value)
        for name, value in text.params.items()
    }
    template = _translated(text)
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation that lost or broke a placeholder (tests/ui/test_engine_texts.py looks
        # for them) must not hide the message: the English says it whole.
        log.error("the translation of message %s cannot be filled: %r", text.id, template)
        return text.template.format(**values)


def _translated(text: Text) -> str:
    """`text`'s template in the screens' language; a plural in the language's form for its
    count (Qt puts the count in for `%n`)."""
    plural = PLURALS.get(text.id)
    if plural is None:
        return QCoreApplication.translate(CONTEXT, text.template)
    count = text.params[plural.count]
    assert isinstance(count, int)  # Text refuses any other
    return QCoreApplication.translate(CONTEXT, plural.source, "", count)


def step(value: Step) -> str:
    return render(value.text)


def _unslotted(text: Text) -> Text:
    while text.id == _SLOT_ONLY and isinstance(text.params["message"], Text):
        text = text.params["message"]
    return text


def _first_sentence(text: str) -> str:
    """The first sentence, without asides in parentheses (they hold the technical detail)."""
    text = " ".join(_ASIDE.sub("", text).split())
    return _SENTENCE_END.split(text, maxsplit=1)[0].strip() if text else ""


def _short(message_id: str, slot: str) -> str:
    params: dict[str, Param] = {}
    if "slot" in placeholders(CATALOGUE[message_id]):
        params["slot"] = slot
    return render(Text(message_id, params))


def tile_words(snap: SlotSnapshot) -> tuple[str, str]:
    """The tile's cause and action for `snap` in the screens' language."""
    if languages().current == SOURCE_LANGUAGE:
        return words.cause(snap.message), words.action(snap.action)
    short = AWAITING_LABEL if snap.awaiting_label else BY_CLASS.get(snap.error_class)
    if short is not None:
        return _short(short[0], snap.slot), _short(short[1], snap.slot)
    text, action = snap.said
    cause = cause_words(text)
    did = words.action(snap.action) if action.is_plain else render(_unslotted(action))
    return cause, did


def cause_words(text: Text) -> str:
    """`text` as one sentence of cause in the screens' language (`words.cause` in English)."""
    if languages().current == SOURCE_LANGUAGE or text.is_plain:
        return words.cause(text.english)
    return _first_sentence(render(_unslotted(text)))


def full_message(snap: SlotSnapshot) -> str:
    """The engine's whole message for `snap` in the screens' language (tooltip, touch popup)."""
    return render(snap.said[0])


def notice_words(notice: StationNotice) -> tuple[str, str]:
    """A notice's message and action in the screens' language."""
    message = render(notice.text) if notice.text is not None else notice.message
    action = render(notice.action_text) if notice.action_text is not None else notice.action
    return message, action
