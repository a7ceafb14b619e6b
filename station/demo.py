"""The demo environment: simulated devices, a local Pairing stand-in, and a configuration for them.

`station demo` (with or without a window), the GUI tests and the end-to-end tests all start the
station this way, so the demo exercises the production paths: the station reads the TOML file
written here, trusts the stand-in through the target's CA bundle, and gets its tokens by running
a token command (`station sandbox mint-token`) exactly as a plant's vault helper would be run.

The realm's private key is written (mode 0600) into the work directory, because that is what the
token command signs with; it is sandbox test material, never a real realm's key.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from station.config.model import CURRENT_SCHEMA_VERSION
from station.config.toml_writer import dumps
from station.sandbox.device_process import START_TIMEOUT_S
from station.sandbox.fixture import SimulatedFixture
from station.sandbox.mes import MesStandIn
from station.sandbox.pairing.keys import generate_ec_keypair, write_keypair
from station.sandbox.pairing.standin import PairingStandIn
from station.sandbox.printer import FakeLabelPrinter
from station.sandbox.scanner import PtyScanner
from station.sandbox.tower import PtyTower

DEMO_REALM = "demo"
DEMO_TARGET = "demo"
DEMO_FIXTURE = "demo-fixture"
DEMO_STATION_ID = "demo-station"
DEMO_RECIPE = "demo-recipe"
# Fixed so that a kept work directory derives the same device IDs run after run.
DEMO_NAMESPACE = uuid.UUID("6f1d0c52-3b7e-5a4c-9d8e-2f0a1b3c4d5e")
CONFIG_FILE = "station.toml"
# A demo profile: the station's profile kind and the firmware the simulated devices run.
DEMO_PROFILES: dict[str, tuple[str, str]] = {
    "smp": ("smp-provisioning", "smp"),
    "zephyr": ("zephyr-mcumgr-fs", "zephyr"),
    "esp32": ("esp32-astarte-nvs", "esp32"),
}
MIXED = "mixed"  # the slots take these demo profiles in turn, so a fixture shows one of each
# ESP32 slots stay out of a mixed fixture: their device ID is the SDK's own (rule "device"),
# while the other demo devices take IDs the station derives.
MIXED_PROFILES = ("smp", "zephyr")


def slot_profiles(profile: str, slots: int) -> list[str]:
    """The demo profile of each slot, in slot order."""
    if profile == MIXED:
        return [MIXED_PROFILES[i % len(MIXED_PROFILES)] for i in range(slots)]
    if profile not in DEMO_PROFILES:
        raise ValueError(f"unknown demo profile {profile!r}")
    return [profile] * slots


class DemoEnvironment:
    def __init__(
        self,
        workdir: Path,
        slots: int = 4,
        storage: str = "otp",
        faults: str = "",
        baud: int | None = None,
        *,
        bcrypt_cost: int = 8,
        pairing_latency_s: float = 0.0,
        record_issued_secrets: bool = False,
        max_in_flight: int = 4,
        profile: str = "smp",
        firmware: Mapping[str, str] | None = None,
        line: bool = False,
        check_scan: bool = False,
        device_start_timeout_s: float = START_TIMEOUT_S,
        station_id: str = DEMO_STATION_ID,
        fleet: Mapping[str, Any] | None = None,
        pairing_from: DemoEnvironment | None = None,
        fixture_dir: Path | None = None,
    ) -> None:
        self.workdir = Path(workdir)
        self.station_id = station_id
        # The configuration's [fleet] table, for a station of the fleet demo.
        self.fleet = dict(fleet) if fleet is not None else None
        # Another environment whose Pairing stand-in (and realm key) this one uses: stations of
        # one plant register into the same realm. The owner starts and stops it.
        self.pairing_from = pairing_from
        # How long each simulated device may take to start (a bench starting 64 interpreters
        # on a loaded machine needs longer than the tests' default).
        self.device_start_timeout_s = device_start_timeout_s
        self.profile = profile
        self.slot_profiles = slot_profiles(profile, slots)
        # Per-slot simulator firmware overrides, e.g. {"2": "zephyr:fs_full"} for a fault.
        self.firmware = dict(firmware or {})
        self.slots = slots
        self.storage = storage
        self.faults = faults
        self.baud = baud
        self.bcrypt_cost = bcrypt_cost
        self.pairing_latency_s = pairing_latency_s
        self.record_issued_secrets = record_issued_secrets
        self.max_in_flight = max_in_flight
        self.fixture: SimulatedFixture | None = None
        self.standin: PairingStandIn | None = None
        # With `line`: a loopback label printer, a serial tower light on a pty and an MES.
        self.line = line
        self.mes: MesStandIn | None = None
        self.printer: FakeLabelPrinter | None = None
        self.tower: PtyTower | None = None
        # With `check_scan` (and `line`): the target checks each label, and a serial scanner
        # on a pty scans each label the printer takes in, as the operator would.
        self.check_scan = check_scan and line
        self.scanner: PtyScanner | None = None
        self.fixture_name = DEMO_FIXTURE
        self.target_name = DEMO_TARGET
        self.realm = DEMO_REALM
        self.config_path = self.workdir / CONFIG_FILE
        self.journal_path = self.workdir / "journal.db"
        # Where the simulated devices keep their memory (a bench puts it in RAM: a device's
        # flash is not the PC's disk, and its fsyncs are not the station's time).
        self.fixture_dir = Path(fixture_dir) if fixture_dir else self.workdir / "fixture"
        self.private_key_path = self.workdir / "keys" / f"{DEMO_REALM}_private.pem"

    # -- life cycle ----------------------------------------------------------------------------

    def __enter__(self) -> DemoEnvironment:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        try:
            self.standin = self._start_standin()
            self.fixture = SimulatedFixture(
                self.fixture_dir,
                slots=self.slots,
                storage=self.storage,
                baud=self.baud,
                faults=self.faults,
                start_timeout=self.device_start_timeout_s,
                firmware={
                    str(i): self.firmware.get(str(i), DEMO_PROFILES[name][1])
                    for i, name in enumerate(self.slot_profiles, start=1)
                },
            )
            self.fixture.start()
            if self.line:
                self.printer = FakeLabelPrinter().start()
                self.mes = MesStandIn().start()
                self.tower = PtyTower(self.workdir / "tower").start()
            if self.check_scan and self.printer is not None:
                self.scanner = PtyScanner(self.workdir / "scanner").start()
                self.printer.on_label = self.scanner.label_printed
            self.write_config()
        except BaseException:
            self.stop()
            raise

    def _start_standin(self) -> PairingStandIn:
        if self.pairing_from is not None:
            self.private_key_path = self.pairing_from.private_key_path
            return self.pairing_from._standin
        public_path = self.private_key_path.with_name(f"{DEMO_REALM}_public.pem")
        if not self.private_key_path.exists():
            write_keypair(generate_ec_keypair(), DEMO_REALM, self.private_key_path.parent)
        return PairingStandIn(
            self.workdir / "pairing",
            realms={DEMO_REALM: public_path.read_bytes()},
            bcrypt_cost=self.bcrypt_cost,
            latency_s=self.pairing_latency_s,
            record_issued_secrets=self.record_issued_secrets,
        ).start()

    def stop(self) -> None:
        fixture, standin = self.fixture, self.standin
        self.fixture = self.standin = None
        if self.pairing_from is not None:
            standin = None  # borrowed: its owner stops it
        printer, tower, mes, scanner = self.printer, self.tower, self.mes, self.scanner
        self.printer, self.tower, self.mes, self.scanner = None, None, None, None
        if scanner is not None:
            scanner.stop()
        if mes is not None:
            mes.stop()
        if tower is not None:
            tower.stop()
        if printer is not None:
            printer.stop()
        try:
            if fixture is not None:
                fixture.stop()
        finally:
            if standin is not None:
                standin.stop()

    # -- views ---------------------------------------------------------------------------------

    @property
    def pairing_url(self) -> str:
        return self._standin.base_url

    @property
    def _standin(self) -> PairingStandIn:
        if self.standin is None:
            raise RuntimeError("start the demo environment first")
        return self.standin

    @property
    def _fixture(self) -> SimulatedFixture:
        if self.fixture is None:
            raise RuntimeError("start the demo environment first")
        return self.fixture

    def token_command(self, ttl_s: int = 300) -> list[str]:
        return [
            sys.executable,
            "-m",
            "station",
            "sandbox",
            "mint-token",
            "--key",
            str(self.private_key_path),
            "--realm",
            DEMO_REALM,
            "--ttl",
            str(ttl_s),
        ]

    def config_document(self, **target_changes: Any) -> dict[str, Any]:
        """The configuration as a TOML-ready document; `target_changes` override target keys."""
        ports = self._fixture.ports
        target: dict[str, Any] = {
            "pairing_url": self.pairing_url,
            "realm": DEMO_REALM,
            "token_source": "command",
            "token_command": self.token_command(),
            "ca_bundle": str(self._standin.ca_path),
            "device_id_rule": "uuid5",
            "device_id_namespace": str(DEMO_NAMESPACE),
            "device_id_field": "hardware_id",
            "accepted_storage": ["otp", "secure"]
            + (["file"] if "zephyr" in self.slot_profiles else []),
            "max_registrations_in_flight": self.max_in_flight,
        }
        esp32 = "esp32" in self.slot_profiles
        if esp32:
            # The Astarte ESP32 SDK registers its own hardware ID as its device ID.
            target.update(device_id_rule="device", accepted_storage=["nvs"])
            del target["device_id_namespace"], target["device_id_field"]
        if self.printer is not None:
            target["print_label"] = True
        if self.scanner is not None:
            target["check_scan"] = True
        if self.mes is not None:
            target["mes_recipe"] = DEMO_RECIPE
        target.update(target_changes)
        fixture: dict[str, Any] = {
            "name": DEMO_FIXTURE,
            "active_target": DEMO_TARGET,
            "auto_start": False,
            "slots": [{"name": slot, "port": ports[slot]} for slot in self._fixture.slots],
        }
        kinds = [DEMO_PROFILES[name][0] for name in self.slot_profiles]
        if len(set(kinds)) == 1:
            if kinds[0] != DEMO_PROFILES["smp"][0]:  # the default profile goes unsaid
                fixture["profile"] = kinds[0]
        else:
            for slot, kind in zip(fixture["slots"], kinds, strict=True):
                slot["profile"] = kind
        if self.baud is not None:
            fixture["baud"] = self.baud
        document: dict[str, Any] = {
            "schema_version": CURRENT_SCHEMA_VERSION,
            "station_id": self.station_id,
            "journal_path": str(self.journal_path),
            "targets": {DEMO_TARGET: target},
            "fixtures": [fixture],
        }
        if self.fleet is not None:
            document["fleet"] = dict(self.fleet)
        self._add_line(document, fixture)
        if esp32:
            # A pty has no DTR/RTS lines to pulse: the simulated chips sit in their bootloader
            # already, and a hard reset into the application could not happen either.
            document["profiles"] = {
                DEMO_PROFILES["esp32"][0]: {"reset": "no_reset", "reset_after": False}
            }
        return document

    def _add_line(self, document: dict[str, Any], fixture: dict[str, Any]) -> None:
        """The line's stand-ins, where the demo started them."""
        if self.printer is not None:
            document["line"] = {"printer": f"127.0.0.1:{self.printer.port}"}
        if self.mes is not None:
            document.setdefault("line", {})["mes_url"] = self.mes.url
        if self.scanner is not None:
            document.setdefault("line", {})["scanner_port"] = self.scanner.port
        if self.tower is not None:
            fixture.update(tower="serial", tower_port=self.tower.port)

    def write_config(self, **target_changes: Any) -> Path:
        """(Re)write the configuration, e.g. after a device was replugged on a new pty."""
        self.config_path.write_text(dumps(self.config_document(**target_changes)), "utf-8")
        return self.config_path


def demo_environment(
    args: argparse.Namespace, workdir: Path, *, check_scan: bool | None = None
) -> DemoEnvironment:
    """The demo's environment in `workdir` (started when entered) with every line stand-in,
    from `station demo`'s parsed arguments (`station.demo_cli`), with or without a window. Each
    printed label is scanned back if `check_scan` says so, by default if `--check-scan` was
    given."""
    return DemoEnvironment(
        workdir,
        slots=args.slots,
        storage=args.storage,
        faults=args.faults or "",
        baud=args.baud,
        profile=args.profile,
        line=True,
        check_scan=args.check_scan if check_scan is None else check_scan,
    )
