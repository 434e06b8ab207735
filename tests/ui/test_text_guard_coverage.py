"""No text editor escapes the clipboard guard (issue 17, item 1): it is impossible to forget.

Two nets, each able to fail on its own:

- the source: every ``QLineEdit(…)``, ``QPlainTextEdit(…)``, ``QTextEdit(…)`` and ``QTextBrowser(…)``
  made anywhere in ``trustdesk/ui`` is made inside ``guard_text(…)`` (an AST walk, so a dialog that no
  test opens is covered too);
- the running app: every page of the main window, every tab of two realistic cases, every dialog and
  window, in English and French, is walked and any text editor under it that is not guarded fails
  (Qt's own parts — a spin box's or a date edit's line edit, a file dialog's — excepted).
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.i18n import conftest as sample_window
from tests.i18n.sample import Sample
from trustdesk.ui.kit.clipboard import guard_text, is_guarded
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import KdfParams, Keychain, Vault

UI = Path(__file__).resolve().parents[2] / "trustdesk" / "ui"
EDITOR_CLASSES = {"QLineEdit", "QPlainTextEdit", "QTextEdit", "QTextBrowser"}


# -- the source ------------------------------------------------------------------------------------

def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def unguarded_constructions(source: str, where: str = "") -> list[str]:
    """``file:line Class`` for each editor made outside ``guard_text(…)``."""
    tree = ast.parse(source)
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) == "guard_text" and node.args:
            inside.add(id(node.args[0]))
    return [f"{where}:{node.lineno} {_name(node.func)}" for node in ast.walk(tree)
            if isinstance(node, ast.Call) and _name(node.func) in EDITOR_CLASSES and id(node) not in inside]


def test_the_source_check_can_fail() -> None:
    source = "a = guard_text(QPlainTextEdit(self))\nb = QLineEdit(self)\nc = QtWidgets.QTextBrowser()\n"
    assert unguarded_constructions(source) == [":2 QLineEdit", ":3 QTextBrowser"]


def test_every_editor_in_the_source_is_made_through_the_guard() -> None:
    problems: list[str] = []
    for path in sorted(UI.rglob("*.py")):
        problems += unguarded_constructions(path.read_text(encoding="utf-8"), str(path.relative_to(UI)))
    assert not problems, f"text editors made without guard_text(): {problems}"


# -- the running app ---------------------------------------------------------------------------------

def _internal(widget: QWidget) -> bool:
    """Qt's own editors inside compound widgets that show no case text of their own."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QFileDialog)):
            return True
        if isinstance(parent, QComboBox) and not parent.isEditable():
            return True
        parent = parent.parentWidget()
    return False


def unguarded(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) and not _internal(widget) \
                and not is_guarded(widget):
            parent = widget.parentWidget()
            found.append(f"{type(widget).__name__} {widget.objectName() or '(no objectName)'} in "
                         f"{type(parent).__name__} {parent.objectName() if parent else ''}")
    return found


# The main window over the realistic sample vault, the same fixtures tests/i18n uses (over this
# folder's plain ``session``).
sample = sample_window.sample
session = sample_window.session
window = sample_window.window

def test_the_walk_can_fail(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    guard_text(QPlainTextEdit(root))
    bare = QLineEdit(root)
    bare.setObjectName("bare")
    assert unguarded(root) == ["QLineEdit bare in QWidget "]




@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_page_and_case_tab(qtbot: QtBot, window: MainWindow, sample: Sample, translations: Translations,
                                 language: str) -> None:
    translations.install(language)
    problems: list[str] = []
    for key in window.pages:
        window.show_page(key)
        qtbot.waitUntil(window.pages[key].isVisible)
        problems += [f"page {key}: {p}" for p in unguarded(window)]
    for case_id in (sample.dutch_case, sample.french_case):
        assert window.open_case(case_id)
        view = window.pages["cases"].case_view  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda v=view: v.tabs.count() == 7)
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            qtbot.waitUntil(lambda v=view: v.tabs.currentWidget() is not None and v.tabs.currentWidget().isVisible())
            problems += [f"case {case_id} tab {index}: {p}" for p in unguarded(window)]
    window.search.action.trigger()
    dialog = window.search.dialog
    assert dialog is not None
    problems += [f"search: {p}" for p in unguarded(dialog)]
    dialog.close()
    assert not sorted(set(problems)), f"unguarded text editors: {sorted(set(problems))}"


