"""Earlier versions of a contact note (notes are records: editing an old note keeps its text).

A read-only dialog: the versions newest first on the left (the current text, then each kept
revision with the moment it was saved), the chosen version's notes, agreements and safety plan on
the right.  Esc closes it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.models import Contact, ContactRevision
from trustdesk.ui.kit.case_labels import datetime_text
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import VaultOp, VaultSession

if TYPE_CHECKING:
    from trustdesk.vault import Vault



@dataclass(frozen=True)
class Version:
    saved_at: datetime | None
    notes: str
    agreements: str
    safety_plan: str
    current: bool = False


def versions_of(contact: Contact, revisions: list[ContactRevision]) -> list[Version]:
    """The current text first, then the kept revisions, newest first."""
    return [Version(contact.updated_at, contact.notes, contact.agreements, contact.safety_plan, True)] + [
        Version(r.saved_at, r.notes, r.agreements, r.safety_plan) for r in revisions]


class RevisionHistoryDialog(QDialog):
    """Lists the versions of one note with their dates; shows the chosen one."""

    def __init__(self, session: VaultSession, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revision_history")
        self.session = session
        self._contact_id = contact_id
        self.versions: list[Version] = []
        self.list = QListWidget(self)
        self.list.setObjectName("revision_list")
        self.list.setMinimumWidth(220)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text = guard_text(QTextBrowser(self), document=True)
        self.text.setOpenLinks(False)
        self.text.setObjectName("revision_text")
        self.text.setReadOnly(True)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("revision_buttons")
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("revision_close")

        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addWidget(self.text, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        session.locked.connect(self._on_locked)
        fit_to_screen(self, 760, 460)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Earlier versions of this note"))
        self.explanation.setText(self.tr(
            "A note is a record: when you change a note that is more than a day old, the text it had "
            "before is kept here. Versions cannot be changed."))
        self.list.setAccessibleName(self.tr("Versions, newest first"))
        self.text.setAccessibleName(self.tr("Text of the chosen version"))
        self.close_button.setAccessibleName(self.tr("Close"))

    def refresh(self) -> None:
        def read(vault: Vault) -> list[Version]:
            contact = vault.contacts.get(self._contact_id)
            if contact is None:
                return []
            return versions_of(contact, vault.contacts.revisions(self._contact_id))

        VaultOp(self, read, session=self.session).success(self._fill).run()

    def _fill(self, versions: list[Version]) -> None:
        self.versions = versions
        self.list.clear()
        for version in versions:
            when = datetime_text(version.saved_at)
            label = (self.tr("Current text") + "\n" + self.tr("saved {when}")) if version.current \
                else self.tr("Saved {when}")
            item = QListWidgetItem(label.format(when=when), self.list)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text())
        if versions:
            self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.versions):
            self.text.clear()
            return
        version = self.versions[row]
        parts = [(self.tr("Notes"), version.notes), (self.tr("Agreements"), version.agreements),
                 (self.tr("Safety plan"), version.safety_plan)]
        self.text.setHtml("".join(
            f"<h4>{html.escape(title)}</h4><p>{html.escape(body).replace(chr(10), '<br>') if body else '—'}</p>"
            for title, body in parts))

    def _on_locked(self) -> None:
        self.versions = []
        self.list.clear()
        self.text.clear()
        self.reject()
