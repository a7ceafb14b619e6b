"""The messages of station/catalogue/supervisor.py marked for translation, by ID.

Written by `make translations-update` (python -m ui.i18n.generate); do not edit: change
the English in station/catalogue/ and run it again.
"""

from __future__ import annotations

from ui.i18n.languages import QT_TRANSLATE_NOOP

# fmt: off
TEXTS: dict[str, str] = {
    "fleet.station.backlog": QT_TRANSLATE_NOOP("EngineMessage", "backlog {backlog}"),
    "fleet.station.live": QT_TRANSLATE_NOOP("EngineMessage", "live"),
    "fleet.station.no_heartbeat": QT_TRANSLATE_NOOP("EngineMessage", "no heartbeat yet"),
    "fleet.station.offline": QT_TRANSLATE_NOOP("EngineMessage", "offline"),
    "fleet.station.shipper_failed": QT_TRANSLATE_NOOP("EngineMessage", "shipper failed"),
    "fleet.station.shipper_stopped": QT_TRANSLATE_NOOP("EngineMessage", "shipper stopped"),
    "fleet.station.silent": QT_TRANSLATE_NOOP("EngineMessage", "silent"),
    "fleet.station.starting": QT_TRANSLATE_NOOP("EngineMessage", "starting"),
}
# fmt: on