def _dialogs(session: VaultSession, window: MainWindow, sample: Sample, prefs: Preferences, tmp: Path
             ) -> list[tuple[str, Callable[[], QWidget]]]:
    from trustdesk.ui.case.close_case_dialog import CloseCaseDialog
    from trustdesk.ui.case.destroy_dialog import DestroyDialog
    from trustdesk.ui.case.new_case_dialog import NewCaseDialog
    from trustdesk.ui.case.referral_dialog import ReferralDialog
    from trustdesk.ui.case.revision_history import RevisionHistoryDialog
    from trustdesk.ui.case.task_dialog import TaskDialog
    from trustdesk.ui.directory.csv_import_dialog import CsvImportDialog
    from trustdesk.ui.directory.provider_dialog import ProviderDialog
    from trustdesk.ui.documents.referral_letter import LetterDialog
    from trustdesk.ui.documents.template_editor import TemplateEditor
    from trustdesk.ui.output.reauth import ReauthDialog
    from trustdesk.ui.safety.safety_plan_editor import SafetyPlanDialog
    from trustdesk.ui.safety.safety_plan_history import SafetyPlanHistoryDialog
    from trustdesk.ui.safety.score_dialog import ScoreDialog
    from trustdesk.ui.security.handover_dialogs import HandOverDialog
    from trustdesk.ui.security.handover_receive import ReceiveHandoverDialog
    from trustdesk.ui.security.restore_wizard import RestoreWizard
    from trustdesk.ui.security.unlock import UnlockWindow
    from trustdesk.ui.security.wizard import FirstRunWizard
    from trustdesk.ui.shell.settings_dialog import SettingsDialog

    vault = session.require()
    case = vault.cases.get(sample.dutch_case)
    assert case is not None and case.id is not None
    referral = vault.referrals.for_case(sample.dutch_case)[0]
    contact = vault.contacts.for_case(sample.dutch_case)[0]
    provider = vault.providers.list()[0]
    template = next(iter(vault.templates.list()), None)
    csv = b"name;organisation;phone\nDr. Claes;Praktijk Claes;016 12 34 56\n"
    locked = tmp / "locked"
    Vault.create(locked, PASSPHRASE, keychain=Keychain.none(), kdf=KdfParams()).lock()
    return [
        ("settings", lambda: SettingsDialog(session, prefs, language="en", parent=window)),
        ("new case", lambda: NewCaseDialog(session, window)),
        ("new referral", lambda: ReferralDialog(session, sample.dutch_case, parent=window)),
        ("edit referral", lambda: ReferralDialog(session, sample.dutch_case, referral, parent=window)),
        ("letter", lambda: LetterDialog(session, referral.id or 0, window)),
        ("new provider", lambda: ProviderDialog(session, parent=window)),
        ("provider", lambda: ProviderDialog(session, provider, parent=window)),
        ("task", lambda: TaskDialog(session, case_id=sample.dutch_case, parent=window)),
        ("close case", lambda: CloseCaseDialog(session, case, 5, window)),
        ("destroy", lambda: DestroyDialog(session, case.id or 0, case.code, window)),
        ("score", lambda: ScoreDialog(session, sample.dutch_case, window)),
        ("safety plan", lambda: SafetyPlanDialog(session, sample.french_case, parent=window)),
        ("safety plan history", lambda: SafetyPlanHistoryDialog(session, sample.french_case, window)),
        ("revisions", lambda: RevisionHistoryDialog(session, contact.id or 0, window)),
        ("template", lambda: TemplateEditor(session, template, case_id=sample.dutch_case, parent=window)),
        ("new template", lambda: TemplateEditor(session, parent=window)),
        ("csv import", lambda: CsvImportDialog(session, csv, window)),
        ("handover send", lambda: HandOverDialog(session, window)),
        ("handover receive", lambda: ReceiveHandoverDialog(session, window)),
        ("re-authentication", lambda: ReauthDialog(session, "Case summary", window)),
        ("restore", lambda: RestoreWizard(tmp / "restore", keychain=Keychain.none(), session=session)),
        ("unlock", lambda: UnlockWindow(locked, keychain=Keychain.none())),
        ("wizard", lambda: FirstRunWizard(tmp / "new", language="en", keychain=Keychain.none(), kdf=KdfParams())),
    ]


def test_every_dialog_and_window(qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample,
                                 prefs: Preferences, tmp_path: Path) -> None:
    problems: list[str] = []
    for name, make in _dialogs(session, window, sample, prefs, tmp_path):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        problems += [f"{name}: {p}" for p in unguarded(dialog)]
        dialog.close()
    assert not problems, f"unguarded text editors: {problems}"
