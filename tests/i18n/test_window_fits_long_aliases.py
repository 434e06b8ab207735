"""No widget's minimum size pushes the main window past a 1366×768 laptop's screen (issue 18 follow-up:
in French a 40-character alias made the case header ask 1409 px and hid Lock, the status and Save now).
Every page and every tab of a case whose alias is 40 characters long, in Dutch and French."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.waits import apply_layouts, open_case, show_page, switch_language
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow

LAPTOP = (1366, 768)
ALIASES = ("Mevrouw Vandenbroucke-Van Hoorebeke (OK)", "Dr Marie-Christine de Limelette-Dubois X")


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_long_aliases_never_widen_the_window_past_a_laptop(
        qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample, translations: Translations,
        language: str) -> None:
    vault = session.require()
    for case_id, alias in zip((sample.dutch_case, sample.french_case), ALIASES, strict=True):
        assert len(alias) == 40
        case = vault.cases.get(case_id)
        assert case is not None
        vault.cases.update(replace(case, alias=alias))
    switch_language(translations, language)
    too_big: list[str] = []
    for key in window.pages:
        show_page(qtbot, window, key)
        apply_layouts()
        hint = window.minimumSizeHint()
        if hint.width() > LAPTOP[0] or hint.height() > LAPTOP[1]:
            too_big.append(f"page {key}: {hint.width()}×{hint.height()}")
    for case_id in (sample.dutch_case, sample.french_case):
        view = open_case(qtbot, window, case_id)
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            qtbot.waitUntil(lambda v=view: v.tabs.currentWidget().isVisible())  # type: ignore[misc]
            apply_layouts()
            hint = window.minimumSizeHint()
            if hint.width() > LAPTOP[0] or hint.height() > LAPTOP[1]:
                too_big.append(f"case {case_id} tab {index}: {hint.width()}×{hint.height()}")
    assert not too_big, "\n".join(too_big)
