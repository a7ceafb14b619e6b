"""A target's `ca_bundle` is trusted in addition to the system CAs, and the docs say so.

The "system" store is pointed at the Pairing stand-in's CA through OpenSSL's SSL_CERT_FILE, and
the target's bundle holds an unrelated CA: the real Pairing client still verifies the stand-in
over real TLS on loopback, which it could not if the bundle replaced the system store.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from station.pairing.client import PairingClient
from station.pairing.errors import TlsError
from station.pairing.tokens import RealmKeyTokens
from tests.fixtures.pairing import PairingHandle
from tests.pairing.netutil import make_ca

ROOT = Path(__file__).resolve().parents[2]


def _client(standin: PairingHandle, ca_bundle: Path | None) -> PairingClient:
    return PairingClient(
        base_url=standin.base_url,
        realm=standin.realm,
        tokens=RealmKeyTokens(lambda: standin.keys.private_pem),
        ca_bundle=ca_bundle,
    )


def test_the_bundle_adds_to_the_system_cas(
    pairing_standin: PairingHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, other_ca = make_ca(tmp_path)
    with _client(pairing_standin, other_ca) as client, pytest.raises(TlsError):
        client.health()  # neither the real system store nor the bundle knows the stand-in
    monkeypatch.setenv("SSL_CERT_FILE", str(pairing_standin.ca_path))
    with _client(pairing_standin, other_ca) as client:
        assert client.health()


def _row(doc: str, key: str) -> str:
    text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
    match = re.search(rf"^\| `?{re.escape(key)}`? \|.*$", text, re.M)
    assert match, f"docs/{doc} has no table row for {key}"
    return match.group(0)


def test_the_docs_say_in_addition_not_instead() -> None:
    for doc, key in (("configuration.md", "ca_bundle"), ("supervisor.md", "CA bundle")):
        row = _row(doc, key)
        assert "in addition to the system" in row, f"docs/{doc}: {row}"
        assert "instead" not in row, f"docs/{doc}: {row}"
