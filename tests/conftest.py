"""Shared test set-up.

Qt runs offscreen unless a test run sets a platform on purpose (screenshots under Xvfb).
Shared fixtures for running sandboxes live in `tests/fixtures/` and are imported here.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.fixtures.keyring",
    "tests.fixtures.sim",
    "tests.fixtures.pairing",
    "tests.fixtures.engine",
    "tests.fixtures.esp32_engine",
    "tests.fixtures.journal",
    "tests.fixtures.supervisor",
    "tests.fixtures.postgres",
]


@pytest.fixture(scope="session")
def qapp() -> QApplication:
    """The application every Qt test runs in: the station's own (`ui.app.application`: its
    style and type), not pytest-qt's plain one, whose smaller default type let a window pass
    a fit test that it failed on the station."""
    from ui.app import application

    return application()
