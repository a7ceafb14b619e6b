"""The token source a configured target names: its realm key, its issued token or its command."""

from __future__ import annotations

from station.config.model import TargetConfig
from station.errors import ConfigError
from station.pairing.tokens import CommandTokens, IssuedTokens, RealmKeyTokens, TokenSource
from station.text import Text


def tokens_for(target: TargetConfig) -> TokenSource:
    if target.token_source == "realm_key":
        return RealmKeyTokens.from_keyring(target.name, ttl=target.token_ttl_s)
    if target.token_source == "issued_token":
        return IssuedTokens.from_keyring(target.name)
    if not target.token_command:
        raise ConfigError(
            Text.of("config.no_token_command", target=repr(target.name)),
            Text.of("config.no_token_command.action"),
        )
    return CommandTokens(target.token_command)
