"""House rule: vault work without Qt lives in a feature's ``queries.py``, not in widget modules
(ARCHITECTURE.md, "The UI by feature").

Checked on the source with ``ast``: a top-level function of a module under ``trustdesk/ui/``, other
than ``queries.py``, that takes the vault (a parameter named ``vault`` or annotated ``Vault``) must
use Qt (a name imported from PySide6 or shiboken6, e.g. a widget kept alive through a weak reference).
One that does not is a read or a write run in a worker: it belongs in ``queries.py`` beside the
feature, where it is Qt-free and testable without a display.
"""

from __future__ import annotations

import ast
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "trustdesk" / "ui"
QT_MODULES = ("PySide6", "shiboken6")


def _qt_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in QT_MODULES:
            names |= {alias.asname or alias.name for alias in node.names}
        elif isinstance(node, ast.Import):
            names |= {(alias.asname or alias.name).split(".")[0] for alias in node.names
                      if alias.name.split(".")[0] in QT_MODULES}
    return names


def _takes_vault(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    args = function.args
    for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs):
        annotation = ast.unparse(arg.annotation) if arg.annotation is not None else ""
        if arg.arg == "vault" or annotation.replace(" ", "").split("|")[0].split(".")[-1].strip("'\"") == "Vault":
            return True
    return False


def misplaced(source: str) -> list[str]:
    """The top-level functions of ``source`` that take the vault and use no Qt."""
    tree = ast.parse(source)
    qt = _qt_names(tree)
    found = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _takes_vault(node):
            used = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
            if not used & qt:
                found.append(node.name)
    return found


def test_no_widget_module_holds_qt_free_vault_work() -> None:
    modules = [p for p in sorted(UI.rglob("*.py")) if p.name != "queries.py" and "__pycache__" not in p.parts]
    assert len(modules) > 50
    found = [f"{path.relative_to(ROOT)}: {name}" for path in modules
             for name in misplaced(path.read_text(encoding="utf-8"))]
    assert not found, "move to the feature's queries.py: " + "; ".join(found)


def test_every_feature_with_vault_work_has_its_queries_module() -> None:
    assert {p.parent.name for p in UI.rglob("queries.py")} >= {"case", "directory", "documents", "safety",
                                                             "security", "shell"}


PARAMS = st.sampled_from(["vault: Vault", "vault", "v: Vault", "v: 'Vault'", "v: Vault | None", "session",
                          "data: bytes", "self_vault: int"])


@given(params=st.lists(PARAMS, max_size=3, unique=True), qt=st.booleans(), nested=st.booleans())
def test_the_rule_flags_exactly_the_qt_free_functions_that_take_the_vault(
        params: list[str], qt: bool, nested: bool) -> None:
    body = "QTimer.singleShot(0, lambda: None)" if qt else "return vault_thing(1)"
    if nested:
        body = f"def inner() -> None:\n        {body}\n    inner()"
    source = (f"from PySide6.QtCore import QTimer\n\n\ndef work({', '.join(params)}):\n    {body}\n\n\n"
              "class Widget:\n    def method(self, vault: Vault) -> None:\n        vault.cases.list()\n")
    takes = any(p.split(":")[0] == "vault" or p.endswith(("Vault", "'Vault'", "Vault | None")) for p in params)
    assert misplaced(source) == (["work"] if takes and not qt else [])
