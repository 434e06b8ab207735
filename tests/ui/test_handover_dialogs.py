"""Handover between two real vaults through the dialogs (file dialogs stood in for): choose cases
and sections, re-auth, the code shown once, the offer to close the cases; the successor previews
and imports, and sees where the cases came from.  Every refusal leaves the receiving vault as it
was: wrong code, tampered, truncated, replayed, not a handover file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import CaseOrigin, CaseStatus, CloseReason, Language, RiskLevel
from trustdesk.domain.models import Case, Contact, Task
from trustdesk.domain.safety import SafetyPlan
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.security import handover_dialogs, handover_receive
from trustdesk.ui.security.handover_dialogs import HandOverDialog
from trustdesk.ui.security.handover_receive import ReceiveHandoverDialog
from trustdesk.vault import Keychain, Vault


def _session(vault: Vault) -> VaultSession:
    s = VaultSession()
    s.open(vault)
    return s


@pytest.fixture
def successor(tmp_path: Path, keychain: Keychain, new_vault: Callable[..., Vault]) -> Iterator[Vault]:
    v = new_vault(tmp_path / "successor", keychain=keychain, name="successor")
    yield v
    v.lock()


@pytest.fixture
def sessions(qapp: QApplication, vault: Vault, successor: Vault) -> Iterator[tuple[VaultSession, VaultSession]]:
    a, b = _session(vault), _session(successor)
    yield a, b
    for s in (a, b):
        if s.is_unlocked:
            s.lock()
        s.deleteLater()


def _cases(vault: Vault) -> list[Case]:
    made = []
    for i, language in enumerate((Language.NL, Language.FR, Language.NL)):
        case = vault.cases.add(Case(code="", opened_on=date(2026, 9, 1 + i), language=language,
                                    doctor_name=f"Dr Testnaam{i}", workplace="AZ Groeninge"))
        assert case.id is not None
        vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 9, 3 + i, 19, 0), risk=RiskLevel.HIGH,
                                   notes=f"Vertrouwelijke notitie {i}"))
        vault.safety_plans.save(SafetyPlan(case_id=case.id, warning_signs="Piekeren", help_people="Zus",
                                           environment_safety="Medicatie weg"))
        vault.tasks.add(Task(title=f"Terugbellen {i}", case_id=case.id, due_on=date.today() + timedelta(days=2)))
        made.append(case)
    return made


def _snapshot(vault: Vault) -> Any:
    settings = {k: v for k, v in vault.settings.all().items() if not k.startswith("audit.")}  # the log's own
    return ([c for c in vault.cases.list()], settings, len(vault.audit.entries()))


def _send(qtbot: QtBot, session: VaultSession, codes: set[str], target: Path, monkeypatch: pytest.MonkeyPatch,
          *, contacts: bool = False) -> HandOverDialog:
    asked: list[str] = []
    monkeypatch.setattr(handover_dialogs, "require_reauth", lambda _s, _p, what: asked.append(what) or True)
    monkeypatch.setattr(handover_dialogs, "ask_save_path", lambda _parent, suggested: target)
    dialog = HandOverDialog(session)
    qtbot.addWidget(dialog)
    dialog.set_chosen(codes)
    dialog.section_boxes["contacts"].setChecked(contacts)
    dialog.show()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1 or bool(dialog.error.text()), timeout=10000)
    assert dialog.stack.currentIndex() == 1, dialog.error.text()
    assert asked and all(code in asked[0] for code in codes)
    return dialog


def _receiver(qtbot: QtBot, session: VaultSession, path: Path, monkeypatch: pytest.MonkeyPatch) -> ReceiveHandoverDialog:
    monkeypatch.setattr(handover_receive, "ask_open_path", lambda _parent: path)
    dialog = ReceiveHandoverDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.choose_file()
    return dialog


def _open(qtbot: QtBot, dialog: ReceiveHandoverDialog, code: str) -> None:
    dialog.code_edit.setText(code)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.check_button.isEnabled() and not dialog.busy.isVisible(), timeout=10000)


def test_round_trip_between_two_vaults(qtbot: QtBot, sessions: tuple[VaultSession, VaultSession], vault: Vault,
                                       successor: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = sessions
    first, second, kept = _cases(vault)
    target = tmp_path / "out" / "h.tdhandover"
    target.parent.mkdir()
    vault.cases.update(replace(first, alias="collega cardiologie"))
    picker = HandOverDialog(a)
    qtbot.addWidget(picker)
    lines = [picker.cases.item(i).text() for i in range(picker.cases.count())]
    assert [line.split()[0] for line in lines] == sorted(line.split()[0] for line in lines)  # in code order
    assert "“collega cardiologie”" in lines[0] and "opened" in lines[0] and "last contact" in lines[0]
    picker.reject()
    dialog = _send(qtbot, a, {first.code, second.code}, target, monkeypatch)
    code = dialog.code.text()
    assert len(code.replace("-", "")) >= 26 and target.exists()  # shown once, the file is written
    assert dialog.code.font().styleHint() is not None and "another channel" in dialog.advice.text()
    assert b"Testnaam" not in target.read_bytes() and b"Piekeren" not in target.read_bytes()  # encrypted

    qtbot.mouseClick(dialog.close_cases_button, Qt.MouseButton.LeftButton)
    assert dialog.close_panel.isVisible()  # it asks first: nothing is closed yet
    assert all(vault.cases.get(c.id or 0).status is not CaseStatus.CLOSED for c in (first, second))  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.confirm_close_button, Qt.MouseButton.LeftButton)
    assert "who takes" in dialog.closed_note.text()  # the successor is asked for
    assert all(vault.cases.get(c.id or 0).status is not CaseStatus.CLOSED for c in (first, second))  # type: ignore[union-attr]
    dialog.successor.setText("Dr. Opvolger")
    # erasing waits for the successor's receipt: before it, only "keep everything" can be chosen
    assert not dialog.keep_minimum.isEnabled() and dialog.keep_full.isChecked()
    assert "receipt" in dialog.receipt_note.text()
    qtbot.mouseClick(dialog.confirm_close_button, Qt.MouseButton.LeftButton)
    closed = [vault.cases.get(c.id or 0) for c in (first, second)]
    assert all(c is not None and c.status is CaseStatus.CLOSED and c.close_reason is CloseReason.HANDED_OVER
               and c.doctor_name.startswith("Dr Testnaam") and "Dr. Opvolger" in c.close_note for c in closed)
    closing = [e for e in vault.audit.entries(event="handover_closed")]
    assert sorted(e.case_code for e in closing) == sorted([first.code, second.code])
    assert all(e.detail.endswith("kept full") for e in closing)
    assert vault.cases.get(kept.id or 0).status is not CaseStatus.CLOSED  # type: ignore[union-attr]
    dialog.accept()
    assert dialog.code.text() == ""  # not kept

    receiver = _receiver(qtbot, b, target, monkeypatch)
    _open(qtbot, receiver, code.lower())  # typed in lower case: still the code
    assert receiver.import_button.isEnabled(), receiver.message.text()
    assert "2 case" in receiver.summary.text() and "0 contact note" in receiver.summary.text()
    assert "2 open task(s)" in receiver.summary.text()
    assert first.code in receiver.summary.text() and second.code in receiver.summary.text()  # the codes, listed
    assert successor.cases.list() == []  # a preview writes nothing
    qtbot.mouseClick(receiver.import_button, Qt.MouseButton.LeftButton)
    imported = sorted(successor.cases.list(), key=lambda c: c.code)
    assert [c.previous_code for c in imported] == sorted([first.code, second.code])  # the order is kept
    for c in imported:
        assert f"{c.code} (was {c.previous_code}" in receiver.message.text()
    assert all(c.origin is CaseOrigin.HANDOVER for c in imported)
    assert all(successor.safety_plans.current(c.id or 0) is not None for c in imported)
    assert all(successor.tasks.for_case(c.id or 0) for c in imported)
    assert "Imported 2 case(s)" in receiver.message.text()
    receipt = receiver.receipt
    assert len(receipt.replace("-", "")) == 16 and receipt in receiver.message.text()
    receiver.accept()
    # the dialog is closed: the successor shows the receipt code again (no name, no note on that screen)
    from trustdesk.ui.security.received_receipts import ReceivedReceiptsDialog

    again = ReceivedReceiptsDialog(b)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.list.count() == 1)
    assert again.code.text() == receipt
    shown = again.list.item(0).text() + again.code.text() + again.intro.text()
    assert all(c.code in shown for c in imported) and "Testnaam" not in shown and "2 case" in shown
    again.accept()

    # the sender confirms the receipt, and only then keeps only the minimum
    from trustdesk.ui.security.handover_receipt import ReceiptDialog

    confirm = ReceiptDialog(a)
    qtbot.addWidget(confirm)
    for typed, says in (("ABCD-EFGH", "not a receipt code"), ("0000-0000-0000-0000", "none of your handovers")):
        confirm.code_edit.setText(typed)
        confirm.check()
        assert says in confirm.state.text() and not confirm.erase_button.isEnabled()
    assert all(vault.cases.get(c.id or 0).doctor_name for c in (first, second))  # type: ignore[union-attr]
    confirm.code_edit.setText(receipt.lower().replace("-", " "))
    confirm.check()
    assert confirm.erase_button.isEnabled() and first.code in confirm.state.text()
    confirm.successor.setText("Dr. Opvolger")
    # the erase asks one last question (Cancel its default); declining erases nothing and writes nothing
    from trustdesk.ui.security import handover_receipt

    asked: list[tuple[tuple[str, ...], str]] = []
    monkeypatch.setattr(handover_receipt, "confirm_erase", lambda _p, codes, who: asked.append((codes, who)) or False)
    before = len(vault.audit.entries())
    confirm.erase()
    assert asked == [(tuple(sorted([first.code, second.code])), "Dr. Opvolger")]
    assert all(vault.cases.get(c.id or 0).doctor_name for c in (first, second))  # type: ignore[union-attr]
    assert len(vault.audit.entries()) == before and "Nothing was erased" in confirm.state.text()
    monkeypatch.setattr(handover_receipt, "confirm_erase", lambda _p, codes, who: True)
    confirm.erase()
    confirmed = vault.audit.entries(event="handover_erase_confirmed")
    assert len(confirmed) == 1 and "2 cases" in confirmed[0].detail and first.code in confirmed[0].case_code
    erased = [vault.cases.get(c.id or 0) for c in (first, second)]
    assert all(c is not None and c.doctor_name == "" and c.workplace == "" for c in erased)
    assert all(not vault.contacts.for_case(c.id or 0) or all(k.notes == "" for k in vault.contacts.for_case(c.id or 0))
               for c in (first, second))
    assert len(vault.audit.entries(event="handover_receipt")) == 1
    assert vault.cases.get(kept.id or 0).doctor_name  # type: ignore[union-attr]  # not in the file: untouched


def test_every_refusal_leaves_the_receiving_vault_unchanged(qtbot: QtBot, sessions: tuple[VaultSession, VaultSession],
                                                           vault: Vault, successor: Vault, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = sessions
    first, *_ = _cases(vault)
    target = tmp_path / "h.tdhandover"
    sent = _send(qtbot, a, {first.code}, target, monkeypatch, contacts=True)  # held: its last reference frees it
    code = sent.code.text()
    good = target.read_bytes()
    successor.cases.add(Case(code="", opened_on=date(2026, 1, 5)))  # the successor's own case
    before = _snapshot(successor)

    def refused(data: bytes, typed: str, words: str) -> None:
        path = tmp_path / f"bad{len(data)}-{typed[:3]}.tdhandover"
        path.write_bytes(data)
        receiver = _receiver(qtbot, b, path, monkeypatch)
        _open(qtbot, receiver, typed)
        assert not receiver.import_button.isEnabled()
        assert words in receiver.message.text() and "Nothing was imported" in receiver.message.text()
        assert _snapshot(successor) == before
        receiver.reject()

    wrong = ("0" * 4 + "-") * 6 + "0" * 2
    refused(good, wrong, "code does not open")
    tampered = bytearray(good)
    tampered[-40] ^= 0x01
    refused(bytes(tampered), code, "changed or cut short")
    refused(good[: len(good) // 2], code, "changed or cut short")
    refused(good.split(b"\n", 2)[0] + b"\n{not json", code, "damaged or incomplete")
    refused(b"%PDF-1.7 not a handover", code, "not a TrustDesk handover")

    # imported once: fine; a second time (replay): refused, nothing written
    receiver = _receiver(qtbot, b, target, monkeypatch)
    _open(qtbot, receiver, code)
    assert "1 contact note" in receiver.summary.text()
    receiver.import_cases()
    after_first = _snapshot(successor)
    assert len(after_first[0]) == 2
    again = _receiver(qtbot, b, target, monkeypatch)
    _open(qtbot, again, code)  # said at once, when the file is opened: no preview, no Import
    assert "already imported" in again.message.text()
    assert again.summary.text() == "" and not again.import_button.isEnabled()
    cases, settings, audit_count = _snapshot(successor)
    for kept in (settings, after_first[1]):  # the audit log's own bookkeeping moves with the refusal's entry
        kept.pop("audit.head_floor", None)
    assert (cases, settings) == after_first[:2] and audit_count == after_first[2] + 1
    assert successor.audit.entries()[0].event == "handover_refused"


def test_no_reauth_no_file(qtbot: QtBot, sessions: tuple[VaultSession, VaultSession], vault: Vault,
                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, _b = sessions
    first, *_ = _cases(vault)
    monkeypatch.setattr(handover_dialogs, "require_reauth", lambda *_args: False)
    asked: list[str] = []
    monkeypatch.setattr(handover_dialogs, "ask_save_path", lambda _p, s: asked.append(s))
    dialog = HandOverDialog(a)
    qtbot.addWidget(dialog)
    dialog.set_chosen({first.code})
    audit_before = len(vault.audit.entries())
    dialog.hand_over()
    assert dialog.stack.currentIndex() == 0 and not asked and len(vault.audit.entries()) == audit_before
    assert not list(tmp_path.glob("*.tdhandover"))


@pytest.mark.parametrize("how", ["cancelled", "write fails", "folder missing"])
def test_a_cancelled_or_failed_save_records_no_handover(qtbot: QtBot, sessions: tuple[VaultSession, VaultSession],
                                                       vault: Vault, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    """The audit entry and the 'sent' record are written with the file, after its atomic write: a save dialog
    left with Escape, or a write that fails, leaves neither (and the cases are not offered for closing)."""
    from trustdesk.vault import files
    from trustdesk.vault.handover import SENT_KEY

    a, _b = sessions
    first, second, _kept = _cases(vault)
    monkeypatch.setattr(handover_dialogs, "require_reauth", lambda *_args: True)
    target = tmp_path / ("missing" if how == "folder missing" else "out") / "h.tdhandover"
    monkeypatch.setattr(handover_dialogs, "ask_save_path",
                        lambda _p, _s: None if how == "cancelled" else target)
    if how == "write fails":
        def disk_full(_path: Path, _data: bytes, mode: int = 0o600) -> None:
            raise OSError(28, "No space left on device")
        monkeypatch.setattr(files, "atomic_write_bytes", disk_full)
    dialog = HandOverDialog(a)
    qtbot.addWidget(dialog)
    dialog.set_chosen({first.code, second.code})
    audit_before = [e.event for e in vault.audit.entries()]
    dialog.hand_over()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10000)
    assert ("Not saved" if how == "cancelled" else "could not be written") in dialog.error.text()
    assert dialog.stack.currentIndex() == 0 and not dialog.handed_over
    assert [e.event for e in vault.audit.entries()] == audit_before  # no "handover_sent"
    assert not vault.audit.entries(event="handover_sent")
    assert not vault.settings.get(SENT_KEY, {})  # no 'sent' record waiting for a receipt
    assert not list(tmp_path.rglob("*.tdhandover"))
    if how == "folder missing":  # the same choice, once the folder exists: recorded with the file, per case
        target.parent.mkdir()
        dialog.hand_over()
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
        assert target.exists() and len(vault.audit.entries(event="handover_sent")) == 2
        assert list(vault.settings.get(SENT_KEY, {})) == [dialog.file_id]


def test_the_receiver_is_asked_about_a_conflict_of_interest_before_importing(
        qtbot: QtBot, sessions: tuple[VaultSession, VaultSession], vault: Vault, successor: Vault, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 19.3: an incoming case whose workplace overlaps the successor's affiliations is shown in the
    preview with the keep-with-reason / return question; Import stays off until it is answered."""
    from trustdesk.domain.enums import ConflictDecision
    from trustdesk.vault.settings import CONFLICT_AFFILIATIONS

    a, b = sessions
    first, second, _kept = _cases(vault)  # all at "AZ Groeninge"
    successor.settings.set(CONFLICT_AFFILIATIONS.key, ["AZ Groeninge Kortrijk"])
    target = tmp_path / "h.tdhandover"
    sent = _send(qtbot, a, {first.code, second.code}, target, monkeypatch)  # held: its last reference frees it
    code = sent.code.text()
    receiver = _receiver(qtbot, b, target, monkeypatch)
    _open(qtbot, receiver, code)
    assert receiver.preview is not None and receiver.conflict_panel.isVisibleTo(receiver)
    assert first.code in receiver.conflict_text.text() and "conflict" in receiver.conflict_text.text()
    assert not receiver.import_button.isEnabled()
    receiver.conflict_keep.setChecked(True)
    assert not receiver.import_button.isEnabled()  # keeping needs a reason
    receiver.conflict_reason.setText("ander ziekenhuisteam")
    assert receiver.import_button.isEnabled()
    qtbot.mouseClick(receiver.import_button, Qt.MouseButton.LeftButton)
    imported = successor.cases.list()
    assert len(imported) == 2 and all(c.conflict_decision is ConflictDecision.KEEP for c in imported)
    assert len(successor.audit.entries(event="conflict_decision")) == 2


