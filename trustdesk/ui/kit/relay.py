"""Handing a worker thread's outcome to the UI thread without a use-after-free.

A worker must never touch a QObject that the UI thread may delete while the worker runs: checking
that it is alive (a weak reference, ``shiboken6.isValid``) and then emitting its signal is a race —
the UI thread can delete it between the check and the emit, and the emit then writes into freed
memory (heap corruption: "malloc_consolidate(): unaligned fastbin chunk", segfaults in
``QObject::~QObject`` much later).  The worker must not drop the last Python reference to a
widget either: a parentless widget whose wrapper dies on a worker thread is destroyed there.

So every worker hands its outcome over through :func:`run_in_worker`:

- the one **relay** object is created on the UI thread, never parented and never deleted, so a
  worker can always emit its signal; Qt queues the call to the UI thread;
- the worker keeps everything that may hold a widget (the function, the callback, the outcome) in
  a list that only the UI thread empties, so every reference it drops there is the UI thread's;
- whether the asker is still alive is decided on the UI thread, by the ``deliver`` callback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the UI thread for the life of the process; its queued slot runs the hand-over there."""

    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("workerRelay")
        # Qt here, not at import: PySide6 makes the Qt namespace's ~95 enum classes on its first use
        from PySide6.QtCore import Qt

        self.deliver.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver(self, box: list[Any]) -> None:
        work, on_done, result, error = box
        box.clear()  # every reference the worker made is dropped here, on the UI thread
        del work
        on_done(result, error)


_RELAY: _Relay | None = None
_LOCK = threading.Lock()


def relay() -> _Relay:
    """The process's relay; the first call must come from the UI thread (every asker runs there)."""
    global _RELAY
    with _LOCK:
        if _RELAY is None:
            app = QCoreApplication.instance()
            if app is not None and QThread.currentThread() is not app.thread():
                raise RuntimeError("the worker relay must be made on the UI thread")
            _RELAY = _Relay()
        return _RELAY


class _Job(QRunnable):
    """Runs ``box[0]()`` and appends (result, error); holds nothing but the box and the relay."""

    def __init__(self, box: list[Any], target: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._box: list[Any] | None = box
        self._relay = target

    def run(self) -> None:
        box = self._box
        self._box = None
        assert box is not None
        try:
            box.append(box[0]())
            box.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, sorted there
            box.append(None)
            box.append(exc)
        self._relay.deliver.emit(box)


def run_in_worker(pool: QThreadPool, work: Callable[[], Any],
                  on_done: Callable[[Any, BaseException | None], None]) -> None:
    """Run ``work()`` on ``pool``; then ``on_done(result, error)`` on the UI thread (call from the UI thread).

    ``on_done`` is always called, also when the asker is gone: it checks that itself (it runs on the
    UI thread, where nothing can be deleted under it)."""
    pool.start(_Job([work, on_done], relay()))


def poster() -> Callable[[Callable[[], None]], None]:
    """A function any thread may call with ``call``: ``call()`` then runs on the UI thread.

    Get it on the UI thread (it makes the relay there); ``call`` must hold no widget strongly (a
    weak reference, checked when it runs)."""
    target = relay()

    def post(call: Callable[[], None]) -> None:
        target.deliver.emit([None, lambda _result, _error: call(), None, None])

    return post
