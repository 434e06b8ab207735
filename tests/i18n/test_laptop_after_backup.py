"""At 1366×768 nothing needs scrolling sideways, and Settings does not start to scroll after a backup
(outside tester: after "Back up now" the right column of Settings got a scroll bar; the new referral
dialog's provider rows were cut and needed scrolling sideways), in Dutch and French."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from tests.i18n.test_settings_at_laptop_size import LAPTOPS, _settings
from tests.waits import apply_layouts, switch_language
from trustdesk.ui.kit import screen
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault
from trustdesk.vault.backup import BackupService


@pytest.mark.parametrize("area", LAPTOPS, ids=lambda a: f"{a.width()}x{a.height()}")
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_settings_do_not_scroll_after_a_backup(qtbot: QtBot, window: MainWindow, session: VaultSession,
                                               vault: Vault, prefs: Preferences, translations: Translations,
                                               monkeypatch: pytest.MonkeyPatch, tmp_path: Path, language: str,
                                               area: QRect) -> None:
    monkeypatch.setattr(screen, "available_area", lambda _widget: QRect(area))
    switch_language(translations, language)
    folder = tmp_path / "Clé USB de sauvegarde" / "TrustDesk sauvegardes automatiques"
    folder.mkdir(parents=True)
    BackupService(vault).set_folder(folder, keep=10)
    dialog = _settings(qtbot, session, prefs, window, language)
    box = dialog.backup_box
    box.back_up_to(folder / "TrustDesk-2026-12-07-sauvegarde-faite-a-la-main.tdbackup")
    qtbot.waitUntil(box.now_button.isEnabled, timeout=20_000)
    for _ in range(3):
        apply_layouts()
    assert box.message.text()
    bars = dialog.scroll_area
    assert dialog.height() <= area.height() - screen.FRAME.height()
    assert bars.horizontalScrollBar().maximum() == 0
    assert bars.verticalScrollBar().maximum() == 0, "Settings scroll after a backup"
    dialog.close()


PROVIDERS = [
    ("Centre de santé mentale interuniversitaire de la Région de Bruxelles-Capitale", "Cliniques universitaires "
     "Saint-Luc, service de psychiatrie et de psychologie médicale"),
    ("Centrum voor Geestelijke Gezondheidszorg Vlaams-Brabant Oost, afdeling volwassenen", "Universitair "
     "Psychiatrisch Centrum KU Leuven, campus Kortenberg, dienst burn-out en verslaving"),
    ("Dr. Anne-Sophie Vandenbroucke-Delacroix", "Groupe de médecine générale des Marolles"),
]


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_referral_picker_never_scrolls_sideways(qtbot: QtBot, vault: Vault, session: VaultSession,
                                                    translations: Translations, monkeypatch: pytest.MonkeyPatch,
                                                    language: str) -> None:
    from datetime import date

    from trustdesk.domain.enums import CareDomain, KnowledgeDomain, Language, ProviderKind, Province
    from trustdesk.domain.models import Case, Provider
    from trustdesk.ui.case.referral_dialog import ReferralDialog

    monkeypatch.setattr(screen, "available_area", lambda _widget: QRect(LAPTOPS[0]))
    switch_language(translations, language)
    case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 1), language=Language.FR, region="brussels",
                                domains=frozenset({KnowledgeDomain.BURNOUT, KnowledgeDomain.DEPRESSION})))
    for name, organisation in PROVIDERS:
        vault.providers.add(Provider(kind=ProviderKind.PSYCHIATRIST, name=name, organisation=organisation,
                                     languages=frozenset({Language.FR, Language.NL}),
                                     domains=frozenset({CareDomain.BURNOUT, CareDomain.DEPRESSION}),
                                     regions=frozenset({Province.BRUSSELS})))
    dialog = ReferralDialog(session, case.id or 0)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ready)
    dialog.show()
    for _ in range(3):
        apply_layouts()
    assert dialog.frameGeometry().width() <= LAPTOPS[0].width()
    picker = dialog.picker
    assert picker.count() >= len(PROVIDERS)
    assert picker.horizontalScrollBar().maximum() == 0, "the provider rows scroll sideways"
    for row in range(picker.count()):
        item = picker.item(row)
        assert item is not None
        rect = picker.visualItemRect(item)
        assert rect.right() <= picker.viewport().width(), item.text()
        assert item.text().split("\n")[0] in item.toolTip()  # the whole row, when cut
