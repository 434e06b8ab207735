"""Today never says "nothing" while something is open (issue 18): every open task with a due date up to
``UPCOMING_DAYS`` ahead is a line (overdue and today under "Tasks due", the coming days under their own
group), every open undated one is a line too, of a case or not (the page says "tasks you add without a
date stay here"; an undated task of a case was once left out), any later one is counted in the status
line, and the empty sentence is shown only when no task at all is open.  Checked over random sets of tasks, done or not, with or
without a case."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from trustdesk.domain.models import Case, Task
from trustdesk.ui.case.queries import UPCOMING_DAYS
from trustdesk.ui.case.today_page import TASK_ROLE, TodayPage
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault

TASKS = st.lists(st.tuples(st.one_of(st.none(), st.integers(-20, 40)),  # due in days from today
                           st.booleans(),  # on a case
                           st.booleans()),  # done
                 max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tasks=TASKS)
def test_every_open_dated_task_is_on_today_and_nothing_is_said_only_when_nothing_is_open(
        qtbot: QtBot, session: VaultSession, vault: Vault, tasks: list[tuple[int | None, bool, bool]]) -> None:
    for task in vault.tasks.list(include_done=True):
        assert task.id is not None
        vault.tasks.delete(task.id)
    case = vault.cases.add(Case(code="", opened_on=date.today()))
    today = date.today()
    shown: set[int] = set()
    counted = 0
    for index, (days, on_case, done) in enumerate(tasks):
        due = today + timedelta(days=days) if days is not None else None
        stored = vault.tasks.add(Task(title=f"Terugbellen {index}", due_on=due, case_id=case.id if on_case else None,
                                      done_at=datetime.now() if done else None))
        assert stored.id is not None
        if done:
            continue
        if days is None or days <= UPCOMING_DAYS:
            shown.add(stored.id)
        else:
            counted += 1

    page = TodayPage(session)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    lines = {page.tree.topLevelItem(g).child(c).data(0, TASK_ROLE)  # type: ignore[union-attr]
             for g in range(page.tree.topLevelItemCount())
             for c in range(page.tree.topLevelItem(g).childCount())}  # type: ignore[union-attr]
    assert shown <= lines, "an open task, undated or due within the coming days, is missing from Today"
    assert page.data is not None and page.data.later == counted
    groups = [page.tree.topLevelItem(g).text(0) for g in range(page.tree.topLevelItemCount())]  # type: ignore[union-attr]
    if any(0 < d <= UPCOMING_DAYS for d, _c, done in tasks if d is not None and not done):
        assert "Coming days" in groups
    nothing_open = not shown and not counted and not page.data.attention
    said_nothing = page.state.text().startswith("Nothing is open")
    assert said_nothing == nothing_open
    if counted and not shown and not page.data.attention:
        assert str(counted) in page.state.text()
    page.close()
