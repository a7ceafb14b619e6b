"""Where the configuration lives, and reading and writing it safely.

Saving is atomic: the new text goes to a temporary file beside the old one, is flushed to disk,
and only then renamed over it, keeping the previous file as ``<name>.bak``. A crash or a full
disk mid-save leaves the previous configuration in place. Migrating an older file first keeps a
copy of it as ``<name>.v<N>.bak``.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import platformdirs

from station.config.migrate import document_version, migrate_document
from station.config.model import CURRENT_SCHEMA_VERSION, StationConfig
from station.config.options import shown
from station.config.parse import parse_config, to_document
from station.config.toml_writer import dumps
from station.errors import ConfigError
from station.text import Text

APP_NAME = "provisioning-station"
CONFIG_FILE = "config.toml"
#: The configuration nests at most [[fixtures.slots]] inside [[fixtures]]; this is ample.
MAX_DEPTH = 16


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
            Text.of("config.missing", path=str(path)), Text.of("config.missing.action")
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            Text.of("config.unreadable", path=str(path), reason=str(exc)),
            Text.of("config.unreadable.action"),
        ) from exc
    document = _parse_toml(text, source)
    version = document_version(document, source)
    if version > CURRENT_SCHEMA_VERSION:
        raise ConfigError(
            Text.of("config.newer", source=source, version=version, known=CURRENT_SCHEMA_VERSION),
            Text.of("config.newer.action"),
        )
    base_dir = path.parent.resolve()
    if version == CURRENT_SCHEMA_VERSION:
        config = parse_config(
            document, source=source, base_dir=base_dir, default_journal=default_journal_path()
        )
        check_journal_path(config.journal_path, source)
        return config
    migrated = migrate_document(document, version, CURRENT_SCHEMA_VERSION, source)
    config = parse_config(
        migrated,
        source=f"{source} (migrated from version {version})",
        base_dir=base_dir,
        default_journal=default_journal_path(),
    )
    check_journal_path(config.journal_path, source)
    backup = _free_name(path.with_name(f"{path.name}.v{version}.bak"))
    try:
        shutil.copy2(path, backup)
    except OSError as exc:
        raise ConfigError(
            Text.of("config.no_backup", path=str(path), reason=str(exc.strerror)),
            Text.of("config.no_backup.action"),
        ) from exc
    save_config(config, path)
    return config


def _parse_toml(text: str, source: str) -> dict[str, Any]:
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            Text.of("config.not_toml", source=source, detail=str(exc)),
            Text.of("config.not_toml.action", source=source),
        ) from exc
    except RecursionError:
        # tomllib parses nested arrays and inline tables recursively.
        document = None
    if document is None or _depth(document) > MAX_DEPTH:
        raise ConfigError(
            Text.of("config.too_deep", source=source, depth=MAX_DEPTH),
            Text.of("config.too_deep.action", source=source),
        )
    return document


def _depth(document: dict[str, Any]) -> int:
    """How deeply `document` nests (without recursion, so any depth is measured safely)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(document, 1)]
    while stack:
        value, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            break
        children = value.values() if isinstance(value, dict) else value
        stack.extend((c, depth + 1) for c in children if isinstance(c, dict | list))
    return deepest


def check_journal_path(journal: Path, source: str) -> None:
    """Refuse a journal path that cannot be this station's journal, before anything opens it.

    A directory is a mistyped path. An existing file of 0 bytes (with no write-ahead log
    holding its content) is not a journal: SQLite would take it as a new, empty database and
    the station would start a fresh chain in place of one that was cut short or replaced.
    """
    try:
        status = journal.stat()
    except (OSError, ValueError):
        return  # absent (a new journal is created) or unreadable (opening it says why)
    where = f"{source}: `journal_path` = {shown(str(journal))}"
    if stat.S_ISDIR(status.st_mode):
        raise ConfigError(
            Text.of("config.journal_folder", where=where),
            Text.of(
                "config.journal_folder.action",
                example=str(journal / "journal.sqlite"),
                source=source,
            ),
        )
    wal = journal.with_name(journal.name + "-wal")
    empty = status.st_size == 0 and not (wal.exists() and wal.stat().st_size > 0)
    if empty:
        raise ConfigError(
            Text.of("config.journal_empty", where=where), Text.of("config.journal_empty.action")
        )


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
        Text.of("config.not_saved", path=str(path), reason=exc.strerror or str(exc)),
        Text.of("config.not_saved.action"),
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
