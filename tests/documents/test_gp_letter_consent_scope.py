"""The GP letter says no more than the doctor's consent covers (outside tester: with a consent to the
referral alone, the huisarts / médecin généraliste letter still asked for "attention to sleep, workload and
a possible incapacity for work" -- problem areas nobody agreed to tell).  Over every consent scope (each
subset of the consent's fields, the referral alone included) and every language: a field's value is in the
letter only when it was agreed, and once the agreed values are taken out, the letter names no complaint,
theme or problem area -- neither a case's domains nor words of the template's own."""

from __future__ import annotations

from datetime import date
from itertools import combinations

import pytest

from trustdesk.documents.labels import Labels
from trustdesk.documents.letter_context import build_context
from trustdesk.documents.library import default_templates
from trustdesk.documents.templates import render
from trustdesk.domain.enums import (
    KnowledgeDomain,
    Language,
    Profession,
    ProviderKind,
    SharedField,
    TemplateKind,
)
from trustdesk.domain.models import Case, Provider, Referral, TrustPersonProfile

VALUES = {SharedField.NAME: "Dr. Zora Quintelier", SharedField.PHONE: "0497 31 41 59",
          SharedField.EMAIL: "zora.q@example.be", SharedField.SPECIALTY: "neurochirurgie",
          SharedField.WORKPLACE: "AZ Xanadu", SharedField.REASON: "Slapeloosheid en uitputting sinds de nachtdiensten"}
# words that name a complaint or a problem area (besides the domains' own names), as the letters would write them
COMPLAINTS = {
    "nl": ("slaap", "werkbelasting", "arbeidsongeschikt", "ziekteverlof", "uitputting", "klacht", "angst",
           "alcohol", "verslaving", "zelfdoding", "stress", "trauma", "conflict"),
    "fr": ("sommeil", "charge de travail", "incapacité", "arrêt de travail", "épuisement", "plainte", "anxi",
           "alcool", "addiction", "suicid", "stress", "trauma", "conflit"),
    "en": ("sleep", "workload", "sick leave", "incapacity", "exhaust", "complaint", "anxi", "alcohol",
           "addiction", "suicid", "stress", "trauma", "conflict"),
}
USED = (SharedField.NAME, SharedField.SPECIALTY, SharedField.REASON)  # what the GP letter asks for
SCOPES = [frozenset(c) for n in range(len(SharedField) + 1) for c in combinations(SharedField, n)]
GP = {t.language.value: t for t in default_templates() if t.kind is TemplateKind.REFERRAL_GP}


def _letter(fields: frozenset[SharedField], language: str) -> str:
    case = Case(code="TD-2026-0042", opened_on=date(2026, 1, 5), language=Language(language), region="limburg",
                doctor_name=VALUES[SharedField.NAME], doctor_email=VALUES[SharedField.EMAIL],
                doctor_phone=VALUES[SharedField.PHONE], workplace=VALUES[SharedField.WORKPLACE],
                profession=Profession.PHYSICIAN, specialty=VALUES[SharedField.SPECIALTY],
                domains=frozenset(KnowledgeDomain))
    referral = Referral(case_id=1, provider_name="Praktijk De Linde", provider_kind=ProviderKind.GP,
                        reason=VALUES[SharedField.REASON], consent_given=True, consent_date=date(2026, 1, 20),
                        consent_fields=fields, consent_scope="")
    provider = Provider(kind=ProviderKind.GP, name="Dr. Lien De Linde", organisation="Praktijk De Linde")
    return render(GP[language].body, build_context(case=case, referral=referral, provider=provider,
                                                   profile=TrustPersonProfile(name="Dr. Els Vermeulen"),
                                                   language=language, today=date(2026, 3, 2)))


def themes(language: str) -> list[str]:
    words = Labels(language)
    return [*(words.enum(d).lower() for d in KnowledgeDomain), *COMPLAINTS[language]]


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_gp_letter_says_only_what_the_consent_covers(language: str) -> None:
    assert set(GP) == {"nl", "fr", "en"}
    for fields in SCOPES:
        letter = _letter(fields, language)
        rest = letter.lower()
        for field, value in VALUES.items():
            shown = value.rstrip(".").lower() in rest
            assert field in fields or not shown, (sorted(fields), field)
            assert shown or field not in fields or field not in USED, (sorted(fields), field)  # agreed: there
            rest = rest.replace(value.rstrip(".").lower(), "")
        said = [word for word in themes(language) if word in rest]
        assert not said, (sorted(fields), said, letter)


def test_the_check_finds_a_theme_of_the_templates_own() -> None:
    """The check would have failed the letter the tester read: its sentence on sleep and workload."""
    body = GP["nl"].body + "\nEen consultatie met aandacht voor slaap en werkbelasting lijkt mij zinvol.\n"
    letter = render(body, build_context(case=Case(code="", opened_on=date(2026, 1, 5)), referral=Referral(
        case_id=1, consent_given=True, consent_fields=frozenset()), language="nl"))
    assert [w for w in themes("nl") if w in letter.lower()] == ["slaap", "werkbelasting"]
