"""A catalogue message with a count: English's singular and plural, each in full.

"{count} result(s)" is no plural form: most languages need more than an "s", and the verb agrees
too ("1 result waits", "2 results wait"). A `Plural` in an area's table names its count
parameter and gives English's two forms; `station.text.Text` picks one by the count for the
journal and the command line, and the screens translate `source` (the plural with Qt's `%n` for
the count) through Qt's plural forms, so every language has its own (one in Chinese, two in
German, Italian and Spanish)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Plural:
    """One message's English forms; `{<count>}` stands in both."""

    one: str
    other: str
    #: The parameter holding the count (an int).
    count: str = "count"

    def __post_init__(self) -> None:
        mark = "{" + self.count + "}"
        assert mark in self.one and mark in self.other, f"both forms need {mark}"

    def form(self, n: int) -> str:
        """English's form for `n` (the singular only for exactly 1)."""
        return self.one if n == 1 else self.other

    @property
    def source(self) -> str:
        """What Qt translates: the plural form with `%n` for the count."""
        return self.other.replace("{" + self.count + "}", "%n")

    @property
    def singular_source(self) -> str:
        """English's singular with `%n`: English's own plural translation (station_en.ts)."""
        return self.one.replace("{" + self.count + "}", "%n")
