"""The layers of docs/architecture (../shared/reference/architecture.md) hold, the core stays
importable without Qt, and the `station` command answers.

`LAYERS` is the architecture's table as data: for each part of `station/`, the other parts it may
import (at load time, inside functions and under TYPE_CHECKING alike). A part missing from the
table fails the test: add its row here, with the layers it sits on, when you add the package.
A command module that must reach past its package's row is listed in `EXEMPT` with the reason.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
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


# Helpers every layer may use: the version, errors with their operator action, cancel tokens
# and deadlines, the secret wrapper, texts by message ID and their catalogue. `config` sits
# beside the layers and may be used by all.
_BASE = frozenset({"station", "errors", "cancel", "secret", "text", "catalogue"})
_ALL = frozenset(
    {
        "config", "net", "link", "device", "profiles", "pairing", "journal", "ports", "roles",
        "targets", "peripherals", "mes", "fleet", "engine", "line", "rework", "sandbox",
        "demo", "demo_fleet",
    }
)  # fmt: skip


def _may(*parts: str) -> frozenset[str]:
    return _BASE | {"config"} | set(parts)


LAYERS: dict[str, frozenset[str]] = {
    "station": frozenset(),
    # The one English source of the operator's messages, and the texts made from it.
    "catalogue": frozenset(),
    "text": frozenset({"catalogue"}),
    "errors": frozenset({"text"}),
    "cancel": frozenset({"errors", "text"}),
    "secret": frozenset({"errors"}),
    "config": _BASE,
    # A request deadline for every HTTP client (Pairing, MES).
    "net": _may(),
    # Serial port and SMP console framing: pyserial and smp only.
    "link": _may(),
    # The SMP provisioning group, until it has moved into profiles/smp.
    "device": _may("link"),
    # One package per kind of device: link, esptool, smp; never pairing, journal, engine, ui.
    "profiles": _may("link", "device"),
    # Pairing client, tokens, keyring, device IDs: never link, device, journal, engine, ui.
    "pairing": _may("net"),
    # SQLite store, chain, outbox, queries, export, verify.
    "journal": _may(),
    # Fixture port discovery and slot bindings; who holds a port's lock comes from the link.
    "ports": _may("link"),
    # Sign-in and privileges, audited in the journal.
    "roles": _may("journal"),
    # Realm targets: their token sources, credentials, Test connection, supervisor actions.
    "targets": _may("net", "pairing", "journal", "roles"),
    "peripherals": _may("net", "link", "ports"),
    "mes": _may("net"),
    # Shipping the journal to PostgreSQL: the journal's read side and psycopg; never the engine.
    "fleet": _may("net", "journal"),
    # The transaction, recovery, policy, slot workers: never ui or sandbox, and never the wire
    # (link, or a profile's implementation: see test_the_engine_talks_to_a_profile_only).
    "engine": _may(
        "net",
        "profiles",
        "pairing",
        "journal",
        "ports",
        "roles",
        "targets",
        "fleet",
        "mes",
        "peripherals",
    ),
    # The line beside the fixture: the engine's events on the tower light, the fail sound and
    # the unit's label; above the engine (it wraps its runner), below the GUI, no Qt.
    "line": _may("engine", "journal", "peripherals", "net", "roles", "targets"),
    # Rework provisions again through the fixture's runner with its line (the unit's label).
    "rework": _may(
        "link",
        "device",
        "profiles",
        "pairing",
        "journal",
        "ports",
        "roles",
        "targets",
        "engine",
        "line",
    ),
    # Simulated devices and the Pairing stand-in: protocol definitions, never engine or journal.
    "sandbox": _may("link", "device", "profiles", "pairing"),
    # The demo wiring (simulated fixture + stand-in + a configuration) sits above sandbox and
    # engine so that neither needs the other.
    "demo": _may("sandbox"),
    # The fleet demo: two demo stations and a throwaway centre, driven through the `station`
    # command; the keyring only to tidy the demo's own entries.
    "demo_fleet": _may("sandbox", "demo", "pairing"),
    # The headless demo: the demo environment under `station provision` (the engine's command),
    # and what the journal recorded of the line.
    "demo_headless": _may("sandbox", "demo", "engine", "journal"),
    # `station demo`: the headless demo, the fleet demo, or the operator screen (ui lazily).
    "demo_cli": _may("sandbox", "demo", "demo_headless", "demo_fleet"),
    # The `station` command and its entry points sit on top (ui only lazily, tested below).
    "cli": _BASE | _ALL,
    "gui_cli": _BASE | _ALL,
    "__main__": _BASE | _ALL | {"cli"},
}

#: Command modules allowed past their package's row, each with its reason.
EXEMPT: dict[str, tuple[frozenset[str], str]] = {
    "station/config/docs.py": (
        frozenset({"profiles"}),
        "`python -m station.config.docs` writes every profile's option table on its page",
    ),
    "station/config/cli.py": (
        frozenset({"profiles", "peripherals"}),
        "`config check` asks each profile a slot uses to check its own [profiles.KIND] table, "
        "and checks each target's label template file as the line will read it",
    ),
    "station/engine/cli.py": (
        frozenset({"line"}),
        "`station provision` runs the fixture with its line (tower light, fail sound, labels)",
    ),
    "station/fleet/lot_cli.py": (
        frozenset({"roles"}),
        "`station fleet lot open/close` proves the station's supervisor role: the centre may be "
        "down, which is when a lot is opened",
    ),
    "station/fleet/supervisor_cli.py": (
        frozenset({"roles"}),
        "`station fleet release-claim` proves the station's supervisor role as well as the "
        "supervisor's own role at the centre",
    ),
    "station/fleet/cli.py": (
        frozenset({"pairing"}),
        "`station fleet set-password`/`check` keep the fleet role's password in the keyring, "
        "through the one keyring module",
    ),
}

#: Third-party packages only some parts may import (the table's "knows about" column).
ONLY_IN: dict[str, frozenset[str]] = {
    "psycopg": frozenset({"fleet"}),
    "serial": frozenset({"link", "ports", "profiles", "peripherals"}),
    "smp": frozenset({"link", "profiles", "sandbox"}),
    "smpclient": frozenset({"profiles", "sandbox"}),
    "esptool": frozenset({"profiles", "sandbox"}),
    "esp_idf_nvs_partition_gen": frozenset({"profiles", "sandbox"}),
    "httpx": frozenset({"net", "pairing", "mes"}),
    "httpcore": frozenset({"net"}),
    "jwt": frozenset({"pairing", "sandbox"}),
    "cryptography": frozenset({"pairing", "sandbox"}),
    "sqlite3": frozenset({"journal", "sandbox"}),
    # Pairing's keystore; the Zephyr profile reads its Wi-Fi password itself, because profiles
    # may not import pairing (a keyring module below both would remove this second reader).
    "keyring": frozenset({"pairing", "profiles"}),
}
#: What ui/ never imports: it talks to the engine, never to a device.
UI_NEVER = frozenset({"link", "device", "profiles"})


def _part(path: Path) -> str:
    """`station/engine/worker.py` -> "engine"; `station/cli.py` -> "cli"."""
    rel = path.relative_to(ROOT / "station")
    if len(rel.parts) == 1:
        return "station" if rel.stem == "__init__" else rel.stem
    return rel.parts[0]


def _station_imports(path: Path) -> Iterator[tuple[str, int]]:
    """Every `station.*` module `path` imports, anywhere in it, with the line."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                yield f"{node.module}.{alias.name}", node.lineno


