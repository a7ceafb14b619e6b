"""A fleet setting libpq cannot take (no UTF-8 for one of its characters) is the settings'
fault, said with the setting's name and what to do, never an internal error; the password's
value is never shown. Nothing is sent: the fault is found before any connection is tried."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from station.errors import StationError
from station.fleet.connect import FleetSettings, connect
from station.fleet.errors import FleetError, FleetUnreachable

# A closed port: a setting that got past the check would be told as an unreachable centre.
SETTINGS = FleetSettings("127.0.0.1", "fleet", "line3-pc1", port=1)


def test_a_password_that_cannot_be_encoded_is_named_and_never_shown() -> None:
    password = "s3cret-\udc80-value"
    with pytest.raises(FleetError) as caught:
        connect(SETTINGS, password)
    assert not isinstance(caught.value, FleetUnreachable)
    assert caught.value.message.startswith("The password holds a character")
    assert "Type the password again" in caught.value.action
    said = caught.value.message + caught.value.action
    assert "s3cret" not in said
    assert password not in said


def test_a_ca_file_named_in_another_encoding_names_the_setting(tmp_path: Path) -> None:
    # A file name's bytes that are not UTF-8 come back from the OS as lone surrogates.
    ca = tmp_path / os.fsdecode(b"plant-ca-\xe9.pem")
    with pytest.raises(FleetError) as caught:
        connect(FleetSettings("127.0.0.1", "fleet", "line3-pc1", port=1, ca_file=ca), "pw")
    assert "The setting [fleet] ca_file (" in caught.value.message
    assert "plant-ca-\\udce9.pem" in caught.value.message
    assert caught.value.action.startswith("Correct the setting [fleet] ca_file where it was set")


def test_a_role_that_cannot_be_encoded_is_named() -> None:
    with pytest.raises(StationError) as caught:
        connect(FleetSettings("127.0.0.1", "fleet", "qa\udc80ann", port=1), "pw")
    assert caught.value.message.startswith("The role ('qa\\udc80ann')")


def test_plain_settings_still_reach_the_network() -> None:
    with pytest.raises(FleetUnreachable):
        connect(SETTINGS, "pw")
