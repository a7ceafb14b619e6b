"""The fleet demo: two stations provisioning through one central PostgreSQL.

Every step is the production command, run as its own process, because two stations are two
PCs: plant IT's `station fleet init-db` and `add-station` against a throwaway cluster
(`station.sandbox.pgcluster`) that serves TCP over TLS only, with a certificate from a CA made
for the run which the stations verify (`station.sandbox.pg_tls`, `[fleet] ca_file`), each
station's `station fleet set-password` into the OS keyring, then `station provision` on both
stations at once and `station fleet ship --until-idle`.

Each station has its own simulated fixture and journal; both register into the one Pairing
stand-in. Slot 1 of both fixtures holds a unit with the same hardware ID, so the same device ID
(two units flashed with the same MAC, or one unit moved between lines): the centre's claim must
let exactly one station register it. The outcome is read back with `psql`, a client independent
of the station's own.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from station.demo import DEMO_REALM, DemoEnvironment
from station.errors import UsageError
from station.pairing.keystore import delete as delete_keyring_entries
from station.sandbox.pg_tls import enable_tls
from station.sandbox.pgcluster import PgCluster, find_bindir, start_cluster
from station.sandbox.sim import storage

SHARED_SLOT = "1"
STATION_COUNT = 2
# A station command that hangs must not hang the demo (or a test) for ever.
STEP_TIMEOUT_S = 300


@dataclass(frozen=True)
class SlotOutcome:
    """One slot's result as `station provision --json` printed it."""

    station: str
    slot: str
    result: str
    device_id: str | None
    error_class: str | None
    message: str


@dataclass(frozen=True)
class FleetOutcome:
    shared_device_id: str
    slots: list[SlotOutcome]
    #: The centre's claim rows for the shared ID: (station, state).
    claims: list[tuple[str, str]]
    #: The units, on either fixture, whose storage holds credentials for the shared ID.
    holders: list[str]
    #: Events at the centre by station.
    shipped: dict[str, int]

    @property
    def shared(self) -> list[SlotOutcome]:
        return [s for s in self.slots if s.slot == SHARED_SLOT]

    @property
    def registered_once(self) -> bool:
        passed = [s for s in self.shared if s.result in ("PASS", "RECOVERED")]
        return (
            len(passed) == 1
            and self.claims == [(passed[0].station, "done")]
            and self.holders == [passed[0].station]
        )

    @property
    def others_passed(self) -> bool:
        return all(s.result in ("PASS", "RECOVERED") for s in self.slots if s.slot != SHARED_SLOT)


