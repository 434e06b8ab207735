"""The doctor's right of access: export one case completely, as a PDF (full, every section) plus
machine-readable JSON, into a folder the trust person chooses.

    export_access(parent, session, case_id, code) -> (json_path, pdf_path) | None

Re-authentication first (the PDF carries the doctor's name); Qt's own folder dialog
(``DontUseNativeDialog``, so the OS recent-places list never learns it); the files are written by
``vault.access_export.write_access_export`` (temp names, fsync, rename) and audited as an export.
The PDF is made in memory and both files written in a worker (``VaultOp.run_waiting``): the window
keeps answering meanwhile (a 27-contact case froze it 120–318 ms on the UI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.output.reauth import require_reauth

if TYPE_CHECKING:
    from trustdesk.vault import Vault

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def choose_folder(parent: QWidget | None) -> Path | None:
    from trustdesk.ui.kit.file_dialogs import choose_folder as choose

    return choose(parent, translate("access_export", "Folder for the access export"), Path.home())


def _tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("accessExportMessage")
    box.setAccessibleName(title)
    box.exec()
    box.deleteLater()


def export_access(
    parent: QWidget | None,
    session: VaultSession,
    case_id: int,
    code: str,
    *,
    folder_chooser: Callable[[QWidget | None], Path | None] = choose_folder,
    tell: Callable[[QWidget | None, QMessageBox.Icon, str, str], None] = _tell,
) -> tuple[Path, Path] | None:
    """Re-auth, choose a folder, write the JSON and the PDF, named as every saved file is
    (``suggested_file_name``: "TD-2026-0004_inzage-export_2026-12-07.pdf")."""
    what = translate(
        "access_export", "The complete file of case %1 for the doctor (PDF with names, and JSON)"
    ).replace("%1", code)
    if not session.is_unlocked or not require_reauth(session, parent, what):
        return None
    folder = folder_chooser(parent)
    if folder is None:
        return None

    from trustdesk.ui.output.document_output import suggested_file_name

    # Named as every saved file is, in the interface's language: the case's code, a word, the date.
    names = (suggested_file_name("access", code, "json"), suggested_file_name("access", code, "pdf"))

    def work(vault: Vault) -> tuple[Path, Path]:
        from trustdesk.documents import ALL_SECTIONS, Redaction, case_summary_pdf
        from trustdesk.ui.output.queries import audit_stamped
        from trustdesk.vault.access_export import write_access_export

        pdf = audit_stamped(vault, bytes(case_summary_pdf(vault, case_id, Redaction.FULL, ALL_SECTIONS)))
        return write_access_export(vault, case_id, folder, pdf, names)

    written: list[tuple[Path, Path]] = []
    VaultOp(parent or session, work, session=session).success(written.append).failure(
        lambda _exc, sentence: tell(
            parent, QMessageBox.Icon.Warning, translate("access_export", "Access export"), sentence
        )
    ).run_waiting()  # the PDF made and both files written in a worker: the window answers meanwhile
    if not written:
        return None
    json_path, pdf_path = written[0]
    tell(
        parent,
        QMessageBox.Icon.Information,
        translate("access_export", "Access export"),
        translate(
            "access_export",
            "The complete file of case %1 was written:\n%2\n%3\nBoth hold names and notes: hand them to the "
            "doctor and keep no other copy.",
        )
        .replace("%1", code)
        .replace("%2", str(pdf_path))
        .replace("%3", str(json_path)),
    )
    return written[0]
