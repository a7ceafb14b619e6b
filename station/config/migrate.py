"""Older configuration layouts, and how each becomes the next.

`MIGRATIONS[v]` turns a version-`v` document into a version `v + 1` document. `load_config`
backs the file up (``config.toml.v1.bak``) before it writes the migrated version.

Version 1 (the first station releases) had a single fixture and an array of targets::

    version = 1
    station_id = "line3-pc1"
    journal = "journal.sqlite"
    qa_password_hash = "scrypt$..."          # roles sat at the top level
    supervisor_password_hash = "scrypt$..."
    idle_lock_minutes = 10

    [fixture]
    name = "line3"
    target = "plant-eu"                      # the active target
    baud = 115200
    ports = ["/dev/serial/by-path/...", ...] # slot N is ports[N-1]

    [[target]]
    name = "plant-eu"
    url = "https://api.example.com/pairing"
    realm = "planteu"
    token = "realm_key"                      # the token *source*, never a token
    token_ttl = 300
    ca_bundle = "/etc/ssl/plant-ca.pem"
    device_id = "uuid5"
    namespace = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"
    id_field = "hardware_serial"
    storage = ["otp"]
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from station.config.options import shown
from station.errors import ConfigError
from station.text import Text

Document = dict[str, Any]

_V1_TOP = {
    "version",
    "station_id",
    "journal",
    "qa_password_hash",
    "supervisor_password_hash",
    "idle_lock_minutes",
    "fixture",
    "target",
}
_V1_FIXTURE = {"name", "target", "baud", "ports"}
# v1 target key -> v2 target key
_V1_TARGET = {
    "url": "pairing_url",
    "realm": "realm",
    "token": "token_source",
    "token_ttl": "token_ttl_s",
    "token_command": "token_command",
    "ca_bundle": "ca_bundle",
    "device_id": "device_id_rule",
    "namespace": "device_id_namespace",
    "id_field": "device_id_field",
    "storage": "accepted_storage",
    "allowlist": "allowlist_pattern",
}


def _unknown(table: Mapping[str, Any], allowed: set[str], where: str, source: str) -> None:
    extra = sorted(set(table) - allowed)
    if extra:
        key = extra[0] if extra[0].isprintable() and len(extra[0]) <= 64 else shown(extra[0])
        raise ConfigError(
            Text.of(
                "migrate.unknown_key",
                source=source,
                key=f"{where}{key}",
                allowed=", ".join(sorted(allowed)),
            ),
            Text.of("migrate.unknown_key.action", key=f"{where}{key}", source=source),
        )


def v1_to_v2(doc: Mapping[str, Any], source: str) -> Document:
    _unknown(doc, _V1_TOP, "", source)
    fixture = doc.get("fixture")
    targets = doc.get("target")
    if not isinstance(fixture, Mapping):
        raise ConfigError(
            Text.of("migrate.no_fixture", source=source),
            Text.of("migrate.no_fixture.action", source=source),
        )
    if not isinstance(targets, list) or not all(isinstance(t, Mapping) for t in targets):
        raise ConfigError(
            Text.of("migrate.no_targets", source=source),
            Text.of("migrate.no_targets.action", source=source),
        )
    _unknown(fixture, _V1_FIXTURE, "fixture.", source)
    new: Document = {"schema_version": 2}
    for old, key in (("station_id", "station_id"), ("journal", "journal_path")):
        if old in doc:
            new[key] = doc[old]
    roles = {
        k: doc[k]
        for k in ("qa_password_hash", "supervisor_password_hash", "idle_lock_minutes")
        if k in doc
    }
    if roles:
        new["roles"] = roles
    new_targets: Document = {}
    for n, target in enumerate(targets):
        _unknown(target, {"name", *_V1_TARGET}, f"target[{n}].", source)
        if "name" not in target:
            raise ConfigError(
                Text.of("migrate.unnamed_target", source=source, n=n),
                Text.of("migrate.unnamed_target.action", source=source),
            )
        new_targets[str(target["name"])] = {
            _V1_TARGET[k]: v for k, v in target.items() if k != "name"
        }
    new["targets"] = new_targets
    ports = fixture.get("ports", [])
    new_fixture: Document = {
        "name": fixture.get("name", "fixture"),
        "slots": [
            {"name": str(n + 1), "port": port}
            for n, port in enumerate(ports if isinstance(ports, list) else [ports])
        ],
    }
    if "target" in fixture:
        new_fixture["active_target"] = fixture["target"]
    if "baud" in fixture:
        new_fixture["baud"] = fixture["baud"]
    new["fixtures"] = [new_fixture]
    return new


MIGRATIONS: dict[int, Callable[[Mapping[str, Any], str], Document]] = {1: v1_to_v2}


def document_version(doc: Mapping[str, Any], source: str) -> int:
    """The schema version a document declares (`schema_version`, or `version` before v2)."""
    version = doc.get("schema_version", doc.get("version"))
    if version is None:
        raise ConfigError(
            Text.of("migrate.no_version", source=source),
            Text.of("migrate.no_version.action", source=source),
        )
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ConfigError(
            Text.of("migrate.bad_version", source=source, version=shown(version)),
            Text.of("migrate.bad_version.action", source=source),
        )
    return version


def migrate_document(doc: Mapping[str, Any], version: int, target: int, source: str) -> Document:
    current: Document = dict(doc)
    for v in range(version, target):
        current = MIGRATIONS[v](current, source)
    return current
