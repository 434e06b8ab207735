"""House rule: the UI is feature packages with arrows one way, and nothing in trustdesk/ loops.

- every module of ``trustdesk/ui/`` lives in one of the packages of ``UI_PACKAGES`` (no loose files);
- a UI package imports only the packages ``UI_PACKAGES`` allows it (ARCHITECTURE.md, "Layers"):
  a lower package never imports a higher one;
- no import loop anywhere in ``trustdesk/``: lazy imports inside functions count, imports under
  ``if TYPE_CHECKING:`` do not (they never run, so they cannot close a loop at run time; they do
  count for the package order);
- only the entry points (``trustdesk/__main__.py``, ``main.py``) import the headless commands
  of ``trustdesk/cli/``.

The check reads source files with ``ast``; it never imports the app.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "trustdesk"

# Each UI package and the UI packages it may import (besides itself).  Read top to bottom: a
# package may only use packages listed above it.
UI_PACKAGES: dict[str, frozenset[str]] = {
    "kit": frozenset(),
    "output": frozenset({"kit"}),
    "security": frozenset({"kit", "output"}),
    "reports": frozenset({"kit", "output"}),
    "documents": frozenset({"kit", "output"}),
    "directory": frozenset({"kit", "output"}),
    "safety": frozenset({"kit", "output"}),
    "case": frozenset({"kit", "output", "documents", "directory", "safety"}),
    "exchange": frozenset({"kit", "output", "reports", "documents", "directory", "safety", "case"}),
    "desk": frozenset({"kit", "output", "reports", "documents", "directory", "safety", "case", "exchange"}),
    "shell": frozenset({"kit", "output", "security", "reports", "documents", "directory", "safety", "case",
                        "exchange", "desk"}),
}

# Arrows that break the order / loops, each on its way out.  Keep these empty: the test fails
# when one appears, and when a listed one disappears (so that a list only ever shrinks).
KNOWN_UPWARD: frozenset[tuple[str, str]] = frozenset()
KNOWN_LOOPS: frozenset[frozenset[str]] = frozenset()
CLI_IMPORTERS = frozenset({"trustdesk.__main__", "main"})


@dataclass(frozen=True)
class Arrow:
    source: str
    target: str
    line: int
    type_only: bool  # under ``if TYPE_CHECKING:``


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, type_only: bool = False) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import statement, at any depth (functions, methods, branches), with whether it sits
    under ``if TYPE_CHECKING:``."""
    for child in ast.iter_child_nodes(tree):
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child, type_only
        elif isinstance(child, ast.If) and _is_type_checking(child.test):
            for node in child.body:
                yield from _imports(ast.Module(body=[node], type_ignores=[]), True)
            for node in child.orelse:
                yield from _imports(ast.Module(body=[node], type_ignores=[]), type_only)
        else:
            yield from _imports(child, type_only)


