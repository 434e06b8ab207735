"""The handover's words follow the interface: the suggested file name is localised like every other
saved file, the sender's case picker says each case's risk, and an audit detail naming the successor
is said in words."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.models import Case
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.risk_badge import risk_text
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault.cases import CaseOverview

WORD = {"nl": "overdracht", "fr": "transfert"}


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_handover_file_name_is_in_the_interface_language(translations: Translations, language: str) -> None:
    from trustdesk.ui.security.handover_dialogs import handover_file_name

    translations.install(language)
    name = handover_file_name(date(2026, 12, 6))
    assert name == f"TrustDesk_{WORD[language]}_2026-12-06.tdhandover"
    assert "handover_" not in name


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_case_picker_says_every_risk(qtbot: QtBot, translations: Translations, session: VaultSession,
                                         language: str) -> None:
    from trustdesk.ui.security.handover_dialogs import HandOverDialog

    translations.install(language)
    dialog = HandOverDialog(session)
    qtbot.addWidget(dialog)
    case = Case(code="TD-2026-0001", opened_on=date(2026, 3, 1), id=1)
    texts = {risk: dialog.case_text(CaseOverview(case, risk, None, 0)) for risk in RiskLevel}
    for risk, text in texts.items():
        assert risk_text(risk) in text, (risk, text)
    assert len(set(texts.values())) == len(RiskLevel)  # the risk tells the lines apart


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_successor_in_an_audit_detail_is_said_in_words(translations: Translations, language: str) -> None:
    from trustdesk.ui.security.audit_words import detail_text

    translations.install(language)
    for rest in ("kept full", "kept minimum", "3 cases; kept minimum"):
        said = detail_text(f"file 0123456789abcdef; successor Dr. B. Opvolger; {rest}")
        assert "Dr. B. Opvolger" in said and "01234567" in said
        assert not {"successor", "kept", "file", "cases"} & set(said.replace(";", " ").replace("(", " ").split()), said
