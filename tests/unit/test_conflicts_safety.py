from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustdesk.domain import RiskLevel
from trustdesk.domain.conflicts import normalise, overlaps, same_place
from trustdesk.domain.safety import (
    NoteGap,
    SafetyPlan,
    default_professionals,
    note_complete,
    note_gaps,
    plan_missing,
    plan_satisfies,
)
from trustdesk.domain.scores import Instrument, Score, Severity, severity


@pytest.mark.parametrize(("a", "b"), [
    ("AZ Sint-Jan Brugge", "az st jan brugge"),
    ("AZ Sint-Jan Brugge-Oostende", "Algemeen Ziekenhuis Sint Jan"),
    ("CHU de Liège", "Centre Hospitalier Universitaire de Liege"),
    ("Clinique Saint-Luc Bouge", "Clinique St-Luc Bouge"),
    ("UZ Leuven", "Universitair Ziekenhuis Leuven campus Gasthuisberg"),
    ("Huisartsenpraktijk De Linde", "HP de linde"),
    ("ZNA Middelheim", "zna middelheim"),
    ("Hôpital Érasme", "hopital erasme"),
])
def test_same_place(a: str, b: str) -> None:
    assert same_place(a, b)
    assert same_place(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("AZ Sint-Jan Brugge", "AZ Sint-Maarten Mechelen"),
    ("UZ Gent", "UZ Leuven"),
    ("CHU de Liège", "CHU Saint-Pierre"),
    ("Ziekenhuis", "Kliniek"),
    ("UZ", "AZ"),
])
def test_different_places(a: str, b: str) -> None:
    assert not same_place(a, b)


def test_overlaps_over_lists() -> None:
    found = overlaps(["AZ Delta Roeselare; KU Leuven faculteit geneeskunde", "Wachtpost Brugge"],
                     ["az delta\nhuisartsenkring"])
    assert [(o.affiliation, o.workplace) for o in found] == [("AZ Delta Roeselare", "az delta")]
    assert overlaps([], ["AZ Delta"]) == [] and overlaps(["AZ Delta"], [""]) == []


def test_normalise_accents_and_abbreviations() -> None:
    assert normalise("CHU Saint-Pierre") == ("centre", "hospitalier", "universitaire", "sint", "pierre")
    assert normalise("Élodie") == ("elodie",)


def test_safety_plan_rules() -> None:
    assert plan_missing(RiskLevel.HIGH, None)
    assert plan_missing(RiskLevel.ACUTE, SafetyPlan(case_id=1, warning_signs="slapeloosheid"))
    assert not plan_missing(RiskLevel.MODERATE, None)
    full = SafetyPlan(case_id=1, warning_signs="slapeloosheid", professionals="1813",
                      environment_safety="medicatie bij partner")
    assert plan_satisfies(full) and not plan_missing(RiskLevel.ACUTE, full)
    na = SafetyPlan(case_id=1, not_applicable_reason="opgenomen in kliniek, plan daar opgesteld")
    assert plan_satisfies(na)
    assert not plan_satisfies(SafetyPlan(case_id=1, not_applicable_reason="   "))
    assert "1813" in default_professionals("nl") and "0800 32 123" in default_professionals("fr")
    assert "112" in default_professionals("de")


def test_score_bands() -> None:
    assert severity(Instrument.PHQ9, 4) is Severity.MINIMAL
    assert severity(Instrument.PHQ9, 15) is Severity.MODERATELY_SEVERE
    assert severity(Instrument.PHQ9, 27) is Severity.SEVERE
    assert severity(Instrument.GAD7, 10) is Severity.MODERATE
    assert severity(Instrument.GAD7, 21) is Severity.SEVERE
    with pytest.raises(ValueError):
        severity(Instrument.GAD7, 22)
    with pytest.raises(ValueError):
        Score(case_id=1, instrument=Instrument.PHQ9, total=28, taken_on=__import__("datetime").date.today())


_TEXT = st.sampled_from(["", "   ", "slapeloosheid", "1813"])


@given(risk=st.sampled_from(list(RiskLevel)), free_text=_TEXT,
       plan=st.none() | st.builds(SafetyPlan, case_id=st.just(1), warning_signs=_TEXT, help_people=_TEXT,
                                  professionals=_TEXT, environment_safety=_TEXT, not_applicable_reason=_TEXT))
def test_a_note_is_complete_exactly_when_assessed_and_safe(risk: RiskLevel, plan: SafetyPlan | None,
                                                           free_text: str) -> None:
    """The one rule of "is this note finished" (contact editor, contact list): the risk was chosen,
    and a risk that needs a safety plan has one that counts (or the note's older free-text plan)."""
    gaps = note_gaps(risk, plan, free_text)
    assert (NoteGap.RISK in gaps) == (risk is RiskLevel.NOT_ASSESSED)
    needs = risk in (RiskLevel.HIGH, RiskLevel.ACUTE)
    assert (NoteGap.SAFETY_PLAN in gaps) == (needs and not plan_satisfies(plan) and not free_text.strip())
    assert note_complete(risk, plan, free_text) == (gaps == ())
