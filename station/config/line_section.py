"""`[line]`: what a station on a line does beside provisioning (docs/configuration.md).

Declared apart from `station.config.sections` to keep each module readable; `SECTIONS` lists it
with the others. `address` is shared with the fixtures' network tower light.
"""

from __future__ import annotations

import re

from station.config.model import (
    DEFAULT_MES_TIMEOUT_S,
    DEFAULT_PRINTER_PORT,
    DEFAULT_SOUND_VOLUME,
    LANGUAGES,
    PEDAL_KEYS,
    SCANNER_BAUD,
    split_address,
)
from station.config.options import Check, Context, Option, Section, Where, between, one_of, shown
from station.config.target_section import service_url
from station.text import Text


def _pedal_key(value: str, where: Where, context: Context) -> str | None:
    name = value.strip()
    if not name:
        return None  # empty: no pedal
    if name not in PEDAL_KEYS:
        where.fail(
            Text.of("field.pedal_key", value=shown(value)),
            Text.of("field.pedal_key.action", path=where.path, source=where.source),
        )
    return name


def _scanner_port(text: str, where: Where, context: Context) -> str:
    if not text.startswith("/") or not text.isprintable() or len(text) > 4096:
        where.fail(Text.of("field.not_serial_path", value=shown(text)))
    return text


def _queue_name(text: str, where: Where, context: Context) -> str:
    name = text.strip()
    if not re.fullmatch(r"[A-Za-z0-9_.@-]{1,127}", name):
        where.fail(Text.of("field.not_queue_name", value=shown(text)))
    return name


def _mes_url(url: str, where: Where, context: Context) -> str:
    return service_url(
        url, where, Text.of("field.what.mes"), "https://mes.example.com/route-facade"
    )


def address(default_port: int) -> Check:
    """`host[:port]`, checked; the value stays as written (`split_address` reads it)."""

    def check(text: str, where: Where, context: Context) -> str:
        try:
            split_address(text, default_port)
        except ValueError as exc:
            where.fail(
                Text.of("field.not_address", value=shown(text), detail=str(exc), port=default_port)
            )
        return text.strip()

    return check


LINE = Section(
    "line",
    (
        Option(
            "fail_sound",
            bool,
            "Play the fail sound (a falling two-tone call) when a unit fails, through the "
            "desktop's sound server (`pacat`).",
            default=False,
        ),
        Option(
            "sound_volume",
            int,
            "0 to 100 (%). The fail sound's volume.",
            default=DEFAULT_SOUND_VOLUME,
            checks=(between(0, 100),),
        ),
        Option(
            "pedal_key",
            str,
            "The key a USB foot pedal sends: `F1` to `F24`, `Pause`, `ScrollLock`, `Insert`, "
            "`Home`, `End`, `PageUp` or `PageDown`; empty is no pedal. On the operator screen "
            "it starts every ready slot, like Provision; a held key's repeats and a second press "
            "within 1.5 s, or while a start is still under way, start nothing more.",
            default=None,
            checks=(_pedal_key,),
            default_doc="unset (no pedal)",
        ),
        Option(
            "touch",
            bool,
            "Touch mode for gloved hands: every control on the operator screen is at least 15 mm "
            "in both directions at the screen's physical size, and nothing the operator needs is "
            "only in a tooltip (docs/operator.md).",
            default=False,
        ),
        Option(
            "language",
            str,
            "The language the station's screens start in: `en` (English), `de` (German), `it` "
            "(Italian), `es` (Spanish) or `zh_CN` (Simplified Chinese). An operator can switch "
            "it from the Language menu while the station runs; the journal stays in English.",
            default="en",
            checks=(one_of(LANGUAGES),),
        ),
        Option(
            "printer",
            str,
            f"The label printer's raw TCP address, `host` or `host:port` (port "
            f"{DEFAULT_PRINTER_PORT} when left out). Labels go straight to the printer, which is "
            "asked `~HS` before each one; targets with `print_label = true` need it.",
            default=None,
            checks=(address(DEFAULT_PRINTER_PORT),),
            default_doc="unset (no labels)",
        ),
        Option(
            "printer_queue",
            str,
            "Instead of `printer`: a CUPS raw queue the labels go through (`lp -d QUEUE -o "
            "raw`; set it up with `lpadmin -p QUEUE -E -v socket://PRINTER:9100 -m raw`). Each "
            "label is waited for until CUPS has sent it; one still queued after 15 s is "
            "cancelled, so it cannot print late, and flagged for reprint (docs/labels.md).",
            default=None,
            checks=(_queue_name,),
            default_doc="unset (no CUPS)",
        ),
        Option(
            "scanner_port",
            str,
            "A barcode scanner on a serial port (USB-CDC or RS-232; a /dev/serial/by-id/ link is "
            "stable across replugging) that sends each code followed by CR, LF or CR LF. Its "
            "codes go where a keyboard scanner's go: the label check-scan, `SLOT:` codes, a "
            "waiting slot's label (docs/operator.md). A keyboard scanner works with or without it.",
            default=None,
            checks=(_scanner_port,),
            type_doc="string (path)",
            default_doc="unset (keyboard scanners only)",
        ),
        Option(
            "scanner_baud",
            int,
            "1200 to 115200. The serial scanner's speed (USB-CDC scanners ignore it).",
            default=SCANNER_BAUD,
            checks=(between(1200, 115200),),
        ),
        Option(
            "mes_url",
            str,
            "The MES route facade's base URL (docs/mes.md, docs/mes-facade.openapi.json); "
            "`https`, plain `http` only to `127.0.0.1`/`localhost`. Targets with `mes_recipe` "
            "need it.",
            default=None,
            checks=(_mes_url,),
            default_doc="unset (no MES)",
        ),
        Option(
            "mes_timeout_s",
            int,
            "1 to 60. The hard total deadline of each call to the MES, however it trickles.",
            default=DEFAULT_MES_TIMEOUT_S,
            checks=(between(1, 60),),
        ),
    ),
)
