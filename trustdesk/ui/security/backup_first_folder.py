"""Back up now... before any backup folder is set: said first, then a folder chosen, then the backup
made there and the folder kept for the automatic backups (outside tester: a bare folder dialog opened
in the home folder, with no word of why).

The question says that no backup folder is set yet and offers to choose one; the chooser starts where
a backup belongs -- a removable drive's mount (a USB stick), else the Documents folder -- never in the
home folder by default.  Escape at the question or in the chooser leaves everything as it was.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

LINUX_MOUNTS = ("/media", "/run/media")  # where udisks mounts a stick (Debian, Ubuntu; Fedora)


def looks_removable(root: Path, system: Path, platform: str = sys.platform) -> bool:
    """Whether a mounted volume at ``root`` is where a USB stick or an external disk is mounted: under
    /media or /run/media on Linux, /Volumes on macOS, a drive other than the system's on Windows."""
    if platform == "win32":
        return root != system
    if platform == "darwin":
        return root.parent == Path("/Volumes")
    return any(root.is_relative_to(mounts) and root != Path(mounts) for mounts in LINUX_MOUNTS) \
        and root.parent != Path("/run/media")  # (/run/media/<user> itself is a folder of mounts)


def removable_drives() -> list[Path]:
    """Mounted drives that look removable (a USB stick, an external disk), writable and ready."""
    from PySide6.QtCore import QStorageInfo

    system = Path(QStorageInfo.root().rootPath())
    found = [Path(volume.rootPath()) for volume in QStorageInfo.mountedVolumes()
             if volume.isValid() and volume.isReady() and not volume.isReadOnly()]
    return sorted(root for root in found if looks_removable(root, system) and root.is_dir())


def backup_start_folder() -> Path:
    """Where the backup folder's chooser starts: the first removable drive, else the Documents folder."""
    drives = removable_drives()
    if drives:
        return drives[0]
    from trustdesk.ui.output.document_output import documents_folder

    return documents_folder()


class NoFolderQuestion(QMessageBox):
    """"No backup folder is set yet": *Choose a folder…* (Enter) or *Cancel* (Escape)."""

    def __init__(self, parent: QWidget, choose: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setObjectName("backupNoFolderQuestion")
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("No backup folder yet"))
        self.setAccessibleName(self.tr("No backup folder yet"))
        self.setText(self.tr("No backup folder is set yet."))
        self.setInformativeText(self.tr(
            "Choose a folder on a USB stick or another disk: TrustDesk makes the backup there now, and from then "
            "on by itself when you lock or quit, and once a day."))
        self.choose = self.addButton(self.tr("&Choose a folder…"), QMessageBox.ButtonRole.AcceptRole)
        self.choose.setObjectName("backupChooseFolderButton")
        self.choose.setAccessibleName(self.tr("Choose a backup folder"))
        self.cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.cancel.setObjectName("backupNoFolderCancel")
        self.setDefaultButton(self.choose)
        self.setEscapeButton(self.cancel)
        self.choose.clicked.connect(choose)


def no_folder_question(parent: QWidget, choose: Callable[[], None]) -> NoFolderQuestion:
    """Asked window-modal (``open``): Settings' event loop goes on, the answer comes by the buttons."""
    box = NoFolderQuestion(parent, choose)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per click, gone once answered
    box.open()
    return box
