"""The -wal, -shm and -journal files beside a vault database: refused when TrustDesk never writes
them (``check_sidecars``), and kept as they were around an open that is refused (``Sidecars``)."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from trustdesk.vault.closing import wait_for_closes
from trustdesk.vault.errors import StraySidecar

SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")


def check_sidecars(path: Path) -> None:
    """Refuse side files of ``path`` that TrustDesk never writes, before SQLite (or ``Sidecars``)
    opens or reads them: a ``-wal``, ``-shm`` or ``-journal`` that is not a regular file (a folder,
    a symbolic link, a FIFO that would block a read), or a non-empty ``-journal`` (the vault is in
    WAL mode from its first write, so a rollback journal is not ours; SQLite would roll it back
    into vault.db, and a read-only open would fail as if the disk were read-only).  Raises
    StraySidecar (a VaultCorrupted); nothing is opened, read or changed."""
    for suffix in SIDECAR_SUFFIXES:
        side = path.with_name(path.name + suffix)
        try:
            info = os.lstat(side)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise StraySidecar(f"{side.name} cannot be examined: {exc.strerror or exc}") from exc
        if not stat.S_ISREG(info.st_mode):
            raise StraySidecar(f"{side.name} is not a regular file: TrustDesk never puts one there")
        if suffix == "-journal" and info.st_size > 0:
            raise StraySidecar(f"{side.name} is a rollback journal: TrustDesk never writes one beside the vault")


class Sidecars:
    """The -wal and -shm files of a database as they were before an open, to put back after a
    refused one: files the open created are removed (when empty of data), an existing -shm gets its
    bytes back (a read-only reader rebuilds the index in it).  Nothing else is touched."""

    MAX_SHM = 4 << 20

    def __init__(self, path: Path) -> None:
        wait_for_closes(path)  # a lock's checkpoint still running would change them under us
        check_sidecars(path)  # before anything reads them (a FIFO at -shm would block the read below)
        self.wal = path.with_name(path.name + "-wal")
        self.shm = path.with_name(path.name + "-shm")
        self.wal_existed = self.wal.exists()
        self.shm_bytes: bytes | None = None
        with contextlib.suppress(OSError):
            if self.shm.stat().st_size <= self.MAX_SHM:
                self.shm_bytes = self.shm.read_bytes()
        self.shm_existed = self.shm.exists()

    def restore(self) -> None:
        with contextlib.suppress(OSError):
            wal_empty = not self.wal.exists() or self.wal.stat().st_size == 0
            if not self.wal_existed and wal_empty:
                self.wal.unlink(missing_ok=True)
            if not self.shm_existed:
                self.shm.unlink(missing_ok=True)
            elif self.shm_bytes is not None and self.shm.exists() and self.shm.read_bytes() != self.shm_bytes:
                with open(self.shm, "r+b") as handle:
                    handle.write(self.shm_bytes)
                    handle.truncate(len(self.shm_bytes))
