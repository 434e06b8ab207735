"""What a load of the cases list costs grows with nothing but the rows it has to make: the same
SQL statements for 10 cases as for 40, each repeated value translated once, the rows on screen
the only ones asked for their data, and no list read at all when the page is only passed on the
way to a case.  Relative guards (counts), never wall-clock times."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import CaseStatus, KnowledgeDomain, RiskLevel
from trustdesk.domain.models import Case, Contact, Task
from trustdesk.domain.rules import AttentionReason
from trustdesk.ui.case.cases_model import CaseFilter, CaseRow, CasesModel, Column, RowMaker
from trustdesk.ui.case.cases_page import CasesPage
from trustdesk.ui.kit.risk_badge import attention_short_text, risk_text, status_text
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault
from trustdesk.vault.cases import CaseListRow

TODAY = date(2026, 6, 1)


def _add_cases(vault: Vault, count: int, start: int = 0) -> None:
    for n in range(start, start + count):
        case = vault.cases.add(Case(code="", opened_on=TODAY - timedelta(days=n % 40),
                                    domains=frozenset({list(KnowledgeDomain)[n % 5]}), alias=f"A{n}" if n % 3 else ""))
        assert case.id is not None
        vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 5, 1) + timedelta(hours=n),
                                   risk=list(RiskLevel)[n % len(RiskLevel)]))
        if n % 2:
            vault.tasks.add(Task(title="t", case_id=case.id, due_on=TODAY - timedelta(days=n % 7)))


def _statements_of_a_load(vault: Vault) -> list[str]:
    statements: list[str] = []
    vault.db.conn.set_trace_callback(statements.append)
    try:
        CasesModel._load(vault, "None yet")  # what the worker runs
    finally:
        vault.db.conn.set_trace_callback(None)
    return statements


def test_a_list_load_asks_the_vault_the_same_statements_for_four_times_the_cases(vault: Vault) -> None:
    _add_cases(vault, 10)
    few = _statements_of_a_load(vault)
    _add_cases(vault, 30, start=10)
    many = _statements_of_a_load(vault)
    assert few and len(many) == len(few)  # no statement per case (or per contact)


line_st = st.builds(
    CaseListRow,
    case_id=st.integers(1, 10_000), status=st.sampled_from(list(CaseStatus)),
    opened_on=st.dates(date(2020, 1, 1), TODAY), current_risk=st.sampled_from(list(RiskLevel)),
    last_contact=st.none() | st.dates(date(2020, 1, 1), TODAY),
    first_open_due=st.none() | st.dates(date(2020, 1, 1), date(2027, 1, 1)), plan_satisfied=st.booleans(),
    item9_positive_on=st.none() | st.dates(date(2020, 1, 1), TODAY),
    plan_complete_on=st.none() | st.dates(date(2020, 1, 1), TODAY),
    code=st.from_regex(r"TD-20[0-9]{2}-[0-9]{4}", fullmatch=True), alias=st.sampled_from(["", "Anna", "Ünal"]),
    domains=st.frozensets(st.sampled_from(list(KnowledgeDomain)), max_size=3),
    coordinator_ref=st.sampled_from(["", "REF-1", "ÉCLUSE"]), specialty=st.sampled_from(["", "Anesthésie"]),
    region=st.sampled_from(["antwerp", "liège", "brussels"]), previous_code=st.sampled_from(["", "TD-2019-0001"]))


@settings(max_examples=40, deadline=None)
@given(lines=st.lists(line_st, max_size=60))
def test_each_repeated_value_is_translated_once_per_load(qapp: object, lines: list[CaseListRow]) -> None:
    maker = RowMaker(TODAY, "None yet")
    rows = [maker.row(line) for line in lines]
    values = {("status", r.status) for r in rows} | {("risk", r.risk) for r in rows} \
        | {("domains", r.domains) for r in rows} | {("attention", r.attention) for r in rows if r.attention} \
        | {("region", line.region) for line in lines} \
        | {("item9", line.item9_positive_on) for r, line in zip(rows, lines, strict=True)
           if r.attention is AttentionReason.ITEM9_POSITIVE}  # the day said: one text per day
    assert maker.translations == len(values)  # not one per row, nor one per combination
    for row, line in zip(rows, lines, strict=True):  # and the texts are each value's own
        assert row.labels[1:4] == (status_text(line.status), row.labels[2], risk_text(line.current_risk))
        assert row.labels[4] == (attention_short_text(row.attention, line.item9_positive_on) if row.attention else "")
        assert row.haystack == row.haystack.casefold() and line.code.casefold() in row.haystack


def _row(n: int, status: CaseStatus, risk: RiskLevel, opened: int, attention: bool, word: str) -> CaseRow:
    return CaseRow(n, f"TD-2026-{n:04d}", status, frozenset({list(KnowledgeDomain)[n % 5]}), risk,
                   None if n % 4 == 0 else TODAY - timedelta(days=n % 9), TODAY - timedelta(days=opened),
                   AttentionReason.OVERDUE_TASK if attention else None, f"td-2026-{n:04d} {word}",
                   (f"TD-2026-{n:04d}", "s", "d", "r", ""))


row_st = st.builds(_row, st.integers(0, 9999), st.sampled_from(list(CaseStatus)), st.sampled_from(list(RiskLevel)),
                   st.integers(0, 30), st.booleans(), st.sampled_from(["arts", "médecin", "zorg"]))
filter_st = st.builds(
    CaseFilter, text=st.sampled_from(["", "arts", "TD-2026-00", "méd zorg"]),
    status=st.none() | st.sampled_from(list(CaseStatus)), domain=st.none() | st.sampled_from(list(KnowledgeDomain)),
    risks=st.none() | st.frozensets(st.sampled_from(list(RiskLevel)), min_size=1),
    attention_only=st.booleans(), show_closed=st.booleans())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(row_st, max_size=40, unique_by=lambda r: r.case_id), case_filter=filter_st,
       column=st.integers(0, Column.COUNT - 1), descending=st.booleans())
def test_filtering_and_sorting_keep_their_meaning(session: VaultSession, rows: list[CaseRow],
                                                  case_filter: CaseFilter, column: int, descending: bool) -> None:
    model = CasesModel(session)
    model.set_rows(list(rows))
    model.set_filter(case_filter)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    model.sort(column, order)
    # what the list meant before it was made cheaper: every row asked, two stable sorts
    from trustdesk.ui.case.cases_model import _sort_key

    expected = [r for r in rows if case_filter.accepts(r)]
    expected.sort(key=lambda r: r.code, reverse=descending)
    expected.sort(key=_sort_key(column), reverse=descending)
    assert [r.case_id for r in model.matching_rows()] == [r.case_id for r in expected]
    assert case_filter.select(rows) == [r for r in rows if case_filter.accepts(r)]


class _Counting(CasesModel):
    asked: set[int]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        self.asked.add(index.row())
        return super().data(index, role)


def _rows_asked_for_a_screen(session: VaultSession, qtbot: QtBot, count: int) -> int:
    model = _Counting(session)
    model.asked = set()
    model.set_rows([_row(n, CaseStatus.ACTIVE, RiskLevel.LOW, n % 30, False, "arts") for n in range(count)])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 500)
    view.show()
    qtbot.waitUntil(lambda: bool(model.asked))  # painted
    view.viewport().repaint()  # and once more, synchronously
    return len(model.asked)


def test_only_the_rows_on_screen_are_asked_for_their_texts(session: VaultSession, qtbot: QtBot) -> None:
    few, many = _rows_asked_for_a_screen(session, qtbot, 300), _rows_asked_for_a_screen(session, qtbot, 3000)
    assert 0 < many == few < 100  # a screenful, whatever the list holds


def test_passing_the_list_on_the_way_to_a_case_reads_no_list(session: VaultSession, vault: Vault,
                                                              qtbot: QtBot) -> None:
    _add_cases(vault, 3)
    case_id = vault.cases.list_rows()[0].case_id
    page = CasesPage(session)
    qtbot.addWidget(page)
    loads: list[int] = []
    page.model.loaded.connect(lambda: loads.append(page.model.total_count()))
    page.show()  # the main window shows the page on its way to a case (its open_case) ...
    assert page.open_case(case_id)  # ... and opens the case in the same turn of the event loop
    later: list[bool] = []
    QTimer.singleShot(0, lambda: later.append(True))  # after the list's own next turn would have come
    qtbot.waitUntil(lambda: bool(later))
    assert loads == [] and not page.model._loading  # nothing read: the list was left before its turn
    page.show_list()  # back to the list: read now
    qtbot.waitUntil(lambda: loads == [3])
