"""The warm-up's imports, split by thread: no PySide6 class is ever made in a worker.

PySide6 makes a module's classes on first use (``PySide6.QtWidgets.QLabel`` is made by the first
attribute lookup of that name, with its enums), and making one is not safe on two threads at once:
the interpreter lock is let go part-way (the UI-first pacer, ``kit/interpreter.py``, makes a worker
give way often), and a wrapper the UI thread makes for a QObject meanwhile looks types up in the same
half-made module: a crash (~1 in 40 runs of the keyboard journey).  Every module of ``trustdesk.ui``
makes PySide6 classes when it is imported (its base classes, the names it imports from PySide6).

So the warm-up after the first window (``Shell.warm_up``) works in two steps:

1. a worker reads, without importing them, the module-level imports of the modules the unlock will
   need (``ROOTS``; the sources' ``import`` statements, ``ast``), and sorts what they reach into the
   modules that need no Qt (the vault, domain, documents, packs, exchange and their libraries: the
   house rule keeps Qt out of them; ``tests/unit/test_structure.py``) and those that do: a module of
   ``trustdesk.ui``, PySide6 itself, or a module that imports one of those.  It imports the first
   kind itself (the bulk of the time: SQLCipher, cryptography, reportlab, Jinja);
2. the UI thread then imports the second kind, dependencies first, so each import runs only its own
   module's code, for at most ``TURN_MS`` per turn of the event loop (a key typed meanwhile waits no
   longer than that).

Imports inside functions are not followed: they run when the function does, on its thread (a worker
that needs a Qt class must be handed it from the UI side; ``tests/ui/test_no_types_off_ui_thread.py``).
"""

from __future__ import annotations

import copy
import dis
import importlib
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from importlib.machinery import ModuleSpec, SourceFileLoader
from types import CodeType, ModuleType
from typing import NamedTuple

from PySide6.QtCore import QObject, QTimer

from trustdesk import pace

# What the unlock then builds (the main window, its pages, toolbar menus and release notice) and what the
# first unlock reads (the backup runner's check; the release notice's pack, Jinja).
ROOTS = (
    "trustdesk.packs.installation", "trustdesk.packs.release", "trustdesk.vault.backup",
    "trustdesk.ui.exchange.exchange_menu", "trustdesk.ui.kit.clipboard", "trustdesk.ui.kit.messages",
    "trustdesk.ui.output.clipboard_export", "trustdesk.ui.security.handover_menu",
    "trustdesk.ui.security.vault_notices", "trustdesk.ui.shell.release_notice", "trustdesk.ui.shell.main_window",
    # main_window.default_pages() (imported there when the window is built)
    "trustdesk.ui.case.cases_page", "trustdesk.ui.case.today_page", "trustdesk.ui.directory.providers_page",
    "trustdesk.ui.documents.templates_page", "trustdesk.ui.reports.reports_page", "trustdesk.ui.security.audit_page",
)
QT_PACKAGES = ("PySide6", "shiboken6")
UI_PACKAGE = "trustdesk.ui"
TURN_MS = 8  # the UI thread's imports per turn of the event loop stop once this is spent


_EXTENDED_ARG, _LOAD_CONST, _IMPORT_NAME = dis.EXTENDED_ARG, dis.opmap["LOAD_CONST"], dis.opmap["IMPORT_NAME"]
_LOAD_GLOBAL, _CACHE = dis.opmap["LOAD_GLOBAL"], dis.opmap.get("CACHE", -1)
_LOAD_NAMES = (dis.opmap["LOAD_NAME"], _LOAD_GLOBAL)
_JUMPS_IF_FALSE = tuple(dis.opmap[name] for name in ("POP_JUMP_FORWARD_IF_FALSE", "POP_JUMP_IF_FALSE") if name in dis.opmap)
_CACHES = {op: getattr(dis, "_inline_cache_entries", [0] * 256)[op] for op in _JUMPS_IF_FALSE}


class Plan(NamedTuple):
    worker: list[str]  # imported by the worker: no Qt anywhere in their module-level imports
    ui_thread: list[str]  # imported on the UI thread, each after the modules it imports
    code: dict[str, CodeType]  # the UI thread's modules' code, read (or compiled) by the worker


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


