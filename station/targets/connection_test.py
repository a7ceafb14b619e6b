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

from station.catalogue import CATALOGUE
from station.config.model import TargetConfig
from station.errors import StationError
from station.pairing.client import PairingClient
from station.pairing.errors import TlsError, Unreachable
from station.pairing.tokens import TokenScope, TokenSource, TokenStatus
from station.targets.tokens import tokens_for
from station.text import Text

CREDENTIALS = "Credentials"
HEALTH = "Health"
VERSION = "Version"
AUTHORIZATION = "Authorization"
CHECKS = (CREDENTIALS, HEALTH, VERSION, AUTHORIZATION)
#: Each check's name by message ID, which the target editor shows in the screens' language.
CHECK_NAMES: dict[str, Text] = {name: Text.of(f"check.{name.lower()}") for name in CHECKS}
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
    #: `message` and `fix` by message ID, for the screens (the English above is theirs).
    text: Text | None = None
    fix_text: Text | None = None


def _result(name: str, ok: bool, text: Text, fix: Text | None = None) -> CheckResult:
    fix_english = fix.english if fix is not None else ""
    return CheckResult(name, ok, text.english, fix_english, text=text, fix_text=fix)


def _failed(name: str, exc: StationError) -> CheckResult:
    return _result(name, False, exc.text, exc.action_text)


def _not_run(name: str, why: str | Text) -> CheckResult:
    said = Text.of("check.not_run", why=why)
    return CheckResult(name, False, said.english, "", ran=False, text=said)


def check_credentials(target: TargetConfig, tokens: TokenSource) -> CheckResult:
    try:
        tokens.token(TokenScope.register())
    except StationError as exc:
        return _failed(CREDENTIALS, exc)
    status = tokens.status()
    kind = f"check.kind.{status.kind.replace(' ', '_')}"
    said = Text.of(kind) if kind in CATALOGUE else Text.plain(status.kind.capitalize())
    return _result(
        CREDENTIALS, True, Text.of("check.credentials.ok", kind=said, detail=status.detail_text)
    )


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
        why = Text.of("check.why.settings_wrong")
        return [*results, _not_run(VERSION, why), _not_run(AUTHORIZATION, why)]

    with client:
        return results + _server_checks(client, target, credentials_ok=credentials_ok, skip=skip)


def _health(client: PairingClient) -> CheckResult:
    healthy = client.health()
    if healthy:
        return _result(HEALTH, True, Text.of("check.health.ok", url=client.base_url))
    return _result(
        HEALTH,
        False,
        Text.of("check.health.unhealthy", url=client.base_url),
        Text.of("check.health.unhealthy.action"),
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
        why = Text.of("check.why.unreachable")
        return [_failed(HEALTH, exc), _not_run(VERSION, why), _not_run(AUTHORIZATION, why)]
    except StationError as exc:
        results = [_failed(HEALTH, exc)]
    try:
        version = client.version()
    except StationError as exc:
        results.append(_failed(VERSION, exc))
    else:
        results.append(_result(VERSION, True, Text.of("check.version.ok", version=version)))
    if AUTHORIZATION in skip:
        results.append(_not_run(AUTHORIZATION, skip[AUTHORIZATION]))
        return results
    if not credentials_ok:
        results.append(_not_run(AUTHORIZATION, Text.of("check.why.no_token")))
        return results
    try:
        client.probe_auth()
    except StationError as exc:
        results.append(_failed(AUTHORIZATION, exc))
    else:
        said = Text.of("check.authorization.ok", realm=target.realm)
        results.append(_result(AUTHORIZATION, True, said))
    return results


class _NoTokens:
    """Stands in when the token source itself could not be built: health and version need no
    token, and the authorization check is not run."""

    def token(self, scope: TokenScope) -> str:
        raise AssertionError("no token is requested when the credentials check failed")

    def status(self) -> TokenStatus:
        return TokenStatus("none", None, "no token source", usable=False)
