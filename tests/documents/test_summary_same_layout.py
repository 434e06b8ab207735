"""The summary's faster layout (layout.Paragraph breaks its lines once per width, layout.Keep keeps a
group together without copying the page frame) prints exactly what reportlab's own Paragraph and
KeepTogether print: the same PDF, byte for byte, for cases whose notes fall across page ends in every
way (short and long notes, one or many paragraphs, agreements, safety plans, people present)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from reportlab import rl_config
from reportlab.platypus import KeepTogether
from reportlab.platypus import Paragraph as PlainParagraph

from trustdesk.documents import Redaction, case_summary_pdf, layout, summaries
from trustdesk.documents.summaries import contact_log_pdf
from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.vault import Vault

WORDS = ("nachtdienst", "slaapt", "slecht", "épuisement", "collega", "patiënt", "fout", "hulp", "rust",
         "afspraak", "huisarts", "garde")


def _text(rng: random.Random, size: int, paragraphs: int) -> str:
    blocks = []
    for _ in range(paragraphs):
        words = [rng.choice(WORDS) for _ in range(max(1, size // (7 * paragraphs)))]
        blocks.append(" ".join(words).capitalize() + ".")
    return "\n\n".join(blocks)


contact_shapes = st.lists(st.tuples(st.integers(0, 4000), st.integers(1, 6), st.integers(0, 400),
                                    st.booleans(), st.booleans()), min_size=4, max_size=14)


def _case(vault: Vault, shapes: list[tuple[int, int, int, bool, bool]], seed: int) -> int:
    rng = random.Random(seed)
    case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 5), details=_text(rng, 300, 2)))
    assert case.id is not None
    for i, (size, paragraphs, agreements, plan, present) in enumerate(shapes):
        risk = RiskLevel.HIGH if plan else RiskLevel.LOW
        vault.contacts.add(Contact(
            case_id=case.id, at=datetime(2026, 1, 6, 10, 0) + timedelta(days=i), duration_min=30 + i,
            notes=_text(rng, size, paragraphs), agreements=_text(rng, agreements, 1) if agreements else "",
            safety_plan=_text(rng, 200, 2) if plan else "", present="Partner" if present else "", risk=risk))
    return case.id


def _pdfs(vault: Vault, case_id: int) -> list[bytes]:
    return [case_summary_pdf(vault, case_id, level, today=date(2026, 12, 1)) for level in Redaction] + [
        contact_log_pdf(vault, case_id, today=date(2026, 12, 1))]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(contact_shapes, st.integers(0, 1000))
@example([(3000, 3, 200, True, True)] * 10, 1)  # pages of long notes, groups moved to the next page
@example([(600, 1, 0, False, False), (2500, 6, 300, False, True)] * 6, 2)
def test_the_faster_layout_prints_the_same_pdf_as_plain_reportlab(
        vault: Vault, monkeypatch: pytest.MonkeyPatch, shapes: list[tuple[int, int, int, bool, bool]],
        seed: int) -> None:
    case_id = _case(vault, shapes, seed)
    with monkeypatch.context() as patch:
        patch.setattr(rl_config, "invariant", 1)  # no time stamps or random ids: bytes comparable
        ours = _pdfs(vault, case_id)
        for module in (layout, summaries):
            patch.setattr(module, "Paragraph", PlainParagraph)
            patch.setattr(module, "Keep", KeepTogether)
        plain = _pdfs(vault, case_id)
    assert len(ours) == len(plain)
    for mine, theirs in zip(ours, plain, strict=True):
        assert mine == theirs


def test_a_paragraph_breaks_its_lines_once_per_width(monkeypatch: pytest.MonkeyPatch) -> None:
    """The saving itself: measured again at the same width, no second line breaking; at another
    width, a new one."""
    calls: list[float] = []
    original = PlainParagraph.breakLines

    def counting(self: PlainParagraph, widths: list[float]) -> object:
        calls.append(widths[0])
        return original(self, widths)

    monkeypatch.setattr(PlainParagraph, "breakLines", counting)
    p = layout.Paragraph(" ".join(WORDS * 40), layout.styles().body)
    first = p.wrap(300, 1000)
    assert p.wrap(300, 500) == first and len(calls) == 1
    assert p.wrap(200, 1000)[1] > first[1] and len(calls) == 2
