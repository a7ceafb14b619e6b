"""Texts the station shows beside the slots: the token's state, the tower light, the fleet link."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # A failure as one line: what happened, then what to do (`str(StationError)`).
    "said.with_action": "{message} — {action}",
    # How long a token has left (station/pairing/tokens/scope.py).
    "time.expired": "expired",
    "time.seconds": "{n} s",
    "time.minutes": "{n} min",
    "time.hours_minutes": "{h} h {m} min",
    "time.days": "{n} days",
    # The target's token on the banner (station/pairing/tokens/).
    "token.unusable": "unusable ({kind})",
    "token.allows_nothing": "nothing",
    "token.issued.no_expiry": "{algorithm}, never expires, allows {allows}",
    "token.issued.expired": "{algorithm}, expired: a supervisor must set a new token",
    "token.issued.expires_in": "{algorithm}, expires in {left}, allows {allows}",
    "token.issued.expires_soon": (
        "{algorithm}, expires in {left}, allows {allows}: ask a supervisor for a new token soon"
    ),
    "token.command.runs": "runs {name} when a token is needed",
    "token.command.no_expiry": "{algorithm} from {name}, no expiry",
    "token.command.expires_in": (
        "{algorithm} from {name}, current token expires in {left}; a new one is fetched when needed"
    ),
    "token.command.expired": (
        "{algorithm} from {name}, current token expired; a new one is fetched when needed"
    ),
    "token.realm_key": "{key} key; each call gets its own token valid {ttl} s",
    # The tower light's signal (station/peripherals/tower.py), e.g. "red blink, blue steady".
    "tower.all_off": "all off",
    "tower.and": "{first}, {rest}",
    "tower.red.steady": "red steady",
    "tower.red.blink": "red blink",
    "tower.yellow.steady": "yellow steady",
    "tower.yellow.blink": "yellow blink",
    "tower.green.steady": "green steady",
    "tower.green.blink": "green blink",
    "tower.blue.steady": "blue steady",
    "tower.blue.blink": "blue blink",
    "tower.buzzer.steady": "buzzer steady",
    "tower.buzzer.blink": "buzzer blink",
    # The fleet link on the banner (station/fleet/link_state.py).
    "fleet.live": "Fleet: live",
    "fleet.backlog": "Fleet: backlog {backlog}",
    "fleet.offline": "Fleet: offline, backlog {backlog}",
    "fleet.failed": "Fleet: shipping stopped, backlog {backlog}",
    "fleet.connecting": "Fleet: connecting…",
    "fleet.blocked": "{headline} · new registrations blocked",
    "fleet.offline_lot": "{headline} · offline lot {lot}",
}
