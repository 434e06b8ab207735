"""Referrals on a case, the issue's UI flow against a real vault: add a provider -> refer with the
doctor's consent -> write the letter from a template -> step through the statuses.  Also: no letter
without consent, the conflict-of-interest flag in the picker, lock clears the tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from trustdesk.documents.letter_context import LETTERHEAD_NAME
from trustdesk.domain.enums import Language, ProviderKind, ReferralStatus
from trustdesk.domain.models import Case, Provider, Referral
from trustdesk.ui.case.referral_dialog import ReferralDialog, conflict_text
from trustdesk.ui.case.referrals_tab import ReferralsTab
from trustdesk.ui.documents.referral_letter import LetterDialog
from trustdesk.ui.documents.template_editor import raw_text
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


@pytest.fixture
def case(vault: Vault) -> Case:
    return vault.cases.add(Case(code="", opened_on=date(2026, 10, 2), language=Language.FR,
                                doctor_name="Dr Sophie Lambert", workplace="CHU Saint-Pierre Bruxelles",
                                specialty="urgences"))


@pytest.fixture
def tab(qtbot: QtBot, session: VaultSession, case: Case) -> ReferralsTab:
    t = ReferralsTab(session, case.id or 0)
    qtbot.addWidget(t)
    return t


def kept_text(letter: LetterDialog, vault: Vault, referral_id: int, text: str) -> str:
    letter.text.setPlainText(text)
    letter.keep()
    kept = vault.referrals.get(referral_id)
    return kept.letter_text if kept else ""


def test_refer_with_consent_write_the_letter_and_step_through(qtbot: QtBot, tab: ReferralsTab, vault: Vault,
                                                               case: Case) -> None:
    vault.settings.set(LETTERHEAD_NAME, "Dr Jean Lambert")
    psy = vault.providers.add(Provider(kind=ProviderKind.PSYCHOLOGIST, name="Marie Dubois",
                                       organisation="Cabinet Les Tilleuls", languages=frozenset({Language.FR}),
                                       address="Rue de l'Église 1\n4000 Liège", sees_physicians=True))
    assert tab.stack.currentIndex() == 1  # the empty state

    dialog = tab.new_referral()
    assert isinstance(dialog, ReferralDialog)
    qtbot.waitUntil(lambda: dialog.ready)  # the directory is read in a worker
    dialog.search.setText("tilleuls")
    assert dialog.picker.count() == 1
    dialog.picker.setCurrentRow(0)
    assert dialog.provider_name.text() == "Marie Dubois"
    assert dialog.provider_kind.currentData() == ProviderKind.PSYCHOLOGIST.value
    dialog.reason.setPlainText("épuisement professionnel, souhaite un suivi")
    dialog.consent.setChecked(True)
    dialog.consent_date.setDate(QDate(2026, 11, 20))
    dialog.consent_scope.setText("nom, téléphone et une brève description")
    from trustdesk.domain.enums import SharedField

    for field in (SharedField.NAME, SharedField.SPECIALTY, SharedField.REASON):  # what the doctor agreed to
        dialog.shared[field].setChecked(True)
    dialog.save()
    [stored] = vault.referrals.for_case(case.id or 0)
    assert stored.provider_id == psy.id and stored.consent_given and stored.consent_date == date(2026, 11, 20)
    assert stored.status == ReferralStatus.CONSENTED  # consent recorded: the first step is taken
    assert stored.consent_fields == {SharedField.NAME, SharedField.SPECIALTY, SharedField.REASON}
    assert stored.status_dates[ReferralStatus.CONSENTED.value] == "2026-11-20"

    qtbot.waitUntil(lambda: tab.current_referral() is not None)
    assert tab.stack.currentIndex() == 0
    assert tab.list.topLevelItem(0).text(1) == "Consent given"  # type: ignore[union-attr]
    assert not tab.list.topLevelItem(0).icon(1).isNull()  # type: ignore[union-attr]
    assert tab.letter_button.isEnabled()
    assert not tab.pdf_button.isEnabled()

    letter = tab.write_letter()
    assert isinstance(letter, LetterDialog)
    assert letter.language.currentData() == "fr"  # the case's language
    template = letter.current_template()
    assert template is not None and template.kind.value == "referral_psy" and template.language == Language.FR
    text = raw_text(letter.text)  # toPlainText() would turn the French no-break spaces into plain ones
    assert "Dr Sophie Lambert (urgences)" in text and "Motif de l’orientation\u00a0: épuisement professionnel" in text
    assert text.rstrip().endswith("Dr Jean Lambert\nPersonne de confiance, plateforme d’aide aux médecins")
    assert "\u00a0:" in kept_text(letter, vault, stored.id or 0, text)  # French typography survives keeping
    assert "{{" not in text
    letter.text.setPlainText(text + "\nPS\u00a0: merci de votre disponibilité.")
    letter.keep()
    kept = vault.referrals.get(stored.id or 0)
    assert kept is not None and kept.letter_text.endswith("merci de votre disponibilité.")
    assert kept.letter_language == Language.FR and kept.template_id == template.id
    qtbot.waitUntil(lambda: tab.pdf_button.isEnabled())
    pdf = tab.letter_pdf_bytes()
    assert pdf is not None and pdf.startswith(b"%PDF")
    preview = tab.letter_pdf()  # the document-output preview (Save/Print ask for the passphrase there)
    from trustdesk.ui.output.pdf_preview import PdfPreviewDialog

    assert isinstance(preview, PdfPreviewDialog)
    preview.close()

    # statuses: only the allowed steps are offered, each with its date
    offered = [tab.step.itemData(i) for i in range(tab.step.count())]
    assert offered == ["letter_sent", "accepted", "declined"]
    tab.step.setCurrentIndex(offered.index("letter_sent"))
    tab.step_date.setDate(QDate(2026, 11, 21))
    tab.record_step()
    assert vault.referrals.get(stored.id or 0).status == ReferralStatus.LETTER_SENT  # type: ignore[union-attr]
    assert not tab.letter_button.isEnabled()  # what was sent stays what was sent
    assert "sent" in tab.letter_button.toolTip()
    assert [tab.step.itemData(i) for i in range(tab.step.count())] == ["accepted", "declined"]
    for step in ("accepted", "first_appointment", "ended"):
        tab.step.setCurrentIndex(tab.step.findData(step))
        tab.record_step()
    final = vault.referrals.get(stored.id or 0)
    assert final is not None and final.status == ReferralStatus.ENDED
    assert set(final.status_dates) == {"proposed", "consented", "letter_sent", "accepted", "first_appointment", "ended"}
    assert tab.step.count() == 0 and not tab.step_button.isEnabled()
    assert "Ended" in tab.details.toPlainText() and "Letter sent" in tab.details.toPlainText()


def test_no_letter_without_recorded_consent(qtbot: QtBot, tab: ReferralsTab, vault: Vault, case: Case) -> None:
    referral = vault.referrals.add(Referral(case_id=case.id or 0, provider_name="Huisartsenpraktijk De Brug",
                                            provider_kind=ProviderKind.GP, reason="opvolging slaap"))
    tab.refresh()
    tab.select_referral(referral.id)
    assert not tab.letter_button.isEnabled()
    assert "consent" in tab.letter_button.toolTip()
    assert tab.write_letter() is None
    # the dialog refuses too, should it be opened another way
    dialog = LetterDialog(tab.session, referral.id or 0)
    qtbot.addWidget(dialog)
    assert dialog.failed and not dialog.keep_button.isEnabled()
    assert "consent" in dialog.problem.text()
    dialog.keep()
    assert vault.referrals.get(referral.id or 0).letter_text == ""  # type: ignore[union-attr]
    # a step that needs consent is refused in words
    tab.step.setCurrentIndex(tab.step.findData("consented"))
    assert tab.record_step() is None
    assert tab.message.text() and vault.referrals.get(referral.id or 0).status == ReferralStatus.PROPOSED  # type: ignore[union-attr]


def test_typed_in_provider_without_directory_entry(qtbot: QtBot, tab: ReferralsTab, vault: Vault, case: Case) -> None:
    dialog = tab.new_referral()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready)  # the directory is read in a worker
    dialog.save()
    assert dialog.saved is None and dialog.message.text()  # a provider is needed
    dialog.provider_name.setText("Dr. Koen Maes, psychiater")
    dialog.provider_kind.setCurrentIndex(dialog.provider_kind.findData(ProviderKind.PSYCHIATRIST.value))
    dialog.save()
    [stored] = vault.referrals.for_case(case.id or 0)
    assert stored.provider_id is None and stored.provider_name == "Dr. Koen Maes, psychiater"
    assert stored.status == ReferralStatus.PROPOSED and not stored.consent_given


def test_conflict_of_interest_is_flagged_in_the_picker(qtbot: QtBot, tab: ReferralsTab, vault: Vault) -> None:
    vault.providers.add(Provider(kind=ProviderKind.PSYCHIATRIST, name="Dr Paul Renard",
                                 organisation="CHU St-Pierre (Bruxelles)"))
    vault.providers.add(Provider(kind=ProviderKind.PSYCHOLOGIST, name="Claire Petit", organisation="Cabinet Ixelles"))
    dialog = tab.new_referral()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready)  # the directory is read in a worker
    assert dialog.flagged_names() == ["Dr Paul Renard"]
    items = {dialog.picker.item(i).text(): dialog.picker.item(i) for i in range(dialog.picker.count())}  # type: ignore[union-attr]
    flagged = [text for text in items if conflict_text() in text]
    assert len(flagged) == 1 and flagged[0].startswith("Dr Paul Renard")
    assert not items[flagged[0]].icon().isNull()  # an icon and words, never colour alone
    assert all(conflict_text() not in text for text in items if text.startswith("Claire Petit"))
    dialog.search.setText("renard")
    dialog.picker.setCurrentRow(0)
    assert dialog.conflict_note.isVisibleTo(dialog)
    assert "Dr Paul Renard" in dialog.conflict_note.text() and conflict_text() in dialog.conflict_note.text()
    dialog.search.setText("claire")
    assert dialog.conflict_note.isVisibleTo(dialog)  # searching on does not hide the warning
    dialog.picker.setCurrentRow(0)
    assert not dialog.conflict_note.isVisibleTo(dialog)


def test_the_chosen_provider_stays_linked_while_searching_and_after_deletion(
        qtbot: QtBot, tab: ReferralsTab, vault: Vault, case: Case, session: VaultSession) -> None:
    from trustdesk.packs.installation import forget_item

    psy = vault.providers.add(Provider(kind=ProviderKind.PSYCHOLOGIST, name="Marie Dubois", phone="04 222 33 44"))
    dialog = tab.new_referral()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready)  # the directory is read in a worker
    dialog.search.setText("dubois")
    dialog.picker.setCurrentRow(0)
    dialog.search.setText("something else entirely")  # the list no longer shows her
    assert dialog.picker.count() == 0
    dialog.save()
    [stored] = vault.referrals.for_case(case.id or 0)
    assert stored.provider_id == psy.id and stored.provider_name == "Marie Dubois"
    forget_item(vault, psy)  # deleting the directory entry keeps the referral and its name
    [after] = vault.referrals.for_case(case.id or 0)
    assert after.provider_id is None and after.provider_name == "Marie Dubois"
    tab.refresh()
    assert tab.list.topLevelItem(0).text(0) == "Marie Dubois"  # type: ignore[union-attr]


def test_no_workplace_means_no_flag(qtbot: QtBot, tab: ReferralsTab, vault: Vault, session: VaultSession) -> None:
    bare = vault.cases.add(Case(code="", opened_on=date(2026, 11, 1)))
    vault.providers.add(Provider(kind=ProviderKind.PSYCHIATRIST, name="Dr Paul Renard", organisation="CHU St-Pierre"))
    dialog = ReferralDialog(session, bare.id or 0)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready)  # the directory is read in a worker
    assert dialog.flagged_names() == []
    dialog.deleteLater()


def test_lock_clears_the_tab(qtbot: QtBot, tab: ReferralsTab, vault: Vault, case: Case,
                             session: VaultSession) -> None:
    vault.referrals.add(Referral(case_id=case.id or 0, provider_name="Dr Paul Renard", reason="suivi"))
    tab.refresh()
    dialog = tab.edit_current()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready)  # the directory is read in a worker
    assert dialog is not None and tab.details.toPlainText()
    session.lock()
    assert tab.list.topLevelItemCount() == 0 and tab.details.toPlainText() == "" and tab.dialog is None


def _inside_combo_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def test_every_interactive_widget_is_named(qtbot: QtBot, tab: ReferralsTab, vault: Vault, case: Case) -> None:
    referral = vault.referrals.add(Referral(case_id=case.id or 0, provider_name="X", consent_given=True,
                                            consent_date=date.today()))
    tab.refresh()
    dialog = tab.edit_current()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready)  # the directory is read in a worker
    letter = LetterDialog(tab.session, referral.id or 0)
    qtbot.addWidget(letter)
    unnamed = []
    for top in (tab, dialog, letter):
        for widget in top.findChildren(QWidget):  # type: ignore[union-attr]
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.objectName().startswith("qt_"):
                continue
            if _inside_combo_box(widget) or type(widget).__name__ == "QCalendarWidget":
                continue
            if not widget.objectName() or not widget.accessibleName():
                unnamed.append(f"{type(top).__name__}: {type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []


def test_the_relevant_providers_come_first_with_why(qtbot: QtBot, vault: Vault, session: VaultSession) -> None:
    from trustdesk.domain.enums import CareDomain, KnowledgeDomain, Province

    case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 1), language=Language.NL, region="antwerp",
                                domains=frozenset({KnowledgeDomain.BURNOUT})))
    from trustdesk.packs.installation import STARTER_ID, STARTER_VERSION, version_setting

    vault.settings.set(version_setting(STARTER_ID), STARTER_VERSION)  # its starter entries removed: only these
    vault.providers.add(Provider(kind=ProviderKind.GP, name="Aaa Huisarts"))
    vault.providers.add(Provider(kind=ProviderKind.PSYCHOLOGIST, name="Zzz Burn-out", languages=frozenset({Language.NL}),
                                 domains=frozenset({CareDomain.BURNOUT}), regions=frozenset({Province.ANTWERP})))
    dialog = ReferralDialog(session, case.id or 0)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ready)
    assert dialog.relevant_names() == [("Zzz Burn-out", "Burn-out \u00b7 Antwerp \u00b7 Dutch-speaking")]
    first = dialog.picker.item(0)
    assert first is not None and first.text().startswith("Zzz Burn-out")
    assert "Burn-out \u00b7 Antwerp \u00b7 Dutch-speaking" in first.text()
