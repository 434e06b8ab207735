"""Destroy a closed case for good, after its retention period (never silently).

The trust person types the case code to confirm; the button stays disabled until it matches.
The dialog says plainly what destruction cannot reach: automatic backups made before today still
hold the case until they rotate out, and so do backups saved by hand; copies of this vault in the data
folder (kept aside by a restore, safety copies before a schema migration) are erased too, and a
kept-aside copy of another vault, which this key cannot open, is named (``retention.copies_in_data_dir``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustdesk.ui.case.queries import Remnants, read_remnants
from trustdesk.ui.kit.appearance import busy_indicator, heading
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.lock_bound import ClosesOnLock
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.session import VaultOp, VaultSession

if TYPE_CHECKING:
    from trustdesk.vault.retention import Destruction



class DestroyDialog(ClosesOnLock, Retranslates, QDialog):
    destroyed_case = Signal(object)  # Destruction

    def __init__(self, session: VaultSession, case_id: int, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("destroyDialog")
        self.session = session
        self.case_id = case_id
        self.code = code
        self.remnants: Remnants | None = None
        self._busy = False

        self.title = heading(QLabel(self), 1.3)
        self.explain = QLabel(self)
        self.explain.setObjectName("destroyExplanation")
        self.explain.setWordWrap(True)
        self.copies = QLabel(self)
        self.copies.setObjectName("destroyRemnants")
        self.copies.setWordWrap(True)
        self.copies.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copies.setFrameShape(QLabel.Shape.StyledPanel)
        self.copies.setMargin(8)
        self.typed_label = QLabel(self)
        self.typed = guard_text(QLineEdit(self))
        self.typed.setObjectName("destroyTypedCode")
        self.typed_label.setBuddy(self.typed)
        self.message = QLabel(self)
        self.message.setObjectName("destroyMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.busy = busy_indicator(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.destroy_button = QPushButton(self)
        self.destroy_button.setObjectName("destroyConfirm")
        self.destroy_button.setEnabled(False)
        self.buttons.addButton(self.destroy_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("destroyCancel")
        self.cancel_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(12)
        for widget in (self.title, self.explain, self.copies, self.typed_label, self.typed, self.busy,
                       self.message, self.buttons):
            layout.addWidget(widget)

        self.typed.textChanged.connect(self._update)
        self.destroy_button.clicked.connect(self.destroy_now)
        self.buttons.rejected.connect(self.reject)
        self.close_on_lock(session)
        VaultOp(self, read_remnants, session=session).success(self._show_remnants).run()
        self.retranslate()
        self.setMinimumWidth(560)
        self.typed.setFocus()

    def matches(self) -> bool:
        return self.typed.text().strip().upper() == self.code.upper()

    def _update(self) -> None:
        self.destroy_button.setEnabled(self.matches() and not self._busy)

    def _show_remnants(self, remnants: Remnants) -> None:
        self.remnants = remnants
        self.retranslate()

    def destroy_now(self) -> None:
        if self._busy or not self.matches():
            return
        from trustdesk.vault.retention import destroy_case

        typed, case_id = self.typed.text(), self.case_id
        self._busy = True
        self.busy.show()
        self._update()
        VaultOp(self, lambda v: destroy_case(v, case_id, typed), session=self.session).success(
            self._destroyed).failure(lambda _e, sentence: self._say(sentence)).finished(self._done).run()

    def _destroyed(self, result: Destruction) -> None:
        self.destroyed_case.emit(result)
        self.accept()

    def _done(self) -> None:
        self._busy = False
        self.busy.hide()
        self._update()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _remnants_text(self) -> str:
        lines = [self.tr("What destruction cannot reach:")]
        r = self.remnants
        if r is not None and r.backup_folder is not None:
            lines.append(self.tr("• Automatic backups made before today (%1 in %2) still hold this case until they "
                                 "rotate out, after %n more backup(s).", "", r.keep).replace("%1", str(r.automatic_backups))
                         .replace("%2", str(r.backup_folder)))
        else:
            lines.append(self.tr("• Automatic backups made before today still hold this case until they rotate "
                                 "out."))
        lines.append(self.tr("• Backups you saved yourself keep it until you delete them."))
        if r is not None and r.lingering:
            lines.append(self.tr("• These copies of another vault on this computer (kept aside by a restore) may "
                                 "still hold it and cannot be opened with this vault's key; delete them:"))
            lines.extend(f"    {path}" for path in r.lingering)
        if r is not None and r.reached:
            lines.append(self.tr("The copies of this vault kept in its folder (before a restore or an update) "
                                 "lose this case too:"))
            lines.extend(f"    {path}" for path in r.reached)
        return "\n".join(lines)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Destroy case %1").replace("%1", self.code))
        self.title.setText(self.tr("Destroy case %1 for good?").replace("%1", self.code))
        self.explain.setText(self.tr(
            "Everything TrustDesk holds about this case — contacts and their notes, referrals and letters, "
            "tasks — is erased from the vault and cannot be brought back. Only one line stays in the audit "
            "log: “case %1 destroyed on” today's date.").replace("%1", self.code))
        self.copies.setText(self._remnants_text())
        self.copies.setAccessibleName(self._remnants_text())
        self.typed_label.setText(self.tr("To confirm, &type the case code (%1):").replace("%1", self.code))
        self.typed.setAccessibleName(self.tr("Type the case code to confirm"))
        self.typed.setPlaceholderText(self.code)
        self.destroy_button.setText(self.tr("&Destroy for good"))
        self.destroy_button.setAccessibleName(self.tr("Destroy the case for good"))
        self.cancel_button.setText(self.tr("&Keep the case"))
        self.cancel_button.setAccessibleName(self.tr("Keep the case"))
