"""Restore the vault from a ``.tdbackup`` file: choose the file → passphrase or recovery code →
preview (when it was made, how many cases, contacts and referrals) → confirm → done.

Reachable from Settings (the vault is locked first: a restore needs it closed) and from the
unlock window when the vault is damaged.  The current vault is first kept aside as a timestamped
copy in the data folder (``restore_backup``); any failure before the install leaves it untouched.
Key derivation runs in a worker: the window never freezes.  The window is top-level, so it lives
on while the main window goes away at the lock.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustdesk.ui.kit.appearance import busy_indicator, heading
from trustdesk.ui.kit.case_labels import datetime_text
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.passphrase import PassphraseFields
from trustdesk.ui.kit.path_field import PathField
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.screen import fit_to_screen, grow_to_fit
from trustdesk.ui.kit.session import Operation, VaultSession

if TYPE_CHECKING:
    from trustdesk.vault import Keychain
    from trustdesk.vault.restore import BackupInfo, RestoreResult

FILE_PAGE, SECRET_PAGE, PREVIEW_PAGE, DONE_PAGE = range(4)


def backup_file_problem(path: Path) -> str:
    """"" when ``path`` is a file that may be a backup; else why not, in one translated sentence."""
    translate = QCoreApplication.translate
    if path.is_dir():
        return translate("RestoreWizard", "That is a folder. Name the backup file itself (it ends in .tdbackup), "
                                          "or choose it.")
    if not path.exists():
        return translate("RestoreWizard", "There is no file there. Check the path, or choose the file.")
    if not path.is_file():
        return translate("RestoreWizard", "That is not a file TrustDesk can read.")
    return ""


def has_current_vault(data_dir: Path) -> bool:
    """Whether a restore replaces a vault (which is then kept aside) or fills an empty data folder
    (a new computer).  The same files ``restore_backup`` keeps aside."""
    from trustdesk.vault.restore import replaces_a_vault

    return replaces_a_vault(data_dir)


class RestoreWizard(Retranslates, QDialog):
    restored = Signal(object)  # RestoreResult

    def __init__(self, data_dir: Path, *, keychain: Keychain | None = None, session: VaultSession | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreWizard")
        self._data_dir = Path(data_dir)
        self._keychain = keychain
        self._session = session
        self._busy = False
        self.info: BackupInfo | None = None
        self.outcome: RestoreResult | None = None
        self.replaces = False  # a vault is here and will be kept aside (False on a new computer)

        self.title = heading(QLabel(self), 1.4)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("restoreStack")

        page = QWidget(self.stack)  # 1. the file
        self.file_intro = QLabel(page)
        self.file_intro.setWordWrap(True)
        # typed, pasted or chosen: the same (ui.kit.path_field); "Choose…" is never the default button
        self.file_field = PathField(page, "restoreFile", choose=lambda _current: self.choose_file(),
                                    check=backup_file_problem)
        self.file_edit = self.file_field.edit
        self.file_button = self.file_field.button
        self.file_button.setObjectName("restoreChooseFile")
        box = QVBoxLayout(page)
        box.addWidget(self.file_intro)
        box.addWidget(self.file_field)
        box.addStretch(1)
        self.stack.addWidget(page)

        page = QWidget(self.stack)  # 2. passphrase or recovery code
        self.secret_intro = QLabel(page)
        self.secret_intro.setWordWrap(True)
        self.use_passphrase = QRadioButton(page)
        self.use_passphrase.setObjectName("restoreUsePassphrase")
        self.use_passphrase.setChecked(True)
        self.use_code = QRadioButton(page)
        self.use_code.setObjectName("restoreUseRecoveryCode")
        self.secret = guard_text(QLineEdit(page))
        self.secret.setObjectName("restoreSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)  # a passphrase or a recovery code: both keys
        self.secret_show = QCheckBox(page)
        self.secret_show.setObjectName("restoreSecretShow")
        self.secret_show.toggled.connect(self._show_secret)
        self.new_intro = QLabel(page)
        self.new_intro.setWordWrap(True)
        self.new_fields = PassphraseFields(page, prefix="restore")
        box = QVBoxLayout(page)
        box.addWidget(self.secret_intro)
        box.addWidget(self.use_passphrase)
        box.addWidget(self.use_code)
        box.addWidget(self.secret)
        box.addWidget(self.secret_show)
        box.addWidget(self.new_intro)
        box.addWidget(self.new_fields)
        box.addStretch(1)
        self.stack.addWidget(page)

        page = QWidget(self.stack)  # 3. preview and confirmation
        self.preview = QLabel(page)
        self.preview.setObjectName("restorePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm = QCheckBox(page)
        self.confirm.setObjectName("restoreConfirm")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(page)
        box.addWidget(self.preview, 1)  # the page's room goes to the text (a stack ignores wrapped heights)
        box.addWidget(self.confirm)
        self.stack.addWidget(page)

        page = QWidget(self.stack)  # 4. done
        self.done_text = QLabel(page)
        self.done_text.setObjectName("restoreDoneText")
        self.done_text.setWordWrap(True)
        self.done_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(page)
        box.addWidget(self.done_text, 1)
        self.stack.addWidget(page)

        self.message = QLabel(self)
        self.message.setObjectName("restoreMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.busy = busy_indicator(self)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("restoreBack")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("restoreNext")
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("restoreCancel")
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.file_field.changed.connect(self._update)
        self.secret.textChanged.connect(self._update)
        self.use_code.toggled.connect(self._mode_changed)
        self.new_fields.changed.connect(self._update)
        self.confirm.toggled.connect(self._update)
        self.next_button.clicked.connect(self.next)
        self.back_button.clicked.connect(self.back)
        self.cancel_button.clicked.connect(self.reject)
        self._mode_changed(False)
        self.retranslate()
        self.go(FILE_PAGE)
        fit_to_screen(self, 600, 420)

    # -- navigation ---------------------------------------------------------------------------

    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    def go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self._say("")
        self.retranslate()
        focus = {FILE_PAGE: self.file_edit, SECRET_PAGE: self.secret, PREVIEW_PAGE: self.confirm}.get(index)
        if focus is not None:
            focus.setFocus()

    def back(self) -> None:
        if not self._busy and self.page in (SECRET_PAGE, PREVIEW_PAGE):
            self.go(self.page - 1)

    def next(self) -> None:
        if self._busy or not self.next_button.isEnabled():
            return
        if self.page == FILE_PAGE:
            self.go(SECRET_PAGE)
        elif self.page == SECRET_PAGE:
            self.inspect()
        elif self.page == PREVIEW_PAGE:
            self.restore()
        else:
            self.accept()

    def _update(self) -> None:
        ready = {
            FILE_PAGE: self.file_field.is_acceptable(),
            SECRET_PAGE: bool(self.secret.text()) and (not self.use_code.isChecked() or self.new_fields.is_acceptable()),
            PREVIEW_PAGE: self.confirm.isChecked(),
            DONE_PAGE: True,
        }[self.page]
        self.next_button.setEnabled(ready and not self._busy)
        self.back_button.setVisible(self.page in (SECRET_PAGE, PREVIEW_PAGE))
        self.back_button.setEnabled(not self._busy)
        self.cancel_button.setVisible(self.page != DONE_PAGE)
        self.cancel_button.setEnabled(not self._busy)

    def _mode_changed(self, use_code: bool) -> None:
        self.secret.clear()
        self.secret_show.setChecked(False)  # hidden again for each kind of secret
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_intro.setVisible(use_code)
        self.new_fields.setVisible(use_code)
        self._say("")  # the other method's refusal no longer applies
        self.retranslate()
        if self.page == SECRET_PAGE:  # Alt+C / Alt+T: the key goes on into the field, not the radio button
            self._lay_out_now()
            self.secret.setFocus(Qt.FocusReason.OtherFocusReason)

    def _lay_out_now(self) -> None:
        """The rows just shown or hidden get their room now, the window growing if it must, not at some
        later relayout (the new passphrase's fields were drawn a few pixels high until then)."""
        for widget in (self.stack.currentWidget(), self.stack, self):  # each one's layout asks its parent's
            QCoreApplication.sendPostedEvents(widget, QEvent.Type.LayoutRequest)
        grow_to_fit(self)

    def _show_secret(self, shown: bool) -> None:
        """Shown only while the box is ticked (nobody looking over the shoulder)."""
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self._update()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text and self.isVisible():  # room for it below the new passphrase's fields, not taken from them
            self._lay_out_now()

    # -- the file -----------------------------------------------------------------------------

    def choose_file(self) -> Path | None:
        from trustdesk.ui.kit.file_dialogs import open_file

        return open_file(self, self.tr("Choose a backup"), Path.home(), self.tr("TrustDesk backups (*.tdbackup)"))

    @property
    def path(self) -> Path:
        return self.file_field.path() or Path()

    def _secrets(self) -> tuple[str | None, str | None, str | None]:
        """(passphrase, recovery code, new passphrase)."""
        if self.use_code.isChecked():
            return None, self.secret.text().strip(), self.new_fields.passphrase
        return self.secret.text(), None, None

    # -- inspect, restore ---------------------------------------------------------------------

    def inspect(self) -> None:
        from trustdesk.vault.restore import inspect_backup

        path, (passphrase, code, _new) = self.path, self._secrets()
        self._set_busy(True)
        self._say(self.tr("Opening and checking the backup…"))
        Operation(self, lambda: inspect_backup(path, passphrase=passphrase, recovery_code=code)).success(
            self._inspected).failure(self._refused).finished(lambda: self._set_busy(False)).run_in_background()

    def _inspected(self, info: BackupInfo) -> None:
        self.info = info
        self.replaces = has_current_vault(self._data_dir)  # the texts say what really happens
        self.confirm.setChecked(False)
        self.go(PREVIEW_PAGE)

    def _refused(self, exc: BaseException, sentence: str) -> None:
        from trustdesk.vault import WrongPassphrase
        from trustdesk.vault.backup_file import BackupDamaged
        from trustdesk.vault.errors import MalformedCode

        if isinstance(exc, MalformedCode):  # the shared parse: a typo is not "does not open"
            sentence = self.tr("That is not a recovery code: a recovery code has 26 letters and digits, in groups "
                               "of four. Check what you typed.")
            self.secret.setFocus()
        elif isinstance(exc, WrongPassphrase):
            sentence = (self.tr("That recovery code does not open this backup. Nothing was changed.")
                        if self.use_code.isChecked() else
                        self.tr("That passphrase does not open this backup. It needs the passphrase you had when "
                                "the backup was made. Nothing was changed."))
            self.secret.selectAll()
            self.secret.setFocus()
        elif isinstance(exc, BackupDamaged):
            sentence = self.tr("This backup file is damaged or is not a TrustDesk backup, so it cannot be trusted. "
                               "Nothing was changed; try another backup.")
        self._say(sentence)
        self.message.setToolTip(str(exc))

    def restore(self) -> None:
        from trustdesk.vault.restore import restore_backup

        if self._session is not None and self._session.is_unlocked:
            self._session.lock("restore")  # autosaves flushed, automatic backup made, key dropped
        path, data_dir, keychain = self.path, self._data_dir, self._keychain
        passphrase, code, new = self._secrets()

        def work() -> RestoreResult | str:
            try:
                return restore_backup(path, data_dir, passphrase=passphrase, recovery_code=code,
                                      new_passphrase=new, keychain=keychain)
            except ValueError as exc:  # e.g. a passphrase shorter than today's minimum
                return str(exc)

        self._set_busy(True)
        self._say(self.tr("Restoring… the vault you have now is kept aside first.") if self.replaces
                  else self.tr("Restoring…"))
        Operation(self, work).success(self._restored).failure(self._restore_failed).finished(
            lambda: self._set_busy(False)).run_in_background()

    def _restored(self, result: RestoreResult | str) -> None:
        if isinstance(result, str):
            self._say(self.tr("The restore did not start; nothing was changed. Use the recovery code and choose "
                              "a new passphrase."))
            self.message.setToolTip(result)
            return
        self.outcome = result
        self.secret.clear()
        self.new_fields.clear()
        self.go(DONE_PAGE)
        self.restored.emit(result)

    def _restore_failed(self, exc: BaseException, sentence: str) -> None:
        self._say(self.tr("The restore failed and your current vault was left as it was.") + " " + sentence)
        self.message.setToolTip(str(exc))

    # -- texts --------------------------------------------------------------------------------

    def _preview_text(self) -> str:
        info = self.info
        if info is None:
            return ""
        return "\n".join([
            self.tr("Backup made on %1.").replace("%1", datetime_text(info.created)),
            self.tr("It holds %1, %2 and %3; it was checked and is sound.")
            .replace("%1", self.tr("%n case(s)", "", info.cases)).replace("%2", self.tr("%n contact(s)", "", info.contacts))
            .replace("%3", self.tr("%n referral(s)", "", info.referrals)),
            "",
            self.tr("Restoring replaces the vault on this computer with this backup. Everything written after "
                    "the backup was made is not in it. The vault you have now is first kept aside as a copy in "
                    "the data folder, so nothing is lost.") if self.replaces else
            self.tr("There is no vault on this computer yet: the backup becomes your vault here. Nothing is "
                    "replaced."),
        ])

    def _done_text(self) -> str:
        result = self.outcome
        if result is None:
            return ""
        lines = [self.tr("The backup of %1 is restored.").replace("%1", datetime_text(result.info.created))]
        if result.kept_aside is not None:
            lines.append(self.tr("The vault you had is kept aside in:\n%1\nIt still holds every case it held; "
                                 "delete that folder once you are sure you no longer need it.")
                         .replace("%1", str(result.kept_aside)))
        lines.append(self.tr("Unlock with your new passphrase.") if self.use_code.isChecked()
                     else self.tr("Unlock with the passphrase you used for the backup."))
        return "\n\n".join(lines)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.title.setText(self.tr("Restore from a backup"))
        self.file_intro.setText(self.tr("Choose the backup file (.tdbackup) to restore, for example from your USB "
                                        "stick."))
        self.file_edit.setAccessibleName(self.tr("Backup file"))
        self.file_button.setText(self.tr("C&hoose…"))
        self.file_button.setAccessibleName(self.tr("Choose the backup file"))
        self.secret_intro.setText(self.tr("A backup opens with the passphrase you had when it was made, or with "
                                          "your recovery code."))
        self.use_passphrase.setText(self.tr("Wi&th the passphrase"))
        self.use_passphrase.setAccessibleName(self.tr("Open the backup with the passphrase"))
        self.use_code.setText(self.tr("With the recovery &code"))
        self.use_code.setAccessibleName(self.tr("Open the backup with the recovery code"))
        label = self.tr("Recovery code") if self.use_code.isChecked() else self.tr("Passphrase")
        self.secret.setPlaceholderText(label)
        self.secret.setAccessibleName(label)
        self.secret_show.setText(self.tr("Show what I type"))
        self.secret_show.setAccessibleName(self.tr("Show the passphrase or recovery code as you type it"))
        self.new_intro.setText(self.tr("Choose the passphrase you will use from now on:"))
        self.confirm.setText(self.tr("&Replace my vault with this backup (the current one is kept aside)")
                             if self.replaces else self.tr("Use this backup as my &vault on this computer"))
        self.confirm.setAccessibleName(self.tr("Confirm the restore"))
        self.preview.setText(self._preview_text())
        self.done_text.setText(self._done_text())
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the restore"))
        next_text = {FILE_PAGE: self.tr("&Next"), SECRET_PAGE: self.tr("&Open backup"),
                     PREVIEW_PAGE: self.tr("&Restore"), DONE_PAGE: self.tr("&Close")}[self.page]
        self.next_button.setText(next_text)
        self.next_button.setAccessibleName(next_text.replace("&", ""))
        self.message.setAccessibleName(self.tr("Message"))
        self._update()

    def done(self, result: int) -> None:
        if not self._busy:  # never leave a restore half-way by closing the window
            self.secret.clear()
            self.new_fields.clear()
            super().done(result)
