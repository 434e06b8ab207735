"""The ends of sessions of a vault file still running in threads of their own (a lock's backup and
close, a checkpointing close), and the wait for them before this process opens, copies or replaces
that file again (``vault/db.py``, ARCHITECTURE.md: the lock)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

_closing: dict[Path, threading.Thread] = {}  # background closes still running, by file
_closing_guard = threading.Lock()


def run_closing(path: Path, work: Callable[[], None], *, name: str) -> threading.Thread:
    """Run ``work`` (the end of a session of ``path``: a lock's backup and close, or a close) in a thread
    that is not a daemon, so the process waits for it at exit; it counts as a close of ``path`` until it
    ends (``wait_for_closes``) and waits for any earlier one of the same file first."""
    key = path.resolve()

    def run() -> None:
        try:
            if earlier is not None:
                earlier.join()
            work()
        finally:
            with _closing_guard:
                if _closing.get(key) is thread:
                    del _closing[key]

    with _closing_guard:
        earlier = _closing.get(key)
        thread = threading.Thread(target=run, name=name, daemon=False)
        _closing[key] = thread
        thread.start()
    return thread


def wait_for_closes(path: Path | None = None) -> None:
    """Return once every background close (of ``path`` only, when given) has finished: before this
    process opens, copies or replaces the vault's files again."""
    me = threading.current_thread()
    while True:
        with _closing_guard:
            pending = [t for p, t in _closing.items() if t is not me and (path is None or p == path.resolve())]
        if not pending:
            return
        for thread in pending:
            thread.join()


def pending() -> bool:
    """Whether a session's end (a lock's backup and close, a close) still runs in its thread."""
    me = threading.current_thread()
    with _closing_guard:
        return any(thread is not me for thread in _closing.values())
