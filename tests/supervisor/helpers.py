"""Targets and configurations for supervisor tests, pointing at the running Pairing stand-in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from station.config import StationConfig, TargetConfig, load_config
from station.config.toml_writer import dumps
from station.roles import Actor, Role
from tests.fixtures.pairing import PairingHandle

SUPERVISOR = Actor("Sam", Role.SUPERVISOR)
QA = Actor("Quinn", Role.QA)
OPERATOR = Actor("Olga", Role.OPERATOR)


def standin_target(standin: PairingHandle, **changes: Any) -> TargetConfig:
    base: dict[str, Any] = {
        "name": "plant",
        "pairing_url": standin.base_url,
        "realm": standin.realm,
        "token_source": "realm_key",
        "ca_bundle": standin.ca_path,
    }
    base.update(changes)
    return TargetConfig(**base)


def write_config(tmp_path: Path, pairing_url: str, ca_bundle: Path, **target: Any) -> Path:
    """A station configuration with targets `plant` (realm test) and `lab`, one fixture."""
    plant: dict[str, Any] = {
        "pairing_url": pairing_url,
        "realm": "test",
        "token_source": "realm_key",
        "ca_bundle": str(ca_bundle),
    }
    plant.update(target)
    document = {
        "schema_version": 2,
        "station_id": "sup-test",
        "journal_path": str(tmp_path / "journal.db"),
        "targets": {
            "plant": plant,
            "lab": {
                "pairing_url": "https://lab.example.com/pairing",
                "realm": "lab1",
                "token_source": "issued_token",
            },
        },
        "fixtures": [
            {
                "name": "line1",
                "active_target": "plant",
                "slots": [{"name": "1", "port": "/dev/provisioning/line1/slot1"}],
            }
        ],
    }
    path = tmp_path / "config.toml"
    path.write_text(dumps(document), encoding="utf-8")
    return path


def loaded(path: Path) -> StationConfig:
    return load_config(path)


def with_roles(path: Path) -> None:
    """Give the configuration at `path` QA and supervisor passwords (tests.roles.helpers)."""
    import dataclasses

    from station.config import save_config
    from tests.roles.helpers import roles_config

    save_config(dataclasses.replace(load_config(path), roles=roles_config()), path)
