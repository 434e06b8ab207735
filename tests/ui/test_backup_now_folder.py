"""Back up now... (outside testers: it always opened in the home folder; with no backup folder set it
opened a bare folder dialog there, with no word of why).

- with a backup folder: its file dialog opens in that folder, else (unplugged) on a stick or in Documents;
- with none: it says first that no backup folder is set and offers to choose one; the chooser starts on a
  removable drive, else in the Documents folder; the backup is made there and the folder kept for the
  automatic backups; Escape at the question or in the chooser leaves everything as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from trustdesk.ui.kit import file_dialogs
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.output import document_output
from trustdesk.ui.security import backup_first_folder
from trustdesk.ui.security.backup_first_folder import looks_removable
from trustdesk.ui.security.backup_settings import BackupSettings
from trustdesk.vault import Vault
from trustdesk.vault.backup import BackupService
from trustdesk.vault.restore import inspect_backup


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A stick (plugged in or not, as the test says) and a Documents folder, instead of this machine's."""
    found = {"stick": tmp_path / "media" / "anne" / "USB ANNE", "documents": tmp_path / "Documents"}
    for folder in found.values():
        folder.mkdir(parents=True)
    monkeypatch.setattr(backup_first_folder, "removable_drives", lambda: [found["stick"]])
    monkeypatch.setattr(document_output, "documents_folder", lambda: found["documents"])
    return found


@pytest.mark.parametrize("folder_kind", ["chosen", "unplugged", "nested"])
def test_back_up_now_starts_in_the_backup_folder(qtbot: QtBot, session: VaultSession, vault: Vault, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch, places: dict[str, Path],
                                                 folder_kind: str) -> None:
    folder = {"chosen": tmp_path / "usb", "nested": tmp_path / "usb stick" / "TrustDesk backups",
              "unplugged": tmp_path / "gone"}[folder_kind]
    if folder_kind != "unplugged":
        folder.mkdir(parents=True)
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
    expected = folder if folder.is_dir() else places["stick"]
    assert starts and starts[0].parent == expected
    assert starts[0].suffix == ".tdbackup"


def _question(box: BackupSettings) -> QMessageBox | None:
    shown = [b for b in box.findChildren(QMessageBox, "backupNoFolderQuestion") if b.isVisible()]
    assert len(shown) <= 1
    return shown[0] if shown else None


@pytest.mark.parametrize("stick", [True, False], ids=["stick plugged in", "no stick"])
def test_no_folder_is_said_first_then_chosen_backed_up_into_and_kept(
        qtbot: QtBot, session: VaultSession, vault: Vault, monkeypatch: pytest.MonkeyPatch,
        places: dict[str, Path], stick: bool) -> None:
    if not stick:
        monkeypatch.setattr(backup_first_folder, "removable_drives", lambda: [])
    start = places["stick"] if stick else places["documents"]
    target = start / "TrustDesk"
    target.mkdir()
    starts: list[Path] = []

    def fake_choose(_parent: object, _title: str, begin: Path | str) -> Path | None:
        starts.append(Path(begin))
        return target

    monkeypatch.setattr(file_dialogs, "choose_folder", fake_choose)
    monkeypatch.setattr(file_dialogs, "save_file", lambda *_a: pytest.fail("no file dialog without a folder"))
    box = BackupSettings(session)
    qtbot.addWidget(box)
    box.show()
    qtbot.mouseClick(box.now_button, Qt.MouseButton.LeftButton)
    question = _question(box)
    assert question is not None and not starts  # said before anything opens
    assert "No backup folder is set yet." in question.text() and question.accessibleName()
    qtbot.keyClick(question.focusWidget() or question, Qt.Key.Key_Return)  # Enter: choose a folder
    qtbot.waitUntil(lambda: box.now_button.isEnabled() and bool(list(target.glob("*.tdbackup"))), timeout=15_000)
    assert starts == [start]
    assert BackupService(vault).folder() == target  # kept for the automatic backups
    made = list(target.glob("*.tdbackup"))
    assert len(made) == 1 and inspect_backup(made[0], passphrase=PASSPHRASE) is not None
    assert made[0].name in box.message.text() and "From now on" in box.message.text()
    assert box.folder_field.path() == target and box.stop_button.isEnabled()
    assert _question(box) is None


@pytest.mark.parametrize("where", ["question", "chooser"])
def test_escape_at_any_point_leaves_everything_as_it_was(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                         monkeypatch: pytest.MonkeyPatch, places: dict[str, Path],
                                                         where: str) -> None:
    asked: list[Path] = []
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda _p, _t, begin: asked.append(Path(begin)) and None)
    monkeypatch.setattr(file_dialogs, "save_file", lambda *_a: pytest.fail("no file dialog without a folder"))
    before = vault.settings.all()
    box = BackupSettings(session)
    qtbot.addWidget(box)
    box.show()
    box.back_up_now()
    question = _question(box)
    assert question is not None
    key = Qt.Key.Key_Escape if where == "question" else Qt.Key.Key_Return
    qtbot.keyClick(question.focusWidget() or question, key)
    qtbot.waitUntil(lambda: _question(box) is None)
    assert asked == ([] if where == "question" else [places["stick"]])
    assert vault.settings.all() == before and BackupService(vault).folder() is None
    assert not [made for folder in places.values() for made in folder.rglob("*.tdbackup")]
    assert box.now_button.isEnabled() and not box.message.isVisible() and box.folder_field.path() is None


def test_what_looks_like_a_removable_drive() -> None:
    system = Path("/")
    for root in ("/media/anne/USB ANNE", "/media/STICK", "/run/media/anne/BACKUP"):
        assert looks_removable(Path(root), system, "linux"), root
    for root in ("/", "/home", "/media", "/run/media", "/run/media/anne", "/boot/efi", "/mnt/c", "/mediaX/a"):
        assert not looks_removable(Path(root), system, "linux"), root
    assert looks_removable(Path("/Volumes/USB"), system, "darwin")
    assert not looks_removable(Path("/"), system, "darwin")
    assert looks_removable(Path("E:/"), Path("C:/"), "win32") and not looks_removable(Path("C:/"), Path("C:/"), "win32")
