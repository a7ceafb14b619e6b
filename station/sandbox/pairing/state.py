"""What Pairing keeps per realm and device, persisted so a stand-in restart keeps devices.

The rows mirror the columns Pairing reads and writes in a realm's `devices` table. They are
held in memory for reads and written through, one changed row at a time, to a SQLite file
before the HTTP answer goes out, so a stand-in killed at any moment restarts with either the
old or the new row, like Astarte's own database. Writing only the row that changed keeps a
registration's cost flat however many devices the realm holds (rewriting a whole JSON file per
change made the stand-in slower than the station it measures). Secrets are only present as
bcrypt hashes, as in Astarte.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

STATE_FILE = "pairing-state.db"
# The whole-file JSON of earlier stand-ins; imported once when found without a database.
LEGACY_STATE_FILE = "pairing-state.json"
_LEGACY_FORMAT = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS realms (
    name TEXT PRIMARY KEY,
    registration_limit INTEGER
);
CREATE TABLE IF NOT EXISTS devices (
    realm TEXT NOT NULL,
    device_id TEXT NOT NULL,
    row TEXT NOT NULL,  -- DeviceRow as JSON: the stand-in's columns, never a plaintext secret
    PRIMARY KEY (realm, device_id)
);
"""


@dataclass
class DeviceRow:
    device_id: str  # canonical 22-char id
    secret_hash: str | None
    first_registration: str  # ISO-8601 UTC
    first_credentials_request: str | None = None
    inhibit_credentials_request: bool = False
    introspection: dict[str, int] = field(default_factory=dict)
    introspection_minor: dict[str, int] = field(default_factory=dict)
    protocol_revision: int = 0
    total_received_msgs: int = 0
    cert_serial: str | None = None  # hex
    cert_aki: str | None = None
    last_credentials_request_ip: str | None = None
    revoked_serials: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.inhibit_credentials_request:
            return "inhibited"
        if self.first_credentials_request is not None:
            return "confirmed"
        return "pending"


@dataclass
class RealmRows:
    registration_limit: int | None = None
    devices: dict[str, DeviceRow] = field(default_factory=dict)


class PairingState:
    """Realms' rows behind one lock; every mutation happens in `with state.lock:` and ends
    with `save_device` or `save_realm` for what it changed.

    The file stays open only while it is used: `close` (the stand-in's stop) lets go of it and
    its WAL, and the next save opens it again. A test process starts hundreds of stand-ins; each
    one kept its three handles until garbage collection otherwise.
    """

    def __init__(self, state_dir: Path) -> None:
        self._path = state_dir / STATE_FILE
        self.lock = threading.RLock()
        self.realms: dict[str, RealmRows] = {}
        fresh = not self._path.exists()
        if fresh:
            # Created private before SQLite opens it; its WAL and index files take this mode.
            os.close(os.open(self._path, os.O_CREAT | os.O_WRONLY, 0o600))
        self._db: sqlite3.Connection | None = self._open()
        self._db.executescript(_SCHEMA)
        legacy = state_dir / LEGACY_STATE_FILE
        if fresh and legacy.exists():
            self._import_legacy(legacy)
        self._load()

    def _open(self) -> sqlite3.Connection:
        # One connection shared by the server's threads, always used under `lock`.
        db = sqlite3.connect(self._path, check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        # The stand-in must survive its own process dying, not a power cut: a committed
        # transaction is in the OS's cache either way, so no fsync is paid per registration.
        db.execute("PRAGMA synchronous=OFF")
        return db

    @property
    def _conn(self) -> sqlite3.Connection:
        """The open connection (opened again after `close`); used under `lock`."""
        if self._db is None:
            self._db = self._open()
        return self._db

    def realm(self, name: str) -> RealmRows:
        with self.lock:
            return self.realms.setdefault(name, RealmRows())

    def save_device(self, realm: str, row: DeviceRow) -> None:
        """Persist one device's row; called with the lock held, after changing it."""
        self._conn.execute(
            "INSERT OR REPLACE INTO devices (realm, device_id, row) VALUES (?, ?, ?)",
            # vars(), not asdict(): the row's fields are JSON values already, and asdict's deep
            # copy was a tenth of the stand-in's CPU per registration.
            (realm, row.device_id, json.dumps(vars(row), separators=(",", ":"))),
        )

    def save_realm(self, realm: str) -> None:
        """Persist a realm's own settings (the registration limit); called with the lock held."""
        self._conn.execute(
            "INSERT OR REPLACE INTO realms (name, registration_limit) VALUES (?, ?)",
            (realm, self.realm(realm).registration_limit),
        )

    def close(self) -> None:
        with self.lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def _load(self) -> None:
        for name, limit in self._conn.execute("SELECT name, registration_limit FROM realms"):
            self.realm(name).registration_limit = limit
        for realm, device_id, row in self._conn.execute(
            "SELECT realm, device_id, row FROM devices"
        ):
            self.realm(realm).devices[device_id] = DeviceRow(**json.loads(row))

    def _import_legacy(self, legacy: Path) -> None:
        raw = json.loads(legacy.read_text(encoding="utf-8"))
        if raw.get("format") != _LEGACY_FORMAT:
            raise ValueError(f"{legacy} has an unknown format {raw.get('format')!r}")
        db = self._conn
        with db:
            db.execute("BEGIN")
            for name, realm in raw["realms"].items():
                db.execute(
                    "INSERT OR REPLACE INTO realms (name, registration_limit) VALUES (?, ?)",
                    (name, realm.get("registration_limit")),
                )
                for device_id, row in realm["devices"].items():
                    db.execute(
                        "INSERT OR REPLACE INTO devices (realm, device_id, row) VALUES (?, ?, ?)",
                        (name, device_id, json.dumps(row, separators=(",", ":"))),
                    )
