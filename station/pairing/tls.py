"""TLS for Pairing: always verified, against the system CAs plus an optional per-target bundle.

There is deliberately no way to turn verification off: a station that registers devices would
otherwise hand every credentials secret to whoever answers on the network.
"""

from __future__ import annotations

import ssl
from pathlib import Path

from station.errors import ConfigError
from station.pairing.errors import TlsError

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
                f"The CA bundle {ca_bundle} does not exist.",
                "Fix the target's CA bundle path, or remove it to use the "
                "system's trusted CAs only.",
            ) from None
        except (ssl.SSLError, OSError, ValueError) as exc:
            raise ConfigError(
                f"The CA bundle {ca_bundle} could not be loaded "
                f"({type(exc).__name__}): it must hold PEM certificates.",
                "Export the CA certificate(s) of the Astarte ingress as PEM.",
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
    trusted = "the system's trusted CAs" + (f" and {ca_bundle}" if ca_bundle else "")
    if isinstance(exc, ssl.SSLCertVerificationError):
        code = exc.verify_code
        if code in _UNKNOWN_CA:
            return TlsError(
                f"The certificate of {host} is not signed by a CA this station trusts ({trusted}).",
                "Set the target's CA bundle to the CA that signed the Astarte ingress "
                "certificate; if the CA is the right one, this may be an interception proxy.",
                check="unknown_ca",
            )
        if code in _NAME_MISMATCH:
            return TlsError(
                f"The certificate presented by {host} is for another host name or IP address.",
                "Use the host name the certificate was issued for in the Pairing URL.",
                check="hostname_mismatch",
            )
        if code in _EXPIRED:
            return TlsError(
                f"The certificate of {host} (or its CA) has expired.",
                "Ask the Astarte operator to renew the ingress certificate; also check this "
                "PC's clock.",
                check="expired",
            )
        if code in _NOT_YET_VALID:
            return TlsError(
                f"The certificate of {host} is not valid yet.",
                "Check this PC's clock and time zone.",
                check="not_yet_valid",
            )
        return TlsError(
            f"The certificate of {host} failed verification: {exc.verify_message}.",
            "Ask the Astarte operator to check the ingress certificate.",
            check="certificate",
        )
    reason = exc.reason or type(exc).__name__
    if reason == "WRONG_VERSION_NUMBER":
        return TlsError(
            f"{host} did not answer with TLS.",
            "If the Pairing service is reached directly without TLS, write the URL with "
            "http://; otherwise check the port.",
            check="handshake",
        )
    return TlsError(
        f"The TLS handshake with {host} failed ({reason}).",
        "Check the Pairing URL and port, and that the server supports TLS 1.2 or newer.",
        check="handshake",
    )
