"""Back up now... opens its file dialog in the backup folder the person chose, else in the home folder
(outside tester: it always opened in the home folder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit import file_dialogs
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.security.backup_settings import BackupSettings
from trustdesk.vault import Vault
from trustdesk.vault.backup import BackupService


@pytest.mark.parametrize("folder_kind", ["chosen", "none", "unplugged", "nested"])
def test_back_up_now_starts_in_the_backup_folder(qtbot: QtBot, session: VaultSession, vault: Vault, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch, folder_kind: str) -> None:
    folder = {"chosen": tmp_path / "usb", "nested": tmp_path / "usb stick" / "TrustDesk backups",
              "unplugged": tmp_path / "gone", "none": None}[folder_kind]
    if folder is not None and folder_kind != "unplugged":
        folder.mkdir(parents=True)
    if folder is not None:
        BackupService(vault).set_folder(folder, keep=5)
    starts: list[Path] = []

    def fake_save(_parent: object, _title: str, start: Path | str, _filters: str = "") -> Path | None:
        starts.append(Path(start))
        return None

    monkeypatch.setattr(file_dialogs, "save_file", fake_save)
    box = BackupSettings(session)
    qtbot.addWidget(box)
    box.load()
    assert box.choose_backup_file() is None
    expected = folder if folder is not None and folder.is_dir() else Path.home()
    assert starts and starts[0].parent == expected
    assert starts[0].suffix == ".tdbackup"
