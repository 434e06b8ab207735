"""A referral of a case: the provider (picked from the directory, or typed in), the reason, the
doctor's consent and the feedback notes.

The picker flags every provider whose name or organisation overlaps the doctor's workplace
(``trustdesk.domain.conflicts.overlaps``) with an icon and the words "may be a direct colleague of
the doctor", so a doctor is never referred, unknowingly, to a direct colleague.

Recording consent on a proposed referral moves it to "consented" (dated with the consent).  Once a
letter was written with that consent, the consent can no longer be taken back here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.conflicts import is_conflict
from trustdesk.domain.enums import Language, ProviderKind, ReferralStatus, RiskLevel, SharedField
from trustdesk.domain.knowledge import Relevance, relevant_providers
from trustdesk.domain.models import Case, Provider, Referral
from trustdesk.domain.rules import current_risk
from trustdesk.ui.directory.providers_model import ProviderFilter, kind_text, search_text
from trustdesk.ui.kit.appearance import clearable, filter_leads_to, save_cancel
from trustdesk.ui.kit.case_labels import care_domain_text, date_format, province_text, shared_field_text
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.date_field import DateField
from trustdesk.ui.kit.lock_bound import ClosesOnLock
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.risk_badge import attention_icon
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import VaultOp, VaultSession

if TYPE_CHECKING:
    from trustdesk.vault import Vault

PROVIDER_ID_ROLE = Qt.ItemDataRole.UserRole



def conflict_text() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ReferralDialog", "may be a direct colleague of the doctor")


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def why_text(relevance: Relevance) -> str:
    """Why a provider is among the first choices: "Burn-out · Antwerp · nl" (empty when it is not)."""
    from PySide6.QtCore import QCoreApplication

    if not relevance.relevant:
        return ""
    parts = [care_domain_text(d) for d in relevance.domains]
    if relevance.crisis:
        parts.append(QCoreApplication.translate("ReferralDialog", "crisis line (high risk)"))
    if relevance.province is not None:
        parts.append(province_text(relevance.province))
    if relevance.language is not None:  # a language by its name: a bare "nl" read as an entry of its own
        parts.append(spoken_language_text(relevance.language))
    return " \u00b7 ".join(parts)


def spoken_language_text(language: Language) -> str:
    """The language a provider shares with the case, in the interface language ("Dutch-speaking")."""
    from PySide6.QtCore import QCoreApplication

    return {Language.NL: QCoreApplication.translate("ReferralDialog", "Dutch-speaking"),
            Language.FR: QCoreApplication.translate("ReferralDialog", "French-speaking"),
            Language.EN: QCoreApplication.translate("ReferralDialog", "English-speaking"),
            Language.DE: QCoreApplication.translate("ReferralDialog", "German-speaking")}[language]


def why_line(why: str) -> str:
    """The picker item's second line: says it is why the provider above fits, not another entry."""
    from PySide6.QtCore import QCoreApplication

    return "\n    \u2605 " + QCoreApplication.translate("ReferralDialog", "Suits this case: %1").replace("%1", why)


@dataclass(frozen=True, slots=True)
class PickerData:
    case: Case | None
    providers: list[Provider]  # the relevant ones for the case first (``relevant_providers``)
    haystacks: dict[int | None, str]
    conflicts: set[int | None]
    relevance: dict[int | None, Relevance]


