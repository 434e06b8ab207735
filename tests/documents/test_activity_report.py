"""The anonymous activity report: counting, suppression, and that PDF and CSV show the same table."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from conftest import pdf_text, qpdf_check
from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.documents import activity_report, activity_report_csv, activity_report_pdf
from trustdesk.documents.activity import ActivityRow, ActivityTable, suppressed_rows
from trustdesk.documents.activity_pdf import bar_cells
from trustdesk.domain.enums import CaseStatus, Initiator, KnowledgeDomain, ProviderKind
from trustdesk.domain.models import Case, Referral
from trustdesk.vault import Vault


def _cases(vault: Vault, n: int, *, opened: date, initiator: Initiator = Initiator.DOCTOR,
           domains: frozenset[KnowledgeDomain] = frozenset({KnowledgeDomain.BURNOUT})) -> list[Case]:
    return [vault.cases.add(Case(code="", opened_on=opened, initiator=initiator, domains=domains))
            for _ in range(n)]


def test_suppression_threshold_four_and_five() -> None:
    rows = suppressed_rows([("a", 4), ("b", 5), ("c", 0), ("d", 12)])
    assert [r.display for r in rows] == ["\u00b7", "5", "0", "12"]  # a zero is a zero
    assert rows[0].count is None and rows[1].count == 5 and rows[2].count == 0


@given(st.lists(st.integers(0, 40), min_size=1, max_size=12), st.booleans())
@settings(max_examples=300)
def test_zeros_shown_one_to_four_never_and_no_cell_can_be_worked_out(counts: list[int], partition: bool) -> None:
    rows = suppressed_rows([(str(i), n) for i, n in enumerate(counts)], partition_of_shown_total=partition)
    whole_table_hidden = all(row.count is None for row in rows)
    for row, n in zip(rows, counts, strict=True):
        if 1 <= n <= 4:
            assert row.count is None and row.display == "\u00b7"
        if n == 0 and not whole_table_hidden:
            assert row.count == 0 and row.display == "0"  # never hidden, never a complement
        if row.count is not None:
            assert row.count == n
    hidden = [n for row, n in zip(rows, counts, strict=True) if row.count is None]
    if partition and sum(counts) >= 5 and not whole_table_hidden:
        assert len(hidden) != 1  # the total minus the shown cells would give a lone hidden cell away
        assert not hidden or sum(hidden) > len(hidden)  # else every hidden cell must be a 1


def test_complementary_suppression_when_one_cell_could_be_worked_out() -> None:
    rows = suppressed_rows([("a", 3), ("b", 9), ("c", 6)], partition_of_shown_total=True)
    assert [r.display for r in rows] == ["\u00b7", "9", "\u00b7"]  # 6 hidden too: 18 - 9 no longer gives a
    rows = suppressed_rows([("a", 3), ("b", 2), ("c", 6)], partition_of_shown_total=True)
    assert [r.display for r in rows] == ["\u00b7", "\u00b7", "6"]  # two hidden already: nothing more
    # total 7 = 5 + 1 + 1: the two hidden cells add up to 2, so both must be 1 -- hide the 5 too
    rows = suppressed_rows([("a", 5), ("b", 1), ("c", 1), ("d", 0)], partition_of_shown_total=True)
    assert [r.display for r in rows] == ["\u00b7", "\u00b7", "\u00b7", "0"]
    # 1+1+1+1+1 = 5 and nothing else to hide: the whole table is hidden, its zero too
    rows = suppressed_rows([("a", 1), ("b", 1), ("c", 1), ("d", 1), ("e", 1), ("f", 0)],
                           partition_of_shown_total=True)
    assert all(r.display == "\u00b7" for r in rows)


def test_report_counts_and_suppresses(vault: Vault, tmp_path: Path) -> None:
    _cases(vault, 4, opened=date(2026, 3, 2), initiator=Initiator.FAMILY)
    _cases(vault, 5, opened=date(2026, 4, 20), initiator=Initiator.COLLEAGUE,
           domains=frozenset({KnowledgeDomain.DEPRESSION, KnowledgeDomain.BURNOUT}))
    late = _cases(vault, 6, opened=date(2026, 5, 31))
    _cases(vault, 7, opened=date(2025, 12, 31))  # before the period
    _cases(vault, 7, opened=date(2026, 6, 1))  # after the period
    for case in late[:5]:
        vault.referrals.add(Referral(case_id=case.id, provider_kind=ProviderKind.GP,
                                     status_dates={"proposed": "2026-05-31"}))
    vault.referrals.add(Referral(case_id=late[5].id, provider_kind=ProviderKind.PSYCHOLOGIST,
                                 status_dates={"proposed": "2026-06-02"}))  # outside
    report = activity_report(vault, date(2026, 3, 15), date(2026, 5, 1))  # whole months: March to May
    assert (report.start_month, report.end_month) == ("2026-03", "2026-05")
    assert report.total == ActivityRow("cases", 15)
    months = {r.key: r.display for r in report.table("month").rows}
    # March (4) is suppressed; April (5) too, or 15 - 6 would give March away.
    assert months == {"2026-03": "\u00b7", "2026-04": "\u00b7", "2026-05": "6"}
    assert {r.key: r.display for r in report.table("domain").rows}["burnout"] == "15"
    assert {r.key: r.display for r in report.table("domain").rows}["depression"] == "5"
    initiators = {r.key: r.display for r in report.table("initiator").rows}
    # family (4) hidden; the zeros are shown, so colleague (5, the smallest shown count) is hidden too
    assert initiators["family"] == "\u00b7" and initiators["colleague"] == "\u00b7" and initiators["doctor"] == "6"
    assert initiators["coordinator"] == "0" and initiators["other"] == "0"
    assert {r.key: r.display for r in report.table("status").rows}["intake"] == "15"
    kinds = {r.key: r.display for r in report.table("referral_kind").rows}
    assert kinds["gp"] == "5" and kinds["psychologist"] == "0" and kinds["unknown"] == "0"  # zeros are zeros
    assert set(kinds) == {k.value for k in ProviderKind} | {"unknown"}
    assert {r.key for r in report.table("status").rows} == {s.value for s in CaseStatus}

    pdf = activity_report_pdf(report, "nl")
    qpdf_check(pdf, tmp_path)
    text = pdf_text(pdf)
    assert "Anoniem activiteitenverslag" in text and "maart 2026" in text and "mei 2026" in text
    assert "\u00b7" in text and "huisarts" in text
    assert "TD-2026" not in text and "TD-2025" not in text  # no case codes
    assert "31 mei" not in text and "2026-05-31" not in text  # no dates finer than a month

    rows = list(csv.DictReader(io.StringIO(activity_report_csv(report).decode("utf-8"))))
    cells = {(r["table"], r["key"]): r["count"] for r in rows}
    assert cells[("total", "cases")] == "15"
    assert cells[("month", "2026-03")] == "hidden" and cells[("domain", "depression")] == "5"
    assert all(r["period_start"] == "2026-03" and r["period_end"] == "2026-05" for r in rows)
    for table in report.tables:  # the CSV holds exactly the report's table
        for row in table.rows:
            assert cells[(table.name, row.key)] == ("hidden" if row.count is None else row.display)


def test_small_total_suppresses_the_total(vault: Vault) -> None:
    _cases(vault, 2, opened=date(2026, 1, 5))
    report = activity_report(vault, date(2026, 1, 1), date(2026, 1, 31))
    assert report.total.display == "\u00b7"
    assert "TD-" not in activity_report_csv(report).decode()


@given(st.lists(st.one_of(st.none(), st.just(0), st.integers(5, 10**5)), min_size=1, max_size=40))
@settings(max_examples=100)
def test_chart_draws_no_bar_for_a_suppressed_cell(counts: list[int | None]) -> None:
    from reportlab.graphics.shapes import Rect, String

    table = ActivityTable("month", tuple(ActivityRow(str(i), c) for i, c in enumerate(counts)))
    cells = bar_cells(table)
    assert len(cells) == len(counts)  # one drawing per row: the table splits across pages row by row
    widths = []
    for drawing, count in zip(cells, counts, strict=True):
        bars = [s for s in drawing.contents if isinstance(s, Rect)]
        labels = [s.text for s in drawing.contents if isinstance(s, String)]
        if not count:  # suppressed or zero: no bar, and "\u00b7" only in the count column
            assert bars == [] and labels == []
        else:
            assert len(bars) == 1 and labels == [str(count)]
            assert bars[0].x + bars[0].width + 3 <= drawing.width  # the bar and its number's start fit
            widths.append((count, bars[0].width))
    for (a, wa), (b, wb) in zip(widths, widths[1:], strict=False):  # one scale for every row
        assert (a < b) == (wa < wb) or a == b


def test_the_ui_gets_the_same_labels_without_reportlab() -> None:
    import subprocess
    import sys

    code = ("import sys; from trustdesk.documents import activity_row_label, Labels; "
            "print(activity_row_label(Labels('fr'), 'month', '2026-08'), "
            "activity_row_label(Labels('nl'), 'referral_kind', 'unknown'), 'reportlab' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "août 2026 niet opgegeven False"
