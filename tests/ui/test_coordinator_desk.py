"""The coordinator desk, driven through its window, with real files between the desk folder and a
trust person's vault: the coordinator makes and signs a pack -> the trust person imports it (and
trusts the coordinator's card after comparing it); the coordinator adds the trust person's card
(fingerprint heard by phone) and makes an intake -> the trust person opens it as a case; the trust
person's figures -> the coordinator merges them -> the national PDF (rendered with pdftoppm)."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import CaseOrigin, Initiator, KnowledgeDomain, TemplateKind
from trustdesk.domain.models import Case
from trustdesk.exchange import figures as tp_figures
from trustdesk.exchange import local
from trustdesk.exchange.coordinator import CoordinatorDesk
from trustdesk.exchange.intake import import_intake, open_intake
from trustdesk.exchange.periods import Quarter
from trustdesk.packs.installation import import_pack
from trustdesk.packs.pack import verify_pack
from trustdesk.packs.signing import generate_key_pair, load_public_key
from trustdesk.ui.desk.desk_window import DeskWindow
from trustdesk.vault import Vault

DESK_PASSPHRASE = "the coordinator's own desk"
KEY_PASSPHRASE = b"pack signing key passphrase"
PROVIDER = {"key": "psy-linde", "kind": "psychologist", "name": "Praktijk De Linde", "languages": "nl",
            "region": "antwerp", "phone": "03 123 45 67"}


@pytest.fixture
def desk(tmp_path: Path) -> CoordinatorDesk:
    return CoordinatorDesk.init(tmp_path / "desk", "Coördinatie Arts in Nood", DESK_PASSPHRASE)


@pytest.fixture
def window(qtbot: QtBot, desk: CoordinatorDesk) -> DeskWindow:
    window = DeskWindow(desk)
    qtbot.addWidget(window)
    window.show()
    return window


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr("trustdesk.ui.exchange.exchange_files.ask_save_path", lambda *_a: path)


def test_a_whole_coordinator_round_trip(qtbot: QtBot, window: DeskWindow, desk: CoordinatorDesk, vault: Vault,
                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 1. the pack: directory, help line, a letter template; signed with the pack key, saved as a file
    private_pem, public_pem = generate_key_pair(KEY_PASSPHRASE)
    (tmp_path / "pack-key.pem").write_bytes(private_pem)
    editor = window.pack
    editor.pack_id.setText("artsinnood")
    editor.title.setText("Arts in Nood")
    editor.providers.add_row(PROVIDER)
    editor.helplines.add_row({"key": "1813", "name": "Zelfmoordlijn", "number": "1813", "languages": "nl"})
    editor.template_language.setCurrentIndex(editor.template_language.findData("nl"))
    editor.template_kind.setCurrentIndex(editor.template_kind.findData(TemplateKind.REFERRAL_PSY.value))
    editor.template_body.setPlainText("Beste {{ provider.name }},\n\nIk verwijs graag door.\n")
    editor.key_file.setText(str(tmp_path / "pack-key.pem"))
    editor.key_passphrase.setText("wrong passphrase")
    _save_to(monkeypatch, tmp_path / "pack.zip")
    assert editor.build_pack() is None and not (tmp_path / "pack.zip").exists()  # the key does not open
    editor.key_passphrase.setText(KEY_PASSPHRASE.decode())
    editor.build_button.click()
    assert (tmp_path / "pack.zip").exists(), editor.message.text()
    assert editor.version.value() == 2 and editor.key_passphrase.text() == ""

    # ... the trust person imports it and compares the coordinator's fingerprint by phone
    pack = verify_pack((tmp_path / "pack.zip").read_bytes(), load_public_key(public_pem))
    assert pack.version == 1 and pack.coordinator_card == desk.card
    report = import_pack(vault, pack)
    assert report.coordinator_card_changed
    assert [p.name for p in vault.providers.list() if p.source == "artsinnood@1"] == ["Praktijk De Linde"]
    assert any(t.source == "artsinnood@1" for t in vault.templates.list())
    local.confirm_coordinator_card(vault, desk.card.fingerprint)

    # 2. the trust person's card, added once the digits heard by phone match
    card_bytes = local.my_card(vault, "Dr Vertrouwen").to_bytes()
    cards = window.cards
    window.tabs.setCurrentWidget(cards)
    cards.load_card(card_bytes)
    cards.heard.setText("12345 67890")
    cards.add_button.click()
    assert desk.cards() == {} and "6 groups of 5 digits" in cards.message.text()
    cards.heard.setText("12345 67890 12345 67890 12345 67890")
    cards.add_button.click()
    assert desk.cards() == {} and "do not match" in cards.message.text()
    cards.heard.setText(local.identity(vault).fingerprint.replace(" ", ""))
    cards.add_button.click()
    assert [c.name for c in desk.cards().values()] == ["Dr Vertrouwen"]
    assert cards.table.rowCount() == 1

    # 3. an intake sealed to that card
    intakes = window.intakes
    assert intakes.recipient.count() == 1
    intakes.reference.setText("AIN-2026-0101")
    intakes.initiator.setCurrentIndex(intakes.initiator.findData(Initiator.COLLEAGUE.value))
    intakes.domains[KnowledgeDomain.BURNOUT].setChecked(True)
    intakes.doctor_name.setText("Dr Zonder Toestemming")
    assert intakes.doctor_name.text() == "" or not intakes.doctor_name.isEnabled()  # no consent: no details
    intakes.consent.setChecked(True)
    intakes.doctor_name.setText("Dr A. Voorbeeld")
    intakes.workplace.setText("UZ Gent")
    _save_to(monkeypatch, tmp_path / "intake.tdintake")
    intakes.make_button.click()
    assert (tmp_path / "intake.tdintake").exists(), intakes.message.text()
    assert intakes.reference.text() == "" and intakes.doctor_name.text() == ""  # nothing kept in the desk
    sent = [e for e in desk.audit_entries() if e["event"] == "intake_sent"]
    assert sent and "AIN-2026-0101" not in sent[-1]["detail"] and "Voorbeeld" not in sent[-1]["detail"]
    assert sent[-1]["detail"].startswith("intake ")  # the intake's random id, never the free-text reference
    assert desk.audit_intact()
    case = import_intake(vault, open_intake(vault, (tmp_path / "intake.tdintake").read_bytes()))
    assert case.origin is CaseOrigin.COORDINATOR and case.doctor_name == "Dr A. Voorbeeld"
    assert case.workplace == "UZ Gent" and case.domains == frozenset({KnowledgeDomain.BURNOUT})

    # 4. the trust person's figures for the last quarter -> merged -> the national report
    quarter = Quarter.of(date.today()).previous()
    for day in range(7):
        vault.cases.add(Case(code="", opened_on=quarter.start + timedelta(days=day),
                             domains=frozenset({KnowledgeDomain.BURNOUT})))
    cells = tp_figures.collect(vault, quarter)
    data, _ = tp_figures.seal_for_coordinator(vault, quarter, cells)
    (tmp_path / "q.tdfigures").write_bytes(data)
    (tmp_path / "foreign.tdfigures").write_bytes(data[:-40] + bytes(40))  # damaged on the way
    figures = window.figures
    window.tabs.setCurrentWidget(figures)
    figures.add_files([tmp_path / "q.tdfigures", tmp_path / "foreign.tdfigures"])
    figures.merge_button.click()
    assert figures.result is not None and {f.name: f.status.value for f in figures.result.files} == {
        "q.tdfigures": "merged", "foreign.tdfigures": "refused"}
    assert figures.outcomes.rowCount() == 2 and figures.save_button.isEnabled()
    (release,) = figures.releases()
    assert release.quarter == quarter and release.total == 7
    assert figures.chart.bars and figures.chart.bars[-1][1] == 7
    out = tmp_path / "national"
    out.mkdir()
    written = figures.write_report(out)
    assert {p.name for p in written} == {"national_nl.pdf", "national_fr.pdf", "national.csv"}
    assert {p.name for p in out.iterdir()} == {p.name for p in written}
    assert quarter in desk.released()
    for language in ("nl", "fr"):
        subprocess.run(["pdftoppm", "-r", "40", "-png", str(out / f"national_{language}.pdf"),
                        str(tmp_path / f"page_{language}")], check=True)
        assert sorted(tmp_path.glob(f"page_{language}*.png")), "the national PDF has no page"


def test_every_control_of_the_desk_is_named(qtbot: QtBot, window: DeskWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTableWidget, QWidget

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for widget in window.tabs.currentWidget().findChildren(QWidget):
            if isinstance(widget, (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTableWidget)):
                if widget.parent() is not None and widget.objectName().startswith("qt_"):
                    continue
                assert widget.objectName(), widget
                assert widget.accessibleName() or isinstance(widget, QAbstractButton) and widget.text(), widget


def test_the_draft_is_kept_encrypted_in_the_desk(qtbot: QtBot, window: DeskWindow, desk: CoordinatorDesk) -> None:
    from trustdesk.packs.draft import DRAFT_FILE, load_draft

    window.pack.title.setText("Concept – niet publiek")
    window.pack.providers.add_row(PROVIDER)
    window.pack.save_draft_button.click()
    stored = (desk.folder / DRAFT_FILE).read_bytes()
    assert b"Praktijk De Linde" not in stored and stored.startswith(b"age-encryption.org/v1")
    assert load_draft(desk.folder, desk.identity).providers[0]["name"] == "Praktijk De Linde"
    again = DeskWindow(desk)
    qtbot.addWidget(again)
    assert again.pack.title.text() == "Concept – niet publiek" and again.pack.providers.table.rowCount() == 1


def test_ctrl_l_locks_the_desk(qtbot: QtBot, window: DeskWindow) -> None:
    from PySide6.QtCore import Qt

    window.activateWindow()
    for index, key in enumerate((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)  # Ctrl+1 … Ctrl+4: the tabs
        assert window.tabs.currentIndex() == index

    with qtbot.waitSignal(window.locked, timeout=5_000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.desk is None and not window.isVisible()


@pytest.mark.parametrize("how", ["ctrl_l", "close"])
def test_locking_keeps_the_unsaved_pack_rows(qtbot: QtBot, window: DeskWindow, desk: CoordinatorDesk,
                                             how: str) -> None:
    """Rows typed into the pack editor and never saved survive Ctrl+L (and closing the window):
    the draft is saved, encrypted, before the keys are dropped."""
    import random

    from PySide6.QtCore import Qt

    from trustdesk.packs.draft import DRAFT_FILE

    rng = random.Random(how)
    names = [f"Praktijk {rng.randrange(10**6)}" for _ in range(rng.randrange(1, 4))]
    for name in names:
        window.pack.providers.add_row({**PROVIDER, "name": name})
    window.activateWindow()
    if how == "ctrl_l":
        with qtbot.waitSignal(window.locked, timeout=5_000):
            qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    else:
        window.close()
    assert not any(name.encode() in (desk.folder / DRAFT_FILE).read_bytes() for name in names)  # encrypted
    again = DeskWindow(CoordinatorDesk.open(desk.folder, DESK_PASSPHRASE))
    qtbot.addWidget(again)
    assert [row["name"] for row in again.pack.providers.rows()][-len(names):] == names


def test_first_run_as_coordinator_then_the_desk_passphrase(qtbot: QtBot, make_shell, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """The wizard's "I am the coordinator": a desk instead of a vault; the next start asks the desk
    passphrase, and a vault is never made in that data folder."""
    from trustdesk.ui.desk.desk_start import DeskSetupDialog, DeskUnlockDialog, has_desk
    from trustdesk.ui.shell.shell import has_vault

    shell = make_shell()
    wizard = shell.start()
    assert shell.wizard is wizard
    wizard.next()  # language -> start page
    shell.wizard.start_page.coordinator.setChecked(True)
    shell.wizard.next()
    setup = shell.desk_dialog
    assert isinstance(setup, DeskSetupDialog) and setup.isVisible() and not wizard.isVisible()
    setup.name.setText("Coördinatie")
    setup.passphrase.setText(DESK_PASSPHRASE)
    setup.again.setText(DESK_PASSPHRASE + "x")
    setup.create_button.click()
    assert "differ" in setup.message.text()
    setup.again.setText(DESK_PASSPHRASE)
    setup.create_button.click()
    qtbot.waitUntil(lambda: getattr(shell, "desk_window", None) is not None, timeout=20_000)
    assert has_desk(data_dir) and not has_vault(data_dir)
    window = shell.desk_window
    window.lock()
    unlock = shell.desk_dialog
    assert isinstance(unlock, DeskUnlockDialog) and unlock.isVisible()
    unlock.passphrase.setText("not the passphrase")
    unlock.open_button.click()
    qtbot.waitUntil(lambda: "does not open" in unlock.message.text(), timeout=20_000)
    unlock.passphrase.setText(DESK_PASSPHRASE)
    unlock.open_button.click()
    qtbot.waitUntil(lambda: shell.desk_window is not window, timeout=20_000)
    shell.desk_window.close()

    second = make_shell()
    assert isinstance(second.start(), DeskUnlockDialog)
    second.desk_dialog.close()