class FleetDemo:
    """A centre, two stations' environments with one shared unit, and the keyring entries."""

    def __init__(self, workdir: Path, slots: int = 2, *, bcrypt_cost: int = 8) -> None:
        self.workdir = Path(workdir)
        self.slots = slots
        self.bcrypt_cost = bcrypt_cost
        self.cluster: PgCluster | None = None
        self.ca_file: Path | None = None
        self.database = ""
        # Unique per run: the keyring outlives the throwaway cluster and may hold real entries.
        suffix = secrets.token_hex(3)
        self.names = [f"demo-line-{n}-{suffix}" for n in range(1, STATION_COUNT + 1)]
        self.envs: list[DemoEnvironment] = []
        self._stored: list[str] = []

    def __enter__(self) -> FleetDemo:
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
        bindir = find_bindir()
        if bindir is None:
            raise UsageError(
                "The fleet demo needs PostgreSQL's server programs (initdb, pg_ctl), which are "
                "not installed.",
                "Install Debian's postgresql package (`sudo tools/debian-deps.sh` does), then run "
                "the demo again.",
            )
        try:
            self.cluster = start_cluster(bindir, max_connections=50)
            # As plant IT sets the centre up: TLS from a CA, which the stations verify.
            self.ca_file = enable_tls(self.cluster, self.workdir / "centre-ca")
            self.database = self.cluster.create_database()
            admin = self.cluster.admin_dsn(self.database)
            self._station("fleet", "init-db", "--dsn", admin)
            for name in self.names:
                self.envs.append(self._environment(name))
                password = secrets.token_urlsafe(24)
                self._station("fleet", "add-station", name, "--dsn", admin, "--password-stdin",
                              stdin=password)  # fmt: skip
                config = str(self.envs[-1].config_path)
                self._station("fleet", "set-password", "--config", config, stdin=password)
                self._stored.append(name)
        except BaseException:
            self.stop()
            raise

    def _environment(self, name: str) -> DemoEnvironment:
        assert self.cluster is not None
        first = self.envs[0] if self.envs else None
        env = DemoEnvironment(
            self.workdir / name,
            slots=self.slots,
            bcrypt_cost=self.bcrypt_cost,
            station_id=name,
            fleet={
                "host": "127.0.0.1",
                "port": self.cluster.port,
                "database": self.database,
                "role": name,
                "ca_file": str(self.ca_file),
            },
            pairing_from=first,
        )
        if first is not None:
            # The same unit's identity on this fixture's slot too: same hardware ID, same
            # serial, so the station derives the same device ID.
            source = storage.state_path(first.fixture_dir, SHARED_SLOT)
            storage.save(storage.state_path(env.fixture_dir, SHARED_SLOT), storage.load(source))
        env.start()
        return env

    def stop(self) -> None:
        for env in reversed(self.envs):
            env.stop()
        self.envs = []
        for name in self._stored:
            with contextlib.suppress(Exception):  # the keyring went away: nothing to tidy
                delete_keyring_entries(name, "fleet-password")
        self._stored = []
        if self.cluster is not None:
            self.cluster.destroy()
            self.cluster = None

    # -- the demo ----------------------------------------------------------------------------

    def run(self, operator: str = "Demo operator") -> FleetOutcome:
        """Provision both stations at once, ship both journals, read the centre."""
        procs = [
            subprocess.Popen(
                [*_provision_command(env.config_path), "--operator", operator],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for env in self.envs
        ]
        slots: list[SlotOutcome] = []
        for name, proc in zip(self.names, procs, strict=True):
            out, err = proc.communicate(timeout=STEP_TIMEOUT_S)
            if proc.returncode not in (0, 1):  # 1: not every slot passed, which is expected
                raise UsageError(
                    f"`station provision` of {name} failed: {err.strip()}",
                    "Fix what it names and run the demo again.",
                )
            slots += [_slot(name, json.loads(line)) for line in out.splitlines() if line]
        self._ship_all()
        return self._outcome(slots)

    def run_windows(
        self, operator: str | None, *, auto_provision: bool = False, exit_when_done: bool = False
    ) -> FleetOutcome:
        """One operator window per station process (`station gui`); once both are closed, ship
        both journals and read the centre, whose attempts are then the stations' results."""
        flags = ["--operator", operator] if operator else []
        flags += ["--auto-provision"] if auto_provision else []
        flags += ["--exit-when-done"] if exit_when_done else []
        procs = [
            subprocess.Popen([*_station_command(), "gui", "--config", str(env.config_path), *flags])
            for env in self.envs
        ]
        for proc in procs:
            proc.wait()  # the operator closes the window; no deadline on a person
        self._ship_all()
        slots = [
            SlotOutcome(station, slot, result, device_id or None, error_class or None, message)
            for station, slot, result, device_id, error_class, message in self._query(
                "SELECT DISTINCT ON (station_id, slot) station_id, slot, coalesce(result, ''), "
                "coalesce(device_id, ''), coalesce(error_class, ''), "
                "replace(coalesce(message, ''), E'\\n', ' ') "
                "FROM fleet.attempts ORDER BY station_id, slot, started_at DESC"
            )
        ]
        return self._outcome(slots)

    def _ship_all(self) -> None:
        for env in self.envs:
            self._station("fleet", "ship", "--config", str(env.config_path), "--until-idle")

    def _outcome(self, slots: list[SlotOutcome]) -> FleetOutcome:
        shared_id = self._shared_device_id(slots)
        return FleetOutcome(
            shared_device_id=shared_id,
            slots=slots,
            claims=[
                (row[0], row[1])
                for row in self._query(
                    "SELECT station_id, state FROM fleet.claims "
                    "WHERE realm = :'realm' AND device_id = :'device' ORDER BY station_id",
                    realm=DEMO_REALM,
                    device=shared_id,
                )
            ],
            holders=[
                name
                for name, env in zip(self.names, self.envs, strict=True)
                if _holds(env, shared_id)
            ],
            shipped={
                row[0]: int(row[1])
                for row in self._query(
                    "SELECT station_id, count(*) FROM fleet.events GROUP BY station_id"
                )
            },
        )

    def _shared_device_id(self, slots: Sequence[SlotOutcome]) -> str:
        ids = {s.device_id for s in slots if s.slot == SHARED_SLOT and s.device_id}
        if len(ids) != 1:
            raise UsageError(
                f"The shared unit was not read as one device ID on both stations: {sorted(ids)}.",
                "Look at each station's slot 1 result above; the simulated devices' logs are in "
                f"{self.workdir}.",
            )
        return ids.pop()

    def _station(self, *args: str, stdin: str | None = None) -> str:
        done = subprocess.run(
            [*_station_command(), *args],
            input=None if stdin is None else stdin + "\n",
            check=False,  # a failure is explained below, with the command's own words
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT_S,
        )
        if done.returncode != 0:
            command = " ".join(a for a in args if not a.startswith(("host=", "/")))
            raise UsageError(
                f"The fleet demo's step `station {command}` failed: "
                f"{(done.stderr or done.stdout).strip()}",
                "Fix what it names above and run the demo again.",
            )
        return done.stdout

    def _query(self, sql: str, **values: str) -> list[list[str]]:
        assert self.cluster is not None
        return self.cluster.query(self.database, sql, **values)


def _station_command() -> list[str]:
    return [sys.executable, "-m", "station"]


def _provision_command(config: Path) -> list[str]:
    return [*_station_command(), "provision", "--config", str(config), "--json"]


def _slot(station: str, record: dict[str, Any]) -> SlotOutcome:
    return SlotOutcome(
        station=station,
        slot=str(record["slot"]),
        result=str(record["result"]),
        device_id=record.get("device_id"),
        error_class=record.get("error_class"),
        message=str(record.get("message") or ""),
    )


def _holds(env: DemoEnvironment, device_id: str) -> bool:
    assert env.fixture is not None
    record = env.fixture.inspect().get(SHARED_SLOT, {}).get("record") or {}
    return bool(record.get("device_id") == device_id)


def run_headless(workdir: Path, slots: int, operator: str, out: TextIO) -> int:
    """`station demo --fleet --headless`: 0 when the shared ID was registered exactly once,
    every other unit passed and both journals reached the centre."""
    return run_demo(workdir, slots, operator, out, windows=False)


def run_demo(
    workdir: Path,
    slots: int,
    operator: str,
    out: TextIO,
    *,
    windows: bool,
    auto_provision: bool = False,
    exit_when_done: bool = False,
) -> int:
    """The fleet demo, headless or with one operator window per station (each its own
    process); the verdict is printed either way."""
    with _terminate_unwinds():
        return _run_demo(
            workdir,
            slots,
            operator,
            out,
            windows=windows,
            auto_provision=auto_provision,
            exit_when_done=exit_when_done,
        )


@contextlib.contextmanager
def _terminate_unwinds() -> Iterator[None]:
    """SIGTERM (a `timeout`, a closed session) unwinds like Ctrl-C, so the demo still stops its
    PostgreSQL server and removes its keyring entries instead of leaving them behind."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run_demo(
    workdir: Path,
    slots: int,
    operator: str,
    out: TextIO,
    *,
    windows: bool,
    auto_provision: bool,
    exit_when_done: bool,
) -> int:
    with FleetDemo(workdir, slots) as demo:
        assert demo.cluster is not None
        first = demo.envs[0]
        out.write(
            f"fleet demo: centre PostgreSQL at 127.0.0.1:{demo.cluster.port} (database "
            f"{demo.database}, throwaway); stations {', '.join(demo.names)}, {slots} simulated "
            f"devices each, one Pairing stand-in at {first.pairing_url}\n"
            f"fleet demo: slot {SHARED_SLOT} of both fixtures holds a unit with the same "
            + (
                "hardware ID; one operator window per station: press Provision in both, then "
                "close them for the verdict\n"
                if windows and not auto_provision
                else "hardware ID; both stations provision at once\n"
            )
        )
        out.flush()
        if windows:
            outcome = demo.run_windows(
                operator if auto_provision else None,
                auto_provision=auto_provision,
                exit_when_done=exit_when_done,
            )
        else:
            outcome = demo.run(operator)
        for s in outcome.slots:
            line = f"  {s.station} slot {s.slot}: {s.result}  device {s.device_id}"
            if s.result not in ("PASS", "RECOVERED"):
                line += f"\n      {s.error_class}: {s.message}"
            out.write(line + "\n")
        out.write(_verdict(outcome) + "\n")
        for name in demo.names:
            out.write(
                f"fleet demo: {name}'s journal at the centre: {outcome.shipped.get(name, 0)} "
                "events, all of it (`station fleet ship --until-idle` found nothing left)\n"
            )
        out.flush()
        shipped = all(outcome.shipped.get(name, 0) > 0 for name in demo.names)
        return 0 if outcome.registered_once and outcome.others_passed and shipped else 1


def _verdict(outcome: FleetOutcome) -> str:
    if not outcome.registered_once:
        return (
            f"fleet demo: FAILED: device ID {outcome.shared_device_id} was not registered "
            f"exactly once (claims {outcome.claims}, credentials on {outcome.holders})"
        )
    winner = outcome.holders[0]
    refused = ", ".join(s.station for s in outcome.shared if s.station != winner)
    return (
        f"fleet demo: device ID {outcome.shared_device_id} registered exactly once, by {winner} "
        f"(its claim is done at the centre); {refused} refused it by the claim and registered "
        "nothing"
    )


__all__ = ["FleetDemo", "FleetOutcome", "SlotOutcome", "run_demo", "run_headless"]
