"""Fixtures for the documents tests: a vault holding one case whose every sensitive field carries
a unique marker word, and helpers that read PDFs back with poppler's pdftotext and check them with
qpdf."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from trustdesk.domain.enums import (
    CaseStatus,
    CloseReason,
    ContactMode,
    Initiator,
    KnowledgeDomain,
    Language,
    ProviderKind,
    ReferralStatus,
    RiskLevel,
)
from trustdesk.domain.models import Case, Contact, Provider, Referral, Task
from trustdesk.vault import Vault

# Marker words: each sits in exactly one field, so a leak names the field.
IDENTIFYING = {
    "alias": "Aliasmarker",
    "doctor_name": "Zwanenburgmarker",
    "doctor_phone": "0470 918273",
    "doctor_email": "emailmarker@example.be",
    "workplace": "Werkplekmarker",
    "details": "Achtergrondmarker",
    "coordinator_ref": "COORDMARKER77",
}
FREE_TEXT = {
    "present": "Aanwezigmarker",
    "notes": "Notitiemarker",
    "agreements": "Afspraakmarker",
    "safety_plan": "Veiligheidsmarker",
    "close_note": "Afsluitmarker",
    "referral_reason": "Redenmarker",
    "consent_scope": "Reikwijdtemarker",
    "feedback": "Terugkoppelingmarker",
    "task_title": "Taakmarker",
    "task_notes": "Taaknotitiemarker",
}
PROVIDER_NAME = "Praktijk Lindeboom"


def pdf_text(pdf: bytes) -> str:
    """The PDF's text as poppler reads it, whitespace collapsed."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "fd://0", "-"], input=pdf, capture_output=True,
                         check=True).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", out)


def qpdf_check(pdf: bytes, tmp_path: Path) -> None:
    target = tmp_path / "check.pdf"
    target.write_bytes(pdf)
    result = subprocess.run(["qpdf", "--check", str(target)], capture_output=True, text=True)
    target.unlink()
    assert result.returncode == 0, result.stdout + result.stderr


@dataclass(frozen=True)
class FilledCase:
    vault: Vault
    case: Case
    contacts: list[Contact]
    referral: Referral
    provider: Provider


def fill_case(vault: Vault, *, language: Language = Language.NL, contacts: int = 3) -> FilledCase:
    case = vault.cases.add(Case(
        code="", opened_on=date(2026, 2, 3), initiator=Initiator.COLLEAGUE, language=language,
        region="east_flanders", specialty="anesthesie",
        domains=frozenset({KnowledgeDomain.BURNOUT, KnowledgeDomain.SECOND_VICTIM}), consent_to_contact=True,
        doctor_name=IDENTIFYING["doctor_name"], doctor_phone=IDENTIFYING["doctor_phone"],
        doctor_email=IDENTIFYING["doctor_email"], workplace=IDENTIFYING["workplace"],
        details=IDENTIFYING["details"], coordinator_ref=IDENTIFYING["coordinator_ref"], alias=IDENTIFYING["alias"]))
    assert case.id is not None
    risks = [RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.LOW]
    stored = []
    for i in range(contacts):
        stored.append(vault.contacts.add(Contact(
            case_id=case.id, at=datetime(2026, 2, 4, 9, 0) + timedelta(days=2 * i), duration_min=40,
            mode=ContactMode.PHONE if i % 2 else ContactMode.IN_PERSON, present=f"{FREE_TEXT['present']}{i}",
            notes=f"{FREE_TEXT['notes']}{i} — « ça va mieux », €15 café.",
            agreements=f"{FREE_TEXT['agreements']}{i}", risk=risks[i % 4],
            safety_plan=f"{FREE_TEXT['safety_plan']}{i}" if risks[i % 4].needs_safety_plan else "")))
    provider = vault.providers.add(Provider(kind=ProviderKind.PSYCHOLOGIST, name=PROVIDER_NAME,
                                            organisation="Groepspraktijk De Brug", address="Brugstraat 3\n9000 Gent"))
    referral = vault.referrals.add(Referral(
        case_id=case.id, provider_id=provider.id, provider_name=PROVIDER_NAME,
        provider_kind=ProviderKind.PSYCHOLOGIST, reason=FREE_TEXT["referral_reason"], consent_given=True,
        consent_date=date(2026, 2, 10), consent_scope=FREE_TEXT["consent_scope"],
        status=ReferralStatus.CONSENTED, status_dates={"proposed": "2026-02-08", "consented": "2026-02-10"},
        feedback=FREE_TEXT["feedback"]))
    vault.tasks.add(Task(title=FREE_TEXT["task_title"], notes=FREE_TEXT["task_notes"], due_on=date(2026, 2, 20),
                         case_id=case.id))
    case = vault.cases.change_status(case.id, CaseStatus.CLOSED, on=date(2026, 3, 1),
                                     # a reason that keeps the case writable: tests add a letter to its referral
                                     reason=CloseReason.STRUCTURAL_SOLUTION, note=FREE_TEXT["close_note"])
    return FilledCase(vault, case, stored, referral, provider)


@pytest.fixture
def filled(vault: Vault) -> FilledCase:
    return fill_case(vault)