_specs: dict[str, ModuleSpec | None] = {}


def _spec(name: str) -> ModuleSpec | None:
    """One of the app's own modules' spec, found without importing it or its packages (importing a
    package of ``trustdesk.ui`` is the UI thread's to do); None: not ours, or not a module."""
    if not _within(name, "trustdesk"):
        return None
    if name not in _specs:
        module = sys.modules.get(name)
        if module is not None:
            _specs[name] = getattr(module, "__spec__", None)
        else:
            parent, _, _ = name.rpartition(".")
            parent_spec = _spec(parent) if parent else None
            where = parent_spec.submodule_search_locations if parent_spec is not None else None
            found = None
            if where is not None:
                for finder in sys.meta_path:
                    find = getattr(finder, "find_spec", None)
                    found = find(name, list(where)) if find is not None else None
                    if found is not None:
                        break
            _specs[name] = found
    return _specs[name]


def module_imports(name: str, code: CodeType) -> list[str]:
    """The modules a module's code imports at its top level (not inside functions, not under
    ``if TYPE_CHECKING:``), each as a full dotted name; ``from a import b`` also names ``a.b`` when
    that is a module of the app's own.  Read from the code object: the installed bundle has no sources."""
    spec = _spec(name)
    package = name if spec is not None and spec.submodule_search_locations is not None else name.rpartition(".")[0]
    found: list[str] = []
    consts: list[object] = [None, None]
    skip_to = -1
    previous_load = ""
    raw, extended = code.co_code, 0
    for offset in range(0, len(raw), 2):
        op, arg = raw[offset], raw[offset + 1] | extended
        if op == _EXTENDED_ARG:
            extended = arg << 8
            continue
        extended = 0
        if op == _CACHE:
            continue  # a specializing instruction's inline cache (not an instruction)
        if op == _LOAD_CONST:
            consts = [consts[-1], code.co_consts[arg]]
        elif op in _LOAD_NAMES:
            previous_load = code.co_names[arg >> 1 if op == _LOAD_GLOBAL else arg]
            continue
        elif op in _JUMPS_IF_FALSE and previous_load == "TYPE_CHECKING":
            skip_to = offset + 2 + 2 * (_CACHES[op] + arg)
        elif op == _IMPORT_NAME and offset >= skip_to:
            level, fromlist = consts
            base = code.co_names[arg]
            if isinstance(level, int) and level > 0:
                parent = package.rsplit(".", level - 1)[0] if level > 1 else package
                base = f"{parent}.{base}" if base else parent
            if base and base != "__future__":
                found.append(base)
            if isinstance(fromlist, tuple) and _within(base, "trustdesk"):
                found.extend(f"{base}.{item}" for item in fromlist if _spec(f"{base}.{item}") is not None)
        previous_load = ""
    return found


def _code(name: str) -> CodeType | None:
    spec = _spec(name)
    get_code = getattr(spec.loader, "get_code", None) if spec is not None else None
    try:
        return get_code(name) if get_code is not None else None
    except (ImportError, SyntaxError):
        return None


def plan(roots: Iterable[str] = ROOTS) -> Plan:
    """Sort what ``roots`` import at module level (transitively through the app's own modules) into
    the worker's and the UI thread's imports.  Reads code only; imports nothing."""
    order: list[str] = []  # dependencies before their importers (depth first, post-order)
    needs_ui: dict[str, bool] = {}
    codes: dict[str, CodeType] = {}

    def walk(name: str) -> bool:
        if name in needs_ui:
            return needs_ui[name]
        needs_ui[name] = _within(name, UI_PACKAGE) or any(_within(name, qt) for qt in QT_PACKAGES)
        pace.checkpoint()  # the UI thread first (kit/interpreter.py)
        code = _code(name)
        if code is not None:
            codes[name] = code
            # a module's packages are imported before it
            parents = [name.rsplit(".", depth)[0] for depth in range(name.count("."), 0, -1)]
            for imported in [*parents, *module_imports(name, code)]:
                if walk(imported):
                    needs_ui[name] = True
        order.append(name)
        return needs_ui[name]

    for root in roots:
        walk(root)
    ui_thread = [name for name in order if needs_ui[name]]
    return Plan([name for name in order if not needs_ui[name]], ui_thread,
                {name: codes[name] for name in ui_thread if name in codes})


