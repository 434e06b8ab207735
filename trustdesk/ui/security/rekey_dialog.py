"""Re-key after a suspected leak (issue 17, item 3): a minimal dialog that asks for the current
passphrase (and, optionally, a new one) and says what re-keying does and does not do.  The work
itself (``Vault.rekey``) runs in the caller's worker; the new recovery code is shown by Settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.passphrase import PassphraseFields


class RekeyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rekeyDialog")
        self.setWindowTitle(self.tr("Re-key after a suspected leak"))
        self.setAccessibleName(self.tr("Re-key after a suspected leak"))
        self.intro = QLabel(self.tr(
            "Re-keying gives the vault a new key and re-encrypts it, with a new recovery code (shown once). "
            "Copies of the old key file and the old recovery code then no longer open this vault. Backups "
            "made before still open with the passphrase and recovery code they were made with: delete "
            "them if those may have leaked. Leave the new passphrase empty to keep the current one."), self)
        self.intro.setObjectName("rekeyIntro")
        self.intro.setWordWrap(True)
        self.current = guard_text(QLineEdit(self))
        self.current.setObjectName("rekeyCurrentPassphraseEdit")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        label = QLabel(self.tr("C&urrent passphrase:"), self)
        label.setBuddy(self.current)
        self.fields = PassphraseFields(self, prefix="rekey")
        form = QFormLayout()
        form.addRow(label, self.current)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.setObjectName("rekeyButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Re-&key"))
        ok.setObjectName("rekeyOkButton")
        ok.setAccessibleName(self.tr("Re-key"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("rekeyCancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.current.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)
        self._update()

    @property
    def new_passphrase(self) -> str | None:
        """The new passphrase, or None to keep the current one."""
        return self.fields.passphrase or None

    def _update(self) -> None:
        typed_new = bool(self.fields.first.text() or self.fields.second.text())
        ok = bool(self.current.text()) and (not typed_new or self.fields.is_acceptable())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.current.clear()
            self.fields.clear()
        super().done(result)
