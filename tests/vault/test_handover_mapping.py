"""A handover of several cases between two data folders, codes checked one by one: whatever order
the sender picks the cases in, the receiver numbers them in the order of the sender's codes, every
received case carries its sender code and the content of exactly that case, and both audit logs
record the exact mapping (file, position, code).  A replayed file is refused before any key
derivation, and the refusal is audited.  Closing handed-over cases keeps only the minimum."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from tests.vault_copies import VaultTemplates
from trustdesk.domain import Case, Contact, KnowledgeDomain, Language, Referral, RiskLevel, Task
from trustdesk.domain.enums import CaseStatus, CloseReason
from trustdesk.vault import Keychain, Vault
from trustdesk.vault import handover as handover_module
from trustdesk.vault.handover import (
    MINIMUM_NECESSARY,
    HandoverReason,
    HandoverRejected,
    Section,
    file_id_of,
    import_handover,
    open_handover,
    read_handover,
    write_handover,
)
from trustdesk.vault.handover_sender import ReceiptRejected, close_handed_over, confirm_receipt, receipt_for

N = 6


@pytest.fixture(scope="module")
def two_vaults(tmp_path_factory: pytest.TempPathFactory,
               vault_templates: VaultTemplates) -> tuple[Vault, Vault, list[int]]:
    root = tmp_path_factory.mktemp("handover")
    sender = vault_templates.copy(root / "sender-data", PASSPHRASE, keychain=Keychain.none(), name="sender")
    ids = []
    # opened in an order unlike the code order (the case list shows the newest first)
    for i, day in enumerate((20, 3, 11, 27, 1, 15)):
        case = sender.cases.add(Case(code="", opened_on=date(2026, 5, day), language=Language.NL,
                                     domains=frozenset({KnowledgeDomain.BURNOUT}), doctor_name=f"Dokter-{i}",
                                     workplace=f"Praktijk-{i}"))
        assert case.id is not None
        sender.contacts.add(Contact(case_id=case.id, at=datetime(2026, 6, 1 + i, 10), notes=f"notitie-{i}",
                                    risk=RiskLevel.MODERATE))
        sender.tasks.add(Task(title=f"taak-{i}", case_id=case.id, due_on=date(2027, 1, 1)))
        sender.referrals.add(Referral(case_id=case.id, provider_name=f"Psycholoog-{i}", reason=f"reden-{i}"))
        ids.append(case.id)
    yield sender, None, ids  # type: ignore[misc]
    sender.lock()


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(list(range(N))), size=st.integers(min_value=2, max_value=N),
       own_cases=st.integers(min_value=0, max_value=3))
def test_codes_keep_their_order_and_both_logs_hold_the_exact_mapping(
        two_vaults: tuple[Vault, Vault, list[int]], tmp_path_factory: pytest.TempPathFactory,
        order: list[int], size: int, own_cases: int, new_vault: Callable[..., Vault]) -> None:
    sender, _, ids = two_vaults
    chosen = [ids[i] for i in order[:size]]
    data, code = write_handover(sender, chosen, frozenset({Section.INTAKE, Section.TASKS, Section.REFERRALS,
                                                           Section.CONTACTS}))
    file_id = file_id_of(data)
    sent = [e for e in sender.audit.entries(event="handover_sent") if file_id in e.detail]
    sender_codes = sorted((sender.cases.get(i).code for i in chosen),  # type: ignore[union-attr]
                          key=lambda c: int(c.rsplit("-", 1)[1]))
    # the sender's log: one entry per case, its exact position in the file
    assert {e.case_code: e.detail.split("; ")[1] for e in sent} == {
        c: f"case {n} of {size}" for n, c in enumerate(sender_codes, start=1)}

    receiver = new_vault(tmp_path_factory.mktemp("receiver") / "data", keychain=Keychain.none(), name="receiver")
    try:
        for _ in range(own_cases):
            receiver.cases.add(Case(code="", opened_on=date.today()))
        created = import_handover(receiver, read_handover(data, code))
        assert [c.previous_code for c in created] == sender_codes  # the order of the sender's codes
        new_codes = [c.code for c in created]
        assert new_codes == sorted(new_codes, key=lambda c: int(c.rsplit("-", 1)[1]))
        by_sender = {sender.cases.get(i).code: sender.cases.get(i) for i in chosen}  # type: ignore[union-attr]
        for case in created:  # one by one: the received case is exactly the sender's case it says it was
            origin = by_sender[case.previous_code]
            assert (case.doctor_name, case.workplace) == (origin.doctor_name, origin.workplace)
            assert origin.id is not None and case.id is not None
            assert [k.notes for k in receiver.contacts.for_case(case.id)] == [
                k.notes for k in sender.contacts.for_case(origin.id)]
            assert [t.title for t in receiver.tasks.for_case(case.id)] == [
                t.title for t in sender.tasks.for_case(origin.id)]
            assert [r.reason for r in receiver.referrals.for_case(case.id)] == [
                r.reason for r in sender.referrals.for_case(origin.id)]
        received = receiver.audit.entries(event="handover_received")
        assert {e.case_code: e.detail for e in received} == {
            c.code: f"file {file_id}; case {n} of {size}; was {c.previous_code}"
            for n, c in enumerate(created, start=1)}
    finally:
        receiver.lock()


def test_replay_is_refused_at_once_and_audited(two_vaults: tuple[Vault, Vault, list[int]], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch, new_vault: Callable[..., Vault]) -> None:
    sender, _, ids = two_vaults
    data, code = write_handover(sender, ids[:2])
    receiver = new_vault(tmp_path / "receiver", keychain=Keychain.none(), name="receiver")
    try:
        import_handover(receiver, open_handover(receiver, data, code))
        before = [tuple(r) for r in receiver.db.query("SELECT * FROM cases ORDER BY id")]

        def no_derivation(*_args: object) -> bytes:
            raise AssertionError("a replay is refused before the key derivation")

        monkeypatch.setattr(handover_module.keyslots, "argon2id", no_derivation)
        for typed in (code, "wrong", ""):  # whatever code is typed: refused at once
            with pytest.raises(HandoverRejected) as refused:
                open_handover(receiver, data, typed)
            assert refused.value.reason is HandoverReason.REPLAYED
        assert [tuple(r) for r in receiver.db.query("SELECT * FROM cases ORDER BY id")] == before
        refusals = receiver.audit.entries(event="handover_refused")
        assert len(refusals) == 3 and all(e.detail == f"file {file_id_of(data)}; replayed" for e in refusals)
        assert receiver.audit.verify().intact
    finally:
        receiver.lock()


@pytest.mark.parametrize("minimum", [True, False])
def test_closing_handed_over_cases_keeps_only_what_was_chosen(tmp_path: Path, minimum: bool, new_vault: Callable[..., Vault]) -> None:
    sender = new_vault(tmp_path / "sender", keychain=Keychain.none(), name="sender")
    try:
        ids = []
        for i in range(3):
            case = sender.cases.add(Case(code="", opened_on=date(2026, 2, 1 + i), doctor_name=f"Naamxq{i}",
                                         doctor_phone="0470", details=f"Detailxq{i}", workplace="AZ Delta"))
            assert case.id is not None
            sender.contacts.add(Contact(case_id=case.id, at=datetime(2026, 2, 5, 9), notes=f"Notitiexq{i}",
                                        duration_min=45, risk=RiskLevel.HIGH))
            sender.referrals.add(Referral(case_id=case.id, provider_name="Psycholoog", reason=f"Redenxq{i}"))
            ids.append(case.id)
        data, code = write_handover(sender, ids[:2])
        if minimum:  # erasing needs the successor's receipt: refused before it, changing nothing
            with pytest.raises(ReceiptRejected):
                close_handed_over(sender, ids[:2], file_id=file_id_of(data), minimum=True, note="", today=date(2026, 12, 6))
            assert sender.cases.get(ids[0]).doctor_name == "Naamxq0"  # type: ignore[union-attr]
            confirm_receipt(sender, receipt_for(read_handover(data, code)))
        closed = close_handed_over(sender, ids[:2], file_id=file_id_of(data), minimum=minimum,
                                   note="Overgedragen op 6/12/2026 aan Dr. Opvolger.", today=date(2026, 12, 6))
        assert [c.id for c in closed] == ids[:2]
        for case_id in ids[:2]:
            case = sender.cases.get(case_id)
            assert case is not None and case.status is CaseStatus.CLOSED
            assert case.close_reason is CloseReason.HANDED_OVER and case.closed_on == date(2026, 12, 6)
            assert "Dr. Opvolger" in case.close_note
            contacts = sender.contacts.for_case(case_id)
            assert [k.duration_min for k in contacts] == [45]  # the anonymous figures stay
            if minimum:
                assert (case.doctor_name, case.doctor_phone, case.details, case.workplace) == ("", "", "", "")
                assert all(k.notes == "" for k in contacts)
                assert all(r.reason == "" for r in sender.referrals.for_case(case_id))
            else:
                assert case.doctor_name.startswith("Naamxq")
        kept = sender.cases.get(ids[2])
        assert kept is not None and kept.status is not CaseStatus.CLOSED and kept.doctor_name == "Naamxq2"
        for word in ("Naamxq0", "Notitiexq1", "Detailxq0"):
            assert bool(sender.search(word)) is not minimum, word
        entries = sender.audit.entries(event="handover_closed")
        assert len(entries) == 2 and all(e.detail.endswith("minimum" if minimum else "full") for e in entries)
        # asked again (already closed): nothing more happens
        assert close_handed_over(sender, ids[:2], file_id=file_id_of(data), minimum=False, note="") == []
    finally:
        sender.lock()


def test_a_round_trip_keeps_every_status_and_invents_no_contact(tmp_path: Path, keychain: Keychain,
                                                                 new_vault: Callable[..., Vault]) -> None:
    """Issue 19.2: an intake case stays intake, a waiting one waiting; the receiver has exactly the contacts
    the file carried (none without the contact section, every one with it), and the handover is an audit
    event of each case, not a contact dated today."""
    sender = new_vault(tmp_path / "s", keychain=keychain, name="s")
    receiver = new_vault(tmp_path / "r", keychain=keychain, name="r")
    statuses = [CaseStatus.INTAKE, CaseStatus.ACTIVE, CaseStatus.WAITING, CaseStatus.INTAKE, CaseStatus.ACTIVE]
    ids, contacts = [], {}
    for i, status in enumerate(statuses):
        case = sender.cases.add(Case(code="", opened_on=date(2026, 3, 1 + i), status=status))
        assert case.id is not None
        for n in range(i % 3):
            sender.contacts.add(Contact(case_id=case.id, at=datetime(2026, 3, 2 + i, 9 + n), risk=RiskLevel.HIGH))
        ids.append(case.id)
        contacts[case.code] = i % 3
    for sections, carried in ((MINIMUM_NECESSARY, False), (MINIMUM_NECESSARY | {Section.CONTACTS}, True)):
        data, code = write_handover(sender, ids, sections)
        before = {c.id for c in receiver.cases.list()}
        import_handover(receiver, read_handover(data, code))
        new = [c for c in receiver.cases.list() if c.id not in before]
        by_previous = {c.previous_code: c for c in new}
        for case_id, status in zip(ids, statuses, strict=True):
            sent = sender.cases.get(case_id)
            assert sent is not None
            got = by_previous[sent.code]
            assert got.status is status
            assert len(receiver.contacts.for_case(got.id or 0)) == (contacts[sent.code] if carried else 0)
        received = receiver.audit.entries(event="handover_received")
        assert {e.case_code for e in received} >= {c.code for c in new}


@pytest.mark.parametrize("workplaces", [["AZ Groeninge", "Huisartsenpraktijk De Linde", "AZ Groeninge Kortrijk"],
                                        ["UZ Gent", "", "AZ Sint-Jan Brugge"]])
def test_every_incoming_case_goes_through_the_conflict_check(tmp_path: Path, keychain: Keychain,
                                                             new_vault: Callable[..., Vault],
                                                             workplaces: list[str]) -> None:
    """Issue 19.3: the receiver's affiliations are checked against every incoming case (the shared check of
    vault.conflict); an overlapping case without a decision refuses the import with nothing written; keep
    (with a reason) imports it, return stores it minimal and closed."""
    from trustdesk.domain.enums import ConflictDecision
    from trustdesk.vault.conflict import ConflictUndecided, conflicts_of
    from trustdesk.vault.handover import handover_conflicts
    from trustdesk.vault.settings import CONFLICT_AFFILIATIONS

    sender = new_vault(tmp_path / "s", keychain=keychain, name="s")
    receiver = new_vault(tmp_path / "r", keychain=keychain, name="r")
    receiver.settings.set(CONFLICT_AFFILIATIONS.key, ["AZ Groeninge", "AZ Sint-Jan Brugge"])
    ids = []
    for i, workplace in enumerate(workplaces):
        case = sender.cases.add(Case(code="", opened_on=date(2026, 3, 1 + i), workplace=workplace,
                                     doctor_name=f"Dr {i}"))
        assert case.id is not None
        ids.append(case.id)
    codes = [sender.cases.get(i).code for i in ids]  # type: ignore[union-attr]
    expected = {code for code, w in zip(codes, workplaces, strict=True) if conflicts_of(receiver, w)}
    assert expected  # every parameter set has at least one overlap
    data, code = write_handover(sender, ids)
    preview = read_handover(data, code)
    assert set(handover_conflicts(receiver, preview)) == expected
    before = (receiver.cases.list(), len(receiver.audit.entries()))
    with pytest.raises(ConflictUndecided):
        import_handover(receiver, preview)
    assert (receiver.cases.list(), len(receiver.audit.entries())) == before  # nothing written
    first, *rest = sorted(expected)
    decisions = {first: (ConflictDecision.RETURN, "")} | {c: (ConflictDecision.KEEP, "ander team") for c in rest}
    created = {c.previous_code: c for c in import_handover(receiver, preview, decisions=decisions)}
    assert created[first].status is CaseStatus.CLOSED and created[first].workplace == ""
    assert created[first].close_reason is CloseReason.RETURNED_CONFLICT
    for c in rest:
        assert created[c].conflict_decision is ConflictDecision.KEEP and created[c].conflict_note == "ander team"
    assert {e.case_code for e in receiver.audit.entries(event="conflict_decision")} == {
        created[c].code for c in expected}
