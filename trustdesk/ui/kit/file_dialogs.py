"""Every file dialog of TrustDesk goes through here (ARCHITECTURE.md, Where plaintext may leave).

    path = open_file(parent, title, start_folder, filters)           # None when cancelled
    paths = open_files(parent, title, start_folder, filters)         # [] when cancelled
    path = save_file(parent, title, start_folder / "name.pdf", filters)
    folder = choose_folder(parent, title, start_folder)

- Qt's own dialog (``DontUseNativeDialog``): the operating system's recent-files list never learns a
  name; symbolic links are shown, not followed (``DontResolveSymlinks``).
- Qt's own dialog keeps a history of its own — the folders visited, the last one, the sidebar, the
  view — in Qt's settings file (``QtProject.conf``, group ``FileDialog``), written when the dialog
  closes.  A folder or file name can say more than it should ("Dossiers/Dr Peeters"), so the whole
  group is removed after **every** dialog, accepted or cancelled, before the caller sees the answer.

No other module calls ``QFileDialog`` (``tests/ui/test_file_dialogs.py`` parses the source and drives
the dialogs for real, then reads Qt's settings file).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

OWN_DIALOG = QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.DontResolveSymlinks
QT_ORGANISATION = "QtProject"
HISTORY_GROUPS = ("FileDialog", "Qt/filedialog")  # Qt 6's group, and the key Qt 4/5 used


def qt_settings() -> QSettings:
    """Qt's own settings file, where its file dialog remembers where it has been."""
    return QSettings(QSettings.Scope.UserScope, QT_ORGANISATION)


def forget_dialog_history() -> None:
    """Remove every trace Qt's file dialog keeps in Qt's settings file."""
    store = qt_settings()
    present = [key for key in HISTORY_GROUPS if store.contains(key) or key in store.childGroups()]
    for key in present:
        store.remove(key)
    store.sync()


def open_file(parent: QWidget | None, title: str, start: Path | str, filters: str = "") -> Path | None:
    try:
        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start), filters, "", OWN_DIALOG)
    finally:
        forget_dialog_history()
    return Path(chosen) if chosen else None


def open_files(parent: QWidget | None, title: str, start: Path | str, filters: str = "") -> list[Path]:
    try:
        chosen, _ = QFileDialog.getOpenFileNames(parent, title, str(start), filters, "", OWN_DIALOG)
    finally:
        forget_dialog_history()
    return [Path(name) for name in chosen]


def save_file(parent: QWidget | None, title: str, start: Path | str, filters: str = "") -> Path | None:
    try:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), filters, "", OWN_DIALOG)
    finally:
        forget_dialog_history()
    return Path(chosen) if chosen else None


def choose_folder(parent: QWidget | None, title: str, start: Path | str) -> Path | None:
    try:
        chosen = QFileDialog.getExistingDirectory(parent, title, str(start),
                                                  OWN_DIALOG | QFileDialog.Option.ShowDirsOnly)
    finally:
        forget_dialog_history()
    return Path(chosen) if chosen else None
