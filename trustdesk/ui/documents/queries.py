"""What the documents feature reads from the vault and the PDFs it builds from it (Qt-free; run
inside ``VaultOp``)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from trustdesk.documents.library import ensure_default_templates
from trustdesk.domain.enums import Language
from trustdesk.domain.models import AuditEntry, Template

if TYPE_CHECKING:
    from trustdesk.vault import Vault


def load_templates(vault: Vault) -> tuple[list[Template], list[tuple[int, str]]]:
    """Every template (defaults added once) and the open cases to preview with (id, code)."""
    ensure_default_templates(vault)
    cases = [(c.id, c.code) for c in vault.cases.list(include_closed=False) if c.id is not None]
    return vault.templates.list(), cases


def load_page(vault: Vault) -> tuple[list[Template], list[tuple[int, str]], dict[str, int]]:
    """All the templates page shows (read in a worker: the open cases are thousands in a big vault).
    Jinja2's sandbox is loaded here too, so the first preview does not load it on the UI thread."""
    import trustdesk.documents.templates  # noqa: F401

    templates, cases = load_templates(vault)
    return templates, cases, load_preferred(vault)


def load_template_list(vault: Vault) -> tuple[list[Template], dict[str, int]]:
    """The templates and which ones are preferred (after an edit on the page: a few dozen rows)."""
    return vault.templates.list(), load_preferred(vault)


def load_preferred(vault: Vault) -> dict[str, int]:
    from trustdesk.documents.library import preferred_templates

    return preferred_templates(vault)


SUMMARY, LOG, LETTER = "case_summary", "contact_log", "referral_letter"


SECTIONS = ("intake", "contacts", "risk", "safety_plan", "referrals", "tasks")  # the plan: FULL only


@dataclass(frozen=True)
class LetterChoice:
    referral_id: int
    provider_name: str
    ready: bool  # consent recorded and a letter written


@dataclass(frozen=True)
class CaseDocuments:
    """What this tab needs to know about the case (loaded on the UI thread: one small read)."""

    code: str
    language: Language
    letters: tuple[LetterChoice, ...]
    history: tuple[AuditEntry, ...] = field(default=())


def load_case_documents(vault: Vault, case_id: int) -> CaseDocuments | None:
    case = vault.cases.get(case_id)
    if case is None:
        return None
    letters = tuple(LetterChoice(r.id, r.provider_name, r.consent_given and bool(r.letter_text.strip()))
                    for r in vault.referrals.for_case(case_id) if r.id is not None)
    history = tuple(e for e in vault.audit.entries(case_code=case.code) if e.event in ("export", "print"))
    return CaseDocuments(case.code, case.language, letters, history)


@dataclass(frozen=True)
class DocumentRequest:
    kind: str  # SUMMARY, LOG or LETTER
    case_id: int
    referral_id: int | None = None
    redaction: str = "pseudonymised"
    sections: frozenset[str] = frozenset(SECTIONS)

    @property
    def detail(self) -> str:
        """The audit detail after the kind: redaction level (and the sections when not all)."""
        if self.kind == SUMMARY:
            parts = [self.redaction]
            # Only the full summary prints the safety plan: the others' detail names what they print.
            offered = SECTIONS if self.redaction == "full" else tuple(s for s in SECTIONS if s != "safety_plan")
            if not set(offered) <= self.sections:
                parts.append(",".join(s for s in offered if s in self.sections) or "no-sections")
            return " ".join(parts)
        if self.kind == LOG:
            return "full"
        return f"referral {self.referral_id}"


def build_document(vault: Vault, request: DocumentRequest, stop: threading.Event | None = None) -> bytes | None:
    """The PDF bytes for ``request`` (runs in a worker); None when ``stop`` was set meanwhile."""
    from trustdesk.documents.errors import DocumentCancelled
    from trustdesk.documents.layout import cancellable
    from trustdesk.pace import collector_paused

    try:  # no collector pass walks the layout's objects while the UI thread waits (trustdesk/pace.py)
        with cancellable(stop or threading.Event()), collector_paused():
            return _build_document(vault, request)
    except DocumentCancelled:
        return None


def _build_document(vault: Vault, request: DocumentRequest) -> bytes:
    from trustdesk.documents.letters import referral_letter_pdf
    from trustdesk.documents.summaries import Redaction, Section, case_summary_pdf, contact_log_pdf

    if request.kind == SUMMARY:
        return case_summary_pdf(vault, request.case_id, Redaction(request.redaction),
                                {Section(s) for s in request.sections})
    if request.kind == LOG:
        return contact_log_pdf(vault, request.case_id)
    if request.referral_id is None:
        raise ValueError("a letter needs a referral")
    return referral_letter_pdf(vault, request.referral_id)


def preview_context(vault: Vault, case_id: int | None, language: Language) -> dict[str, Any]:
    """The open case's context, or a made-up sample when no case is open."""
    from trustdesk.documents.letter_context import case_context, sample_context

    if case_id is not None and vault.cases.get(case_id) is not None:
        return case_context(vault, case_id, language=language)
    return sample_context(language)
