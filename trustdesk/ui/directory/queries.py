"""What the directory feature reads from (and imports into) the vault, and the files it reads and
writes: provider CSV, organisation packs (Qt-free; run inside ``VaultOp``)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trustdesk.domain.models import Provider
from trustdesk.packs.errors import QT_TRANSLATE_NOOP, PackRejected, RejectReason
from trustdesk.packs.provider_csv import MAX_BYTES, ImportPreview, ImportRejected, parse_providers_csv
from trustdesk.packs.provider_csv_export import export_providers_csv

if TYPE_CHECKING:
    from pathlib import Path

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from trustdesk.packs.installation import InstallReport
    from trustdesk.packs.pack import Pack
    from trustdesk.vault import Vault


def load_directory(vault: Vault) -> list[Provider]:
    """The whole directory; installs the starter directory once in a vault that never had it."""
    from trustdesk.packs.installation import ensure_starter_directory

    ensure_starter_directory(vault)
    return vault.providers.list()


def read_preview(vault: Vault, data: bytes) -> ImportPreview | ImportRejected:
    """The preview of a file, or why the whole file is refused (runs in a worker; writes nothing)."""
    try:
        return parse_providers_csv(data, existing=vault.providers.list())
    except ImportRejected as exc:
        return exc


def export_bytes(vault: Vault, dialect: str) -> tuple[bytes, int]:
    """The whole directory as CSV (provider notes are free text: it leaves through ``save_document``,
    with the passphrase asked and an audit entry, like every other export); and how many providers."""
    providers = vault.providers.list()
    return export_providers_csv(providers, "utf8" if dialect == "utf8" else "excel-be"), len(providers)


def read_csv_file(path: Path) -> bytes:
    """The file's bytes, read no further than one byte over the limit (the parser then refuses it)."""
    with path.open("rb") as handle:
        return handle.read(MAX_BYTES + 1)


@dataclass(frozen=True, slots=True)
class PackCheck:
    """What a pack file holds and what importing it would do (written nowhere)."""

    pack: Pack
    plan: InstallReport


def check_pack(vault: Vault, data: bytes, public_key: Ed25519PublicKey | None, *,
               follow_rotation: bool = False) -> PackCheck:
    """verify_pack, then plan_import: raises PackRejected; writes nothing.  With ``follow_rotation``
    the key is the one this vault trusts now (a successor announced by a signed pack), ``public_key``
    (the pinned one) only when no rotation was imported."""
    from trustdesk.packs.installation import current_pack_key, plan_import
    from trustdesk.packs.pack import verify_pack

    if follow_rotation:
        public_key = current_pack_key(vault, public_key)
        if public_key is None:
            raise PackRejected(RejectReason.NO_TRUSTED_KEY, QT_TRANSLATE_NOOP("PackDetail", "this build pins no pack key"))

    pack = verify_pack(data, public_key)
    return PackCheck(pack, plan_import(vault, pack))


def read_pack_file(path: Path) -> bytes:
    """At most one byte over the archive limit (the verifier then refuses it as too large)."""
    with path.open("rb") as handle:
        return handle.read(MAX_FILE_BYTES + 1)


def install_first_run_content(vault: Vault) -> None:
    """A new vault gets the starter directory and the default letter templates (idempotent)."""
    from trustdesk.documents.library import ensure_default_templates
    from trustdesk.packs.installation import install_starter_directory

    with contextlib.suppress(OSError):  # a build without its resources still starts
        install_starter_directory(vault)
    with contextlib.suppress(OSError):
        ensure_default_templates(vault)


MAX_FILE_BYTES = 20 * 1024 * 1024  # the archive limit (packs.archive.Limits.archive_bytes)