def _target_part(name: str) -> str | None:
    parts = name.split(".")
    if parts[0] != "station":
        return None
    if len(parts) == 1:
        return "station"
    # `from station import __version__` names the package itself, not a part.
    return (
        parts[1]
        if (ROOT / "station" / parts[1]).exists() or (ROOT / "station" / f"{parts[1]}.py").exists()
        else "station"
    )


def _station_files() -> list[Path]:
    return sorted((ROOT / "station").rglob("*.py"))


def test_every_part_of_station_has_a_row_in_the_layer_table() -> None:
    missing = sorted({_part(p) for p in _station_files()} - set(LAYERS))
    assert missing == [], f"add a row to LAYERS in {__file__} for: {', '.join(missing)}"


def _part_edges() -> dict[tuple[str, str], list[str]]:
    """(importer part, imported part) -> where, for imports across parts."""
    edges: dict[tuple[str, str], list[str]] = {}
    for path in _station_files():
        here = _part(path)
        for name, line in _station_imports(path):
            there = _target_part(name)
            if there is not None and there != here:
                edges.setdefault((here, there), []).append(f"{path.relative_to(ROOT)}:{line}")
    return edges


def test_each_part_imports_only_the_layers_the_table_allows() -> None:
    offenders = []
    for path in _station_files():
        rel = str(path.relative_to(ROOT))
        here = _part(path)
        allowed = LAYERS.get(here, frozenset()) | EXEMPT.get(rel, (frozenset(), ""))[0]
        for name, line in _station_imports(path):
            there = _target_part(name)
            if there is not None and there != here and there not in allowed:
                offenders.append(f"{rel}:{line} ({here}) imports {name} ({there})")
    assert offenders == []


