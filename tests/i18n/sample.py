"""A small realistic vault for the language and accessibility checks: Dutch and French cases with
contacts, referrals and tasks, a few providers — everything through the vault's public repositories."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from trustdesk.domain import (
    Case,
    CaseStatus,
    CloseReason,
    Contact,
    ContactMode,
    Initiator,
    KnowledgeDomain,
    Language,
    Provider,
    ProviderKind,
    Referral,
    ReferralStatus,
    RiskLevel,
    Task,
)
from trustdesk.vault import Vault


@dataclass(frozen=True)
class Sample:
    dutch_case: int
    french_case: int
    closed_case: int


def populate(vault: Vault, today: date | None = None) -> Sample:
    today = today or date.today()
    now = datetime.combine(today, datetime.min.time()).replace(hour=20)
    nl = vault.cases.add(Case(
        code="", opened_on=today - timedelta(days=40), initiator=Initiator.COLLEAGUE, status=CaseStatus.ACTIVE,
        language=Language.NL, region="west_flanders", specialty="huisartsgeneeskunde",
        domains=frozenset({KnowledgeDomain.BURNOUT, KnowledgeDomain.SECOND_VICTIM}), consent_to_contact=True,
        doctor_name="Dr. Pieter Vandenbroucke", doctor_phone="050 12 34 56", workplace="AZ Sint-Jan Brugge",
        details="Huisarts in een groepspraktijk, sinds een incident met een patiënt slapeloos."))
    fr = vault.cases.add(Case(
        code="", opened_on=today - timedelta(days=12), initiator=Initiator.DOCTOR, status=CaseStatus.ACTIVE,
        language=Language.FR, region="liege", specialty="anesthésie-réanimation",
        domains=frozenset({KnowledgeDomain.DEPRESSION, KnowledgeDomain.SUBSTANCE_ABUSE}), consent_to_contact=True,
        doctor_name="Dr. Amélie Dubois-Lefèvre", doctor_email="a.dubois@example.be", workplace="CHU de Liège",
        details="Anesthésiste, gardes de nuit, consommation d'alcool en hausse depuis six mois."))
    waiting = vault.cases.add(Case(
        code="", opened_on=today - timedelta(days=200), status=CaseStatus.WAITING, language=Language.NL,
        region="antwerp", specialty="spoedgevallen", domains=frozenset({KnowledgeDomain.SUICIDAL_BEHAVIOUR})))
    closed = vault.cases.add(Case(
        code="", opened_on=today - timedelta(days=400), status=CaseStatus.ACTIVE, language=Language.FR,
        region="brussels", specialty="pédiatrie", domains=frozenset({KnowledgeDomain.OTHER})))
    assert nl.id and fr.id and waiting.id and closed.id
    vault.cases.change_status(closed.id, CaseStatus.CLOSED, on=today - timedelta(days=30),
                             reason=CloseReason.STRUCTURAL_SOLUTION)
    notes_nl = ("Gesprek van een uur. Slaapt slecht sinds het incident op de spoed, piekert 's nachts en "
                "twijfelt of hij zijn werk nog aankan. Partner steunt hem. Wil nog geen psycholoog.")
    notes_fr = ("Entretien d'une heure. Épuisée après une série de gardes, boit davantage le soir pour "
                "dormir. Accepte l'idée d'un psychiatre spécialisé en assuétudes.")
    for days, risk, mode in ((35, RiskLevel.LOW, ContactMode.PHONE), (20, RiskLevel.MODERATE, ContactMode.IN_PERSON),
                             (3, RiskLevel.LOW, ContactMode.VIDEO)):
        vault.contacts.add(Contact(case_id=nl.id, at=now - timedelta(days=days), duration_min=60, mode=mode,
                                   notes=notes_nl, agreements="Nieuw gesprek over twee weken.", risk=risk))
    for days, risk in ((10, RiskLevel.HIGH), (2, RiskLevel.MODERATE)):
        vault.contacts.add(Contact(case_id=fr.id, at=now - timedelta(days=days), duration_min=45,
                                   mode=ContactMode.PHONE, notes=notes_fr, risk=risk,
                                   agreements="Rappeler vendredi.", safety_plan="Appeler le 0800 32 123."))
    vault.contacts.add(Contact(case_id=waiting.id, at=now - timedelta(days=100), duration_min=30,
                               notes="Wacht op plaats bij psychiater.", risk=RiskLevel.NONE))
    psy = vault.providers.add(Provider(
        kind=ProviderKind.PSYCHOLOGIST, name="Lies Vermeulen", organisation="Praktijk De Linde",
        languages=frozenset({Language.NL}), region="west_flanders", phone="050 98 76 54",
        sees_physicians=True))
    psychiatrist = vault.providers.add(Provider(
        kind=ProviderKind.PSYCHIATRIST, name="Dr. Jean-Marc Lambert", organisation="Clinique des Frènes",
        languages=frozenset({Language.FR, Language.NL}), region="liege", phone="04 123 45 67",
        email="secretariat@example.be", sees_physicians=True))
    vault.providers.add(Provider(kind=ProviderKind.CRISIS_LINE, name="Zelfmoordlijn 1813",
                                 languages=frozenset({Language.NL}), region="national", phone="1813"))
    assert psy.id and psychiatrist.id
    vault.referrals.add(Referral(case_id=nl.id, provider_id=psy.id, provider_name=psy.name,
                                 provider_kind=psy.kind, reason="Begeleiding na tweede slachtoffer.",
                                 consent_given=True, consent_date=today - timedelta(days=19),
                                 status=ReferralStatus.CONSENTED))
    vault.referrals.add(Referral(case_id=fr.id, provider_id=psychiatrist.id, provider_name=psychiatrist.name,
                                 provider_kind=psychiatrist.kind,
                                 reason="Évaluation et suivi de la consommation d'alcool.",
                                 status=ReferralStatus.PROPOSED))
    vault.tasks.add(Task(title="Dr. Vandenbroucke terugbellen", due_on=today, case_id=nl.id))
    vault.tasks.add(Task(title="Rappeler Dr. Dubois-Lefèvre après son rendez-vous", due_on=today - timedelta(days=1),
                         case_id=fr.id))
    vault.tasks.add(Task(title="Jaarverslag voor de coördinator", due_on=today + timedelta(days=7)))
    return Sample(dutch_case=nl.id, french_case=fr.id, closed_case=closed.id)
