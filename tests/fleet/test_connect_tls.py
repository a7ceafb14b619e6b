"""A station with a client certificate reaches the centre over TLS or not at all: never a plain
connection without its certificate (libpq's default would fall back to one)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import psycopg
import pytest

from station.fleet.connect import FleetSettings, connect, conninfo
from station.fleet.errors import FleetError
from tests.fleet.conftest import FleetDb


def _settings(*, ca_file: Path | None = None, cert_file: Path | None = None) -> FleetSettings:
    return FleetSettings(
        host="centre.plant", database="fleet", role="line_3", ca_file=ca_file, cert_file=cert_file
    )


def test_a_certificate_without_a_ca_requires_tls(tmp_path: Path) -> None:
    cert = tmp_path / "station.crt"
    info = psycopg.conninfo.conninfo_to_dict(conninfo(_settings(cert_file=cert), None))
    assert info["sslmode"] == "require"
    assert info["sslcert"] == str(cert)


def test_a_ca_verifies_the_server_and_no_tls_setting_leaves_libpq_s_default(
    tmp_path: Path,
) -> None:
    ca = tmp_path / "plant-ca.pem"
    info = conninfo(_settings(ca_file=ca, cert_file=tmp_path / "s.crt"), None)
    assert psycopg.conninfo.conninfo_to_dict(info)["sslmode"] == "verify-full"
    assert "sslmode" not in psycopg.conninfo.conninfo_to_dict(conninfo(_settings(), "pw"))


def test_a_certificate_station_and_a_centre_without_tls_is_a_tls_failure(
    fleet_db: FleetDb, tmp_path: Path
) -> None:
    # The test centre offers no TLS: the certificate station must not log in in plain text,
    # and is told to check its TLS settings, not a password it does not use.
    settings, _password = fleet_db.add_station()
    cert = tmp_path / "station.crt"
    cert.write_text("not sent: the centre offers no TLS\n")
    with pytest.raises(FleetError) as refused:
        connect(replace(settings, cert_file=cert), None)
    assert refused.value.message.startswith(f"The TLS handshake with {settings.host}:")
    assert "cert_file" in refused.value.action
