"""The structured safety plan (Stanley & Brown's six-step model) and its rules.

A plan is versioned per case: every saved version is kept with its date.  When the risk is high
or acute a plan is required, or an explicit "not applicable, because ..." with a reason.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from enum import StrEnum

from trustdesk.domain.enums import RiskLevel

# The step fields in the order of the model (and of the printed plan).
STEPS = ("warning_signs", "coping_alone", "distractions", "help_people", "professionals",
         "environment_safety", "reasons_to_live")


@dataclass(frozen=True, slots=True)
class SafetyPlan:
    case_id: int
    warning_signs: str = ""
    coping_alone: str = ""
    distractions: str = ""  # people and places that distract
    help_people: str = ""  # people to ask for help: names and phones typed by the trust person
    professionals: str = ""  # professionals and crisis lines
    environment_safety: str = ""  # making the environment safe (medication at work and at home)
    reasons_to_live: str = ""
    not_applicable_reason: str = ""
    contact_id: int | None = None  # the contact in which this version was written
    version: int = 0
    saved_at: datetime | None = None
    id: int | None = None

    def steps(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in STEPS}

    @property
    def is_empty(self) -> bool:
        return not any(v.strip() for v in self.steps().values()) and not self.not_applicable_reason.strip()

    def same_content(self, other: SafetyPlan) -> bool:
        skip = {"contact_id", "version", "saved_at", "id"}
        return all(getattr(self, f.name) == getattr(other, f.name) for f in fields(self) if f.name not in skip)


def plan_required(risk: RiskLevel) -> bool:
    return risk.needs_safety_plan


def plan_satisfies(plan: SafetyPlan | None) -> bool:
    """A plan counts when it is marked not applicable with a reason, or when the steps that make it
    a plan are filled: warning signs, at least one source of help, and making the environment safe."""
    if plan is None:
        return False
    if plan.not_applicable_reason.strip():
        return True
    has_help = bool(plan.help_people.strip() or plan.professionals.strip())
    return bool(plan.warning_signs.strip()) and has_help and bool(plan.environment_safety.strip())


class NoteGap(StrEnum):
    """What a contact note still lacks before it is complete."""

    RISK = "risk"  # nobody chose a risk level yet (*not assessed* is the default, not a choice)
    SAFETY_PLAN = "safety_plan"  # the risk needs a safety plan and the case has none that counts


def plan_missing(risk: RiskLevel, plan: SafetyPlan | None, free_text_plan: str = "") -> bool:
    """The risk asks for a plan and the case's current structured plan does not satisfy it.  The
    free-text plan of notes written before the structured plan existed still counts for those notes."""
    return plan_required(risk) and not plan_satisfies(plan) and not free_text_plan.strip()


def note_gaps(risk: RiskLevel, plan: SafetyPlan | None, free_text_plan: str = "") -> tuple[NoteGap, ...]:
    """Why a note is not complete yet, in the order the trust person fixes them; () when complete.

    The one rule for "is this note finished": the contact editor's Done, its warnings and the
    contact list's marks all ask here."""
    gaps: list[NoteGap] = []
    if not risk.assessed:
        gaps.append(NoteGap.RISK)
    if plan_missing(risk, plan, free_text_plan):
        gaps.append(NoteGap.SAFETY_PLAN)
    return tuple(gaps)


def note_complete(risk: RiskLevel, plan: SafetyPlan | None, free_text_plan: str = "") -> bool:
    return not note_gaps(risk, plan, free_text_plan)


# Crisis lines that pre-fill the "professionals" step (public numbers; editable in the plan).
CRISIS_LINES: dict[str, tuple[tuple[str, str], ...]] = {
    "nl": (("Zelfmoordlijn", "1813"), ("Tele-Onthaal", "106"), ("Noodnummer", "112"),
           ("Arts in Nood (hulplijn voor artsen)", "0800 23 460")),
    "fr": (("Centre de Prévention du Suicide", "0800 32 123"), ("Télé-Accueil", "107"),
           ("Numéro d’urgence", "112"), ("Médecins en difficulté (ligne d’aide)", "0800 23 460")),
    "en": (("Suicide line (Dutch)", "1813"), ("Suicide prevention (French)", "0800 32 123"),
           ("Emergency", "112"), ("Physicians' helpline", "0800 23 460")),
}


def crisis_line_text(name: str, number: str, language: str) -> str:
    """One line of the plan: name and number once ("Tele-Onthaal 106", not "Tele-Onthaal 106: 106"),
    French with its non-breaking space before the colon."""
    if not number or number in name:
        return name
    colon = "\u00a0: " if language == "fr" else ": "
    return f"{name}{colon}{number}"


def speaks(languages: Collection[str], language: str) -> bool:
    """Whether a line listed for ``languages`` belongs in a document in ``language``: a line for both
    (or all, or not said) stays; a line of the other language only does not."""
    return not languages or language in languages


def default_professionals(language: str) -> str:
    lines = CRISIS_LINES.get(language, CRISIS_LINES["en"])
    return "\n".join(crisis_line_text(name, number, language) for name, number in lines)


@dataclass(frozen=True)
class HeaderLines:
    """The crisis lines an acute case's header shows, and where the ones left out are: ``in_plan`` of
    them are in the case's own safety plan, ``in_directory`` only in the directory."""

    shown: list[str]
    in_plan: int
    in_directory: int


def header_crisis_lines(public: Sequence[str], plan: str | None, directory: Sequence[str],
                        limit: int) -> HeaderLines:
    """The public helplines first (never left out), then the numbers of the case's own plan (``plan`` is
    its step 5, None without a plan), then the directory's crisis lines, each line once, ``limit`` in all.
    A line left out counts as "in the plan" only when the case has a plan that holds it."""
    planned = [line.strip() for line in (plan or "").splitlines()
               if line.strip() and any(c.isdigit() for c in line)]
    in_plan = set(planned) if plan is not None else set()
    ordered = list(dict.fromkeys(line for line in [*(p.strip() for p in public), *planned,
                                                   *(d.strip() for d in directory)] if line))
    cut = max(limit, len({p.strip() for p in public if p.strip()}))
    rest = ordered[cut:]
    planned_rest = sum(1 for line in rest if line in in_plan)
    return HeaderLines(ordered[:cut], planned_rest, len(rest) - planned_rest)
