"""Issue 19: every Tab stop is a control the user can see has the focus.  Real Tab presses walk the main
window (every page, a case with each tab), every dialog and the windows around it; each widget Tab lands
on must be on screen (a visible, non-empty region) and of a kind that shows the focus: never a bare
frame, a frameless scroll area or a plain container (the receive-handover dialog's scrolling body took a
Tab with nothing to show; the case's knowledge link after the status showed no mark before the app's look
drew one on flat buttons)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_accessibility import _show_loaded
from tests.i18n.test_mnemonics import every_dialog
from tests.waits import open_case, show_page
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow

SHOWS_FOCUS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QTabBar, QAbstractSlider)


def unseen_stop(widget: QWidget) -> str:
    """Why the focus on ``widget`` cannot be seen ("" when it can)."""
    if not widget.isVisible() or widget.width() < 3 or widget.height() < 3:
        return "not on screen"
    if isinstance(widget, QAbstractScrollArea):  # (its viewport covers it: its own region may be empty)
        return "" if widget.frameShape() != QFrame.Shape.NoFrame else "a frameless scroll area"
    if widget.visibleRegion().isEmpty():
        return "not on screen"
    if isinstance(widget, SHOWS_FOCUS):
        return ""
    if isinstance(widget, QLabel) and widget.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard:
        return ""  # a selectable text: the style's focus frame
    return f"a {type(widget).__name__}, which shows no focus"


def walk(qtbot: QtBot, root: QWidget, where: str, steps: int = 80) -> list[str]:
    """Press Tab ``steps`` times from the root's first control; every stop it reaches inside ``root``."""
    root.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is root.window())
    problems = []
    for _ in range(steps):
        focus = QApplication.focusWidget() or root
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is None or not (widget is root or root.isAncestorOf(widget)):
            continue
        why = unseen_stop(widget)
        if why:
            problems.append(f"{where}: {type(widget).__name__} {widget.objectName()!r}: {why}")
    return sorted(set(problems))


def test_the_check_finds_an_unseen_stop(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    area = QScrollArea(holder)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setMinimumSize(120, 60)
    layout.addWidget(QPushButton("Eén", holder))
    layout.addWidget(area)
    layout.addWidget(QPushButton("Twee", holder))
    holder.show()
    assert walk(qtbot, holder, "probe", 6) == ["probe: QScrollArea '': a frameless scroll area"]
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    assert walk(qtbot, holder, "probe", 6) == []


def test_every_tab_stop_of_the_main_window_and_its_dialogs_is_seen(
        qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample, prefs: Preferences) -> None:
    problems: list[str] = []
    for key in window.pages:
        show_page(qtbot, window, key)
        problems += walk(qtbot, window, f"page {key}", 60)
    view = open_case(qtbot, window, sample.dutch_case)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        problems += walk(qtbot, window, f"case tab {index}", 60)
    window.pages["cases"].show_list()  # type: ignore[attr-defined]
    for name, make in every_dialog(session, window, sample, prefs):
        dialog = make()  # type: ignore[operator]
        assert isinstance(dialog, QWidget)
        qtbot.addWidget(dialog)
        _show_loaded(qtbot, dialog)
        problems += walk(qtbot, dialog, name, 40)
        dialog.close()
    assert not problems, "\n".join(problems)


def test_every_tab_stop_of_the_windows_around_is_seen(qtbot: QtBot, tmp_path: Path, session: VaultSession,
                                                     new_vault: object) -> None:
    from trustdesk.ui.exchange.contact_card_dialog import ContactCardDialog
    from trustdesk.ui.security.handover_dialogs import HandOverDialog
    from trustdesk.ui.security.handover_receipt import ReceiptDialog
    from trustdesk.ui.security.handover_receive import ReceiveHandoverDialog
    from trustdesk.ui.security.received_receipts import ReceivedReceiptsDialog
    from trustdesk.ui.security.restore_wizard import RestoreWizard
    from trustdesk.ui.security.unlock import UnlockWindow
    from trustdesk.vault import Keychain

    locked = tmp_path / "locked"
    new_vault(locked, keychain=Keychain.none()).lock()  # type: ignore[operator]
    problems: list[str] = []
    for name, other in [("unlock", UnlockWindow(locked, keychain=Keychain.none())),
                        ("restore", RestoreWizard(tmp_path / "empty", keychain=Keychain.none())),
                        ("hand over", HandOverDialog(session)), ("receive handover", ReceiveHandoverDialog(session)),
                        ("confirm a receipt", ReceiptDialog(session)),
                        ("my receipt codes", ReceivedReceiptsDialog(session)),
                        ("contact card", ContactCardDialog(session))]:
        qtbot.addWidget(other)
        _show_loaded(qtbot, other)
        problems += walk(qtbot, other, name, 30)
        other.close()
    assert not problems, "\n".join(problems)
