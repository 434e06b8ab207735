"""The referral letter dialog shows what the doctor's consent covers (issue 18, outside test: it never
did): the consented fields (the only ones the letter's fill-ins hold) and the doctor's own words, read
only, in the interface's language.  Checked over random consents in English, Dutch and French: every
agreed field is named, no other one is, the free-text scope is quoted, and the summary is a named label,
never an editable field."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import ProviderKind, SharedField
from trustdesk.domain.models import Case, Referral
from trustdesk.ui.documents.referral_letter import LetterDialog
from trustdesk.ui.kit.case_labels import shared_field_text
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=st.frozensets(st.sampled_from(list(SharedField))),
       scope=st.sampled_from(["", "naam en gsm-nummer", "seulement le nom, pas l’employeur"]),
       language=st.sampled_from(["en", "nl", "fr"]))
def test_the_letter_dialog_names_exactly_what_the_consent_covers(
        qtbot: QtBot, session: VaultSession, vault: Vault, translations: Translations,
        fields: frozenset[SharedField], scope: str, language: str) -> None:
    translations.install(language)
    case = vault.cases.add(Case(code="", opened_on=date(2026, 3, 2)))
    referral = vault.referrals.add(Referral(
        case_id=case.id or 0, provider_name="Dr. Koen Maes", provider_kind=ProviderKind.PSYCHIATRIST,
        reason="slaapt slecht", consent_given=True, consent_date=date(2026, 3, 2), consent_scope=scope,
        consent_fields=fields))
    dialog = LetterDialog(session, referral.id or 0)
    qtbot.addWidget(dialog)
    assert not dialog.failed
    shown = dialog.findChild(QLabel, "letter_consent")
    assert shown is not None and shown.isVisibleTo(dialog) and shown.accessibleName()
    text = shown.text()
    for field in SharedField:
        named = shared_field_text(field) in text
        # "Name" is also a word of "Phone number" etc. in no language used here; checked both ways
        assert named == (field in fields) or (named and any(shared_field_text(field) in shared_field_text(f)
                                                            for f in fields if f != field)), (language, field, text)
    if scope:
        assert scope in text
    if not fields:
        assert text  # says plainly that nothing about the doctor may be given
    dialog.close()
