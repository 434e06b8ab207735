"""The application has one Python event filter, the kit's (ui/kit/app_filters.py): with the real main
window up, a case open and every page built, an event nobody acts on (a layout request, a timer's
kind of traffic, a style or font change told) costs exactly one Python call, that filter's, and no
PySide enum made (no ``enum`` call, no ``type()`` asked).  Every application-wide filter in Python was a call per
event of the whole app: the label names, Alt guard, tab keys, radio groups and the main window's
mouse history each had one (the hottest lines of the worst stalls in make bench).  A filter installed
on the application again, or one asking each event its type, makes this fail; counts, never times."""

from __future__ import annotations

import gc
import sys
from types import CodeType, FrameType

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.waits import open_case, show_page
from trustdesk.ui.kit import app_filters
from trustdesk.ui.kit.tab_keys import install_tab_keys
from trustdesk.ui.shell.history import HistoryKeys
from trustdesk.ui.shell.main_window import MainWindow

# The application-wide Python filters allowed, by their objectName: the kit's one filter.
ALLOWED = {app_filters.NAME}
QUIET = (QEvent.Type.LayoutRequest, QEvent.Type.User, QEvent.Type.StyleChange,
         QEvent.Type.ChildPolished, QEvent.Type.FontChange, QEvent.Type.PaletteChange)


def _quiet_calls(targets: list[QObject], kinds: list[QEvent.Type]) -> list[tuple[CodeType, CodeType]]:
    """Every Python function called on this thread (C++ calling Python included) while each of
    ``kinds`` is sent to each of ``targets``: (the function C++ called, the function)."""
    events = [(target, QEvent(kind)) for kind in kinds for target in targets]  # made before: no enum counted
    calls: list[tuple[CodeType, CodeType]] = []
    here = sys._getframe().f_code  # noqa: SLF001 - the sender's own frame

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call" and frame.f_code is not here:
            root = frame  # the function Qt called: the one whose caller is this one (sendEvent is C++)
            while root.f_back is not None and root.f_back.f_code is not here:
                root = root.f_back
            calls.append((root.f_code, frame.f_code))

    send = QCoreApplication.sendEvent
    collecting = gc.isenabled()
    gc.disable()  # a collection meanwhile runs finalizers and gc callbacks (hypothesis's): not the filter's calls
    sys.setprofile(profile)
    try:
        for target, event in events:
            send(target, event)
    finally:
        sys.setprofile(None)
        if collecting:
            gc.enable()
    return calls


def _ours(calls: list[tuple[CodeType, CodeType]]) -> list[tuple[CodeType, CodeType]]:
    """The calls that Qt made into the app's code (a filter another test left on the application
    is not the app's)."""
    return [(root, code) for root, code in calls if "trustdesk" in root.co_filename]


def _everything_up(qtbot: QtBot, window: MainWindow, sample: Sample) -> None:
    install_tab_keys()  # as apply_look does
    for key in window.pages:
        show_page(qtbot, window, key)
    open_case(qtbot, window, sample.dutch_case)
    view = window.pages["cases"].case_view  # type: ignore[attr-defined]
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)  # every tab made (the documents tab has radio groups)


def test_a_quiet_event_is_one_python_call_the_kits_filter(qtbot: QtBot, window: MainWindow,
                                                          sample: Sample) -> None:
    _everything_up(qtbot, window, sample)
    # objects of every kind with no Python code of their own: a bare object, widgets of the window
    targets: list[QObject] = [QObject(), QWidget(window), window.stack, window.toolbar, window.statusBar()]
    calls = _ours(_quiet_calls(targets, list(QUIET)))
    one = app_filters.AppFilters.eventFilter.__code__
    assert [f"{root.co_name} -> {code.co_filename}:{code.co_firstlineno} {code.co_name}" for root, code in calls
            if code is not one] == [], "only the kit's filter runs Python per event"
    assert len(calls) == len(QUIET) * len(targets)  # once per event, nothing else (no enum made)
    filters = app_filters.app_filters()
    assert filters is not None and filters.objectName() in ALLOWED
    targets[0].deleteLater()


def test_the_count_sees_a_second_application_filter(qapp: QApplication) -> None:
    """The guard can fail: an application-wide filter in Python is one more call per event."""
    class Another(QObject):
        def eventFilter(self, _watched: QObject, _event: QEvent) -> bool:  # noqa: N802 - Qt API
            return False

    target = QObject()
    before = len(_quiet_calls([target], [QEvent.Type.User]))
    assert len(_ours(_quiet_calls([target], [QEvent.Type.User]))) == 1  # the kit's (made by the fixtures)
    extra = Another()
    qapp.installEventFilter(extra)
    try:
        assert len(_quiet_calls([target], [QEvent.Type.User])) == before + 1
    finally:
        qapp.removeEventFilter(extra)


def test_the_history_leaves_the_filter_with_its_window(qtbot: QtBot, window: MainWindow) -> None:
    filters = app_filters.app_filters()
    assert filters is not None
    assert any(known is window.history_keys for known in filters.routes[QMouseEvent])  # Back / Forward
    other = QWidget()
    keys = HistoryKeys(other, window.history)
    assert any(known is keys for known in filters.routes[QMouseEvent])
    other.deleteLater()  # a main window goes at the lock: its history with it
    qtbot.waitUntil(lambda: not any(known is keys for known in filters.routes[QMouseEvent]))
    assert any(known is window.history_keys for known in filters.routes[QMouseEvent])