def arrows(source: str, module: str, is_package: bool, known: Iterable[str]) -> Iterator[Arrow]:
    """The project modules ``module`` imports, resolved to the modules that exist in ``known``
    (``from pkg import name`` is the module ``pkg.name`` when that is a module, else ``pkg``)."""
    modules = set(known)
    package = module.split(".") if is_package else module.split(".")[:-1]

    def existing(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    for node, type_only in _imports(ast.parse(source)):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            for alias in node.names:
                full = f"{prefix}.{alias.name}"
                targets.append(full if full in modules else prefix)
        for target in targets:
            found = existing(target)
            if found and found != module:
                yield Arrow(module, found, node.lineno, type_only)


def project_arrows(root: Path = ROOT) -> tuple[set[str], list[Arrow]]:
    files = {p: module_name(p, root) for p in (root / "trustdesk").rglob("*.py") if "__pycache__" not in p.parts}
    files[root / "main.py"] = "main"
    modules = set(files.values())
    found: list[Arrow] = []
    for path, module in files.items():
        found.extend(arrows(path.read_text(encoding="utf-8"), module, path.name == "__init__.py", modules))
    return modules, found


def loops(edges: Mapping[str, Iterable[str]]) -> set[frozenset[str]]:
    """The import loops: strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()
    nodes = set(edges) | {t for ts in edges.values() for t in ts}

    def visit(start: str) -> None:
        # iterative, so a deep graph cannot exhaust the recursion limit
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(edges.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.add(frozenset(component))

    for node in sorted(nodes):
        if node not in index:
            visit(node)
    return found


def ui_package(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 3 and parts[:2] == ["trustdesk", "ui"] else None


def order_violations(found: Iterable[Arrow]) -> set[tuple[str, str]]:
    bad = set()
    for arrow in found:
        source, target = ui_package(arrow.source), ui_package(arrow.target)
        if source and target and source != target and target not in UI_PACKAGES[source]:
            bad.add((arrow.source, arrow.target))
    return bad


# --- the repository ----------------------------------------------------------------------------


def test_every_ui_module_is_in_a_feature_package() -> None:
    modules, _ = project_arrows()
    loose = sorted(m for m in modules if m.startswith("trustdesk.ui.") and m.split(".")[2] not in UI_PACKAGES)
    assert loose == [], f"modules outside the feature packages (UI_PACKAGES): {loose}"


def test_ui_packages_import_only_lower_packages() -> None:
    _, found = project_arrows()
    assert order_violations(found) == set(KNOWN_UPWARD)


def test_no_import_loops_in_trustdesk() -> None:
    _, found = project_arrows()
    edges: dict[str, set[str]] = {}
    for arrow in found:
        if not arrow.type_only:
            edges.setdefault(arrow.source, set()).add(arrow.target)
    assert loops(edges) == set(KNOWN_LOOPS)


def test_only_entry_points_import_the_commands() -> None:
    _, found = project_arrows()
    bad = sorted(
        f"{a.source}:{a.line} -> {a.target}" for a in found
        if a.target.startswith("trustdesk.cli") and not a.source.startswith("trustdesk.cli")
        and a.source not in CLI_IMPORTERS
    )
    assert bad == []


def test_the_order_itself_has_no_loop() -> None:
    assert loops({k: set(v) for k, v in UI_PACKAGES.items()}) == set()
    assert all(set(v) <= set(UI_PACKAGES) for v in UI_PACKAGES.values())


# --- the checks themselves must be able to fail --------------------------------------------------


KNOWN = {"trustdesk", "trustdesk.ui", "trustdesk.ui.kit", "trustdesk.ui.kit.session", "trustdesk.ui.case",
         "trustdesk.ui.case.case_view", "trustdesk.vault", "trustdesk.vault.vault"}


def _arrows(source: str, module: str = "trustdesk.ui.kit.session", is_package: bool = False) -> list[Arrow]:
    return list(arrows(source, module, is_package, KNOWN))


def test_arrows_resolve_every_import_form() -> None:
    sources = [
        "from trustdesk.ui.case.case_view import CaseView\n",
        "import trustdesk.ui.case.case_view\n",
        "from trustdesk.ui.case import case_view\n",
        "from ..case.case_view import CaseView\n",
        "from ..case import case_view\n",
        "def later():\n    from trustdesk.ui.case.case_view import CaseView\n",
        "class A:\n    def m(self):\n        if True:\n            import trustdesk.ui.case.case_view as v\n",
    ]
    for source in sources:
        found = _arrows(source)
        assert [(a.target, a.type_only) for a in found] == [("trustdesk.ui.case.case_view", False)], source
        assert order_violations(found) == {("trustdesk.ui.kit.session", "trustdesk.ui.case.case_view")}, source


def test_type_checking_imports_are_marked() -> None:
    found = _arrows("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from trustdesk.vault.vault import V\n"
                    "else:\n    import trustdesk.ui.case\n")
    assert [(a.target, a.type_only) for a in found] == [("trustdesk.vault.vault", True), ("trustdesk.ui.case", False)]


def test_downward_and_third_party_imports_pass() -> None:
    found = _arrows("import os\nfrom PySide6.QtCore import Qt\nfrom trustdesk.ui.kit import session\n",
                    module="trustdesk.ui.case.case_view")
    assert [a.target for a in found] == ["trustdesk.ui.kit.session"]
    assert order_violations(found) == set()


def _reaches(edges: Mapping[str, Iterable[str]], start: str, goal: str) -> bool:
    seen, todo = set(), [start]
    while todo:
        node = todo.pop()
        for nxt in edges.get(node, ()):
            if nxt == goal:
                return True
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False


@given(st.dictionaries(st.sampled_from("abcdefgh"), st.sets(st.sampled_from("abcdefgh"), max_size=4), max_size=8))
def test_loops_are_exactly_the_mutually_reachable_modules(graph: dict[str, set[str]]) -> None:
    edges = {k: {t for t in v if t != k} for k, v in graph.items()}
    found = loops(edges)
    nodes = set(edges) | {t for v in edges.values() for t in v}
    expected = set()
    for node in nodes:
        members = {other for other in nodes if other == node or
                   (_reaches(edges, node, other) and _reaches(edges, other, node))}
        if len(members) > 1:
            expected.add(frozenset(members))
    assert found == expected


def test_queries_modules_hold_no_qt() -> None:
    """``queries.py`` beside a feature is what it reads from the vault: Qt-free (no PySide6, no UI
    module but another ``queries``), so it can run in a worker and be tested without a display."""
    modules, found_arrows = project_arrows()
    queries = sorted(m for m in modules if m.startswith("trustdesk.ui.") and m.endswith(".queries"))
    assert queries, "no queries.py found"
    for path in sorted((PACKAGE / "ui").rglob("queries.py")):
        for arrow in arrows(path.read_text(encoding="utf-8"), module_name(path), False, {"PySide6", "shiboken6"}):
            raise AssertionError(f"{path.relative_to(ROOT)}:{arrow.line} imports {arrow.target}")
    for arrow in found_arrows:
        if arrow.source in queries and arrow.target.startswith("trustdesk.ui") and not arrow.target.endswith(".queries"):
            raise AssertionError(f"{arrow.source}:{arrow.line} imports the widget module {arrow.target}")
