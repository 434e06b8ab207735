"""Every radio group of the app is one keyboard stop that starts on the chosen button, and the arrow
keys move within it and choose (outside tester: the first-run wizard showed "Français (Belgique)" chosen
with the focus on "Nederlands"; ui/kit/radio_groups.py).

Walks every window that has radio buttons -- the first-run wizard's pages, the restore wizard, the
handover dialogs, the conflict-of-interest panel, a case's Documents tab -- and for each group and each
of its buttons chosen in turn: Tab from the stop before the group and Shift+Tab from the stop after it
land on the chosen button; Down/Up from it move to a neighbour of the group and choose it.  A source
scan checks that the walk met the radio buttons of every module that makes some."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QShowEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.waits import open_case
from trustdesk.ui.kit import app_filters
from trustdesk.ui.kit.preferences import LANGUAGES
from trustdesk.ui.kit.radio_groups import RadioGroups, group_of
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.kit.tab_order import next_in_focus_chain
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import KdfParams, Keychain

ROOT = Path(__file__).resolve().parents[2]


def _tab_stop(widget: QWidget, window: QWidget) -> bool:
    return (bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled()
            and window.isAncestorOf(widget))


def _neighbour_stop(group: list[QAbstractButton], chosen: QWidget, window: QWidget, forward: bool) -> QWidget | None:
    """The nearest tab stop outside ``group`` before ``chosen`` (``forward``: to Tab from) or after it
    (a field between two buttons, the reason of "keep the case", counts: it belongs to its option)."""
    w: QWidget = chosen
    for _ in range(2000):
        w = next_in_focus_chain(w, back=forward)
        if w in group:
            continue
        if _tab_stop(w, window):
            return w
        if w is window:
            break
    return None


def _focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)


def _mnemonic(button: QAbstractButton) -> str:
    found = re.search(r"&([^&\s])", button.text().replace("&&", ""))
    return found.group(1).upper() if found else ""


def _mnemonic_problems(qtbot: QtBot, buttons: list[QAbstractButton], chosen: QAbstractButton,
                       name: str) -> list[str]:
    """Alt+letter of another button of the group, pressed with the focus on the chosen one, chooses it and
    takes the focus with it (outside tester: Alt+P chose the summary's level, the focus frame stayed)."""
    problems: list[str] = []
    for other in buttons:
        letter = _mnemonic(other)
        if other is chosen or not letter:
            continue
        chosen.setChecked(True)
        _focus(qtbot, chosen)
        QTest.keyClick(chosen, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda o=other: o.isChecked() or not o.isDown(), timeout=2000)
        if not other.isChecked():
            problems.append(f"{name}: Alt+{letter} did not choose {other.objectName()}")
            continue
        focus = QApplication.focusWidget()
        if focus is not other:
            problems.append(f"{name}: Alt+{letter} chose {other.objectName()}, the focus stayed on "
                            f"{focus.objectName() if focus else None}")
    chosen.setChecked(True)
    return problems


def group_problems(qtbot: QtBot, window: QWidget, buttons: list[QAbstractButton], where: str) -> list[str]:
    problems: list[str] = []
    for chosen in buttons:
        chosen.setChecked(True)
        name = f"{where}: {chosen.objectName()} chosen"
        for forward in (True, False):
            start = _neighbour_stop(buttons, chosen, window, forward)
            if start is None:
                continue
            _focus(qtbot, start)
            QTest.keyClick(start, Qt.Key.Key_Tab if forward else Qt.Key.Key_Backtab)
            landed = QApplication.focusWidget()
            if landed is not chosen:
                problems.append(f"{name}: {'Tab' if forward else 'Shift+Tab'} from {start.objectName()} landed on "
                                f"{landed.objectName() if landed else None}")
        problems += _mnemonic_problems(qtbot, buttons, chosen, name)
        _focus(qtbot, chosen)
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            before = QApplication.focusWidget()
            assert isinstance(before, QWidget)
            QTest.keyClick(before, key)
            now = QApplication.focusWidget()
            if now is before:
                continue  # the end of the group: the key goes no further
            if now not in buttons or not (isinstance(now, QAbstractButton) and now.isChecked()):
                problems.append(f"{name}: {key.name} went to {now.objectName() if now else None}, "
                                f"checked={getattr(now, 'isChecked', lambda: None)()}")
    return problems


def groups_in(window: QWidget) -> list[list[QAbstractButton]]:
    """The radio groups under ``window``, each made visible and enabled for the walk (a hidden stack page,
    a panel shown only in some cases, a button enabled only later)."""
    found: list[list[QAbstractButton]] = []
    for radio in window.findChildren(QRadioButton):
        group = group_of(radio)
        if len(group) < 2 or any(radio in g for g in found):
            continue
        for button in group:
            parent: QWidget | None = button
            while parent is not None and parent is not window:
                parent.setVisible(True)
                parent.setEnabled(True)
                parent = parent.parentWidget()
        found.append(sorted(group, key=lambda b: b.mapTo(window, b.rect().topLeft()).y()))
    return found


def _module_of(button: QWidget) -> str:
    """The project module whose class holds the button (its nearest ancestor of a trustdesk class)."""
    widget: QWidget | None = button.parentWidget()
    while widget is not None:
        module = type(widget).__module__
        if module.startswith("trustdesk."):
            return module.rsplit(".", 1)[-1]
        widget = widget.parentWidget()
    return ""


def _modules_that_make_radio_buttons() -> set[str]:
    return {path.stem for path in (ROOT / "trustdesk").rglob("*.py")
            if re.search(r"\bQRadioButton\(", path.read_text(encoding="utf-8"))}


def test_the_walk_sees_a_group_that_starts_on_the_wrong_button(qtbot: QtBot) -> None:
    def walk() -> list[str]:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        layout = QVBoxLayout(dialog)
        before, after = QLineEdit(dialog), QLineEdit(dialog)  # a stop before the group and one after it
        layout.addWidget(before)
        buttons: list[QAbstractButton] = []
        for name in ("first", "second", "third"):
            button = QRadioButton(name, dialog)
            button.setObjectName(name)
            layout.addWidget(button)
            buttons.append(button)
        layout.addWidget(after)
        buttons[1].setChecked(True)
        dialog.show()
        qtbot.waitExposed(dialog)
        return group_problems(qtbot, dialog, buttons, "plain")

    assert walk() == []
    filters = app_filters.installed(RadioGroups)
    assert filters is not None
    app_filters.unregister(filters)  # off the application's one filter (kit/app_filters.py)
    try:
        assert walk()  # as Qt leaves a group: its stop is the first button, or the one focused last
    finally:
        app_filters.register(filters, QShowEvent, QFocusEvent)


@pytest.mark.parametrize("language", LANGUAGES)
def test_first_run_starts_on_the_chosen_language(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    from trustdesk.ui.security.wizard import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "new", language=language, keychain=Keychain.none(), kdf=KdfParams())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    page = wizard.currentPage()
    chosen = page.buttons[language]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is chosen, timeout=3000)


