"""A referral letter holds exactly what the doctor's consent covers (issue 18: the letter showed the
specialty, which the consent did not cover).  For random subsets of the consent's fields, every
default template and a hostile template that asks for every fill-in: a field's value is in the letter
only when it was agreed, and the case's code, themes and region never are.  The PDF leaves room to
sign above the signer's name."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.documents.letter_context import build_context
from trustdesk.documents.letters import SIGNATURE_ROOM_MM, split_signature
from trustdesk.documents.library import default_templates
from trustdesk.documents.templates import render
from trustdesk.domain.enums import KnowledgeDomain, Language, Profession, ProviderKind, SharedField
from trustdesk.domain.models import Case, Contact, Provider, Referral, TrustPersonProfile

VALUES = {SharedField.NAME: "Dr. Zora Quintelier", SharedField.PHONE: "0497 31 41 59",
          SharedField.EMAIL: "zora.q@example.be", SharedField.SPECIALTY: "neurochirurgie",
          SharedField.WORKPLACE: "AZ Xanadu", SharedField.REASON: "Slapeloosheid sinds de nachtdiensten"}
EVERY_FILL_IN = ("{{ doctor.name }}|{{ doctor.phone }}|{{ doctor.email }}|{{ doctor.specialty }}|"
                 "{{ doctor.workplace }}|{{ referral.reason }}|{{ case.code }}|{{ case.domains }}|{{ case.region }}")
REFERRALS = [t for t in default_templates() if t.kind.value.startswith("referral")]


def _context(fields: frozenset[SharedField], language: str) -> dict[str, object]:
    case = Case(code="TD-2026-0042", opened_on=date(2026, 1, 5), language=Language(language), region="limburg",
                doctor_name=VALUES[SharedField.NAME], doctor_email=VALUES[SharedField.EMAIL],
                doctor_phone=VALUES[SharedField.PHONE], workplace=VALUES[SharedField.WORKPLACE],
                profession=Profession.PHYSICIAN, specialty=VALUES[SharedField.SPECIALTY],
                domains=frozenset({KnowledgeDomain.SUICIDAL_BEHAVIOUR}))
    referral = Referral(case_id=1, provider_name="Praktijk De Linde", provider_kind=ProviderKind.PSYCHOLOGIST,
                        reason=VALUES[SharedField.REASON], consent_given=True, consent_date=date(2026, 1, 20),
                        consent_fields=fields)
    provider = Provider(kind=ProviderKind.PSYCHOLOGIST, name="Dr. Lien De Linde", organisation="Praktijk De Linde")
    return build_context(case=case, referral=referral, provider=provider,
                         profile=TrustPersonProfile(name="Dr. Els Vermeulen"), language=language,
                         today=date(2026, 3, 2))


@settings(max_examples=60, deadline=None)
@given(fields=st.frozensets(st.sampled_from(list(SharedField))), index=st.integers(0, len(REFERRALS) - 1))
def test_a_letter_holds_only_the_consented_fields(fields: frozenset[SharedField], index: int) -> None:
    template = REFERRALS[index]
    context = _context(fields, template.language.value)
    for body in (template.body, EVERY_FILL_IN):
        letter = render(body, context)
        for field, value in VALUES.items():
            if field not in fields:
                assert value.lower() not in letter.lower(), (template.name, field)
        assert "TD-2026-0042" not in letter and "Limburg" not in letter
        assert "suïcid" not in letter.lower() and "suicid" not in letter.lower()
    everything = render(EVERY_FILL_IN, context)
    for field in fields:  # what was agreed is offered to the template
        assert VALUES[field].rstrip(".") in everything, field


def test_a_note_to_the_doctor_is_not_a_referral() -> None:
    case = Case(code="TD-2026-0042", opened_on=date(2026, 1, 5), doctor_name="Dr. Zora Quintelier")
    context = build_context(case=case, contact=Contact(case_id=1, at=datetime(2026, 1, 6, 9, 0), agreements="x"))
    assert "Dr. Zora Quintelier" in render("{{ doctor.name }} {{ case.code }}", context)


@given(signer=st.text(st.characters(categories=["L"]), min_size=1, max_size=20),
       closing=st.sampled_from(["Met collegiale groeten,", "Avec mes salutations confraternelles,"]))
def test_the_signature_is_split_at_the_signers_name(signer: str, closing: str) -> None:
    letter = f"Geachte collega,\n\nTekst.\n\n{closing}\n\n{signer}\nvertrouwenspersoon\n"
    body, signature = split_signature(letter, signer)
    assert body.endswith(closing) and signature.startswith(signer)
    assert split_signature("Zonder naam.", signer) == ("Zonder naam.", "")
    assert SIGNATURE_ROOM_MM >= 15  # room for a handwritten signature
