"""Helpers shared by the Pairing client tests."""

from __future__ import annotations

from station.pairing.tokens import TokenScope, TokenStatus


class FixedToken:
    """A token source that hands out one given token without checking it.

    The real sources refuse expired or under-privileged tokens before sending; this one lets a
    test see what Pairing itself answers to such a token.
    """

    def __init__(self, token: str) -> None:
        self._token = token
        self.scopes: list[TokenScope] = []

    def token(self, scope: TokenScope) -> str:
        self.scopes.append(scope)
        return self._token

    def status(self) -> TokenStatus:
        return TokenStatus("fixed", None, "test token")
