"""The project builds as a wheel without setuptools' deprecation warnings.

A deprecated form in pyproject.toml (such as `project.license` as a table) builds today and
breaks on a dated setuptools release; the warning only shows in pip's output, so it is checked
here rather than noticed in a log.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_builds_without_deprecation_warnings(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert list(tmp_path.glob("provisioning_station-*.whl"))
    warnings = [line for line in proc.stderr.splitlines() if "deprecat" in line.lower()]
    assert warnings == []
