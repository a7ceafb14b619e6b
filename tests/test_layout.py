"""The core stays importable without Qt, and the `station` command answers."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "PySide2", "qtpy")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_module_under_station_imports_qt() -> None:
    offenders = []
    for path in sorted((ROOT / "station").rglob("*.py")):
        for name in _imported_modules(path):
            if name.split(".")[0] in QT_MODULES:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def _module_level_imports(path: Path) -> set[str]:
    """Imports executed when the module loads (not those inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _is_ui(name: str) -> bool:
    return name == "ui" or name.startswith("ui.")


def test_station_core_never_imports_ui() -> None:
    """Only command modules may reach the GUI, and only lazily, inside the command's function."""
    offenders = []
    for path in sorted((ROOT / "station").rglob("*.py")):
        rel = path.relative_to(ROOT)
        if any(_is_ui(n) for n in _module_level_imports(path)):
            offenders.append(f"{rel} imports ui when it loads")
        elif not path.name.endswith("cli.py") and any(_is_ui(n) for n in _imported_modules(path)):
            offenders.append(f"{rel} imports ui outside a command module")
    assert offenders == []


def test_importing_the_core_loads_no_qt() -> None:
    code = (
        "import importlib, pkgutil, sys, station\n"
        "for m in pkgutil.walk_packages(station.__path__, 'station.'):\n"
        "    if not m.name.endswith('__main__'):\n"
        "        importlib.import_module(m.name)\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == ""


def test_station_version_command() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "station", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.startswith("station ")
