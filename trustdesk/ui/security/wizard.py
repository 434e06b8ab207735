"""First run: language, then a choice -- a new vault, or restore from a backup (a new laptop) --
then, for a new vault: passphrase, creating the vault (in a worker), the recovery code, then the
trust person's profile (who signs the letters) and a folder for automatic backups (both optional).

Choosing "restore" emits ``restore_chosen``: the shell opens the restore wizard on the empty data
folder (passphrase or recovery code; no throw-away vault, no new recovery code to confirm) and, when
the backup is restored, the unlock window.

Key calibration (``keyslots.calibrate``) and ``Vault.create`` run in a ``QThreadPool`` worker behind a
busy indicator.  Tests inject ``kdf=KdfParams()`` (the floor) instead of calibrating.  When no
keychain guards the passphrase slot the wizard says so plainly.  The recovery code must be
acknowledged before finishing; ``recoveryKitButton`` offers the printable kit (ui/recovery_kit.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from trustdesk.ui.kit.appearance import busy_indicator, monospace
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import Operation
from trustdesk.ui.security.wizard_pages import (
    BackupPage,
    LanguagePage,
    PassphrasePage,
    ProfilePage,
    StartPage,
)

if TYPE_CHECKING:
    from trustdesk.vault import KdfParams, Keychain, Vault

CALIBRATION_SECONDS = 0.5


def _left(widget: QWidget) -> QHBoxLayout:
    """A row holding ``widget`` at its natural width on the left (no Qt.* enum at start-up)."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


