"""Search every note and case (Ctrl+F): accent-insensitive, by word prefix, as you type.

The words go to ``vault.search`` about 200 ms after typing stops, in a worker thread; an answer
that arrives after a newer question is dropped.  Snippets come marked with ``\\x02``…``\\x03``:
the text is HTML-escaped first and only then are the marks turned into ``<b>``, so nothing a note
contains is ever read as markup.  Enter (or a double-click) opens the hit: ``open_hit(case_id,
contact_id)`` — the main window opens the case at that note — or, for a task (with or without a case),
``open_task(task_id)``: the main window opens the task itself.  Esc closes.

A search shows its best ``PAGE`` hits and says how many there are in all ("the first 100 of 340
results"); *Show 100 more* asks again for ``PAGE`` more (the list keeps its place, the focus goes to
the first new hit).  A note's hit opens the note scrolled to the first word that matched, highlighted
(``kit/find_in_text.py``), with the focus in the note.

    install_search(main_window, session, main_window.open_case)   # Ctrl+F in that window

A task's hit opens on Today (``SearchLauncher.open_task``): the page's task dialog, with the task.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from trustdesk.ui.kit.alias import case_label
from trustdesk.ui.kit.appearance import clearable
from trustdesk.ui.kit.case_labels import datetime_text
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.find_in_text import show_match
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.rows_language import remake_on_switch
from trustdesk.ui.kit.screen import available_area, fit_to_screen
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.shell.queries import Found, Hit, find

if TYPE_CHECKING:
    pass

DEBOUNCE_MS = 200
PAGE = 100  # hits asked for at a time (the first search, and each "Show more")
HTML_ROLE = Qt.ItemDataRole.UserRole
CASE_ROLE = Qt.ItemDataRole.UserRole + 1
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 2
TASK_ROLE = Qt.ItemDataRole.UserRole + 3
PLAN_ROLE = Qt.ItemDataRole.UserRole + 4  # a safety plan's hit
MARK_START, MARK_END = "\x02", "\x03"


def snippet_html(snippet: str) -> str:
    """Escape the text, then turn the vault's match marks into bold."""
    return html.escape(snippet).replace(MARK_START, "<b>").replace(MARK_END, "</b>").replace("\n", " ")


def snippet_plain(snippet: str) -> str:
    return snippet.replace(MARK_START, "").replace(MARK_END, "").replace("\n", " ")



class SnippetDelegate(QStyledItemDelegate):
    """Paints an item's HTML (escaped text with <b> marks) in two lines.

    The list asks every row's size when results arrive (rows differ in height): each answer lays out
    a rich-text document, ~1 ms, so a hundred hits froze the window ~0.1 s (make bench, stall
    monitor).  A size is kept per text, width and font, and asked again costs nothing."""

    KEPT = 2000  # sizes kept (a search shows a few hundred rows at most)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[str, int, str], QSize] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        width = option.rect.width() if option.rect.width() > 0 else 500
        doc.setTextWidth(width)
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = option.rect.width() if option.rect.width() > 0 else 500
        key = (str(index.data(HTML_ROLE) or ""), width, option.font.key())
        size = self._sizes.get(key)
        if size is None:
            doc = self._document(option, index)
            size = QSize(int(doc.idealWidth()), int(doc.size().height()) + 4)
            if len(self._sizes) >= self.KEPT:
                self._sizes.clear()
            self._sizes[key] = size
        return QSize(size)


def scope_text() -> str:
    """What the search looks through, in one sentence: the dialog's title, the toolbar button's
    tooltip and spoken name.  One text for all three, naming every kind of result the search gives
    (``SearchDialog._where``: notes, tasks, safety plans, case details); it begins with the button's
    own word ("Search…") so the spoken name contains the visible one."""
    return QCoreApplication.translate("SearchDialog", "Search notes, tasks, safety plans and case details")


TITLE_BAR_ROOM = 180  # px beside the title text: icon, minimise/maximise/close buttons, margins


