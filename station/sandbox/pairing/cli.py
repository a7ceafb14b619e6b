"""`station sandbox keypair` and `station sandbox pairing`.

`pairing` prints one JSON line, `{"base_url": ..., "ca_path": ..., "service_url": ..., "tls": ...}`,
once it accepts connections, then serves until SIGTERM or SIGINT. Faults can be changed while it
runs by writing `faults.json` (the fields of `Faults`) into its state directory; it is re-read
when it changes, and removing it clears the faults.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Any

from station.errors import ConfigError, UsageError
from station.sandbox.pairing.faults import Faults
from station.sandbox.pairing.keys import generate_ec_keypair, write_keypair
from station.sandbox.pairing.responses import COMPAT_CHOICES
from station.sandbox.pairing.standin import REALM_NAME, PairingStandIn

log = logging.getLogger(__name__)

FAULTS_FILE = "faults.json"
_POLL_S = 0.25


def register(sandbox: argparse._SubParsersAction[Any]) -> None:
    keypair = sandbox.add_parser(
        "keypair",
        help="make a realm key pair like `astartectl utils gen-keypair`",
        description="Write REALM_private.pem (P-256, mode 0600) and REALM_public.pem into DIR.",
    )
    keypair.add_argument("--realm", required=True, help="realm name, e.g. test")
    keypair.add_argument("--out", required=True, type=Path, metavar="DIR")
    keypair.add_argument(
        "--format",
        choices=("sec1", "pkcs8"),
        default="sec1",
        help="private key format (astartectl writes sec1; default)",
    )
    keypair.set_defaults(handler=_keypair)

    pairing = sandbox.add_parser(
        "pairing",
        help="run a local Astarte Pairing stand-in on 127.0.0.1",
        description="Serve Astarte's Pairing API for one or more realms on loopback. "
        "Repeat --realm/--public-key for more realms, in the same order.",
    )
    pairing.add_argument(
        "--realm", action="append", required=True, dest="realms", metavar="REALM", help="realm"
    )
    pairing.add_argument(
        "--public-key",
        action="append",
        required=True,
        type=Path,
        dest="public_keys",
        metavar="PEM",
        help="the realm's JWT public key file",
    )
    pairing.add_argument(
        "--state-dir",
        required=True,
        type=Path,
        metavar="DIR",
        help="devices, CA (ca.pem) and faults.json live here; reuse it to keep devices",
    )
    pairing.add_argument("--port", type=int, default=0, help="0 picks a free port (default)")
    pairing.add_argument(
        "--compat",
        choices=COMPAT_CHOICES,
        default="master",
        help="Astarte release whose error bodies to imitate (default master = 1.4)",
    )
    pairing.add_argument(
        "--bcrypt-cost",
        type=int,
        default=12,
        metavar="N",
        help="cost of the secret hashes; 12 matches production timing (default)",
    )
    pairing.add_argument(
        "--plain-http", action="store_true", help="serve http:// like the bare service port"
    )
    pairing.add_argument(
        "--latency", type=float, default=0.0, metavar="SECONDS", help="delay every answer"
    )
    pairing.add_argument(
        "--registration-limit",
        type=int,
        default=None,
        metavar="N",
        help="devices each realm may hold; new ones beyond get 500 like Astarte",
    )
    pairing.set_defaults(handler=_pairing)


def _keypair(args: argparse.Namespace) -> int:
    if not REALM_NAME.fullmatch(args.realm):
        raise UsageError(
            f"{args.realm!r} is not a valid realm name",
            "use lowercase letters and digits, starting with a letter (at most 48)",
        )
    private_path, public_path = write_keypair(
        generate_ec_keypair(private_format=args.format), args.realm, args.out
    )
    sys.stdout.write(
        json.dumps({"private_key": str(private_path), "public_key": str(public_path)}) + "\n"
    )
    return 0


def _read_key(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ConfigError(
            f"cannot read the realm public key {path}: {exc.strerror}",
            "check the --public-key path (make one with `station sandbox keypair`)",
        ) from exc


def _read_faults(path: Path) -> Faults:
    try:
        fields = json.loads(path.read_text(encoding="utf-8"))
        return Faults(**fields)
    except (OSError, ValueError, TypeError) as exc:
        raise ConfigError(
            f"{path} is not a valid faults file: {exc}",
            'write a JSON object with fields of Faults, e.g. {"error_rate": 0.2}',
        ) from exc


def _watch_faults(standin: PairingStandIn, stop: threading.Event) -> None:
    path = standin.state_dir / FAULTS_FILE
    seen: float | None = None
    while not stop.wait(_POLL_S):
        try:
            mtime: float | None = path.stat().st_mtime
        except FileNotFoundError:
            mtime = None
        if mtime == seen:
            continue
        seen = mtime
        try:
            faults = Faults() if mtime is None else _read_faults(path)
        except ConfigError as exc:
            # A half-written or wrong file must not stop the server; keep the last faults.
            sys.stderr.write(f"station sandbox pairing: {exc}\n")
            sys.stderr.flush()
            continue
        standin.set_faults(faults)


def _pairing(args: argparse.Namespace) -> int:
    if len(args.realms) != len(args.public_keys):
        raise UsageError(
            "each --realm needs its own --public-key",
            "give them in pairs: --realm a --public-key a.pem --realm b --public-key b.pem",
        )
    pairs = zip(args.realms, args.public_keys, strict=True)
    realms = {realm: _read_key(path) for realm, path in pairs}
    try:
        standin = PairingStandIn(
            args.state_dir,
            realms,
            tls=not args.plain_http,
            bcrypt_cost=args.bcrypt_cost,
            compat=args.compat,
            latency_s=args.latency,
            port=args.port,
        )
    except ValueError as exc:
        raise UsageError(str(exc), "check the realm names, key files and options") from exc
    if args.registration_limit is not None:
        for realm in realms:
            standin.set_registration_limit(realm, args.registration_limit)

    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    try:
        standin.start()
    except OSError as exc:
        raise ConfigError(
            f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror}",
            "pick another --port, or 0 for any free port",
        ) from exc
    try:
        ready = {
            "base_url": standin.base_url,
            "service_url": standin.service_url,
            "ca_path": str(standin.ca_path),
            "tls": standin.tls,
        }
        sys.stdout.write(json.dumps(ready) + "\n")
        sys.stdout.flush()
        _watch_faults(standin, stop)
    finally:
        standin.stop()
    return 0