@pytest.mark.parametrize("count", [1, 2, 7])
def test_the_erase_question_names_the_cases_and_defaults_to_cancel(qapp: QApplication, count: int) -> None:
    """Issue 19: the last question before keeping only the minimum says how many cases, what is erased and
    what is kept; Enter (the default button) and Escape both cancel."""
    from PySide6.QtWidgets import QMessageBox

    from trustdesk.ui.security.handover_receipt import erase_question

    codes = tuple(f"TD-2026-{n:04d}" for n in range(1, count + 1))
    box = erase_question(None, codes, "Dr. Opvolger")
    try:
        assert box.defaultButton() is box.escapeButton()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        assert str(count) in box.text() and all(code in box.text() for code in codes)
        detail = box.informativeText()
        assert "Erased" in detail and "Kept" in detail and "Dr. Opvolger" in detail
        erase = [b for b in box.buttons() if b.objectName() == "handover_erase_yes"]
        assert len(erase) == 1 and erase[0] is not box.defaultButton() and str(count) in erase[0].text()
    finally:
        box.deleteLater()


def test_cases_already_handed_over_are_not_offered_again(qtbot: QtBot, sessions: tuple[VaultSession, VaultSession],
                                                         vault: Vault, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 19: a case already in a handover file is listed disabled with its handover date, and cannot be
    ticked or sent again; the others stay as they were."""
    a, _b = sessions
    first, second, kept = _cases(vault)
    _send(qtbot, a, {first.code, second.code}, tmp_path / "h.tdhandover", monkeypatch).accept()
    picker = HandOverDialog(a)
    qtbot.addWidget(picker)
    items = {picker.cases.item(i).data(handover_dialogs.CASE_ROLE).code: picker.cases.item(i)
             for i in range(picker.cases.count())}
    today = handover_dialogs.date_text(date.today())
    for code in (first.code, second.code):
        assert not items[code].flags() & Qt.ItemFlag.ItemIsEnabled
        assert "already handed over on" in items[code].text() and today in items[code].text()
    assert items[kept.code].flags() & Qt.ItemFlag.ItemIsEnabled and "handed over" not in items[kept.code].text()
    picker.set_chosen({first.code, second.code, kept.code})
    assert [c.code for c in picker.chosen_cases()] == [kept.code]


def test_the_receive_preview_gives_each_case_its_status_and_risk_and_fits_a_laptop(
        qtbot: QtBot, sessions: tuple[VaultSession, VaultSession], monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 19: each case of the preview says its status and current risk at the predecessor; with a long
    preview, a conflict question and the import's result all shown, the dialog still fits 1366×768 with
    its buttons on screen (the three scroll together)."""
    from PySide6.QtCore import QRect

    from tests.i18n.test_fits_screen import misfits
    from tests.waits import apply_layouts
    from trustdesk.domain.conflicts import Overlap
    from trustdesk.ui.kit import screen
    from trustdesk.vault.handover import HandoverPreview, Section

    area = QRect(0, 0, 1366, 768)
    monkeypatch.setattr(screen, "available_area", lambda *_a: area)
    _a, b = sessions
    statuses, risks = list(CaseStatus)[:3], list(RiskLevel)
    cases = [{"code": f"TD-2026-{n:04d}", "opened_on": "2026-03-01", "status": statuses[n % 3].value,
              "current_risk": risks[n % len(risks)].value} for n in range(1, 31)]
    preview = HandoverPreview("f" * 32, "2026-11-02T10:00:00", frozenset(Section), cases)
    dialog = ReceiveHandoverDialog(b)
    qtbot.addWidget(dialog)
    from trustdesk.ui.kit.risk_badge import risk_text, status_text

    lines = dialog.case_lines(preview, {})
    for line, data in zip(lines[:-1], cases, strict=False):
        assert status_text(CaseStatus(data["status"])) in line and risk_text(RiskLevel(data["current_risk"])) in line
    dialog._previewed(preview, {})
    dialog._conflicts_found({c["code"]: [Overlap("AZ Groeninge", "AZ Groeninge Kortrijk")] for c in cases[:12]})
    dialog.message.setText("\n".join(f"TD-2026-{n:04d} (was TD-2025-{n:04d})" for n in range(30)))
    dialog.show()
    apply_layouts()
    assert misfits(dialog, area) == []
    assert dialog.import_button.isVisible() and dialog.close_button.isVisible()
