"""No PDF the app makes can fail to lay out: whatever the period, the number of rows and the length
of the text in a cell, reportlab places every flowable (a table longer than a page splits by rows
with its header repeated, a row taller than a page splits inside the row).  A ``LayoutError`` is a
crash in front of the trust person (issue: a 121-row month table over a multi-year period).

Covered: the case summary at every redaction level and the contact log, the referral letter, the
activity report, the national report and the one-page safety plan (which may refuse with a
``DocumentError`` when the text cannot fit on one page, never with a layout failure)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.platypus.doctemplate import LayoutError

from tests.documents.conftest import pdf_text
from tests.exchange.exchange_helpers import random_cases
from trustdesk.documents import (
    ALL_SECTIONS,
    DocumentError,
    Redaction,
    activity_report_pdf,
    case_summary_pdf,
    contact_log_pdf,
    referral_letter_pdf,
)
from trustdesk.documents.activity import ActivityReport, ActivityRow, ActivityTable
from trustdesk.documents.safety_plan import page_count, safety_plan_pdf
from trustdesk.domain.enums import (
    CaseStatus,
    ContactMode,
    Initiator,
    KnowledgeDomain,
    ProviderKind,
    ReferralStatus,
    RiskLevel,
)
from trustdesk.domain.models import Case, Contact, Provider, Referral, Task, TrustPersonProfile
from trustdesk.domain.safety import STEPS, SafetyPlan
from trustdesk.exchange.figures import cells_of
from trustdesk.exchange.national_pdf import national_pdf
from trustdesk.exchange.periods import Quarter
from trustdesk.exchange.publication import release_of
from trustdesk.vault import Vault

WORDS = ("burn-out", "Zwanenburg", "« ça va »", "verantwoordelijkheid", "x", "€15", "Ärztekammer")
SEPARATORS = (" ", "\n", "\n\n", "", " — ")  # "": one word far wider than any column


@st.composite
def long_text(draw: st.DrawFn, most: int = 700) -> str:
    """Text from empty to over a page (a page holds ~600 words, or ~50 lines): words, lines,
    blank-line blocks, or one unbreakable word."""
    n = draw(st.integers(0, most))
    word = draw(st.sampled_from(WORDS))
    separator = draw(st.sampled_from(SEPARATORS))
    return separator.join([word] * n)


def _month_key(index: int, first_year: int) -> str:
    return f"{first_year + index // 12:04d}-{index % 12 + 1:02d}"


@st.composite
def activity_reports(draw: st.DrawFn) -> ActivityReport:
    """A period of 1 month to 40 years: the month table has one row per month."""
    months = draw(st.integers(1, 480))
    first_year = draw(st.integers(1990, 2030))
    counts = st.one_of(st.none(), st.just(0), st.integers(5, 10**6))

    def rows(keys: list[str]) -> tuple[ActivityRow, ...]:
        return tuple(ActivityRow(key, draw(counts)) for key in keys)

    month_keys = [_month_key(i, first_year) for i in range(months)]
    tables = (
        ActivityTable("month", rows(month_keys)),
        ActivityTable("domain", rows([d.value for d in KnowledgeDomain])),
        ActivityTable("initiator", rows([i.value for i in Initiator])),
        ActivityTable("status", rows([s.value for s in CaseStatus])),
        ActivityTable("referral_kind", rows([k.value for k in ProviderKind] + ["unknown"])),
    )
    return ActivityReport(month_keys[0], month_keys[-1], ActivityRow("cases", draw(counts)), tables)


@settings(max_examples=25, deadline=None)
@given(report=activity_reports(), language=st.sampled_from(["nl", "fr", "en"]))
def test_the_activity_report_lays_out_for_any_period(report: ActivityReport, language: str) -> None:
    pdf = activity_report_pdf(report, language)
    month_rows = len(report.table("month").rows)
    assert page_count(pdf) >= 1 + month_rows // 60  # the long table went on over pages, nothing was dropped
    text = pdf_text(pdf)
    last = report.table("month").rows[-1]
    assert last.display in text


def test_the_reported_crash_a_121_month_period() -> None:
    rows = tuple(ActivityRow(_month_key(i, 2016), 7 if i % 3 else None) for i in range(121))
    report = ActivityReport("2016-01", "2026-01", ActivityRow("cases", 600), (ActivityTable("month", rows),))
    pdf = activity_report_pdf(report, "nl")
    assert page_count(pdf) >= 3
    assert pdf_text(pdf).count("Aantal") >= 3  # the header repeated on every page of the table


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=st.lists(long_text(), min_size=6, max_size=6), notes=st.lists(long_text(), min_size=0, max_size=4),
       letter=long_text(1500), extra=long_text(300))
def test_case_documents_lay_out_whatever_the_text(vault: Vault, fields: list[str], notes: list[str], letter: str,
                                                  extra: str) -> None:
    alias, details, workplace, name, address, provider_name = fields
    case = vault.cases.add(Case(code="", opened_on=date(2020, 1, 6), initiator=Initiator.DOCTOR, alias=alias,
                                details=details, workplace=workplace, doctor_name=name,
                                domains=frozenset({KnowledgeDomain.BURNOUT})))
    assert case.id is not None
    for i, note in enumerate(notes):
        vault.contacts.add(Contact(case_id=case.id, at=datetime(2020, 1, 7, 9) + timedelta(days=i),
                                   duration_min=30, mode=ContactMode.PHONE, notes=note, present=extra,
                                   agreements=note[: len(note) // 2], risk=RiskLevel.HIGH, safety_plan=extra))
    provider = vault.providers.add(Provider(kind=ProviderKind.PSYCHOLOGIST, name=provider_name or "P",
                                            organisation=extra, address=address))
    referral = vault.referrals.add(Referral(
        case_id=case.id, provider_id=provider.id, provider_name=provider_name, provider_kind=ProviderKind.PSYCHIATRIST,
        reason=extra, consent_given=True, consent_date=date(2020, 2, 1), consent_scope=extra,
        status=ReferralStatus.CONSENTED, status_dates={"proposed": "2020-01-20", "consented": "2020-02-01"},
        feedback=letter, letter_text=letter or "Geachte collega"))
    vault.tasks.add(Task(title=extra or "t", notes=letter, due_on=date(2020, 3, 1), case_id=case.id))
    vault.settings.set_profile(TrustPersonProfile(name=name, title=extra, contact=address))
    for level in Redaction:
        assert case_summary_pdf(vault, case.id, level, set(ALL_SECTIONS)).startswith(b"%PDF")
    assert contact_log_pdf(vault, case.id).startswith(b"%PDF")
    assert referral_letter_pdf(vault, referral.id).startswith(b"%PDF")


@settings(max_examples=8, deadline=None)
@given(steps=st.lists(long_text(250), min_size=len(STEPS), max_size=len(STEPS)))
def test_the_safety_plan_is_one_page_or_a_clear_refusal(steps: list[str]) -> None:
    plan = SafetyPlan(1, **dict(zip(STEPS, steps, strict=True)))
    try:
        pdf = safety_plan_pdf(plan, "fr")
    except DocumentError:
        return  # too long for one page: said so, not a layout crash
    except LayoutError as exc:  # pragma: no cover - the failure this test is about
        raise AssertionError(f"layout failure instead of a DocumentError: {exc}") from exc
    assert page_count(pdf) == 1


@settings(max_examples=8, deadline=None)
@given(quarters=st.integers(1, 48), count=st.integers(0, 300), seed=st.integers(0, 10**6),
       language=st.sampled_from(["nl", "fr"]))
def test_the_national_report_lays_out_for_any_number_of_quarters(quarters: int, count: int, seed: int,
                                                                  language: str) -> None:
    import random

    first = Quarter(2015, 1)
    chosen = [first]
    while len(chosen) < quarters:
        last = chosen[-1]
        chosen.append(Quarter(last.year + (last.quarter == 4), last.quarter % 4 + 1))
    cases = random_cases(random.Random(seed), count, chosen[0].start, chosen[-1].end)
    releases = [release_of(cells_of(cases, q), q, 1 + seed % 40) for q in chosen]
    assert national_pdf(releases, language).startswith(b"%PDF")
