"""Every screen that takes in a TrustDesk file, given a file of any other kind, says which kind it was
given, which kind it takes, and where the given one goes -- in the interface's language, nothing changed
(outside tester: the desk's Contact cards tab given the coordinator's own card, or a backup, said only
"not a trust person's card" / "far larger than such a file can be").  Every pair (kind given x screen):
the desk's Contact cards and Figures tabs, the trust person's Open an intake dialog; en, nl, fr."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.exchange.exchange_helpers import one_file_of_every_kind
from trustdesk.exchange.coordinator import CoordinatorDesk
from trustdesk.exchange.file_kinds import FileKind
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault

DESK_PASSPHRASE = "the coordinator's own desk"


@pytest.fixture
def session(qapp: Any, vault: Vault) -> Iterator[VaultSession]:
    s = VaultSession()
    s.open(vault)
    yield s
    s.deleteLater()


def test_every_screen_names_every_other_kind(qtbot: QtBot, session: VaultSession, vault: Vault, tmp_path: Path,
                                             translations: Translations) -> None:
    from trustdesk.ui.desk.desk_window import DeskWindow
    from trustdesk.ui.exchange.exchange_files import kind_text, not_kind_text
    from trustdesk.ui.exchange.intake_dialog import IntakeDialog

    desk = CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", DESK_PASSPHRASE)
    files = one_file_of_every_kind(vault, tmp_path / "files", desk.identity)
    before = (len(vault.cases.list()), vault.settings.all())
    window = DeskWindow(desk)
    qtbot.addWidget(window)
    dialog = IntakeDialog(session)
    qtbot.addWidget(dialog)
    english = {kind: kind_text(kind.value) for kind in FileKind}
    for language in ("en", "nl", "fr"):
        translations.install(language)
        given_words = {kind: kind_text(kind.value) for kind in FileKind}
        if language != "en":
            assert all(given_words[k] != english[k] for k in FileKind), (language, given_words)
        for given, path in files.items():
            data = path.read_bytes()
            said: dict[FileKind, str] = {}
            if given is not FileKind.CARD:
                window.cards.load_card(data[:16 * 1024 + 1])  # what the tab reads of a file (MAX_CARD_READ)
                said[FileKind.CARD] = window.cards.message.text()
                assert not window.cards.add_button.isEnabled()
            if given is not FileKind.FIGURES:
                window.figures.clear_files()
                window.figures.add_files([path])
                window.figures.merge_button.click()
                item = window.figures.outcomes.item(0, 3)
                said[FileKind.FIGURES] = item.text() if item is not None else ""
                assert not window.figures.save_button.isEnabled()
            if given is not FileKind.INTAKE:
                dialog.message.clear()
                dialog.open_data(data)
                qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
                said[FileKind.INTAKE] = dialog.message.text()
                assert not dialog.create_button.isEnabled()
            for expected, text in said.items():
                assert given_words[given] in text and not_kind_text(expected.value) in text, (
                    language, given, expected, text)
    assert desk.cards() == {} and desk.released() == {}
    assert (len(vault.cases.list()), vault.settings.all()) == before
