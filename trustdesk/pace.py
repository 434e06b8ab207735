"""Long work in a worker thread lets the UI thread have the interpreter: ``checkpoint()``.

Python runs one thread's code at a time.  A worker that lays out a PDF or makes 5,000 rows of the
case list holds the interpreter lock, and the UI thread -- which needs it for every Python call Qt
makes while it lays out and paints a window -- waits for each hand-over (up to
``sys.getswitchinterval()`` each; a window that took 80 ms of work to paint waited another 120 ms
while a summary was being made).  Code that runs long in a worker calls ``checkpoint()`` between
small units of work (a paragraph measured or drawn, a table cell parsed, a case's row made).

With no pacer installed (the headless commands, most tests) a checkpoint does nothing.  The UI
installs one (``trustdesk.ui.kit.interpreter.share_quickly``): a worker at a checkpoint pauses while
the UI thread is working, so the UI thread runs its Python without waiting for a worker.  No Qt
here: the pacer is handed in from the UI side.  A module of its own at the top of the package: the
app installs the pacer before its first window, and ``trustdesk.domain`` would import its models.

A pass of the cyclic garbage collector holds the interpreter too, and no checkpoint splits it: work
that makes many objects that all live until it is done (a document's layout) runs inside
``collector_paused()``.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Pacer = Callable[[], None]

_pacer: Pacer | None = None


def checkpoint() -> None:
    """Between two units of work: pause here if the UI thread needs the interpreter (a no-op on the
    UI thread itself and when no pacer is installed)."""
    pacer = _pacer
    if pacer is not None:
        pacer()


def install(pacer: Pacer | None) -> Pacer | None:
    """Make ``pacer`` the one every checkpoint calls (None: none); returns the one it replaces."""
    global _pacer
    previous, _pacer = _pacer, pacer
    return previous


def installed() -> Pacer | None:
    return _pacer


_collector_lock = threading.Lock()
_collector_pausers = 0
_collector_was_on = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic pass of the cyclic garbage collector inside the block (in any thread; blocks in
    several workers nest); the collector is on again after the last one if it was on before the first."""
    global _collector_pausers, _collector_was_on
    with _collector_lock:
        if _collector_pausers == 0:
            _collector_was_on = gc.isenabled()
            gc.disable()
        _collector_pausers += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_pausers -= 1
            if _collector_pausers == 0 and _collector_was_on:
                gc.enable()


def paused() -> bool:
    """Whether a ``collector_paused()`` block is open (in any thread)."""
    return _collector_pausers > 0
