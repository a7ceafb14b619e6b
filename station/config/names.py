"""The naming rules the configuration and the Pairing client share, each written once."""

from __future__ import annotations

import re

from station.text import Text

#: An Astarte realm name, as Astarte validates it.
REALM = re.compile(r"[a-z][a-z0-9]{0,47}")
REALM_RULE_TEXT = Text.of("field.rule.realm", pattern="^[a-z][a-z0-9]{0,47}$")
REALM_RULE = REALM_RULE_TEXT.english
#: A target, fixture or station name. Target names double as the keyring entry name, so they
#: follow the keyring's rule.
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
NAME_RULE_TEXT = Text.of("field.rule.name")
NAME_RULE = NAME_RULE_TEXT.english
SLOT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,15}")
#: An Astarte interface name: reverse domain notation.
INTERFACE_NAME = re.compile(r"[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z0-9][a-zA-Z0-9-]*)+")