def test_the_exemptions_are_still_needed() -> None:
    edges = _part_edges()
    stale = []
    for rel, (parts, _reason) in EXEMPT.items():
        here = _part(ROOT / rel)
        used = {there for (a, there), where in edges.items() if a == here for w in where
                if w.startswith(f"{rel}:")}  # fmt: skip
        stale += [f"{rel} -> {p}" for p in sorted(parts - used)]
    assert stale == []


def test_parts_import_no_cycles() -> None:
    """The layers form no cycle, leaving out the exempt command modules' imports."""
    graph: dict[str, set[str]] = {}
    for (a, b), where in _part_edges().items():
        exempt = all(w.split(":")[0] in EXEMPT and b in EXEMPT[w.split(":")[0]][0] for w in where)
        if not exempt:
            graph.setdefault(a, set()).add(b)
    assert _cycles(graph) == []


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_modules_import_no_cycles() -> None:
    """No module of station/ or ui/ imports one that imports it back, even lazily or only for
    type checking."""
    files = _station_files() + sorted((ROOT / "ui").rglob("*.py"))
    modules = {_module_name(p): p for p in files}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        for imported, _line in _station_imports(path):
            target = imported
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                graph.setdefault(name, set()).add(target)
    assert _cycles(graph) == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one node (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_third_party_packages_stay_in_their_layer() -> None:
    offenders = []
    for path in _station_files():
        here = _part(path)
        for name in _imported_modules(path):
            owners = ONLY_IN.get(name.split(".")[0])
            if owners is not None and here not in owners:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_ui_talks_to_the_engine_never_to_a_device() -> None:
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for name, line in _station_imports(path):
            if _target_part(name) in UI_NEVER:
                offenders.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert offenders == []


#: What the engine may import of `station.profiles`: the registry and the interface (the scan
#: inbox is interface too: the engine hands it to the profiles that identify a unit by its label).
ENGINE_PROFILE_MODULES = frozenset(
    {"station.profiles", "station.profiles.base", "station.profiles.label_scan"}
)


def test_the_engine_talks_to_a_profile_only() -> None:
    """The transaction is the strategy, a profile the protocol: the engine never reaches an
    SMP, ESP32 or Zephyr implementation (SEAM.md)."""
    offenders = []
    for path in sorted((ROOT / "station" / "engine").rglob("*.py")):
        for name, line in _station_imports(path):
            module = name if (ROOT / Path(*name.split("."))).exists() else name.rpartition(".")[0]
            if module.startswith("station.profiles") and module not in ENGINE_PROFILE_MODULES:
                offenders.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert offenders == []


#: The most lines a module of station/, ui/, tools/ or bench/ may have: past it, a module holds
#: more than one job.
MAX_MODULE_LINES = 500


def test_no_module_is_over_500_lines() -> None:
    """Split a module that grows past the limit by job (what moved where goes in the commit)."""
    files = (
        _station_files()
        + sorted((ROOT / "ui").rglob("*.py"))
        + sorted((ROOT / "tools").rglob("*.py"))
        + sorted((ROOT / "bench").rglob("*.py"))
    )
    over = {
        str(path.relative_to(ROOT)): lines
        for path in files
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert over == {}


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": {"c"}}) == []


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
