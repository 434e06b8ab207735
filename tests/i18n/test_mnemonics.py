"""Alt+letter lands on one control: the &-mnemonics of what a screen shows are unique, per language.

Walks every page, every case tab and the main dialogs and windows (as test_accessibility does) in
Dutch, French and English and collects the mnemonics of visible buttons, labels with a buddy,
checkable group boxes and tabs; two controls with the same letter on one screen are a clash
(issue 18: in Dutch Alt+S once meant Status, Afspraken, Volgende stap and Brief schrijven at once).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_accessibility import _dialogs, _show_loaded
from tests.waits import open_case, show_page, switch_language
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower-cased."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Letter -> the visible controls under ``root`` that claim it."""
    claims: dict[str, list[str]] = defaultdict(list)

    def claim(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            claims[letter].append(f"{what} {text!r}")

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QAbstractButton):
            claim(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isVisibleTo(root):
            claim(widget.text(), "label")
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            claim(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    claim(widget.tabText(index), "tab")
    return claims


def clashes(root: QWidget) -> dict[str, list[str]]:
    return {letter: who for letter, who in mnemonics(root).items() if len(who) > 1}


def test_the_check_finds_a_clash(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    for text in ("&Status", "Rock && roll", "&Afspraken"):
        layout.addWidget(QPushButton(text, root))
    label = QLabel("Volgende &stap", root)
    field = QLineEdit(root)
    label.setBuddy(field)
    layout.addWidget(label)
    layout.addWidget(field)
    hidden = QCheckBox("&Brief", root)
    hidden.hide()
    layout.addWidget(hidden)
    assert mnemonic("Rock && roll") is None and mnemonic("&&a &b") == "b"
    assert set(clashes(root)) == {"s"} and len(clashes(root)["s"]) == 2


@pytest.fixture
def session(vault: Vault, sample: Sample) -> Iterator[VaultSession]:
    s = VaultSession()
    s.open(vault)
    yield s
    s.lock()


@pytest.fixture
def window(qtbot: QtBot, session: VaultSession, prefs: Preferences) -> MainWindow:
    win = MainWindow(session, prefs)
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    return win


def all_clashes(qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample,
                prefs: Preferences) -> dict[str, dict[str, list[str]]]:
    found: dict[str, dict[str, list[str]]] = {}

    def check(root: QWidget, where: str) -> None:
        if clash := clashes(root):
            found[where] = clash

    for key in window.pages:
        show_page(qtbot, window, key)
        check(window, f"page {key}")
    for case_id in (sample.dutch_case, sample.french_case):
        view = open_case(qtbot, window, case_id)
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            check(window, f"case tab {index}")
    window.pages["cases"].show_list()  # type: ignore[attr-defined]
    for name, make in _dialogs(session, window, sample, prefs):
        dialog = make()
        qtbot.addWidget(dialog)
        _show_loaded(qtbot, dialog)
        check(dialog, name)
        dialog.close()
    window.search.action.trigger()
    if window.search.dialog is not None:
        check(window.search.dialog, "search")
        window.search.dialog.close()
    return found


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_mnemonics_are_unique_per_screen(qtbot: QtBot, window: MainWindow, session: VaultSession,
                                         sample: Sample, prefs: Preferences, translations: Translations,
                                         language: str) -> None:
    switch_language(translations, language)
    found = all_clashes(qtbot, window, session, sample, prefs)
    assert not found, "\n".join(f"{where}: {letter}: {who}" for where, clash in found.items()
                                for letter, who in clash.items())
