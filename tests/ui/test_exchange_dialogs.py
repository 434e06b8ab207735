"""The trust person's side of the coordinator exchange: contact cards, opening an intake, sending
figures, and the release notice."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import CaseOrigin, Initiator, KnowledgeDomain, Language, Province
from trustdesk.domain.models import Case
from trustdesk.exchange import local
from trustdesk.exchange.errors import Refusal
from trustdesk.exchange.figures import read_figures
from trustdesk.exchange.intake import IntakeForm, make_intake
from trustdesk.exchange.keys import Identity, Role, parse_card
from trustdesk.exchange.periods import Quarter
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault

COORDINATOR = Identity.generate()
COORDINATOR_CARD = COORDINATOR.card("Coördinatie", Role.COORDINATOR)
FORM = IntakeForm(coordinator_ref="AIN-7", initiator=Initiator.FAMILY, language=Language.NL,
                  region=Province.ANTWERP, domains=frozenset({KnowledgeDomain.BURNOUT}), contact_when="na 18 uur",
                  consent_to_contact=True, doctor_name="Dr Voorbeeld", doctor_phone="0470 00 00 00")


@pytest.fixture
def session(proven_session: VaultSession) -> VaultSession:
    return proven_session


def _trusting(vault: Vault) -> None:
    local.remember_coordinator_card(vault, COORDINATOR_CARD, "artsinnood@1")
    local.confirm_coordinator_card(vault, COORDINATOR_CARD.fingerprint)


def _named(dialog: QWidget) -> None:
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, (QAbstractButton, QComboBox, QLineEdit)) and widget.isVisibleTo(dialog):
            assert widget.objectName() and widget.accessibleName(), widget


def test_contact_card_dialog_saves_the_card_and_confirms_the_coordinator(
        qtbot: QtBot, session: VaultSession, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from trustdesk.ui.exchange.contact_card_dialog import ContactCardDialog

    local.remember_coordinator_card(vault, COORDINATOR_CARD, "artsinnood@1")
    dialog = ContactCardDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.card is not None)
    assert dialog.fingerprint.text() == local.identity(vault).fingerprint
    assert dialog.theirs_fingerprint.text() == COORDINATOR_CARD.fingerprint
    assert dialog.confirm_button.isVisibleTo(dialog)
    _named(dialog)
    target = tmp_path / "me.tdcard"
    monkeypatch.setattr("trustdesk.ui.exchange.exchange_files.ask_save_path", lambda *_a: target)
    dialog.name_edit.setText("Dr  Vertrouwen ")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: target.exists() and "me.tdcard" in dialog.message.text(), timeout=10_000)
    card = parse_card(target.read_bytes())
    assert card.name == "Dr Vertrouwen" and card.key_id == local.identity(vault).key_id
    dialog.confirm_button.click()  # a click alone trusts nothing: the digits heard are typed
    assert dialog.confirm_button.isVisibleTo(dialog) and "6 groups of 5 digits" in dialog.message.text()
    dialog.heard.setText(COORDINATOR_CARD.fingerprint)
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: not dialog.confirm_button.isVisibleTo(dialog))
    assert local.trusted_coordinator(vault) == COORDINATOR_CARD


def test_after_the_card_is_saved_and_trusted_closing_asks_nothing(
        qtbot: QtBot, session: VaultSession, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside tester: after the coordinator's card was trusted, Close asked "Discard your changes?": the
    digits typed (and the name put on the saved card) were taken for an unsaved draft."""
    from PySide6.QtCore import Qt

    from trustdesk.ui.exchange.contact_card_dialog import ContactCardDialog
    from trustdesk.ui.kit.lock_bound import draft_changed

    local.remember_coordinator_card(vault, COORDINATOR_CARD, "artsinnood@1")
    dialog = ContactCardDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.card is not None)
    target = tmp_path / "me.tdcard"
    monkeypatch.setattr("trustdesk.ui.exchange.exchange_files.ask_save_path", lambda *_a: target)
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Dr Vertrouwen")
    assert draft_changed(dialog)  # a name typed and not yet on a card: asked about
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "me.tdcard" in dialog.message.text(), timeout=10_000)
    assert not draft_changed(dialog)
    qtbot.keyClicks(dialog.heard, COORDINATOR_CARD.fingerprint)
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: not dialog.confirm_button.isVisibleTo(dialog))
    assert not draft_changed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert dialog.findChild(QWidget, "discardQuestion") is None


