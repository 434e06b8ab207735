"""The UI thread gets the interpreter back quickly while a worker runs Python: ``share_quickly()``.

A worker that runs Python (building a PDF, reading a list) holds the interpreter lock and lets go of
it only when another thread has asked for ``sys.getswitchinterval()`` (5 ms by default).  The UI
thread gives the lock up every time Qt's C++ takes over and asks for it again at every Python call
Qt makes (an event filter, a model's ``data()``, a paint override): one event can be several
hand-overs, each a wait of up to the interval.  With a worker busy, a window that needs fifty
hand-overs to paint waited a quarter of a second (the "convoy effect").  At 1 ms it waits a fifth of
that; a worker pays only for the extra switches when the lock is asked for.  The benchmark's stall
monitor reports the UI thread blocked while our workers ran as a figure of its own.
"""

from __future__ import annotations

import sys

SWITCH_INTERVAL_S = 0.001


def share_quickly() -> None:
    """Every entry point that runs the UI with workers calls this once (the app, the stall bench)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
