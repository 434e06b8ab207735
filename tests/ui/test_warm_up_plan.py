"""The warm-up's plan (shell/warm_up.py): what a worker may import and the order of the rest.

The plan reads module-level imports from code objects; checked against the source's own statements
for every module of the app, and the plan's split and order against those imports."""

from __future__ import annotations

import ast
import gc
import sys
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool
from pytestqt.qtbot import QtBot

import trustdesk
from trustdesk import pace
from trustdesk.ui.shell import warm_up

PACKAGE = Path(trustdesk.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _source_imports(name: str, tree: ast.Module) -> set[str]:
    """The same reading from the source: top-level imports, under if/try, not under TYPE_CHECKING."""
    package = name if name in {_module_name(p) for p in PACKAGE.rglob("__init__.py")} else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(statements: list[ast.stmt]) -> None:
        for node in statements:
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                    base = f"{parent}.{base}" if base else parent
                if base != "__future__":
                    found.add(base)
                if base.startswith("trustdesk"):
                    found.update(f"{base}.{alias.name}" for alias in node.names
                                 if warm_up._spec(f"{base}.{alias.name}") is not None)  # noqa: SLF001
            elif isinstance(node, ast.If) and "TYPE_CHECKING" not in ast.unparse(node.test):
                visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit(node.body)
                for handler in node.handlers:
                    visit(handler.body)
                visit(node.orelse)
                visit(node.finalbody)
            elif isinstance(node, ast.With):
                visit(node.body)

    visit(tree.body)
    return found


def test_the_code_reading_finds_the_source_imports_of_every_module() -> None:
    paths = sorted(PACKAGE.rglob("*.py"))
    assert len(paths) > 200
    for path in paths:
        name = _module_name(path)
        source = path.read_text("utf-8")
        code = compile(source, str(path), "exec")
        assert set(warm_up.module_imports(name, code)) == _source_imports(name, ast.parse(source)), name


def test_the_worker_gets_no_qt_and_the_ui_thread_gets_dependencies_first() -> None:
    found = warm_up.plan()
    assert "trustdesk.vault.vault" in found.worker and "jinja2" in found.worker
    assert "trustdesk.ui.shell.main_window" in found.ui_thread and "PySide6.QtPrintSupport" in found.ui_thread
    qt = ("trustdesk.ui", "PySide6", "shiboken6")
    assert not [name for name in found.worker if any(name == q or name.startswith(q + ".") for q in qt)]
    position = {name: index for index, name in enumerate(found.ui_thread)}
    for name in found.worker + found.ui_thread:
        code = warm_up._code(name)  # noqa: SLF001
        imports = warm_up.module_imports(name, code) if code is not None else []
        if name in found.worker:  # nothing a worker's module imports needs the UI thread
            assert not set(imports) & set(position), name
        else:  # each UI-thread module after what it imports
            assert all(position[dep] < position[name] for dep in imports if dep in position and dep != name), name
    assert set(found.code) <= set(found.ui_thread)


# -- the warm-up's pause of the cyclic collector never outlives the warm-up ---------------------------

def _settle() -> None:
    """The worker done, its outcome delivered, the turns and deletions it set off run."""
    QThreadPool.globalInstance().waitForDone(30000)
    for _turn in range(5):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


@pytest.mark.parametrize("gone", ["never", "before_the_worker_answers", "during_the_ui_imports"])
def test_the_collector_is_on_again_however_the_warm_up_ends(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                             gone: str) -> None:
    """Finished, or given up because its shell went first (before the worker's plan came back, or
    between two turns of the UI thread's imports): the pause ends either way, once."""
    gc.enable()
    assert pace._collector_pausers == 0  # noqa: SLF001
    release = threading.Event()
    plan = warm_up.Plan(worker=[], ui_thread=["json.tool", "json.scanner"], code={})
    monkeypatch.setattr(warm_up, "plan", lambda: release.wait(10) and plan)
    monkeypatch.setattr(warm_up, "TURN_MS", 0)  # one import per turn: there is a moment between turns
    monkeypatch.setattr("trustdesk.ui.kit.interpreter.settle_heap", lambda: None)
    for name in plan.ui_thread:
        monkeypatch.delitem(sys.modules, name, raising=False)
    parent = QObject()
    finished: list[bool] = []
    if gone == "during_the_ui_imports":  # the shell goes while the UI thread imports the first module
        real_import = warm_up.importlib.import_module

        def import_module(name: str) -> object:
            parent.deleteLater()
            return real_import(name)

        monkeypatch.setattr(warm_up.importlib, "import_module", import_module)
    warm_up.warm_up(parent, lambda: finished.append(True))
    assert not gc.isenabled()  # paused while the warm-up runs
    if gone == "before_the_worker_answers":
        shiboken6.delete(parent)
    release.set()
    if gone == "never":
        qtbot.waitUntil(lambda: bool(finished))
    _settle()
    assert gc.isenabled() and pace._collector_pausers == 0  # noqa: SLF001
    assert finished == ([True] if gone == "never" else [])
    assert shiboken6.isValid(parent) == (gone == "never")
    with pace.collector_paused():
        assert not gc.isenabled()  # a later pause works as before
    assert gc.isenabled()
