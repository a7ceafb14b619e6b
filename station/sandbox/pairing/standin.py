"""`PairingStandIn`: a local Astarte Pairing for the demo, the tests and the benchmarks.

    with PairingStandIn(tmp, realms={"test": public_pem}, bcrypt_cost=4) as pairing:
        client = httpx.Client(verify=pairing.client_ssl_context())
        client.post(pairing.base_url + "/v1/test/agent/devices", ...)

Everything a test needs to look behind the API is here too: the stored state of a device,
whether a secret is the current one, the fingerprints of every secret issued, and knobs for
faults, health, the registration limit and the release whose bodies are imitated.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import ssl
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from station.sandbox.pairing.api import PairingApi
from station.sandbox.pairing.faults import FaultKind, FaultPlan, Faults
from station.sandbox.pairing.hw_id import canonical_id
from station.sandbox.pairing.pki import CA_FILE, CertificateAuthority
from station.sandbox.pairing.registry import DeviceRegistry, IssuedSecrets
from station.sandbox.pairing.responses import COMPAT_CHOICES, DEFAULT_VERSION, Compat
from station.sandbox.pairing.server import PairingHTTPServer
from station.sandbox.pairing.state import PairingState
from station.secret import Secret

HOST = "127.0.0.1"  # loopback only, by design
REALM_NAME = re.compile(r"[a-z][a-z0-9]{0,47}")
DEFAULT_BROKER_URL = "mqtts://broker.astarte.localhost:8883/"
PREFIX = "/pairing"


@dataclass(frozen=True)
class DeviceState:
    """A device row as a test sees it; the secret itself is never part of it."""

    device_id: str
    status: str  # pending | confirmed | inhibited
    secret_set: bool
    first_registration: str
    first_credentials_request: str | None
    inhibit_credentials_request: bool
    introspection: dict[str, tuple[int, int]]
    cert_serial: str | None
    last_credentials_request_ip: str | None


class PairingStandIn:
    def __init__(
        self,
        state_dir: Path | str,
        realms: Mapping[str, str | bytes | None] | None = None,
        *,
        tls: bool = True,
        bcrypt_cost: int = 12,
        compat: Compat = "master",
        latency_s: float = 0.0,
        port: int = 0,
        faults: Faults | None = None,
        version: str | None = None,
        broker_url: str = DEFAULT_BROKER_URL,
        cert_lifetime: dt.timedelta = dt.timedelta(days=365),
        record_issued_secrets: bool = False,
    ) -> None:
        if compat not in COMPAT_CHOICES:
            raise ValueError(f"compat must be one of {', '.join(COMPAT_CHOICES)}, not {compat!r}")
        self.state_dir = Path(state_dir)
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self.tls = tls
        self._port = port
        self._state = PairingState(self.state_dir)
        self.issued = IssuedSecrets(record_issued_secrets)
        self.registry = DeviceRegistry(self._state, bcrypt_cost, self.issued)
        self.ca = CertificateAuthority.load_or_create(self.state_dir, "Pairing stand-in CA")
        self.api = PairingApi(
            self.registry,
            self.ca,
            compat=compat,
            version=version or DEFAULT_VERSION[compat],
            broker_url=broker_url,
            cert_lifetime=cert_lifetime,
        )
        for name, key in (realms or {}).items():
            self.add_realm(name, key)
        base = faults or Faults()
        if latency_s:
            base = dataclasses.replace(base, latency_s=latency_s)
        self.fault_plan = FaultPlan(base)
        self._server: PairingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> PairingStandIn:
        if self._server is not None:
            raise RuntimeError("the Pairing stand-in is already running")
        context = None
        if self.tls:
            cert, key = self.ca.write_server_credentials(self.state_dir, (HOST, "localhost"))
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.minimum_version = ssl.TLSVersion.TLSv1_2
            context.load_cert_chain(cert, key)
        server = PairingHTTPServer((HOST, self._port), self.api, self.fault_plan, context)
        self._server = server
        self._port = server.server_address[1]
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"pairing-standin:{self._port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and let go of the state file (a later `start` or change reopens it)."""
        server, thread = self._server, self._thread
        if server is not None and thread is not None:
            server.stopping.set()
            server.shutdown()
            server.wake_connections()
            server.server_close()  # joins the connection threads
            thread.join()
            self._server = self._thread = None
        self._state.close()

    def __enter__(self) -> PairingStandIn:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    # --- addresses -------------------------------------------------------------------------

    @property
    def port(self) -> int:
        return self._port

    @property
    def service_url(self) -> str:
        """The service's own URL, as `http://host:4003` would be: no `/pairing` prefix."""
        if self._server is None:
            raise RuntimeError("start the Pairing stand-in first")
        scheme = "https" if self.tls else "http"
        return f"{scheme}://{HOST}:{self._port}"

    @property
    def base_url(self) -> str:
        """The URL as Astarte users write it, behind the ingress: `.../pairing`."""
        return self.service_url + PREFIX

    @property
    def ca_path(self) -> Path:
        return self.state_dir / CA_FILE

    def client_ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts this stand-in's CA and nothing else."""
        return ssl.create_default_context(cafile=str(self.ca_path))

    # --- realms and knobs ------------------------------------------------------------------

    def add_realm(self, name: str, public_key_pem: str | bytes | None) -> None:
        """A realm with its JWT public key; None makes a realm that no token can pass."""
        if not REALM_NAME.fullmatch(name):
            raise ValueError(f"{name!r} is not a valid Astarte realm name")
        self.api.set_realm(name, public_key_pem)
        self._state.realm(name)

    @property
    def compat(self) -> Compat:
        return self.api.compat

    def set_compat(self, compat: Compat, version: str | None = None) -> None:
        if compat not in COMPAT_CHOICES:
            raise ValueError(f"compat must be one of {', '.join(COMPAT_CHOICES)}")
        self.api.compat = compat
        self.api.version = version or DEFAULT_VERSION[compat]

    def set_health(self, healthy: bool) -> None:
        """False imitates Pairing's database being down: /health 503, realm routes 503."""
        self.api.healthy = healthy

    def set_faults(self, faults: Faults | None = None, **changes: Any) -> Faults:
        """Replace the standing faults, or change some fields: `set_faults(error_rate=0.5)`."""
        if faults is not None:
            self.fault_plan.set(faults)
        if changes or faults is None:
            return self.fault_plan.update(**changes)
        return faults

    def inject_fault(self, kind: FaultKind, count: int = 1, match: str | None = None) -> None:
        """Fail the next `count` requests whose "METHOD /path" matches `match`."""
        self.fault_plan.inject(kind, count, match)

    def clear_faults(self) -> None:
        self.fault_plan.clear()

    def set_registration_limit(self, realm: str, limit: int | None) -> None:
        self.registry.set_registration_limit(realm, limit)

    # --- looking behind the API (tests) ------------------------------------------------------

    def device_state(self, realm: str, device_id: str) -> DeviceState | None:
        row = self.registry.row_copy(realm, canonical_id(device_id))
        if row is None:
            return None
        return DeviceState(
            device_id=row.device_id,
            status=row.status,
            secret_set=row.secret_hash is not None,
            first_registration=row.first_registration,
            first_credentials_request=row.first_credentials_request,
            inhibit_credentials_request=row.inhibit_credentials_request,
            introspection={
                name: (major, row.introspection_minor.get(name, 0))
                for name, major in row.introspection.items()
            },
            cert_serial=row.cert_serial,
            last_credentials_request_ip=row.last_credentials_request_ip,
        )

    def devices(self, realm: str) -> list[str]:
        with self._state.lock:
            return sorted(self._state.realm(realm).devices)

    def check_secret(self, realm: str, device_id: str, secret: str | Secret) -> bool:
        """Whether `secret` is the device's current one, without confirming the device."""
        text = secret.reveal() if isinstance(secret, Secret) else secret
        row = self.registry.row_copy(realm, canonical_id(device_id))
        return row is not None and self.registry.verifier.verify(text, row.secret_hash)

    def issued_secret_fingerprints(self) -> list[str]:
        return self.issued.fingerprints()

    def issued_secrets(self) -> list[Secret]:
        """Every secret issued, for secret-scan tests; needs `record_issued_secrets=True`."""
        return self.issued.secrets()

    def put_device(
        self,
        realm: str,
        device_id: str,
        secret: str | None = None,
        *,
        confirmed: bool = False,
        inhibited: bool = False,
    ) -> None:
        """Seed a device row directly, as Astarte's own tests do."""
        self.registry.put_device(
            realm, canonical_id(device_id), secret, confirmed=confirmed, inhibited=inhibited
        )

    def set_inhibited(self, realm: str, device_id: str, inhibited: bool = True) -> None:
        """What AppEngine's `inhibit_credentials_request` does."""
        self.registry.set_inhibited(realm, canonical_id(device_id), inhibited)
