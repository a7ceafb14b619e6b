"""`station sandbox mint-token`: print a Pairing agent token signed with a realm key file.

The demo's targets use it as their token command, which exercises the station's real
`CommandTokens` path. The claim defaults to what the station asks for through the environment
(`STATION_TOKEN_CLAIM`, the narrowest a_pa entry for the call), else registration only. Sandbox
only: a plant's token command comes from its own vault or SSO helper.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

import jwt

from station.errors import UsageError
from station.pairing.client import validate_realm
from station.pairing.keys import parse_realm_key
from station.pairing.tokens import TokenScope

CLAIM_ENV = "STATION_TOKEN_CLAIM"


def mint(pem: bytes, *, claims: list[str], ttl: float, now: float | None = None) -> str:
    key = parse_realm_key(pem)
    iat = int(time.time() if now is None else now)
    # No `nbf`: Astarte checks it with zero skew, and a station clock running ahead would fail.
    payload = {"iat": iat, "exp": iat + int(ttl), "a_pa": claims}
    return jwt.encode(payload, key.key, algorithm=key.algorithm)


def _run(args: argparse.Namespace) -> int:
    validate_realm(args.realm)
    path = Path(args.key)
    try:
        pem = path.read_bytes()
    except OSError as exc:
        raise UsageError(
            f"Cannot read the realm key {path}: {exc.strerror}.", "Give the private key's path."
        ) from None
    claims = args.claim or [os.environ.get(CLAIM_ENV) or TokenScope.register().claim]
    sys.stdout.write(mint(pem, claims=claims, ttl=args.ttl) + "\n")
    return 0


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser(
        "mint-token",
        help="print a Pairing agent token signed with a realm key file (sandbox only)",
        description="Print a JWT for Pairing's agent API, signed with the realm private key. "
        "Used as the demo targets' token command.",
    )
    parser.add_argument("--key", required=True, help="realm private key (PEM)")
    parser.add_argument("--realm", required=True, help="realm the token is for")
    parser.add_argument(
        "--ttl",
        type=float,
        default=300.0,
        help="seconds until the token expires (negative: already expired, for tests)",
    )
    parser.add_argument(
        "--claim",
        action="append",
        help="a_pa entry, e.g. 'POST::agent/devices' (repeatable; default: what the station "
        f"asks for in ${CLAIM_ENV}, else registration only)",
    )
    parser.set_defaults(handler=_run)
