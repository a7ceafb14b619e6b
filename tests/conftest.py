"""Shared test set-up.

Qt runs offscreen unless a test run sets a platform on purpose (screenshots under Xvfb).
Shared fixtures for running sandboxes live in `tests/fixtures/` and are imported here.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.fixtures.keyring",
    "tests.fixtures.sim",
    "tests.fixtures.pairing",
    "tests.fixtures.engine",
    "tests.fixtures.journal",
    "tests.fixtures.supervisor",
    "tests.fixtures.postgres",
]
