"""The station's configuration: TOML on disk, validated, versioned, saved atomically.

Nothing here ever holds a secret: realm keys and tokens live in the OS keyring.
"""

from station.config.model import (
    CURRENT_SCHEMA_VERSION,
    FixtureConfig,
    LineConfig,
    RolesConfig,
    SlotConfig,
    StationConfig,
    TargetConfig,
)
from station.config.parse import parse_config, to_document
from station.config.passwords import check_password, hash_password
from station.config.store import (
    default_config_path,
    default_journal_path,
    load_config,
    save_config,
)

__all__ = [
    "CURRENT_SCHEMA_VERSION",
    "FixtureConfig",
    "LineConfig",
    "RolesConfig",
    "SlotConfig",
    "StationConfig",
    "TargetConfig",
    "check_password",
    "default_config_path",
    "default_journal_path",
    "hash_password",
    "load_config",
    "parse_config",
    "save_config",
    "to_document",
]
