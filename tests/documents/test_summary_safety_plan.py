"""The full case summary holds the latest safety plan (its version and date, the seven steps in the
editor's order); the pseudonymised and minimal ones never do (its steps name people and phones)."""

from __future__ import annotations

import pytest
from conftest import FilledCase, fill_case, pdf_text

from trustdesk.documents import ALL_SECTIONS, Redaction, Section, case_summary_pdf
from trustdesk.documents.labels import Labels
from trustdesk.domain.enums import Language
from trustdesk.domain.safety import STEPS, SafetyPlan
from trustdesk.vault import Vault

MARKERS = {name: f"Stapmarker{index}" for index, name in enumerate(STEPS)}


def _plan(filled: FilledCase, **steps: str) -> SafetyPlan:
    assert filled.case.id is not None
    return filled.vault.safety_plans.save(SafetyPlan(case_id=filled.case.id, **steps))


@pytest.mark.parametrize("language", [Language.NL, Language.FR, Language.EN])
def test_the_full_summary_prints_the_latest_plan(vault: Vault, language: Language) -> None:
    filled = fill_case(vault, language=language)
    assert filled.case.id is not None
    _plan(filled, warning_signs="Oudeversiemarker")
    latest = _plan(filled, **MARKERS)
    case = filled.vault.cases.get(filled.case.id)
    assert case is not None
    words = Labels(case.language)
    text = pdf_text(case_summary_pdf(filled.vault, filled.case.id, Redaction.FULL))
    assert words("section.safety_plan") in text
    assert "Oudeversiemarker" not in text  # the latest version only
    positions = [text.index(marker) for marker in MARKERS.values()]
    assert positions == sorted(positions)  # the editor's order
    for name in STEPS:
        assert " ".join(words(f"safety.step.{name}").split()) in text
    assert latest.saved_at is not None
    assert words("summary.safety_version", version=latest.version, date=words.date(latest.saved_at.date())) in text


@pytest.mark.parametrize("level", [Redaction.PSEUDONYMISED, Redaction.MINIMAL])
def test_a_redacted_summary_never_prints_the_plan(filled: FilledCase, level: Redaction) -> None:
    assert filled.case.id is not None
    _plan(filled, **MARKERS)
    text = pdf_text(case_summary_pdf(filled.vault, filled.case.id, level, ALL_SECTIONS))
    assert not any(marker in text for marker in MARKERS.values())
    assert Labels(filled.case.language)("section.safety_plan") not in text


def test_the_plan_is_a_part_one_can_leave_out(filled: FilledCase) -> None:
    assert filled.case.id is not None
    _plan(filled, **MARKERS)
    text = pdf_text(case_summary_pdf(filled.vault, filled.case.id, Redaction.FULL, ALL_SECTIONS - {Section.SAFETY_PLAN}))
    assert not any(marker in text for marker in MARKERS.values())


def test_no_plan_and_not_applicable_are_said(filled: FilledCase) -> None:
    assert filled.case.id is not None
    words = Labels(filled.case.language)
    text = pdf_text(case_summary_pdf(filled.vault, filled.case.id, Redaction.FULL, {Section.SAFETY_PLAN}))
    assert words("summary.no_safety_plan") in text
    _plan(filled, not_applicable_reason="Redenmarkerplan")
    text = pdf_text(case_summary_pdf(filled.vault, filled.case.id, Redaction.FULL, {Section.SAFETY_PLAN}))
    assert words("summary.safety_not_applicable", reason="Redenmarkerplan") in text
