"""What Pairing keeps per realm and device, persisted so a stand-in restart keeps devices.

The rows mirror the columns Pairing reads and writes in a realm's `devices` table. The file is
JSON, replaced atomically after every change and before the HTTP answer goes out, so a stand-in
killed at any moment restarts with either the old or the new row, like a database would.
Secrets are only present as bcrypt hashes, as in Astarte.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

STATE_FILE = "pairing-state.json"
_FORMAT = 1


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
    """Realms' rows behind one lock; every mutation happens in `with state.lock:`."""

    def __init__(self, state_dir: Path) -> None:
        self._path = state_dir / STATE_FILE
        self.lock = threading.RLock()
        self.realms: dict[str, RealmRows] = {}
        if self._path.exists():
            self._load()

    def realm(self, name: str) -> RealmRows:
        with self.lock:
            return self.realms.setdefault(name, RealmRows())

    def _load(self) -> None:
        raw = json.loads(self._path.read_text(encoding="utf-8"))
        if raw.get("format") != _FORMAT:
            raise ValueError(f"{self._path} has an unknown format {raw.get('format')!r}")
        for name, realm in raw["realms"].items():
            rows = RealmRows(registration_limit=realm.get("registration_limit"))
            for device_id, row in realm["devices"].items():
                rows.devices[device_id] = DeviceRow(**row)
            self.realms[name] = rows

    def save(self) -> None:
        """Write the whole state and swap it in; called with the lock held."""
        payload: dict[str, Any] = {
            "format": _FORMAT,
            "realms": {
                name: {
                    "registration_limit": rows.registration_limit,
                    "devices": {k: asdict(v) for k, v in rows.devices.items()},
                }
                for name, rows in self.realms.items()
            },
        }
        fd, tmp = tempfile.mkstemp(prefix=".pairing-state.", dir=self._path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(payload, fh, separators=(",", ":"))
            # No fsync: the stand-in must survive its own process dying, not a power cut.
            os.replace(tmp, self._path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
