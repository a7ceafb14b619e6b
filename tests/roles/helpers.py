"""Shared set-up for role tests: a real journal and configured role passwords."""

from __future__ import annotations

from pathlib import Path

from station.config.model import RolesConfig
from station.config.passwords import hash_password

SUPERVISOR_PASSWORD = "line three supervisor"
QA_PASSWORD = "quality first, always"


def roles_config(**changes: object) -> RolesConfig:
    base = {
        "qa_password_hash": hash_password(QA_PASSWORD),
        "supervisor_password_hash": hash_password(SUPERVISOR_PASSWORD),
    }
    base.update(changes)  # type: ignore[arg-type]
    return RolesConfig(**base)  # type: ignore[arg-type]


class FakeClock:
    """A monotonic clock the test moves by hand (the policies take the clock as a parameter)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.db"
