"""Every interactive widget of every main view has a name a screen reader can say (issue 8).

Walks the main pages, the case view with each tab, and the main dialogs and windows; fails on a
button, field, list, table, tree or tab bar without an accessible name, a visible text or a buddy
label; an icon-only button also needs a tooltip.  Checked in French too: names follow the language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.waits import LOAD_TIMEOUT_MS, apply_layouts, open_case, show_page, switch_language
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.kit.tab_order import next_in_focus_chain
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import KdfParams, Keychain, Vault

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
               QAbstractItemView, QTabBar)


def _internal(widget: QWidget, root: QWidget) -> bool:
    """Qt's own parts of a compound widget (a combo's list, a spin box's line edit, a header…)."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QCalendarWidget, QTabBar)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` a screen reader could not name."""
    buddies = {id(label.buddy()) for label in root.window().findChildren(QLabel) if label.buddy() is not None}
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _internal(widget, root):
            continue
        name = widget.accessibleName().strip()
        parent = widget.parentWidget()
        where = (f"{type(widget).__name__} {widget.objectName() or '(no objectName)'}"
                 f" in {type(parent).__name__} {parent.objectName() if parent else ''}")
        if isinstance(widget, QAbstractButton):
            text = widget.text().replace("&", "").strip()
            if not (name or text):
                problems.append(where)
            elif not text and not widget.toolTip():
                problems.append(f"{where}: icon-only without a tooltip")
            continue
        if isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QTabWidget):
            name = name or widget.parentWidget().accessibleName()
        if not name and id(widget) not in buddies:
            problems.append(where)
    return problems


def _assert_named(root: QWidget, where: str) -> None:
    problems = unnamed(root)
    assert not problems, f"{where}: unnamed interactive widgets: {problems}"


# -- the check itself can fail -------------------------------------------------------------------

def test_the_check_finds_unnamed_widgets(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFormLayout, QPushButton

    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    bare = QLineEdit(root)
    bare.setObjectName("bare")
    labelled = QLineEdit(root)
    form.addRow("Name", labelled)  # a buddy label names it
    icon = QPushButton(root)
    icon.setObjectName("icon")
    icon.setAccessibleName("Copy")  # named, but sighted users get no tooltip
    named = QLineEdit(root)
    named.setAccessibleName("Phone")
    assert sorted(unnamed(root)) == ["QLineEdit bare in QWidget ", "QPushButton icon in QWidget : icon-only without a tooltip"]


# -- the real views ------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["en", "fr"])
def test_main_window_pages_and_case_tabs(qtbot: QtBot, window: MainWindow, sample: Sample,
                                         translations: Translations, language: str) -> None:
    switch_language(translations, language)
    _assert_named(window, "main window")
    for key in window.pages:
        show_page(qtbot, window, key)  # its data (some read in a worker) are on screen
        _assert_named(window, f"page {key}")
    for case_id in (sample.dutch_case, sample.french_case):
        view = open_case(qtbot, window, case_id)  # the tabs read the case when made (or first shown)
        assert view.tabs.count() == 7
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            assert view.tabs.currentWidget().isVisible()
            _assert_named(window, f"case {case_id} tab {index}")


def _dialogs(session: VaultSession, window: MainWindow, sample: Sample, prefs: Preferences
             ) -> list[tuple[str, Callable[[], QWidget]]]:
    from trustdesk.ui.case.close_case_dialog import CloseCaseDialog
    from trustdesk.ui.case.new_case_dialog import NewCaseDialog
    from trustdesk.ui.case.referral_dialog import ReferralDialog
    from trustdesk.ui.case.task_dialog import TaskDialog
    from trustdesk.ui.directory.provider_dialog import ProviderDialog
    from trustdesk.ui.documents.template_editor import TemplateEditor
    from trustdesk.ui.output.reauth import ReauthDialog
    from trustdesk.ui.safety.safety_plan_editor import SafetyPlanDialog
    from trustdesk.ui.safety.score_dialog import ScoreDialog
    from trustdesk.ui.shell.settings_dialog import SettingsDialog

    vault = session.require()
    case = vault.cases.get(sample.dutch_case)
    assert case is not None
    referral = vault.referrals.for_case(sample.dutch_case)[0]
    return [
        ("settings", lambda: SettingsDialog(session, prefs, language="en", parent=window)),
        ("new case", lambda: NewCaseDialog(session, window)),
        ("new referral", lambda: ReferralDialog(session, sample.dutch_case, parent=window)),
        ("edit referral", lambda: ReferralDialog(session, sample.dutch_case, referral, parent=window)),
        ("provider", lambda: ProviderDialog(session, parent=window)),
        ("task", lambda: TaskDialog(session, case_id=sample.dutch_case, parent=window)),
        ("close case", lambda: CloseCaseDialog(session, case, 5, window)),
        ("score", lambda: ScoreDialog(session, sample.dutch_case, window)),
        ("safety plan", lambda: SafetyPlanDialog(session, sample.french_case, parent=window)),
        ("template", lambda: TemplateEditor(session, parent=window)),
        ("re-authentication", lambda: ReauthDialog(session, "Case summary", window)),
    ]


def _show_loaded(qtbot: QtBot, dialog: QWidget) -> None:
    """Show ``dialog``; one that reads the vault in a worker (``loaded``) has its data in the form.
    Its answer is queued to this thread, so connecting after the constructor started it is safe."""
    loaded = getattr(dialog, "loaded", None)
    if loaded is None:
        dialog.show()
        return
    with qtbot.waitSignal(loaded, timeout=LOAD_TIMEOUT_MS):
        dialog.show()


def test_main_dialogs(qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample,
                      prefs: Preferences) -> None:
    for name, make in _dialogs(session, window, sample, prefs):
        dialog = make()
        qtbot.addWidget(dialog)
        _show_loaded(qtbot, dialog)
        _assert_named(dialog, name)
        dialog.close()


def test_search_dialog(qtbot: QtBot, window: MainWindow) -> None:
    window.search.action.trigger()  # makes and shows the dialog right away
    dialog = window.search.dialog
    assert dialog is not None
    _assert_named(dialog, "search")
    dialog.close()


def test_wizard_and_unlock_window(qtbot: QtBot, tmp_path: Path, new_vault: Callable[..., Vault]) -> None:
    from trustdesk.ui.security.unlock import UnlockWindow
    from trustdesk.ui.security.wizard import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "new", language="en", keychain=Keychain.none(), kdf=KdfParams())
    qtbot.addWidget(wizard)
    wizard.show()
    _assert_named(wizard, "wizard, welcome")
    wizard.next()
    _assert_named(wizard, "wizard, new vault or restore")
    wizard.next()
    _assert_named(wizard, "wizard, passphrase")
    new_vault(tmp_path / "locked", keychain=Keychain.none()).lock()
    unlock = UnlockWindow(tmp_path / "locked", keychain=Keychain.none())
    qtbot.addWidget(unlock)
    unlock.show()
    _assert_named(unlock, "unlock window")