class CreatePage(QWizardPage):
    """Calibrates the key derivation and creates the vault in a worker."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("createPage")
        self._wizard = wizard
        self.status = QLabel(self)
        self.status.setObjectName("createStatus")
        self.status.setWordWrap(True)
        self.busy = busy_indicator(self, "createBusyIndicator")
        self.retry = QPushButton(self)
        self.retry.setObjectName("retryCreateButton")
        self.retry.hide()
        self.retry.clicked.connect(self.initializePage)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addLayout(_left(self.retry))
        layout.addStretch(1)
        self.working = False
        self.setCommitPage(True)  # once made, there is no way back to an uncreated vault
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Setting up your vault"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Next"))
        self.setSubTitle(self.tr("An encrypted vault is being made on this computer."))
        self.retry.setText(self.tr("&Try again"))
        self.retry.setAccessibleName(self.tr("Try again"))
        if self.working:
            self.status.setText(self._working_text())

    def _working_text(self) -> str:
        return self.tr("Preparing the encryption for this computer. This takes a few seconds…")

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if self.working or self._wizard.vault is not None:
            return
        wizard = self._wizard
        data_dir, passphrase, keychain, kdf = (wizard.data_dir, wizard.passphrase_page.fields.passphrase,
                                               wizard.keychain, wizard.kdf)

        def work() -> Vault:
            from trustdesk.vault import Vault
            from trustdesk.vault.errors import VaultError
            from trustdesk.vault.keyslots import calibrate

            params = kdf if kdf is not None else calibrate(CALIBRATION_SECONDS)
            vault = Vault.create(data_dir, passphrase, keychain=keychain, kdf=params)
            try:  # until the wizard's end: said after the next unlock if the wizard is left before
                from trustdesk.ui.security.queries import setup_begun

                setup_begun(vault)
            except VaultError:
                pass
            try:  # the directory and the letters from the first referral, whichever step the wizard is left on
                from trustdesk.documents.library import ensure_default_templates
                from trustdesk.packs.installation import ensure_starter_directory

                ensure_starter_directory(vault)
                ensure_default_templates(vault)
            except Exception:  # noqa: BLE001 - the vault exists: never report its creation as failed
                pass
            return vault

        self.working = True
        self.retry.hide()
        self.busy.show()
        self.status.setText(self._working_text())
        wizard.set_cancel_enabled(False)
        Operation(self, work).success(self._created).failure(self._failed).finished(self._done).run_in_background()

    def _done(self) -> None:
        self.working = False
        self.busy.hide()
        self._wizard.set_cancel_enabled(True)

    def _created(self, vault: Vault) -> None:
        self._wizard.vault = vault
        self._wizard.passphrase_page.fields.clear()
        self.completeChanged.emit()
        self._wizard.next()

    def _failed(self, _exc: BaseException, sentence: str) -> None:
        self.status.setText(sentence)
        self.retry.show()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self._wizard.vault is not None


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("recoveryPage")
        self._wizard = wizard
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.code = QLabel(self)
        self.code.setObjectName("recoveryCodeLabel")
        monospace(self.code, 1.8)
        self.code.setStyleSheet("QLabel#recoveryCodeLabel { background: palette(base); border: 1px solid palette(mid);"
                                " border-radius: 6px; padding: 14px; }")
        self.notice = QLabel(self)
        self.notice.setObjectName("passphraseOnlyNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel#passphraseOnlyNotice { background: palette(base); border: 1px solid"
                                  " palette(mid); border-radius: 4px; padding: 8px 10px; }")
        self.notice.hide()
        self.kit = QPushButton(self)
        self.kit.setObjectName("recoveryKitButton")
        self.kit.setEnabled(False)
        self.kit.clicked.connect(self._recovery_kit)
        self.confirm = QCheckBox(self)
        self.confirm.setObjectName("recoveryCodeConfirm")
        self.confirm.toggled.connect(self.completeChanged)
        self.recorded = False  # the ticked box is written in the vault (record_confirmation)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.code)
        layout.addSpacing(8)
        layout.addLayout(_left(self.kit))
        layout.addSpacing(12)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        layout.addWidget(self.confirm)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(self.tr("Shown once. Write it down or print it, and keep it somewhere safe."))
        self.intro.setText(self.tr(
            "With this code you open your vault when you forget the passphrase or move to a new computer. "
            "Keep it apart from this computer, for instance with your important papers."))
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.kit.setText(self.tr("Print a recovery &kit…"))
        self.kit.setAccessibleName(self.tr("Print a recovery kit"))
        self.kit.setToolTip(self.tr("One page to print: the recovery code and what to do with it"))
        self.confirm.setText(self.tr("&I have written down or printed the recovery code"))
        self.confirm.setAccessibleName(self.confirm.text().replace("&", ""))
        self.notice.setText(self.tr(
            "This computer has no keychain that TrustDesk can use, so on this computer your vault is "
            "protected by your passphrase alone. Choose it long, and keep the recovery code safe."))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        vault = self._wizard.vault
        if vault is None:
            return
        from PySide6.QtCore import Qt  # after the first window (the Qt namespace costs ~45 ms)

        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.code.setText(vault.recovery_code or "")
        self.notice.setVisible(vault.passphrase_only)
        self.kit.setEnabled(bool(vault.recovery_code))

    def _recovery_kit(self) -> None:
        vault = self._wizard.vault
        if vault is None or not vault.recovery_code:
            return
        from trustdesk.ui.security.recovery_kit import offer_recovery_kit

        offer_recovery_kit(self, vault, vault.recovery_code)  # the passphrase was set a moment ago

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.confirm.isChecked()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.record_confirmation()
        return True

    def record_confirmation(self) -> None:
        """The box is ticked: written in the vault, so the next unlock no longer asks for a new code."""
        vault = self._wizard.vault
        if vault is None or not self.confirm.isChecked() or self.recorded:
            return
        from trustdesk.ui.security.queries import code_confirmed
        from trustdesk.vault.errors import VaultError

        try:
            code_confirmed(vault)
            self.recorded = True
        except VaultError:  # the next unlock offers a new code: the safe side
            pass


class FirstRunWizard(Retranslates, QWizard):
    """Emits ``created(vault)`` on finish; ``language_chosen(code)`` when the user picks a language."""

    created = Signal(object)
    language_chosen = Signal(str)
    restore_chosen = Signal()  # a new computer: restore from a backup instead of a new vault
    desk_chosen = Signal()  # a coordinator: the coordinator desk instead of a vault
    left = Signal()  # the person left after the vault was made (the vault is locked; it opens next time)

    def __init__(self, data_dir: Path, *, language: str, keychain: Keychain | None = None,
                 kdf: KdfParams | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.data_dir = Path(data_dir)
        self.keychain = keychain
        self.kdf = kdf
        self.vault: Vault | None = None
        self.leave_box: QWidget | None = None  # "Leave the set-up?" while it is asked
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.language_page = LanguagePage(language, self)
        self.start_page = StartPage(self)
        self.passphrase_page = PassphrasePage(self)
        self.create_page = CreatePage(self)
        self.recovery_page = RecoveryPage(self)
        self.profile_page = ProfilePage(self)
        self.backup_page = BackupPage(self)
        for page in self._pages():
            self.addPage(page)
        self.language_page.chosen.connect(self.language_chosen)
        names = {QWizard.WizardButton.NextButton: "wizardNextButton",
                 QWizard.WizardButton.BackButton: "wizardBackButton",
                 QWizard.WizardButton.CommitButton: "wizardCommitButton",
                 QWizard.WizardButton.FinishButton: "wizardFinishButton",
                 QWizard.WizardButton.CancelButton: "wizardCancelButton"}
        for which, name in names.items():
            self.button(which).setObjectName(name)
        self.retranslate()
        fit_to_screen(self, 640, 520)

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt API
        if self.currentPage() is self.start_page and self.start_page.restore.isChecked():
            self.restore_chosen.emit()  # the shell takes over with the restore wizard
            return False
        if self.currentPage() is self.start_page and self.start_page.coordinator.isChecked():
            self.desk_chosen.emit()  # the shell takes over with the desk's set-up
            return False
        return bool(super().validateCurrentPage())

    def set_cancel_enabled(self, enabled: bool) -> None:
        self.button(QWizard.WizardButton.CancelButton).setEnabled(enabled)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("TrustDesk – first start"))
        texts = {QWizard.WizardButton.NextButton: (self.tr("&Next"), self.tr("Next step")),
                 QWizard.WizardButton.BackButton: (self.tr("&Back"), self.tr("Previous step")),
                 QWizard.WizardButton.FinishButton: (self.tr("&Start using TrustDesk"),
                                                     self.tr("Finish and open TrustDesk")),
                 QWizard.WizardButton.CancelButton: (self.tr("Cancel"), self.tr("Cancel the set-up"))}
        for which, (text, accessible) in texts.items():
            self.setButtonText(which, text)
            self.button(which).setAccessibleName(accessible)
        self.button(QWizard.WizardButton.CommitButton).setAccessibleName(self.tr("Create the vault"))
        for page in self._pages():
            page.retranslate()

    def _pages(self) -> tuple[LanguagePage | StartPage | PassphrasePage | CreatePage | RecoveryPage | ProfilePage
                              | BackupPage, ...]:
        return (self.language_page, self.start_page, self.passphrase_page, self.create_page, self.recovery_page,
                self.profile_page, self.backup_page)

    def accept(self) -> None:
        vault = self.vault
        if vault is None or not self.recovery_page.isComplete():
            return
        if self.currentPage() is self.backup_page and not self.backup_page.validatePage():
            return  # a typed folder that will not do: the page says why (never silently dropped)
        self._store_choices(vault)
        self.created.emit(vault)  # the main window shows first: the app never has zero windows
        super().accept()

    def _store_choices(self, vault: Vault, *, finished: bool = True) -> None:
        """The profile and the backup folder, in the new vault (a failure is not worth losing the vault
        over: Settings offers both again)."""
        from trustdesk.ui.security.queries import setup_finished
        from trustdesk.vault.backup import BackupService
        from trustdesk.vault.errors import VaultError

        try:
            profile = self.profile_page.fields.profile()
            if not profile.is_empty:
                vault.settings.set_profile(profile)
            folder = self.backup_page.chosen()
            if folder is not None:
                BackupService(vault).set_folder(folder)
            if finished:
                setup_finished(vault)
        except (VaultError, ValueError):
            pass

    def reject(self) -> None:
        """Escape, Cancel, the window's close button.  Before the vault exists the wizard just closes;
        after, it asks first (``leave_question``: Enter and Escape keep going), on every page."""
        if self.create_page.working:  # the vault is being written: let it finish
            return
        if self.vault is not None:
            self._ask_before_leaving()
            return
        super().reject()

    def _ask_before_leaving(self) -> None:
        from trustdesk.ui.security.wizard_leave import leave_question

        box = self.leave_box
        if box is not None and box.isVisible():
            return
        if box is not None:  # answered "keep going" before: one box at a time, none left behind
            box.deleteLater()
        self.leave_box = leave_question(self, code_confirmed=self.recovery_page.confirm.isChecked(),
                                        leave=self.leave)

    def leave(self) -> None:
        """The person chose to leave a set-up whose vault exists: what was typed in the profile (and a
        folder that will do) is kept, the vault is locked; the next unlock says what is still missing
        (an unconfirmed recovery code, an empty profile: vault_notices.py)."""
        vault = self.vault
        if vault is not None:
            self.recovery_page.record_confirmation()
            self._store_choices(vault, finished=False)
            self.vault = None
            vault.lock()
            self.left.emit()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.create_page.working:
            event.ignore()
            return
        super().closeEvent(event)
