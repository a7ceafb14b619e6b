"""The messages of station/catalogue/roles.py marked for translation, by ID.

Written by `make translations-update` (python -m ui.i18n.generate); do not edit: change
the English in station/catalogue/ and run it again.
"""

# ruff: noqa: E501

from __future__ import annotations

from ui.i18n.languages import QT_TRANSLATE_NOOP
from ui.i18n.languages import counted_noop as translate

# fmt: off
TEXTS: dict[str, str] = {
    "privilege.choose_target": QT_TRANSLATE_NOOP("EngineMessage", "choose the active target"),
    "privilege.edit_line": QT_TRANSLATE_NOOP("EngineMessage", "change the touch and pedal settings"),
    "privilege.edit_targets": QT_TRANSLATE_NOOP("EngineMessage", "change realm targets"),
    "privilege.export_journal": QT_TRANSLATE_NOOP("EngineMessage", "export the journal"),
    "privilege.manage_credentials": QT_TRANSLATE_NOOP("EngineMessage", "import realm keys or tokens"),
    "privilege.mes_override": QT_TRANSLATE_NOOP("EngineMessage", "override the MES offline policy"),
    "privilege.override": QT_TRANSLATE_NOOP("EngineMessage", "override 'already passed'"),
    "privilege.unregister": QT_TRANSLATE_NOOP("EngineMessage", "unregister devices (rework)"),
    "privilege.view_journal": QT_TRANSLATE_NOOP("EngineMessage", "view the journal"),
    "role.operator": QT_TRANSLATE_NOOP("EngineMessage", "Operator"),
    "role.or": QT_TRANSLATE_NOOP("EngineMessage", "{first} or {rest}"),
    "role.qa": QT_TRANSLATE_NOOP("EngineMessage", "QA"),
    "role.supervisor": QT_TRANSLATE_NOOP("EngineMessage", "Supervisor"),
    "roles.cli.again": QT_TRANSLATE_NOOP("EngineMessage", "Type it again: "),
    "roles.cli.changed": QT_TRANSLATE_NOOP("EngineMessage", "The {role} password is changed (only its hash is kept, in {path})."),
    "roles.cli.differ": QT_TRANSLATE_NOOP("EngineMessage", "The two passwords differ; nothing was changed."),
    "roles.cli.differ.action": QT_TRANSLATE_NOOP("EngineMessage", "Run the command again."),
    "roles.cli.new_password": QT_TRANSLATE_NOOP("EngineMessage", "New {role} password: "),
    "roles.cli.no_supervisor": QT_TRANSLATE_NOOP("EngineMessage", "A {role} password is already set and there is no supervisor password to authorize changing it; nothing was changed."),
    "roles.cli.no_supervisor.action": QT_TRANSLATE_NOOP("EngineMessage", "Set the supervisor password first (`station roles set-password supervisor`), then run `station roles set-password {role_arg}` again: it asks for the supervisor password."),
    "roles.cli.set": QT_TRANSLATE_NOOP("EngineMessage", "The {role} password is set (only its hash is kept, in {path})."),
    "roles.cli.status.limits": QT_TRANSLATE_NOOP("EngineMessage", "Idle lock after {minutes} min; sign-in locked for {lockout} s after {attempts} wrong passwords (doubling on each further lockout)."),
    "roles.cli.status.none": QT_TRANSLATE_NOOP("EngineMessage", "{role}: NO password: nobody can sign in"),
    "roles.cli.status.set": QT_TRANSLATE_NOOP("EngineMessage", "{role}: password set"),
    "roles.cli.too_short": QT_TRANSLATE_NOOP("EngineMessage", "The password is shorter than {least} characters; nothing was changed."),
    "roles.cli.too_short.action": QT_TRANSLATE_NOOP("EngineMessage", "Choose a longer password (a short sentence is easy to type and hard to guess)."),
    "roles.not_permitted": QT_TRANSLATE_NOOP("EngineMessage", "{name} is signed in as {role}, who may not {privilege}; nothing was changed."),
    "roles.not_permitted.action": QT_TRANSLATE_NOOP("EngineMessage", "Ask a {roles} to sign in (Roles menu) and do it."),
    "roles.reason_for.override": QT_TRANSLATE_NOOP("EngineMessage", "Overriding 'already passed'"),
    "roles.reason_for.unregister": QT_TRANSLATE_NOOP("EngineMessage", "Unregistering a device"),
    "roles.reason_required": QT_TRANSLATE_NOOP("EngineMessage", "{what} needs a reason (at least {least} characters); nothing was done."),
    "roles.reason_required.action": QT_TRANSLATE_NOOP("EngineMessage", "Write why (for example 'returned by customer, RMA 4711'); it goes into the journal."),
    "signin.first_password": QT_TRANSLATE_NOOP("EngineMessage", "On this PC, run `station roles set-password {role_arg}` (it asks for the new password twice)."),
    "signin.first_password.by_supervisor": QT_TRANSLATE_NOOP("EngineMessage", "A supervisor runs `station roles set-password {role_arg}` on this PC (it asks for the supervisor password, then the new password twice)."),
    "signin.forgotten": QT_TRANSLATE_NOOP("EngineMessage", "If you forgot it, a supervisor sets a new one with `station roles set-password {role_arg}`."),
    "signin.forgotten.supervisor": QT_TRANSLATE_NOOP("EngineMessage", "If it is forgotten, the PC's administrator removes supervisor_password_hash from the configuration file, then the first supervisor password is set again with `station roles set-password supervisor`."),
    "signin.locked": QT_TRANSLATE_NOOP("EngineMessage", "Sign-in is locked after repeated wrong passwords; try again in {wait}."),
    "signin.locked.action": QT_TRANSLATE_NOOP("EngineMessage", "Wait, then sign in with the right password. {forgotten}"),
    "signin.locked_now": QT_TRANSLATE_NOOP("EngineMessage", "Wrong password. Sign-in is now locked for {wait} after repeated failures."),
    "signin.locked_now.action": QT_TRANSLATE_NOOP("EngineMessage", "Wait, then try again; each further lockout doubles the wait."),
    "signin.no_name": QT_TRANSLATE_NOOP("EngineMessage", "Enter your name: the journal records who used the role."),
    "signin.no_name.action": QT_TRANSLATE_NOOP("EngineMessage", "Type your name."),
    "signin.not_set_up": QT_TRANSLATE_NOOP("EngineMessage", "No {role} password is set on this station, so nobody can sign in as {role}."),
    "signin.prompt": QT_TRANSLATE_NOOP("EngineMessage", "{role} password: "),
    "signin.token_first": QT_TRANSLATE_NOOP("EngineMessage", "The first line of standard input looks like a token, not the {role} password; nothing was changed."),
    "signin.token_first.action": QT_TRANSLATE_NOOP("EngineMessage", "When standard input is not a terminal, put the {role} password on its first line and anything else after it, e.g. {example}; or run the command at a terminal."),
    "signin.wrong_password": translate("EngineMessage", "Wrong {role} password. %n more tries before sign-in is locked.", "", 0),
    "signin.wrong_password.action": QT_TRANSLATE_NOOP("EngineMessage", "Check the keyboard layout and Caps Lock, then type the password again."),
}
# fmt: on