class SearchDialog(Retranslates, QDialog):
    open_hit = Signal(int, object)  # case id, contact id or None
    open_task = Signal(int)  # a task's hit: its id
    open_plan = Signal(int)  # a safety plan's hit: its case id
    results_shown = Signal(int)  # number of hits shown (tests and screen readers)
    opened_words = ""  # the words of the hit last opened (``SearchLauncher`` shows them in the note)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_dialog")
        self.session = session
        self.hits: list[Hit] = []
        self.total = 0  # hits in all (``hits`` holds the best ``limit`` of them)
        self.limit = PAGE
        self._shown_text = ""  # the words the hits shown were found for
        self._asked = 0  # number of the latest question; older answers are dropped
        self.query_edit = guard_text(QLineEdit(self))
        self.query_edit.setObjectName("search_query")
        clearable(self.query_edit)
        self.model = QStandardItemModel(self)
        self.results = QListView(self)
        remake_on_switch(self.results, self._remake_rows)  # "Note of …" follows a language switch at once
        self.results.setObjectName("search_results")
        self.results.setModel(self.model)
        self.results.setItemDelegate(SnippetDelegate(self.results))
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.state = QLabel(self)
        self.state.setObjectName("search_state")
        self.state.setWordWrap(True)
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("search_more")
        self.more_button.setAutoDefault(False)  # Enter in the box opens a hit, never asks for more
        self.more_button.hide()
        self.more_button.clicked.connect(self.show_more)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.state)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.query_edit.textChanged.connect(self._typed)
        self.query_edit.returnPressed.connect(self._open_current_or_first)
        self.query_edit.installEventFilter(self)
        self.results.activated.connect(self._open_index)
        session.locked.connect(self.clear)
        session.locked.connect(self.reject)
        fit_to_screen(self, 640, 480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(scope_text())
        # the title names everything searched and is long (French): the window is as wide as its title
        # and the title bar's buttons need, within the screen, so the window manager does not cut it
        wanted = self.fontMetrics().horizontalAdvance(self.windowTitle()) + TITLE_BAR_ROOM
        if self.width() < wanted:
            self.resize(min(wanted, available_area(self).width()), self.height())
        self.query_edit.setPlaceholderText(self.tr("Words to find (accents do not matter)"))
        self.query_edit.setAccessibleName(self.tr("Search"))
        self.results.setAccessibleName(self.tr("Results; Enter opens the case at that note"))
        self.more_button.setText(self.tr("Show more results"))  # the count once there are more
        self.more_button.setAccessibleName(self.more_button.text())
        self._say_count()

    def _typed(self, _text: str) -> None:
        self.limit = PAGE  # new words: the best hits again
        self._timer.start()

    # -- searching -----------------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Put ``text`` in the box; the search runs after the debounce."""
        self.query_edit.setText(text)

    def show_more(self) -> None:
        """Ask again for ``PAGE`` hits more than are shown; the focus goes to the first new one."""
        if self.total <= len(self.hits):
            return
        self.limit = len(self.hits) + PAGE
        self.run_search(keep=len(self.hits))

    def run_search(self, keep: int | None = None) -> None:
        """Search now; ``keep``: the row to make current once the hits are in (Show more)."""
        self._timer.stop()
        text = self.query_edit.text().strip()
        self._asked += 1
        asked, limit = self._asked, self.limit
        if not text or not self.session.is_unlocked:
            self._show(Found([], 0), asked)
            return
        (VaultOp(self, lambda vault: find(vault, text, limit), session=self.session)
         .success(lambda found: self._show(found, asked, text, keep))
         .failure(lambda _exc, message: self.state.setText(message))
         .run_in_background())

    def _where(self, hit: Hit) -> str:
        """Which kind of text the words were found in (every result says it)."""
        if hit.kind == "task":
            return self.tr("Task")
        if hit.kind == "plan":
            return self.tr("Safety plan")
        if hit.contact_at is not None:
            return self.tr("Note of {date}").format(date=datetime_text(hit.contact_at))
        return self.tr("Case details")

    def _show(self, found: Found, asked: int, text: str = "", keep: int | None = None) -> None:
        if asked != self._asked:
            return  # a newer question is on its way
        hits = found.hits
        self.hits, self.total, self._shown_text = hits, found.total, text
        self._fill_rows()
        if hits:
            row = keep if keep is not None and keep < len(hits) else 0
            self.results.setCurrentIndex(self.model.index(row, 0))
            self.results.scrollTo(self.model.index(row, 0), QListView.ScrollHint.PositionAtTop if keep is not None
                                  else QListView.ScrollHint.EnsureVisible)  # Show more: the new hits below
            if keep is not None:
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)  # the first new hit, keyboard first
        self._say_count()
        self.results_shown.emit(len(hits))

    def _fill_rows(self) -> None:
        """The rows of ``hits``, in the language of now: made again on a switch (``remake_on_switch``)."""
        self.model.clear()
        for hit in self.hits:
            where = self._where(hit)
            # the code with the alias (unless hidden); a task without a case says so
            label = case_label(hit.case_code, hit.alias) if hit.case_id is not None else self.tr("No case")
            head = f"<b>{html.escape(label)}</b> · {html.escape(where)}"
            item = QStandardItem()
            item.setData(f"{head}<br>{snippet_html(hit.snippet)}", HTML_ROLE)
            item.setData(f"{label}, {where}: {snippet_plain(hit.snippet)}",
                         Qt.ItemDataRole.AccessibleTextRole)
            item.setData(f"{label} {snippet_plain(hit.snippet)}", Qt.ItemDataRole.DisplayRole)
            item.setData(hit.case_id, CASE_ROLE)
            item.setData(hit.contact_id, CONTACT_ROLE)
            item.setData(hit.task_id, TASK_ROLE)
            item.setData(hit.kind == "plan", PLAN_ROLE)
            self.model.appendRow(item)

    def _remake_rows(self) -> None:
        row = self.results.currentIndex().row()
        self._fill_rows()
        if 0 <= row < self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(row, 0))

    def _say_count(self) -> None:
        """How many hits there are, and when only the first are shown, that there are more: a search
        that stopped at 100 without saying so let a trust person think she had seen everything."""
        shown, more = len(self.hits), self.total - len(self.hits)
        if not self.query_edit.text().strip():
            self.state.setText(self.tr("Type a word or the start of one."))
        elif not self.hits:
            self.state.setText(self.tr("Nothing found.") if self._shown_text else "")
        elif more > 0:
            self.state.setText(self.tr("The first %1 of %n results are shown: add a word to narrow the search.",
                                       "", self.total).replace("%1", str(shown)))
        else:
            self.state.setText(self.tr("%n result(s).", "", shown))
        self.more_button.setVisible(more > 0)
        if more > 0:
            self.more_button.setText(self.tr("Show %n more", "", min(PAGE, more)))
            self.more_button.setAccessibleName(self.more_button.text())
        elif self.more_button.hasFocus():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- opening -------------------------------------------------------------------------------

    def open_row(self, row: int) -> None:
        self._open_index(self.model.index(row, 0))

    def _open_current_or_first(self) -> None:
        if self._timer.isActive():  # Enter before the debounce: search first, then open
            self.run_search()
            return
        index = self.results.currentIndex()
        self._open_index(index if index.isValid() else self.model.index(0, 0))

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        case_id = index.data(CASE_ROLE)
        contact_id = index.data(CONTACT_ROLE)
        task_id = index.data(TASK_ROLE)
        self.opened_words = self._shown_text
        self.accept()
        if task_id is not None:  # a task opens as itself, whether it has a case or not
            self.open_task.emit(int(task_id))
        elif case_id is not None and index.data(PLAN_ROLE):  # the plan: where it is written and read
            self.open_plan.emit(int(case_id))
        elif case_id is not None:
            self.open_hit.emit(int(case_id), int(contact_id) if contact_id is not None else None)

    def clear(self) -> None:
        self._timer.stop()
        self._asked += 1
        self.hits, self.total, self._shown_text, self.opened_words, self.limit = [], 0, "", "", PAGE
        self.model.clear()
        self.query_edit.setText("")  # setText also empties the undo history
        self.state.clear()
        self.more_button.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.query_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)


