"""House rule: the layers of ARCHITECTURE.md stay visible, and dependencies point down only.

- ``domain``, ``vault``, ``documents``, ``packs`` never import Qt (PySide6/shiboken6) or ``trustdesk.ui``;
- ``domain`` imports nothing of the project but itself; ``vault`` only ``domain`` and itself;
- ``ui`` holds no SQL: no ``.execute(...)`` calls, no SQL string literals, no database driver imports.

The check reads source files with ``ast``; it never imports the app.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "trustdesk"

QT_ROOTS = ("PySide6", "shiboken6")
LOWER_LAYERS = ("domain", "vault", "documents", "packs", "exchange")
# Project imports each layer may make (besides the standard library and third-party packages).
# trustdesk.pace (a worker's checkpoint between units of work) sits below every layer: it imports
# nothing of the project and no Qt (test_pace_is_the_bottom).
ALLOWED_PROJECT_IMPORTS = {
    "domain": ("trustdesk.domain", "trustdesk.pace"),
    "vault": ("trustdesk.domain", "trustdesk.vault", "trustdesk.pace"),
}
SQL_CALLS = frozenset({"execute", "executemany", "executescript"})
SQL_DRIVERS = ("sqlite3", "sqlcipher3", "PySide6.QtSql")
SQL_LITERAL = re.compile(
    r"^\s*(SELECT|INSERT\s+INTO|UPDATE|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|VIRTUAL\s+TABLE)|DROP\s+TABLE|PRAGMA)\s"
)


def _under(module: str, roots: tuple[str, ...]) -> bool:
    return any(module == r or module.startswith(r + ".") for r in roots)


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source: str, module: str, is_package: bool = False) -> Iterator[tuple[int, str]]:
    """(line, absolute dotted name) of every import in ``source``; relative imports are resolved
    against ``module`` (the dotted name of the file being read)."""
    tree = ast.parse(source)
    package = module.split(".") if is_package else module.split(".")[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                prefix = ".".join(base)
                target = f"{prefix}.{node.module}" if node.module else prefix
            else:
                target = node.module or ""
            yield node.lineno, target
            for alias in node.names:  # `from trustdesk import ui`, `from PySide6 import QtCore`
                yield node.lineno, f"{target}.{alias.name}"
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in ("import_module", "__import__") and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    yield node.lineno, arg.value


def layer_violations(source: str, module: str, layer: str, is_package: bool = False) -> list[str]:
    problems: list[str] = []
    allowed = ALLOWED_PROJECT_IMPORTS.get(layer)
    for line, target in imported_modules(source, module, is_package):
        if _under(target, QT_ROOTS):
            problems.append(f"{module}:{line}: imports Qt ({target})")
        elif _under(target, ("trustdesk.ui",)):
            problems.append(f"{module}:{line}: imports the UI ({target})")
        elif (
            allowed is not None
            and _under(target, ("trustdesk",))
            and target != "trustdesk"
            and not _under(target, allowed)
        ):
            problems.append(f"{module}:{line}: {layer} may not import {target}")
    return sorted(set(problems))


def sql_in_ui(source: str, module: str) -> list[str]:
    problems: list[str] = []
    for line, target in imported_modules(source, module):
        if _under(target, SQL_DRIVERS):
            problems.append(f"{module}:{line}: imports a database driver ({target})")
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in SQL_CALLS
        ):
            problems.append(f"{module}:{node.lineno}: calls .{node.func.attr}(...)")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_LITERAL.match(node.value):
            problems.append(f"{module}:{node.lineno}: SQL literal {node.value.strip()[:40]!r}")
    return sorted(set(problems))


def sources(layer: str) -> list[Path]:
    directory = PACKAGE / layer
    if not directory.is_dir():
        pytest.skip(f"trustdesk/{layer} does not exist yet")
    return sorted(p for p in directory.rglob("*.py") if "__pycache__" not in p.parts)


# --- the checks themselves must be able to fail ---------------------------------------------


@pytest.mark.parametrize(
    ("source", "layer"),
    [
        ("from PySide6.QtCore import QObject\n", "vault"),
        ("import PySide6\n", "documents"),
        ("import shiboken6\n", "packs"),
        ("from trustdesk.ui import main_window\n", "vault"),
        ("from ..ui.dialogs import Dialog\n", "documents"),
        ("from .. import ui\n", "packs"),
        ("from trustdesk import ui\n", "domain"),
        ("from trustdesk.vault import Vault\n", "domain"),
        ("from ..vault.repositories import Cases\n", "domain"),
        ("import trustdesk.documents\n", "domain"),
        ("from trustdesk.documents import letters\n", "vault"),
        ("def lazy():\n    from PySide6 import QtGui\n", "domain"),
        ("import importlib\nimportlib.import_module('trustdesk.ui.app')\n", "vault"),
    ],
)
def test_layer_check_reports_upward_imports(source: str, layer: str) -> None:
    assert layer_violations(source, f"trustdesk.{layer}.sample", layer), source


@pytest.mark.parametrize(
    ("source", "layer"),
    [
        ("from dataclasses import dataclass\nimport enum\n", "domain"),
        ("from trustdesk.domain.cases import Case\nfrom .contacts import Contact\n", "domain"),
        ("from ..domain import cases\nimport sqlcipher3\n", "vault"),
        ("from trustdesk.vault import Vault\nfrom trustdesk.domain import cases\n", "documents"),
        ("from jinja2.sandbox import SandboxedEnvironment\n", "documents"),
        ("from cryptography.hazmat.primitives.asymmetric import ed25519\n", "packs"),
    ],
)
def test_layer_check_allows_downward_imports(source: str, layer: str) -> None:
    assert layer_violations(source, f"trustdesk.{layer}.sample", layer) == []


def test_relative_imports_resolve_from_package_init() -> None:
    found = [name for _, name in imported_modules("from .cases import Case\n", "trustdesk.domain", True)]
    assert "trustdesk.domain.cases" in found


@pytest.mark.parametrize(
    "source",
    [
        "def f(conn):\n    conn.execute('select 1')\n",
        "cur.executemany(q, rows)\n",
        "QUERY = 'SELECT id FROM cases WHERE code = ?'\n",
        "q = '''\n    INSERT INTO contacts (case_id) VALUES (?)'''\n",
        "q = 'UPDATE cases SET closed = 1'\n",
        "q = 'DELETE FROM cases'\n",
        "import sqlcipher3\n",
        "from PySide6.QtSql import QSqlQuery\n",
    ],
)
def test_sql_check_reports_sql(source: str) -> None:
    assert sql_in_ui(source, "trustdesk.ui.sample"), source


@pytest.mark.parametrize(
    "source",
    [
        "dialog.exec()\n",
        "label = tr('Select a case')\n",
        "title = self.tr('Update available')\n",
        "VaultOp(parent, lambda v: v.contacts.add(c)).run_in_background()\n",
        "from PySide6.QtWidgets import QTableView\n",
    ],
)
def test_sql_check_allows_ui_code(source: str) -> None:
    assert sql_in_ui(source, "trustdesk.ui.sample") == []


# --- the real checks ------------------------------------------------------------------------


@pytest.mark.parametrize("layer", LOWER_LAYERS)
def test_lower_layer_imports_point_down(layer: str) -> None:
    problems: list[str] = []
    for path in sources(layer):
        problems += layer_violations(
            path.read_text(encoding="utf-8"), module_name(path), layer, is_package=path.name == "__init__.py"
        )
    assert not problems, f"trustdesk/{layer} breaks the layering of ARCHITECTURE.md:\n" + "\n".join(problems)


def test_ui_has_no_sql() -> None:
    problems: list[str] = []
    for path in sources("ui"):
        problems += sql_in_ui(path.read_text(encoding="utf-8"), module_name(path))
    assert not problems, "SQL belongs in trustdesk/vault, not in the UI:\n" + "\n".join(problems)


@pytest.mark.parametrize("bottom", ["pace.py", "detail.py"])
def test_pace_is_the_bottom(bottom: str) -> None:
    """Every layer may call ``trustdesk.pace.checkpoint`` and make a ``trustdesk.detail.Detail`` (a refusal's
    words for the reader's catalogue): so these import no project module and no Qt."""
    import ast

    tree = ast.parse((PACKAGE / bottom).read_text(encoding="utf-8"))
    imported = [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
    imported += [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    assert not [m for m in imported if _under(m, ("trustdesk", *QT_ROOTS))], imported
