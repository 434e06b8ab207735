"""PySide6 makes its Python classes lazily, and that once cost the first case opened ~80 ms.

A class of ``PySide6.QtWidgets`` (with its enums, each a Python ``enum`` class) is made the first
time it is used.  The first time a Qt call hands back a widget that has no Python object yet (a
scroll area's ``viewport()``: the note editor's, when the first case opens), shiboken makes every
widget class of the module at once to find the right one: about seventy classes and ninety enums,
80 ms of a frozen window on this machine, more on a busy one.

The style's options are made the same way (``look.LookStyle`` is handed one to draw each control).
``warm_widget_types()`` makes those classes beforehand, one per turn of the event loop with a
pause between them, when the main window is up and idle; what a person opens first then finds them
made (``tests/ui/test_qt_types_warm.py``).  It is idempotent and costs nothing once they are made.
"""

from __future__ import annotations

from PySide6 import QtWidgets
from PySide6.QtCore import QObject, QTimer, Signal

# The QWidget subclasses of QtWidgets (PySide6 6.12): what a widget handed back makes.  A name another
# version lacks is skipped; a class it adds is made on first use, as it would be without this module.
WIDGET_CLASSES = (
    "QAbstractButton", "QAbstractItemView", "QAbstractSlider", "QAbstractSpinBox", "QCalendarWidget",
    "QCheckBox", "QColorDialog", "QColumnView", "QComboBox", "QCommandLinkButton", "QDateEdit",
    "QDateTimeEdit", "QDial", "QDialog", "QDialogButtonBox", "QDockWidget", "QDoubleSpinBox",
    "QErrorMessage", "QFileDialog", "QFocusFrame", "QFontComboBox", "QFontDialog", "QFrame",
    "QGraphicsView", "QGroupBox", "QHeaderView", "QInputDialog", "QKeySequenceEdit", "QLCDNumber", "QLabel",
    "QLineEdit", "QListView", "QListWidget", "QMainWindow", "QMdiArea", "QMdiSubWindow", "QMenu", "QMenuBar",
    "QMessageBox", "QPlainTextEdit", "QProgressBar", "QProgressDialog", "QPushButton", "QRadioButton",
    "QRhiWidget", "QRubberBand", "QScrollArea", "QScrollBar", "QSizeGrip", "QSlider", "QSpinBox",
    "QSplashScreen", "QSplitter", "QSplitterHandle", "QStackedWidget", "QStatusBar", "QTabBar", "QTabWidget",
    "QTableView", "QTableWidget", "QTextBrowser", "QTextEdit", "QTimeEdit", "QToolBar", "QToolBox",
    "QToolButton", "QTreeView", "QTreeWidget", "QUndoView", "QWizard", "QWizardPage",
)
GAP_MS = 15  # between two classes: the event loop runs, a key press waits no longer than one class


def pending_widget_types() -> list[str]:
    """The widget and style option classes not made yet (a lazily made class is missing from the
    module's namespace until it is first used; ``dir`` lists it without making it).  The style
    options go too: the app's style (``look.LookStyle``) is handed one to draw every control, and the
    first of a kind made all thirty (and their enums) on the first case opened."""
    made, known = vars(QtWidgets), dir(QtWidgets)
    wanted = [*WIDGET_CLASSES, *(name for name in known if name.startswith("QStyleOption"))]
    return [name for name in wanted if name in known and name not in made]


class _Warmer(QObject):
    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("qtTypesWarmer")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GAP_MS)
        self._timer.timeout.connect(self._next)
        self.running = False

    def start(self) -> None:
        if not self.running:
            self.running = True
            self._timer.start()

    def _next(self) -> None:
        pending = pending_widget_types()
        if not pending:
            self.running = False
            self.done.emit()
            return
        getattr(QtWidgets, pending[0])  # makes this one class (and its enums)
        self._timer.start()


_WARMER: _Warmer | None = None


def warm_widget_types() -> _Warmer:
    """Make the widget classes, one per turn of the event loop (idempotent); ``done`` when all are."""
    global _WARMER
    if _WARMER is None:
        _WARMER = _Warmer()
    _WARMER.start()
    return _WARMER
