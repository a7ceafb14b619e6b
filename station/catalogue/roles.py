"""Roles and sign-in: the QA/supervisor sign-in dialog's refusals and lockouts, a role that may
not do something, and `station roles ...` on the command line. The roles' and privileges' names
are messages of their own, nested in the others."""

from __future__ import annotations

from station.catalogue._plural import Plural

TEXTS: dict[str, str | Plural] = {
    # station/roles/model.py: the roles' and privileges' names (`Role.label`, `Privilege.label`).
    "role.operator": "Operator",
    "role.qa": "QA",
    "role.supervisor": "Supervisor",
    "role.or": "{first} or {rest}",
    "privilege.view_journal": "view the journal",
    "privilege.export_journal": "export the journal",
    "privilege.edit_targets": "change realm targets",
    "privilege.choose_target": "choose the active target",
    "privilege.manage_credentials": "import realm keys or tokens",
    "privilege.override": "override 'already passed'",
    "privilege.unregister": "unregister devices (rework)",
    "privilege.mes_override": "override the MES offline policy",
    "privilege.edit_line": "change the touch and pedal settings",
    # station/roles/model.py: `require` and `require_reason`.
    "roles.not_permitted": (
        "{name} is signed in as {role}, who may not {privilege}; nothing was changed."
    ),
    "roles.not_permitted.action": "Ask a {roles} to sign in (Roles menu) and do it.",
    "roles.reason_required": (
        "{what} needs a reason (at least {least} characters); nothing was done."
    ),
    "roles.reason_required.action": (
        "Write why (for example 'returned by customer, RMA 4711'); it goes into the journal."
    ),
    # What needs a reason (station/rework/).
    "roles.reason_for.override": "Overriding 'already passed'",
    "roles.reason_for.unregister": "Unregistering a device",
    # station/roles/signin.py: the sign-in dialog and the command line's sign-in.
    "signin.locked": ("Sign-in is locked after repeated wrong passwords; try again in {wait}."),
    "signin.locked.action": "Wait, then sign in with the right password. {forgotten}",
    "signin.forgotten.supervisor": (
        "If it is forgotten, the PC's administrator removes supervisor_password_hash from the "
        "configuration file, then the first supervisor password is set again with "
        "`station roles set-password supervisor`."
    ),
    "signin.forgotten": (
        "If you forgot it, a supervisor sets a new one with "
        "`station roles set-password {role_arg}`."
    ),
    "signin.no_name": "Enter your name: the journal records who used the role.",
    "signin.no_name.action": "Type your name.",
    "signin.not_set_up": (
        "No {role} password is set on this station, so nobody can sign in as {role}."
    ),
    "signin.first_password.by_supervisor": (
        "A supervisor runs `station roles set-password {role_arg}` on this PC (it asks for the "
        "supervisor password, then the new password twice)."
    ),
    "signin.first_password": (
        "On this PC, run `station roles set-password {role_arg}` (it asks for the new password "
        "twice)."
    ),
    "signin.locked_now": (
        "Wrong password. Sign-in is now locked for {wait} after repeated failures."
    ),
    "signin.locked_now.action": "Wait, then try again; each further lockout doubles the wait.",
    "signin.wrong_password": Plural(
        "Wrong {role} password. {left} more try before sign-in is locked.",
        "Wrong {role} password. {left} more tries before sign-in is locked.",
        count="left",
    ),
    "signin.wrong_password.action": (
        "Check the keyboard layout and Caps Lock, then type the password again."
    ),
    # station/roles/prompt.py: the password on the command line.
    "signin.prompt": "{role} password: ",
    "signin.token_first": (
        "The first line of standard input looks like a token, not the {role} password; nothing "
        "was changed."
    ),
    "signin.token_first.action": (
        "When standard input is not a terminal, put the {role} password on its first line and "
        "anything else after it, e.g. {example}; or run the command at a terminal."
    ),
    # station/roles/cli.py: `station roles set-password` and `station roles status`.
    "roles.cli.new_password": "New {role} password: ",
    "roles.cli.again": "Type it again: ",
    "roles.cli.differ": "The two passwords differ; nothing was changed.",
    "roles.cli.differ.action": "Run the command again.",
    "roles.cli.no_supervisor": (
        "A {role} password is already set and there is no supervisor password to authorize "
        "changing it; nothing was changed."
    ),
    "roles.cli.no_supervisor.action": (
        "Set the supervisor password first (`station roles set-password supervisor`), then run "
        "`station roles set-password {role_arg}` again: it asks for the supervisor password."
    ),
    "roles.cli.too_short": (
        "The password is shorter than {least} characters; nothing was changed."
    ),
    "roles.cli.too_short.action": (
        "Choose a longer password (a short sentence is easy to type and hard to guess)."
    ),
    "roles.cli.set": "The {role} password is set (only its hash is kept, in {path}).",
    "roles.cli.changed": "The {role} password is changed (only its hash is kept, in {path}).",
    "roles.cli.status.set": "{role}: password set",
    "roles.cli.status.none": "{role}: NO password: nobody can sign in",
    "roles.cli.status.limits": (
        "Idle lock after {minutes} min; sign-in locked for {lockout} s after {attempts} wrong "
        "passwords (doubling on each further lockout)."
    ),
}
