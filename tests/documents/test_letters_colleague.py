"""The default letters read as a colleague writes them: a collegial salutation (never the practice's
name), "the doctor" rather than "her or his", one full stop after the reason whatever it ends with,
French typography, a signature with the trust person's name, role line, RIZIV/INAMI number and
contact line from the profile; the occupational physician's letter stays within the prevention
service (no GP follow-up, no sick leave)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.documents.labels import Labels
from trustdesk.documents.letter_context import sample_context, sentence
from trustdesk.documents.library import default_templates
from trustdesk.documents.templates import render
from trustdesk.domain.enums import TemplateKind
from trustdesk.domain.models import TrustPersonProfile
from trustdesk.vault import Vault

TEMPLATES = default_templates()
GENDERED = re.compile(r"\b(haar of (zijn|hem)|zijn of haar|hem of haar|hij of zij|zij of hij|zijn/haar|haar/zijn|"
                      r"hem/haar|hij/zij|his or her|her or his|him or her|he or she|lui ou elle)\b", re.IGNORECASE)
SALUTATIONS = {"nl": ("Geachte collega,", "Geachte mevrouw, geachte heer,", "Beste "),
               "fr": ("Chère Consœur, cher Confrère,", "Chère collègue, cher collègue,", "Madame, Monsieur,"),
               "en": ("Dear colleague,", "Dear Sir or Madam,", "Dear ")}
PROFILE = TrustPersonProfile(name="Dr. Els Vermeulen", title="psychiater", contact="0470 12 34 56 · els@example.be",
                             riziv="1-23456-78-901")


def _context(language: str, reason: str, profile: TrustPersonProfile = PROFILE) -> dict[str, object]:
    context = sample_context(language, today=date(2026, 3, 2))
    words = Labels(language)
    from trustdesk.documents.letter_context import role_line

    context["trust_person"] = {"name": profile.name, "title": profile.title, "role": role_line(words, profile),
                               "contact": profile.contact,
                               "riziv": words("letter.riziv", number=profile.riziv) if profile.riziv else ""}
    context["referral"] = {**context["referral"], "reason": sentence(reason)}  # type: ignore[dict-item]
    return context


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.source_key)
@pytest.mark.parametrize("reason", ["Slaapt slecht sinds de nachtdiensten.", "épuisement", "Wat nu?",
                                    "  twijfelt...  ", "Burn-out …", ""])
def test_every_default_letter_reads_as_a_colleague_wrote_it(template: object, reason: str) -> None:
    from trustdesk.domain.models import Template

    assert isinstance(template, Template)
    language = template.language.value
    text = render(template.body, _context(language, reason))
    first = text.splitlines()[0]
    assert first.startswith(SALUTATIONS[language]), first
    assert "Praktijk" not in first and "Cabinet" not in first and "Practice" not in first
    assert not GENDERED.search(text)
    assert ".." not in text.replace("...", "…") and "?." not in text and "…." not in text
    assert not re.search(r"\n\n\n", text)
    lines = [line.strip() for line in text.splitlines()]
    signature = lines[lines.index(PROFILE.name):]
    words = Labels(language)
    assert signature[1] == f"psychiater, {words('letter.role')}"
    assert words("letter.riziv", number="1-23456-78-901") in signature and PROFILE.contact in signature
    if language == "fr":
        text = text.replace(sentence(reason), "") if reason.strip() else text  # the user's words are theirs
        assert "'" not in text  # typographic apostrophes
        assert not re.search(r"[^\u00a0\s][:;?!](\s|$)", text), "no-break space before : ; ? !"
        assert not re.search(r" [:;?!]", text)


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_occupational_physician_letter_stays_within_the_prevention_service(language: str) -> None:
    by_kind = {t.kind: t for t in TEMPLATES if t.language.value == language}
    occupational = render(by_kind[TemplateKind.REFERRAL_OCCUPATIONAL].body, _context(language, "")).lower()
    gp = render(by_kind[TemplateKind.REFERRAL_GP].body, _context(language, "")).lower()
    prevention = {"nl": "preventiedienst", "fr": "service de prévention", "en": "prevention service"}[language]
    follow_up = {"nl": "opvolging als huisarts", "fr": "suivi médical", "en": "follow-up as general practitioner"}
    incapacity = {"nl": "arbeidsongeschikt", "fr": "incapacité", "en": "sick leave"}[language]
    assert prevention in occupational and "werkgever" in occupational if language == "nl" else prevention in occupational
    assert follow_up[language] not in occupational and incapacity not in occupational
    # the GP letter asks for the follow-up, and names no incapacity (nor any other problem area) that no consent
    # covers: tests/documents/test_gp_letter_consent_scope.py
    assert follow_up[language] in gp and incapacity not in gp


@given(st.text(alphabet=st.sampled_from("ab .?!…"), max_size=30))
@settings(max_examples=200)
def test_a_reason_ends_in_exactly_one_sentence_mark(reason: str) -> None:
    result = sentence(reason)
    if not reason.strip(" ."):
        assert result == ""
        return
    assert result[-1] in ".?!…" and not result.endswith(("..", "?.", "!.", "….")) and result == result.strip()


def test_an_empty_title_still_gives_a_role_line() -> None:
    text = render(next(t.body for t in TEMPLATES if t.source_key == "nl/referral_psy"),
                  _context("nl", "x", replace(PROFILE, title="", riziv="")))
    assert "\nVertrouwenspersoon, hulpplatform voor artsen\n" in text and "RIZIV" not in text


def test_the_profile_is_kept_in_the_vault_and_signs_the_letters(vault: Vault) -> None:
    from trustdesk.documents.letter_context import case_context
    from trustdesk.domain.models import Case

    assert vault.settings.profile() == TrustPersonProfile()
    vault.settings.set_profile(replace(PROFILE, name="  Dr. Els Vermeulen "))
    assert vault.settings.profile() == PROFILE
    case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 2)))
    assert case.id is not None
    person = case_context(vault, case.id, language="fr")["trust_person"]
    assert person["name"] == PROFILE.name and person["riziv"] == "numéro INAMI 1-23456-78-901"
    assert person["role"] == "psychiater, personne de confiance, plateforme d’aide aux médecins"


def test_unchanged_defaults_follow_the_shipped_text_changed_ones_stay(vault: Vault) -> None:
    from trustdesk.documents.library import ensure_default_templates

    ensure_default_templates(vault)
    stored = {t.source_key: t for t in vault.templates.list()}
    old_gp, old_psy = stored["nl/referral_gp"], stored["nl/referral_psy"]
    vault.templates.update(replace(old_gp, body="Geachte Praktijk Ter Linde,\n\nOude tekst met haar of zijn.."))
    vault.templates.update(replace(old_psy, body="Mijn eigen brief.", edited=True))
    ensure_default_templates(vault)
    stored = {t.source_key: t for t in vault.templates.list()}
    assert stored["nl/referral_gp"].body == old_gp.body  # unchanged by the user: the new text
    assert stored["nl/referral_psy"].body == "Mijn eigen brief."  # theirs: kept
    assert "nl/referral_occupational" in stored
