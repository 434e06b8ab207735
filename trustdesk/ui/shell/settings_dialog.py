"""Settings: interface language (switched live), idle-lock minutes, passphrase, a new recovery code,
re-key after a suspected leak."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trustdesk.ui.case.conflict import AffiliationsBox
from trustdesk.ui.kit import screen
from trustdesk.ui.kit.appearance import busy_indicator, monospace
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.language import language_name
from trustdesk.ui.kit.lock_bound import AsksBeforeDiscard, typed_in
from trustdesk.ui.kit.passphrase import PassphraseFields
from trustdesk.ui.kit.preferences import LANGUAGES, MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, Preferences
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.shell.queries import change_then_back_up

if TYPE_CHECKING:
    from trustdesk.vault import Vault


THREE_COLUMNS_FROM = 1200  # px of available screen width: a laptop's 1366 px shows three columns
WIDE_COLUMN = 420  # a column's width when there is room: a 40-character title whole in the profile


class SettingsDialog(AsksBeforeDiscard, Retranslates, QDialog):
    language_changed = Signal(str)
    idle_minutes_changed = Signal(int)
    restore_requested = Signal()

    def __init__(self, session: VaultSession, preferences: Preferences, *, language: str,
                 idle_minutes: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.session = session
        self._preferences = preferences
        self._busy = False

        self.interface_box = QGroupBox(self)
        self.language = QComboBox(self.interface_box)
        self.language.setObjectName("languageCombo")
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.idle = QSpinBox(self.interface_box)
        self.idle.setObjectName("idleMinutesSpin")
        self.idle.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle.setValue(preferences.idle_minutes if idle_minutes is None else idle_minutes)  # the folder's
        self._language_label = QLabel(self.interface_box)
        self._language_label.setBuddy(self.language)
        self._idle_label = QLabel(self.interface_box)
        self._idle_label.setBuddy(self.idle)
        form = QFormLayout(self.interface_box)
        form.addRow(self._language_label, self.language)
        form.addRow(self._idle_label, self.idle)

        self.passphrase_box = QGroupBox(self)
        self.current = guard_text(QLineEdit(self.passphrase_box))
        self.current.setObjectName("currentPassphraseEdit")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self._current_label = QLabel(self.passphrase_box)
        self._current_label.setBuddy(self.current)
        self.fields = PassphraseFields(self.passphrase_box, prefix="changed")
        self.change_button = QPushButton(self.passphrase_box)
        self.change_button.setObjectName("changePassphraseButton")
        self.change_button.setEnabled(False)
        self.passphrase_message = QLabel(self.passphrase_box)
        self.passphrase_message.setObjectName("passphraseMessage")
        self.passphrase_message.setWordWrap(True)
        self.passphrase_message.hide()
        self.busy = busy_indicator(self.passphrase_box)
        current_form = QFormLayout()
        current_form.addRow(self._current_label, self.current)
        box = QVBoxLayout(self.passphrase_box)
        box.addLayout(current_form)
        box.addWidget(self.fields)
        box.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignRight)
        box.addWidget(self.busy)
        box.addWidget(self.passphrase_message)

        self.recovery_box = QGroupBox(self)
        self.recovery_intro = QLabel(self.recovery_box)
        self.recovery_intro.setWordWrap(True)
        self.recovery_button = QPushButton(self.recovery_box)
        self.recovery_button.setObjectName("newRecoveryCodeButton")
        self.recovery_code = QLabel(self.recovery_box)
        self.recovery_code.setObjectName("newRecoveryCodeLabel")
        self.recovery_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                   | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.recovery_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        monospace(self.recovery_code, 1.5)
        self.recovery_code.hide()
        box = QVBoxLayout(self.recovery_box)
        box.addWidget(self.recovery_intro)
        box.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.recovery_code)
        self.recovery_kit_button = QPushButton(self.recovery_box)  # the printable kit for the new code
        self.recovery_kit_button.setObjectName("recoveryKitButton")
        self.recovery_kit_button.clicked.connect(self._recovery_kit)
        self.recovery_kit_button.hide()
        self._kit_code = ""
        box.addWidget(self.recovery_kit_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.rekey_button = QPushButton(self.recovery_box)  # issue 17, item 3
        self.rekey_button.setObjectName("rekeyButton")
        self.rekey_button.clicked.connect(self.rekey)
        box.addWidget(self.rekey_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("settingsButtons")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(14)
        from trustdesk.ui.security.backup_settings import BackupSettings

        self.backup_box = BackupSettings(session, self)  # backups, retention, clipboard (right column)
        self.backup_box.restore_requested.connect(self.restore_requested)
        from trustdesk.ui.kit.profile import ProfileBox
        from trustdesk.ui.shell.release_notice import AboutBox

        self.profile_box = ProfileBox(session, self)  # who signs the letters
        self.affiliations_box = AffiliationsBox(session, self)  # conflict of interest (issue 12)
        self.about_box = AboutBox(session, self)  # version, build date, pack date
        columns = self._columns(screen.available_area(self).width())
        # The boxes scroll inside the dialog: on a 1366×768 screen they no longer fit, and a dialog
        # held to the screen squeezed them until texts overlapped (backup status over the conflict box).
        from PySide6.QtWidgets import QFrame, QScrollArea

        content = QWidget()
        content.setObjectName("settingsContent")
        content.setLayout(columns)
        columns.setContentsMargins(0, 0, 6, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("settingsScroll")
        self.scroll_area.setAccessibleName(self.tr("Settings"))
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields are the tab stops
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)

        self.language.currentIndexChanged.connect(self._language_picked)
        self.idle.valueChanged.connect(self._idle_changed)
        self.current.textChanged.connect(self._update_change_button)
        self.fields.changed.connect(self._update_change_button)
        self.change_button.clicked.connect(self.change_passphrase)
        self.fields.submitted.connect(self.change_passphrase)  # Return in "Repeat it" changes it (issue 19)
        self.recovery_button.clicked.connect(self.make_new_recovery_code)
        self.retranslate()
        self.fields.judge()
        self.setMinimumWidth(600)
        wanted = content.sizeHint()
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        width = max(wanted.width(), WIDE_COLUMN * len(self.column_boxes)) + 40 + bar
        height = columns.totalHeightForWidth(width - 40 - bar) if columns.hasHeightForWidth() else wanted.height()
        fit_to_screen(self, width, height + self.buttons.sizeHint().height() + 70)
        # a box that grows later (a backup's result, a warning) makes the dialog taller while the screen
        # has room, rather than the boxes scrolling (outside tester: a scroll bar after Back up now)
        self.scroll_area.verticalScrollBar().rangeChanged.connect(self._grow_for_content)

    def _grow_for_content(self, _minimum: int, maximum: int) -> None:
        if maximum <= 0 or not self.isVisible():
            return
        wanted = screen.fitting_size(self, self.width(), self.height() + maximum)
        if wanted.height() > self.height():
            self.resize(self.width(), wanted.height())
            area = screen.available_area(self)  # and moved up as far as it now reaches below the screen
            bottom = area.y() + area.height() - screen.FRAME.height()
            if self.y() + wanted.height() > bottom:
                self.move(self.x(), max(area.y(), bottom - wanted.height()))

    def _columns(self, room: int) -> QHBoxLayout:
        """The boxes in columns, read top to bottom and column after column: three on a screen as wide as a
        laptop's (a 1366×768 one shows them all without scrolling), else two.  Tab goes the same way: the
        content widget takes the boxes in this order when the layout is set on it."""
        boxes: list[list[QWidget]] = [[self.interface_box, self.profile_box, self.about_box],
                                      [self.passphrase_box, self.recovery_box],
                                      [self.backup_box, self.affiliations_box]]
        if room < THREE_COLUMNS_FROM:
            boxes = [[self.interface_box, self.profile_box, self.passphrase_box, self.recovery_box],
                     [self.backup_box, self.affiliations_box, self.about_box]]
        self.column_boxes = boxes
        columns = QHBoxLayout()
        for column in boxes:
            stack = QVBoxLayout()
            for box in column:
                stack.addWidget(box)
            stack.addStretch(1)
            columns.addLayout(stack, 1)
        return columns

    # -- interface --------------------------------------------------------------------------------

    def _language_picked(self, index: int) -> None:
        code = str(self.language.itemData(index))
        self._preferences.language = code
        self.language_changed.emit(code)

    def _idle_changed(self, minutes: int) -> None:
        self.idle_minutes_changed.emit(minutes)  # the shell applies it and keeps it for its data folder

    # -- passphrase -------------------------------------------------------------------------------

    def _update_change_button(self) -> None:
        self.change_button.setEnabled(not self._busy and bool(self.current.text()) and self.fields.is_acceptable())

    def change_passphrase(self) -> None:
        if self._busy or not self.fields.is_acceptable() or not self.current.text():
            return
        old, new = self.current.text(), self.fields.passphrase
        self._busy = True
        self.busy.show()
        self.change_button.setEnabled(False)
        self._tell(self.tr("Changing the passphrase…"))
        VaultOp(self, lambda v: change_then_back_up(v, old, new)).success(self._passphrase_changed).failure(
            self._passphrase_refused).finished(self._passphrase_done).run_in_background()

    def _passphrase_changed(self, backup: tuple[str, str] | None) -> None:
        """Said with the change: earlier backups still open only with the OLD passphrase; with a backup
        folder set, a fresh backup under the new one was made at once (or why it could not be)."""
        self.current.clear()
        self.fields.clear()
        lines = [self.tr("Your passphrase was changed. Use the new one from now on."),
                 self.tr("Backups made before this change still open only with your OLD passphrase.")]
        if backup is None:
            lines.append(self.tr("No backup folder is set: make a backup now, so that one opens with the new "
                                 "passphrase."))
        elif backup[0]:
            lines.append(self.tr("A fresh backup with the new passphrase was made: %1.").replace("%1", backup[0]))
        else:
            lines.append(self.tr("The fresh backup with the new passphrase could not be made (%1); make one now.")
                         .replace("%1", backup[1]))
        self._tell("\n".join(lines))

    def _passphrase_refused(self, exc: BaseException, sentence: str) -> None:
        from trustdesk.vault import WrongPassphrase

        if isinstance(exc, WrongPassphrase):
            sentence = self.tr("The current passphrase is not right; nothing was changed.")
        self._tell(sentence)
        self.current.selectAll()
        self.current.setFocus()

    def _passphrase_done(self) -> None:
        self._busy = False
        self.busy.hide()
        self._update_change_button()

    def _tell(self, text: str) -> None:
        self.passphrase_message.setText(text)
        self.passphrase_message.setVisible(bool(text))

    # -- recovery code ----------------------------------------------------------------------------

    def _show_code(self, text: str) -> None:
        self.recovery_code.setText(text)
        self.recovery_code.setVisible(bool(text))

    def confirm_new_recovery_code(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("New recovery code"),
            self.tr("A new recovery code replaces the old one: the old code no longer opens this vault (backups "
                    "made before still open with it). Continue?"))
        return answer == QMessageBox.StandardButton.Yes

    def make_new_recovery_code(self) -> None:
        if not self.confirm_new_recovery_code():
            return
        # A new code opens the vault: a housemate at an unlocked laptop must not be able to make one.
        from trustdesk.ui.output.reauth import require_reauth

        if not require_reauth(self.session, self, self.tr("A new recovery code, shown on this screen")):
            return
        self.recovery_button.setEnabled(False)
        VaultOp(self, lambda v: v.new_recovery_code()).success(self._new_code_made).failure(
            lambda _exc, sentence: self._show_code(sentence)).finished(
            lambda: self.recovery_button.setEnabled(True)).run_in_background()

    def rekey(self) -> None:
        """Re-key after a suspected leak: the dialog asks for the passphrase (that is the
        re-authentication); the work runs in a worker; the new recovery code is shown here once."""
        from trustdesk.ui.security.rekey_dialog import RekeyDialog

        dialog = RekeyDialog(self)
        self.rekey_dialog = dialog

        def accepted() -> None:
            current, new = dialog.current.text(), dialog.new_passphrase
            dialog.current.clear()
            dialog.fields.clear()
            self.rekey_button.setEnabled(False)
            self.recovery_button.setEnabled(False)
            self._show_code(self.tr("Re-keying the vault…"))
            VaultOp(self, lambda v: v.rekey(current, new)).success(self._rekeyed).failure(
                self._rekey_refused).finished(self._rekey_done).run_in_background()

        dialog.accepted.connect(accepted)
        dialog.open()

    def _rekeyed(self, code: str) -> None:
        self._new_code_made(code)
        self._tell(self.tr("The vault has a new key. Here is its new recovery code, shown once: write it down "
                           "or print a recovery kit. The old recovery code no longer opens it."))

    def _rekey_refused(self, exc: BaseException, sentence: str) -> None:
        from trustdesk.vault import WrongPassphrase

        if isinstance(exc, WrongPassphrase):
            sentence = self.tr("The current passphrase is not right; nothing was changed.")
        self._show_code("")
        self._tell(sentence)

    def _rekey_done(self) -> None:
        self.rekey_button.setEnabled(True)
        self.recovery_button.setEnabled(True)

    def _new_code_made(self, code: str) -> None:
        self._show_code(code)
        self._kit_code = code
        self.recovery_kit_button.show()

    def _recovery_kit(self) -> None:
        vault = self.session.vault
        if vault is None or not self._kit_code:
            return
        from trustdesk.ui.security.recovery_kit import offer_recovery_kit

        offer_recovery_kit(self, vault, self._kit_code, session=self.session)  # asks for the passphrase

    # -- Qt -----------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.interface_box.setTitle(self.tr("Interface"))
        self._language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self._idle_label.setText(self.tr("Lock after &idle minutes:"))
        self.idle.setAccessibleName(self.tr("Minutes without use before TrustDesk locks"))
        self.idle.setSuffix(self.tr(" min"))
        self.passphrase_box.setTitle(self.tr("Passphrase"))
        self._current_label.setText(self.tr("C&urrent passphrase:"))
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.change_button.setText(self.tr("Chan&ge passphrase"))
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.recovery_box.setTitle(self.tr("Recovery code"))
        self.recovery_intro.setText(self.tr(
            "Lost the paper with your recovery code? Make a new one; the old code then no longer opens this vault. "
            "If a secret may have leaked, re-key: a new key for the whole vault."))
        self.recovery_button.setText(self.tr("Make a &new recovery code…"))
        self.recovery_button.setAccessibleName(self.tr("Make a new recovery code"))
        self.recovery_code.setAccessibleName(self.tr("New recovery code"))
        self.recovery_kit_button.setText(self.tr("&Print a recovery kit…"))
        self.recovery_kit_button.setAccessibleName(self.tr("Print a recovery kit"))
        self.rekey_button.setText(self.tr("Re-ke&y after a suspected leak…"))
        self.rekey_button.setAccessibleName(self.tr("Re-key after a suspected leak"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        if hasattr(self, "about_box"):
            self.about_box.retranslate()

    def _typed(self, besides: tuple[QWidget, ...] = ()) -> bool:
        """Typing that is still a draft: the interface box is not (its language and idle minutes apply
        and are stored as they change, a typed number too, so nothing there is lost or asked about)."""
        return typed_in(self, besides=(self.interface_box, *besides))

    def draft_changed(self) -> bool:
        """What a lock would lose or keep (kit/lock_bound.py): an unsaved profile, anything typed outside
        the interface box (the affiliations are stored at the lock, ``keep_draft``)."""
        return self.profile_box.unsaved() or self._typed()

    def loses_on_close(self) -> bool:
        """Esc, Close, the close button: the affiliations are stored on closing (``done``), the language
        and idle minutes were applied when chosen; an unsaved profile or anything else typed is not, so
        closing asks first (kit/lock_bound.py)."""
        return self.profile_box.unsaved() or self._typed(besides=(self.affiliations_box, self.profile_box))

    def keep_draft(self, vault: Vault) -> str | None:
        """At a lock (kit/lock_bound.py): the typed affiliations are stored, as Close stores them, and the
        unlock says so; anything else typed is not kept and said to be."""
        if not self.affiliations_box.flush(vault):
            return None
        self.affiliations_box.edit.document().setModified(False)
        if self.profile_box.unsaved() or self._typed():
            return self.tr("your affiliations were saved; anything else you typed was not kept")
        return self.tr("your affiliations were saved")

    def done(self, result: int) -> None:
        self.affiliations_box.save()
        self.current.clear()
        self.fields.clear()
        self._show_code("")  # shown once
        self._kit_code = ""
        self.recovery_kit_button.hide()
        super().done(result)
