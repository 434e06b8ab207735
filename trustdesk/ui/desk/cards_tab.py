"""The trust persons' contact cards: the coordinator's own card (to compare by phone, and to save),
the cards held, and adding one -- only once the fingerprint the trust person reads out by phone
matches the card's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trustdesk.ui.desk.checklist import fit_columns
from trustdesk.ui.desk.desk_watch import busy_text
from trustdesk.ui.kit.appearance import monospace, named_button
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.rows_language import say
from trustdesk.vault.files import read_outside_prefix

if TYPE_CHECKING:
    from trustdesk.exchange.coordinator import CoordinatorDesk, SameName
    from trustdesk.exchange.keys import ContactCard

MAX_CARD_READ = 16 * 1024 + 1


class CardsTab(Retranslates, QWidget):
    cards_changed = Signal()

    def __init__(self, desk: CoordinatorDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskCardsTab")
        self.desk = desk
        self.pending: tuple[bytes, ContactCard] | None = None
        self.own = QLabel(self)
        self.own.setWordWrap(True)
        self.own_fingerprint = QLabel(desk.card.fingerprint, self)
        self.own_fingerprint.setObjectName("deskOwnFingerprint")
        monospace(self.own_fingerprint, 1.3)
        self.save_own = named_button(self, "deskSaveOwnCard", self.save_own_card)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("deskCardsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.import_button = named_button(self, "deskImportCard", self.choose_card)
        self.remove_button = named_button(self, "deskRemoveCard", self.remove_chosen)
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("deskPendingCard")
        self.pending_label.setWordWrap(True)
        self.heard = guard_text(QLineEdit(self))
        self.heard.setObjectName("deskFingerprintHeard")
        self.heard.setMaxLength(60)
        self.heard.setEnabled(False)
        self.add_button = named_button(self, "deskAddCard", self.add_card)
        self.add_button.setEnabled(False)
        self.heard.returnPressed.connect(self.add_card)
        self.message = QLabel(self)
        self.message.setObjectName("deskCardsMessage")
        self.message.setWordWrap(True)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_fingerprint, 1)
        own_row.addWidget(self.save_own)
        add_row = QHBoxLayout()
        add_row.addWidget(self.heard, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own)
        layout.addLayout(own_row)
        layout.addWidget(self.table, 1)
        import_row = QHBoxLayout()
        import_row.addWidget(self.import_button)
        import_row.addWidget(self.remove_button)
        import_row.addStretch(1)
        layout.addLayout(import_row)
        layout.addWidget(self.pending_label)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """The cards held, read again from the desk (the chosen card stays chosen)."""
        chosen = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        chosen_key = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        cards = sorted(self.desk.cards().values(), key=lambda c: c.name.casefold())
        self.table.setRowCount(len(cards))
        for row, card in enumerate(cards):
            name = QTableWidgetItem(card.name)
            name.setData(Qt.ItemDataRole.UserRole, card.key_id)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(card.fingerprint))
            if card.key_id == chosen_key:
                self.table.setCurrentCell(row, self.table.currentColumn() if self.table.currentColumn() >= 0 else 0)
        fit_columns(self.table)

    def choose(self, key_id: str) -> None:
        """The card of ``key_id`` chosen in the table, with the focus there (after it was added)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == key_id:
                self.table.setCurrentCell(row, 0)
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_card(self) -> None:
        from trustdesk.ui.exchange.exchange_files import ask_open_path

        path = ask_open_path(self, self.tr("A trust person's contact card"),
                             self.tr("TrustDesk contact card (*.tdcard);;All files (*)"))
        if path is None:
            return
        try:
            data = read_outside_prefix(path, MAX_CARD_READ)
        except OSError:
            say(self.message, lambda: self.tr("That file cannot be read."))
            return
        self.load_card(data)

    def load_card(self, data: bytes) -> None:
        from trustdesk.exchange.errors import ExchangeRejected
        from trustdesk.exchange.keys import Role, card_of, recognise
        from trustdesk.ui.desk.desk_refusals import desk_refusal_text as refusal_text

        self.pending = None
        try:
            card = card_of(data, Role.TRUST_PERSON)  # the coordinator's own card, a pack…: named, with where it goes
        except ExchangeRejected as exc:
            self._pending_off(refusal_text(exc.reason, exc.found or recognise(data), "card"))
            return
        self.pending = (data, card)
        self.pending_label.setText(self.tr(
            "Card of %1. Call %1 and have the fingerprint read out to you; type the digits you hear. The card "
            "is added only when they match.").replace("%1", card.name))
        self.heard.setEnabled(True)
        self.add_button.setEnabled(True)
        self.message.clear()
        self.heard.setFocus()

    def _pending_off(self, text: str) -> None:
        self.pending_label.clear()
        self.heard.clear()
        self.heard.setEnabled(False)
        self.add_button.setEnabled(False)
        self.message.setText(text)

    def add_card(self) -> None:
        from trustdesk.exchange.errors import ExchangeRejected

        if self.pending is None:
            return
        data, card = self.pending
        from trustdesk.exchange.coordinator import DeskBusy, SameName
        from trustdesk.exchange.keys import FingerprintMalformed

        try:
            try:
                self.desk.add_card(data, self.heard.text())
            except SameName as same:
                if not self.same_name_ok(same):
                    say(self.message, lambda: self.tr("The card of %1 was not added.").replace("%1", card.name))
                    return
                self.desk.add_card(data, self.heard.text(), same_name_ok=True)
        except DeskBusy:
            self.message.setText(busy_text())
            return
        except FingerprintMalformed:
            say(self.message, lambda: self.tr("A fingerprint is 6 groups of 5 digits: type all the digits you hear."))
            return
        except ExchangeRejected:
            say(self.message, lambda: self.tr("The digits you heard do not match this card: it was not added. "
                                         "Check them with %1 again.").replace("%1", card.name))
            return
        self.pending = None
        self._pending_off(self.tr("Card of %1 added.").replace("%1", card.name))
        self.refresh()
        self.choose(card.key_id)  # the field typed in is disabled now: the focus goes to the card added
        self.cards_changed.emit()

    def chosen_card(self) -> ContactCard | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return self.desk.cards().get(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def remove_chosen(self, *, confirm: bool = True) -> bool:
        """The chosen card, no longer held (asked first): later figures from it are refused, no intake
        goes to it.  The focus stays on the list of cards."""
        from PySide6.QtWidgets import QMessageBox

        from trustdesk.exchange.coordinator import DeskBusy, DeskError

        card = self.chosen_card()
        if card is None:
            say(self.message, lambda: self.tr("Choose a card in the list first."))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        if confirm and QMessageBox.question(
                self, self.tr("Remove a card"),
                self.tr("Remove the card of %1? Figures they send later are refused and no intake can go to them, "
                        "until their card is added again (compared by phone).").replace("%1", card.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        try:
            self.desk.remove_card(card.key_id)
        except DeskBusy:
            self.message.setText(busy_text())
            return False
        except (DeskError, OSError):
            say(self.message, lambda: self.tr("The card could not be removed."))
            return False
        say(self.message, lambda: self.tr("Card of %1 removed.").replace("%1", card.name))
        self.refresh()
        self.cards_changed.emit()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def same_name_ok(self, same: SameName) -> bool:
        """Ask before adding a card whose name reads as one held already (two people one could not tell
        apart by name; the tables and the merge then name each with its fingerprint)."""
        from PySide6.QtWidgets import QMessageBox

        held = "\n".join(f"{c.name}  ({c.fingerprint})" for c in same.cards)
        answer = QMessageBox.warning(
            self, self.tr("The same name twice"),
            self.tr("A card with the same name is held already:\n%1\n\nThe card you are adding:\n%2  (%3)\n\n"
                    "Add it only if this is another trust person with the same name; they are then told apart by "
                    "fingerprint everywhere.").replace("%1", held).replace("%2", same.card.name)
            .replace("%3", same.card.fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return bool(answer == QMessageBox.StandardButton.Yes)

    def save_own_card(self) -> None:
        from trustdesk.ui.exchange.exchange_files import ask_save_path, write_file

        path = ask_save_path(self, self.tr("Save the coordinator's card"), "coordinator.tdcard",
                             self.tr("TrustDesk contact card (*.tdcard)"))
        if path is None:
            return
        try:
            write_file(path, self.desk.card.to_bytes())
        except OSError:
            say(self.message, lambda: self.tr("The card could not be saved there."))
            return
        say(self.message, lambda: self.tr("Saved as %1.").replace("%1", path.name))

    def retranslate(self) -> None:
        self.own.setText(self.tr("Your fingerprint as coordinator (%1). Trust persons compare it by phone when "
                                 "they import your pack:").replace("%1", self.desk.card.name))
        self.own_fingerprint.setAccessibleName(self.tr("Your fingerprint"))
        self.save_own.setText(self.tr("Save &my card…"))
        self.save_own.setAccessibleName(self.tr("Save the coordinator's card"))
        self.table.setHorizontalHeaderLabels([self.tr("Trust person"), self.tr("Fingerprint")])
        fit_columns(self.table)
        self.table.setAccessibleName(self.tr("Trust persons' cards"))
        self.import_button.setText(self.tr("&Import a trust person's card…"))
        self.import_button.setAccessibleName(self.tr("Import a trust person's card"))
        self.remove_button.setText(self.tr("&Remove the chosen card…"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen card"))
        self.heard.setPlaceholderText(self.tr("the digits read out by phone"))
        self.heard.setAccessibleName(self.tr("Fingerprint heard by phone"))
        self.add_button.setText(self.tr("&Add the card"))
        self.add_button.setAccessibleName(self.tr("Add the card"))
