"""The flat context a letter template sees, built from domain objects into plain strings.

Only dicts of strings (and the ``today`` string) enter the sandbox; see ``templates.CONTEXT_FIELDS``
for the documented names.  Dates and enum values are written out in the letter's language.

A referral's letter holds only what the doctor's consent covers (``Referral.consent_fields``): a
fill-in about the doctor whose field was not agreed is empty, whatever the template asks for, so
an edited or imported template cannot print the specialty or the phone number nobody agreed to.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Any

from trustdesk.detail import QT_TRANSLATE_NOOP, Detail
from trustdesk.documents.errors import DocumentError
from trustdesk.documents.labels import Labels
from trustdesk.domain.enums import KnowledgeDomain, Language, Profession, ProviderKind, SharedField
from trustdesk.domain.models import Case, Contact, Provider, Referral, TrustPersonProfile
from trustdesk.vault import Vault

LETTERHEAD_NAME = "letterhead.name"  # the profile's keys: vault.settings.PROFILE_KEYS
LETTERHEAD_CONTACT = "letterhead.contact"


def sentence(text: str) -> str:
    """``text`` as the end of a sentence: trimmed, ending in one full stop (or its own ? ! …)."""
    text = " ".join(text.split())
    if not text:
        return ""
    stripped = text.rstrip(". ")
    if not stripped:
        return ""
    return stripped if stripped.endswith(("?", "!", "…")) else f"{stripped}."


def _same(part: str) -> str:
    """A signature part as compared: accents, case and spacing ignored ("Médecin" is "medecin")."""
    decomposed = unicodedata.normalize("NFKD", part)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def role_line(words: Labels, profile: TrustPersonProfile) -> str:
    """The line under the signature: the person's title, then their role on the platform, each
    comma-separated part once: a title that already says "vertrouwenspersoon" (or the name line
    that says "huisarts") does not make the letter say it twice (accents and case ignored)."""
    seen = {_same(p) for p in profile.name.split(",")[1:]}  # "An Peeters, huisarts": its title part
    parts: list[str] = []
    titled = False  # the line starts with the person's own title (written as they wrote it)
    for part, own in [*((p, True) for p in profile.title.split(",")),
                      *((p, False) for p in words("letter.role").split(","))]:
        part = " ".join(part.split())
        if part and _same(part) not in seen:
            seen.add(_same(part))
            titled = titled or (own and not parts)
            parts.append(part)
    line = ", ".join(parts)
    return line if titled else line[:1].upper() + line[1:]


# A title a doctor's name may start with, and the article French puts before it in running text
# ("j’accompagne le Dr Marc Peeters", "la Dre Anne Lambert"); Dutch and English write the name as it is.
_FRENCH_TITLE = re.compile(r"^(?:(?P<f>dre|docteure|pre|professeure)|dr|docteur|pr|prof|professeur)\.?(?=\s)",
                           re.IGNORECASE)


def named(name: str, language: str) -> str:
    """The doctor's name as it follows a verb in the letter's running text: in French, a name that
    starts with a title takes its article ("le Dr Marc Peeters"); else the name as it is."""
    name = name.strip()
    if language != "fr" or not name:
        return name
    title = _FRENCH_TITLE.match(name)
    if title is None:
        return name
    return ("la " if title.group("f") else "le ") + name


def build_context(*, case: Case, referral: Referral | None = None, provider: Provider | None = None,
                  contact: Contact | None = None, profile: TrustPersonProfile | None = None,
                  language: Language | str | None = None, today: date | None = None) -> dict[str, Any]:
    words = Labels(language if language is not None else case.language)
    # a referral's letter: only the consented fields; a note to the doctor (no referral): all of them
    shared = referral.consent_fields if referral is not None else frozenset(SharedField)

    def agreed(field: SharedField, value: str) -> str:
        return value if field in shared else ""

    kind: ProviderKind | None = provider.kind if provider else (referral.provider_kind if referral else None)
    profile = profile or TrustPersonProfile()
    return {
        "doctor": {
            "name": agreed(SharedField.NAME, case.doctor_name),
            "named": named(agreed(SharedField.NAME, case.doctor_name), words.language),
            "email": agreed(SharedField.EMAIL, case.doctor_email),
            "phone": agreed(SharedField.PHONE, case.doctor_phone),
            "workplace": agreed(SharedField.WORKPLACE, case.workplace),
            "profession": words.enum(case.profession),
            "specialty": agreed(SharedField.SPECIALTY, case.specialty),
        },
        "trust_person": {"name": profile.name, "title": profile.title, "role": role_line(words, profile),
                         "contact": profile.contact,
                         "riziv": words("letter.riziv", number=profile.riziv) if profile.riziv else ""},
        "provider": {
            "name": provider.name if provider else (referral.provider_name if referral else ""),
            "organisation": provider.organisation if provider else "",
            "kind": words.enum(kind) if kind else "",
            "address": provider.address if provider else "",
            "phone": provider.phone if provider else "",
            "email": provider.email if provider else "",
            "website": provider.website if provider else "",
        },
        "referral": {
            "reason": agreed(SharedField.REASON, sentence(referral.reason)) if referral else "",
            "consent_date": words.date(referral.consent_date) if referral and referral.consent_date else "",
            "consent_scope": referral.consent_scope if referral else "",
        },
        # what no consent field covers (the case's code, its themes, its region) is never in a referral letter
        "case": {
            "code": case.code if referral is None else "",
            "opened_on": words.date(case.opened_on) if referral is None else "",
            "region": words.region(case.region) if case.region and referral is None else "",
            "domains": words.enums(case.domains) if case.domains and referral is None else "",
            "language": words.enum(case.language),
        },
        "contact": {
            "date": words.date(contact.at.date()) if contact else "",
            "agreements": contact.agreements if contact else "",
        },
        "today": words.date(today or date.today()),
    }


# The case's fields no consent covers: a referral letter leaves them empty (build_context), whatever the template.
WITHHELD_IN_REFERRALS = ("code", "opened_on", "region", "domains")


def withheld(used: set[tuple[str, str]], context: dict[str, Any]) -> Detail | None:
    """When a template uses (``templates.fields_used``) a case field this letter leaves empty on purpose, the
    note that says so (a preview with an empty {{ case.code }} would otherwise look like a fault); else None."""
    empty = [f"{{{{ case.{name} }}}}" for name in WITHHELD_IN_REFERRALS
             if ("case", name) in used and not context.get("case", {}).get(name)]
    if not empty:
        return None
    return QT_TRANSLATE_NOOP("TemplateDetail", "Empty on purpose: {fields}; a referral letter never holds the case's "
                                               "code, opening date, province or domains (no consent covers them).").format(
        fields=", ".join(empty))


def letterhead(vault: Vault) -> tuple[str, str]:
    """(name, contact line) of the trust person, from the vault settings."""
    profile = vault.settings.profile()
    return profile.name, profile.contact


def referral_context(vault: Vault, referral_id: int, *, language: Language | str | None = None,
                     today: date | None = None) -> dict[str, Any]:
    """The context for a referral's letter, in ``language`` (default: the letter's or the case's)."""
    referral = vault.referrals.get(referral_id)
    if referral is None:
        raise DocumentError(f"referral {referral_id} does not exist")
    case = vault.cases.get(referral.case_id)
    if case is None:
        raise DocumentError(f"case {referral.case_id} does not exist")
    provider = vault.providers.get(referral.provider_id) if referral.provider_id is not None else None
    return build_context(case=case, referral=referral, provider=provider, profile=vault.settings.profile(),
                         language=language or referral.letter_language or case.language, today=today)


