"""The messages of station/catalogue/station_wide.py marked for translation, by ID.

Written by `make translations-update` (python -m ui.i18n.generate); do not edit: change
the English in station/catalogue/ and run it again.
"""

# ruff: noqa: E501

from __future__ import annotations

from ui.i18n.languages import QT_TRANSLATE_NOOP

# fmt: off
TEXTS: dict[str, str] = {
    "fleet.backlog": QT_TRANSLATE_NOOP("EngineMessage", "Fleet: backlog {backlog}"),
    "fleet.blocked": QT_TRANSLATE_NOOP("EngineMessage", "{headline} · new registrations blocked"),
    "fleet.connecting": QT_TRANSLATE_NOOP("EngineMessage", "Fleet: connecting…"),
    "fleet.failed": QT_TRANSLATE_NOOP("EngineMessage", "Fleet: shipping stopped, backlog {backlog}"),
    "fleet.live": QT_TRANSLATE_NOOP("EngineMessage", "Fleet: live"),
    "fleet.offline": QT_TRANSLATE_NOOP("EngineMessage", "Fleet: offline, backlog {backlog}"),
    "fleet.offline_lot": QT_TRANSLATE_NOOP("EngineMessage", "{headline} · offline lot {lot}"),
    "label.cannot_render": QT_TRANSLATE_NOOP("EngineMessage", "The label for slot {slot} cannot be printed: {detail}."),
    "label.cannot_render.action": QT_TRANSLATE_NOOP("EngineMessage", "Label the unit by hand from the journal entry, and tell the supervisor."),
    "label.not_printed": QT_TRANSLATE_NOOP("EngineMessage", "Slot {slot}: {unit} passed and is in the journal, but its label did not print. {reason}"),
    "label.reprint.action": QT_TRANSLATE_NOOP("EngineMessage", "{action} Then reprint it: Line → Reprint label, slot {slot}."),
    "label.reprinted": QT_TRANSLATE_NOOP("EngineMessage", "The label of {unit} (slot {slot}) was printed again."),
    "list.and": QT_TRANSLATE_NOOP("EngineMessage", "{first}, {rest}"),
    "printer.head_open": QT_TRANSLATE_NOOP("EngineMessage", "print head open"),
    "printer.not_zebra": QT_TRANSLATE_NOOP("EngineMessage", "The label printer at {where} answered its status request with something that is not a Zebra status."),
    "printer.not_zebra.action": QT_TRANSLATE_NOOP("EngineMessage", "Check that the configured address is the label printer."),
    "printer.out_of_labels": QT_TRANSLATE_NOOP("EngineMessage", "out of labels"),
    "printer.out_of_ribbon": QT_TRANSLATE_NOOP("EngineMessage", "out of ribbon"),
    "printer.paused": QT_TRANSLATE_NOOP("EngineMessage", "paused"),
    "printer.problems": QT_TRANSLATE_NOOP("EngineMessage", "The label printer at {where} is {problems}."),
    "printer.problems.action": QT_TRANSLATE_NOOP("EngineMessage", "Fix the printer (load labels or ribbon, close the head, unpause it), then reprint the label from the slot."),
    "printer.silent": QT_TRANSLATE_NOOP("EngineMessage", "The label printer at {where} did not report its status within {timeout} s; it stays silent while out of labels or ribbon or with its head open."),
    "printer.silent.action": QT_TRANSLATE_NOOP("EngineMessage", "Check the printer's display and lights, fix it, then reprint the label."),
    "printer.unreachable": QT_TRANSLATE_NOOP("EngineMessage", "The label printer at {where} cannot be reached ({reason})."),
    "printer.unreachable.action": QT_TRANSLATE_NOOP("EngineMessage", "Check that the printer is on and its network cable is in, then reprint the label."),
    "said.with_action": QT_TRANSLATE_NOOP("EngineMessage", "{message} — {action}"),
    "time.days": QT_TRANSLATE_NOOP("EngineMessage", "{n} days"),
    "time.expired": QT_TRANSLATE_NOOP("EngineMessage", "expired"),
    "time.hours_minutes": QT_TRANSLATE_NOOP("EngineMessage", "{h} h {m} min"),
    "time.minutes": QT_TRANSLATE_NOOP("EngineMessage", "{n} min"),
    "time.seconds": QT_TRANSLATE_NOOP("EngineMessage", "{n} s"),
    "token.allows_nothing": QT_TRANSLATE_NOOP("EngineMessage", "nothing"),
    "token.command.expired": QT_TRANSLATE_NOOP("EngineMessage", "{algorithm} from {name}, current token expired; a new one is fetched when needed"),
    "token.command.expires_in": QT_TRANSLATE_NOOP("EngineMessage", "{algorithm} from {name}, current token expires in {left}; a new one is fetched when needed"),
    "token.command.no_expiry": QT_TRANSLATE_NOOP("EngineMessage", "{algorithm} from {name}, no expiry"),
    "token.command.runs": QT_TRANSLATE_NOOP("EngineMessage", "runs {name} when a token is needed"),
    "token.issued.expired": QT_TRANSLATE_NOOP("EngineMessage", "{algorithm}, expired: a supervisor must set a new token"),
    "token.issued.expires_in": QT_TRANSLATE_NOOP("EngineMessage", "{algorithm}, expires in {left}, allows {allows}"),
    "token.issued.expires_soon": QT_TRANSLATE_NOOP("EngineMessage", "{algorithm}, expires in {left}, allows {allows}: ask a supervisor for a new token soon"),
    "token.issued.no_expiry": QT_TRANSLATE_NOOP("EngineMessage", "{algorithm}, never expires, allows {allows}"),
    "token.realm_key": QT_TRANSLATE_NOOP("EngineMessage", "{key} key; each call gets its own token valid {ttl} s"),
    "token.unusable": QT_TRANSLATE_NOOP("EngineMessage", "unusable ({kind})"),
    "tower.all_off": QT_TRANSLATE_NOOP("EngineMessage", "all off"),
    "tower.and": QT_TRANSLATE_NOOP("EngineMessage", "{first}, {rest}"),
    "tower.back": QT_TRANSLATE_NOOP("EngineMessage", "The tower light is back."),
    "tower.blue.blink": QT_TRANSLATE_NOOP("EngineMessage", "blue blink"),
    "tower.blue.steady": QT_TRANSLATE_NOOP("EngineMessage", "blue steady"),
    "tower.buzzer.blink": QT_TRANSLATE_NOOP("EngineMessage", "buzzer blink"),
    "tower.buzzer.steady": QT_TRANSLATE_NOOP("EngineMessage", "buzzer steady"),
    "tower.green.blink": QT_TRANSLATE_NOOP("EngineMessage", "green blink"),
    "tower.green.steady": QT_TRANSLATE_NOOP("EngineMessage", "green steady"),
    "tower.nak": QT_TRANSLATE_NOOP("EngineMessage", "{where} refused the command (NAK)."),
    "tower.network.action": QT_TRANSLATE_NOOP("EngineMessage", "Check the tower light's network cable and address in the configuration; provisioning goes on without it."),
    "tower.network_at": QT_TRANSLATE_NOOP("EngineMessage", "The network tower light at {host}:{port}"),
    "tower.no_ack": QT_TRANSLATE_NOOP("EngineMessage", "{where} gave no ACK."),
    "tower.patlite_at": QT_TRANSLATE_NOOP("EngineMessage", "The Patlite tower at {path}"),
    "tower.pns.action": QT_TRANSLATE_NOOP("EngineMessage", "Set the tower's control mode to PNS command control in its web set-up; provisioning goes on without it."),
    "tower.red.blink": QT_TRANSLATE_NOOP("EngineMessage", "red blink"),
    "tower.red.steady": QT_TRANSLATE_NOOP("EngineMessage", "red steady"),
    "tower.serial_unreachable": QT_TRANSLATE_NOOP("EngineMessage", "The tower light on {port} cannot be reached ({kind})."),
    "tower.serial_unreachable.action": QT_TRANSLATE_NOOP("EngineMessage", "Check the tower light's USB cable and that no other program holds its port; provisioning goes on without it."),
    "tower.short_write": QT_TRANSLATE_NOOP("EngineMessage", "The Patlite tower at {path} took {written} of {size} bytes."),
    "tower.unreachable": QT_TRANSLATE_NOOP("EngineMessage", "{where} cannot be reached ({reason})."),
    "tower.usb.action": QT_TRANSLATE_NOOP("EngineMessage", "Check the tower light's USB cable and the station's udev rules for it; provisioning goes on without it."),
    "tower.yellow.blink": QT_TRANSLATE_NOOP("EngineMessage", "yellow blink"),
    "tower.yellow.steady": QT_TRANSLATE_NOOP("EngineMessage", "yellow steady"),
}
# fmt: on
