"""My contact card, and the coordinator's: the two cards both sides compare by phone.

The trust person's card (public keys, a name, a fingerprint of 30 digits) is saved as a ``.tdcard``
file and given to the coordinator once; when the coordinator calls, both read the digits aloud.
The coordinator's card comes with the coordinator's pack; it is trusted for intakes and figures only
after the trust person confirms here that the digits heard match.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trustdesk.ui.exchange.queries import load_cards
from trustdesk.ui.kit.accept_keys import enter_presses
from trustdesk.ui.kit.appearance import monospace, named_button
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.lock_bound import ClosesOnLock, saved
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import VaultOp, VaultSession

if TYPE_CHECKING:
    from trustdesk.exchange.keys import ContactCard
    from trustdesk.exchange.local import CoordinatorCard
    from trustdesk.vault import Vault



class ContactCardDialog(ClosesOnLock, QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact_card_dialog")
        self.session = session
        self.card: ContactCard | None = None
        self.coordinator: CoordinatorCard | None = None

        self.mine = QGroupBox(self)
        self.mine.setObjectName("card_mine")
        self.mine_intro = QLabel(self.mine)
        self.mine_intro.setWordWrap(True)
        self.name_label = QLabel(self.mine)
        self.name_edit = guard_text(QLineEdit(self.mine))
        self.name_edit.setObjectName("card_name")
        self.name_edit.setMaxLength(120)
        self.name_label.setBuddy(self.name_edit)
        self.fingerprint_label = QLabel(self.mine)
        self.fingerprint = QLabel(self.mine)
        self.fingerprint.setObjectName("card_fingerprint")
        monospace(self.fingerprint, 1.4)
        self.save_button = named_button(self.mine, "card_save", self.save_card)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.fingerprint_label, self.fingerprint)
        mine_layout = QVBoxLayout(self.mine)
        mine_layout.addWidget(self.mine_intro)
        mine_layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        mine_layout.addLayout(row)

        self.theirs = QGroupBox(self)
        self.theirs.setObjectName("card_coordinator")
        self.theirs_text = QLabel(self.theirs)
        self.theirs_text.setObjectName("card_coordinator_text")
        self.theirs_text.setWordWrap(True)
        self.theirs_fingerprint = QLabel(self.theirs)
        self.theirs_fingerprint.setObjectName("card_coordinator_fingerprint")
        monospace(self.theirs_fingerprint, 1.4)
        # The digits heard are typed, as the coordinator types the trust person's: a click alone proves nothing.
        self.heard = guard_text(QLineEdit(self.theirs))
        self.heard.setObjectName("card_coordinator_heard")
        self.heard.setMaxLength(60)
        self.heard.hide()
        self.confirm_button = named_button(self.theirs, "card_confirm", self.confirm)
        self.confirm_button.hide()
        enter_presses(self.heard, self.confirm_button)  # Enter checks the digits typed (kit/accept_keys.py)
        enter_presses(self.name_edit, self.save_button)
        theirs_layout = QVBoxLayout(self.theirs)
        theirs_layout.addWidget(self.theirs_text)
        theirs_layout.addWidget(self.theirs_fingerprint)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.heard, 1)
        confirm_row.addWidget(self.confirm_button)
        theirs_layout.addLayout(confirm_row)

        self.message = QLabel(self)
        self.message.setObjectName("card_message")
        self.message.setWordWrap(True)
        self.close_button = named_button(self, "card_close", self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mine)
        layout.addWidget(self.theirs)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.close_on_lock(session)
        self.retranslate()
        fit_to_screen(self, 640, 460)
        self.load()

    def load(self) -> None:
        VaultOp(self, load_cards, session=self.session).success(self._loaded).failure(
            lambda _e, text: self.message.setText(text)).run()

    def _loaded(self, cards: tuple[ContactCard, CoordinatorCard | None]) -> None:
        self.card, self.coordinator = cards
        if self.card.name != "-":
            self.name_edit.setText(self.card.name)
        self.fingerprint.setText(self.card.fingerprint)
        self._show_coordinator()

    def _show_coordinator(self) -> None:
        current = self.coordinator
        if current is None:
            self.theirs_text.setText(self.tr("No coordinator card yet: it comes with your coordinator's pack."))
            self.theirs_fingerprint.clear()
            self._asking(False)
            return
        self.theirs_fingerprint.setText(current.card.fingerprint)
        if current.confirmed and current.pending is not None:
            from trustdesk.exchange.local import short_fingerprint

            self.theirs_fingerprint.setText(current.pending.fingerprint)
            self.theirs_text.setText(self.tr(
                "Warning: a pack brought a DIFFERENT coordinator card (%1…, above) than the one you compared by "
                "phone on %2 (%3…). Your confirmed card keeps working. Call your coordinator on the number you "
                "know and read these digits to each other; only when they match, confirm below: then the new "
                "card replaces the old one.")
                .replace("%1", short_fingerprint(current.pending)).replace("%2", current.confirmed_on)
                .replace("%3", short_fingerprint(current.card)))
            self._asking(True)
        elif current.confirmed:
            self.theirs_text.setText(self.tr("%1. Compared by phone on %2: intakes from this card open, figures "
                                             "go to it.").replace("%1", current.card.name)
                                     .replace("%2", current.confirmed_on))
            self._asking(False)
        else:
            self.theirs_text.setText(self.tr(
                "%1. Not compared yet. Call your coordinator and have the digits read out to you; type the "
                "digits you hear below. Only when they match is the card trusted; until then no intake opens and "
                "no figures are sealed.")
                .replace("%1", current.card.name))
            self._asking(True)

    def _asking(self, asking: bool) -> None:
        """The field for the digits heard and its button, shown while a card waits to be compared."""
        self.heard.setVisible(asking)
        self.confirm_button.setVisible(asking)
        if not asking:
            self.heard.clear()

    def confirm(self) -> None:
        current = self.coordinator
        if current is None or self.heard.isHidden():
            return
        from trustdesk.exchange import local
        from trustdesk.exchange.errors import ExchangeRejected
        from trustdesk.exchange.keys import FingerprintMalformed, heard_digits

        heard = self.heard.text()
        try:
            heard_digits(heard)
        except FingerprintMalformed:
            self.message.setText(self.tr("A fingerprint is 6 groups of 5 digits: type all the digits you hear."))
            self.heard.setFocus()
            return
        if not any(local.fingerprint_matches(card, heard) for card in (current.pending, current.card) if card):
            self.message.setText(self.tr("The digits you typed are not this card's fingerprint: it is not trusted. "
                                         "Compare them with your coordinator again."))
            self.heard.setFocus()
            return

        def confirm(vault: Vault) -> CoordinatorCard | None:
            local.confirm_coordinator_card(vault, heard)
            return local.coordinator_card(vault)

        VaultOp(self, confirm, session=self.session).success(self._confirmed).failure(
            lambda exc, text: self.message.setText(
                text if not isinstance(exc, ExchangeRejected) else self.tr("This card could not be trusted."))).run()

    def _confirmed(self, current: CoordinatorCard | None) -> None:
        self.coordinator = current
        self.message.clear()
        self._show_coordinator()
        saved(self)  # the card is trusted: the digits typed were used, closing asks nothing

    def save_card(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            self.message.setText(self.tr("Type the name the coordinator knows you by first."))
            self.name_edit.setFocus()
            return
        from trustdesk.ui.exchange.exchange_files import ask_save_path, write_file

        path = ask_save_path(self, self.tr("Save your contact card"), "trustdesk-card.tdcard",
                             self.tr("TrustDesk contact card (*.tdcard)"))
        if path is None:
            return

        def save(vault: Vault) -> ContactCard:
            from trustdesk.exchange import local

            card = local.my_card(vault, name)
            write_file(path, card.to_bytes())
            return card

        VaultOp(self, save, session=self.session).success(lambda card: self._saved(card, path.name)).failure(
            lambda _e, text: self.message.setText(text)).run_in_background()

    def _saved(self, card: ContactCard, file_name: str) -> None:
        self.card = card
        self.fingerprint.setText(card.fingerprint)
        self.message.setText(self.tr("Saved as %1. Give it to the coordinator (mail or USB stick); it holds no "
                                     "secret. When the coordinator calls, read the digits above aloud.")
                             .replace("%1", file_name))
        saved(self)  # the name is on the card file now: closing asks nothing

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Contact cards"))
        self.setAccessibleName(self.tr("Contact cards"))
        self.mine.setTitle(self.tr("Your card"))
        self.mine_intro.setText(self.tr(
            "Your coordinator seals intakes for you with this card, and checks the figures you send with it. "
            "Give it once; it holds only public keys."))
        self.name_label.setText(self.tr("&Name on the card:"))
        self.name_edit.setAccessibleName(self.tr("Name on the card"))
        self.fingerprint_label.setText(self.tr("Fingerprint:"))
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of your card"))
        self.save_button.setText(self.tr("&Save card file…"))
        self.save_button.setAccessibleName(self.tr("Save your contact card as a file"))
        self.theirs.setTitle(self.tr("Your coordinator's card"))
        self.theirs_fingerprint.setAccessibleName(self.tr("Fingerprint of the coordinator's card"))
        self.heard.setPlaceholderText(self.tr("the digits read out by phone"))
        self.heard.setAccessibleName(self.tr("Fingerprint heard by phone"))
        self.confirm_button.setText(self.tr("&Check the digits and trust this card"))
        self.confirm_button.setAccessibleName(self.tr("Check the digits heard and trust the coordinator's card"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        if self.card is not None:
            self._show_coordinator()
