"""The safety-plan page for the doctor: one A4 page in the case's language, holding the plan and
never the case code, the doctor's name or the "not applicable" reason (read back with pdftotext)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.documents.conftest import pdf_text
from trustdesk.documents.errors import DocumentError
from trustdesk.documents.safety_plan import page_count, safety_plan_pdf
from trustdesk.domain.enums import Language
from trustdesk.domain.models import Case
from trustdesk.domain.safety import STEPS, SafetyPlan, default_professionals
from trustdesk.vault import Vault

STEP_TEXT = {
    "warning_signs": "Slecht slapen en piekeren over de fout",
    "coping_alone": "Wandelen met de hond langs de Leie",
    "distractions": "Koffie bij mijn broer in Gent",
    "help_people": "Mijn zus Anne 0470 12 34 56",
    "environment_safety": "Medicatiekast op het werk: sleutel bij de hoofdverpleegkundige",
    "reasons_to_live": "Mijn dochters Lotte en Fien",
}


def _plan(vault: Vault, language: Language) -> tuple[Case, SafetyPlan]:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 2), language=language,
                                doctor_name="Dr Zwanenburgmarker"))
    assert case.id is not None
    plan = vault.safety_plans.save(SafetyPlan(case_id=case.id, professionals=default_professionals(language.value),
                                              not_applicable_reason="Redenmarker", **STEP_TEXT),
                                   at=datetime(2026, 11, 20, 9, 30))
    return case, plan


@pytest.mark.parametrize(("language", "title", "when"), [
    (Language.NL, "Mijn veiligheidsplan", "20 november 2026"),
    (Language.FR, "Mon plan de sécurité", "20 novembre 2026"),
    (Language.EN, "My safety plan", "20 November 2026"),
])
def test_the_page_holds_the_plan_and_no_case_code(vault: Vault, language: Language, title: str, when: str) -> None:
    case, plan = _plan(vault, language)
    pdf = safety_plan_pdf(plan, case.language, today=date(2026, 11, 21))
    assert page_count(pdf) == 1
    words = " ".join(pdf_text(pdf).split())
    assert title in words and when in words
    for value in STEP_TEXT.values():
        assert value in words
    assert "112" in words and "0800 23 460" in words  # the pre-filled crisis lines
    assert case.code not in words and case.code.split("-")[-1] not in words
    assert "Zwanenburgmarker" not in words and "Redenmarker" not in words
    assert case.code.encode() not in pdf


def test_empty_steps_get_lines_and_step_titles(vault: Vault) -> None:
    case, _ = _plan(vault, Language.FR)
    assert case.id is not None
    pdf = safety_plan_pdf(SafetyPlan(case_id=case.id), Language.FR)
    words = " ".join(pdf_text(pdf).split())
    assert page_count(pdf) == 1
    assert "Rendre mon environnement sûr" in words and "Mes raisons de vivre" in words


def test_a_long_plan_shrinks_to_one_page_or_refuses() -> None:
    longer = SafetyPlan(case_id=1, **{name: "Een regel over wat helpt en wat niet. " * 7 for name in STEPS})
    assert page_count(safety_plan_pdf(longer, "nl")) == 1
    too_long = SafetyPlan(case_id=1, **{name: ("Een regel. " * 40 + "\n") * 4 for name in STEPS})
    with pytest.raises(DocumentError):
        safety_plan_pdf(too_long, "nl")
