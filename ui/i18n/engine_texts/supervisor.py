"""The messages of station/catalogue/supervisor.py marked for translation, by ID.

Written by `make translations-update` (python -m ui.i18n.generate); do not edit: change
the English in station/catalogue/ and run it again.
"""

# ruff: noqa: E501

from __future__ import annotations

from ui.i18n.languages import QT_TRANSLATE_NOOP

# fmt: off
TEXTS: dict[str, str] = {
    "check.authorization": QT_TRANSLATE_NOOP("EngineMessage", "Authorization"),
    "check.authorization.ok": QT_TRANSLATE_NOOP("EngineMessage", "Realm '{realm}' exists and accepts this target's token for registering devices (the test registered nothing)."),
    "check.credentials": QT_TRANSLATE_NOOP("EngineMessage", "Credentials"),
    "check.credentials.ok": QT_TRANSLATE_NOOP("EngineMessage", "{kind}: {detail}."),
    "check.health": QT_TRANSLATE_NOOP("EngineMessage", "Health"),
    "check.health.ok": QT_TRANSLATE_NOOP("EngineMessage", "Pairing at {url} reports healthy."),
    "check.health.unhealthy": QT_TRANSLATE_NOOP("EngineMessage", "Pairing at {url} answers but reports itself unhealthy (503)."),
    "check.health.unhealthy.action": QT_TRANSLATE_NOOP("EngineMessage", "Astarte is starting or one of its services is down; try again in a minute and tell the Astarte operator if it persists."),
    "check.kind.issued_token": QT_TRANSLATE_NOOP("EngineMessage", "Issued token"),
    "check.kind.realm_key": QT_TRANSLATE_NOOP("EngineMessage", "Realm key"),
    "check.kind.token_command": QT_TRANSLATE_NOOP("EngineMessage", "Token command"),
    "check.not_run": QT_TRANSLATE_NOOP("EngineMessage", "Not run: {why}"),
    "check.version": QT_TRANSLATE_NOOP("EngineMessage", "Version"),
    "check.version.ok": QT_TRANSLATE_NOOP("EngineMessage", "Astarte Pairing version {version}."),
    "check.why.no_token": QT_TRANSLATE_NOOP("EngineMessage", "there is no usable token (see Credentials)"),
    "check.why.settings_wrong": QT_TRANSLATE_NOOP("EngineMessage", "the connection settings are wrong (see Health)"),
    "check.why.unreachable": QT_TRANSLATE_NOOP("EngineMessage", "Pairing could not be reached (see Health)"),
    "credentials.allows": QT_TRANSLATE_NOOP("EngineMessage", "allows registering"),
    "credentials.allows.rework": QT_TRANSLATE_NOOP("EngineMessage", "allows registering and unregistering (rework)"),
    "credentials.allows_not": QT_TRANSLATE_NOOP("EngineMessage", "does NOT allow registering"),
    "credentials.allows_not.rework": QT_TRANSLATE_NOOP("EngineMessage", "does NOT allow registering and unregistering (rework)"),
    "credentials.command": QT_TRANSLATE_NOOP("EngineMessage", "Runs {program} for each token; nothing is stored here."),
    "credentials.issued.expired": QT_TRANSLATE_NOOP("EngineMessage", "Issued {algorithm} token EXPIRED at {when}; paste or import a new one."),
    "credentials.issued.expires": QT_TRANSLATE_NOOP("EngineMessage", "Issued {algorithm} token, expires {when} (in {left}), {allows}."),
    "credentials.issued.no_expiry": QT_TRANSLATE_NOOP("EngineMessage", "Issued {algorithm} token, never expires, {allows}."),
    "credentials.realm_key": QT_TRANSLATE_NOOP("EngineMessage", "{key} realm key in the OS keyring; each call gets its own token valid {ttl} s."),
    "fleet.station.backlog": QT_TRANSLATE_NOOP("EngineMessage", "backlog {backlog}"),
    "fleet.station.live": QT_TRANSLATE_NOOP("EngineMessage", "live"),
    "fleet.station.no_heartbeat": QT_TRANSLATE_NOOP("EngineMessage", "no heartbeat yet"),
    "fleet.station.offline": QT_TRANSLATE_NOOP("EngineMessage", "offline"),
    "fleet.station.shipper_failed": QT_TRANSLATE_NOOP("EngineMessage", "shipper failed"),
    "fleet.station.shipper_stopped": QT_TRANSLATE_NOOP("EngineMessage", "shipper stopped"),
    "fleet.station.silent": QT_TRANSLATE_NOOP("EngineMessage", "silent"),
    "fleet.station.starting": QT_TRANSLATE_NOOP("EngineMessage", "starting"),
    "mes_override.minutes": QT_TRANSLATE_NOOP("EngineMessage", "An override of {minutes} minutes is out of range; nothing was changed."),
    "mes_override.minutes.action": QT_TRANSLATE_NOOP("EngineMessage", "Give 1 to {most} minutes (one shift at most), and renew it if needed."),
    "mes_override.no_mes": QT_TRANSLATE_NOOP("EngineMessage", "Target '{target}' does not ask the MES (it has no mes_recipe); nothing was changed."),
    "mes_override.no_mes.action": QT_TRANSLATE_NOOP("EngineMessage", "Only a target with an MES recipe and offline policy block needs an override."),
    "mes_override.no_reason": QT_TRANSLATE_NOOP("EngineMessage", "An MES override needs a reason for the journal; nothing was changed."),
    "mes_override.no_reason.action": QT_TRANSLATE_NOOP("EngineMessage", "Write why, e.g. the MES ticket number."),
}
# fmt: on
