"""Texts the supervisor's pages show that station/ makes: a fleet station's state as the centre
sees it (the fleet page and `station fleet stations`), and the target editor's connection test
(station/targets/connection_test.py): each check's name and what it found, and what a target's
credentials are (station/targets/credentials.py)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # station/fleet/supervise.py: station_state_text.
    "fleet.station.no_heartbeat": "no heartbeat yet",
    "fleet.station.silent": "silent",
    "fleet.station.backlog": "backlog {backlog}",
    "fleet.station.shipper_stopped": "shipper stopped",
    "fleet.station.shipper_failed": "shipper failed",
    "fleet.station.starting": "starting",
    "fleet.station.live": "live",
    "fleet.station.offline": "offline",
    # station/targets/connection_test.py: the checks' names, as the editor titles them.
    "check.credentials": "Credentials",
    "check.health": "Health",
    "check.version": "Version",
    "check.authorization": "Authorization",
    "check.not_run": "Not run: {why}",
    "check.why.settings_wrong": "the connection settings are wrong (see Health)",
    "check.why.unreachable": "Pairing could not be reached (see Health)",
    "check.why.no_token": "there is no usable token (see Credentials)",
    "check.credentials.ok": "{kind}: {detail}.",
    "check.kind.realm_key": "Realm key",
    "check.kind.issued_token": "Issued token",
    "check.kind.token_command": "Token command",
    "check.health.ok": "Pairing at {url} reports healthy.",
    "check.health.unhealthy": "Pairing at {url} answers but reports itself unhealthy (503).",
    "check.health.unhealthy.action": (
        "Astarte is starting or one of its services is down; try again in a minute and tell "
        "the Astarte operator if it persists."
    ),
    "check.version.ok": "Astarte Pairing version {version}.",
    "check.authorization.ok": (
        "Realm '{realm}' exists and accepts this target's token for registering devices (the "
        "test registered nothing)."
    ),
    # station/targets/credentials.py: the target editor's credentials summary.
    "credentials.command": "Runs {program} for each token; nothing is stored here.",
    "credentials.realm_key": (
        "{key} realm key in the OS keyring; each call gets its own token valid {ttl} s."
    ),
    "credentials.allows": "allows registering",
    "credentials.allows.rework": "allows registering and unregistering (rework)",
    "credentials.allows_not": "does NOT allow registering",
    "credentials.allows_not.rework": "does NOT allow registering and unregistering (rework)",
    "credentials.issued.no_expiry": "Issued {algorithm} token, never expires, {allows}.",
    "credentials.issued.expired": (
        "Issued {algorithm} token EXPIRED at {when}; paste or import a new one."
    ),
    "credentials.issued.expires": "Issued {algorithm} token, expires {when} (in {left}), {allows}.",
    # station/engine/mes_override.py: starting or ending an MES override (MES page, command line).
    "mes_override.minutes": (
        "An override of {minutes} minutes is out of range; nothing was changed."
    ),
    "mes_override.minutes.action": (
        "Give 1 to {most} minutes (one shift at most), and renew it if needed."
    ),
    "mes_override.no_reason": (
        "An MES override needs a reason for the journal; nothing was changed."
    ),
    "mes_override.no_reason.action": "Write why, e.g. the MES ticket number.",
    "mes_override.no_mes": (
        "Target '{target}' does not ask the MES (it has no mes_recipe); nothing was changed."
    ),
    "mes_override.no_mes.action": (
        "Only a target with an MES recipe and offline policy block needs an override."
    ),
}
