"""Tab follows reading order on every page, case tab and dialog (outside tester: Tab went right to
left on a case's Referrals tab and on the Providers page).  In Dutch, in the main window at a
1366×768 laptop's size: each step of the focus chain goes to a control that is further on in reading
order -- below, or on the same row to the right -- or into a column to the right (a form beside a
list); a step back up the screen or to the left on the same row is a fault.  The wrap-around from
the last control to the first is no step.  ``TOLERANCE`` px allows for controls of one row that are
not exactly aligned."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_accessibility import _show_loaded, focus_order
from tests.i18n.test_mnemonics import every_dialog
from tests.waits import apply_layouts, open_case, show_page, switch_language
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow

TOLERANCE = 6


def _rect(widget: QWidget) -> QRect:
    """Where the control is on screen (a tab widget's stop is its tab bar)."""
    if isinstance(widget, QTabWidget):
        widget = widget.tabBar()
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def reading_cycle(widgets: list[QWidget]) -> list[QWidget]:
    """The Tab cycle from the control first in reading order (Tab goes round: where the chain happens to
    begin is no step of its own; the one wrap-around is from the last control back to the first)."""
    if not widgets:
        return widgets
    first = min(range(len(widgets)), key=lambda i: (_rect(widgets[i]).top() // (2 * TOLERANCE),
                                                     _rect(widgets[i]).left()))
    return widgets[first:] + widgets[:first]


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def out_of_order(widgets: list[QWidget]) -> list[str]:
    """The steps of ``widgets`` (in Tab order) that go against reading order."""
    faults = []
    for one, two in itertools.pairwise(widgets):
        a, b = _rect(one), _rect(two)
        same_row = b.top() < a.bottom() - TOLERANCE and a.top() < b.bottom() - TOLERANCE
        if same_row:
            if b.center().x() < a.center().x() - TOLERANCE and b.right() <= a.right():
                faults.append(f"{_name(one)} -> {_name(two)}: right to left")
        elif b.bottom() < a.top() + TOLERANCE and b.left() < a.right() - TOLERANCE:
            faults.append(f"{_name(one)} -> {_name(two)}: back up")
    return faults


def test_the_check_sees_right_to_left_and_back_up(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    column = QVBoxLayout(root)
    field = QLineEdit(root)
    field.setObjectName("field")
    column.addWidget(field)
    row = QHBoxLayout()
    buttons = []
    for name in ("left", "middle", "right"):
        button = QPushButton(name, root)
        button.setObjectName(name)
        row.addWidget(button)
        buttons.append(button)
    column.addLayout(row)
    root.resize(400, 120)
    root.show()
    apply_layouts()
    assert out_of_order(focus_order(root)) == []
    QWidget.setTabOrder(field, buttons[2])
    QWidget.setTabOrder(buttons[2], buttons[1])
    QWidget.setTabOrder(buttons[1], buttons[0])
    assert out_of_order(focus_order(root)) == ["right -> middle: right to left", "middle -> left: right to left"]
    QWidget.setTabOrder(buttons[0], field)
    assert "left -> field: back up" in out_of_order([*buttons[::-1], field])


def choose_first_rows(root: QWidget) -> None:
    """Every list of ``root`` with a row has its first row chosen: the buttons that act on a row are
    enabled, as they are once a person picks one."""
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() and not view.currentIndex().isValid():
            view.setCurrentIndex(model.index(0, 0))


def faults_in(root: QWidget) -> list[str]:
    choose_first_rows(root)
    apply_layouts()
    return out_of_order(reading_cycle(focus_order(root)))


def everything_out_of_order(qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample,
                            prefs: Preferences) -> list[str]:
    window.resize(1366, 740)
    found: list[str] = []
    for key in window.pages:
        page = show_page(qtbot, window, key)
        found += [f"page {key}: {fault}" for fault in faults_in(page)]
    for case_id in (sample.dutch_case, sample.french_case):
        view = open_case(qtbot, window, case_id)
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            qtbot.waitUntil(lambda v=view: v.tabs.currentWidget().isVisible())  # type: ignore[misc]
            found += [f"case tab {view.tabs.currentWidget().objectName()}: {fault}" for fault in faults_in(view)]
    window.pages["cases"].show_list()  # type: ignore[attr-defined]
    for name, make in every_dialog(session, window, sample, prefs):
        dialog = make()  # type: ignore[operator]
        assert isinstance(dialog, QWidget)
        qtbot.addWidget(dialog)
        _show_loaded(qtbot, dialog)
        found += [f"{name}: {fault}" for fault in faults_in(dialog)]
        dialog.close()
    return list(dict.fromkeys(found))


def other_windows_out_of_order(qtbot: QtBot, tmp_path: Path, session: VaultSession, window: MainWindow,
                               sample: Sample, new_vault: Callable[..., object]) -> list[str]:
    """The windows around the main one: the first-run wizard (each page), unlock, restore (each step),
    the handover dialogs and receipts, the coordinator exchange, the recovery kit, the note for a
    returned case, the offer to remove a kept-aside vault, the desk's set-up, the search."""
    from PySide6.QtWidgets import QStackedWidget

    from trustdesk.ui.case.conflict import ReturnNoteDialog
    from trustdesk.ui.desk.desk_start import DeskSetupDialog
    from trustdesk.ui.exchange.contact_card_dialog import ContactCardDialog
    from trustdesk.ui.exchange.figures_dialog import FiguresDialog
    from trustdesk.ui.exchange.intake_dialog import IntakeDialog
    from trustdesk.ui.security.handover_dialogs import HandOverDialog
    from trustdesk.ui.security.handover_receipt import ReceiptDialog
    from trustdesk.ui.security.handover_receive import ReceiveHandoverDialog
    from trustdesk.ui.security.kept_aside import KeptAsideOffer
    from trustdesk.ui.security.received_receipts import ReceivedReceiptsDialog
    from trustdesk.ui.security.recovery_kit import RecoveryKitDialog
    from trustdesk.ui.security.restore_wizard import RestoreWizard
    from trustdesk.ui.security.unlock import UnlockWindow
    from trustdesk.ui.security.wizard import FirstRunWizard
    from trustdesk.vault import KdfParams, Keychain

    found: list[str] = []
    case = session.require().cases.get(sample.dutch_case)
    assert case is not None
    (tmp_path / "kept").mkdir()
    wizard = FirstRunWizard(tmp_path / "new", language="nl", keychain=Keychain.none(), kdf=KdfParams())
    qtbot.addWidget(wizard)
    for page_id in wizard.pageIds():  # the pages that only ask (from the one that creates the vault on, a
        wizard.setStartId(page_id)    # page needs the ones before it: the journey test walks those)
        wizard.restart()
        wizard.show()
        found += [f"first run {wizard.currentPage().objectName()}: {fault}" for fault in faults_in(wizard)]
        if wizard.currentPage().isCommitPage():
            break
    wizard.close()
    locked = tmp_path / "locked"
    new_vault(locked, keychain=Keychain.none()).lock()  # type: ignore[attr-defined]
    window.search.action.trigger()
    windows: list[tuple[str, QWidget]] = [
        ("unlock", UnlockWindow(locked, keychain=Keychain.none())),
        ("restore", RestoreWizard(tmp_path / "empty", keychain=Keychain.none())),
        ("hand over", HandOverDialog(session)),
        ("receive handover", ReceiveHandoverDialog(session)),
        ("contact card", ContactCardDialog(session)),
        ("intake", IntakeDialog(session)),
        ("figures", FiguresDialog(session)),
        ("confirm a receipt", ReceiptDialog(session)),
        ("my receipt codes", ReceivedReceiptsDialog(session)),
        ("recovery kit", RecoveryKitDialog(None, session.require(), "ABCD-EFGH", session=session)),
        ("return note", ReturnNoteDialog(case)),
        ("kept aside", KeptAsideOffer(tmp_path / "data", tmp_path / "kept")),
        ("coordinator desk set-up", DeskSetupDialog(tmp_path / "desk")),
    ]
    for name, other in windows:  # not qtbot's: each is deleted here, before a later language switch
        _show_loaded(qtbot, other)
        stacks = [stack for stack in other.findChildren(QStackedWidget) if stack.count() > 1]
        for stack in stacks or [None]:
            for index in range(stack.count() if stack is not None else 1):
                if stack is not None:
                    stack.setCurrentIndex(index)
                found += [f"{name} {index}: {fault}" for fault in faults_in(other)]
        other.close()
        other.deleteLater()  # gone before the next language switch reaches it
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if window.search.dialog is not None:
        found += [f"search: {fault}" for fault in faults_in(window.search.dialog)]
        window.search.dialog.close()
    return list(dict.fromkeys(found))


def test_tab_follows_reading_order_in_the_windows_around(
        qtbot: QtBot, tmp_path: Path, window: MainWindow, session: VaultSession, sample: Sample,
        translations: Translations, new_vault: Callable[..., object]) -> None:
    switch_language(translations, "nl")
    found = other_windows_out_of_order(qtbot, tmp_path, session, window, sample, new_vault)
    assert not found, "\n".join(found)


def test_tab_follows_reading_order_everywhere(qtbot: QtBot, window: MainWindow, session: VaultSession,
                                              sample: Sample, prefs: Preferences,
                                              translations: Translations) -> None:
    switch_language(translations, "nl")
    found = everything_out_of_order(qtbot, window, session, sample, prefs)
    assert not found, "\n".join(found)


def test_tab_follows_reading_order_on_the_coordinator_desk(qtbot: QtBot, tmp_path: Path,
                                                           translations: Translations) -> None:
    from PySide6.QtWidgets import QTabWidget as Tabs

    from trustdesk.exchange.coordinator import CoordinatorDesk
    from trustdesk.ui.desk.desk_window import DeskWindow

    switch_language(translations, "nl")
    desk = DeskWindow(CoordinatorDesk.init(tmp_path / "desk", "Coördinatie Arts in Nood", "desk passphrase 2026"))
    qtbot.addWidget(desk)
    desk.resize(1366, 740)
    desk.show()
    found: list[str] = []
    for tabs in desk.findChildren(Tabs):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found += [f"desk tab {tabs.tabText(index)}: {fault}" for fault in faults_in(desk)]
    assert not found, "\n".join(dict.fromkeys(found))
