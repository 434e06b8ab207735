"""The first-run wizard's pages that only ask (language, new or restore, passphrase, profile,
backup folder); the pages that create the vault and show its recovery code are in ``wizard.py``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from trustdesk.ui.kit.language import language_name
from trustdesk.ui.kit.passphrase import PassphraseFields
from trustdesk.ui.kit.preferences import LANGUAGES

if TYPE_CHECKING:
    from trustdesk.ui.security.wizard import FirstRunWizard


class LanguagePage(QWizardPage):
    chosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languagePage")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        self.buttons: dict[str, QRadioButton] = {}
        for code in LANGUAGES:
            button = QRadioButton(language_name(code), self)
            button.setObjectName(f"language_{code}")
            button.setAccessibleName(language_name(code))
            button.setChecked(code == language)
            button.toggled.connect(lambda on, c=code: self._toggled(on, c))
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate()

    def _toggled(self, on: bool, code: str) -> None:
        if on:
            self.chosen.emit(code)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to TrustDesk"))
        self.setSubTitle(self.tr("Your confidential case notes, kept on this computer only."))
        self.intro.setText(self.tr("Choose the language of the interface. You can change it later in Settings."))


class StartPage(QWizardPage):
    """A new vault, or this computer replaces another: restore from a backup."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.new_vault = QRadioButton(self)
        self.new_vault.setObjectName("startNewVault")
        self.new_vault.setChecked(True)
        self.new_note = QLabel(self)
        self.new_note.setWordWrap(True)
        self.restore = QRadioButton(self)
        self.restore.setObjectName("startRestore")
        self.restore_note = QLabel(self)
        self.restore_note.setWordWrap(True)
        self.coordinator = QRadioButton(self)
        self.coordinator.setObjectName("startCoordinator")
        self.coordinator_note = QLabel(self)
        self.coordinator_note.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.group.addButton(self.new_vault)
        self.group.addButton(self.restore)
        self.group.addButton(self.coordinator)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        for button, note in ((self.new_vault, self.new_note), (self.restore, self.restore_note),
                             (self.coordinator, self.coordinator_note)):
            layout.addWidget(button)
            row = QHBoxLayout()
            row.addSpacing(26)
            row.addWidget(note, 1)
            layout.addLayout(row)
            layout.addSpacing(8)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("A new vault, or your vault from a backup?"))
        self.setSubTitle(self.tr("Moving to a new computer? Bring your backup, not a new vault."))
        self.intro.setText(self.tr("How do you start TrustDesk on this computer?"))
        self.new_vault.setText(self.tr("&Start with a new, empty vault"))
        self.new_vault.setAccessibleName(self.tr("Start with a new, empty vault"))
        self.new_note.setText(self.tr("The first time you use TrustDesk. You choose a passphrase and get a "
                                      "recovery code."))
        self.restore.setText(self.tr("&Restore my vault from a backup (new computer)"))
        self.restore.setAccessibleName(self.tr("Restore my vault from a backup"))
        self.restore_note.setText(self.tr("You used TrustDesk on another computer. Choose your backup file "
                                          "(.tdbackup, e.g. on your USB stick) and open it with your passphrase "
                                          "or your recovery code."))
        self.coordinator.setText(self.tr("I am the &coordinator: set up a coordinator desk"))
        self.coordinator.setAccessibleName(self.tr("I am the coordinator: set up a coordinator desk"))
        self.coordinator_note.setText(self.tr("Not a trust person: you make the packs, send intakes to the trust "
                                              "persons and merge their figures. The desk holds no cases."))


class PassphrasePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrasePage")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.fields = PassphraseFields(self)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        self.fields.changed.connect(self.completeChanged)
        self.setCommitPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(self.tr("It protects every case note in TrustDesk."))
        self.intro.setText(self.tr(
            "You type this passphrase each time you open TrustDesk. A short sentence or a few unrelated "
            "words work well."))
        self.warning.setText(self.tr(
            "Nobody can look it up for you: if you forget it, only the recovery code of the next step "
            "opens the vault."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the vault"))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.fields.is_acceptable()


class ProfilePage(QWizardPage):
    """Who signs the letters; everything may stay empty (Settings has it too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePage")
        from trustdesk.ui.kit.profile import ProfileFields

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.fields = ProfileFields(self, prefix="wizard_profile")
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your profile"))
        self.setSubTitle(self.tr("Your referral letters are signed with it."))
        self.intro.setText(self.tr("As you sign a letter to a colleague: your name, your title and a contact line. "
                                   "The RIZIV/INAMI number is optional. You can change all of it later in "
                                   "Settings."))
        self.fields.retranslate()


class BackupPage(QWizardPage):
    """A folder for automatic backups, on a USB stick or another disk; may be skipped.  The folder is
    typed or chosen (``ui.kit.path_field``); a typed one is checked when Finish is pressed: it must
    exist, be a folder, be writable and lie outside the vault's own data folder."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("backupPage")
        from trustdesk.ui.kit.path_field import PathField
        from trustdesk.ui.security.backup_settings import choose_backup_folder

        self._wizard = wizard
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.path_field = PathField(self, "wizardBackup", choose=lambda current: choose_backup_folder(self, current),
                               check=self._check)
        self.folder = self.path_field.edit
        self.folder.setObjectName("wizardBackupFolder")
        self.choose = self.path_field.button
        self.later = QLabel(self)
        self.later.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(self.path_field)
        layout.addWidget(self.later)
        layout.addStretch(1)
        self.retranslate()

    def _check(self, folder: Path) -> str:
        from trustdesk.ui.security.backup_settings import folder_problem, folder_problem_text

        return folder_problem_text(folder_problem(folder, self._wizard.data_dir))

    def chosen(self) -> Path | None:
        return self.path_field.path()

    def set_folder(self, folder: Path | None) -> None:
        self.path_field.set_path(folder)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        """An empty field skips the step; a typed folder must do, else the page says why and stays."""
        return not self.path_field.show_problem()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.setSubTitle(self.tr("A copy of your vault on another disk, in case this computer breaks or is lost."))
        self.intro.setText(self.tr("Choose a folder on a USB stick or another disk. TrustDesk then makes an "
                                   "encrypted, checked backup there when you lock or quit, and once a day. "
                                   "A backup opens only with your passphrase or your recovery code."))
        self.path_field.set_texts(accessible=self.tr("Folder for automatic backups"), button=self.tr("C&hoose a folder…"),
                             button_accessible=self.tr("Choose the folder for automatic backups"),
                             placeholder=self.tr("No folder chosen yet: type its path or choose it"))
        self.later.setText(self.tr("No stick at hand? Skip this step: Today reminds you, and Settings has the same "
                                   "choice."))
