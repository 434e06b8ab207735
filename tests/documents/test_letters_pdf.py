"""Referral letter and recovery kit PDFs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conftest import FREE_TEXT, PROVIDER_NAME, FilledCase, pdf_text, qpdf_check

from trustdesk.documents import DocumentError, recovery_kit_pdf, referral_letter_pdf, render
from trustdesk.documents.letter_context import referral_context
from trustdesk.documents.library import default_templates
from trustdesk.domain.enums import Language, SharedField
from trustdesk.domain.models import Referral


def _with_letter(filled: FilledCase, language: Language = Language.NL) -> Referral:
    filled.vault.settings.set("letterhead.name", "Dr. Briefhoofdmarker")
    filled.vault.settings.set("letterhead.contact", "0470 55 44 33 · contactregelmarker@example.be")
    body = next(t.body for t in default_templates() if t.source_key == f"{language.value}/referral_psy")
    agreed = filled.vault.referrals.update(replace(filled.referral, consent_fields=frozenset(SharedField)))
    text = render(body, referral_context(filled.vault, agreed.id, language=language))
    return filled.vault.referrals.update(replace(agreed, letter_text=text, letter_language=language))


def test_referral_letter_has_letterhead_text_and_consent_line(filled: FilledCase, tmp_path: Path) -> None:
    referral = _with_letter(filled)
    pdf = referral_letter_pdf(filled.vault, referral.id, today=date(2026, 2, 12))
    qpdf_check(pdf, tmp_path)
    text = pdf_text(pdf)
    assert "Dr. Briefhoofdmarker" in text and "contactregelmarker@example.be" in text
    assert PROVIDER_NAME in text and "Brugstraat 3" in text and "12 februari 2026" in text
    assert FREE_TEXT["referral_reason"] in text  # from the rendered template (the consent covers the reason)
    assert "toestemming van de betrokken arts, gegeven op 10 februari 2026" in text
    assert FREE_TEXT["consent_scope"] in text
    assert "Vertrouwelijk" in text and "Pagina 1 van 1" in text
    assert filled.case.code not in text  # a letter to a provider names no case code


def test_referral_letter_in_french(filled: FilledCase) -> None:
    referral = _with_letter(filled, Language.FR)
    text = pdf_text(referral_letter_pdf(filled.vault, referral.id, today=date(2026, 2, 12)))
    assert "Chère collègue, cher collègue" in text and "consentement du médecin concerné, donné le 10 février 2026" in text
    assert "Confidentiel" in text


def test_no_letter_without_text_or_consent(filled: FilledCase) -> None:
    with pytest.raises(DocumentError, match="no letter text"):
        referral_letter_pdf(filled.vault, filled.referral.id)
    no_consent = filled.vault.referrals.add(Referral(case_id=filled.case.id, provider_name="X"))
    with pytest.raises(DocumentError, match="consent"):
        referral_letter_pdf(filled.vault, no_consent.id)
    with pytest.raises(DocumentError):
        referral_letter_pdf(filled.vault, 99999)


@pytest.mark.parametrize(("language", "needles"), [
    ("nl", ["TrustDesk-herstelkit", "Waarvoor dient deze code?", "Laptop verloren of gestolen?", "Vertrouwelijk"]),
    ("fr", ["Kit de récupération TrustDesk", "Où le conserver ?", "Ordinateur perdu ou volé ?", "Confidentiel"]),
    ("en", ["TrustDesk recovery kit", "Where to keep it", "Laptop lost or stolen?", "Confidential"]),
    ("de", ["TrustDesk recovery kit"]),
])
def test_recovery_kit(language: str, needles: list[str], tmp_path: Path) -> None:
    code = "7Q2M-K9XD-4HRT-ZZ3B-8P0C-WE6N-1FJA"
    pdf = recovery_kit_pdf(code, "0123456789abcdef0123456789abcdef", language, today=date(2026, 11, 26))
    qpdf_check(pdf, tmp_path)
    text = pdf_text(pdf)
    assert code in text and "0123456789abcdef0123456789abcdef" in text
    for needle in needles:
        assert needle in text
    assert "26" in text and "2026" in text


def test_pdf_metadata_title_is_neutral(filled: FilledCase) -> None:
    referral = _with_letter(filled)
    pdf = referral_letter_pdf(filled.vault, referral.id)
    assert b"TrustDesk-document" in pdf or b"TrustDesk" in pdf
    for secret in (filled.case.code.encode(), b"Zwanenburgmarker"):
        # Text is compressed in content streams; the metadata (uncompressed) must not name the case.
        info = pdf[pdf.find(b"/Title"):pdf.find(b"/Title") + 200]
        assert secret not in info
