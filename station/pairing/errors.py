"""Typed failures of Pairing calls, tokens and device IDs.

Every class here is the environment's fault (a `StationError`): a wrong URL, a token that does
not allow the call, a device that is already registered. Each carries a plain-words message and
the action a person can take. None ever contains a credentials secret, a token or key material:
messages are built from status codes, the server's short error strings and our own words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from station.errors import StationError
from station.text import Text


class InvalidDeviceId(StationError):
    """A device ID is not in Astarte's canonical 22-character form."""

    error_class = "invalid_device_id"


class PairingError(StationError):
    """A Pairing API call failed for a reason outside the station's code."""

    error_class = "pairing"

    def __init__(
        self,
        message: str | Text,
        action: str | Text = "",
        *,
        status: int | None = None,
        error_class: str | None = None,
    ) -> None:
        super().__init__(message, action, error_class=error_class)
        #: HTTP status when the server answered; None for network and token failures.
        self.status = status


class MissingToken(PairingError):
    error_class = "token_missing"


class InvalidToken(PairingError):
    error_class = "token_invalid"


def forbidden_hint() -> Text:
    """What to check when Pairing answers 403 without saying which check failed."""
    return Text.of("pairing.forbidden.action")


class Forbidden(PairingError):
    """403: Astarte does not say which check failed, so the action lists the candidates."""

    error_class = "forbidden"


class SecretRejected(Forbidden):
    """403 on the device API: Pairing does not accept this credentials secret (any more)."""

    error_class = "secret_rejected"


class AlreadyRegistered(PairingError):
    """422: the device has used its secret; only an unregister allows a new registration."""

    error_class = "already_registered"


class ValidationFailed(PairingError):
    error_class = "validation"

    def __init__(
        self,
        message: str | Text,
        action: str | Text = "",
        *,
        status: int | None = None,
        fields: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        super().__init__(message, action, status=status)
        #: Field name -> the server's messages for it, e.g. {"hw_id": ["can't be blank"]}.
        self.fields: dict[str, list[str]] = {k: list(v) for k, v in (fields or {}).items()}


class NotFound(PairingError):
    error_class = "not_found"


class ServerError(PairingError):
    error_class = "server_error"


class Unreachable(PairingError):
    error_class = "unreachable"


class TlsError(PairingError):
    """The TLS handshake failed; `check` names the verification that did not pass."""

    error_class = "tls"

    def __init__(self, message: str | Text, action: str | Text = "", *, check: str) -> None:
        super().__init__(message, action)
        #: "unknown_ca", "hostname_mismatch", "expired", "not_yet_valid", "handshake".
        self.check = check


class RateLimited(PairingError):
    error_class = "rate_limited"

    def __init__(
        self,
        message: str | Text,
        action: str | Text = "",
        *,
        status: int | None = 429,
        retry_after: float | None,
    ) -> None:
        super().__init__(message, action, status=status)
        self.retry_after = retry_after


class UnexpectedResponse(PairingError):
    """The server answered something no Astarte release sends: usually a wrong base URL."""

    error_class = "unexpected_response"


class ResponseTooLarge(UnexpectedResponse):
    """The answer is far larger than any Pairing answer; it was not read whole."""

    error_class = "response_too_large"


class TokenError(PairingError):
    """A token source cannot produce a usable token; nothing was sent to Pairing."""

    error_class = "token_unusable"


class TokenExpired(TokenError):
    error_class = "token_expired"


class TokenScopeInsufficient(TokenError):
    error_class = "token_scope"


class TokenCommandFailed(TokenError):
    error_class = "token_command"


class KeyInvalid(TokenError):
    """The realm key is not a private key Astarte can verify tokens from."""

    error_class = "key_invalid"


class KeyringUnavailable(StationError):
    """The OS keyring cannot be used; the station fails closed rather than store plain text."""

    error_class = "keyring_unavailable"


class CredentialMissing(StationError):
    """No key or token is stored in the keyring for a target."""

    error_class = "credential_missing"
