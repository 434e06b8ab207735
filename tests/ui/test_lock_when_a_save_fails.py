"""A lock always locks, also when a save fails at it, and what the save held is not lost (the reviewer: a
save callback -- the autosave's flush before the lock -- that raised left the vault open, its key in
memory, behind the unlock window; and the note's last words were gone with no word said).

The vault runs every before-lock callback, counts the ones that raise, and locks all the same
(``Vault._flush_before_lock``).  The autosave whose write fails there seals what the editor holds under
the vault's key before the key is zeroed (``vault/sealed_memory.py``): ciphertext in memory, nothing in the
clear on disk; the next unlock writes it and says so.  What cannot even be kept is said after the unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from tests.conftest import PASSPHRASE
from trustdesk.ui.kit.autosave import Autosave
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Keychain, Vault, sealed_memory
from trustdesk.vault.closing import wait_for_closes

TYPED = "Gesprek met dr. Peeters: slaapt slecht sinds de wachtdienst, 7f3c9e"
KEY = "test.note"


class Writer:
    """The editor's write (module level, as ``write_contact``): refuses while ``failing``."""

    failing = False

    @staticmethod
    def write(vault: Vault, text: str) -> str:
        if Writer.failing:
            raise RuntimeError("a bug in the save")
        vault.settings.set(KEY, text)
        return text


@pytest.fixture(autouse=True)
def _writer_reset() -> object:
    Writer.failing = False
    yield
    Writer.failing = False
    sealed_memory._KEPT.clear()  # noqa: SLF001 - nothing kept leaks into the next test


def _on_disk(data_dir: Path, text: str) -> list[Path]:
    needle = text.encode()
    return [p for p in data_dir.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_a_vault_locks_when_a_before_lock_callback_raises(vault: Vault) -> None:
    ran: list[str] = []
    key = vault._key  # noqa: SLF001

    def broken() -> None:
        raise RuntimeError("a bug")

    vault.before_lock(broken)
    vault.before_lock(lambda: ran.append("next"))
    vault.lock("manual")
    assert vault.is_locked and not any(key)
    assert ran == ["next"] and vault.failed_at_lock == 1  # the others ran; the failure is counted


@pytest.mark.parametrize("reason", ["manual", "idle"])
def test_a_lock_in_the_session_locks_when_a_save_fails_and_keeps_the_text_sealed(
        qtbot: object, session: VaultSession, vault: Vault, data_dir: Path, keychain: Keychain,
        reason: str) -> None:
    holder = QObject()
    autosave = Autosave(holder, session, Writer.write, snapshot=lambda: TYPED, delay_ms=60_000)
    autosave.touch()
    key = vault._key  # noqa: SLF001
    Writer.failing = True
    session.lock(reason)
    wait_for_closes()
    assert vault.is_locked and not any(key)  # locked, the key zeroed, whatever the save did
    assert not session.is_unlocked
    assert sealed_memory.kept() == 1 and not session.drafts_at_lock
    assert not _on_disk(data_dir, TYPED)  # kept in memory, sealed: nothing in the clear on disk
    sealed = sealed_memory._KEPT[data_dir.resolve()][0][1]  # noqa: SLF001
    assert TYPED.encode() not in sealed

    Writer.failing = False
    again = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    session.open(again)
    assert again.settings.get(KEY) == TYPED  # written at the unlock: nothing lost
    assert sealed_memory.kept() == 0
    assert [fate.kept for fate in session.drafts_at_lock] == [True]  # and said
    assert "saved now" in session.drafts_at_lock[0].line()


def test_what_cannot_be_kept_is_said_after_the_unlock(session: VaultSession, vault: Vault) -> None:
    holder = QObject()

    def snapshot() -> str:
        if Writer.failing:
            raise RuntimeError("the editor is half gone")
        return TYPED

    autosave = Autosave(holder, session, Writer.write, snapshot=snapshot, delay_ms=60_000)
    autosave.touch()
    Writer.failing = True
    session.lock("manual")
    wait_for_closes()
    assert vault.is_locked and not any(vault._key)  # noqa: SLF001
    assert [fate.kept for fate in session.drafts_at_lock] == [False]
    assert "could not be kept" in session.drafts_at_lock[0].line()


def test_sealed_under_another_vault_key_is_refused(vault: Vault) -> None:
    from trustdesk.vault import VaultError
    from trustdesk.vault.sealed_memory import seal

    sealed = seal(bytearray(b"k" * 32), b"text")
    with pytest.raises(VaultError):
        vault.unseal(sealed)
    assert vault.unseal(vault.seal(b"text")) == b"text"
