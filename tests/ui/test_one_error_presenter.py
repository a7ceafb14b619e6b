"""No screen words an exception on its own: every one goes through `ui.errors` (`describe`,
`in_words`, `show_failure`, `error_box`, `present_error`), so an error reads the same on every
screen and a bug always reaches the crash dialog.

The check reads the source of ui/: an exception caught (`except ... as exc`) or handed to a
failure callback (a parameter named like one or typed as one) may be passed on, tested and
re-raised, but not taken apart into text: no `exc.message`, `exc.action`, `exc.args`,
`str(exc)`, `repr(exc)`, `{exc}` in an f-string or `type(exc).__name__` outside ui/errors.py.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRESENTER = ROOT / "ui" / "errors.py"
EXCEPTION_PARAMETERS = frozenset({"exc", "err", "error", "e"})
TAKEN_APART = frozenset({"message", "action", "args"})


def _exception_names(tree: ast.AST) -> set[str]:
    names = set(EXCEPTION_PARAMETERS)
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
        elif isinstance(node, ast.arg) and node.annotation is not None:
            annotation = ast.unparse(node.annotation)
            if annotation.endswith(("Error", "Exception", "Invalid")):
                names.add(node.arg)
    return names


def wordings(source: str, filename: str = "<source>") -> list[str]:
    """Where `source` turns an exception into text itself, as "line: code"."""
    tree = ast.parse(source, filename=filename)
    names = _exception_names(tree)

    def is_exc(node: ast.AST) -> bool:
        return isinstance(node, ast.Name) and node.id in names

    found: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        worded = (
            (isinstance(node, ast.Attribute) and node.attr in TAKEN_APART and is_exc(node.value))
            or (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("str", "repr", "format")
                and any(is_exc(a) for a in node.args)
            )
            or (isinstance(node, ast.FormattedValue) and is_exc(node.value))
            or (
                isinstance(node, ast.Attribute)
                and node.attr == "__name__"
                and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Name)
                and node.value.func.id == "type"
                and any(is_exc(a) for a in node.value.args)
            )
        )
        if worded and isinstance(node, ast.expr):
            found.append((node.lineno, node.col_offset, ast.unparse(node)))
    return [f"{line}: {code}" for line, _col, code in sorted(found)]


def test_no_screen_words_an_exception_itself() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{where}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        if path != PRESENTER
        for where in wordings(path.read_text(encoding="utf-8"), str(path))
    ]
    assert offenders == []


def test_the_check_sees_each_way_of_wording_an_exception() -> None:
    source = """
def failed(exc: BaseException) -> None:
    label.setText(f"Not done: {exc.message} {exc.action}")

try:
    run()
except OSError as problem:
    label.setText(f"Cannot read: {problem}")
    label.setText(str(problem))
    label.setText(type(problem).__name__)

lambda err: label.setText(repr(err))

def shown(reason: TargetInvalid) -> str:
    return reason.args[0]
"""
    assert [w.partition(":")[0] for w in wordings(source)] == [
        "3", "3", "8", "9", "10", "12", "15"
    ]  # fmt: skip
    fine = """
def failed(exc: BaseException) -> None:
    show_failure(exc, label.setText, parent, before="Not done: ")
    form.show_error(exc.field, describe(exc).message)
    if isinstance(exc, Cancelled):
        raise exc
"""
    assert wordings(fine) == []
