"""What a supervisor or operator reads when a target's Pairing settings are wrong is a catalogue
message (the screens translate it; the command line and the journal keep the English, word for
word as before): the Pairing URL and realm, the CA bundle, each failed TLS check against a real
TLS listener, the token lifetime, a token command that is not set, and a target the command
line names that the configuration lacks. Hosts, paths, URLs and OpenSSL's words stay as given."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest

from station.config.model import StationConfig
from station.config.parse import parse_config
from station.errors import ConfigError
from station.pairing.client import PairingClient, normalize_base_url, validate_realm
from station.pairing.errors import TlsError
from station.pairing.tls import make_ssl_context
from station.pairing.tokens import RealmKeyTokens
from station.targets.privileged_cli import configured_target
from station.targets.tokens import tokens_for
from station.text import Text
from tests.config.examples import PLANT
from tests.fixtures.pairing import PairingFactory, PairingHandle
from tests.pairing.netutil import BadTlsServer, make_ca
from tests.pairing.support import FixedToken

FIX = (
    "Write it as https://api.<your-domain>/pairing (through the Astarte ingress) or "
    "http://<host>:4003 (the Pairing service directly)."
)


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("ftp://astarte/pairing", Text.of("pairing.url.not_a_url", url="'ftp://astarte/pairing'")),
        ("https://u:p@astarte/pairing", Text.of("pairing.url.userinfo")),
        (
            "https://astarte/pairing?x=1",
            Text.of("pairing.url.query", url="'https://astarte/pairing?…'"),
        ),
        (
            "https://astarte/pairing#token=abc",
            Text.of("pairing.url.query", url="'https://astarte/pairing#…'"),
        ),
        (
            "ftp://user:hunter2@astarte/pairing?token=abc",
            Text.of("pairing.url.not_a_url", url="'ftp://…@astarte/pairing?…'"),
        ),
    ],
)
def test_a_wrong_pairing_url_is_said_by_id_with_the_url_as_written(url: str, said: Text) -> None:
    # As written, but for a user name and password, a query and a fragment: any of them may
    # hold a token or a password, and the message reaches the screen, the journal and logs.
    with pytest.raises(ConfigError) as raised:
        normalize_base_url(url)
    assert raised.value.text == said
    assert raised.value.action_text == Text.of("pairing.url.fix")
    assert raised.value.action == FIX


def test_a_url_with_v1_and_a_wrong_realm() -> None:
    with pytest.raises(ConfigError) as raised:
        normalize_base_url("https://astarte/pairing/v1/demo")
    assert raised.value.message == (
        "The Pairing URL 'https://astarte/pairing/v1/demo' already contains /v1."
    )
    assert raised.value.action_text == Text.of(
        "pairing.url.has_v1.action", fix=Text.of("pairing.url.fix")
    )
    assert raised.value.action == f"Leave out /v1 and the realm: the station adds them. {FIX}"
    with pytest.raises(ConfigError) as realm:
        validate_realm("Plant-1")
    assert realm.value.text == Text.of("pairing.realm_invalid", realm="'Plant-1'")
    assert realm.value.message == "'Plant-1' is not a valid Astarte realm name."
    assert realm.value.action_text.id == "pairing.realm_invalid.action"


def test_a_ca_bundle_that_is_missing_or_no_pem(tmp_path: Path) -> None:
    missing = tmp_path / "nope.pem"
    with pytest.raises(ConfigError) as raised:
        make_ssl_context(missing)
    assert raised.value.text == Text.of("tls.ca_missing", path=str(missing))
    assert raised.value.message == f"The CA bundle {missing} does not exist."
    assert raised.value.action_text.id == "tls.ca_missing.action"
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate\n")
    with pytest.raises(ConfigError) as unreadable:
        make_ssl_context(garbage)
    kind = unreadable.value.text.params["kind"]
    assert unreadable.value.text == Text.of("tls.ca_unreadable", path=str(garbage), kind=kind)
    assert unreadable.value.message == (
        f"The CA bundle {garbage} could not be loaded ({kind}): it must hold PEM certificates."
    )


def test_an_unknown_ca_names_what_the_station_trusts(
    pairing_standin: PairingHandle, tmp_path: Path
) -> None:
    _, _, other_ca = make_ca(tmp_path)
    host = pairing_standin.base_url.split("//")[1].split("/")[0].rsplit(":", 1)[0]
    for bundle, trusted in [
        (None, Text.of("tls.trusted.system")),
        (other_ca, Text.of("tls.trusted.and", path=str(other_ca))),
    ]:
        with (
            PairingClient(
                base_url=pairing_standin.base_url,
                realm="test",
                tokens=FixedToken("x"),
                ca_bundle=bundle,
                retries=0,
            ) as client,
            pytest.raises(TlsError) as raised,
        ):
            client.health()
        assert raised.value.text == Text.of("tls.unknown_ca", host=host, trusted=trusted)
        assert raised.value.action_text.id == "tls.unknown_ca.action"
    assert raised.value.message == (
        f"The certificate of {host} is not signed by a CA this station trusts "
        f"(the system's trusted CAs and {other_ca})."
    )


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (
            {"names": ("pairing.example.test",)},
            "The certificate presented by {host} is for another host name or IP address.",
        ),
        ({"expired": True}, "The certificate of {host} (or its CA) has expired."),
    ],
)
def test_a_failed_certificate_check_is_its_own_message(
    tmp_path: Path, options: dict[str, object], said: str
) -> None:
    with (
        BadTlsServer(tmp_path, **options) as server,  # type: ignore[arg-type]
        PairingClient(
            base_url=server.url,
            realm="test",
            tokens=FixedToken("x"),
            ca_bundle=server.ca_path,
            retries=0,
        ) as client,
        pytest.raises(TlsError) as raised,
    ):
        client.health()
    host = raised.value.text.params["host"]
    assert raised.value.message_id == f"tls.{raised.value.check}"
    assert raised.value.text == Text.of(f"tls.{raised.value.check}", host=host)
    assert raised.value.message == said.format(host=host)


def test_https_to_a_plain_service_is_no_tls(pairing_standin_factory: PairingFactory) -> None:
    plain = pairing_standin_factory(tls=False)
    url = plain.service_url.replace("http://", "https://")
    with (
        PairingClient(base_url=url, realm="test", tokens=FixedToken("x"), retries=0) as client,
        pytest.raises(TlsError) as raised,
    ):
        client.health()
    host = raised.value.text.params["host"]
    assert raised.value.text == Text.of("tls.not_tls", host=host)
    assert raised.value.message == f"{host} did not answer with TLS."
    assert raised.value.action_text.id == "tls.not_tls.action"


def test_a_token_lifetime_out_of_range() -> None:
    with pytest.raises(ConfigError) as raised:
        RealmKeyTokens(lambda: b"", ttl=5)
    assert raised.value.text == Text.of("token.ttl_out_of_range", ttl="5", low="30", high="3600")
    assert raised.value.message == "The token lifetime 5 s is outside 30 to 3600 s."
    assert raised.value.action == (
        "Set the target's token_ttl_s to a value from 30 to 3600 (docs/configuration.md)."
    )


def _config(tmp_path: Path) -> StationConfig:
    return parse_config(
        tomllib.loads(PLANT),
        source="station.toml",
        base_dir=tmp_path,
        default_journal=tmp_path / "journal.sqlite",
    )


def test_a_target_without_its_token_command_and_one_the_configuration_lacks(
    tmp_path: Path,
) -> None:
    config = _config(tmp_path)
    lab = dataclasses.replace(config.targets["lab"], token_command=None)
    with pytest.raises(ConfigError) as raised:
        tokens_for(lab)
    assert raised.value.text == Text.of("config.no_token_command", target="'lab'")
    assert raised.value.message == "Target 'lab' gets its tokens from a command but names none."
    assert raised.value.action_text == Text.of("config.no_token_command.action")

    with pytest.raises(ConfigError) as missing:
        configured_target(config, "plant-us")
    known = ", ".join(sorted(config.targets))
    assert missing.value.text == Text.of("config.no_target_stored", name="'plant-us'")
    assert missing.value.action_text == Text.of("config.no_target_stored.action", targets=known)
    assert str(missing.value) == (
        "There is no target 'plant-us' in the configuration; nothing was stored. — Use one of: "
        f"{known}, or create the target first (Roles → Targets and keys…)."
    )
