"""PySide6 makes its Python classes lazily, and that once cost the first case opened ~80 ms.

A class of ``PySide6.QtWidgets`` (with its enums, each a Python ``enum`` class) is made the first
time it is used.  The first time a Qt call hands back a widget that has no Python object yet (a
scroll area's ``viewport()``: the note editor's, when the first case opens), shiboken makes every
widget class of the module at once to find the right one: about seventy classes and ninety enums,
80 ms of a frozen window on this machine, more on a busy one.

The style's options are made the same way (``look.LookStyle`` is handed one to draw each control).
``warm_widget_types()`` makes those classes beforehand, one per turn of the event loop with a
pause between them, from when the unlock window is up (the passphrase being typed) and again when
the main window is up; what a person opens first then finds them made
(``tests/ui/test_open_case_cost.py``).  After them it makes the rest of QtWidgets, QtGui and QtCore,
(their QObject classes), which unlocking would otherwise make when it builds the main window.  It is idempotent and costs nothing once they are made.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from PySide6 import QtCore, QtGui, QtWidgets
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
# The QObject classes that are not widgets (PySide6 6.12): what a QObject handed back makes (measured:
# the classes the first unlock made, and those the app had made before it).
CORE_OBJECT_CLASSES = (
    "QAbstractTableModel", "QBuffer", "QItemSelectionModel", "QMimeData", "QSettings", "QThread", "QThreadPool",
    "QTranslator", "QAbstractAnimation", "QAbstractEventDispatcher", "QAbstractProxyModel", "QAnimationGroup",
    "QConcatenateTablesProxyModel", "QFile", "QFileDevice", "QFileSelector", "QFileSystemWatcher", "QIOPipe",
    "QIdentityProxyModel", "QKeyCombination", "QLibrary", "QMetaMethod", "QParallelAnimationGroup",
    "QPauseAnimation", "QPluginLoader", "QPoint", "QProcess", "QPropertyAnimation", "QRangeModel", "QSaveFile",
    "QSequentialAnimationGroup", "QSharedMemory", "QSignalMapper", "QSocketNotifier", "QSortFilterProxyModel",
    "QStringListModel", "QTemporaryFile", "QTimeLine", "QTransposeProxyModel", "QVariantAnimation",
)
GUI_OBJECT_CLASSES = (
    "QClipboard", "QScreen", "QShortcut", "QStandardItemModel", "QTextDocument", "QAccessibilityHints", "QActionGroup", "QDoubleValidator", "QDrag", "QInputDevice", "QInputMethod",
    "QIntValidator", "QMovie", "QOffscreenSurface", "QOpenGLContext", "QOpenGLContextGroup", "QPaintDeviceWindow",
    "QPdfWriter", "QPointingDevice", "QPyTextObject", "QRasterWindow", "QRegularExpressionValidator",
    "QSessionManager", "QStyleHints", "QSyntaxHighlighter", "QTextBlockGroup", "QTextFrame", "QTextList",
    "QTextObject", "QTextObjectInterface", "QTextTable", "QUndoGroup", "QUndoStack",
    # not QObjects: what the unlock window tells a screen reader with when the key is derived (QAccessible,
    # 11 ms to make, would otherwise be made on the UI thread during the derivation: basics.BusyBar)
    "QAccessible", "QAccessibleAnnouncementEvent",
)
WIDGETS_OBJECT_CLASSES = (
    "QButtonGroup", "QFormLayout", "QGridLayout", "QHBoxLayout", "QStyledItemDelegate", "QCommonStyle", "QCompleter", "QDataWidgetMapper", "QFileSystemModel", "QGesture", "QGraphicsAnchor",
    "QGraphicsBlurEffect", "QGraphicsColorizeEffect", "QGraphicsDropShadowEffect", "QGraphicsEffect",
    "QGraphicsItem", "QGraphicsItemAnimation", "QGraphicsLayoutItem", "QGraphicsObject",
    "QGraphicsOpacityEffect", "QGraphicsProxyWidget", "QGraphicsRotation", "QGraphicsScale", "QGraphicsScene",
    "QGraphicsTextItem", "QGraphicsTransform", "QGraphicsWidget", "QItemDelegate", "QPanGesture",
    "QPinchGesture", "QPlainTextDocumentLayout", "QProxyStyle", "QScroller", "QSpacerItem", "QStackedLayout",
    "QSwipeGesture", "QSystemTrayIcon", "QTapAndHoldGesture", "QTapGesture", "QWidgetAction", "QWidgetItem",
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


def pending_object_types() -> list[tuple[ModuleType, str]]:
    """After those, the other QObject classes of QtCore, QtGui and QtWidgets not made yet: a QObject
    handed back to Python (a window's child, a signal's sender) makes every QObject class of the three
    at once to find its type — ~95 classes and 30-50 ms of the click on Unlock, when the main window
    is built (make bench: unlock -> first page)."""
    return [(module, name) for module, names in ((QtCore, CORE_OBJECT_CLASSES), (QtGui, GUI_OBJECT_CLASSES),
                                                 (QtWidgets, WIDGETS_OBJECT_CLASSES))
            for made, known in ((vars(module), dir(module)),) for name in names if name in known and name not in made]


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

    def hurry(self) -> None:
        """No pause between two classes from now on (still one per turn): a person waits for the unlock,
        no key is being typed, and the main window's frame waits for these (``Shell._prepare_soon``)."""
        self._timer.setInterval(0)
        self.start()


    def _next(self) -> None:
        pending = [(QtWidgets, name) for name in pending_widget_types()] or pending_object_types()
        if not pending:
            self.running = False
            self.done.emit()
            return
        module, name = pending[0]
        getattr(module, name)  # makes this one class (and its enums)
        self._timer.start()


_WARMER: _Warmer | None = None

def all_made() -> bool:
    """Whether every class the warmer makes is made (asking starts nothing)."""
    return not pending_widget_types() and not pending_object_types()


def after_all_made(slot: Callable[[], None]) -> bool:
    """Whether a class is still to make: then ``slot`` (a bound method of a QObject: not called once it is
    gone) is called when the warmer is done, and the warmer hurries (``_Warmer.hurry``)."""
    from PySide6.QtCore import Qt

    if all_made():
        return False
    warmer = warm_widget_types()
    warmer.hurry()
    warmer.done.connect(slot, Qt.ConnectionType.SingleShotConnection)
    return True


def warm_widget_types() -> _Warmer:
    """Make the widget classes, one per turn of the event loop (idempotent); ``done`` when all are."""
    global _WARMER
    if _WARMER is None:
        _WARMER = _Warmer()
    _WARMER.start()
    return _WARMER