def import_for_worker(modules: Iterable[str]) -> None:
    """The worker's part: only modules that import no Qt (an unknown name is skipped: an optional
    import under ``try``, or a name a module's ``from`` line imports that is not a module)."""
    for name in modules:
        if name not in sys.modules:
            try:
                importlib.import_module(name)
            except ImportError:
                continue


class _KeptCode(SourceFileLoader):
    """Loads a module from the code the worker already read: the UI thread does not compile it again."""

    def __init__(self, fullname: str, path: str, code: CodeType) -> None:
        super().__init__(fullname, path)
        self._code = code

    def get_code(self, fullname: str) -> CodeType:
        return self._code


class _KeptCodeFinder:
    """On ``sys.meta_path`` while the UI thread imports the plan's modules."""

    def __init__(self, code: dict[str, CodeType]) -> None:
        self.code = code

    def find_spec(self, name: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        code = self.code.pop(name, None)
        spec = _specs.get(name)
        if code is None or spec is None or type(spec.loader) is not SourceFileLoader or spec.origin is None:
            return None  # found as usual (the installed bundle's own loader reads no source either)
        kept = copy.copy(spec)
        kept.loader = _KeptCode(name, spec.origin, code)
        return kept


class UiImports(QObject):
    """Imports the plan's UI-thread modules, in order, at most ``TURN_MS`` per turn; then ``done()``.

    A module of the app's that fails to import stops the warm-up (its real use then says why)."""

    def __init__(self, found: Plan, done: Callable[[], None], parent: QObject | None = None,
                 *, clock: Callable[[], float] = time.perf_counter,
                 abandoned: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warmUpImports")
        if abandoned is not None:  # deleted before the last turn (with its parent): the turns stop there
            self.destroyed.connect(lambda *_args: abandoned())
        self._pending = [name for name in found.ui_thread if name not in sys.modules]
        self._finder = _KeptCodeFinder(dict(found.code))
        self._done = done
        self._clock = clock

    def start(self) -> None:
        QTimer.singleShot(0, self, self._turn)

    def _turn(self) -> None:
        deadline = self._clock() + TURN_MS / 1000
        sys.meta_path.insert(0, self._finder)
        try:
            while self._pending:
                name = self._pending.pop(0)
                if name not in sys.modules:
                    try:
                        importlib.import_module(name)
                    except ImportError:
                        if _within(name, "trustdesk"):
                            self._pending.clear()
                if self._clock() >= deadline:
                    break
        finally:
            sys.meta_path.remove(self._finder)
        if self._pending:
            QTimer.singleShot(0, self, self._turn)
        else:
            self._finder.code.clear()
            _specs.clear()
            self._done()


def warm_up(parent: QObject, done: Callable[[], None]) -> None:
    """The warm-up's imports: the plan and the Qt-free modules in a worker, then the rest on the UI
    thread; ``done()`` on the UI thread once all are in (also when something failed).  No pass of the
    cyclic collector meanwhile, and what they made is left out of every later one (``settle_heap``)."""
    from trustdesk.ui.kit.interpreter import settle_heap
    from trustdesk.ui.kit.session import Operation

    pause = _Pause()

    def work() -> Plan:
        found = plan()
        import_for_worker(found.worker)
        return found

    def finish() -> None:
        pause.end()
        settle_heap()
        done()

    def failed(_exc: BaseException, _text: str) -> None:
        finish()

    def imports(found: Plan) -> None:
        UiImports(found, finish, parent, abandoned=pause.end).start()

    Operation(parent, work).success(imports).failure(failed).abandoned(pause.end).run_in_background()


class _Pause:
    """The warm-up's pause of the cyclic collector, from its start to its end -- or to the moment it is
    given up (its shell gone before the imports were in): a pause must never outlive what it is for, or
    the collector stays off for the life of the process."""

    def __init__(self) -> None:
        self._paused: AbstractContextManager[None] | None = pace.collector_paused()
        self._paused.__enter__()

    def end(self) -> None:
        paused, self._paused = self._paused, None
        if paused is not None:
            paused.__exit__(None, None, None)
