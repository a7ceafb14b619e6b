"""Pairing's engine: register, unregister, authenticate a device, record a certificate.

Semantics follow Astarte's `Engine` and `DataAccess.Device.register`: re-registering a pending
device rotates its secret and replaces its introspection but keeps `first_registration`;
a confirmed device is refused; the registration limit counts rows and only stops new devices;
unregister clears the secret and `first_credentials_request` and nothing else.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import hashlib
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field

from station.sandbox.pairing.credentials import SecretVerifier, generate_secret, hash_secret
from station.sandbox.pairing.state import DeviceRow, PairingState
from station.secret import Secret


def utc_now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


class RegisterError(enum.Enum):
    LIMIT_REACHED = "device_registration_limit_reached"
    ALREADY_REGISTERED = "already_registered"


class DeviceCheck(enum.Enum):
    OK = "ok"
    NOT_FOUND = "device_not_found"
    FORBIDDEN = "forbidden"


@dataclass(frozen=True)
class Introspection:
    majors: dict[str, int] = field(default_factory=dict)
    minors: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_request(cls, entries: Mapping[str, Mapping[str, int]]) -> Introspection:
        return cls(
            {name: int(v["major"]) for name, v in entries.items()},
            {name: int(v["minor"]) for name, v in entries.items()},
        )


class IssuedSecrets:
    """Fingerprints of every secret handed out; plaintexts only when a test opts in.

    The engine's secret-scan test looks for every issued secret in logs, exports and files;
    it needs the texts, so `record` keeps them as `Secret` objects, in memory only.
    """

    def __init__(self, record: bool) -> None:
        self._record = record
        self._lock = threading.Lock()
        self._fingerprints: list[str] = []
        self._secrets: list[Secret] = []

    def add(self, secret: str) -> None:
        with self._lock:
            self._fingerprints.append(hashlib.sha256(secret.encode("utf-8")).hexdigest())
            if self._record:
                self._secrets.append(Secret(secret))

    def fingerprints(self) -> list[str]:
        with self._lock:
            return list(self._fingerprints)

    def secrets(self) -> list[Secret]:
        if not self._record:
            raise RuntimeError("start the stand-in with record_issued_secrets=True")
        with self._lock:
            return list(self._secrets)


class DeviceRegistry:
    def __init__(self, state: PairingState, bcrypt_cost: int, issued: IssuedSecrets) -> None:
        if not 4 <= bcrypt_cost <= 31:
            raise ValueError("bcrypt cost must be between 4 and 31")
        self.state = state
        self.bcrypt_cost = bcrypt_cost
        self.verifier = SecretVerifier()
        self.issued = issued

    def _limit_reached(self, realm: str, device_id: str) -> bool:
        rows = self.state.realm(realm)
        if device_id in rows.devices or rows.registration_limit is None:
            return False
        return len(rows.devices) >= rows.registration_limit

    def register(
        self, realm: str, device_id: str, introspection: Introspection
    ) -> str | RegisterError:
        with self.state.lock:
            if self._limit_reached(realm, device_id):
                return RegisterError.LIMIT_REACHED
        # Astarte hashes before it looks at the row, so even a refused re-registration of a
        # confirmed device costs a bcrypt round; hashing outside the lock keeps others going.
        secret = generate_secret()
        secret_hash = hash_secret(secret, self.bcrypt_cost)
        with self.state.lock:
            if self._limit_reached(realm, device_id):
                return RegisterError.LIMIT_REACHED
            rows = self.state.realm(realm)
            row = rows.devices.get(device_id)
            if row is None:
                rows.devices[device_id] = DeviceRow(
                    device_id=device_id,
                    secret_hash=secret_hash,
                    first_registration=utc_now_iso(),
                    introspection=dict(introspection.majors),
                    introspection_minor=dict(introspection.minors),
                )
            elif row.first_credentials_request is not None:
                return RegisterError.ALREADY_REGISTERED
            else:
                row.secret_hash = secret_hash
                row.inhibit_credentials_request = False
                row.protocol_revision = 0
                row.introspection = dict(introspection.majors)
                row.introspection_minor = dict(introspection.minors)
            self.state.save_device(realm, rows.devices[device_id])
        self.issued.add(secret)
        return secret

    def unregister(self, realm: str, device_id: str) -> bool:
        with self.state.lock:
            row = self.state.realm(realm).devices.get(device_id)
            if row is None:
                return False
            row.secret_hash = None
            row.first_credentials_request = None
            self.state.save_device(realm, row)
            return True

    def authenticate(self, realm: str, device_id: str, secret: str) -> DeviceCheck:
        with self.state.lock:
            row = self.state.realm(realm).devices.get(device_id)
            stored = None if row is None else row.secret_hash
        if row is None:
            return DeviceCheck.NOT_FOUND
        if not self.verifier.verify(secret, stored):
            return DeviceCheck.FORBIDDEN
        return DeviceCheck.OK

    def row_copy(self, realm: str, device_id: str) -> DeviceRow | None:
        """A snapshot the caller may read without the lock: its lists and dicts are copies too."""
        with self.state.lock:
            row = self.state.realm(realm).devices.get(device_id)
            return None if row is None else copy.deepcopy(row)

    def record_credentials(
        self, realm: str, device_id: str, serial_hex: str, aki_hex: str, client_ip: str
    ) -> None:
        with self.state.lock:
            row = self.state.realm(realm).devices[device_id]
            if row.cert_serial is not None:
                row.revoked_serials.append(row.cert_serial)
            row.cert_serial = serial_hex
            row.cert_aki = aki_hex
            row.last_credentials_request_ip = client_ip
            if row.first_credentials_request is None:
                row.first_credentials_request = utc_now_iso()
            self.state.save_device(realm, row)

    def put_device(
        self,
        realm: str,
        device_id: str,
        secret: str | None,
        *,
        confirmed: bool,
        inhibited: bool,
    ) -> None:
        """Insert or overwrite a row directly, as Astarte's tests seed their database."""
        secret_hash = None if secret is None else hash_secret(secret, self.bcrypt_cost)
        with self.state.lock:
            rows = self.state.realm(realm)
            now = utc_now_iso()
            old = rows.devices.get(device_id)
            rows.devices[device_id] = DeviceRow(
                device_id=device_id,
                secret_hash=secret_hash,
                first_registration=now if old is None else old.first_registration,
                first_credentials_request=now if confirmed else None,
                inhibit_credentials_request=inhibited,
            )
            self.state.save_device(realm, rows.devices[device_id])

    def set_inhibited(self, realm: str, device_id: str, inhibited: bool) -> None:
        with self.state.lock:
            row = self.state.realm(realm).devices[device_id]
            row.inhibit_credentials_request = inhibited
            self.state.save_device(realm, row)

    def set_registration_limit(self, realm: str, limit: int | None) -> None:
        with self.state.lock:
            self.state.realm(realm).registration_limit = limit
            self.state.save_realm(realm)
