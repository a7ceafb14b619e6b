"""The one English source of every text the station shows an operator, by message ID.

Each area keeps its own table (ID -> English template with named placeholders, filled by
`station.text.Text`); this package joins them, refusing an ID two areas claim. The screens
translate these templates through Qt (`make translations-update` writes them into
ui/i18n/engine_texts/ for lupdate, whose `.ts` hold the German, Italian, Spanish and
Chinese); the journal and the command line keep the English.

An ID is `area.what[.action]`: stable once shipped, since journals record it. A message with a
count is a `Plural` (English's singular and plural); `CATALOGUE` holds its plural form as its
template, `PLURALS` the whole.
"""

from __future__ import annotations

from collections.abc import Mapping

from station.catalogue import (
    cli,
    config_fields,
    engine,
    fleet,
    journal,
    label_template,
    pairing,
    profiles,
    rework,
    roles,
    station_wide,
    supervisor,
    tile,
)
from station.catalogue._plural import Plural

#: A table's entry: a template, or a message with a count.
Entry = str | Plural


def _joined(*tables: Mapping[str, Entry]) -> dict[str, Entry]:
    joined: dict[str, Entry] = {}
    for table in tables:
        twice = joined.keys() & table.keys()
        assert not twice, f"message IDs defined twice: {sorted(twice)}"
        joined.update(table)
    return joined


ENTRIES: dict[str, Entry] = _joined(
    engine.TEXTS,
    tile.TEXTS,
    station_wide.TEXTS,
    profiles.TEXTS,
    pairing.TEXTS,
    supervisor.TEXTS,
    config_fields.TEXTS,
    label_template.TEXTS,
    journal.TEXTS,
    roles.TEXTS,
    rework.TEXTS,
    fleet.TEXTS,
    cli.TEXTS,
)

#: Every message ID's English template (a plural's: its plural form, with the same placeholders).
CATALOGUE: dict[str, str] = {k: v.other if isinstance(v, Plural) else v for k, v in ENTRIES.items()}
#: The messages with a count, by ID.
PLURALS: dict[str, Plural] = {k: v for k, v in ENTRIES.items() if isinstance(v, Plural)}

__all__ = ["CATALOGUE", "PLURALS", "Plural"]