# -- tab order -----------------------------------------------------------------------------------

def focus_order(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits under ``root``, in order, starting from the first one."""
    from PySide6.QtCore import Qt

    def tabbable(w: QWidget) -> bool:
        return (bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.isVisibleTo(root) and w.isEnabled()
                and not _internal(w, root) and (w is root or root.isAncestorOf(w)))

    start = next_in_focus_chain(root)
    order: list[QWidget] = []
    w = start
    for _ in range(2000):
        if tabbable(w) and w not in order:
            order.append(w)
        w = next_in_focus_chain(w)
        if w is start:
            break
    return order


def backward_jumps(root: QWidget) -> list[str]:
    """Steps where Tab goes clearly up the form (a row or more), other than the wrap-around."""
    from PySide6.QtCore import QPoint

    order = focus_order(root)
    tops = [w.mapTo(root.window(), QPoint(0, 0)).y() for w in order]
    return [f"{order[i].objectName() or type(order[i]).__name__} -> "
            f"{order[i + 1].objectName() or type(order[i + 1]).__name__}"
            for i in range(len(order) - 1) if tops[i + 1] < tops[i] - 8]


def test_tab_order_check_can_fail(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    fields = []
    for name in ("first", "second", "third"):
        field = QLineEdit(root)
        field.setObjectName(name)
        layout.addWidget(field)
        fields.append(field)
    root.show()
    layout.activate()
    assert backward_jumps(root) == []
    QWidget.setTabOrder(fields[0], fields[2])  # first -> third -> second: Tab goes back up
    assert backward_jumps(root) == ["third -> second"]


def test_tab_order_follows_the_page_in_single_column_dialogs(qtbot: QtBot, window: MainWindow,
                                                             session: VaultSession, sample: Sample) -> None:
    from trustdesk.ui.case.new_case_dialog import NewCaseDialog
    from trustdesk.ui.case.referral_dialog import ReferralDialog
    from trustdesk.ui.case.task_dialog import TaskDialog
    from trustdesk.ui.directory.provider_dialog import ProviderDialog

    for name, make in (("new case", lambda: NewCaseDialog(session, window)),
                       ("referral", lambda: ReferralDialog(session, sample.dutch_case, parent=window)),
                       ("provider", lambda: ProviderDialog(session, parent=window)),
                       ("task", lambda: TaskDialog(session, case_id=sample.dutch_case, parent=window))):
        dialog = make()
        qtbot.addWidget(dialog)
        _show_loaded(qtbot, dialog)
        apply_layouts()  # the geometry the user sees
        assert len(focus_order(dialog)) >= 3, name
        assert backward_jumps(dialog) == [], f"{name}: Tab goes back up the form"
        dialog.close()


def test_tab_order_of_the_contact_editor(qtbot: QtBot, window: MainWindow, sample: Sample) -> None:
    assert window.open_case(sample.dutch_case)
    view = window.pages["cases"].case_view  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.contacts.timeline.count() == 3)
    editor = view.contacts.editor
    qtbot.waitUntil(lambda: len(focus_order(editor)) >= 6)  # a contact is chosen and shown
    assert backward_jumps(editor) == []


def test_risk_and_status_are_words_not_only_colour(qtbot: QtBot, window: MainWindow, sample: Sample,
                                                   translations: Translations) -> None:
    """Every case row says its status and risk in words (the icon and colour only add to them)."""
    from PySide6.QtCore import Qt

    switch_language(translations, "fr")
    show_page(qtbot, window, "cases")
    model = window.pages["cases"].table.model()  # type: ignore[attr-defined]
    assert model.rowCount() >= 3
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for header in ("Statut", "Risque actuel"):
        column = headers.index(header)
        words = [model.index(r, column).data() for r in range(model.rowCount())]
        assert all(w and any(ch.isalpha() for ch in w) for w in words), (header, words)