def test_every_radio_group_starts_on_the_chosen_button_and_arrows_stay_in_it(
        qtbot: QtBot, tmp_path: Path, window: MainWindow, session: VaultSession, sample: Sample) -> None:
    from trustdesk.ui.case.conflict import ConflictPanel
    from trustdesk.ui.security.handover_dialogs import HandOverDialog
    from trustdesk.ui.security.handover_receive import ReceiveHandoverDialog
    from trustdesk.ui.security.restore_wizard import RestoreWizard
    from trustdesk.ui.security.wizard import FirstRunWizard

    def conflict_dialog() -> QWidget:
        dialog = QDialog()
        layout = QVBoxLayout(dialog)
        layout.addWidget(ConflictPanel(dialog))
        return dialog

    windows: list[tuple[str, Callable[[], QWidget]]] = [
        ("first run", lambda: FirstRunWizard(tmp_path / "new", language="fr", keychain=Keychain.none(),
                                             kdf=KdfParams())),
        ("restore", lambda: RestoreWizard(tmp_path / "empty", keychain=Keychain.none())),
        ("hand over", lambda: HandOverDialog(session)),
        ("receive handover", lambda: ReceiveHandoverDialog(session)),
        ("conflict of interest", conflict_dialog),
    ]
    problems: list[str] = []
    walked: set[str] = set()
    count = 0
    for name, make in windows:
        top = make()
        qtbot.addWidget(top)
        top.show()
        qtbot.waitExposed(top)
        top.activateWindow()
        for group in groups_in(top):
            count += 1
            walked |= {_module_of(b) for b in group}
            problems += group_problems(qtbot, top, group, name)
        top.close()
    view = open_case(qtbot, window, sample.dutch_case)
    view.tabs.setCurrentWidget(view.documents)
    window.activateWindow()
    qtbot.waitUntil(lambda: view.documents.isVisible())
    for group in groups_in(view.documents):
        count += 1
        walked |= {_module_of(b) for b in group}
        problems += group_problems(qtbot, window, group, "case documents")
    assert not problems, "\n".join(problems)
    assert count >= 7
    assert _modules_that_make_radio_buttons() <= walked, (_modules_that_make_radio_buttons(), walked)
