"""Where the configuration lives, and reading and writing it safely.

Saving is atomic: the new text goes to a temporary file beside the old one, is flushed to disk,
and only then renamed over it, keeping the previous file as ``<name>.bak``. A crash or a full
disk mid-save leaves the previous configuration in place. Migrating an older file first keeps a
copy of it as ``<name>.v<N>.bak``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import tomllib
from pathlib import Path

import platformdirs

from station.config.migrate import document_version, migrate_document
from station.config.model import CURRENT_SCHEMA_VERSION, StationConfig
from station.config.parse import parse_config, to_document
from station.config.toml_writer import dumps
from station.errors import ConfigError

APP_NAME = "provisioning-station"
CONFIG_FILE = "config.toml"


def default_config_path() -> Path:
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / CONFIG_FILE


def default_journal_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "journal.sqlite"


def load_config(path: Path | None = None) -> StationConfig:
    """Read, migrate if needed, and validate the configuration at `path` (default location)."""
    path = Path(path) if path is not None else default_config_path()
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"There is no configuration at {path}.",
            "Give the configuration file with --config FILE, or ask the supervisor to set up "
            "this station (docs/configuration.md shows a complete example).",
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"The configuration {path} cannot be read ({exc}).",
            "Check the file's permissions and that it is UTF-8 text.",
        ) from exc
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"{source} is not valid TOML: {exc}.",
            f"Fix the syntax at the line and column shown in {source}.",
        ) from exc
    version = document_version(document, source)
    if version > CURRENT_SCHEMA_VERSION:
        raise ConfigError(
            f"{source} was written by a newer station version (configuration schema {version}; "
            f"this station understands up to {CURRENT_SCHEMA_VERSION}). It has not been changed.",
            "Upgrade the station software on this PC.",
        )
    base_dir = path.parent.resolve()
    if version == CURRENT_SCHEMA_VERSION:
        return parse_config(
            document, source=source, base_dir=base_dir, default_journal=default_journal_path()
        )
    migrated = migrate_document(document, version, CURRENT_SCHEMA_VERSION, source)
    config = parse_config(
        migrated,
        source=f"{source} (migrated from version {version})",
        base_dir=base_dir,
        default_journal=default_journal_path(),
    )
    backup = _free_name(path.with_name(f"{path.name}.v{version}.bak"))
    try:
        shutil.copy2(path, backup)
    except OSError as exc:
        raise ConfigError(
            f"Cannot back up {path} before migrating it ({exc.strerror}); it was not changed.",
            "Make the configuration folder writable, then start the station again.",
        ) from exc
    save_config(config, path)
    return config


def save_config(config: StationConfig, path: Path | None = None) -> None:
    """Validate and atomically write `config`, keeping the previous file as ``<name>.bak``."""
    path = Path(path) if path is not None else default_config_path()
    for label, p in [("journal_path", config.journal_path)] + [
        (f"targets.{t.name}.ca_bundle", t.ca_bundle) for t in config.targets.values()
    ]:
        if p is not None and not p.is_absolute():
            raise ValueError(f"{label} must be an absolute path to be saved, not {p}")
    text = dumps(to_document(config))
    # Read back what is about to be written: a config the station could not load again is
    # never saved, and the error names the offending key.
    reparsed = parse_config(
        tomllib.loads(text),
        source=str(path),
        base_dir=path.parent,
        default_journal=default_journal_path(),
    )
    if reparsed != config:
        raise AssertionError("the configuration does not survive a save and load unchanged")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise _save_error(path, exc) from exc
    temp = Path(temp_name)
    try:
        with open(fd, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        if path.exists():
            shutil.copy2(path, path.with_name(f"{path.name}.bak"))
        os.replace(temp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _save_error(path, exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _save_error(path: Path, exc: OSError) -> ConfigError:
    return ConfigError(
        f"Cannot save the configuration to {path} ({exc.strerror or exc}); the previous file "
        "is unchanged.",
        "Check that the configuration folder is writable and the disk has space.",
    )


def _fsync_dir(folder: Path) -> None:
    # The rename is only durable once the directory entry is on disk (POSIX); Windows has no
    # directory handles to sync, and os.replace is already atomic there.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _free_name(path: Path) -> Path:
    """`path`, or `path` with a counter, whichever does not exist yet (never overwrite a backup)."""
    if not path.exists():
        return path
    n = 1
    while True:
        candidate = path.with_name(f"{path.name}.{n}")
        if not candidate.exists():
            return candidate
        n += 1
