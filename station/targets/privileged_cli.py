"""A supervisor at the command line: the configured target, a checked sign-in and the journal.

Commands that change credentials (`station target import-key`, `station target set-token`) open
this before they touch the keyring, so the command line asks for the same supervisor password as
the screen, counts toward the same lockout, and leaves the same journal event.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from station.config import StationConfig, TargetConfig, load_config
from station.config.store import default_config_path
from station.errors import ConfigError
from station.journal import Journal
from station.roles import Actor, Role
from station.roles.prompt import sign_in_cli
from station.text import Text


@dataclass(frozen=True)
class SupervisorAtCli:
    config: StationConfig
    config_path: Path
    target: TargetConfig
    actor: Actor
    journal: Journal


def add_supervisor_options(parser: argparse.ArgumentParser) -> None:
    """--config, --by and --reason, as every privileged command spells them."""
    parser.add_argument("--config", type=Path, metavar="FILE", help="default: the platform path")
    parser.add_argument("--reason", default="", help="why, for the journal")
    parser.add_argument("--by", default="", help="your name, for the journal (default: login name)")


def configured_target(config: StationConfig, name: str) -> TargetConfig:
    try:
        return config.targets[name]
    except KeyError:
        raise ConfigError(
            Text.of("config.no_target_stored", name=repr(name)),
            Text.of("config.no_target_stored.action", targets=", ".join(sorted(config.targets))),
        ) from None


def load_target(config_path: Path | None, name: str) -> tuple[StationConfig, Path, TargetConfig]:
    path = config_path or default_config_path()
    config = load_config(path)
    return config, path, configured_target(config, name)


@contextmanager
def supervisor_for_target(
    config_path: Path | None, target: str, by: str
) -> Iterator[SupervisorAtCli]:
    """Load the configuration, check `target` exists, then ask for the supervisor password.

    The password is the first line of standard input when it is not a terminal; anything else
    the command reads from standard input follows it.
    """
    config, path, target_config = load_target(config_path, target)
    with Journal.open(config.journal_path, station_id=config.station_id) as journal:
        actor = sign_in_cli(config.roles, journal, by, Role.SUPERVISOR)
        yield SupervisorAtCli(config, path, target_config, actor, journal)
