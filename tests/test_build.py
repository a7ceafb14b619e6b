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


def _debian_deps() -> set[str]:
    """The Debian packages tools/debian-deps.sh installs (its `packages=( … )` list)."""
    text = (ROOT / "tools" / "debian-deps.sh").read_text("utf-8")
    listed = text.split("packages=(", 1)[1].split("\n)", 1)[0]
    return {word for line in listed.splitlines() for word in line.split("#", 1)[0].split()}


def test_the_shared_libpython_that_pyinstaller_bundles_is_a_listed_dependency() -> None:
    # `make package` on a fresh Debian 12 failed: PyInstaller needs the shared libpython, which
    # Debian ships apart from python3, and the build machine happened to have it.
    libpython = f"libpython{sys.version_info.major}.{sys.version_info.minor}"
    deps = _debian_deps()
    assert {"xvfb", "debootstrap", "dpkg-dev"} <= deps  # the list was read
    assert libpython in deps
    assert libpython in (ROOT / "docs" / "development.md").read_text("utf-8")