class ReferralDialog(ClosesOnLock, Retranslates, QDialog):
    """New referral (``referral=None``) or edit one; ``saved`` holds the stored referral."""

    loaded = Signal()  # the case and the directory (read in a worker) are in the form: ``ready``

    def __init__(self, session: VaultSession, case_id: int, referral: Referral | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referral_dialog")
        self.session = session
        self.case_id = case_id
        self.original = referral
        self.saved: Referral | None = None
        self.case: Case | None = None
        self.providers: list[Provider] = []
        self.chosen: Provider | None = None  # the directory entry picked last (kept while searching)
        self._haystacks: dict[int | None, str] = {}
        self._conflicts: set[int | None] = set()
        self._relevance: dict[int | None, Relevance] = {}
        fit_to_screen(self, 620, 680)

        self.search = guard_text(QLineEdit(self))
        self.search.setObjectName("referral_provider_search")
        clearable(self.search)
        self.picker = QListWidget(self)
        self.picker.setObjectName("referral_provider_list")
        # long names and organisations wrap (cut at the end, whole in the tooltip): never a sideways scroll
        self.picker.setWordWrap(True)
        self.picker.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.picker.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.picker.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.picker.setMinimumHeight(150)
        filter_leads_to(self.search, self.picker)  # Down/Return: from the search to the providers it found
        self.conflict_note = QLabel(self)
        self.conflict_note.setObjectName("referral_conflict_note")
        self.conflict_note.setWordWrap(True)
        self.conflict_note.hide()
        self.provider_name = guard_text(QLineEdit(self))
        self.provider_name.setObjectName("referral_provider_name")
        self.provider_kind = QComboBox(self)
        self.provider_kind.setObjectName("referral_provider_kind")
        for kind in ProviderKind:
            self.provider_kind.addItem(kind_text(kind), kind.value)
        self.reason = guard_text(QPlainTextEdit(self), document=True)
        self.reason.setObjectName("referral_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().height() * 4)
        self.consent = QCheckBox(self)
        self.consent.setObjectName("referral_consent")
        self.consent_date = DateField(self)
        self.consent_date.past_event()
        self.consent_date.setObjectName("referral_consent_date")
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat(date_format())
        self.consent_date.setDate(_qdate(date.today()))
        self.consent_scope = guard_text(QLineEdit(self))
        self.consent_scope.setObjectName("referral_consent_scope")
        # what the letter may say about the doctor, field by field: nothing is ticked for him or her
        self.shared: dict[SharedField, QCheckBox] = {}
        for shared in SharedField:
            box = QCheckBox(self)
            box.setObjectName(f"referral_shares_{shared.value}")
            self.shared[shared] = box
        self.feedback = guard_text(QPlainTextEdit(self), document=True)
        self.feedback.setObjectName("referral_feedback")
        self.feedback.setTabChangesFocus(True)
        self.feedback.setFixedHeight(self.fontMetrics().height() * 4)
        self.message = QLabel(self)
        self.message.setObjectName("referral_message")
        self.message.setWordWrap(True)
        self.message.hide()

        self.provider_box = QGroupBox(self)
        provider_layout = QVBoxLayout(self.provider_box)
        self.search_label = QLabel(self.provider_box)
        self.search_label.setBuddy(self.search)
        provider_layout.addWidget(self.search_label)
        provider_layout.addWidget(self.search)
        provider_layout.addWidget(self.picker, 1)
        provider_layout.addWidget(self.conflict_note)
        typed = QFormLayout()
        self.name_label = QLabel(self.provider_box)
        self.name_label.setBuddy(self.provider_name)
        self.kind_label = QLabel(self.provider_box)
        self.kind_label.setBuddy(self.provider_kind)
        typed.addRow(self.name_label, self.provider_name)
        typed.addRow(self.kind_label, self.provider_kind)
        provider_layout.addLayout(typed)

        self.consent_box = QGroupBox(self)
        consent_layout = QFormLayout(self.consent_box)
        consent_layout.addRow(self.consent)
        self.consent_date_label = QLabel(self.consent_box)
        self.consent_date_label.setBuddy(self.consent_date)
        self.scope_label = QLabel(self.consent_box)
        self.scope_label.setBuddy(self.consent_scope)
        consent_layout.addRow(self.consent_date_label, self.consent_date)
        consent_layout.addRow(self.scope_label, self.consent_scope)
        self.shared_label = QLabel(self.consent_box)
        shared_grid = QGridLayout()
        for index, box in enumerate(self.shared.values()):
            shared_grid.addWidget(box, index // 3, index % 3)
        consent_layout.addRow(self.shared_label, shared_grid)

        form = QFormLayout()
        self.reason_label = QLabel(self)
        self.reason_label.setBuddy(self.reason)
        self.feedback_label = QLabel(self)
        self.feedback_label.setBuddy(self.feedback)
        form.addRow(self.reason_label, self.reason)

        self.buttons, self.save_button, self.cancel_button = save_cancel(self, "referral", self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.provider_box, 1)
        layout.addLayout(form)
        layout.addWidget(self.consent_box)
        feedback_form = QFormLayout()
        feedback_form.addRow(self.feedback_label, self.feedback)
        layout.addLayout(feedback_form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.search.textChanged.connect(lambda _text: self._fill_picker())
        self.picker.currentItemChanged.connect(lambda _new, _old: self._picked())
        self.consent.toggled.connect(lambda _on: self._update_consent())
        self.close_on_lock(session)

        self.ready = False
        self.retranslate()
        VaultOp(self, self._read, session=session).success(self._loaded).run_in_background()

    # -- loading ----------------------------------------------------------------------------------

    def _read(self, vault: Vault) -> PickerData:
        """In a worker: the case, the directory, and what the picker needs worked out beforehand."""
        from trustdesk.packs.installation import ensure_starter_directory

        ensure_starter_directory(vault)  # whichever page was opened before (the providers page did it alone)
        case, providers = vault.cases.get(self.case_id), vault.providers.list()
        ranked: list[Relevance] = []
        if case is not None:
            risk = current_risk((c.risk for c in vault.contacts.for_case(self.case_id)), case.carried_risk) \
                if case.id is not None else RiskLevel.NOT_ASSESSED
            ranked = relevant_providers(case, providers, risk)
            providers = [r.provider for r in ranked]
        return PickerData(case, providers, {p.id: search_text(p) for p in providers},
                          {p.id for p in providers if is_conflict(p, case)},
                          {r.provider.id: r for r in ranked})

    def _loaded(self, data: PickerData) -> None:
        self.case, self.providers = data.case, data.providers
        self._haystacks, self._conflicts = data.haystacks, data.conflicts
        self._relevance = data.relevance
        self.ready = True
        referral = self.original
        if referral is not None:
            self.provider_name.setText(referral.provider_name)
            if referral.provider_kind is not None:
                self.provider_kind.setCurrentIndex(self.provider_kind.findData(referral.provider_kind.value))
            self.reason.setPlainText(referral.reason)
            self.consent.setChecked(referral.consent_given)
            if referral.consent_date is not None:
                self.consent_date.setDate(_qdate(referral.consent_date))
            self.consent_scope.setText(referral.consent_scope)
            for shared, box in self.shared.items():
                box.setChecked(shared in referral.consent_fields)
            self.feedback.setPlainText(referral.feedback)
        self._fill_picker()
        if referral is not None and referral.provider_id is not None:
            self.chosen = next((p for p in self.providers if p.id == referral.provider_id), None)
            self.select_provider(referral.provider_id)
        self._update_consent()
        self.loaded.emit()

    def _fill_picker(self) -> None:
        flt = ProviderFilter(text=self.search.text())
        chosen = self.chosen
        with QSignalBlocker(self.picker):
            self.picker.clear()
            for provider in self.providers:
                if not flt.matches(provider, self._haystacks.get(provider.id)):
                    continue
                text = provider.name + " \u2014 " + kind_text(provider.kind)
                if provider.organisation and provider.organisation != provider.name:
                    text += f" ({provider.organisation})"
                relevance = self._relevance.get(provider.id)
                why = why_text(relevance) if relevance is not None else ""
                if why:
                    text += why_line(why)
                item = QListWidgetItem(text, self.picker)
                item.setData(PROVIDER_ID_ROLE, provider.id)
                whole = text.split("\n")[0]  # the row's first line, whole (it may be cut on screen)
                item.setToolTip(whole)
                if why:
                    item.setToolTip(whole + "\n" + self.tr("Relevant for this case: %1").replace("%1", why))
                if provider.id in self._conflicts:
                    item.setText(text + "\n\u26a0 " + conflict_text())
                    item.setIcon(attention_icon())
                    item.setToolTip(whole + "\n" + conflict_text())
                else:
                    item.setIcon(QIcon())
                if chosen is not None and provider.id == chosen.id:
                    self.picker.setCurrentItem(item)
        self._update_conflict_note()

    def select_provider(self, provider_id: int) -> None:
        for row in range(self.picker.count()):
            item = self.picker.item(row)
            if item is not None and item.data(PROVIDER_ID_ROLE) == provider_id:
                self.picker.setCurrentItem(item)
                return

    def picked_provider(self) -> Provider | None:
        item = self.picker.currentItem()
        if item is None:
            return None
        return next((p for p in self.providers if p.id == item.data(PROVIDER_ID_ROLE)), None)

    def relevant_names(self) -> list[tuple[str, str]]:
        """(name, why) of the providers shown first as relevant for the case, in their order."""
        return [(p.name, why_text(self._relevance[p.id])) for p in self.providers
                if p.id in self._relevance and self._relevance[p.id].relevant]

    def flagged_names(self) -> list[str]:
        """The providers the picker flags as possible colleagues (for tests and screen readers)."""
        return [p.name for p in self.providers if p.id in self._conflicts]

    def _picked(self) -> None:
        provider = self.picked_provider()
        if provider is not None:
            self.chosen = provider
            self.provider_name.setText(provider.name)
            self.provider_kind.setCurrentIndex(self.provider_kind.findData(provider.kind.value))
        self._update_conflict_note()

    def _update_conflict_note(self) -> None:
        provider = self.chosen
        if provider is not None and provider.id in self._conflicts:
            self.conflict_note.setText(self.tr(
                "\u26a0 %1 %2: the doctor's workplace and this provider overlap. Check before referring.")
                .replace("%1", provider.name).replace("%2", conflict_text()))
            self.conflict_note.show()
        else:
            self.conflict_note.hide()

    def _update_consent(self) -> None:
        on = self.consent.isChecked()
        self.consent_date.setEnabled(on)
        self.consent_scope.setEnabled(on)
        for box in self.shared.values():
            box.setEnabled(on)
        locked = self.original is not None and bool(self.original.letter_text) and self.original.consent_given
        self.consent.setEnabled(not locked)
        self.consent.setToolTip(self.tr("A letter was written with this consent; it stays recorded.")
                                if locked else "")

    # -- texts ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New referral") if self.original is None else self.tr("Edit referral"))
        self.provider_box.setTitle(self.tr("Provider"))
        self.search_label.setText(self.tr("&Search the directory:"))
        self.name_label.setText(self.tr("&Name (or type one not in the directory):"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.consent_box.setTitle(self.tr("The doctor's consent"))
        self.consent.setText(self.tr("The doctor &agrees to this referral"))
        self.consent_date_label.setText(self.tr("Consent &given on:"))
        self.scope_label.setText(self.tr("&What may be shared:"))
        self.consent_scope.setPlaceholderText(self.tr("e.g. name, phone number and a short description"))
        self.shared_label.setText(self.tr("In the letter:"))
        texts = {shared: shared_field_text(shared) for shared in SharedField}
        for shared, box in self.shared.items():
            box.setText(texts[shared])
            box.setAccessibleName(self.tr("The letter may give: %1").replace("%1", texts[shared]))
        self.feedback_label.setText(self.tr("&Feedback notes:"))
        names = ((self.search, self.tr("Search the directory")), (self.picker, self.tr("Providers to choose from")),
                 (self.provider_name, self.tr("Provider name")), (self.provider_kind, self.tr("Kind of provider")),
                 (self.reason, self.tr("Reason for the referral")),
                 (self.consent, self.tr("The doctor agrees to this referral")),
                 (self.consent_date, self.tr("Date the consent was given")),
                 (self.consent_scope, self.tr("What may be shared")), (self.feedback, self.tr("Feedback notes")),
                 (self.save_button, self.tr("Save the referral")), (self.cancel_button, self.tr("Cancel")))
        for widget, name in names:
            widget.setAccessibleName(name)

    # -- saving -----------------------------------------------------------------------------------

    def referral(self) -> Referral:
        """The referral as the form describes it (not stored)."""
        provider = self.chosen
        name = self.provider_name.text().strip()
        provider_id = provider.id if provider is not None and provider.name == name else None
        consent = self.consent.isChecked()
        base = self.original or Referral(case_id=self.case_id)
        referral = replace(
            base, provider_id=provider_id, provider_name=name,
            provider_kind=ProviderKind(self.provider_kind.currentData()),
            reason=self.reason.toPlainText().strip(), consent_given=consent,
            consent_date=_pydate(self.consent_date.date()) if consent else None,
            consent_scope=self.consent_scope.text().strip() if consent else "",
            consent_fields=frozenset(f for f, box in self.shared.items() if box.isChecked()) if consent else frozenset(),
            feedback=self.feedback.toPlainText().strip())
        if consent and referral.status == ReferralStatus.PROPOSED and referral.consent_date is not None:
            dates = dict(referral.status_dates)
            dates.setdefault(ReferralStatus.PROPOSED.value, date.today().isoformat())
            dates[ReferralStatus.CONSENTED.value] = referral.consent_date.isoformat()
            referral = replace(referral, status=ReferralStatus.CONSENTED, status_dates=dates)
        return referral

    def save(self) -> None:
        referral = self.referral()
        if not referral.provider_name:
            self._say(self.tr("Choose a provider from the directory or type a name."))
            self.search.setFocus()
            return
        if referral.consent_given and not referral.consent_scope and not referral.consent_fields:
            # a consent covers something: what may be shared is said (or its fields ticked), never empty
            self._say(self.tr("Say what the doctor agreed may be shared, or tick the details it covers."))
            self.consent_scope.setFocus()
            return

        def store(vault: Vault) -> Referral:
            return vault.referrals.update(referral) if referral.id is not None else vault.referrals.add(referral)

        VaultOp(self, store, session=self.session).success(self._stored).failure(
            lambda _exc, sentence: self._say(sentence)).run()

    def _stored(self, referral: Referral) -> None:
        self.saved = referral
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def on_language_change(self) -> None:
        self.retranslate()
        if self.case is not None:
            self._fill_picker()