@pytest.mark.parametrize("typed", ["", "abc", "12345", "40218 77310", "x" * 30, "other card", "one digit changed"])
def test_the_coordinators_card_is_trusted_only_for_its_own_digits_typed(
        qtbot: QtBot, session: VaultSession, vault: Vault, typed: str) -> None:
    from trustdesk.exchange.errors import ExchangeRejected
    from trustdesk.exchange.keys import Identity, Role
    from trustdesk.ui.exchange.contact_card_dialog import ContactCardDialog

    if typed == "other card":
        typed = Identity.generate().card("Coördinatie", Role.COORDINATOR).fingerprint
    elif typed == "one digit changed":
        typed = COORDINATOR_CARD.fingerprint[:-1] + str((int(COORDINATOR_CARD.fingerprint[-1]) + 1) % 10)
    local.remember_coordinator_card(vault, COORDINATOR_CARD, "artsinnood@1")
    dialog = ContactCardDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.card is not None)
    dialog.heard.setText(typed)
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: bool(dialog.message.text()))
    assert dialog.confirm_button.isVisibleTo(dialog)
    with pytest.raises(ExchangeRejected):
        local.trusted_coordinator(vault)


def test_without_a_name_no_card_is_saved(qtbot: QtBot, session: VaultSession, monkeypatch: pytest.MonkeyPatch) -> None:
    from trustdesk.ui.exchange.contact_card_dialog import ContactCardDialog

    asked: list[object] = []
    monkeypatch.setattr("trustdesk.ui.exchange.exchange_files.ask_save_path", lambda *a: asked.append(a))
    dialog = ContactCardDialog(session)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.card is not None)
    dialog.name_edit.clear()
    dialog.save_button.click()
    assert asked == [] and dialog.message.text()
    assert "coordinator's pack" in dialog.theirs_text.text()


