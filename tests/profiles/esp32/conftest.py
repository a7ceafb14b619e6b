"""A simulated ESP32 per test, opened through the profile as the engine opens it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from station.sandbox.esp32.chip import ChipSpec
from station.sandbox.esp32.process import SimulatedEsp32


@pytest.fixture
def esp32(tmp_path: Path) -> Iterator[SimulatedEsp32]:
    dev = SimulatedEsp32(tmp_path / "esp32", ChipSpec())
    yield dev
    dev.stop()
