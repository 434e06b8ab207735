"""The unlock window: passphrase, or the recovery code followed by a new passphrase.

Start-up budget: this module is imported before the first window, so it avoids ``Qt.*`` enums
(materialising PySide6's ``Qt`` namespace costs ~45 ms); layouts do the aligning instead.

Argon2 runs in a worker; the window never freezes.  A wrong passphrase writes nothing; failed
attempts are counted here, in memory, and handed to ``Vault.unlock(failed_attempts=)`` so the audit
log records them with the next success.  The vault itself is imported inside the worker, after
the window is on screen (start-up budget).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustdesk.ui.kit.basics import busy_indicator, heading, roomy
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.screen import fit_to_screen, grow_to_fit
from trustdesk.ui.kit.session import Opening, Operation, VaultSession
from trustdesk.ui.security.unlock_pages import add_recovery_pages

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QCheckBox

    from trustdesk.ui.kit.passphrase import PassphraseFields
    from trustdesk.vault import Keychain, Vault

PASSPHRASE_PAGE, RECOVERY_PAGE, RESET_PAGE = range(3)


class UnlockWindow(Retranslates, QWidget):
    """Emits ``unlocked(vault)`` with an unlocked vault; the caller takes it from there."""

    unlocked = Signal(object)
    restore_requested = Signal()  # the vault is damaged: restore from a backup
    opening = Signal()  # a worker is deriving the key now (passphrase or recovery code): ~0.5 s idle here

    # the recovery pages' widgets (security/unlock_pages.py)
    recovery_intro: QLabel
    recovery_code: QLineEdit
    recovery_show: QCheckBox
    recovery_back: QPushButton
    recovery_continue: QPushButton
    reset_intro: QLabel
    reset_fields: PassphraseFields | None
    reset_save: QPushButton
    _reset_page: QWidget
    _reset_layout: QVBoxLayout

    def __init__(self, data_dir: Path, *, keychain: Keychain | None = None, session: VaultSession | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockWindow")
        self._data_dir = Path(data_dir)
        self._keychain = keychain
        self._failed_attempts = 0
        self._recovered: Vault | None = None
        self._busy = False
        # the session the vault is opened for: a lock it is asked for meanwhile abandons the attempt
        self._session = session if session is not None else VaultSession(self)
        self._session.abandoned.connect(self._abandoned)
        self._opening: Opening | None = None  # the attempt under way (recovery code: until the new passphrase)
        # Typed ahead while a passphrase is checked: the field stays writable (no key is lost), and an
        # Enter given meanwhile is a new attempt taken after the running one (flags only, no text kept)
        self._typed_ahead = False
        self._next_attempt = False
        self._watching_keys = False

        self.title = heading(QLabel(self), 1.8)
        self.title.setObjectName("unlockTitle")
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("unlockStack")
        self.message = QLabel(self)
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel#unlockMessage { background: palette(base); border: 1px solid palette(mid);"
                                   " border-radius: 4px; padding: 8px 10px; }")
        self.message.hide()
        # A notice about what happened before this window (a backup at the lock that failed): a line of its
        # own, so a late one never takes the place of the refusal the person is reading, nor the reverse
        self.notice = QLabel(self)
        self.notice.setObjectName("unlockNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreFromBackupButton")
        self.restore_button.clicked.connect(self.restore_requested)
        self.restore_button.hide()
        self.busy = busy_indicator(self)

        # Page 1: the passphrase.
        page = QWidget(self.stack)
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)
        self.passphrase = guard_text(QLineEdit(page))
        self.passphrase.setObjectName("passphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(320)
        self.unlock_button = QPushButton(page)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.recovery_button = QPushButton(page)
        self.recovery_button.setObjectName("useRecoveryCodeButton")
        self.recovery_button.setFlat(True)
        self.recovery_button.setAutoDefault(True)  # Return on the focused link follows it, as Space does
        self.recovery_button.setStyleSheet(
            "QPushButton { color: palette(link); text-decoration: underline; border: none; padding: 2px 0; }"
            "QPushButton:focus { border-bottom: 1px solid palette(link); }")
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        link_row = QHBoxLayout()
        link_row.addWidget(self.recovery_button)
        link_row.addStretch(1)
        layout.addLayout(link_row)
        self.stack.addWidget(page)

        add_recovery_pages(self)  # page 2: the recovery code; page 3: a new passphrase after it

        card = QVBoxLayout()
        card.setSpacing(14)
        card.addWidget(self.title)
        card.addWidget(self.stack)
        card.addWidget(self.busy)
        card.addWidget(self.message)
        card.addWidget(self.notice)
        card.addWidget(self.restore_button)
        card.addStretch(1)
        outer = QHBoxLayout(self)
        roomy(outer)
        outer.addStretch(1)
        outer.addLayout(card, 8)
        outer.addStretch(1)

        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.passphrase.textEdited.connect(self._edited)
        self.recovery_button.clicked.connect(self.show_recovery)
        self.recovery_back.clicked.connect(self.show_passphrase)
        self.recovery_continue.clicked.connect(self.try_recovery_code)
        self.recovery_code.returnPressed.connect(self.try_recovery_code)
        self.reset_save.clicked.connect(self.save_new_passphrase)
        self.retranslate()
        self._fit_stack()
        fit_to_screen(self, 620, 360)

    # -- state ----------------------------------------------------------------------------------

    @property
    def failed_attempts(self) -> int:
        return self._failed_attempts

    def _set_busy(self, busy: bool, words: str = "") -> None:
        self._busy = busy
        if not busy:
            self.busy.wait_ends()
        # The fields are read-only meanwhile, not disabled: a disabled field loses the keyboard (Qt moves
        # the focus on, and here nowhere), so after a refusal the next passphrase typed went nowhere.  A key
        # typed in the passphrase meanwhile makes it writable again (eventFilter): what is typed during the
        # check is kept (outside tester: a right passphrase typed at once after a wrong one's Enter was
        # lost), and its Enter is taken after the check.  (Read-only until then: no caret blinks in the wait.)
        for field in (self.passphrase, self.recovery_code):
            field.setReadOnly(busy)
        for widget in (self.unlock_button, self.recovery_button, self.recovery_show, self.recovery_continue,
                       self.recovery_back, self.restore_button):
            widget.setEnabled(not busy)
        if self.reset_fields is not None:
            self.reset_fields.setEnabled(not busy)
            self.reset_save.setEnabled(not busy and self.reset_fields.is_acceptable())
        if busy:  # the words at once (and told to a screen reader); the moving bar only if the wait is long
            self._say(words or self.tr("Opening the vault…"))
            self.busy.wait_begins(self.message.text(), self.message)
        elif self.focusWidget() is None:  # (the new passphrase's fields were disabled while it was saved)
            self._entry().setFocus()

    def _entry(self) -> QWidget:
        """Where the keyboard belongs on the page shown: its first field."""
        page = self.stack.currentIndex()
        if page == RESET_PAGE and self.reset_fields is not None:
            return self.reset_fields.first
        return self.recovery_code if page == RECOVERY_PAGE else self.passphrase

    def tell(self, text: str, detail: str = "") -> None:
        """A calm notice under the passphrase (e.g. the shell's note that a backup failed), ``detail`` as its
        tooltip: on its own line, beside the attempt's message (a refusal, "Opening the vault…"), which it
        never replaces and which never replaces it."""
        self.notice.setText(text)
        self.notice.setToolTip(detail)
        self.notice.setVisible(bool(text))
        grow_to_fit(self)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _fit_stack(self) -> None:
        """The stack is as tall as its current page (not its tallest), so messages sit right below."""
        current = self.stack.currentWidget()
        self.stack.setMaximumHeight(current.sizeHint().height() if current is not None else 16777215)

    def show_passphrase(self) -> None:
        self.stack.setCurrentIndex(PASSPHRASE_PAGE)
        self._fit_stack()
        self._say("")
        self.passphrase.setFocus()

    def _show_recovery_code(self, shown: bool) -> None:
        """Show the code while typing it (nobody looking over the shoulder); hidden by default."""
        self.recovery_code.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def show_recovery(self) -> None:
        self.recovery_show.setChecked(False)  # hidden again each time the page is shown
        self.stack.setCurrentIndex(RECOVERY_PAGE)
        self._fit_stack()
        self._say("")
        self.recovery_code.setFocus()

    @property
    def keychain(self) -> Keychain | None:
        return self._keychain

    def _the_keychain(self) -> Keychain:
        """One keychain per window: the OS backend is discovered (~130 ms, in the worker) only once."""
        if self._keychain is None:
            from trustdesk.vault import Keychain

            self._keychain = Keychain()
        return self._keychain

    # -- passphrase ---------------------------------------------------------------------------------

    def _edited(self, _text: str) -> None:
        if self._busy:
            self._typed_ahead = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """A key typed in the passphrase while it is checked: the field takes it (writable from then on)."""
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        if watched is self.passphrase and self._busy and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress and self.passphrase.isReadOnly() \
                and (event.text().isprintable() and event.text() != "" or event.key() in (
                    Qt.Key.Key_Backspace, Qt.Key.Key_Delete)):
            self.passphrase.setReadOnly(False)
        return False

    def try_unlock(self) -> None:
        text = self.passphrase.text()
        if self._busy:  # Enter on a passphrase typed during the check: tried once the check has answered
            self._next_attempt = self._next_attempt or (self._typed_ahead and bool(text) and self._opening is not None)
            return
        if not text:
            return
        data_dir, keychain, failed = self._data_dir, self._the_keychain(), self._failed_attempts

        def work() -> Vault:
            from trustdesk.vault import Vault

            # the session may change the vault: "unbacked" committed with the unlock's audit entry, in
            # this worker (the backup runner's own write at the unlock was a sync on the UI thread)
            vault = Vault.unlock(data_dir, text, keychain=keychain, failed_attempts=failed, mark_unbacked=True)
            if opening.abandoned:  # locked meanwhile: given up here, off the UI thread
                opening.give_up(vault)
            return vault

        opening = self._begin()
        Operation(self, work).success(lambda vault: self._opened(vault, opening)).failure(
            lambda exc, sentence: self._refused(exc, sentence, opening)).finished(
            lambda: self._settled(opening)).run_in_background()
        self.opening.emit()

    def _begin(self) -> Opening:
        """An attempt to open the vault: busy until its worker answers; a lock asked for meanwhile (the
        session's ``lock``, whatever asks) abandons it (``_abandoned``)."""
        self._opening = self._session.begin_opening()
        self._typed_ahead = self._next_attempt = False
        if not self._watching_keys:  # (not before: the first window's paint makes no Python filter's types)
            self._watching_keys = True
            self.passphrase.installEventFilter(self)
        self._set_busy(True)
        if self.stack.currentIndex() == PASSPHRASE_PAGE:
            self.passphrase.selectAll()  # what is typed during the check replaces the passphrase checked
        return self._opening

    def _ended(self, opening: Opening, vault: Vault | None = None) -> bool:
        """The attempt is over: False when a lock abandoned it (its vault is then locked, never shown)."""
        if opening is self._opening:
            self._opening = None
        return self._session.end_opening(opening, vault)

    def _settled(self, opening: Opening) -> None:
        if not opening.abandoned:  # (an abandoned one left the window ready at once; a new one may run)
            self._set_busy(False)
            again, self._next_attempt = self._next_attempt, False
            if again and self.stack.currentIndex() == PASSPHRASE_PAGE:  # (refused: its Enter, now)
                self.try_unlock()

    def _abandoned(self, _reason: str) -> None:
        """A lock was asked for while the vault was being opened: the attempt is given up (its vault is
        locked when it comes, never handed over) and the window waits for the passphrase again, with the
        keyboard in an empty field."""
        opening, self._opening = self._opening, None
        self._typed_ahead = self._next_attempt = False  # nothing typed before the lock opens the vault after it
        if opening is None:
            return
        recovered, self._recovered = self._recovered, None
        if recovered is not None and not self._busy:  # opened by the code, the new passphrase not yet saved
            opening.give_up(recovered)  # (while it is being saved: locked when the save returns)
        self._set_busy(False)
        self.passphrase.clear()
        self.recovery_code.clear()
        if self.reset_fields is not None:
            self.reset_fields.clear()
        self.show_passphrase()
        self._say(self.tr("Locked: the vault was not opened."))

    def _opened(self, vault: Vault, opening: Opening) -> None:
        if not self._ended(opening, vault):
            return
        self._failed_attempts = 0
        self._typed_ahead = self._next_attempt = False
        self.passphrase.clear()
        self._say("")
        self.unlocked.emit(vault)

    def _refused(self, exc: BaseException, sentence: str, opening: Opening) -> None:
        from trustdesk.vault import DeviceSecretMissing, WrongPassphrase

        if not self._ended(opening):
            self._failed_attempts += isinstance(exc, WrongPassphrase)  # (still counted for the audit log)
            return
        if isinstance(exc, DeviceSecretMissing):  # straight to the way out: the recovery code
            self._next_attempt = False
            self.passphrase.clear()
            self.show_recovery()
            self._say(sentence)
            return
        if isinstance(exc, WrongPassphrase):
            self._failed_attempts += 1
        from trustdesk.vault import VaultCorrupted

        self.restore_button.setVisible(isinstance(exc, VaultCorrupted))
        self._say(sentence)
        if not self._typed_ahead:  # (what was typed meanwhile stays as it is, the cursor where it is)
            self.passphrase.selectAll()
        self.passphrase.setFocus()

    # -- recovery code ----------------------------------------------------------------------------

    def try_recovery_code(self) -> None:
        code = self.recovery_code.text().strip()
        if self._busy or not code:
            return
        data_dir, keychain = self._data_dir, self._the_keychain()

        def work() -> Vault:
            from trustdesk.vault import Vault

            vault = Vault.unlock_with_recovery_code(data_dir, code, keychain=keychain)
            if opening.abandoned:
                opening.give_up(vault)
            return vault

        opening = self._begin()  # open until the new passphrase is saved (or the window closes)
        Operation(self, work).success(lambda vault: self._recovered_with_code(vault, opening)).failure(
            lambda exc, sentence: self._code_refused(exc, sentence, opening)).finished(
            lambda: self._settled(opening)).run_in_background()
        self.opening.emit()

    def _code_refused(self, exc: BaseException, sentence: str, opening: Opening) -> None:
        from trustdesk.vault import WrongPassphrase
        from trustdesk.vault.errors import MalformedCode

        if not self._ended(opening):
            return
        if isinstance(exc, MalformedCode):  # the shared parse: a typo is not "does not open"
            sentence = self.tr("That is not a recovery code: a recovery code has 26 letters and digits, in groups "
                               "of four. Check what you typed.")
        elif isinstance(exc, WrongPassphrase):
            sentence = self.tr("That recovery code does not open this vault. It has 26 letters and digits, "
                               "in groups of four; check each group.")
        self._say(sentence)
        self.recovery_code.selectAll()  # typing replaces it; an arrow key keeps it to correct a group
        self.recovery_code.setFocus()

    def _recovered_with_code(self, vault: Vault, opening: Opening) -> None:
        if opening.abandoned:
            self._ended(opening, vault)
            return
        self._recovered = vault
        self.recovery_code.clear()
        self.recovery_show.setChecked(False)
        if self.reset_fields is None:
            from trustdesk.ui.kit.passphrase import PassphraseFields

            self.reset_fields = PassphraseFields(self._reset_page, prefix="reset")
            self._reset_layout.insertWidget(1, self.reset_fields)
            self.reset_fields.changed.connect(
                lambda: self.reset_save.setEnabled(self.reset_fields is not None
                                                   and self.reset_fields.is_acceptable()))
            self.reset_fields.submitted.connect(self.save_new_passphrase)  # Return in "Repeat it" saves
        self.stack.setCurrentIndex(RESET_PAGE)
        self._fit_stack()
        self._say("")
        self.reset_fields.first.setFocus()

    def save_new_passphrase(self) -> None:
        vault, fields = self._recovered, self.reset_fields
        if self._busy or vault is None or fields is None or not fields.is_acceptable():
            return
        new, opening = fields.passphrase, self._opening or self._begin()

        def work() -> Vault:
            vault.reset_passphrase(new)
            return vault

        self._set_busy(True, self.tr("Saving the new passphrase…"))
        Operation(self, work).success(lambda _vault: self._reset_done(vault, opening)).failure(
            lambda _exc, sentence: self._reset_failed(vault, opening, sentence)).finished(
            lambda: self._settled(opening)).run_in_background()

    def _reset_failed(self, vault: Vault, opening: Opening, sentence: str) -> None:
        if opening.abandoned:  # locked while it was saved: the vault the code opened is locked now
            self._ended(opening, vault)
        else:
            self._say(sentence)

    def _reset_done(self, vault: Vault, opening: Opening) -> None:
        if not self._ended(opening, vault):
            return
        self._recovered = None
        if self.reset_fields is not None:
            self.reset_fields.clear()
        self.stack.setCurrentIndex(PASSPHRASE_PAGE)
        self._failed_attempts = 0
        self._say("")
        self.unlocked.emit(vault)

    # -- Qt -----------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("TrustDesk – unlock"))
        self.title.setText(self.tr("TrustDesk"))
        self.intro.setText(self.tr("Your case notes are locked. Enter your passphrase to open them."))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.recovery_button.setText(self.tr("Forgot the passphrase? Use the recovery code"))
        self.recovery_button.setAccessibleName(self.tr("Use the recovery code"))
        self.recovery_intro.setText(self.tr(
            "Type the recovery code you wrote down or printed when you set up TrustDesk. "
            "Afterwards you choose a new passphrase."))
        self.recovery_code.setAccessibleName(self.tr("Recovery code"))
        self.recovery_show.setText(self.tr("Sho&w the recovery code"))
        self.recovery_show.setAccessibleName(self.tr("Show the recovery code as you type it"))
        self.recovery_continue.setText(self.tr("&Continue"))
        self.recovery_continue.setAccessibleName(self.tr("Open with the recovery code"))
        self.recovery_back.setText(self.tr("&Back"))
        self.recovery_back.setAccessibleName(self.tr("Back to the passphrase"))
        self.reset_intro.setText(self.tr(
            "The recovery code opened your vault. Choose a new passphrase for this computer."))
        self.reset_save.setText(self.tr("&Save and open"))
        self.reset_save.setAccessibleName(self.tr("Save the new passphrase and open the vault"))
        self.message.setAccessibleName(self.tr("Message"))
        self.notice.setAccessibleName(self.tr("Notice"))
        self.restore_button.setText(self.tr("&Restore from a backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore the vault from a backup"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._opening is not None:  # closed while the key was derived: what comes is locked, not shown
            self._opening.abandon("quit")
        if self._recovered is not None and not self._busy:  # opened with the code but no new passphrase yet
            self._recovered.lock()
            self._recovered = None
        super().closeEvent(event)
