"""The application's one Python event filter: ``app_filters()`` (made and installed on first use).

An application event filter sees every event of every object of the application, and each one in
Python is a call from Qt's C++ per event (the interpreter lock taken, the watched object and the
event wrapped): about as costly as the work of a small event itself, and a case opened or a language
switch sends thousands of events.  Six of ours need to see events anywhere in the app -- label
names, the Alt guard, tab keys, Ctrl+Enter in dialogs, radio groups and the main window's mouse
Back/Forward buttons -- and
each acts on a few classes of events only.  So none of them is installed on the application:
each ``register``\\ s with this one filter for the event classes it acts on, and the filter looks up
the event's Python class (one dict lookup, learnt once per class: four ``isinstance`` tests per event
cost more than the rest of the filter; asking an event its ``type()`` makes a Python enum member) and
hands it only to those, in the order Qt would have called them (the last registered first):

- a key event: Ctrl+Enter (accept keys), tab keys, the Alt guard, the choice lists' type-ahead
  (``type_ahead.py``) and the Quit key (``shell/quit_key.py``) (any may take it);
- a show event: radio groups, label names;
- a focus event: radio groups, the busy place (a focused control disabled while its work runs keeps
  the keyboard: `busy_focus.py`);
- a mouse event: the main window's history (Back / Forward buttons).

A kit filter is made and registered once per application by ``install_once`` (``install_alt_guard``,
``install_type_ahead``, ...); the main window's history and the Quit key register their own.

``tests/ui/test_one_app_filter.py`` drives the real main window and checks that a quiet event costs
one Python call, this filter's, and nothing else (no other application-wide Python filter).
"""

from __future__ import annotations

from typing import TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QShowEvent
from shiboken6 import isValid

# the event classes a filter may register for, in the order the filter tests them
ROUTED: tuple[type[QEvent], ...] = (QKeyEvent, QMouseEvent, QShowEvent, QFocusEvent)
NAME = "kitApplicationFilters"
_F = TypeVar("_F", bound=QObject)


class AppFilters(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(NAME)
        self.routes: dict[type[QEvent], list[QObject]] = {kind: [] for kind in ROUTED}
        # each event class seen -> its route (one of the lists above, changed in place), or () for none
        self._by_class: dict[type, list[QObject] | tuple[()]] = {}

    def register(self, filter_: QObject, *kinds: type[QEvent]) -> None:
        """``filter_.eventFilter`` sees the application's events of ``kinds`` (idempotent)."""
        for kind in kinds:
            route = self.routes[kind]
            if not any(known is filter_ for known in route):
                route.insert(0, filter_)  # the last registered first, as Qt calls installed filters

    def unregister(self, filter_: QObject) -> None:
        for route in self.routes.values():
            route[:] = [known for known in route if known is not filter_]

    def _route_of(self, kind: type) -> list[QObject] | tuple[()]:
        """The route of events of class ``kind`` (the first of ``ROUTED`` it is one of), learnt once."""
        route = next((self.routes[routed] for routed in ROUTED if issubclass(kind, routed)), ())
        self._by_class[kind] = route
        return route

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        route = self._by_class.get(event.__class__)
        if route is None:
            route = self._route_of(event.__class__)
        for filter_ in route:
            if isValid(filter_) and filter_.eventFilter(watched, event):
                return True
        return False


_ONE: AppFilters | None = None


def app_filters() -> AppFilters | None:
    """The application's filter, installed on it the first time (None before there is an application)."""
    global _ONE
    if _ONE is not None and isValid(_ONE):
        return _ONE
    app = QCoreApplication.instance()
    if app is None:
        return None
    _ONE = AppFilters(app)
    app.installEventFilter(_ONE)
    return _ONE


def register(filter_: QObject, *kinds: type[QEvent]) -> None:
    """``filter_`` sees the application's events of ``kinds`` (see the module); nothing without an
    application."""
    filters = app_filters()
    if filters is not None:
        filters.register(filter_, *kinds)


_INSTALLED: dict[type[QObject], QObject] = {}  # a kit filter's class -> the one made (install_once)


def install_once(filter_class: type[_F], app: QObject, *events: type[QEvent]) -> None:
    """One filter of ``filter_class`` for the application (its parent ``app``), made and registered for
    the events of the classes ``events`` the first time (idempotent)."""
    if filter_class not in _INSTALLED:
        _INSTALLED[filter_class] = filter_class(app)
        register(_INSTALLED[filter_class], *events)


def installed(filter_class: type[_F]) -> _F | None:
    """The filter of ``filter_class`` that ``install_once`` made, if any."""
    return cast("_F | None", _INSTALLED.get(filter_class))


def unregister(filter_: QObject) -> None:
    if _ONE is not None and isValid(_ONE):
        _ONE.unregister(filter_)


def merge_app_filters(_app: QObject) -> AppFilters | None:
    """Kept for ``apply_look``: the kit's filters register with the one filter themselves."""
    return app_filters()
