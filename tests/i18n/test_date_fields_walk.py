"""Every date field of the app is the one kit field (ui/kit/date_field.py), and each of them, found by
walking every dialog and every case tab: leaves Ctrl+Tab / Ctrl+Shift+Tab / Ctrl+PgUp / Ctrl+PgDn to
the tab widget (its date unchanged); shows a half-typed date as such, holding the dialog's Save with a
visible sentence; and, for a past event, refuses a date after today.  A consent recorded on a referral
says what it covers (issue 18 follow-up: a French referral saved "consent given" with an empty scope)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_accessibility import _show_loaded
from tests.i18n.test_mnemonics import every_dialog
from tests.waits import open_case
from trustdesk.ui.kit.appearance import SaveCancelBox
from trustdesk.ui.kit.date_field import DateField, DateTimeField
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow

TAB_KEYS = ((Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))


def _fields(root: QWidget) -> list[QDateTimeEdit]:
    return [f for f in root.findChildren(QDateTimeEdit) if f.isVisibleTo(root) and f.isEnabled()]


def _screens(qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample, prefs: Preferences):  # type: ignore[no-untyped-def]
    """(name, root) for every dialog and every tab of an open case, each shown in turn."""
    for name, make in every_dialog(session, window, sample, prefs):
        dialog = make()  # type: ignore[operator]
        qtbot.addWidget(dialog)
        _show_loaded(qtbot, dialog)
        consent = getattr(dialog, "consent", None)
        if isinstance(consent, QCheckBox):
            consent.setChecked(True)  # the consent's date is enabled with it
        yield name, dialog
        dialog.close()
    view = open_case(qtbot, window, sample.dutch_case)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: view.tabs.currentWidget().isVisible())
        yield f"case tab {index}", view.tabs.currentWidget()


def test_every_date_field_is_the_kit_field_and_leaves_the_tab_keys(
        qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample, prefs: Preferences) -> None:
    problems: list[str] = []
    seen = 0
    for name, root in _screens(qtbot, window, session, sample, prefs):
        for field in _fields(root):
            seen += 1
            if not isinstance(field, (DateField, DateTimeField)):
                problems.append(f"{name}: {field.objectName()} is a {type(field).__name__}")
                continue
            tabs = next((w for w in _ancestors(field) if isinstance(w, QTabWidget)), None)
            for key, modifiers in TAB_KEYS:
                before = field.dateTime()
                tab = tabs.currentIndex() if tabs is not None else None
                field.setFocus()
                QTest.keyClick(field, key, modifiers)
                if field.dateTime() != before:
                    problems.append(f"{name}: {field.objectName()}: {key.name} changed the date")
                if tabs is not None and tabs.currentIndex() == tab:
                    problems.append(f"{name}: {field.objectName()}: {key.name} did not reach the tabs")
                if tabs is not None:
                    tabs.setCurrentIndex(tab)  # type: ignore[arg-type]
                    qtbot.waitUntil(field.isVisible)
    assert seen >= 7, seen  # task, score, close case, referral consent, details, contact, referral step
    assert not problems, "\n".join(problems)


def _ancestors(widget: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def test_a_half_typed_date_holds_save_with_a_sentence(
        qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample, prefs: Preferences) -> None:
    problems: list[str] = []
    checked = holds = 0
    for name, root in _screens(qtbot, window, session, sample, prefs):
        box = root.findChild(SaveCancelBox)
        if box is None or not box.isVisible():
            continue
        save = box.button(QDialogButtonBox.StandardButton.Save)
        for field in _fields(root):
            if not isinstance(field, DateField):
                continue
            for select_all in (False, True):  # typed section by section ("Tab Tab 8/04/8"), or over it all
                checked += 1
                was = save.isEnabled()
                field.setFocus(Qt.FocusReason.TabFocusReason)
                if select_all:
                    field.lineEdit().selectAll()
                QTest.keyClicks(field, "8/04/8")
                sentence = root.findChild(QLabel, "dateProblem")
                half = field.lineEdit().text() != field.textFromDateTime(field.dateTime())  # not the date it holds
                if half and field.acceptable():
                    problems.append(f"{name}: {field.objectName()}: {field.lineEdit().text()!r} taken as whole")
                if not field.acceptable():
                    holds += 1
                    if save.isEnabled() or sentence is None or not sentence.isVisible() or not sentence.text():
                        problems.append(f"{name}: {field.objectName()} ({'all' if select_all else 'sections'}): "
                                        f"{field.lineEdit().text()!r}, Save {'on' if save.isEnabled() else 'off'}")
                if select_all:
                    QTest.keyClick(field, Qt.Key.Key_Escape)  # gives up the typing (no further: Esc closes)
                field.setDate(QDate.currentDate())
                if save.isEnabled() != was:
                    problems.append(f"{name}: {field.objectName()}: Save not given back")
    assert checked >= 6 and holds >= 4, (checked, holds)
    assert not problems, "\n".join(problems)


def test_a_past_event_refuses_a_date_after_today(
        qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample, prefs: Preferences) -> None:
    future = date.today() + timedelta(days=20)
    past_events = 0
    for name, root in _screens(qtbot, window, session, sample, prefs):
        for field in _fields(root):
            if field.maximumDate() > QDate.currentDate():
                continue  # a due date may lie ahead
            past_events += 1
            before = field.date()
            field.setFocus()
            field.lineEdit().selectAll()
            text = f"{future.day}/{future.month}/{future.year}"
            QTest.keyClicks(field, text)
            QTest.keyClick(field, Qt.Key.Key_Return)
            assert field.date() == before, (name, field.objectName())
            if isinstance(field, DateField):
                assert not field.acceptable() and field.problem, (name, field.objectName())
                QTest.keyClick(field, Qt.Key.Key_Escape)
                assert field.acceptable()
    assert past_events >= 5, past_events  # contact, details, score, close case, consent


def test_a_consent_says_what_it_covers(qtbot: QtBot, window: MainWindow, session: VaultSession,
                                      sample: Sample) -> None:
    from trustdesk.ui.case.referral_dialog import ReferralDialog

    vault = session.require()
    referral = vault.referrals.for_case(sample.dutch_case)[0]
    dialog = ReferralDialog(session, sample.dutch_case, referral, parent=window)
    qtbot.addWidget(dialog)
    _show_loaded(qtbot, dialog)
    dialog.consent.setChecked(True)
    dialog.consent_scope.clear()
    for box in dialog.shared.values():
        box.setChecked(False)
    dialog.save()
    assert dialog.isVisible() and dialog.message.isVisible()
    stored = vault.referrals.get(referral.id)  # type: ignore[arg-type]
    assert stored is not None and stored.consent_scope == referral.consent_scope
    dialog.consent_scope.setText("naam en telefoonnummer")
    dialog.save()
    assert not dialog.isVisible()


def _focus(qtbot: QtBot, field: QWidget) -> None:
    """The field's window active and the field focused, as a person's Tab would leave it."""
    field.window().activateWindow()
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: _inside(field))


def _inside(field: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is field or field.isAncestorOf(focus))


def test_one_tab_leaves_every_date_field(
        qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample, prefs: Preferences) -> None:
    """Tab and Shift+Tab leave a date field at once (Qt's walked day, month and year first): the
    sections are for the arrow keys and typing (issue 18 follow-up)."""
    problems: list[str] = []
    seen = 0
    for name, root in _screens(qtbot, window, session, sample, prefs):
        for field in _fields(root):
            for key, modifiers in ((Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
                                   (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)):
                seen += 1
                _focus(qtbot, field)
                before = field.dateTime()
                QTest.keyClick(QApplication.focusWidget(), key, modifiers)
                if _inside(field):
                    problems.append(f"{name}: {field.objectName()}: {key.name} stayed in the field")
                if field.dateTime() != before:
                    problems.append(f"{name}: {field.objectName()}: {key.name} changed the date")
    assert seen >= 14, seen
    assert not problems, "\n".join(problems)


def test_a_half_date_is_kept_and_said_when_the_field_is_left(
        qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample, prefs: Preferences) -> None:
    """Left with a date half typed (over the whole text, or section by section), every date field keeps
    the typing on screen and says it is no date, its date unchanged: never silently back to the old one."""
    problems: list[str] = []
    seen = 0
    kinds: set[str] = set()
    for name, root in _screens(qtbot, window, session, sample, prefs):
        for field in _fields(root):
            assert isinstance(field, (DateField, DateTimeField))
            kinds.add(type(field).__name__)
            for select_all, typed in ((True, "8/04/"), (True, "31/02/2026"), (False, "8/04/8")):
                # today at 00:01, a moment already past whatever the hour of the run (today with the note's own
                # time of day was a moment to come in the evening: refused, the note's date came back)
                field.setDateTime(QDateTime(QDate.currentDate(), QTime(0, 1)))
                before = field.date()
                _focus(qtbot, field)
                if select_all:
                    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
                QTest.keyClicks(field, typed)
                shown = field.lineEdit().text()
                if field.acceptable():
                    continue  # section by section the spin box made a whole date of it: nothing half
                seen += 1
                QTest.keyClick(field, Qt.Key.Key_Tab)
                if field.lineEdit().text() != shown or field.acceptable() or not field.problem \
                        or field.date() != before or not field.half_typed():
                    problems.append(f"{name}: {field.objectName()}: {shown!r} became {field.lineEdit().text()!r} "
                                    f"({'taken' if field.acceptable() else 'said'})")
                _focus(qtbot, field)
                QTest.keyClick(field, Qt.Key.Key_Escape)  # gives it up: the date shown again
                if not field.acceptable() or field.lineEdit().text() != field.textFromDateTime(field.dateTime()):
                    problems.append(f"{name}: {field.objectName()}: Esc left {field.lineEdit().text()!r}")
    assert seen >= 14 and kinds == {"DateField", "DateTimeField"}, (seen, kinds)
    assert not problems, "\n".join(problems)


def test_ctrl_a_and_typing_replace_a_refused_date(
        qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample, prefs: Preferences) -> None:
    """A refused date (after today for a past event, or half) stays on screen; Ctrl+A selects it all
    and what is typed next replaces it, cleanly (the consent field showed "10/12/202605/12/2026")."""
    problems: list[str] = []
    seen = 0
    kinds: set[str] = set()
    good = date.today() - timedelta(days=1)
    for name, root in _screens(qtbot, window, session, sample, prefs):
        for field in _fields(root):
            assert isinstance(field, (DateField, DateTimeField))
            if field.minimumDate() > QDate(good.year, good.month, good.day):
                continue
            kinds.add(type(field).__name__)
            future = date.today() + timedelta(days=4)
            past_event = field.maximumDate() <= QDate.currentDate() or getattr(field, "latest", None) is not None
            refused = f"{future.day:02d}/{future.month:02d}/{future.year}" if past_event else "8/04/"
            seen += 1
            _focus(qtbot, field)
            QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClicks(field, refused)
            QTest.keyClick(field, Qt.Key.Key_Tab)
            if field.acceptable() or field.lineEdit().text() != refused:
                problems.append(f"{name}: {field.objectName()}: {refused!r} not shown as refused")
            sentence = root.findChild(QLabel, "dateProblem")
            if sentence is not None and sentence.isVisible() and sentence.text() != field.problem:
                problems.append(f"{name}: {field.objectName()}: the dialog says {sentence.text()!r}, "
                                f"the field {field.problem!r}")  # the reason of the last key, not the first
            _focus(qtbot, field)
            QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            if field.lineEdit().selectedText() != field.lineEdit().text():
                problems.append(f"{name}: {field.objectName()}: Ctrl+A selected "
                                f"{field.lineEdit().selectedText()!r} of {field.lineEdit().text()!r}")
            QTest.keyClicks(field, f"{good.day}/{good.month}/{good.year}")
            QTest.keyClick(field, Qt.Key.Key_Tab)
            if field.date().toPython() != good or not field.acceptable() \
                    or field.lineEdit().text() != field.textFromDateTime(field.dateTime()):
                problems.append(f"{name}: {field.objectName()}: replaced by {field.lineEdit().text()!r}")
    assert seen >= 8 and kinds == {"DateField", "DateTimeField"}, (seen, kinds)
    assert not problems, "\n".join(problems)
