"""The ``loaded`` contract (ui/pages/__init__.py): every page, the case view and its tabs say when
what they read from the vault is on screen, and never before it is (tests wait on it instead of
sleeping, so an early ``loaded`` would let them look at a half-filled page)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample, populate
from tests.waits import LOAD_TIMEOUT_MS
from trustdesk.ui.kit.page import Page
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault

OPEN_CASES_IN_SAMPLE = 3  # the list hides closed cases until asked


def _there(key: str, page: Page) -> bool:
    """What proves that the page shows the sample vault."""
    if key == "today":
        return page.data is not None  # type: ignore[attr-defined]
    if key == "cases":
        return page.model.rowCount() == OPEN_CASES_IN_SAMPLE  # type: ignore[attr-defined]
    if key == "reports":
        return page.report is not None  # type: ignore[attr-defined]
    if key == "audit":
        return page.chain is not None and page.model.rowCount() > 0  # type: ignore[attr-defined]
    return page.count is not None and page.count > 0


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, session: VaultSession, prefs: Preferences) -> Iterator[MainWindow]:
    win = MainWindow(session, prefs)
    qtbot.addWidget(win)
    win.show()
    yield win


@pytest.fixture
def sample(vault: Vault) -> Sample:
    return populate(vault)


def _record(page: object, check: Callable[[], bool]) -> list[bool]:
    seen: list[bool] = []
    page.loaded.connect(lambda: seen.append(check()))  # type: ignore[attr-defined]
    return seen


@pytest.mark.parametrize("key", ["today", "cases", "providers", "templates", "reports", "audit"])
def test_every_page_says_loaded_only_once_its_data_are_on_screen(qtbot: QtBot, sample: Sample,
                                                                 window: MainWindow, key: str) -> None:
    page = window.pages[key]
    seen = _record(page, lambda: _there(key, page))
    for _ in range(2):  # the first show, and a refresh of the page already on screen
        page.clear()
        assert not _there(key, page)
        seen.clear()
        with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
            window.show_page(key)
        assert seen and all(seen), f"{key}: loaded before its data were on screen ({seen})"


def test_the_case_view_and_its_tabs_say_loaded(qtbot: QtBot, sample: Sample, window: MainWindow) -> None:
    view = window.pages["cases"].case_view  # type: ignore[attr-defined]
    seen = _record(view, lambda: view.header is not None and view.tabs.count() == 7
                   and view.contacts is not None and len(view.contacts.contacts) > 0)
    with qtbot.waitSignal(view.loaded, timeout=LOAD_TIMEOUT_MS):
        assert window.open_case(sample.dutch_case)
    assert seen == [True]
    tabs = [view.tab_at(i) for i in range(view.tabs.count())]  # each made when first asked for
    for tab in tabs:
        reload = getattr(tab, "refresh", None) or tab.load
        with qtbot.waitSignal(tab.loaded, timeout=LOAD_TIMEOUT_MS):  # type: ignore[attr-defined]
            reload()
