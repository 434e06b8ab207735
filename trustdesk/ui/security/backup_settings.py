"""Settings → Backups and keeping: back up now, the automatic backup folder and how many to keep,
the last result, how long closed cases are kept, how soon copied text leaves the clipboard,
and the way to a restore.

"Back up now" asks no passphrase (a backup is encrypted: it opens only with the passphrase or the
recovery code).  File and folder choosers are Qt's own dialogs (``DontUseNativeDialog``), and
folder paths live only in the vault's settings, never in QSettings.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trustdesk.ui.kit.appearance import WrappedLabel, busy_indicator
from trustdesk.ui.kit.case_labels import datetime_text
from trustdesk.ui.kit.clipboard import DEFAULT_CLEAR_SECONDS
from trustdesk.ui.kit.path_field import PathField, enter_does
from trustdesk.ui.kit.queries import clear_seconds
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.kit.tab_order import tab_chain

if TYPE_CHECKING:
    from trustdesk.vault import Vault
    from trustdesk.vault.backup import BackupResult, LastBackup
    from trustdesk.vault.events import Change

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def folder_problem(folder: Path | None, data_dir: Path | None = None) -> str:
    """'' when backups can be written to ``folder``; else one of ``vault.files``' FOLDER_* reasons."""
    if folder is None:
        return ""
    from trustdesk.vault.files import folder_problem as problem

    return problem(folder, data_dir=data_dir)


def folder_problem_text(problem: str) -> str:
    """The reason a backup folder will not do, in one translated sentence ("" for none)."""
    from trustdesk.vault.files import (
        FOLDER_INSIDE_DATA,
        FOLDER_IS_FILE,
        FOLDER_MISSING,
        FOLDER_READ_ONLY,
        FOLDER_RELATIVE,
    )

    return {
        FOLDER_MISSING: translate("BackupSettings", "⚠ The folder is not there: is the USB stick connected? "
                                                    "Check the path, or choose the folder."),
        FOLDER_IS_FILE: translate("BackupSettings", "⚠ That is a file, not a folder. Name the folder the backups "
                                                    "go into."),
        FOLDER_READ_ONLY: translate("BackupSettings", "⚠ TrustDesk cannot write to this folder (read-only?)."),
        FOLDER_INSIDE_DATA: translate("BackupSettings", "⚠ That folder is inside TrustDesk's own data folder: a "
                                                        "backup there is lost with this computer. Choose a USB "
                                                        "stick or another disk."),
        FOLDER_RELATIVE: translate("BackupSettings", "⚠ Give the full path of the folder (for example "
                                                     "/media/stick/backups or E:\\Backups), or choose it."),
    }.get(problem, "")


def choose_backup_folder(parent: QWidget, current: Path | None) -> Path | None:
    """Qt's own folder dialog (a module function tests stand in for)."""
    from trustdesk.ui.kit.file_dialogs import choose_folder
    from trustdesk.ui.security.backup_first_folder import backup_start_folder

    start = current if current is not None and current.is_dir() else backup_start_folder()  # a stick, else Documents
    return choose_folder(parent, translate("BackupSettings", "Folder for automatic backups"), start)


