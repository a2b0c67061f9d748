"""No `__init__` in caseapp/ui runs past 100 lines: a form or view is built
from small `_build_*` methods, one per section (read from the source with
`ast`, nothing is imported)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "caseapp" / "ui"
LIMIT = 100


def _inits() -> dict[str, int]:
    """'module.py:Class' -> the number of lines of that class's __init__."""
    out: dict[str, int] = {}
    for path in sorted(UI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    assert item.end_lineno is not None
                    out[f"{path.name}:{node.name}"] = item.end_lineno - item.lineno + 1
    return out


def test_no_init_runs_past_100_lines() -> None:
    inits = _inits()
    # the check reads what it should: the forms and views are there
    assert {"create_form.py:CreateCaseForm", "today_view.py:TodayView"} <= set(inits)
    assert len(inits) > 40
    long = {name: lines for name, lines in inits.items() if lines > LIMIT}
    assert long == {}, f"split these into _build_* sections: {long}"
