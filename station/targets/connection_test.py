""" "Test connection": can this target register devices, and if not, what exactly to fix.

Four checks, each with its own result and fix, in the order a supervisor would look:

1. Credentials: the token source yields a token for registration (key in the keyring, issued
   token not expired and allowing `POST agent/devices`, token command working). Nothing is sent.
2. Health: `GET /health` over TLS verified against the target's CA bundle (this is where a wrong
   URL, a wrong CA or a dead network shows).
3. Version: `GET /version`, proving it is Astarte Pairing that answers.
4. Authorization: a registration with an empty device ID (`PairingClient.probe_auth`), which
   Pairing refuses only after it has accepted the realm and the token: it registers nothing.

A check that cannot mean anything after an earlier failure is reported as not run, with the
reason, instead of repeating the same error four times.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from station.config.model import TargetConfig
from station.errors import StationError
from station.pairing.client import PairingClient
from station.pairing.errors import TlsError, Unreachable
from station.pairing.tokens import TokenScope, TokenSource, TokenStatus
from station.targets.tokens import tokens_for

CREDENTIALS = "Credentials"
HEALTH = "Health"
VERSION = "Version"
AUTHORIZATION = "Authorization"
CHECKS = (CREDENTIALS, HEALTH, VERSION, AUTHORIZATION)
DEFAULT_TIMEOUT_S = 10.0
_SERVER = (HEALTH, VERSION, AUTHORIZATION)
_TOKEN = (CREDENTIALS, AUTHORIZATION)
#: The checks each target setting feeds. With a setting invalid, the others can still run.
FIELD_CHECKS: dict[str, tuple[str, ...]] = {
    "name": _TOKEN,  # the keyring entries are the target name's
    "pairing_url": _SERVER,
    "ca_bundle": _SERVER,
    "realm": _TOKEN,
    "token_source": _TOKEN,
    "token_ttl_s": _TOKEN,
    "token_command": _TOKEN,
}


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    message: str
    fix: str = ""
    #: False when the check was skipped because an earlier one failed (ok is then False too).
    ran: bool = True


def _failed(name: str, exc: StationError) -> CheckResult:
    return CheckResult(name, False, exc.message, exc.action)


def _not_run(name: str, why: str) -> CheckResult:
    return CheckResult(name, False, f"Not run: {why}", "", ran=False)


def check_credentials(target: TargetConfig, tokens: TokenSource) -> CheckResult:
    try:
        tokens.token(TokenScope.register())
    except StationError as exc:
        return _failed(CREDENTIALS, exc)
    status = tokens.status()
    return CheckResult(CREDENTIALS, True, f"{status.kind.capitalize()}: {status.detail}.")


def run_connection_test(
    target: TargetConfig,
    *,
    tokens: TokenSource | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    skip: Mapping[str, str] | None = None,
) -> list[CheckResult]:
    """Run every check against `target`; blocking (call it off the GUI thread).

    `skip` maps a check to why it cannot run (a setting it needs is invalid): it is reported
    as not run, and nothing is sent for it.
    """
    skip = dict(skip or {})
    results: list[CheckResult] = []
    source: TokenSource | None = tokens
    if CREDENTIALS in skip:
        results.append(_not_run(CREDENTIALS, skip[CREDENTIALS]))
    else:
        try:
            if source is None:
                source = tokens_for(target)
        except StationError as exc:
            results.append(_failed(CREDENTIALS, exc))
        else:
            results.append(check_credentials(target, source))
    credentials_ok = results[0].ok
    if all(name in skip for name in _SERVER):
        return [*results, *(_not_run(name, skip[name]) for name in _SERVER)]

    try:
        client = PairingClient(
            base_url=target.pairing_url,
            realm=target.realm,
            tokens=source if source is not None else _NoTokens(),
            ca_bundle=target.ca_bundle,
            timeout=timeout_s,
            max_in_flight=1,
            retries=0,
        )
    except StationError as exc:
        results.append(_failed(HEALTH, exc))
        why = "the connection settings are wrong (see Health)"
        return [*results, _not_run(VERSION, why), _not_run(AUTHORIZATION, why)]

    with client:
        return results + _server_checks(client, target, credentials_ok=credentials_ok, skip=skip)


def _health(client: PairingClient) -> CheckResult:
    healthy = client.health()
    if healthy:
        return CheckResult(HEALTH, True, f"Pairing at {client.base_url} reports healthy.")
    return CheckResult(
        HEALTH,
        False,
        f"Pairing at {client.base_url} answers but reports itself unhealthy (503).",
        "Astarte is starting or one of its services is down; try again in a minute and tell "
        "the Astarte operator if it persists.",
    )


def _server_checks(
    client: PairingClient,
    target: TargetConfig,
    *,
    credentials_ok: bool,
    skip: Mapping[str, str],
) -> list[CheckResult]:
    try:
        results = [_health(client)]
    except (Unreachable, TlsError) as exc:
        why = "Pairing could not be reached (see Health)"
        return [_failed(HEALTH, exc), _not_run(VERSION, why), _not_run(AUTHORIZATION, why)]
    except StationError as exc:
        results = [_failed(HEALTH, exc)]
    try:
        version = client.version()
    except StationError as exc:
        results.append(_failed(VERSION, exc))
    else:
        results.append(CheckResult(VERSION, True, f"Astarte Pairing version {version}."))
    if AUTHORIZATION in skip:
        results.append(_not_run(AUTHORIZATION, skip[AUTHORIZATION]))
        return results
    if not credentials_ok:
        results.append(_not_run(AUTHORIZATION, "there is no usable token (see Credentials)"))
        return results
    try:
        client.probe_auth()
    except StationError as exc:
        results.append(_failed(AUTHORIZATION, exc))
    else:
        results.append(
            CheckResult(
                AUTHORIZATION,
                True,
                f"Realm {target.realm!r} exists and accepts this target's token for registering "
                "devices (the test registered nothing).",
            )
        )
    return results


class _NoTokens:
    """Stands in when the token source itself could not be built: health and version need no
    token, and the authorization check is not run."""

    def token(self, scope: TokenScope) -> str:
        raise AssertionError("no token is requested when the credentials check failed")

    def status(self) -> TokenStatus:
        return TokenStatus("none", None, "no token source", usable=False)