class BackupSettings(Retranslates, QGroupBox):
    restore_requested = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupSettings")
        self.session = session
        self._folder: Path | None = None
        self._last: LastBackup | None = None
        self._message_text = ""

        self.now_button = QPushButton(self)
        self.now_button.setObjectName("backupNowButton")
        self.folder_field = PathField(self, "backupFolder", choose=lambda current: self.choose_folder(),
                                      check=self._folder_check)
        self.folder_edit = self.folder_field.edit  # typed or chosen, the same (ui.kit.path_field)
        self.folder_edit.setMinimumWidth(160)
        self.folder_button = self.folder_field.button
        self.folder_button.setObjectName("backupFolderButton")
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("backupStopButton")
        self.keep = QSpinBox(self)
        self.keep.setObjectName("backupKeepSpin")
        from trustdesk.vault.settings import BACKUP_KEEP

        self.keep.setRange(*BACKUP_KEEP.limits)
        self.retention = QSpinBox(self)
        self.retention.setObjectName("retentionYearsSpin")
        from trustdesk.vault.retention import MAX_YEARS, MIN_YEARS

        self.retention.setRange(MIN_YEARS, MAX_YEARS)
        self.clipboard = QSpinBox(self)
        self.clipboard.setObjectName("clipboardSecondsSpin")
        from trustdesk.vault.settings import CLIPBOARD_CLEAR_SECONDS as _CLEAR

        self.clipboard.setRange(*_CLEAR.limits)
        self.warning = WrappedLabel(self)
        self.warning.setObjectName("backupFolderWarning")
        self.warning.setFrameShape(QLabel.Shape.StyledPanel)
        self.warning.setMargin(6)
        self.warning.hide()
        self.last = WrappedLabel(self)
        self.last.setObjectName("backupLastResult")
        self.message = WrappedLabel(self)
        self.message.setObjectName("backupMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.busy = busy_indicator(self)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreBackupButton")

        self._folder_label = QLabel(self)
        self._folder_label.setBuddy(self.folder_button)
        self._keep_label = QLabel(self)
        self._keep_label.setBuddy(self.keep)
        self._retention_label = QLabel(self)
        self._retention_label.setBuddy(self.retention)
        self._clipboard_label = QLabel(self)
        self._clipboard_label.setBuddy(self.clipboard)
        folder_row = QHBoxLayout()  # the path gets the full width: it is what the user checks
        folder_row.addWidget(self.folder_field, 1)
        folder_row.addWidget(self.stop_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self._keep_label, self.keep)
        form.addRow(self._retention_label, self.retention)
        form.addRow(self._clipboard_label, self.clipboard)
        buttons = QHBoxLayout()
        buttons.addWidget(self.now_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._folder_label)
        layout.addLayout(folder_row)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.last)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        tab_chain(self.folder_edit, self.folder_button, self.stop_button, self.keep, self.retention,  # reading order
                  self.clipboard, self.now_button, self.restore_button)

        self.now_button.clicked.connect(self.back_up_now)
        self.folder_field.chosen.connect(self.apply_typed_folder)
        self.folder_edit.editingFinished.connect(self.apply_typed_folder)
        enter_does(self.folder_edit, self.apply_typed_folder)
        self.stop_button.clicked.connect(lambda: self.set_folder(None))
        self.keep.valueChanged.connect(self._keep_changed)
        self.retention.valueChanged.connect(self._retention_changed)
        self.clipboard.valueChanged.connect(self._clipboard_changed)
        self.restore_button.clicked.connect(self.restore_requested)
        session.locked.connect(self.clear)
        # The last backup's line follows its one source, the vault's backup.last setting: whatever writes it
        # (Back up now, the backup after a passphrase change or a re-key, an automatic one) announces a
        # settings change on the feed, and the line is read again from the vault.
        session.changed.connect(self._on_change)
        self.retranslate()
        self.load()

    # -- state --------------------------------------------------------------------------------

    def load(self) -> None:
        if not self.session.is_unlocked:
            return

        def read(vault: Vault) -> tuple[Path | None, int, LastBackup | None, int, int]:
            from trustdesk.vault.backup import BackupService
            from trustdesk.vault.retention import retention_years

            service = BackupService(vault)
            return service.folder(), service.keep(), service.last_result(), retention_years(vault), clear_seconds(vault)

        VaultOp(self, read, session=self.session).success(self._show).run()

    def _on_change(self, change: Change) -> None:
        from trustdesk.vault.events import Table

        if change.table is Table.SETTINGS and self.session.is_unlocked:
            from trustdesk.ui.security.queries import last_backup

            VaultOp(self, last_backup, session=self.session).success(self._last_read).run()

    def _last_read(self, last: LastBackup | None) -> None:
        if last != self._last:
            self._last = last
            self._show_last()

    def _show(self, state: tuple[Path | None, int, LastBackup | None, int, int]) -> None:
        folder, keep, last, years, seconds = state
        self._folder, self._last = folder, last
        for spin, value in ((self.keep, keep), (self.retention, years), (self.clipboard, seconds)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.retranslate()

    def clear(self) -> None:
        self._folder = None
        self._last = None
        self.folder_edit.clear()
        self.last.clear()
        self.warning.hide()
        self._say("")

    def _say(self, text: str) -> None:
        self._message_text = text
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._hold_height()

    def _hold_height(self) -> None:
        """Claim the height the shown rows need: a neighbour's wrapped text must not squeeze them."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
            height = layout.totalSizeHint().height()
            if layout.hasHeightForWidth() and self.width() > 0:  # wrapped text: its height at this width
                height = max(height, layout.totalHeightForWidth(self.width()))
            self.setMinimumHeight(height)
            self.updateGeometry()

    # -- choices ------------------------------------------------------------------------------

    def choose_folder(self) -> Path | None:
        return choose_backup_folder(self, self._folder)

    def _data_dir(self) -> Path | None:
        vault = self.session.vault
        return vault.data_dir if vault is not None else None

    def _folder_check(self, folder: Path) -> str:
        return folder_problem_text(folder_problem(folder, self._data_dir()))

    def apply_typed_folder(self) -> None:
        """A typed path is stored like a chosen one, once it will do; else the field says why not."""
        folder = self.folder_field.path()
        if folder is None or folder == self._folder:
            return
        if self.folder_field.show_problem():
            return
        self.set_folder(folder)

    def choose_backup_file(self) -> Path | None:
        # in the backup folder the person chose (their USB stick), else a stick plugged in, else Documents
        from trustdesk.ui.security.backup_first_folder import backup_start_folder

        chosen = self._folder
        folder = chosen if chosen is not None and chosen.is_dir() else backup_start_folder()
        start = folder / f"TrustDesk-{date.today().isoformat()}.tdbackup"
        from trustdesk.ui.kit.file_dialogs import save_file

        path = save_file(self, self.tr("Save a backup"), start, self.tr("TrustDesk backups (*.tdbackup)"))
        if path is None:
            return None
        return path if path.suffix == ".tdbackup" else path.with_name(path.name + ".tdbackup")

    def set_folder(self, folder: Path | None) -> None:
        from trustdesk.vault.backup import BackupService

        keep = self.keep.value()
        VaultOp(self, lambda v: BackupService(v).set_folder(folder, keep), session=self.session).success(
            lambda _r: self.load()).failure(lambda _e, sentence: self._say(sentence)).run()
        if folder is not None and not folder_problem(folder):
            self._say(self.tr("From now on TrustDesk makes a backup there when you lock or quit, and once a day."))
        elif folder is None:
            self._say(self.tr("Automatic backups are off. Use “Back up now” to make one yourself."))

    def _keep_changed(self, value: int) -> None:
        from trustdesk.vault.backup import SETTING_KEEP

        VaultOp(self, lambda v: v.settings.set(SETTING_KEEP, value), session=self.session).run()

    def _retention_changed(self, value: int) -> None:
        from trustdesk.vault.retention import set_retention_years

        VaultOp(self, lambda v: set_retention_years(v, value), session=self.session).run()

    def _clipboard_changed(self, value: int) -> None:
        from trustdesk.vault.settings import CLIPBOARD_CLEAR_SECONDS

        VaultOp(self, lambda v: v.settings.set_value(CLIPBOARD_CLEAR_SECONDS, value), session=self.session).run()

    # -- back up now --------------------------------------------------------------------------

    def back_up_now(self) -> None:
        """Into a file chosen in the backup folder; with no folder set, said first and a folder chosen
        (``backup_first_folder.py``), where the backup is made and which is kept for the automatic ones."""
        if self._folder is None:
            from trustdesk.ui.security.backup_first_folder import no_folder_question

            no_folder_question(self, self._first_folder)  # (its parent keeps it; it goes when answered)
            return
        target = self.choose_backup_file()
        if target is not None:
            self.back_up_to(target)

    def _first_folder(self) -> None:
        folder = self.choose_folder()
        if folder is None:  # Escape: nothing chosen, nothing changed
            return
        problem = folder_problem_text(folder_problem(folder, self._data_dir()))
        if problem:
            self._say(problem)
            return
        from trustdesk.vault.backup import BackupService

        keep = self.keep.value()

        def first(vault: Vault) -> BackupResult:
            service = BackupService(vault)
            service.set_folder(folder, keep)
            return service.run_automatic(folder, keep)

        self._run_backup(first, first_folder=True)

    def back_up_to(self, target: Path) -> None:
        from trustdesk.vault.backup import BackupService

        self._run_backup(lambda v: BackupService(v).backup_to(target))

    def _run_backup(self, work: Callable[[Vault], BackupResult], *, first_folder: bool = False) -> None:
        self.now_button.setEnabled(False)
        self.busy.show()
        self._say(self.tr("Writing and checking the backup…"))
        VaultOp(self, work, session=self.session).success(
            lambda result: self._backed_up(result, first_folder=first_folder)).failure(
            self._backup_failed).finished(self._backup_done).run_in_background()

    def _backed_up(self, result: BackupResult, *, first_folder: bool = False) -> None:
        # the file's name (the folder is the one the user just chose; the whole path is the tooltip)
        said = self.tr("Backup saved and checked: %1 (%n case(s)). It opens only with your passphrase or "
                       "your recovery code.", "", result.counts.get("cases", 0)).replace("%1", result.path.name)
        if first_folder:
            said += " " + self.tr("From now on TrustDesk makes a backup there when you lock or quit, and once a day.")
        self._say(said)
        self.message.setToolTip(str(result.path))
        self.load()

    def _backup_failed(self, exc: BaseException, sentence: str) -> None:
        from trustdesk.vault.backup import BackupFailed

        if isinstance(exc, BackupFailed):
            sentence = {
                "backup-disk-full": self.tr("The backup could not be made: the backup drive is full. Nothing was "
                                            "left half-written. Free some space there or choose another drive."),
                "vault-disk-full": self.tr("The backup could not be made: this computer's disk is full (a backup "
                                           "first needs room beside the vault for an encrypted copy). Nothing was "
                                           "left half-written. Free some space and try again."),
            }.get(exc.reason, self.tr("The backup could not be made; nothing was left half-written. Check that "
                                      "the drive is connected, writable and not full."))
        self._say(sentence)
        self.message.setToolTip(str(exc))
        self.load()

    def _backup_done(self) -> None:
        self.busy.hide()
        self.now_button.setEnabled(True)

    # -- Qt -----------------------------------------------------------------------------------

    def _show_last(self) -> None:
        self.last.setText(self._last_text())
        self.last.setAccessibleName(self._last_text())
        if self._last is not None and not self._last.ok:
            self.last.setToolTip(self.tr("Reason: {reason}").format(reason=self._last.error))
        else:
            self.last.setToolTip("")

    def _last_text(self) -> str:
        last = self._last
        if last is None:
            return self.tr("No backup has been made yet.")
        when = datetime_text(last.at)
        if last.ok:
            return self.tr("✓ Last backup: %1 (checked)").replace("%1", when)
        return self.tr("⚠ The last backup failed (%1).").replace("%1", when)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups and keeping"))
        self.now_button.setText(self.tr("&Back up now…"))
        self.now_button.setAccessibleName(self.tr("Back up now to a file you choose"))
        self._folder_label.setText(self.tr("Automatic backups to:"))
        if not self.folder_edit.hasFocus() or self.folder_field.path() == self._folder:
            self.folder_edit.blockSignals(True)
            self.folder_field.set_path(self._folder)
            self.folder_edit.blockSignals(False)
            self.folder_field.show_problem("")
        self.folder_field.set_texts(accessible=self.tr("Folder for automatic backups"), button=self.tr("C&hoose…"),
                                    button_accessible=self.tr("Choose the folder for automatic backups"),
                                    placeholder=self.tr("Off: no folder chosen"))
        self.stop_button.setText(self.tr("Turn &off"))
        self.stop_button.setAccessibleName(self.tr("Stop automatic backups"))
        self.stop_button.setEnabled(self._folder is not None)
        self._keep_label.setText(self.tr("&Keep the newest:"))
        self.keep.setSuffix(self.tr(" backups"))
        self.keep.setAccessibleName(self.tr("How many automatic backups to keep"))
        self._retention_label.setText(self.tr("Keep closed cases &for:"))
        self.retention.setSuffix(self.tr(" years"))
        self.retention.setAccessibleName(self.tr("Years a closed case is kept before TrustDesk asks to destroy it"))
        self._clipboard_label.setText(self.tr("Clear copied case text &after:"))
        self.clipboard.setSuffix(self.tr(" s"))
        self.clipboard.setAccessibleName(self.tr("Seconds before copied case text leaves the clipboard"))
        self.restore_button.setText(self.tr("Restore from a ba&ckup…"))
        self.restore_button.setAccessibleName(self.tr("Restore the vault from a backup"))
        self._show_last()
        text = folder_problem_text(folder_problem(self._folder))
        self.warning.setText(text)
        self.warning.setAccessibleName(text)
        self.warning.setVisible(bool(text))
        self._hold_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # wrapped text needs another height
            self._hold_height()


__all__ = ["DEFAULT_CLEAR_SECONDS", "BackupSettings", "choose_backup_folder", "folder_problem", "folder_problem_text"]
