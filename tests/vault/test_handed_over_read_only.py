"""A case handed over to a successor is read-only at the sender, in the vault itself: every write
method of every repository that touches a case refuses it with ``CaseHandedOver`` and changes
nothing -- whether the sender kept the full case or only the minimum after the receipt -- and
reopening it is refused.  So is a case closed as "handed over after referral" (``CaseReferredOn``);
a case closed for any other reason stays writable and can be reopened.  A new public method of these repositories without a decision (write or
read) fails this test, so no write can slip past the guard unnoticed."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain.enums import HANDED_OVER_REASONS, CaseStatus, CloseReason, ReferralStatus
from trustdesk.domain.models import Case, Contact, Referral, Task
from trustdesk.domain.safety import SafetyPlan
from trustdesk.domain.scores import Instrument, Score
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.cases import CaseRepository
from trustdesk.vault.contacts import ContactRepository
from trustdesk.vault.errors import CaseHandedOver, CaseReferredOn
from trustdesk.vault.handover import file_id_of, import_handover, read_handover, write_handover
from trustdesk.vault.handover_sender import (
    close_handed_over,
    confirm_receipt,
    erase_after_receipt,
    receipt_for,
)
from trustdesk.vault.referrals import ReferralRepository
from trustdesk.vault.safety_plans import SafetyPlanRepository, ScoreRepository
from trustdesk.vault.tasks import TaskRepository

READS = {  # every other public method of these repositories is a write and is tried below
    CaseRepository: {"next_code", "get", "by_code", "status_history", "last_reopening", "list", "overview", "list_rows", "count",
                     "labels", "closed_before", "add", "keep_minimum", "delete"},  # add: a new case; keep_minimum: the erase; delete: retention
    ContactRepository: {"get", "for_case", "current_risk", "revisions", "has_revisions", "count"},
    ReferralRepository: {"get", "for_case", "list", "fields_of", "count"},
    TaskRepository: {"get", "for_case", "open_due_by", "count_open_beyond", "open_undated_without_case", "open_undated", "list",
                     "count"},
    SafetyPlanRepository: {"current", "versions", "count"},
    ScoreRepository: {"for_case", "count"},
}


def _writes(v: Vault, ids: dict[str, int], text: str) -> dict[tuple[type, str], Callable[[], Any]]:
    case_id = ids["case"]
    contact = v.contacts.get(ids["contact"])
    referral = v.referrals.get(ids["referral"])
    task = v.tasks.get(ids["task"])
    case = v.cases.get(case_id)
    assert contact and referral and task and case
    return {
        (CaseRepository, "update"): lambda: v.cases.update(replace(case, details=text)),
        (CaseRepository, "change_status"): lambda: v.cases.change_status(case_id, CaseStatus.ACTIVE),
        (ContactRepository, "add"): lambda: v.contacts.add(Contact(case_id=case_id, at=datetime(2026, 5, 1, 9),
                                                                   notes=text)),
        (ContactRepository, "update"): lambda: v.contacts.update(replace(contact, notes=text)),
        (ContactRepository, "delete"): lambda: v.contacts.delete(ids["contact"]),
        (ReferralRepository, "add"): lambda: v.referrals.add(Referral(case_id=case_id, reason=text)),
        (ReferralRepository, "update"): lambda: v.referrals.update(replace(referral, reason=text)),
        (ReferralRepository, "advance"): lambda: v.referrals.advance(ids["referral"], ReferralStatus.DECLINED),
        (ReferralRepository, "delete"): lambda: v.referrals.delete(ids["referral"]),
        (TaskRepository, "add"): lambda: v.tasks.add(Task(title=text or "t", case_id=case_id)),
        (TaskRepository, "update"): lambda: v.tasks.update(replace(task, notes=text)),
        (TaskRepository, "mark_done"): lambda: v.tasks.mark_done(ids["task"]),
        (TaskRepository, "delete"): lambda: v.tasks.delete(ids["task"]),
        (SafetyPlanRepository, "save"): lambda: v.safety_plans.save(SafetyPlan(case_id=case_id,
                                                                              warning_signs=text + "!")),
        (ScoreRepository, "add"): lambda: v.scores.add(Score(case_id=case_id, instrument=Instrument.GAD7, total=3,
                                                             taken_on=date(2026, 5, 2))),
        (ScoreRepository, "delete"): lambda: v.scores.delete(ids["score"]),
    }


def _case_with_everything(v: Vault) -> dict[str, int]:
    case = v.cases.add(Case(code="", opened_on=date(2026, 3, 1), doctor_name="Naamho", details="Detailho"))
    assert case.id is not None
    contact = v.contacts.add(Contact(case_id=case.id, at=datetime(2026, 3, 2, 10), notes="notitie"))
    referral = v.referrals.add(Referral(case_id=case.id, reason="reden"))
    task = v.tasks.add(Task(title="bellen", case_id=case.id, due_on=date(2026, 4, 1)))
    v.safety_plans.save(SafetyPlan(case_id=case.id, warning_signs="tekens"))
    score = v.scores.add(Score(case_id=case.id, instrument=Instrument.PHQ9, total=5, taken_on=date(2026, 3, 2)))
    assert contact.id and referral.id and task.id and score.id
    return {"case": case.id, "contact": contact.id, "referral": referral.id, "task": task.id, "score": score.id}


def _snapshot(v: Vault) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for table in ("cases", "contacts", "contact_revisions", "referrals", "tasks", "safety_plans", "scores"):
        rows.extend((table, *tuple(r)) for r in v.db.query(f"SELECT * FROM {table} ORDER BY id"))
    return rows


def _write_methods() -> set[tuple[type, str]]:
    """Every public method of the repositories that is not a read: each must be in ``_writes``."""
    return {(cls, name) for cls, reads in READS.items()
            for name, _f in inspect.getmembers(cls, inspect.isfunction) if not name.startswith("_") and name not in reads}


@pytest.mark.parametrize("how", ["kept_full", "kept_minimum", "after_referral"])
def test_a_handed_over_case_refuses_every_write(tmp_path: Path, new_vault: Callable[..., Vault],
                                                how: str) -> None:
    sender = new_vault(tmp_path / "sender", keychain=Keychain.none(), name="sender")
    receiver = new_vault(tmp_path / "receiver", keychain=Keychain.none(), name="receiver")
    try:
        ids = _case_with_everything(sender)
        other = _case_with_everything(sender)  # not handed over: stays writable
        data, code = write_handover(sender, [ids["case"]])
        file_id = file_id_of(data)
        reason, refusal = CloseReason.HANDED_OVER, CaseHandedOver
        if how == "after_referral":  # closed by the trust person: the provider took over the care
            sender.cases.change_status(ids["case"], CaseStatus.CLOSED, on=date(2026, 4, 2),
                                       reason=CloseReason.HANDED_OVER_AFTER_REFERRAL)
            reason, refusal = CloseReason.HANDED_OVER_AFTER_REFERRAL, CaseReferredOn
        elif how == "kept_minimum":
            preview = read_handover(data, code)
            import_handover(receiver, preview)
            confirm_receipt(sender, receipt_for(preview))
            erase_after_receipt(sender, file_id, note="n", successor="Dr. B")
            # the erase removed tasks and plans: put rows back the raw way to try their writes too
            sender.db.execute("INSERT INTO tasks (case_id, title, notes, created_at) VALUES (?, 't', '', ?)",
                              (ids["case"], "2026-03-03T10:00:00"))
            ids["task"] = int(sender.db.scalar("SELECT max(id) FROM tasks"))
        else:
            close_handed_over(sender, [ids["case"]], file_id=file_id, minimum=False, note="n", successor="Dr. B")
        case = sender.cases.get(ids["case"])
        assert case is not None and case.close_reason is reason

        @settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
        @given(text=st.text(min_size=0, max_size=30))
        def each_write_refused(text: str) -> None:
            for (cls, name), write in _writes(sender, ids, text).items():
                before = _snapshot(sender)
                with pytest.raises(refusal) as refused:
                    write()
                assert refused.value.code == case.code, f"{cls.__name__}.{name}"
                assert _snapshot(sender) == before, f"{cls.__name__}.{name} changed the vault before refusing"

        assert set(_writes(sender, ids, "")) == _write_methods(), "a write method nobody tried (or a read in READS)"
        each_write_refused()
        # the guard is about that case only: the same writes on a case still held here go through
        for (_cls, name), write in _writes(sender, other, "ok").items():
            if name != "change_status":
                write()
    finally:
        sender.lock()
        receiver.lock()


def test_the_erase_itself_and_retention_still_reach_a_handed_over_case(tmp_path: Path,
                                                                       new_vault: Callable[..., Vault]) -> None:
    sender = new_vault(tmp_path / "s", keychain=Keychain.none(), name="sender")
    receiver = new_vault(tmp_path / "r", keychain=Keychain.none(), name="receiver")
    try:
        ids = _case_with_everything(sender)
        data, code = write_handover(sender, [ids["case"]])
        close_handed_over(sender, [ids["case"]], file_id=file_id_of(data), minimum=False, note="n")
        preview = read_handover(data, code)
        import_handover(receiver, preview)
        confirm_receipt(sender, receipt_for(preview))
        erased = erase_after_receipt(sender, file_id_of(data), note="n", successor="Dr. B")
        assert [c.id for c in erased] == [ids["case"]] and erased[0].doctor_name == ""
        assert "successor Dr. B; " in sender.audit.entries(event="handover_erase_confirmed")[-1].detail
        from trustdesk.ui.security.audit_words import handover_detail_text

        said = handover_detail_text(sender.audit.entries(event="handover_erase_confirmed")[-1].detail)
        assert said is not None and "Dr. B" in said and "minimum" in said
        sender.cases.delete(ids["case"])  # the retention rule destroys it in the end
        assert sender.cases.get(ids["case"]) is None
    finally:
        sender.lock()
        receiver.lock()


@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(reason=st.sampled_from(list(CloseReason)), text=st.text(min_size=1, max_size=20))
def test_only_the_handed_over_reasons_make_a_closed_case_read_only(vault: Vault, reason: CloseReason,
                                                                  text: str) -> None:
    ids = _case_with_everything(vault)
    vault.cases.change_status(ids["case"], CaseStatus.CLOSED, on=date(2026, 4, 2), reason=reason)
    writes = _writes(vault, ids, text)
    if reason in HANDED_OVER_REASONS:
        for write in writes.values():
            with pytest.raises(CaseHandedOver):
                write()
        return
    for (_cls, name), write in writes.items():  # every write goes through, reopening included
        if name not in ("change_status", "delete", "mark_done"):
            write()
    assert vault.cases.change_status(ids["case"], CaseStatus.ACTIVE).status is CaseStatus.ACTIVE
