"""The station's messages (station.catalogue) marked for translation, by ID.

Written by `make translations-update` (python -m ui.i18n.generate); do not edit: change
the English in station/catalogue/ and run it again.
"""

from __future__ import annotations

from ui.i18n.engine_texts import (
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

CONTEXT = "EngineMessage"

TEXTS: dict[str, str] = {
    **cli.TEXTS,
    **config_fields.TEXTS,
    **engine.TEXTS,
    **fleet.TEXTS,
    **journal.TEXTS,
    **label_template.TEXTS,
    **pairing.TEXTS,
    **profiles.TEXTS,
    **rework.TEXTS,
    **roles.TEXTS,
    **station_wide.TEXTS,
    **supervisor.TEXTS,
    **tile.TEXTS,
}
