"""The one English source of every text the station shows an operator, by message ID.

Each area keeps its own table (ID -> English template with named placeholders, filled by
`station.text.Text`); this package joins them, refusing an ID two areas claim. The screens
translate these templates through Qt (`make translations-update` writes them into
ui/i18n/engine_texts/ for lupdate, whose `.ts` hold the German, Italian, Spanish and
Chinese); the journal and the command line keep the English.

An ID is `area.what[.action]`: stable once shipped, since journals record it.
"""

from __future__ import annotations

from collections.abc import Mapping

from station.catalogue import (
    config_fields,
    engine,
    pairing,
    profiles,
    station_wide,
    supervisor,
    tile,
)


def _joined(*tables: Mapping[str, str]) -> dict[str, str]:
    joined: dict[str, str] = {}
    for table in tables:
        twice = joined.keys() & table.keys()
        assert not twice, f"message IDs defined twice: {sorted(twice)}"
        joined.update(table)
    return joined


CATALOGUE: dict[str, str] = _joined(
    engine.TEXTS,
    tile.TEXTS,
    station_wide.TEXTS,
    profiles.TEXTS,
    pairing.TEXTS,
    supervisor.TEXTS,
    config_fields.TEXTS,
)
