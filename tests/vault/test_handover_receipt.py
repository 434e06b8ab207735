"""Erasing handed-over cases at the sender needs the successor's receipt, in the vault itself (no
dialog can skip it): refused before the import and its receipt, allowed after; a typo, a wrong code
and another handover's receipt are all refused without a change.  The receive preview lists the
codes and says which were received before."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain.enums import CaseStatus
from trustdesk.domain.models import Case
from trustdesk.ui.security.queries import open_for_preview
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.handover import file_id_of, import_handover, read_handover, write_handover
from trustdesk.vault.handover_sender import (
    ReceiptProblem,
    ReceiptRejected,
    close_handed_over,
    confirm_receipt,
    erase_after_receipt,
    receipt_for,
    sent_handovers,
)


def _two(tmp_path: Path, new_vault: Callable[..., Vault]) -> tuple[Vault, Vault]:
    return (new_vault(tmp_path / "sender", keychain=Keychain.none(), name="sender"),
            new_vault(tmp_path / "receiver", keychain=Keychain.none(), name="receiver"))


def _cases(vault: Vault, n: int) -> list[int]:
    ids = []
    for i in range(n):
        case = vault.cases.add(Case(code="", opened_on=date(2026, 3, 1 + i), doctor_name=f"Naamrc{i}",
                                    workplace="AZ Groeninge", details=f"Detailrc{i}"))
        assert case.id is not None
        ids.append(case.id)
    return ids


def test_erasing_before_the_receipt_is_refused_and_after_it_allowed(tmp_path: Path,
                                                                    new_vault: Callable[..., Vault]) -> None:
    sender, receiver = _two(tmp_path, new_vault)
    try:
        ids = _cases(sender, 3)
        data, code = write_handover(sender, ids[:2])
        file_id = file_id_of(data)
        # order 1: the sender tries to erase first -- refused, both ways in, nothing changed
        with pytest.raises(ReceiptRejected) as refused:
            close_handed_over(sender, ids[:2], file_id=file_id, minimum=True, note="x")
        assert refused.value.problem is ReceiptProblem.REQUIRED
        with pytest.raises(ReceiptRejected):
            erase_after_receipt(sender, file_id, note="x")
        assert all(sender.cases.get(i).doctor_name for i in ids)  # type: ignore[union-attr]
        assert all(sender.cases.get(i).status is not CaseStatus.CLOSED for i in ids)  # type: ignore[union-attr]
        # closing while keeping everything needs no receipt
        assert len(close_handed_over(sender, ids[:1], file_id=file_id, minimum=False, note="x")) == 1
        # order 2: the successor imports; their receipt lets the sender erase (open and closed ones alike)
        preview = read_handover(data, code)
        import_handover(receiver, preview)
        receipt = receipt_for(preview)
        sent = confirm_receipt(sender, receipt)
        assert sent.file_id == file_id and sent.confirmed and len(sent.codes) == 2
        erased = erase_after_receipt(sender, file_id, note="to Dr. B")
        assert sorted(c.id for c in erased) == ids[:2]
        for i in ids[:2]:
            case = sender.cases.get(i)
            assert case is not None and case.status is CaseStatus.CLOSED and case.doctor_name == ""
        assert sender.cases.get(ids[2]).doctor_name == "Naamrc2"  # type: ignore[union-attr]
        assert not sender.search("Naamrc0") and not sender.search("Detailrc1")
        assert len(sender.audit.entries(event="handover_receipt")) == 1
        assert sender.audit.verify().intact
    finally:
        sender.lock()
        receiver.lock()


def test_another_handovers_receipt_erases_nothing_of_this_one(tmp_path: Path, new_vault: Callable[..., Vault]) -> None:
    sender, receiver = _two(tmp_path, new_vault)
    try:
        ids = _cases(sender, 2)
        one, code_one = write_handover(sender, ids[:1])
        two, _code_two = write_handover(sender, ids[1:])
        confirm_receipt(sender, receipt_for(read_handover(one, code_one)))
        with pytest.raises(ReceiptRejected):  # file two has no receipt yet
            close_handed_over(sender, ids[1:], file_id=file_id_of(two), minimum=True, note="")
        with pytest.raises(ReceiptRejected):  # file one's receipt does not cover a case of file two
            close_handed_over(sender, ids[1:], file_id=file_id_of(one), minimum=True, note="")
        assert sender.cases.get(ids[1]).doctor_name == "Naamrc1"  # type: ignore[union-attr]
        assert [h.confirmed != "" for h in sorted(sent_handovers(sender), key=lambda h: h.file_id != file_id_of(one))] \
            == [True, False]
    finally:
        sender.lock()
        receiver.lock()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(alphabet="0123456789ABCDEFGHJKMNPQRSTVWXYZ-", max_size=30).filter(
    lambda t: len(t.replace("-", "")) != 16), st.text(alphabet="UÉ!?*", min_size=1, max_size=3).map(lambda t: "ABCDEFGHJKMNPQR" + t)))
def test_a_malformed_receipt_is_said_as_such(vault: Vault, typed: str) -> None:
    with pytest.raises(ReceiptRejected) as refused:
        confirm_receipt(vault, typed)
    assert refused.value.problem is ReceiptProblem.MALFORMED


def test_a_well_formed_wrong_receipt_is_wrong_and_changes_nothing(vault: Vault) -> None:
    ids = _cases(vault, 1)
    write_handover(vault, ids)
    before = vault.settings.get("handover.sent")
    with pytest.raises(ReceiptRejected) as refused:
        confirm_receipt(vault, "0000-0000-0000-0000")
    assert refused.value.problem is ReceiptProblem.WRONG
    assert vault.settings.get("handover.sent") == before


def test_the_preview_lists_the_codes_and_says_which_are_here_already(tmp_path: Path,
                                                                     new_vault: Callable[..., Vault]) -> None:
    sender, receiver = _two(tmp_path, new_vault)
    try:
        ids = _cases(sender, 3)
        codes = [sender.cases.get(i).code for i in ids]  # type: ignore[union-attr]
        first, code_first = write_handover(sender, ids[:1])
        import_handover(receiver, read_handover(first, code_first))
        again, code_again = write_handover(sender, ids)
        preview, here = open_for_preview(receiver, again, code_again)
        assert sorted(str(c["code"]) for c in preview.cases) == sorted(codes)
        local = receiver.cases.list()[0].code
        assert here == {codes[0]: local}
    finally:
        sender.lock()
        receiver.lock()


@pytest.mark.parametrize("holds", ["note", "task", "referral", "alias"])
def test_a_case_without_a_doctors_name_is_erased_too(tmp_path: Path, new_vault: Callable[..., Vault],
                                                      holds: str) -> None:
    """A case closed keeping everything, with no name or details but a note (or a task, a referral, an
    alias), was taken for "already the minimum" and kept its note through the later erase."""
    from datetime import datetime

    from trustdesk.domain.models import Contact, Referral, Task

    sender, receiver = _two(tmp_path, new_vault)
    try:
        case = sender.cases.add(Case(code="", opened_on=date(2026, 3, 1),
                                     alias="Aliasrc" if holds == "alias" else ""))
        assert case.id is not None
        if holds == "note":
            sender.contacts.add(Contact(case_id=case.id, at=datetime(2026, 3, 2, 10), notes="Notitiercx"))
        elif holds == "task":
            sender.tasks.add(Task(title="Taakrcx", case_id=case.id))
        elif holds == "referral":
            sender.referrals.add(Referral(case_id=case.id, provider_name="Praktijkrcx", reason="Redenrcx"))
        data, code = write_handover(sender, [case.id])
        close_handed_over(sender, [case.id], file_id=file_id_of(data), minimum=False, note="x")
        preview = read_handover(data, code)
        import_handover(receiver, preview)
        confirm_receipt(sender, receipt_for(preview))
        erased = erase_after_receipt(sender, file_id_of(data), note="to Dr. B")
        assert [c.id for c in erased] == [case.id]
        assert all(c.notes == "" for c in sender.contacts.for_case(case.id))
        assert sender.tasks.for_case(case.id) == []
        assert all(r.provider_name == "" and r.reason == "" for r in sender.referrals.for_case(case.id))
        stored = sender.cases.get(case.id)
        assert stored is not None and stored.alias == ""
        for word in ("Notitiercx", "Taakrcx", "Redenrcx", "Aliasrc"):
            assert not sender.search(word)
    finally:
        sender.lock()
        receiver.lock()
