"""The intake dialog, given a TrustDesk file of another kind, says what it is and where it opens (in the
interface's language), instead of "not a file of the expected kind"; nothing is changed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from trustdesk.domain.models import Case
from trustdesk.exchange.errors import Refusal
from trustdesk.exchange.file_kinds import SUFFIXES, FileKind
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault
from trustdesk.vault.handover import write_handover


@pytest.fixture
def session(qapp: Any, vault: Vault) -> Iterator[VaultSession]:
    s = VaultSession()
    s.open(vault)
    yield s
    s.deleteLater()


def test_every_other_kind_is_named_with_where_it_opens(qapp: Any, translations: Translations) -> None:
    from trustdesk.ui.exchange.exchange_files import refusal_text

    generic = refusal_text(Refusal.NOT_THIS_KIND)
    for language in ("en", "nl", "fr"):
        translations.install(language)
        for kind in FileKind:
            if kind is FileKind.INTAKE:  # the kind the dialog reads (every pair: test_every_kind_every_screen.py)
                continue
            text = refusal_text(Refusal.NOT_THIS_KIND, kind.value)
            assert text != refusal_text(Refusal.NOT_THIS_KIND) and SUFFIXES[kind] in text, (language, kind, text)
        if language == "nl":
            assert "overdrachtsbestand" in refusal_text(Refusal.NOT_THIS_KIND, "handover")
        if language == "fr":
            assert "fichier de transfert" in refusal_text(Refusal.NOT_THIS_KIND, "handover")
    translations.install("en")
    assert refusal_text(Refusal.NOT_THIS_KIND, "handover").startswith("This is a handover file (.tdhandover)")
    assert generic == refusal_text(Refusal.NOT_THIS_KIND, None)


def test_the_dialog_names_a_handover_file(qtbot: QtBot, session: VaultSession, vault: Vault,
                                          translations: Translations) -> None:
    from trustdesk.ui.exchange.intake_dialog import IntakeDialog

    translations.install("nl")
    case = vault.cases.add(Case(code="", opened_on=date(2026, 3, 1)))
    assert case.id is not None
    data, _code = write_handover(vault, [case.id])
    before = (vault.cases.list(), vault.settings.all())
    dialog = IntakeDialog(session)
    qtbot.addWidget(dialog)
    dialog.open_data(data)
    qtbot.waitUntil(lambda: ".tdhandover" in dialog.message.text(), timeout=10_000)
    assert "Overdracht" in dialog.message.text()  # said in the interface's language, with its menu
    assert not dialog.create_button.isEnabled()
    assert (vault.cases.list(), vault.settings.all()) == before
