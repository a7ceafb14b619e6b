"""A unit's label as ZPL: a supervisor's template with the unit's fields filled in.

Templates name fields in braces: `{serial}` (the printed serial the device reports),
`{device_id}` (base64url, for people) and `{code}` (`label_code.encode`, for the QR and
DataMatrix symbols). Every value is checked before it goes in: ZPL has no quoting, so a
device-supplied serial holding `^` or `~` would be a printer command, and `^FH` would read the
`_` of a base64url ID as the start of a hex escape and print another ID in the symbol. A
template with `^FH` or an unknown field is refused when it is saved, not when a unit passes.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from station.errors import ConfigError
from station.peripherals import label_code
from station.text import Text

FIELDS = ("serial", "device_id", "code")

# 2 x 1 inch at 203 dpi (406 x 203 dots): QR and DataMatrix of the code, the serial and the ID.
DEFAULT_TEMPLATE = """^XA
^CI0
^PW406
^LL203
^FO10,10^BQN,2,3^FDMA,{code}^FS
^FO175,20^BXN,4,200^FD{code}^FS
^FO10,140^A0N,24,24^FD{serial}^FS
^FO10,170^A0N,20,20^FD{device_id}^FS
^XZ
"""

_SAFE_TEXT = re.compile(r"[ -~]*")  # printable ASCII; '^' and '~' are refused separately


@dataclass(frozen=True)
class LabelFields:
    serial: str
    device_id: str


def check_template(template: str) -> str:
    """The template if it can be filled safely; `ConfigError` naming what is wrong."""
    if not template.lstrip().startswith("^XA") or not template.rstrip().endswith("^XZ"):
        raise ConfigError(Text.of("label_template.bounds"), Text.of("label_template.bounds.action"))
    if "^FH" in template.upper():
        raise ConfigError(
            Text.of("label_template.hex_escapes"), Text.of("label_template.hex_escapes.action")
        )
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:  # a single { or }: Python's words say which
        raise ConfigError(
            Text.of("label_template.lone_brace", reason=str(exc)), write_fields_action()
        ) from None
    names = {name for _, name, _, _ in parsed if name is not None}
    unknown = sorted(names - set(FIELDS))
    if unknown:
        raise ConfigError(
            Text.of("label_template.unknown_fields", names=", ".join(unknown)),
            Text.of("label_template.unknown_fields.action", fields=", ".join(map(braced, FIELDS))),
        )
    if "code" not in names:
        raise ConfigError(
            Text.of("label_template.no_code", code=braced("code")),
            Text.of("label_template.no_code.action", code=braced("code")),
        )
    return template


def braced(field: str) -> str:
    """A field as a template names it: `{code}` (a message's parameter, so a translation of the
    message keeps it as it is)."""
    return "{" + field + "}"


def write_fields_action() -> Text:
    """What to do about braces that are not fields: write each field as it is named."""
    return Text.of(
        "label_template.write_fields.action",
        serial=braced("serial"),
        device_id=braced("device_id"),
        code=braced("code"),
    )


def render(template: str, fields: LabelFields) -> str:
    """The ZPL for one unit. Raises `ValueError` for a serial that cannot be printed safely."""
    serial = fields.serial
    if not _SAFE_TEXT.fullmatch(serial) or "^" in serial or "~" in serial:
        raise ValueError("the serial holds characters a ZPL label cannot print safely")
    code = label_code.encode(fields.device_id)
    return check_template(template).format(serial=serial, device_id=fields.device_id, code=code)