class SearchLauncher(QObject):
    """Owns the Ctrl+F action of a window and its one search dialog (kept while the window lives)."""

    def __init__(self, window: QWidget, session: VaultSession,
                 open_case: Callable[[int, int | None], object]) -> None:
        super().__init__(window)
        self.setObjectName("search_launcher")
        self._window = window
        self._session = session
        self._open_case = open_case
        self.dialog: SearchDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("action_search")
        self.action.setShortcut(QKeySequence.StandardKey.Find)
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.show)
        window.addAction(self.action)
        window.installEventFilter(self)  # LanguageChange reaches the window, not the action
        session.locked.connect(self._drop)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("SearchDialog", "&Search…"))
        shortcut = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.action.setToolTip(f"{scope_text()} ({shortcut})")

    def show(self) -> SearchDialog | None:
        if not self._session.is_unlocked:
            return None
        if self.dialog is None:
            self.dialog = SearchDialog(self._session, self._window)
            self.dialog.open_hit.connect(self.open_hit)
            self.dialog.open_task.connect(self.open_task)
            self.dialog.open_plan.connect(self.open_plan)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.dialog.query_edit.selectAll()
        return self.dialog

    def open_task(self, task_id: int) -> None:
        """A task's hit, with or without a case: Today, and its task dialog with the task (read in a worker)."""
        show_page, pages = getattr(self._window, "show_page", None), getattr(self._window, "pages", {})
        today = pages.get("today")
        if not callable(show_page) or today is None or not callable(getattr(today, "new_task", None)):
            return
        show_page("today")
        VaultOp(today, lambda vault: vault.tasks.get(task_id), session=self._session).success(
            lambda task: today.new_task(task) if task is not None else None).run()

    def open_hit(self, case_id: int, contact_id: int | None) -> None:
        """A note's or a case's hit: the case (at that note); a note shows where the words are."""
        if not self._open_case(case_id, contact_id) or contact_id is None or self.dialog is None:
            return
        words = self.dialog.opened_words
        page = getattr(self._window, "pages", {}).get("cases")
        view = getattr(page, "case_view", None)
        if view is None or not words:
            return

        def show_words(tries: int) -> None:
            contacts = view.contacts if view.case_id == case_id else None
            if contacts is None or not self._session.is_unlocked:
                return
            editor = contacts.editor
            if editor.contact_id != contact_id:  # the note is not in yet (the case's notes are being read)
                if tries:
                    view.loaded.connect(lambda: show_words(tries - 1), Qt.ConnectionType.SingleShotConnection)
                return
            for edit in (editor.notes_edit, editor.agreements_edit):  # the search looks in both, notes first
                if show_match(edit, words):
                    edit.setFocus(Qt.FocusReason.OtherFocusReason)
                    return

        show_words(2)

    def open_plan(self, case_id: int) -> None:
        """A safety plan's hit (outside tester: it opened the case on whichever tab was last shown): the
        case on its Contacts tab, the focus on the Safety plan button once the notes are in (Enter opens
        the plan; opening it unasked would write it into the case's new note)."""
        if not self._open_case(case_id, None):
            return
        page = getattr(self._window, "pages", {}).get("cases")
        view = getattr(page, "case_view", None)
        contacts = getattr(view, "contacts", None)
        if view is None or contacts is None:
            return
        view.tabs.setCurrentWidget(contacts)

        def focus_plan_button() -> None:
            if view.case_id == case_id and view.contacts is contacts:
                contacts.editor.plan_button.setFocus(Qt.FocusReason.OtherFocusReason)

        if contacts.reading:
            contacts.loaded.connect(focus_plan_button, Qt.ConnectionType.SingleShotConnection)
        else:
            focus_plan_button()

    def _drop(self) -> None:
        if self.dialog is not None:
            self.dialog.clear()
            self.dialog.deleteLater()
            self.dialog = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install_search(window: QWidget, session: VaultSession,
                   open_case: Callable[[int, int | None], object]) -> SearchLauncher:
    """Ctrl+F in ``window`` opens one search dialog; opening a hit calls ``open_case`` (a task's hit
    opens the task on the window's Today page)."""
    return SearchLauncher(window, session, open_case)
