"""A calm, readable look shared by the windows (headings, margins and the busy bar: basics.py, re-exported here)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QWidget,
)

# the first window's few helpers live in basics.py (start-up budget) and are used from here as before
from trustdesk.ui.kit.basics import busy_indicator as busy_indicator
from trustdesk.ui.kit.basics import heading as heading
from trustdesk.ui.kit.basics import roomy as roomy


def monospace(label: QWidget, scale: float = 1.6) -> None:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * scale)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
    label.setFont(font)


def set_texts(rows: Iterable[tuple[QAbstractButton, str, str]]) -> None:
    """Each button's text (with its &letter) and accessible name, as a retranslate sets them."""
    for button, text, accessible in rows:
        button.setText(text)
        button.setAccessibleName(accessible)


class SaveCancelBox(QDialogButtonBox):
    """Save and Cancel, Save with its Alt letter: Qt's own "Save" has none (nor "Opslaan", "Enregistrer"),
    and Qt puts its own text back at every language change, so the letter is put back after it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, parent)
        self._letter()
        # Save is held while a date field of the dialog shows no whole date (kit/date_field.py): the
        # dialog's own wish (enabled or not) is kept aside and given back when the dates are whole.
        self._dates: list[QWidget] = []
        self._wanted = True
        self._holding = False
        self.date_problem = QLabel(parent)
        self.date_problem.setObjectName("dateProblem")
        self.date_problem.setWordWrap(True)
        self.date_problem.hide()
        self.button(QDialogButtonBox.StandardButton.Save).installEventFilter(self)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._letter()
            self._dates_changed()
        elif event.type() == QEvent.Type.Show:
            self._watch_dates()
        return handled

    def _watch_dates(self) -> None:
        from trustdesk.ui.kit.date_field import DateField, DateTimeField

        root = self.window()
        parent = self.parentWidget()
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QBoxLayout) and layout.indexOf(self.date_problem) < 0 and layout.indexOf(self) >= 0:
            layout.insertWidget(layout.indexOf(self), self.date_problem)  # the sentence right above Save
        for field in (*root.findChildren(DateField), *root.findChildren(DateTimeField)):
            if not any(field is known for known in self._dates):
                self._dates.append(field)
                field.validity_changed.connect(lambda _ok: self._dates_changed())  # type: ignore[attr-defined]
        self._dates_changed()

    def _problem(self) -> str:
        root = self.window()
        for field in self._dates:
            if field.isVisibleTo(root) and field.isEnabled() and not field.acceptable():  # type: ignore[attr-defined]
                return str(field.problem)  # type: ignore[attr-defined]
        return ""

    def _dates_changed(self) -> None:
        problem = self._problem()
        save = self.button(QDialogButtonBox.StandardButton.Save)
        self.date_problem.setText(problem)
        self.date_problem.setVisible(bool(problem))
        self._holding = True
        save.setEnabled(self._wanted and not problem)
        self._holding = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.EnabledChange and not self._holding and isinstance(watched, QWidget):
            self._wanted = watched.isEnabled()  # the dialog's own setEnabled
            if self._wanted and self._problem():
                self._holding = True
                watched.setEnabled(False)
                self._holding = False
        return super().eventFilter(watched, event)

    def _letter(self) -> None:
        self.button(QDialogButtonBox.StandardButton.Save).setText(QCoreApplication.translate("save_cancel", "Sa&ve"))


def save_cancel(dialog: QDialog, prefix: str, save: Callable[[], object]) -> tuple[QDialogButtonBox, QPushButton,
                                                                                   QPushButton]:
    """A dialog's Save and Cancel buttons (``{prefix}_buttons``, ``{prefix}_save``, ``{prefix}_cancel``):
    Save calls ``save()``, Cancel rejects the dialog."""
    box = SaveCancelBox(dialog)
    box.setObjectName(f"{prefix}_buttons")
    save_button = box.button(QDialogButtonBox.StandardButton.Save)
    save_button.setObjectName(f"{prefix}_save")
    cancel_button = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel_button.setObjectName(f"{prefix}_cancel")
    box.accepted.connect(lambda: save())
    box.rejected.connect(dialog.reject)
    return box, save_button, cancel_button


def named_button(parent: QWidget, name: str, slot: Callable[[], object] | None = None,
                 text: str | None = None) -> QPushButton:
    """A push button with its stable objectName, calling ``slot()`` when clicked.  Texts usually come
    with the caller's retranslate; ``text`` sets it now, with the same accessible name (no ``&``, no
    trailing ellipsis)."""
    button = QPushButton(parent)
    button.setObjectName(name)
    if slot is not None:
        button.clicked.connect(lambda _checked=False: slot())
    if text is not None:
        button.setText(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
    return button


class _ClearButtonName(QObject):
    """Names the clear (×) button Qt puts in a line edit: a screen reader otherwise says just "button"."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        text = QCoreApplication.translate("appearance", "Clear the text")
        for button in self._edit.findChildren(QToolButton):
            button.setAccessibleName(text)
            button.setToolTip(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.apply()
        return False


# How many characters a one-line field shows whole, by what it holds (a field is as wide as its content
# kind, not as wide as Qt's default of 17 "x"): a name, a title or discipline ("Médecin généraliste,
# coordinateur de cercle"), a contact line (a phone number and an e-mail address), a registration number.
CHARS = {"name": 32, "title": 44, "contact": 48, "number": 16}


def sized_for(edit: QLineEdit, kind: str) -> QLineEdit:
    """``edit`` at least wide enough to show ``CHARS[kind]`` characters of ordinary text whole."""
    metrics = edit.fontMetrics()
    per_char = max(metrics.averageCharWidth(), metrics.horizontalAdvance("n"))
    overhead = edit.sizeHint().width() - metrics.horizontalAdvance("x") * 17  # frame and margins (Qt's hint)
    edit.setMinimumWidth(per_char * CHARS[kind] + overhead)
    return edit


def clearable(edit: QLineEdit) -> QLineEdit:
    """``setClearButtonEnabled(True)`` with a named, translated clear button."""
    edit.setClearButtonEnabled(True)
    _ClearButtonName(edit)
    return edit


def without_mnemonic(text: str) -> str:
    """``text`` without its &-mnemonic ('&&', a literal ampersand, stays)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&&")


def whole_tab_labels(tabs: QTabWidget) -> QTabWidget:
    """Tab labels drawn whole, accents on capitals included, and the focus ring on the chosen tab of a
    focused tab bar: the tab bar is drawn by the app's look (``look.LookStyle``) even when the
    application's style is another (a proxy made without a base would draw with a fresh platform
    style, without the app's focus ring: the case's tab bar showed only a faint hint)."""
    from trustdesk.ui.kit.look import LookStyle, base_style_name

    app_style = QApplication.style()
    if not isinstance(app_style, LookStyle):
        style = LookStyle(base_style_name(app_style))
        style.setParent(tabs.tabBar())  # lives as long as the tab bar
        tabs.tabBar().setStyle(style)
    return tabs


class WrappedLabel(QLabel):
    """A word-wrapped label that claims the height its text needs at its width, so a layout never
    squeezes it under a neighbour (Qt's box layouts do not ask wrapped text for its height: a long
    message then overlapped the box below it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def _claim(self) -> None:
        if not self.isVisible():  # laid out at its real width first (unshown widgets are 100 px wide)
            return
        needed = self.heightForWidth(self.width()) if self.text() else 0
        if needed != self.minimumHeight():
            self.setMinimumHeight(max(0, needed))

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self._claim()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._claim()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._claim()


class _ToResults(QObject):
    """Down, Return or Enter in a filter field moves the focus to its results (the first row chosen)."""

    def __init__(self, field: QLineEdit, view: QAbstractItemView) -> None:
        super().__init__(field)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        from PySide6.QtCore import Qt  # not at import: the unlock window uses this module (first_paint.py)

        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            model = self._view.model()
            if model is None or model.rowCount() == 0:
                return False
            if not self._view.currentIndex().isValid():
                self._view.setCurrentIndex(model.index(0, 0))
            self._view.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False


def filter_leads_to(field: QLineEdit, view: QAbstractItemView) -> None:
    """Down/Return/Enter in ``field`` (a quick filter) go to ``view``, its results (issue 18)."""
    field.installEventFilter(_ToResults(field, view))
