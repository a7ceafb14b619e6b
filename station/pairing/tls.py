"""TLS for Pairing: always verified, against the system CAs plus an optional per-target bundle.

There is deliberately no way to turn verification off: a station that registers devices would
otherwise hand every credentials secret to whoever answers on the network.
"""

from __future__ import annotations

import ssl
from pathlib import Path

from station.errors import ConfigError
from station.pairing.errors import TlsError
from station.text import Text

# OpenSSL X509_V_ERR_* codes, grouped by the check an operator can act on.
_UNKNOWN_CA = {2, 18, 19, 20, 21, 27}
_EXPIRED = {10, 12}
_NOT_YET_VALID = {9, 11}
_NAME_MISMATCH = {62, 64}


def make_ssl_context(ca_bundle: Path | None = None) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    if ca_bundle is not None:
        try:
            context.load_verify_locations(cafile=str(ca_bundle))
        except FileNotFoundError:
            raise ConfigError(
                Text.of("tls.ca_missing", path=str(ca_bundle)), Text.of("tls.ca_missing.action")
            ) from None
        except (ssl.SSLError, OSError, ValueError) as exc:
            raise ConfigError(
                Text.of("tls.ca_unreadable", path=str(ca_bundle), kind=type(exc).__name__),
                Text.of("tls.ca_unreadable.action"),
            ) from None
    return context


def find_ssl_error(exc: BaseException) -> ssl.SSLError | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def tls_error(exc: ssl.SSLError, *, host: str, ca_bundle: Path | None) -> TlsError:  # noqa: PLR0911
    trusted = (
        Text.of("tls.trusted.and", path=str(ca_bundle))
        if ca_bundle
        else Text.of("tls.trusted.system")
    )
    if isinstance(exc, ssl.SSLCertVerificationError):
        code = exc.verify_code
        if code in _UNKNOWN_CA:
            return TlsError(
                Text.of("tls.unknown_ca", host=host, trusted=trusted),
                Text.of("tls.unknown_ca.action"),
                check="unknown_ca",
            )
        if code in _NAME_MISMATCH:
            return TlsError(
                Text.of("tls.hostname_mismatch", host=host),
                Text.of("tls.hostname_mismatch.action"),
                check="hostname_mismatch",
            )
        if code in _EXPIRED:
            return TlsError(
                Text.of("tls.expired", host=host), Text.of("tls.expired.action"), check="expired"
            )
        if code in _NOT_YET_VALID:
            return TlsError(
                Text.of("tls.not_yet_valid", host=host),
                Text.of("tls.not_yet_valid.action"),
                check="not_yet_valid",
            )
        # OpenSSL's words for the failed check stay as it gave them.
        return TlsError(
            Text.of("tls.certificate", host=host, detail=exc.verify_message),
            Text.of("tls.certificate.action"),
            check="certificate",
        )
    reason = exc.reason or type(exc).__name__
    if reason == "WRONG_VERSION_NUMBER":
        return TlsError(
            Text.of("tls.not_tls", host=host), Text.of("tls.not_tls.action"), check="handshake"
        )
    return TlsError(
        Text.of("tls.handshake", host=host, reason=reason),
        Text.of("tls.handshake.action"),
        check="handshake",
    )
