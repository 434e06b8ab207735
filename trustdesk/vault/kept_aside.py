"""The vault's kept-aside area: ``kept-aside-<time>/`` folders in the data folder, each a copy of the
vault's files as they were (``vault.db``, its ``-wal``, ``keyslots.json``, ``audit-head.json``; all
still encrypted: SQLCipher encrypts every page, in the database and in its write-ahead log alike).

Two things keep a copy aside: a restore, before it replaces the vault (``restore.py``), and an unlock
that finds a damaged write-ahead log, before SQLite's replay or the first write would consume it
(``wal_check.py``).  ``restore.kept_aside_copies`` lists them; the UI offers to remove them.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from trustdesk.vault.audit_head import HEAD_NAME
from trustdesk.vault.files import copy_new, fsync_dir
from trustdesk.vault.paths import DB_NAME, vault_paths

KEPT_ASIDE_PREFIX = "kept-aside-"


def vault_files(data_dir: Path) -> list[Path]:
    """The files of the vault in ``data_dir`` that are kept aside (none: a new computer)."""
    db_path, header_path = vault_paths(data_dir)
    return [p for p in (db_path, db_path.with_name(DB_NAME + "-wal"), header_path,
                        Path(data_dir) / HEAD_NAME) if p.exists()]


def keep_aside(data_dir: Path, stamp: datetime, *, suffix: str = "") -> Path | None:
    """Copy the vault's files into a new ``kept-aside-<stamp><suffix>`` folder (never over an existing
    one); None when there is no vault.  OSError (nothing half-made is left) when the copy fails."""
    present = vault_files(data_dir)
    if not present:
        return None
    target = data_dir / f"{KEPT_ASIDE_PREFIX}{stamp:%Y%m%d-%H%M%S}{suffix}"
    counter = 1
    while target.exists():
        target = data_dir / f"{KEPT_ASIDE_PREFIX}{stamp:%Y%m%d-%H%M%S}{suffix}-{counter}"
        counter += 1
    try:
        target.mkdir(mode=0o700)
        for source in present:
            copy_new(source, target / source.name)
        fsync_dir(target)
        fsync_dir(data_dir)
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return target