def case_context(vault: Vault, case_id: int, *, language: Language | str | None = None,
                 today: date | None = None) -> dict[str, Any]:
    """The context for a note about a case (no referral): the latest contact's agreements."""
    case = vault.cases.get(case_id)
    if case is None:
        raise DocumentError(f"case {case_id} does not exist")
    contacts = vault.contacts.for_case(case_id)  # newest first
    return build_context(case=case, contact=contacts[0] if contacts else None, profile=vault.settings.profile(),
                         language=language or case.language, today=today)


_SAMPLES = {
    "nl": ("Dr. An Peeters", "huisarts", "Antwerpen", "Praktijk Ter Linde", "lichte klachten van uitputting",
           "naam, telefoonnummer en een korte beschrijving van de hulpvraag", "Dr. Jan Claes",
           "0470 00 00 00 · vertrouwenspersoon@example.be", "Kerkstraat 1, 2000 Antwerpen",
           "Deze week een afspraak maken bij de huisarts.\nVolgende dinsdag bel ik opnieuw."),
    "fr": ("Dr Anne Dubois", "médecine générale", "Liège", "Cabinet Les Tilleuls", "un épuisement qui s'installe",
           "nom, numéro de téléphone et brève description de la demande", "Dr Jean Lambert",
           "0470 00 00 00 · personne.confiance@example.be", "Rue de l'Église 1, 4000 Liège",
           "Prendre rendez-vous chez votre médecin généraliste cette semaine.\nJe vous rappelle mardi prochain."),
    "en": ("Dr Anna Peeters", "general practice", "Brussels", "Linden Practice", "growing exhaustion",
           "name, phone number and a short description of the request", "Dr John Claes",
           "0470 00 00 00 · trustperson@example.be", "1 Church Street, 1000 Brussels",
           "Make an appointment with your GP this week.\nI will call you again next Tuesday."),
}


def sample_context(language: Language | str, today: date | None = None) -> dict[str, Any]:
    """A made-up doctor, provider and trust person, for template previews and tests."""
    words = Labels(language)
    (doctor, specialty, region, practice, reason, scope, tp_name, tp_contact, address,
     agreements) = _SAMPLES[words.language]
    tp_title = {"nl": "huisarts", "fr": "médecin généraliste", "en": "general practitioner"}[words.language]
    case = Case(code="TD-2026-0001", opened_on=date(2026, 1, 12), language=Language(words.language),
                region="", doctor_name=doctor, doctor_email="doctor@example.be", doctor_phone="0499 99 99 99",
                workplace=region, profession=Profession.PHYSICIAN, specialty=specialty,
                domains=frozenset({KnowledgeDomain.BURNOUT}))
    referral = Referral(case_id=0, provider_name=practice, provider_kind=ProviderKind.PSYCHOLOGIST, reason=reason,
                        consent_given=True, consent_date=date(2026, 1, 20), consent_scope=scope,
                        consent_fields=frozenset(SharedField))
    provider = Provider(kind=ProviderKind.PSYCHOLOGIST, name=practice, organisation=practice, address=address,
                        phone="03 000 00 00", email="info@example.be")
    contact = Contact(case_id=0, at=datetime(2026, 1, 19, 18, 30), agreements=agreements)
    profile = TrustPersonProfile(name=tp_name, title=tp_title, contact=tp_contact, riziv="1-23456-78-901")
    return build_context(case=case, referral=referral, provider=provider, contact=contact, profile=profile,
                         language=words.language, today=today)
