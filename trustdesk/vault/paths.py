"""Where a vault's files are: the database and its key header in the data folder."""

from __future__ import annotations

from pathlib import Path

from trustdesk.vault.keyslots import HEADER_NAME

DB_NAME = "vault.db"

__all__ = ["DB_NAME", "HEADER_NAME", "vault_exists", "vault_paths"]


def vault_paths(data_dir: Path) -> tuple[Path, Path]:
    return Path(data_dir) / DB_NAME, Path(data_dir) / HEADER_NAME


def vault_exists(data_dir: Path) -> bool:
    db_path, header_path = vault_paths(data_dir)
    return db_path.exists() or header_path.exists()
