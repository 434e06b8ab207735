"""The main window builds a page the first time it is needed (issue 20: unlocking built all six).

The navigation (buttons, their names, Ctrl+n) is there for every page from the start; looking a
page up (``window.pages[key]``, as tests and the window itself do) builds it; a lock clears the
pages that were built and builds no other."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.page import Page
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow, default_pages
from trustdesk.vault import Vault

KEYS = ["today", "cases", "providers", "templates", "reports", "audit"]


class _Plain(Page):
    def title(self) -> str:
        return "plain"

    def empty_text(self) -> str:
        return "nothing"


def _counting(built: list[str]) -> list[tuple[str, Callable[[VaultSession, QWidget], Page]]]:
    def factory(key: str) -> Callable[[VaultSession, QWidget], Page]:
        def make(session: VaultSession, parent: QWidget) -> Page:
            built.append(key)
            page = _Plain(session, parent)
            page.setObjectName(f"{key}Page")
            return page
        return make
    return [(key, factory(key)) for key in KEYS]


def test_unlocking_builds_only_the_first_page_and_the_whole_navigation(
        qtbot: QtBot, vault: Vault, session: VaultSession, prefs: Preferences) -> None:
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window.show()
    assert list(window.pages.built()) == ["today"]
    assert list(window.pages) == [key for key, _ in default_pages()]
    for key in window.pages:
        button = window.nav_buttons[key]
        assert button.objectName() == f"nav_{key}" and button.accessibleName()
    assert list(window.pages.built()) == ["today"], "naming the navigation built a page"
    window.nav_buttons["audit"].click()
    assert window.current_key() == "audit" and window.current_page.objectName() == "auditPage"
    assert list(window.pages.built()) == ["today", "audit"]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(visits=st.lists(st.sampled_from(KEYS), max_size=8))
def test_a_page_is_built_once_on_its_first_visit_and_lock_clears_only_the_built_ones(
        qtbot: QtBot, session: VaultSession, prefs: Preferences, visits: list[str]) -> None:
    built: list[str] = []
    window = MainWindow(session, prefs, pages=_counting(built))
    qtbot.addWidget(window)
    for key in visits:
        window.nav_actions[key].trigger()
        assert window.current_key() == key and window.is_current(key)
        assert window.stack.currentWidget() is window.pages[key]
    expected = list(dict.fromkeys(["today", *visits]))
    assert built == expected  # each page built once, when first visited
    cleared: list[str] = []
    for key, page in window.pages.built().items():
        page.clear = lambda k=key: cleared.append(k)  # type: ignore[method-assign]
    window._on_locked()
    assert cleared == [k for k in KEYS if k in expected] and sorted(built) == sorted(expected)
