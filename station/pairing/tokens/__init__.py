"""Short-lived Pairing tokens from one of three sources chosen per target.

- `RealmKeyTokens` signs its own tokens with the realm private key from the keyring, one per
  kind of call, each allowing exactly that call (`POST::agent/devices`, or the DELETE of one
  device) and living a few minutes, so a leaked token is worth little.
- `IssuedTokens` uses a token minted elsewhere (astartectl, a cloud operator) and kept in the
  keyring; it cannot be verified here, only read, so the station checks what the server will
  check (expiry with zero skew, the a_pa regexes) to fail before sending.
- `CommandTokens` runs a configured command that prints a token, like kubectl's exec
  credentials, for plants whose tokens come from a vault or an SSO helper.

Astarte checks `exp` and `nbf` with zero clock skew and ignores `iat`; minted tokens therefore
carry `iat` and `exp` but never `nbf`, which a station clock running ahead would break.
"""

from station.pairing.tokens.command import CommandTokens
from station.pairing.tokens.issued import IssuedTokens
from station.pairing.tokens.realm_key import RealmKeyTokens
from station.pairing.tokens.scope import (
    ALLOWED_ALGORITHMS,
    DEFAULT_TTL,
    MAX_COMMAND_OUTPUT,
    MAX_TTL,
    MIN_TTL,
    RELOAD_AFTER,
    SEND_MARGIN,
    WARN_BELOW,
    TokenClaims,
    TokenScope,
    TokenSource,
    TokenStatus,
    check_usable,
    describe_remaining,
    inspect_token,
)

__all__ = [
    "ALLOWED_ALGORITHMS",
    "DEFAULT_TTL",
    "MAX_COMMAND_OUTPUT",
    "MAX_TTL",
    "MIN_TTL",
    "RELOAD_AFTER",
    "SEND_MARGIN",
    "WARN_BELOW",
    "CommandTokens",
    "IssuedTokens",
    "RealmKeyTokens",
    "TokenClaims",
    "TokenScope",
    "TokenSource",
    "TokenStatus",
    "check_usable",
    "describe_remaining",
    "inspect_token",
]
