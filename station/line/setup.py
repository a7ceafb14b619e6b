"""From the configuration to a fixture's `LineSignals`: its tower driver, the sound, the labels.

A label template that cannot be read or is not a safe template stops the start with a
`ConfigError` naming the file, as any wrong setting does; an unreachable tower or printer does
not (they are reported when used, and the line goes on without them).
"""

from __future__ import annotations

from station.config.model import (
    DEFAULT_PRINTER_PORT,
    DEFAULT_TOWER_NET_PORT,
    FixtureConfig,
    StationConfig,
    split_address,
)
from station.engine.events import EventSink, StationNotice
from station.journal import Journal
from station.line.labels import LabelDesk, LabelPrinter
from station.line.signals import LineSignals, TowerOpener
from station.peripherals.label_template import template_of
from station.peripherals.printer import RawTcpPrinter
from station.peripherals.printer_cups import CupsPrinter
from station.peripherals.sound import SoundPlayer, SoundUnavailable
from station.peripherals.tower import TowerLight
from station.peripherals.tower_patlite import PatliteUsbTower, PnsTower
from station.peripherals.tower_serial import SerialTower


def line_signals_for(
    config: StationConfig, fixture: str, journal: Journal, downstream: EventSink, operator: str
) -> LineSignals:
    fixture_config = config.fixture(fixture)
    target = config.active_target(fixture)
    labels = None
    printer = label_printer(config)
    if target.print_label and printer is not None:
        labels = LabelDesk(
            printer=printer,
            template=template_of(target.label_template, target.name),
            journal=journal,
            fixture=fixture,
            notify=downstream,
            check_scan=target.check_scan,
        )
    sound = None
    if config.line.fail_sound:

        def sound_failed(exc: SoundUnavailable) -> None:
            downstream(StationNotice.from_error("warning", exc))

        sound = SoundPlayer(config.line.sound_volume, on_failure=sound_failed)
    return LineSignals(
        downstream=downstream,
        operator=operator,
        open_tower=tower_opener(fixture_config),
        sound=sound,
        labels=labels,
    )


def label_printer(config: StationConfig) -> LabelPrinter | None:
    """The `[line]` label printer: straight over TCP, or through a CUPS raw queue."""
    if config.line.printer is not None:
        host, port = split_address(config.line.printer, DEFAULT_PRINTER_PORT)
        return RawTcpPrinter(host, port)
    if config.line.printer_queue is not None:
        return CupsPrinter(config.line.printer_queue)
    return None


def tower_opener(fixture: FixtureConfig) -> TowerOpener | None:
    """How to open the fixture's tower (None: it has none); opening may raise TowerUnavailable."""
    kind = fixture.tower
    if kind == "serial" and fixture.tower_port is not None:
        port = fixture.tower_port
        return lambda: SerialTower(port)
    if kind == "patlite-usb" and fixture.tower_port is not None:
        node = fixture.tower_port
        return lambda: PatliteUsbTower(node)
    if kind == "patlite-net" and fixture.tower_address is not None:
        host, net_port = split_address(fixture.tower_address, DEFAULT_TOWER_NET_PORT)

        def open_net() -> TowerLight:
            return PnsTower(host, net_port)

        return open_net
    return None
