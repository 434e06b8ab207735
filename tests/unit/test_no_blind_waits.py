"""No test waits for a fixed time hoping that something has happened by then.

A sleep followed by a check is slow when the machine is quiet and wrong when it is busy (the
check then looks too early, or a "did not happen" passes because nothing ran yet).  Tests wait on
the event that proves the thing happened: a signal (``qtbot.waitSignal``, a page's ``loaded``), a
condition (``qtbot.waitUntil``), a line from a child process (``tests/waits.py``).

The few waits below are the point of their test (a moment to kill a process at, the pace of a
person typing, a busy UI thread); anything new needs a reason here.  ``tests/benchmarks`` are
timing tools that poll a condition, not tests, and are not scanned.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]

# (file relative to tests/, enclosing function) -> why a fixed wait is right there
ALLOWED: dict[tuple[str, str], str] = {
    ("reliability/test_crash_durability.py", "crash_loop"): "a random moment to SIGKILL the child at",
    ("e2e/test_autosave_kill.py", "test_typed_note_survives_sigkill"):
        "the kill comes 1.5 s after the last keystroke: that moment is the property tested",
    ("security/test_no_network_runtime.py", "test_gui_opens_no_internet_socket"):
        "the app is watched under strace for at least 4 s: the observation window is the test",
    ("i18n/screens.py", "settle"): "a screenshot tool run by hand, not a test",
    ("i18n/rare_days.py", "settle"): "a screenshot tool run by hand, not a test",
    ("ui/quit_backup_child.py", "slow_write"):
        "a backup made slow on purpose: the quit must wait for the lock's thread however long it takes",
}


def _is_number(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, (int, float))


def fixed_waits(source: str) -> list[tuple[str, int, str]]:
    """(enclosing function, line, call) for every fixed-time wait in ``source``."""
    found: list[tuple[str, int, str]] = []

    def visit(node: ast.AST, function: str) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            function = node.name
        if isinstance(node, ast.Call):
            func = node.func
            name = ast.unparse(func)
            if name in ("time.sleep", "sleep", "QTest.qWait", "qtbot.wait", "QThread.msleep", "QThread.sleep"):
                found.append((function, node.lineno, name))
            elif (isinstance(func, ast.Attribute) and func.attr == "wait" and isinstance(func.value, ast.Call)
                  and ast.unparse(func.value.func).endswith("Event") and node.args and _is_number(node.args[0])):
                found.append((function, node.lineno, "Event().wait"))
        for child in ast.iter_child_nodes(node):
            visit(child, function)

    visit(ast.parse(source), "<module>")
    return found


def test_the_check_finds_fixed_waits() -> None:
    source = (
        "import time, threading\n"
        "def test_a(qtbot):\n    qtbot.wait(150)\n    assert True\n"
        "def test_b():\n    time.sleep(0.5)\n"
        "def test_c():\n    threading.Event().wait(0.3)\n"
        "def test_d(qtbot):\n    qtbot.waitUntil(lambda: True)\n    qtbot.waitSignal(x)\n"
    )
    assert fixed_waits(source) == [("test_a", 3, "qtbot.wait"), ("test_b", 6, "time.sleep"),
                                   ("test_c", 8, "Event().wait")]


def test_no_test_sleeps_instead_of_waiting_for_an_event() -> None:
    offenders = []
    used = set()
    for path in sorted(TESTS.rglob("*.py")):
        relative = path.relative_to(TESTS).as_posix()
        if relative.startswith("benchmarks/"):
            continue
        for function, line, call in fixed_waits(path.read_text(encoding="utf-8")):
            if (relative, function) in ALLOWED:
                used.add((relative, function))
            else:
                offenders.append(f"tests/{relative}:{line} {call}() in {function}")
    assert not offenders, "fixed waits (wait on a signal or condition instead):\n" + "\n".join(offenders)
    assert used == set(ALLOWED), f"allowed waits that no longer exist: {sorted(set(ALLOWED) - used)}"
