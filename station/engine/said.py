"""The English of what an engine result or event says, read from its texts by message ID.

Results and events carry their message and action as `Text`s (`text`, `action_text`), which the
screens translate; the journal, the command line and the logs read their English as `message`
and `action`. These two mixins keep that rule in one place.
"""

from __future__ import annotations

from station.text import Text


class SaysInEnglish:
    """`message` and `action`: the English of the `text` and `action_text` fields."""

    text: Text
    action_text: Text

    @property
    def message(self) -> str:
        return self.text.english

    @property
    def action(self) -> str:
        return self.action_text.english


class EnglishOfTexts:
    """For a frozen dataclass whose `message` and `action` fields may be given as plain English
    or as `text` and `action_text`: when a `Text` is given its English replaces the field, so
    the two never disagree."""

    message: str
    action: str
    text: Text | None
    action_text: Text | None

    def __post_init__(self) -> None:
        # object.__setattr__: the dataclass is frozen, and this runs while it is being made.
        if self.text is not None:
            object.__setattr__(self, "message", self.text.english)
        if self.action_text is not None:
            object.__setattr__(self, "action", self.action_text.english)
