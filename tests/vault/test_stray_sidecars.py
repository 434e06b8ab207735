"""Side files beside vault.db that TrustDesk never writes are damage, not a full disk (issue 17).

A hostile or stray ``vault.db-journal`` (the vault is in WAL mode, so a rollback journal is never
ours), or a ``-wal``/``-shm``/``-journal`` that is a folder, a link or a FIFO, used to surface as
``WriteFailed`` ("attempt to write a readonly database", "unable to open database file": the UI
said the disk may be full) — or, for a FIFO at ``-shm``, to block the open for good.  Every such
state is refused as ``StraySidecar`` (a ``VaultCorrupted``, with its own sentence) before SQLite
sees it, and leaves every file as it was.  Junk in a *regular* -wal or -shm is SQLite's to ignore
(a WAL whose header does not verify is no log): such a vault opens.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.vault_copies import VaultTemplates
from trustdesk.vault import Keychain, Vault, VaultError
from trustdesk.vault.errors import StraySidecar, WriteFailed
from trustdesk.vault.keyslots import Header
from trustdesk.vault.vault import vault_paths

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # a hot rollback journal's header starts with it
KINDS = ("junk", "journal_header", "folder", "link_to_file", "dangling_link", "fifo", "empty")
SUFFIXES = ("-journal", "-wal", "-shm")


def _state(data_dir: Path) -> dict[str, object]:
    found: dict[str, object] = {}
    for path in sorted(data_dir.iterdir()):
        if path.is_symlink():
            found[path.name] = ("link", os.readlink(path))
        elif path.is_dir():
            found[path.name] = "folder"
        elif path.is_file():
            found[path.name] = path.read_bytes()
        else:
            found[path.name] = "other"
    return found


def _plant(side: Path, kind: str, junk: bytes) -> None:
    if kind == "junk":
        side.write_bytes(junk)
    elif kind == "journal_header":
        side.write_bytes(JOURNAL_MAGIC + junk)
    elif kind == "folder":
        side.mkdir()
    elif kind == "link_to_file":
        target = side.parent / "elsewhere.bin"
        target.write_bytes(junk)
        side.symlink_to(target.name)
    elif kind == "dangling_link":
        side.symlink_to("nowhere-at-all")
    elif kind == "fifo":
        os.mkfifo(side)
    else:
        side.write_bytes(b"")


@settings(max_examples=70, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from(SUFFIXES), kind=st.sampled_from(KINDS), junk=st.binary(min_size=1, max_size=40_000))
def test_a_stray_side_file_is_damage_and_touches_nothing(vault_templates: VaultTemplates,
                                                          tmp_path_factory: pytest.TempPathFactory,
                                                          suffix: str, kind: str, junk: bytes) -> None:
    template = vault_templates.template("correct horse battery staple 42", with_keychain=False)
    data_dir = tmp_path_factory.mktemp("stray") / "data"
    shutil.copytree(template.files, data_dir)
    db_path, header_path = vault_paths(data_dir)
    _plant(db_path.with_name(db_path.name + suffix), kind, junk)
    before = _state(data_dir)
    foreign = kind not in ("junk", "journal_header", "empty") or (suffix == "-journal" and kind != "empty")
    try:
        vault = Vault._open(data_dir, Header.read(header_path), bytearray(template.key), Keychain.none())
    except VaultError as exc:
        assert not isinstance(exc, WriteFailed), f"{suffix} {kind}: reported as a write failure: {exc}"
        assert isinstance(exc, StraySidecar) == foreign, f"{suffix} {kind}: {type(exc).__name__}: {exc}"
        assert _state(data_dir) == before, f"{suffix} {kind}: a refused open changed a file"
        return
    vault.lock()
    assert not foreign, f"{suffix} {kind}: a side file TrustDesk never writes was used"


def test_the_sentence_says_what_lies_beside_the_vault() -> None:
    from trustdesk.ui.kit.messages import describe

    said = describe(StraySidecar("vault.db-journal is a rollback journal"))
    assert "beside the vault" in said.lower() and "nothing was changed" in said.lower()
