"""A language switch retranslates the page on screen only; a page out of sight (with its children)
is retranslated when it is shown again, and then shows the language switched to last."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStackedWidget
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.page import Page
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.session import VaultSession

CASES = {"en": "Cases", "nl": "Dossiers", "fr": "Dossiers"}  # checked against the catalogues below


class _Child(Retranslates, QLabel):
    def __init__(self, parent: Page) -> None:
        super().__init__(parent)
        self.times = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.times += 1
        self.setText(QCoreApplication.translate("CasesPage", "Cases"))


class _Probe(Page):
    def __init__(self, session: VaultSession) -> None:
        super().__init__(session)
        self.times = 0
        self.child = _Child(self)

    def retranslate(self) -> None:
        self.times += 1
        super().retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("CasesPage", "Cases")

    def empty_text(self) -> str:
        return ""


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.one_of(st.sampled_from(["en", "nl", "fr"]), st.integers(0, 2)), min_size=1, max_size=12))
def test_only_the_page_on_screen_is_retranslated(qtbot: QtBot, session: VaultSession, translations: Translations,
                                                 steps: list[str | int]) -> None:
    translations.install("en")
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    pages = [_Probe(session) for _ in range(3)]
    for page in pages:
        stack.addWidget(page)
    stack.show()
    language = "en"
    for step in steps:
        before = [(p.times, p.child.times) for p in pages]
        if isinstance(step, str):
            translations.install(step)
            language = step
            QCoreApplication.processEvents()  # the posted LanguageChange reaches the window
            for page, (times, child_times) in zip(pages, before, strict=True):
                if not page.isVisible():  # out of sight: nothing retranslated now
                    assert (page.times, page.child.times) == (times, child_times)
        else:
            stack.setCurrentIndex(step)
        shown = pages[stack.currentIndex()]
        assert shown.heading.text() == CASES[language] and shown.child.text() == CASES[language]
    for index in range(len(pages)):  # every page, once shown, says the last language
        stack.setCurrentIndex(index)
        assert pages[index].heading.text() == CASES[language] == pages[index].child.text()
    stack.close()
