"""The safety feature's words: the plan's step titles and hints, the plan's state in one line, the
score instruments and their severity bands.  Translated texts only; no widgets, no vault."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trustdesk.domain.safety import SafetyPlan, plan_satisfies
from trustdesk.domain.scores import Instrument, Severity
from trustdesk.ui.kit.case_labels import date_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def step_title(name: str) -> str:
    return {
        "warning_signs": translate("SafetyPlan", "1. Warning signs"),
        "coping_alone": translate("SafetyPlan", "2. What helps, on my own"),
        "distractions": translate("SafetyPlan", "3. People and places that distract"),
        "help_people": translate("SafetyPlan", "4. People I can ask for help"),
        "professionals": translate("SafetyPlan", "5. Professionals and crisis lines"),
        "environment_safety": translate("SafetyPlan", "6. Making the environment safe"),
        "reasons_to_live": translate("SafetyPlan", "7. Reasons to live"),
    }[name]


def step_hint(name: str) -> str:
    return {
        "warning_signs": translate(
            "SafetyPlan", "Thoughts, moods, situations or behaviour that tell a crisis may be coming"),
        "coping_alone": translate(
            "SafetyPlan", "What the doctor can do alone to feel a little better (walk, music, sport…)"),
        "distractions": translate(
            "SafetyPlan", "People to be with and places to go that take the mind off things"),
        "help_people": translate(
            "SafetyPlan", "Names and phone numbers of people the doctor can ask for help"),
        "professionals": translate(
            "SafetyPlan", "Own GP, psychologist, crisis lines: name and phone number"),
        "environment_safety": translate(
            "SafetyPlan", "Access to medication at work and at home (cabinets, samples, prescriptions), "
                          "other means; who keeps what, and until when"),
        "reasons_to_live": translate("SafetyPlan", "What matters most, in the doctor's own words"),
    }[name]


def plan_state_text(plan: SafetyPlan | None) -> str:
    """One line on the plan as stored: date and version, not applicable, or none yet."""
    if plan is None or plan.is_empty:
        return translate("SafetyPlan", "No safety plan yet.")
    when = date_text(plan.saved_at.date()) if plan.saved_at else ""
    if plan.not_applicable_reason.strip():
        return translate("SafetyPlan", "Not applicable (%1), recorded %2.").replace("%1", plan.not_applicable_reason.strip()).replace(
            "%2", when)
    text = translate("SafetyPlan", "Safety plan of %1 (version %2).").replace("%1", when).replace("%2", str(plan.version))
    if not plan_satisfies(plan):
        text += " " + translate("SafetyPlan", "Not complete yet.")
    return text


def instrument_text(instrument: Instrument) -> str:
    return {Instrument.PHQ9: "PHQ-9", Instrument.GAD7: "GAD-7"}[instrument]


def severity_text(severity: Severity) -> str:
    return {
        Severity.MINIMAL: translate("Timeline", "minimal"),
        Severity.MILD: translate("Timeline", "mild"),
        Severity.MODERATE: translate("Timeline", "moderate"),
        Severity.MODERATELY_SEVERE: translate("Timeline", "moderately severe"),
        Severity.SEVERE: translate("Timeline", "severe"),
    }[severity]