def test_an_intake_is_previewed_then_becomes_a_case(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    from trustdesk.ui.exchange.intake_dialog import IntakeDialog

    _trusting(vault)
    data, _ = make_intake(FORM, COORDINATOR, local.my_card(vault, "Dr V"))
    dialog = IntakeDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_data(data)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.rows["reference"].text() == "AIN-7"
    assert "Dr Voorbeeld" in dialog.rows["doctor"].text()
    assert COORDINATOR_CARD.fingerprint in dialog.rows["signed"].text()
    assert vault.cases.list() == []  # nothing before the button
    _named(dialog)
    with qtbot.waitSignal(dialog.case_created, timeout=10_000) as created:
        dialog.create_button.click()
    case = vault.cases.get(created.args[0])
    assert case is not None and case.origin is CaseOrigin.COORDINATOR and case.coordinator_ref == "AIN-7"
    assert [t.title for t in vault.tasks.for_case(case.id or 0)] == ["Contact the doctor (intake AIN-7)"]
    # the same file again: refused, nothing changes
    dialog.open_data(data)
    qtbot.waitUntil(lambda: "already opened" in dialog.message.text(), timeout=10_000)
    assert not dialog.create_button.isEnabled() and len(vault.cases.list()) == 1


@pytest.mark.parametrize("problem", ["stranger", "unconfirmed", "cut"])
def test_a_refused_intake_is_one_sentence_and_changes_nothing(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                              problem: str) -> None:
    from trustdesk.ui.exchange.exchange_files import refusal_text
    from trustdesk.ui.exchange.intake_dialog import IntakeDialog

    if problem != "unconfirmed":
        _trusting(vault)
    else:
        local.remember_coordinator_card(vault, COORDINATOR_CARD, "artsinnood@1")
    mine = local.my_card(vault, "Dr V")
    recipient = Identity.generate().card("Other", Role.TRUST_PERSON) if problem == "stranger" else mine
    data, _ = make_intake(FORM, COORDINATOR, recipient)
    if problem == "cut":
        data = data[:-30]
    expected = {"stranger": Refusal.WRONG_RECIPIENT, "unconfirmed": Refusal.UNCONFIRMED,
                "cut": Refusal.TRUNCATED}[problem]
    before = (vault.cases.list(), vault.settings.all())
    dialog = IntakeDialog(session)
    qtbot.addWidget(dialog)
    dialog.open_data(data)
    qtbot.waitUntil(lambda: dialog.message.text() == refusal_text(expected), timeout=10_000)
    assert not dialog.create_button.isEnabled()
    assert (vault.cases.list(), vault.settings.all()) == before


def test_figures_are_reviewed_then_sealed_for_the_coordinator(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from trustdesk.ui.exchange import figures_dialog
    from trustdesk.ui.exchange.figures_dialog import FiguresDialog

    _trusting(vault)
    card = local.my_card(vault, "Dr V")
    monkeypatch.setattr(figures_dialog, "current_day", lambda: date(2026, 10, 2))
    for day, domain in ((date(2026, 7, 3), KnowledgeDomain.BURNOUT), (date(2026, 7, 9), KnowledgeDomain.BURNOUT),
                        (date(2026, 8, 1), KnowledgeDomain.DEPRESSION), (date(2026, 10, 1), KnowledgeDomain.OTHER)):
        vault.cases.add(Case(code="", opened_on=day, domains=frozenset({domain}), region="liege",
                             doctor_name="Dr Geheim"))
    dialog = FiguresDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.quarters[0] == Quarter(2026, 3)  # the running fourth quarter is not offered
    qtbot.waitUntil(lambda: dialog.cells is not None, timeout=10_000)
    assert dialog.table.rowCount() == 2
    shown = [[dialog.table.item(r, c).text() for c in range(6)] for r in range(2)]
    assert shown[0][5] == "2" and shown[1][5] == "1"
    assert not any("Geheim" in text or "TD-" in text for row in shown for text in row)
    _named(dialog)
    target = tmp_path / "q3.tdfigures"
    monkeypatch.setattr("trustdesk.ui.exchange.exchange_files.ask_save_path", lambda *_a: target)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.saved == target, timeout=10_000)
    figures = read_figures(target.read_bytes(), COORDINATOR, {card.key_id: card})
    assert figures.quarter == Quarter(2026, 3) and figures.cases == 3
    assert len(vault.audit.entries(event="figures_sent")) == 1


def test_the_release_notice_is_calm_or_urgent_and_settings_shows_the_versions(
        qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    from trustdesk.packs.installation import LAST_PACK_SETTING, RELEASE_SETTING
    from trustdesk.ui.shell.release_notice import AboutBox, ReleaseNotice

    notice = ReleaseNotice(session)
    qtbot.addWidget(notice)
    notice.refresh()
    qtbot.waitUntil(lambda: notice.state is not None, timeout=10_000)
    assert notice.isHidden()
    vault.settings.set(LAST_PACK_SETTING, {"source": "artsinnood@4", "created": "2026-11-20",
                                           "title": "Arts in Nood", "signer": "0123abcd"})
    for security, word in ((False, "newer TrustDesk"), (True, "security")):
        vault.settings.set(RELEASE_SETTING, {"version": "99.0", "date": "2026-11-20", "security": security,
                                             "installers": []})
        notice.state = None
        notice.refresh()
        qtbot.waitUntil(lambda: notice.state is not None, timeout=10_000)
        assert not notice.isHidden() and word in notice.text()
    about = AboutBox(session)
    qtbot.addWidget(about)
    texts = [v.text() for v in about.values]
    assert texts[0] and "Arts in Nood" in texts[2] and "version 4" in texts[2] and "0123abcd" in texts[2]
    assert "security" in about.notice.text()
    vault.settings.set(RELEASE_SETTING, {"version": "0.0.1", "date": "2020-01-01", "security": True,
                                         "installers": []})
    notice.state = None
    notice.refresh()
    qtbot.waitUntil(lambda: notice.state is not None, timeout=10_000)
    assert notice.isHidden()


def test_build_date_comes_from_the_installers_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from trustdesk import build_info

    monkeypatch.setattr(build_info, "_resources", lambda: tmp_path)
    assert build_info.build_date() == ""
    (tmp_path / "build.json").write_text(json.dumps({"date": "2026-12-01"}))
    assert build_info.build_date() == "2026-12-01"
    (tmp_path / "build.json").write_text("{not json")
    assert build_info.build_date() == ""
    assert datetime.now()  # (keeps the import list honest for both helpers)


def test_settings_names_the_built_in_starter_directory_as_the_pack_in_use(
        qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    """Issue 19: a vault with only the starter directory (which the audit log lists as a pack import) does
    not say "no pack imported": Settings names it, with its version; an imported pack replaces it there."""
    from trustdesk.packs.installation import LAST_PACK_SETTING, STARTER_VERSION, install_starter_directory
    from trustdesk.ui.shell.release_notice import AboutBox

    install_starter_directory(vault)
    assert any(e.detail.startswith("starter@") for e in vault.audit.entries(event="pack_import"))
    about = AboutBox(session)
    qtbot.addWidget(about)
    qtbot.waitUntil(lambda: about.state is not None, timeout=10_000)
    text = about.values[2].text()
    assert "starter directory" in text and f"version {STARTER_VERSION}" in text and "no pack" not in text
    vault.settings.set(LAST_PACK_SETTING, {"source": "artsinnood@7", "created": "2026-11-20", "title": "",
                                           "signer": "feedc0de"})
    again = AboutBox(session)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.state is not None, timeout=10_000)
    assert "artsinnood" in again.values[2].text() and "feedc0de" in again.values[2].text()
    assert "starter" not in again.values[2].text()
