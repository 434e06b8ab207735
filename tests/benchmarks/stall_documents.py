"""The stall drive's documents and backup: every document kind made once, and a backup, each the way
a person makes it (the issue: "make every document, back up").

- from the Documents tab of the biggest case: the case summary saved as PDF (re-authentication and the
  save dialog, as the user goes), the contact log and a referral letter previewed (the summary's
  preview is the drive's own step before this);
- the doctor's access export (PDF and JSON) from the case view's header (re-authentication, Qt's folder
  dialog, the message that says where the files are);
- the safety plan's page for the doctor, from the contact editor's safety plan dialog;
- the anonymous activity report as PDF and as CSV, from the Reports page;
- a backup, from Settings → Back up now (no folder set yet: the question, then the folder chosen).

The modal dialogs on the way (the passphrase asked again, Qt's own save dialog, a message) are answered by a timer
on the UI thread, as a person would: the event loop runs in them and the watchdog ticks there too.
Before the drive, ``prepare`` gives the biggest case what these documents need (a referral with the
doctor's consent and a letter, a safety plan): data a person wrote earlier, not part of what is timed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from tests.benchmarks.reference import PASSPHRASE, ReferenceInfo


def prepare(data_dir: Path, ref: ReferenceInfo) -> tuple[int, int]:
    """(referral id with a letter, a contact id) in the biggest case, written through the vault's API
    before the app opens this copy."""
    from trustdesk.domain.models import Referral
    from trustdesk.domain.safety import SafetyPlan
    from trustdesk.vault import Keychain, Vault

    vault = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    try:
        referral = vault.referrals.add(Referral(
            ref.big_case_id, provider_name="Praktijk De Linde", reason="Slaapproblemen na nachtdiensten",
            consent_given=True, consent_date=date(2026, 11, 2),
            letter_text="Geachte collega,\n\nGraag verwijs ik een collega naar u voor begeleiding bij "
                        "slaapproblemen en uitputting na een lange periode van nachtdiensten.\n\nMet collegiale groet"))
        vault.safety_plans.save(SafetyPlan(
            ref.big_case_id, warning_signs="Niet meer slapen, piekeren", coping_alone="Wandelen, ademhaling",
            help_people="Partner", professionals="Huisarts; crisislijn", reasons_to_live="Kinderen, het werk"))
        contact = vault.db.query_one("SELECT id FROM contacts WHERE case_id = ? ORDER BY at DESC LIMIT 1",
                                     (ref.big_case_id,))
    finally:
        vault.lock()
    assert referral.id is not None and contact is not None
    return referral.id, int(contact[0])


class DialogAnswerer:
    """Answers the modal dialogs of saving a document or a backup: the passphrase, then the file name."""

    def __init__(self, folder: Path, passphrase: str = PASSPHRASE) -> None:
        from PySide6.QtCore import QTimer

        self.folder, self.passphrase = folder, passphrase
        self.saved: list[Path] = []
        self.answered: list[object] = []  # the questions already answered (a click may open a nested loop)
        self._choosing: tuple[object, Path] | None = None  # the file dialog being answered and its file
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLineEdit

        modal = QApplication.activeModalWidget()
        # a file dialog opened from a question's button while the question is still closing: the question
        # may still be the active modal one (answered once only, below); the file dialog is answered first
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                modal = widget
        if modal is None or not modal.isVisible():
            return
        if modal.objectName() == "reauthDialog":
            secret = modal.findChild(QLineEdit, "reauthSecret")
            confirm = modal.findChild(QAbstractButton, "reauthConfirm")
            if secret is not None and confirm is not None and not secret.text():
                secret.setText(self.passphrase)
                confirm.click()
        elif modal.objectName() == "backupNoFolderQuestion":  # Back up now before a folder is set
            choose = modal.findChild(QAbstractButton, "backupChooseFolderButton")
            if choose is not None and modal not in self.answered:
                self.answered.append(modal)
                from PySide6.QtCore import QTimer

                # the click opens the folder chooser's own event loop: not inside this timer's slot, where
                # the timer could not fire again to answer the chooser
                QTimer.singleShot(0, choose.click)
        elif modal.objectName() == "accessExportMessage":  # where the access export's files are: read, OK
            if modal not in self.answered:
                self.answered.append(modal)
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, modal.accept)  # not inside this slot: the box's own loop ends it
        elif isinstance(modal, QFileDialog):
            self._answer_file(modal)

    def _answer_file(self, dialog: Any) -> None:
        """Qt's own file dialog answered as a person does: the folder opened and the name typed in its
        name field, accepted only once the dialog's own answer is that file (else the next tick tries
        again).  ``selectFile`` is not enough: it leaves the name field alone while that field has the
        keyboard (the dialog already active), and the dialog then answered the suggested name in the new
        folder, or the folder itself; the drive waited for a file that was written elsewhere."""
        from PySide6.QtWidgets import QFileDialog, QLineEdit

        if self._choosing is None or self._choosing[0] is not dialog:  # one target per dialog
            if dialog.fileMode() == QFileDialog.FileMode.Directory:  # the backup folder: made, then chosen
                target = self.folder / f"made-{len(self.saved) + 1}"
                target.mkdir(exist_ok=True)
            else:
                suffix = Path(dialog.selectedFiles()[0] if dialog.selectedFiles() else "x.pdf").suffix or ".pdf"
                target = self.folder / f"made-{len(self.saved) + 1}{suffix}"
            self._choosing = (dialog, target)
        target = self._choosing[1]
        name = dialog.findChild(QLineEdit, "fileNameEdit")  # Qt's name field (its own dialog, DontUseNativeDialog)
        if name is None:
            return
        if Path(dialog.directory().absolutePath()) != target.parent:
            dialog.setDirectory(str(target.parent))
        if name.text() != target.name:
            name.setText(target.name)
        if [Path(chosen) for chosen in dialog.selectedFiles()] != [target]:
            return  # not the dialog's answer yet: asked again at the next tick
        self._choosing = None
        self.saved.append(target)
        dialog.accept()

    def stop(self) -> None:
        self.timer.stop()


def _dialogs(app: Any, name: str) -> list[Any]:
    return [w for w in app.topLevelWidgets() if w.isVisible() and w.objectName() == name]


def _close_dialogs(app: Any) -> None:
    from PySide6.QtWidgets import QDialog

    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()


def make_every_document(drive: Any, app: Any, view: Any, prepared: tuple[int, int], folder: Path) -> None:
    """The documents and the backup, each a step of the drive (``stalls._Driver``)."""
    from trustdesk.ui.documents.queries import LETTER, LOG, SUMMARY

    referral_id, contact_id = prepared
    window, shell = drive.window, drive.shell
    answerer = DialogAnswerer(folder)
    try:
        documents = view.documents

        def chosen(kind: str) -> None:
            choice = documents.current_choice()
            if choice is None or choice[0] != kind:  # choose() falls back to the first document
                drive.problems.append(f"documents: {kind} could not be chosen (got {choice})")

        def made(count: int) -> bool:
            """The ``count``th file is written (a folder chosen: a file written in it)."""
            return len(answerer.saved) >= count and _written(answerer.saved[count - 1])

        def save_summary() -> None:
            view.tabs.setCurrentWidget(documents)
            documents.choose(SUMMARY)
            chosen(SUMMARY)
            documents.save_button.click()

        drive.step("case summary saved as PDF (passphrase asked, save dialog)", save_summary, lambda: made(1),
                   timeout=120)
        for kind, referral, what in ((LOG, None, "contact log"), (LETTER, referral_id, "referral letter")):
            def preview(kind: str = kind, referral: int | None = referral) -> None:
                view.tabs.setCurrentWidget(documents)
                documents.choose(kind, referral)
                chosen(kind)
                documents.preview_button.click()

            drive.step(f"{what} preview", preview, lambda: bool(_dialogs(app, "pdfPreviewDialog")), timeout=120)
            _close_dialogs(app)

        def exported() -> bool:
            """Both files of the access export in the folder chosen, and its message answered."""
            return made(2) and len(list(answerer.saved[1].iterdir())) == 2 \
                and not _dialogs(app, "accessExportMessage")

        drive.step("access export (passphrase asked, folder dialog, PDF and JSON written)", view.access_button.click,
                   exported, timeout=120)

        drive.step("open a contact of the biggest case", lambda: window.open_case(drive.ref.big_case_id, contact_id),
                   lambda: view.built("contacts") is not None
                   and view.built("contacts").editor.contact_id == contact_id)
        editor = view.contacts.editor
        drive.step("safety plan dialog", editor.open_safety_plan,
                   lambda: bool(_dialogs(app, "safety_plan_dialog")) and _dialogs(app, "safety_plan_dialog")[0].stored
                   is not None)
        plan_dialog = _dialogs(app, "safety_plan_dialog")[0]
        drive.step("safety plan page for the doctor (preview)", plan_dialog.pdf_button.click,
                   lambda: bool(_dialogs(app, "pdfPreviewDialog")), timeout=60)
        _close_dialogs(app)

        reports = window.pages["reports"]
        drive.page_step("reports")
        drive.step("activity report ready", lambda: None, lambda: reports.save_pdf.isEnabled(), timeout=60)
        drive.step("activity report saved as PDF", reports.save_pdf.click, lambda: made(3), timeout=120)
        drive.step("activity report saved as CSV", reports.save_csv.click, lambda: made(4), timeout=120)

        drive.step("settings", shell.show_settings, lambda: shell.settings_dialog is not None
                   and shell.settings_dialog.isVisible())
        backup_box = shell.settings_dialog.backup_box
        drive.step("back up now (save dialog, write and check)", backup_box.now_button.click,
                   lambda: made(5) and backup_box.now_button.isEnabled(), timeout=300)
        _close_dialogs(app)
    finally:
        answerer.stop()
    if len(answerer.saved) < 5 or not all(_written(target) for target in answerer.saved):
        drive.problems.append(f"documents and backup: {sum(map(_written, answerer.saved))} of 5 files made where "
                              f"chosen ({', '.join(t.name for t in answerer.saved)}); the folder holds "
                              f"{', '.join(sorted(p.name for p in folder.iterdir()))}")


def _written(target: Path) -> bool:
    """The file is there (a folder chosen: a file written in it)."""
    return any(target.iterdir()) if target.is_dir() else target.exists()
