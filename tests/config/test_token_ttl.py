"""The token lifetime the configuration accepts is exactly the one the signer takes: a value
the file passes can never turn into an internal error when the first token is signed."""

from __future__ import annotations

from pathlib import Path

import jwt
import pytest

from station.config import load_config
from station.config.model import MAX_TOKEN_TTL_S, MIN_TOKEN_TTL_S
from station.errors import ConfigError, StationError
from station.pairing.tokens import MAX_TTL, MIN_TTL, RealmKeyTokens, TokenScope
from tests.config.examples import PLANT
from tests.pairing import keys


def _with_ttl(tmp_path: Path, ttl: int) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(PLANT.replace("token_ttl_s = 600", f"token_ttl_s = {ttl}"))
    return path


def test_the_configuration_range_is_the_signers() -> None:
    assert (MIN_TOKEN_TTL_S, MAX_TOKEN_TTL_S) == (MIN_TTL, MAX_TTL)


@pytest.mark.parametrize("ttl", [10, 29, 3601])
def test_a_lifetime_the_signer_refuses_is_refused_by_the_configuration(
    tmp_path: Path, ttl: int
) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(_with_ttl(tmp_path, ttl))
    assert "targets.plant-eu.token_ttl_s" in info.value.message
    assert "30 to 3600" in info.value.message


@pytest.mark.parametrize("ttl", [MIN_TOKEN_TTL_S, MAX_TOKEN_TTL_S])
def test_every_accepted_lifetime_signs_tokens_of_that_lifetime(tmp_path: Path, ttl: int) -> None:
    target = load_config(_with_ttl(tmp_path, ttl)).targets["plant-eu"]
    assert target.token_ttl_s == ttl
    key = keys.ec_key()
    signer = RealmKeyTokens(lambda: keys.sec1_pem(key), ttl=target.token_ttl_s)
    claims = jwt.decode(
        signer.token(TokenScope.register()), keys.public_pem(key), algorithms=["ES256"]
    )
    assert claims["exp"] - claims["iat"] == ttl


@pytest.mark.parametrize("ttl", [0, 10, 29.5, 3600.5])
def test_the_signer_refuses_a_bad_lifetime_as_a_station_error(ttl: float) -> None:
    # Not a bare ValueError, which the CLI and the engine would report as an internal error.
    with pytest.raises(StationError) as info:
        RealmKeyTokens(lambda: b"", ttl=ttl)
    assert "token_ttl_s" in info.value.action and "30 to 3600" in info.value.action
