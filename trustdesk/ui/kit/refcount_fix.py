"""The PySide6 6.12 / Python 3.11 reference-count fix: ``keep_singletons_alive()``.

Every entry point calls it first, before Qt is imported (``trustdesk.cli.main``, ``trustdesk.app.main``,
the test suite's conftest, the test helpers run as their own process); importing a module never
applies it as a side effect.  ``tests/unit/test_refcount_fix.py`` runs Qt without it and is expected
to fail while the bug exists (strict xfail): when a fixed wheel ships, that test passes and fails the
suite, the sign to remove this module.

What it works around: a reference-count bug of the PySide6 6.12.0 wheels on Python 3.11.

The abi3 wheels are built with Python >= 3.12 headers, where ``None``, ``True`` and ``False`` are
immortal and need no reference counting.  On Python 3.11 they are not: every Qt method that returns
nothing loses one reference to ``None`` and every ``Signal.emit`` one to ``True``, so after a few
thousand keystrokes in the note editor the interpreter aborts ("Fatal Python error: none_dealloc").
Measured here: exactly one reference lost per call; PySide6-Essentials 6.11.3 does not have the bug,
but PySide6-Pdf (QtPdf for preview and printing from memory) exists only for 6.12.

The fix does what Python 3.12 does: make these singletons effectively immortal by raising their
reference count by 2**40 (a trillion lost references before trouble).  It is idempotent in effect,
touches nothing else, and is a no-op on Python >= 3.12.  Remove it when PySide6 ships a fixed wheel.
"""

from __future__ import annotations

import sys

_DONE = False
BOOST = 1 << 40


def keep_singletons_alive() -> None:
    """Raise the reference count of None/True/False/Ellipsis/NotImplemented by 2**40 (once)."""
    global _DONE
    if _DONE or sys.version_info >= (3, 12):
        return
    import ctypes

    for obj in (None, True, False, Ellipsis, NotImplemented):
        ctypes.c_ssize_t.from_address(id(obj)).value += BOOST
    _DONE = True
