"""The package's shape (docs/architecture.md): stages import only downward, nothing imports in a
circle, and no module grows past what one reader can hold."""
from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "govreport"

# The stages, lowest first: a module may import its own stage or one below it.
LAYERS = {
    "govreport.errors": 0, "govreport.config": 0, "govreport.json_words": 0, "govreport.lexicon": 0, "govreport.outputs": 0, "govreport.native": 0, "govreport.charsets": 0, "govreport.programs": 0, "govreport.first_chars": 0,
    "govreport.cue_words": 0, "govreport.data_checks": 0, "govreport.glossaries": 0,  # beside lexicon: cue words, data checks, glossaries
    "govreport.report": 1, "govreport.extract": 2, "govreport.tables": 3, "govreport.corpus": 4,
    "govreport.present": 5, "govreport.cli": 6, "govreport.__main__": 6, "govreport": 6,
}
MAX_LINES = 400


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer(module: str) -> int:
    """The stage of a module: its longest prefix in LAYERS."""
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        if ".".join(parts[:n]) in LAYERS:
            return LAYERS[".".join(parts[:n])]
    raise KeyError(module)


@cache  # walked once: each of the ~430 size checks below asks for its own module (read-only)
def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Every statement of a body and of the blocks inside it (functions, classes, if, try, with …):
    an import is a statement, so the expressions, most of a module's nodes, are never visited."""
    for node in body:
        yield node
        for block in ("body", "orelse", "finalbody", "handlers", "cases"):
            yield from statements(getattr(node, block, None) or [])


def imports(path: Path, known: set[str]) -> set[str]:
    """The package modules a file imports, at the top or inside a function alike."""
    found: set[str] = set()
    for node in statements(ast.parse(path.read_text(encoding="utf-8")).body):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("govreport"):
            for alias in node.names:  # `from govreport.tables import overview` imports a module
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in known else node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("govreport"))
    return found


@cache  # parsed once for the two tests that read it (read-only: each builds its own views)
def graph() -> dict[str, frozenset[str]]:
    mods = modules()
    known = set(mods)
    return {name: frozenset(imports(path, known) - {name}) for name, path in mods.items()}


def test_every_module_has_a_stage() -> None:
    for name in modules():
        layer(name)


def test_no_module_imports_a_later_stage() -> None:
    upward = sorted(f"{a} imports {b}" for a, targets in graph().items() for b in targets if layer(b) > layer(a))
    assert not upward, "\n".join(upward)


def test_no_import_circles() -> None:
    edges = graph()
    # a package's __init__ re-exporting its own modules is not a circle back into them
    edges = {a: {b for b in bs if not a.startswith(b + ".")} for a, bs in edges.items()}
    state: dict[str, int] = {}
    circles: list[str] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                circles.append(" -> ".join(trail[trail.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for start in sorted(edges):
        if start not in state:
            visit(start, [start])
    assert not circles, "\n".join(circles)


@pytest.mark.parametrize("name", sorted(modules()))
def test_modules_stay_small(name: str) -> None:
    lines = len(modules()[name].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{name} has {lines} lines (at most {MAX_LINES}): split it by what it does"
