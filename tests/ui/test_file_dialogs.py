"""No file dialog leaves its history behind; the provider directory export is an export (issue 17).

Qt's own file dialog remembers the folders it visited (``FileDialog/history``, ``lastVisited``, the
sidebar) in Qt's settings file, ``QtProject.conf``.  Every file dialog of the app is opened for real
here, a folder named after a doctor is chosen in it (or it is cancelled), and Qt's settings file is
read afterwards: it holds no ``FileDialog`` group and no trace of the folder.  A raw QFileDialog
does leave both (the check can fail), and the source holds no file dialog outside the one helper
(``trustdesk/ui/kit/file_dialogs.py``).  The provider directory CSV (provider notes are free text)
leaves through ``save_document`` like every other export: the passphrase first, then an audit entry.
"""

from __future__ import annotations

import ast
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.file_dialogs import forget_dialog_history, qt_settings
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault

TRUSTDESK = Path(__file__).resolve().parents[2] / "trustdesk"
HELPER = TRUSTDESK / "ui" / "kit" / "file_dialogs.py"


def settings_text() -> str:
    store = qt_settings()
    store.sync()
    path = Path(store.fileName())
    return path.read_text(errors="replace") if path.exists() else ""


class Answer:
    """Answers the next Qt file dialog: choose ``path`` (a file or a folder), or cancel."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.seen: list[bool] = []  # per dialog answered: was it Qt's own (not the OS's)
        QTimer.singleShot(20, self._answer)

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            if isinstance(dialog, QMessageBox):  # Qt's own "file not found" while its model was loading
                dialog.accept()
            QTimer.singleShot(20, self._answer)
            return
        if not self.seen:
            self.seen.append(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        if self.path is None:
            dialog.reject()
            return
        dialog.setDirectory(str(self.path.parent))
        name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
        if name_edit is not None and dialog.fileMode() != QFileDialog.FileMode.Directory:
            name_edit.setText(self.path.name)  # as typed by the user
        else:
            dialog.selectFile(self.path.name)
        dialog.accept()
        if dialog.isVisible():  # not taken yet (the folder is still being read): again shortly
            QTimer.singleShot(50, self._answer)


@pytest.fixture
def doctor_folder(tmp_path: Path) -> Iterator[Path]:
    forget_dialog_history()
    folder = tmp_path / f"Dossier Dr Peeters {uuid.uuid4().hex[:6]}"
    folder.mkdir()
    (folder / "import.csv").write_text("name;phone\nDr. Claes;016 12 34 56\n", encoding="utf-8")
    (folder / "pack.tdpack").write_bytes(b"PK\x05\x06" + bytes(18))
    (folder / "backup.tdbackup").write_bytes(b"not really")
    (folder / "file.tdhandover").write_bytes(b"not really")
    yield folder
    forget_dialog_history()


def _no_trace(folder: Path) -> None:
    text = settings_text()
    assert "FileDialog" not in text and "filedialog" not in text.lower(), text
    assert folder.name not in text and folder.name.replace(" ", "%20") not in text, text


# -- the check can fail ----------------------------------------------------------------------------

def test_a_raw_file_dialog_leaves_its_history(qtbot: QtBot, doctor_folder: Path) -> None:
    answer = Answer(doctor_folder / "x.csv")
    QFileDialog.getSaveFileName(None, "raw", str(doctor_folder / "x.csv"), "", "",
                                QFileDialog.Option.DontUseNativeDialog)
    assert answer.seen
    text = settings_text()
    assert "lastVisited" in text and doctor_folder.name.replace(" ", "%20") in text
    forget_dialog_history()
    _no_trace(doctor_folder)


# -- the source: one helper ---------------------------------------------------------------------------

def test_no_file_dialog_outside_the_helper() -> None:
    """Any mention of QFileDialog in the code (an import, a static call, an instance, its options) outside
    the helper is a dialog that could keep its history."""
    found = []
    for path in sorted(TRUSTDESK.rglob("*.py")):
        if path == HELPER:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Name) and node.id == "QFileDialog":
                found.append(f"{path.relative_to(TRUSTDESK)}:{node.lineno}")
            elif isinstance(node, ast.Attribute) and node.attr == "QFileDialog":
                found.append(f"{path.relative_to(TRUSTDESK)}:{node.lineno}")
            elif isinstance(node, ast.ImportFrom) and any(alias.name == "QFileDialog" for alias in node.names):
                found.append(f"{path.relative_to(TRUSTDESK)}:{node.lineno} (import)")
    assert not found, f"file dialogs outside trustdesk/ui/kit/file_dialogs.py: {found}"


def test_the_source_check_can_fail(tmp_path: Path) -> None:
    bad = "from PySide6.QtWidgets import QFileDialog\nQFileDialog.getOpenFileName(None)\n"
    nodes = list(ast.walk(ast.parse(bad)))
    assert any(isinstance(n, ast.Name) and n.id == "QFileDialog" for n in nodes)


# -- every file dialog of the app, for real ----------------------------------------------------------

def _entry_points(session: VaultSession, parent: QWidget, folder: Path
                  ) -> dict[str, tuple[Path, Callable[[], object]]]:
    from trustdesk.ui.directory.csv_import_dialog import choose_csv_to_open
    from trustdesk.ui.directory.pack_import import choose_pack_file
    from trustdesk.ui.exchange import exchange_files
    from trustdesk.ui.output.access_export_dialog import choose_folder
    from trustdesk.ui.output.document_output import write_document
    from trustdesk.ui.security.backup_settings import BackupSettings, choose_backup_folder
    from trustdesk.ui.security.handover_dialogs import ask_save_path
    from trustdesk.ui.security.handover_receive import ask_open_path

    backup = BackupSettings(session, parent)
    vault = session.require()
    return {
        "provider CSV import": (folder / "import.csv", lambda: choose_csv_to_open(parent)),
        "organisation pack": (folder / "pack.tdpack", lambda: choose_pack_file(parent)),
        "backup folder": (folder, lambda: choose_backup_folder(parent, None)),
        "backup file": (folder / "new.tdbackup", backup.choose_backup_file),
        "access export": (folder, lambda: choose_folder(parent)),
        "handover send": (folder / "out.tdhandover", lambda: ask_save_path(parent, "out.tdhandover")),
        "handover receive": (folder / "file.tdhandover", lambda: ask_open_path(parent)),
        "exchange open": (folder / "import.csv", lambda: exchange_files.ask_open_path(parent, "open", "")),
        "exchange save": (folder / "card.tdcard",
                          lambda: exchange_files.ask_save_path(parent, "save", "card.tdcard", "")),
        "document": (folder / "TD-2026-0001_case_summary.pdf",
                     lambda: write_document(parent, vault, b"%PDF-1.7\n%%EOF\n", "TD-2026-0001_case_summary.pdf",
                                            kind="case_summary", case_code="TD-2026-0001")),
    }


# The restore wizard's "Choose a backup" and the coordinator desk's dialogs go through the same helper
# (the source check above); they need a whole wizard or desk around them, so they are left to that check.
ENTRY_POINTS = ("provider CSV import", "organisation pack", "backup folder", "backup file", "access export",
                "handover send", "handover receive", "exchange open", "exchange save", "document")


@pytest.mark.parametrize("cancel", [False, True], ids=["chosen", "cancelled"])
@pytest.mark.parametrize("entry", ENTRY_POINTS)
def test_every_file_dialog_wipes_its_history(qtbot: QtBot, session: VaultSession, doctor_folder: Path,
                                             entry: str, cancel: bool) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    points = _entry_points(session, parent, doctor_folder)
    assert set(points) == set(ENTRY_POINTS)
    target, run = points[entry]
    answer = Answer(None if cancel else target)
    result = run()
    assert answer.seen == [True], f"{entry}: no Qt (non-native) file dialog was answered"
    assert bool(result) != cancel, f"{entry}: chosen {not cancel}, got {result!r}"
    _no_trace(doctor_folder)


# -- the provider directory export is an export ----------------------------------------------------

def test_the_provider_directory_export_asks_the_passphrase_and_is_audited(
        qtbot: QtBot, session: VaultSession, vault: Vault, doctor_folder: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Re-authentication first (refused: no dialog, no file, no audit entry), then Qt's own dialog (no
    history left), the file, and an audit entry naming the kind and how many providers."""
    from trustdesk.domain.enums import ProviderKind
    from trustdesk.domain.models import Provider
    from trustdesk.ui.directory.providers_page import ProvidersPage

    vault.providers.add(Provider(name="Dr Hélène Dupont", kind=next(iter(ProviderKind)),
                                 notes="ziet enkel artsen; wachtlijst 3 weken"))
    page = ProvidersPage(session)
    qtbot.addWidget(page)
    asked: list[str] = []
    allow = [False]

    def reauth(_session: VaultSession, _parent: QWidget | None, what: str, **_kwargs: object) -> bool:
        asked.append(what)
        return allow[0]

    monkeypatch.setattr("trustdesk.ui.output.document_output.require_reauth", reauth)
    opened: list[int] = []
    real = QFileDialog.getSaveFileName

    def counted(*args: object) -> object:
        opened.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", counted)
    before = len(vault.audit.entries())
    assert page.export_csv(dialect="utf8") is None
    assert asked and not opened and len(vault.audit.entries()) == before
    allow[0] = True
    target = doctor_folder / "providers.csv"
    answer = Answer(target)
    count = vault.providers.count()
    assert page.export_csv(dialect="excel-be") == count
    assert answer.seen and target.exists() and "Hélène".encode("cp1252") in target.read_bytes()
    entries = vault.audit.entries()
    assert len(entries) == before + 1 and entries[0].event == "export", entries[0]
    assert entries[0].detail.startswith("providers_csv") and f"{count} providers" in entries[0].detail
    _no_trace(doctor_folder)
