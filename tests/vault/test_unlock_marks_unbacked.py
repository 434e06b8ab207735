"""``Vault.unlock(mark_unbacked=True)`` (the unlock window's): the "this session may change the vault"
flag the backup runner keeps (``backup.unbacked``) is set in the same commit as the unlock's audit entry,
so it is durable before the vault is handed over and costs no second commit; the value found is kept
for the runner.  Without it (headless commands), the flag is left as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.audit import AuditEvent
from trustdesk.vault.db import Database
from trustdesk.vault.settings import BACKUP_UNBACKED

KEY = BACKUP_UNBACKED.key


def _commits_of_unlock(monkeypatch: pytest.MonkeyPatch, data_dir: Path, keychain: Keychain,
                       mark: bool) -> tuple[Vault, int]:
    count = [0]
    original = Database.transaction

    def noting(self: Database) -> object:
        if not self._depth:  # noqa: SLF001 - the outermost one commits
            count[0] += 1
        return original(self)

    with monkeypatch.context() as patch:
        patch.setattr(Database, "transaction", noting)
        vault = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain, mark_unbacked=mark)
    return vault, count[0]


@pytest.mark.parametrize("found", [None, False, True])
def test_the_flag_joins_the_unlock_commit_and_survives_a_crash_right_after(
        data_dir: Path, keychain: Keychain, new_vault: Callable[..., Vault], monkeypatch: pytest.MonkeyPatch,
        found: bool | None) -> None:
    vault = new_vault(data_dir, keychain=keychain)
    if found is not None:
        vault.settings.set(KEY, found)
    vault.lock()
    plain, plain_commits = _commits_of_unlock(monkeypatch, data_dir, keychain, mark=False)
    assert plain.unbacked_before is None and plain.settings.get(KEY) is found  # left as it was
    unlocks = len(plain.audit.entries(event=AuditEvent.UNLOCK))
    plain.lock()
    marked, marked_commits = _commits_of_unlock(monkeypatch, data_dir, keychain, mark=True)
    assert marked_commits == plain_commits  # no commit of its own
    assert marked.unbacked_before is (found is True) and marked.settings.get(KEY) is True
    marked.db.close(checkpoint=False)  # the process dies right after the unlock: no lock
    again = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    try:
        assert again.settings.get(KEY) is True  # the flag and the entry were committed together
        assert len(again.audit.entries(event=AuditEvent.UNLOCK)) == unlocks + 2
    finally:
        again.lock()

