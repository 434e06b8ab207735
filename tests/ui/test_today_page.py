"""Today page rules against a real vault: the high-risk window setting, first-contact rule, closed
cases, the backup line, free-standing follow-ups."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import CaseStatus, CloseReason, RiskLevel
from trustdesk.domain.models import Case, Contact, Task
from trustdesk.domain.rules import AttentionReason
from trustdesk.ui.case.today_page import TodayPage
from trustdesk.ui.kit.case_labels import date_text
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault
from trustdesk.vault.backup import SETTING_LAST, SETTING_LAST_OK
from trustdesk.vault.settings import TODAY_HIGH_RISK_DAYS


def _case(vault: Vault, opened_days_ago: int) -> int:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=opened_days_ago)))
    assert case.id is not None
    return case.id


def _contact(vault: Vault, case_id: int, days_ago: int, risk: RiskLevel) -> None:
    vault.contacts.add(Contact(case_id=case_id, at=datetime.now() - timedelta(days=days_ago), risk=risk,
                               safety_plan="plan" if risk.needs_safety_plan else ""))


def test_attention_rules_and_the_high_risk_setting(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    high_5 = _case(vault, 30)
    _contact(vault, high_5, 5, RiskLevel.HIGH)
    low_20 = _case(vault, 30)
    _contact(vault, low_20, 20, RiskLevel.LOW)
    silent = _case(vault, 15)  # no first contact after 15 days
    young = _case(vault, 3)  # no contact, but only 3 days old
    closed = _case(vault, 60)
    _contact(vault, closed, 30, RiskLevel.ACUTE)
    vault.cases.change_status(closed, CaseStatus.CLOSED, reason=CloseReason.DOCTOR_ENDED)

    page = TodayPage(session)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # read in a worker
        page.refresh()
    assert page.data is not None
    assert [(a.row.case_id, a.reason) for a in page.data.attention] == [
        (silent, AttentionReason.NO_FIRST_CONTACT)]
    assert young not in {a.row.case_id for a in page.data.attention}

    vault.settings.set(TODAY_HIGH_RISK_DAYS.key, 4)  # the change feed refreshes a visible page; call it here
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # read in a worker
        page.refresh()
    assert [a.row.case_id for a in page.data.attention] == [high_5, silent]  # high risk sorts first
    assert page.tree.topLevelItem(0).child(0).text(1) == vault.cases.get(high_5).code  # type: ignore[union-attr]

    vault.settings.set(TODAY_HIGH_RISK_DAYS.key, "nonsense")  # a bad value falls back to 7 days
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # read in a worker
        page.refresh()
    assert [a.row.case_id for a in page.data.attention] == [silent]


def test_backup_failure_line_and_free_standing_follow_ups(qtbot: QtBot, session: VaultSession,
                                                          vault: Vault) -> None:
    vault.tasks.add(Task(title="Supervisie plannen"))  # free-standing, no date: shown until done
    vault.tasks.add(Task(title="Op dossier zonder datum", case_id=_case(vault, 1)))  # a case's, no date: shown too
    page = TodayPage(session)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # read in a worker
        page.refresh()
    # never a backup: a gentle line that says where to choose a folder
    assert page.backup_label.isVisible() and "No backup" in page.backup_label.text()
    assert "USB stick" in page.backup_label.text()
    assert page.data is not None and ({t.title for t, *_ in page.data.tasks}
                                      == {"Supervisie plannen", "Op dossier zonder datum"})
    group = page.tree.topLevelItem(0)
    assert group is not None
    assert "no case" in [group.child(i).text(1) for i in range(group.childCount())]

    vault.settings.set(SETTING_LAST, {"at": "2026-11-25T20:16:00", "ok": False, "error": "the drive is full",
                                      "file": ""})
    qtbot.waitUntil(lambda: "20:16" in page.backup_label.text())  # settings changes refresh the visible page
    assert "25/11/2026 20:16" in page.backup_label.text() and "the drive is full" in page.backup_label.toolTip()

    stamp = datetime.now().replace(microsecond=0) - timedelta(days=1)
    vault.settings.set(SETTING_LAST_OK, stamp.isoformat())
    vault.settings.set(SETTING_LAST, {"at": stamp.isoformat(), "ok": True, "error": "", "file": "x"})
    qtbot.waitUntil(lambda: not page.backup_label.isVisible())  # a backup of yesterday: nothing to say
    old = stamp - timedelta(days=9)
    vault.settings.set(SETTING_LAST_OK, old.isoformat())
    vault.settings.set(SETTING_LAST, {"at": old.isoformat(), "ok": True, "error": "", "file": "x"})
    qtbot.waitUntil(lambda: page.backup_label.isVisible())
    assert "is 10 day" in page.backup_label.text()

    dialog = page.new_task()
    qtbot.keyClicks(dialog.title_edit, "Intervisie voorbereiden")
    dialog.has_due.setChecked(False)
    dialog.save()
    qtbot.waitUntil(lambda: {t.title for t, *_ in page.data.tasks}  # type: ignore[union-attr]
                    == {"Supervisie plannen", "Op dossier zonder datum", "Intervisie voorbereiden"})  # read again


def test_enter_on_a_follow_up_without_a_case_edits_it(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    task = vault.tasks.add(Task(title="Supervisie plannen", due_on=date.today()))
    page = TodayPage(session)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # read in a worker
        page.refresh()
    opened: list[object] = []
    page.open_case_requested.connect(lambda *args: opened.append(args))
    page.open_item(page.tree.topLevelItem(0).child(0))  # type: ignore[union-attr]
    assert opened == []  # nothing to open...
    dialog = page.dialog
    assert dialog is not None and dialog.title_edit.text() == "Supervisie plannen"  # ...so it is edited
    dialog.title_edit.setText("Supervisie plannen met Luc")
    dialog.save()
    assert vault.tasks.get(task.id or 0).title == "Supervisie plannen met Luc"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: [t.title for t, *_ in page.data.tasks]  # type: ignore[union-attr]
                    == ["Supervisie plannen met Luc"])  # read again in a worker


def test_a_high_risk_case_without_a_plan_and_an_overdue_task_need_attention(qtbot: QtBot, session: VaultSession,
                                                                           vault: Vault) -> None:
    from trustdesk.domain.safety import SafetyPlan

    planless = _case(vault, 20)
    vault.contacts.add(Contact(case_id=planless, at=datetime.now() - timedelta(days=1), risk=RiskLevel.HIGH))
    late = _case(vault, 20)
    _contact(vault, late, 2, RiskLevel.LOW)
    vault.tasks.add(Task(title="Terugbellen", case_id=late, due_on=date.today() - timedelta(days=2)))
    page = TodayPage(session)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # read in a worker
        page.refresh()
    assert page.data is not None
    assert [(a.row.case_id, a.reason) for a in page.data.attention] == [
        (planless, AttentionReason.SAFETY_PLAN_MISSING)]
    assert [t.title for t, *_ in page.data.tasks] == ["Terugbellen"]  # the overdue task: its own line, once
    texts = [page.tree.topLevelItem(g).child(c).text(0)  # type: ignore[union-attr]
             for g in range(page.tree.topLevelItemCount())
             for c in range(page.tree.topLevelItem(g).childCount())]  # type: ignore[union-attr]
    assert "High risk, no complete safety plan" in texts and "Terugbellen" in texts
    vault.safety_plans.save(SafetyPlan(case_id=planless, not_applicable_reason="opgenomen in het ziekenhuis"))
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # read in a worker
        page.refresh()
    assert page.data.attention == []


def _lines(page: TodayPage) -> list[tuple[str, list[str]]]:
    """(group title, its lines' first column) as the tree shows them."""
    out = []
    for g in range(page.tree.topLevelItemCount()):
        group = page.tree.topLevelItem(g)
        assert group is not None
        out.append((group.text(0), [group.child(c).text(0) for c in range(group.childCount())]))  # type: ignore[union-attr]
    return out


def test_a_long_today_shows_the_most_urgent_lines_and_more_on_demand(qtbot: QtBot, session: VaultSession,
                                                                      vault: Vault) -> None:
    """Thousands of lines froze the window at 5,000 cases (issue 20): each group shows SHOW_AT_FIRST lines,
    the most urgent first, and a "Show more" line that adds as many again, until all are there."""
    from trustdesk.ui.case.today_page import SHOW_AT_FIRST

    total = SHOW_AT_FIRST * 2 + 7
    with vault.transaction():
        for n in range(total):
            vault.tasks.add(Task(title=f"Taak {n:03d}", due_on=date.today() - timedelta(days=total - n)))
    page = TodayPage(session)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    assert page.data is not None and len(page.data.tasks) == total
    expected = [f"Taak {n:03d}" for n in range(total)]  # the oldest overdue first
    for shown in (SHOW_AT_FIRST, SHOW_AT_FIRST * 2, total):
        [(_title, lines)] = _lines(page)
        assert lines[:shown] == expected[:shown]
        if shown < total:
            assert len(lines) == shown + 1 and "Show more" in lines[-1] and str(total - shown) in lines[-1]
            more = page.tree.topLevelItem(0).child(shown)  # type: ignore[union-attr]
            page.tree.setCurrentItem(more)
            assert not page.open_button.isEnabled() and not page.done_button.isEnabled()
            page.open_item(more)  # Enter on it
            assert page.tree.currentItem().text(0) == expected[shown]  # type: ignore[union-attr]
        else:
            assert len(lines) == total
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # a refresh keeps what was asked for
        page.refresh()
    assert len(_lines(page)[0][1]) == total
    page.clear()  # the lock forgets it
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    assert len(_lines(page)[0][1]) == SHOW_AT_FIRST + 1


def test_an_attention_line_says_today_for_a_contact_made_today(qtbot: QtBot, session: VaultSession,
                                                               vault: Vault) -> None:
    """'last contact 6/12/2026 (0 days ago)' read as a slip (outside tester): a contact of today says today,
    any other day counts its days."""
    cases = {days: _case(vault, 20) for days in (0, 1, 3)}
    for days, case_id in cases.items():
        vault.contacts.add(Contact(case_id=case_id, at=datetime.now() - timedelta(days=days), risk=RiskLevel.ACUTE))
    page = TodayPage(session)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # read in a worker
        page.refresh()
    whens = [page.tree.topLevelItem(g).child(c).text(2)  # type: ignore[union-attr]
             for g in range(page.tree.topLevelItemCount())
             for c in range(page.tree.topLevelItem(g).childCount())]  # type: ignore[union-attr]
    contact_whens = [w for w in whens if w.startswith("last contact")]
    assert len(contact_whens) == 3 and "last contact today" in contact_whens
    for d in (1, 3):  # the English plural form is the catalogue's, not loaded here: the count and the date
        assert any(w.startswith(f"last contact {date_text(date.today() - timedelta(days=d))} ({d} day")
                   for w in contact_whens)
    assert not any("(0 day" in w for w in whens)
