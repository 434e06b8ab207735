"""Opening the coordinator desk: set it up (first run: the coordinator's name and a desk passphrase;
the key pair is made and encrypted with it), or unlock it (the passphrase).  Both run the key work
(Argon2id with fixed parameters, under a second) in a worker and emit ``opened(desk)``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trustdesk.exchange.desk_place import desk_place, existing_desk
from trustdesk.ui.kit.appearance import named_button
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.passphrase import PassphraseFields
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import Operation

if TYPE_CHECKING:
    from trustdesk.exchange.coordinator import CoordinatorDesk

MIN_PASSPHRASE = 12  # = exchange.coordinator.MIN_PASSPHRASE (not imported before the window shows)


def desk_folder(data_dir: Path) -> Path:
    """The data folder itself when it is a desk made by ``coordinator init``, else its ``desk`` folder
    (made by the first run here): the commands find either (exchange/desk_place.py)."""
    return desk_place(data_dir, new_in_subfolder=True)


def has_desk(data_dir: Path) -> bool:
    return existing_desk(data_dir) is not None  # identity.key, or identity.age of an older desk


def take_keyboard(window: QWidget, field: QWidget) -> None:
    """The keyboard to ``field`` of a window just shown: raised and activated first (without a window
    manager -- Xvfb, a kiosk session -- nobody else gives a new top-level window the keyboard, and typing
    went nowhere), then the field focused."""
    if not window.isVisible():
        return
    window.raise_()
    window.activateWindow()
    field.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


class FolderLine(QLabel):
    """The desk's folder on a line of its own, never broken across lines (a path cut after a "/" or a "-"
    reads as two paths): shortened in the middle ("/home/…/TrustDesk/desk") when the window is narrower
    than the path, the whole path in its tooltip and accessible description."""

    def __init__(self, folder: Path, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.folder = str(folder.absolute())
        self.setToolTip(self.folder)
        self.setAccessibleDescription(self.folder)
        self.setIndent(12)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # one line high, always
        self._fit()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.fontMetrics().horizontalAdvance(self.folder) + 2 * self.indent(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name: never wider than the window lets it be
        return QSize(self.fontMetrics().horizontalAdvance("/…/") + 2 * self.indent(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = max(0, self.width() - 2 * self.indent())
        shown = self.fontMetrics().elidedText(self.folder, Qt.TextElideMode.ElideMiddle, room) if room else self.folder
        if shown != self.text():
            self.setText(shown)


def _secret(parent: QWidget, name: str) -> QLineEdit:
    edit = guard_text(QLineEdit(parent))
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class DeskSetupDialog(Retranslates, QDialog):
    """First run as a coordinator: name + passphrase twice -> CoordinatorDesk.init."""

    opened = Signal(object)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskSetupDialog")
        self.folder = desk_folder(data_dir)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.folder_line = FolderLine(self.folder, self, "deskSetupFolder")
        self.name = guard_text(QLineEdit(self))
        self.name.setObjectName("deskName")
        self.name.setMaxLength(120)
        # The trust person's meter and rule (zxcvbn taught Dutch and French words, a minimum length,
        # typed twice), with the desk's own minimum: the desk passphrase protects the coordinator's keys.
        self.fields = PassphraseFields(self, prefix="desk", minimum=MIN_PASSPHRASE)
        self.fields.submitted.connect(self.create_desk)
        self.passphrase, self.again = self.fields.first, self.fields.second
        self.message = QLabel(self)
        self.message.setObjectName("deskSetupMessage")
        self.message.setWordWrap(True)
        self.cancel_button = named_button(self, "deskSetupCancel", self.reject)  # made in layout order: Tab order
        self.create_button = named_button(self, "deskCreate", self.create_desk)
        self.create_button.setDefault(True)
        self.form = QFormLayout()
        self.name_label = QLabel(self)
        self.form.addRow(self.name_label, self.name)
        self.name_label.setBuddy(self.name)
        self.form.addRow(self.fields)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.folder_line)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.working = False
        self.retranslate()
        fit_to_screen(self, 560, 420)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: take_keyboard(self, self.name))  # once the window is mapped

    def create_desk(self) -> None:
        name, passphrase = self.name.text().strip(), self.passphrase.text()
        if not name:
            self.message.setText(self.tr("Give the name the trust persons know you by."))
            return
        if len(passphrase) < MIN_PASSPHRASE:
            self.message.setText(self.tr("The desk passphrase needs at least %n character(s).", "",
                                         MIN_PASSPHRASE))
            return
        if not self.fields.is_acceptable():
            self.message.setText(self.tr("The two passphrases differ."))
            return
        from trustdesk.domain.passphrase_strength import desk_passphrase_problem

        if desk_passphrase_problem(passphrase, MIN_PASSPHRASE):  # the same rule as `coordinator init`
            self.message.setText(self.tr("This passphrase is too easy to guess (a repeated character, a common "
                                         "word or a known pattern). Use a few unrelated words."))
            return
        from trustdesk.exchange.coordinator import CoordinatorDesk

        folder = self.folder
        self.working = True
        self.create_button.setEnabled(False)
        self.message.setText(self.tr("Making the coordinator's keys…"))
        Operation(self, lambda: CoordinatorDesk.init(folder, name, passphrase)).success(self._made).failure(
            self._failed).run_in_background()

    def _made(self, desk: CoordinatorDesk) -> None:
        self.working = False
        self.passphrase.clear()
        self.again.clear()
        self.opened.emit(desk)
        self.accept()

    def _failed(self, exc: BaseException, sentence: str) -> None:
        self.working = False
        self.create_button.setEnabled(True)
        from trustdesk.detail import said_in

        desk_error = exc.__class__.__name__ == "DeskError" and exc.args  # its Detail, said in the desk's language
        self.message.setText(said_in(exc.args[0], QCoreApplication.translate) if desk_error else sentence)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up the coordinator desk"))
        self.intro.setText(self.tr(
            "The coordinator desk makes packs for the trust persons, sends them intakes and merges their "
            "figures. It holds the coordinator's keys, encrypted with the desk passphrase, and never any case.")
            + " " + self.tr("It is made in this folder:"))
        self.name_label.setText(self.tr("&Name on your card:"))
        self.name.setAccessibleName(self.tr("Name on your card"))
        self.create_button.setText(self.tr("&Create the desk"))
        self.create_button.setAccessibleName(self.tr("Create the desk"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))


class DeskUnlockDialog(Retranslates, QDialog):
    """The desk passphrase -> CoordinatorDesk.open."""

    opened = Signal(object)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskUnlockDialog")
        self.folder = desk_folder(data_dir)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.folder_line = FolderLine(self.folder, self, "deskUnlockFolder")
        self.passphrase = _secret(self, "deskUnlockPassphrase")
        self.message = QLabel(self)
        self.message.setObjectName("deskUnlockMessage")
        self.message.setWordWrap(True)
        self.open_button = named_button(self, "deskUnlock", self.unlock)
        self.open_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.folder_line)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.retranslate()
        fit_to_screen(self, 460, 220)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: take_keyboard(self, self.passphrase))  # once the window is mapped

    def unlock(self) -> None:
        from trustdesk.exchange.coordinator import CoordinatorDesk

        folder, passphrase = self.folder, self.passphrase.text()
        self.passphrase.clear()
        self.open_button.setEnabled(False)
        self.message.setText(self.tr("Opening…"))
        Operation(self, lambda: CoordinatorDesk.open(folder, passphrase)).success(self._opened).failure(
            self._failed).run_in_background()

    def _opened(self, desk: CoordinatorDesk) -> None:
        self.opened.emit(desk)
        self.accept()

    def _failed(self, _exc: BaseException, _sentence: str) -> None:
        self.open_button.setEnabled(True)
        self.message.setText(self.tr("That passphrase does not open the desk in this folder."))
        take_keyboard(self, self.passphrase)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("TrustDesk – coordinator desk"))
        self.intro.setText(self.tr("Type the passphrase of the coordinator desk in this folder:"))
        self.passphrase.setAccessibleName(self.tr("Desk passphrase"))
        self.open_button.setText(self.tr("&Open the desk"))
        self.open_button.setAccessibleName(self.tr("Open the desk"))
