"""Headless commands that open a vault take the app's own instance lock first (``ui/shell/single_instance``).

A command that opens a vault writes to it (its ``unlock`` audit entry at least, and the key-header
repairs an unlock may make), so it never runs beside the app on the same data folder: with TrustDesk
open there, the command says so and stops before it asks any secret or touches any file; while a
command runs, the app in turn says "already open".  (Reading beside a running app on a read-only
connection was weighed and not chosen: the open itself writes, and the app's write-ahead log can
hold commits that a reader would report as a cut log.)
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path


class InstanceBusy(Exception):
    """TrustDesk (or another command) has this data folder open."""


@contextlib.contextmanager
def instance_lock(data_dir: Path) -> Iterator[None]:
    """Hold the data folder's instance lock for the block; InstanceBusy when someone else holds it."""
    from trustdesk.ui.shell.single_instance import InstanceLock

    if not Path(data_dir).is_dir():  # no vault there to guard (the open says so); never make the folder
        yield
        return
    lock = InstanceLock(data_dir)
    if not lock.acquire():
        raise InstanceBusy(str(data_dir))
    try:
        yield
    finally:
        lock.release()


def busy_sentence(data_dir: Path) -> str:
    from trustdesk.cli.words import translate

    return translate("cli", "TrustDesk has the vault in {folder} open; close TrustDesk (or wait for the other "
                            "command) and try again. Nothing was read or changed.").format(folder=data_dir)
