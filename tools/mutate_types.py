"""`make mutate`'s type check: which mutants mypy rejects, as `make lint` would.

mutmut (pyproject's `type_check_command`) runs this in its `mutants/` directory and reads back
mypy's JSON lines, one per error: a mutant with an error of its own could never pass
`make lint`, so mutmut counts it as caught by the type checker and runs no test for it.

mutmut's copy of a module is not the module: its dispatch tables carry bare `# type: ignore`
comments, each function becomes a decorated original plus an unmutated copy
(`NAME__mutmut_orig`) and one copy per mutant (`NAME__mutmut_N`), and the decorator hides
TypeGuard narrowing and repeats annotated attributes. Those raise errors that no mutant made.
So an error is passed on only if it is inside a mutant's copy and is more than its function's
unmutated copy has (the same code and message, counted): what the mutation itself broke.
Anything else is left out, so a mutant is never counted as caught on the scaffolding's account;
if mypy cannot run at all, the run stops and says so.

    python tools/mutate_types.py mypy    (the word tells mutmut to read mypy's format)
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

_MUTANT = re.compile(r"^(?P<base>.+)__mutmut_(?P<which>orig|\d+)$")
_LINE = re.compile(r"\bline \d+\b")


def _copies(path: Path) -> list[tuple[int, int, str, str]]:
    """(first line, last line, function, "orig" or the mutant's number) of each copy."""
    spans = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found = _MUTANT.match(node.name)
            if found and node.end_lineno is not None:
                spans.append((node.lineno, node.end_lineno, found["base"], found["which"]))
    return spans


def _owner(copies: list[tuple[int, int, str, str]], line: int) -> tuple[str, str] | None:
    inside = [c for c in copies if c[0] <= line <= c[1]]
    if not inside:
        return None
    _, _, base, which = max(inside, key=lambda c: c[0])  # the innermost copy
    return base, which


def own_errors(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The errors a mutation made (see the module's docstring), from mypy's JSON objects."""
    by_file: dict[str, list[tuple[tuple[str, str], dict[str, Any]]]] = {}
    copies: dict[str, list[tuple[int, int, str, str]]] = {}
    for error in errors:
        name = error["file"]
        if name not in copies:
            copies[name] = _copies(Path(name))
        owner = _owner(copies[name], int(error["line"]))
        if owner is not None:
            by_file.setdefault(name, []).append((owner, error))
    kept = []
    for found in by_file.values():
        baseline: dict[str, Counter[tuple[str, str]]] = {}
        for (base, which), error in found:
            if which == "orig":
                baseline.setdefault(base, Counter())[_key(error)] += 1
        seen: dict[tuple[str, str], Counter[tuple[str, str]]] = {}
        for (base, which), error in found:
            if which == "orig":
                continue
            counted = seen.setdefault((base, which), Counter())
            counted[_key(error)] += 1
            if counted[_key(error)] > baseline.get(base, Counter())[_key(error)]:
                kept.append(error)
    return kept


def _key(error: dict[str, Any]) -> tuple[str, str]:
    return str(error.get("code")), _LINE.sub("line N", str(error.get("message")))


def main() -> int:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "station", "--output", "json"],
        capture_output=True,
        encoding="utf-8",
        check=False,
    )
    if done.returncode not in (0, 1):
        # mypy itself could not run (not installed where `python` is, a broken configuration):
        # a line mutmut cannot read stops the run with these words, rather than every mutant
        # going on to its tests as though mypy had found nothing.
        reason = " ".join((done.stderr or done.stdout).split())[:300]
        sys.stdout.write(f"mypy could not check mutmut's copy (exit {done.returncode}): {reason}\n")
        return 1
    errors = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    sys.stdout.write("".join(json.dumps(e) + "\n" for e in own_errors(errors)) or "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
