"""The layer order of docs/architecture.md, enforced on the import graph.

Every import of one caseapp package by another (at module level or inside a
function) must be one the table below allows; the libraries that belong to
one layer (Qt, SQLAlchemy, reportlab) stay in it; and no two caseapp modules
import each other at module level, directly or through others.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "caseapp"

# Leaf modules at the top of the package, importable from every layer.
BASE = {"caseapp", "atomic", "paths", "logs", "crash", "parsecache", "scratch", "codecache"}

# What each layer may import besides itself and BASE (docs/architecture.md).
ALLOWED: dict[str, set[str]] = {
    "atomic": set(),
    "paths": set(),
    "logs": set(),
    "crash": set(),
    "parsecache": set(),
    "scratch": set(),
    "codecache": set(),
    "caseapp": set(),
    "domain": set(),
    "i18n": {"domain"},
    "casefile": {"domain", "i18n"},
    "rules": {"domain", "i18n"},
    "storage": {"domain", "casefile"},
    "report": {"domain", "i18n", "casefile", "rules"},
    "casework": {"domain", "i18n", "casefile", "rules"},
    "services": {"domain", "i18n", "casefile", "rules", "storage"},
    "cli": {"domain", "i18n", "casefile", "rules", "report", "casework", "services"},
    "ui": {"domain", "i18n", "casefile", "rules", "casework", "services"},
    "__main__": {"i18n", "cli", "ui"},
}

# Third-party libraries that only some layers may import.
LIBRARY_LAYERS = {
    "PySide6": {"ui", "__main__"},
    "shiboken6": {"ui"},
    "sqlalchemy": {"storage", "services"},
    "alembic": {"storage"},
    "reportlab": {"report"},
    "pypdf": {"report"},
    # the Word copy (report/docx.py): python-docx and the lxml it brings
    "docx": {"report"},
    "lxml": {"report"},
    # encryption at rest: the sealed-stream format (casefile/sealed.py) and the keys,
    # the SQLCipher connections and the switch (storage/)
    "cryptography": {"casefile", "storage"},
    "argon2": {"casefile", "storage"},
    "sqlcipher3": {"storage"},
}


def _modules() -> dict[str, Path]:
    out = {}
    for path in ROOT.rglob("*.py"):
        if "migrations" in path.parts:
            continue  # Alembic's env.py and versions, loaded by path
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "caseapp"


def _imported(module: str, node: ast.Import | ast.ImportFrom) -> list[str]:
    """The full names ``node`` imports (a package's imported names that are
    modules count as those modules)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if node.level:
        package = module if MODULES[module].name == "__init__.py" else module.rsplit(".", 1)[0]
        base = package.split(".")[: len(package.split(".")) - node.level + 1]
        source = ".".join(base + ([node.module] if node.module else []))
    else:
        source = node.module or ""
    return [f"{source}.{a.name}" if f"{source}.{a.name}" in MODULES else source for a in node.names]


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _top_level(statements: list[ast.stmt]) -> list[ast.Import | ast.ImportFrom]:
    """Imports that run when the module is imported (not in functions, not
    under TYPE_CHECKING)."""
    found: list[ast.Import | ast.ImportFrom] = []
    for node in statements:
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If) and not _is_type_checking(node):
            found += _top_level(node.body) + _top_level(node.orelse)
        elif isinstance(node, ast.Try):
            found += _top_level(node.body) + _top_level(node.orelse) + _top_level(node.finalbody)
            for handler in node.handlers:
                found += _top_level(handler.body)
    return found


def _trees() -> dict[str, ast.Module]:
    return {m: ast.parse(p.read_text(encoding="utf-8")) for m, p in MODULES.items()}


def test_layers_import_only_downwards() -> None:
    wrong = []
    for module, tree in _trees().items():
        here = layer(module)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for name in _imported(module, node):
                top = name.split(".")[0]
                if top == "caseapp" and name in MODULES:
                    there = layer(name)
                    if there != here and there not in BASE and there not in ALLOWED[here]:
                        wrong.append(f"{module}:{node.lineno} imports {name} ({here} -> {there})")
                elif top in LIBRARY_LAYERS and here not in LIBRARY_LAYERS[top]:
                    wrong.append(f"{module}:{node.lineno} imports {name} ({here} may not)")
    assert not wrong, "\n".join(wrong)


def test_every_package_has_a_place_in_the_table() -> None:
    assert {layer(m) for m in MODULES} <= set(ALLOWED)


def test_no_import_cycles_between_modules() -> None:
    graph: dict[str, set[str]] = defaultdict(set)
    for module, tree in _trees().items():
        for node in _top_level(tree.body):
            graph[module].update(n for n in _imported(module, node) if n in MODULES and n != module)
    cycles = _cycles(graph)
    assert not cycles, cycles


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_checks_see_a_wrong_import_and_a_cycle() -> None:
    """The checks above can fail: a storage -> services edge and a two-module
    cycle are both found."""
    assert "services" not in ALLOWED["storage"]
    assert _cycles({"a": {"b"}, "b": {"a"}, "c": set()}) == [["a", "b"]]
    tree = ast.parse("from caseapp.services.api import ServiceError")
    node = tree.body[0]
    assert isinstance(node, ast.ImportFrom)
    assert layer(_imported("caseapp.storage.records", node)[0]) == "services"
