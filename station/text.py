"""Texts an operator reads, by message ID: `Text(id, params)` with ONE English source.

station/ has no Qt, so it cannot translate. Every message it shows a person is a `Text`: a
stable ID from the catalogue (`station.catalogue`, ID -> English template with named
placeholders) and its parameters, plain data (str, int, float, or a nested `Text`). The journal,
the command line and the logs read its English (`english`); the screens look the ID up in Qt's
translation and fill the same parameters (ui/operator/engine_words.py). A parameter is never a
credentials secret or a token: a `Text` goes to the journal as it is.

A message with a count is a plural in the catalogue (`station.catalogue.PLURALS`): its English
is the singular or the plural by the count, and the screens translate it through Qt's plural
forms.

A message written before it had an ID is a `Text` without one (`Text.plain`): it reads the same
in every language.
"""

from __future__ import annotations

import string
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Union

from station.catalogue import CATALOGUE, PLURALS

Param = Union[str, int, float, "Text"]

# A plain text's one parameter: the English itself.
_PLAIN = "text"


@cache
def placeholders(template: str) -> frozenset[str]:
    """The named placeholders of `template` ({slot}, {device}, ...)."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


@dataclass(frozen=True)
class Text:
    """One message: its catalogue ID and the values of its placeholders (`id` "" is plain)."""

    id: str
    params: Mapping[str, Param] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # A wrong ID or a missing value is our bug: found where the text is made, not where a
        # translated screen would show an empty placeholder.
        if not self.id:
            if set(self.params) != {_PLAIN} or not isinstance(self.params[_PLAIN], str):
                raise ValueError("a plain text has exactly one str parameter, 'text'")
            return
        template = CATALOGUE.get(self.id)
        if template is None:
            raise KeyError(f"no message {self.id!r} in station.catalogue")
        if placeholders(template) != set(self.params):
            raise ValueError(
                f"message {self.id!r} takes {sorted(placeholders(template))}, "
                f"given {sorted(self.params)}"
            )
        plural = PLURALS.get(self.id)
        if plural is not None and type(self.params[plural.count]) is not int:
            raise ValueError(f"message {self.id!r} counts {plural.count!r}: give an int")

    def __hash__(self) -> int:
        return hash(repr(self.to_data()))

    @classmethod
    def of(cls, id: str, **params: Param) -> Text:
        return cls(id, params)

    @classmethod
    def plain(cls, english: str) -> Text:
        """A message that has no ID (yet): shown in English in every language."""
        return cls("", {_PLAIN: english})

    @property
    def is_plain(self) -> bool:
        return not self.id

    @property
    def template(self) -> str:
        """The English template (a plural's form for its count)."""
        plural = PLURALS.get(self.id)
        if plural is not None:
            count = self.params[plural.count]
            assert isinstance(count, int)
            return plural.form(count)
        return CATALOGUE[self.id] if self.id else "{text}"

    @property
    def english(self) -> str:
        return self.template.format(**{k: english(v) for k, v in self.params.items()})

    def __str__(self) -> str:
        return self.english

    def to_data(self) -> dict[str, Any]:
        """Plain JSON data: {"id": ..., "params": {...}}, nested texts likewise."""
        return {
            "id": self.id,
            "params": {
                k: v.to_data() if isinstance(v, Text) else v for k, v in self.params.items()
            },
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Text:
        params: dict[str, Param] = {}
        for key, value in dict(data.get("params", {})).items():
            params[key] = cls.from_data(value) if isinstance(value, Mapping) else value
        return cls(str(data.get("id", "")), params)


def english(value: Param) -> str:
    """A parameter as the English text shows it."""
    if isinstance(value, Text):
        return value.english
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def listed(parts: list[Text]) -> Text:
    """`parts` as one list ("out of labels, paused"), in the order given (at least one)."""
    said = parts[-1]
    for part in reversed(parts[:-1]):
        said = Text.of("list.and", first=part, rest=said)
    return said


def as_text(value: str | Text) -> Text:
    """`value` as a `Text`: a str is a plain one."""
    return value if isinstance(value, Text) else Text.plain(value)


#: No message (an empty plain text).
NOTHING = Text.plain("")


def say(text: Text) -> None:
    """One line on standard output in the text's English: the command line's language."""
    sys.stdout.write(text.english + "\n")
