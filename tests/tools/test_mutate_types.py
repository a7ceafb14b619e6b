"""`make mutate`'s type check (tools/mutate_types.py), run as mutmut runs it: real mypy over a
mutmut-shaped copy of a package, in the directory mutmut works in."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "mutate_types.py"

# A module as mutmut lays it out: the unmutated copy, two mutants, and code outside them. The
# bad annotation in every copy stands for mutmut's scaffolding (it is in the unmutated copy
# too); only mutant 2's `return None` is the mutation's own error.
MUTATED = """
def total__mutmut_orig(x: int) -> int:
    scaffolding: int = "same in every copy"
    return x + 1


def total__mutmut_1(x: int) -> int:
    scaffolding: int = "same in every copy"
    return x + 2


def total__mutmut_2(x: int) -> int:
    scaffolding: int = "same in every copy"
    return None


def decorated_original(x: int) -> int:
    return "outside every copy"
"""


def _run_in(directory: Path) -> subprocess.CompletedProcess[str]:
    """The script as mutmut runs it: in `directory`, with the word that means mypy's format."""
    return subprocess.run(
        [sys.executable, str(SCRIPT), "mypy"],
        cwd=directory,
        capture_output=True,
        encoding="utf-8",
        check=False,
    )


def test_only_the_errors_a_mutation_made_are_passed_on(tmp_path: Path) -> None:
    (tmp_path / "station").mkdir()
    (tmp_path / "station" / "__init__.py").write_text("")
    (tmp_path / "station" / "m.py").write_text(MUTATED)
    done = _run_in(tmp_path)
    assert done.returncode == 0, done.stdout
    errors = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert [(e["file"], e["line"], e["code"]) for e in errors] == [
        ("station/m.py", 14, "return-value")
    ]


def test_a_mypy_that_cannot_run_stops_the_run_with_its_reason(tmp_path: Path) -> None:
    # No `station` here: mypy fails before checking anything. What is printed is not mypy's
    # JSON, so mutmut stops and shows it, instead of testing every mutant as though none had
    # a type error.
    done = _run_in(tmp_path)
    assert done.returncode == 1
    assert done.stdout.startswith("mypy could not check mutmut's copy (exit 2): ")
    assert "station" in done.stdout
