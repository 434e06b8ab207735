"""When a case tab's dialog closes, the focus is in that tab on a sensible control: after a save, on the
row just saved in its list; after Cancel, back where it was -- never the case's tab bar, never outside the
tab (issue 18 follow-up: after saving a referral or a letter the focus was on the tab bar).  Every add and
edit dialog of the case tabs, saved and cancelled (kit/focus_back.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QListWidget, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_accessibility import _show_loaded
from tests.waits import open_case
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.shell.main_window import MainWindow


def _focus_now(qtbot: QtBot, window: MainWindow) -> QWidget | None:
    window.activateWindow()  # the dialog gone, the window active again (no window manager offscreen)
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    QApplication.processEvents()
    return QApplication.focusWidget()


def _chosen_id(view: QWidget) -> Any:
    if isinstance(view, QTreeWidget) and view.currentItem() is not None:
        return view.currentItem().data(0, 256)  # type: ignore[union-attr]
    if isinstance(view, QListWidget) and view.currentItem() is not None:
        return view.currentItem().data(256)  # type: ignore[union-attr]
    return None


def test_focus_after_every_case_tab_dialog(qtbot: QtBot, window: MainWindow, sample: Sample) -> None:
    window.activateWindow()
    view: CaseView = open_case(qtbot, window, sample.dutch_case)
    problems: list[str] = []
    referrals, tasks, timeline = view.referrals, view.tasks, view.timeline
    assert referrals is not None and tasks is not None and timeline is not None

    def scope(dialog: QDialog) -> None:
        if not dialog.consent_scope.text():  # type: ignore[attr-defined]
            dialog.consent_scope.setText("naam en telefoonnummer")  # type: ignore[attr-defined]

    def title(dialog: QDialog) -> None:
        dialog.title_edit.setText("Huisarts terugbellen")  # type: ignore[attr-defined]

    cases: list[tuple[str, QWidget, QWidget, Callable[[], QDialog | None], Callable[[QDialog], None] | None,
                      Callable[[QDialog], Any]]] = [
        # (name, tab, the control that opens it, open, fill before saving, the saved thing's id)
        ("edit referral", referrals, referrals.edit_button, referrals.edit_current, scope,
         lambda d: d.saved.id),  # type: ignore[attr-defined]
        ("letter", referrals, referrals.letter_button, referrals.write_letter, None,
         lambda d: d.kept.id),  # type: ignore[attr-defined]
        ("new task", tasks, tasks.new_button, tasks.new_task, title, lambda d: d.task().id),  # type: ignore[attr-defined]
        ("edit task", tasks, tasks.edit_button, tasks.edit_current, None, lambda d: d.task().id),  # type: ignore[attr-defined]
        ("score", timeline, timeline.add_score_button, timeline.add_score, None, None),
    ]
    tried = 0
    for name, tab, opener, open_it, fill, saved_id in cases:
        for save in (True, False):
            view.tabs.setCurrentWidget(tab)
            qtbot.waitUntil(opener.isVisible)
            QApplication.processEvents()  # a tab's parts made on its first show are shown by a posted event
            if isinstance(tab, QWidget) and tab.findChild(QAbstractItemView) is not None:
                lists = [v for v in tab.findChildren(QAbstractItemView) if v.isVisible()]
                if lists and lists[0].model().rowCount() and not lists[0].currentIndex().isValid():
                    lists[0].setCurrentIndex(lists[0].model().index(0, 0))
            opener.setFocus()
            dialog = open_it()
            assert dialog is not None, name
            _show_loaded(qtbot, dialog)
            with qtbot.waitSignal(dialog.finished, timeout=10_000):
                if not save:
                    dialog.reject()
                else:
                    if fill is not None:
                        fill(dialog)
                    (getattr(dialog, "keep", None) or dialog.save)()  # type: ignore[attr-defined]
            tried += 1
            focus = _focus_now(qtbot, window)
            where = f"{name} ({'saved' if save else 'cancelled'})"
            if focus is None or not tab.isAncestorOf(focus):
                problems.append(f"{where}: focus on {type(focus).__name__} {getattr(focus, 'objectName', str)()!r}")
                continue
            if save and (not isinstance(focus, QAbstractItemView) or (saved_id is not None
                                                                       and _chosen_id(focus) != saved_id(dialog))):
                problems.append(f"{where}: focus on {type(focus).__name__} {focus.objectName()!r} "
                                f"(row {_chosen_id(focus) if isinstance(focus, QAbstractItemView) else None}), "
                                "not the row just saved")
    assert tried == 2 * len(cases)
    assert not problems, "\n".join(problems)
