"""The cases list as a Qt item model over ``vault.cases.list_rows()``.

One light background query (the listed columns and their aggregates, no ``Case`` objects) loads
every case's row (code, status, domains, current risk, last contact, opened, attention) into memory
as small :class:`CaseRow` records -- no names, no contact details; the dates are formatted in
``data()``, for the rows on screen only.
Filtering and sorting then work on those records only (never the vault), and the view receives the
matching rows lazily in batches through ``canFetchMore``/``fetchMore``, so 5,000 cases scroll and
filter without a freeze.  The model reloads when the vault says cases or contacts changed (only
while the list is on screen; otherwise it just remembers it is stale) and drops every row on lock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from trustdesk.domain.enums import CaseStatus, KnowledgeDomain, RiskLevel
from trustdesk.domain.rules import DEFAULT_HIGH_RISK_CONTACT_DAYS, AttentionReason, attention_reason
from trustdesk.ui.kit.alias import aliases, case_label
from trustdesk.ui.kit.case_labels import date_text, domains_text, region_text
from trustdesk.ui.kit.risk_badge import (
    attention_icon,
    attention_short_text,
    attention_text,
    risk_icon,
    risk_text,
    status_icon,
    status_text,
)
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.vault.events import Table

if TYPE_CHECKING:
    from trustdesk.vault import Vault
    from trustdesk.vault.cases import CaseListRow
    from trustdesk.vault.events import Change

AnyIndex = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_RELOAD_TABLES = (Table.CASES, Table.CONTACTS, Table.TASKS, Table.SAFETY_PLANS, Table.SCORES)


class CaseRow(NamedTuple):
    """What the list shows of one case (deliberately without the doctor's name or contact details).
    A tuple: made 5,000 times per load, a frozen dataclass cost three times as much."""

    case_id: int
    code: str
    status: CaseStatus
    domains: frozenset[KnowledgeDomain]
    risk: RiskLevel  # the latest assessed risk (NOT_ASSESSED: none yet)
    last_contact: date | None
    opened_on: date
    attention: AttentionReason | None
    haystack: str  # lower-case text the quick filter looks in
    labels: tuple[str, ...]  # the texts of the columns before the dates, and of the attention column
    none_yet: str = ""  # the last contact's text when there is none

    def text(self, column: int) -> str:
        """What ``column`` shows; the dates are formatted when asked (only the rows on screen are)."""
        if column == Column.LAST_CONTACT:
            return date_text(self.last_contact) if self.last_contact else self.none_yet
        if column == Column.OPENED:
            return date_text(self.opened_on)
        if column == Column.ATTENTION:
            return self.labels[4]
        return self.labels[column] if 0 <= column < 4 else ""

    @property
    def texts(self) -> tuple[str, ...]:
        """Every column's text, in column order."""
        return tuple(self.text(column) for column in range(Column.COUNT))


@dataclass(frozen=True, slots=True)
class CaseFilter:
    """What the list shows. ``risks``: allowed current risks."""

    text: str = ""
    status: CaseStatus | None = None
    domain: KnowledgeDomain | None = None
    risks: frozenset[RiskLevel] | None = None
    attention_only: bool = False
    show_closed: bool = False
    words: tuple[str, ...] = field(default=(), init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", tuple(self.text.casefold().split()))

    def accepts(self, row: CaseRow) -> bool:
        if self.status is not None:
            if row.status is not self.status:
                return False
        elif row.status is CaseStatus.CLOSED and not self.show_closed:
            return False
        if self.domain is not None and self.domain not in row.domains:
            return False
        if self.risks is not None and row.risk not in self.risks:
            return False
        if self.attention_only and row.attention is None:
            return False
        return all(word in row.haystack for word in self.words)

    def select(self, rows: list[CaseRow]) -> list[CaseRow]:
        """``[row for row in rows if self.accepts(row)]``, a condition at a time over the list (the
        rows in their order): 5,000 calls of ``accepts`` were most of a filter change."""
        closed = CaseStatus.CLOSED
        if self.status is not None:
            status = self.status
            rows = [row for row in rows if row.status is status]
        elif not self.show_closed:
            rows = [row for row in rows if row.status is not closed]
        else:
            rows = list(rows)
        if self.domain is not None:
            domain = self.domain
            rows = [row for row in rows if domain in row.domains]
        if self.risks is not None:
            risks = self.risks
            rows = [row for row in rows if row.risk in risks]
        if self.attention_only:
            rows = [row for row in rows if row.attention is not None]
        for word in self.words:
            rows = [row for row in rows if word in row.haystack]
        return rows


class RowMaker:
    """Makes list rows; the translated texts of repeated values (statuses, domain sets, risks,
    attention reasons, regions) are made once per load, each value once, which keeps 5,000 rows
    cheap (the texts of a combination of them were once made per combination: 11,000 translations
    per load); dates are formatted only for the rows on screen (``CaseRow.text``)."""

    def __init__(self, today: date, none_yet: str = "",
                 high_risk_days: int = DEFAULT_HIGH_RISK_CONTACT_DAYS) -> None:
        self.today = today
        self.none_yet = none_yet  # the last contact of a case without any
        self.high_risk_days = high_risk_days
        self._memo: dict[object, Any] = {}
        self._texts: dict[object, str] = {}  # one value's text: (kind, value) -> text
        self.translations = 0  # texts made by this maker (a load makes each value's once)

    def _text(self, kind: str, value: Any, make: Callable[[Any], str]) -> str:
        text = self._texts.get((kind, value))
        if text is None:
            text = self._texts[(kind, value)] = make(value)
            self.translations += 1
        return text

    def row(self, line: CaseListRow) -> CaseRow:
        status, risk, domains = line.status, line.current_risk, line.domains
        attention = None if status is CaseStatus.CLOSED else attention_reason(  # a closed case needs none
            line, self.today, high_risk_days=self.high_risk_days)
        shared = self._memo.get((status, domains, risk, attention))  # translated and folded once
        if shared is None:
            labels = (self._text("status", status, status_text), self._text("domains", domains, domains_text),
                      self._text("risk", risk, risk_text),
                      self._text("attention", attention, attention_short_text) if attention else "")
            shared = self._memo[(status, domains, risk, attention)] = (labels, " ".join(labels[:3]).casefold())
        region = self._memo.get(line.region)
        if region is None:
            region = self._memo[line.region] = self._text("region", line.region, region_text).casefold()
        (status_label, domains_label, risk_label, attention_label), folded = shared
        if attention is AttentionReason.ITEM9_POSITIVE:  # with its day, each day's text made once
            attention_label = self._text("item9", line.item9_positive_on, lambda d: attention_short_text(attention, d))
        label = case_label(line.code, line.alias)
        haystack = (f"{label} {folded} {line.coordinator_ref} {line.specialty} {region}"
                    f" {line.previous_code}").casefold()  # the predecessor's code finds a received case
        return _make_row((line.case_id, line.code, status, domains, risk, line.last_contact,  # (_make: a third
                          line.opened_on, attention, haystack,                           # of a call's cost)
                          (label, status_label, domains_label, risk_label, attention_label), self.none_yet))


class Column:
    CODE, STATUS, DOMAINS, RISK, LAST_CONTACT, OPENED, ATTENTION = range(7)
    COUNT = 7


_MISSING_LAST = (1, 0)  # sort key for "no value": after every real value when ascending
_STATUS_RANK = {status: i for i, status in enumerate(CaseStatus)}
_RISK_RANK = {risk: risk.rank for risk in RiskLevel}


def _sort_key(column: int) -> Callable[[CaseRow], Any]:
    keys: dict[int, Callable[[CaseRow], Any]] = {
        Column.CODE: attrgetter("code"),
        Column.STATUS: lambda r: _STATUS_RANK[r.status],
        Column.DOMAINS: lambda r: (len(r.domains) == 0, sorted(d.value for d in r.domains)),
        Column.RISK: lambda r: _RISK_RANK[r.risk],
        Column.LAST_CONTACT: lambda r: (0, r.last_contact.toordinal()) if r.last_contact else _MISSING_LAST,
        Column.OPENED: attrgetter("opened_on"),
        Column.ATTENTION: lambda r: 0 if r.attention is None else 1,
    }
    return keys[column]


_BY_CODE, _make_row = attrgetter("code"), CaseRow._make
# Qt's roles and flags as plain ints, looked up once: data() is asked a dozen roles per cell shown, and
# comparing an int with a PySide enum member costs ten times comparing two ints
_DISPLAY, _ACCESSIBLE, _DECORATION, _TOOLTIP = (int(role.value) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole))
_CASE_ID = int(CASE_ID_ROLE)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_ROLES = frozenset({_DISPLAY, _ACCESSIBLE, _DECORATION, _TOOLTIP, _CASE_ID})


class CasesModel(QAbstractTableModel):
    """Rows of the cases list; ``filter``/``sort`` never touch the vault."""

    loaded = Signal()  # after every (re)load from the vault
    BATCH = 200

    def __init__(self, session: VaultSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[CaseRow] = []
        self._matching: list[CaseRow] = []
        self._shown = 0
        self._filter = CaseFilter()
        self._sort_column = Column.OPENED
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._generation = 0  # results of an older load are dropped
        self._active = True
        self._stale = False
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(250)  # autosave writes every second: coalesce
        self._reload_timer.timeout.connect(self.reload)
        self._soon = QTimer(self)  # reload_soon(): at the next turn of the event loop, if still wanted
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._reload_if_active)
        self._loading = False  # a load runs in a worker
        self._again = False  # a reload was asked for meanwhile
        session.changed.connect(self._on_changed)
        session.locked.connect(self.clear)
        aliases().changed.connect(self._aliases_switched)

    # -- loading --------------------------------------------------------------------------------

    @staticmethod
    def _load(vault: Vault, none_yet: str) -> list[CaseRow]:
        """Runs in the worker: one query, then the rows with their texts (translation is thread-safe).
        It touches no QObject: the texts it needs from the model are passed in."""
        # the same threshold as the Today page, so both name the same cases
        from trustdesk.vault.settings import TODAY_HIGH_RISK_DAYS

        maker = RowMaker(date.today(), none_yet, vault.settings.value(TODAY_HIGH_RISK_DAYS))
        rows = [maker.row(line) for line in vault.cases.list_rows()]
        rows.sort(key=_BY_CODE)  # in the worker: every sort on the UI thread starts from this order
        return rows

    def reload(self) -> None:
        """Load every case's row in a worker; rows appear when it is done.

        One load at a time: a reload asked for while one runs is done once, right after it (two
        loads side by side would only fight over the GIL and the connection and take twice as long).
        """
        if not self.session.is_unlocked:
            return
        if self._loading:
            self._again = True
            return
        self._loading, self._again = True, False
        self._stale = False
        self._generation += 1
        generation = self._generation
        none_yet = self.tr("None yet")
        (VaultOp(self, lambda v: self._load(v, none_yet), session=self.session)
         .success(lambda result: self._loaded(generation, result))
         .failure(lambda _exc, _msg: None)  # locked meanwhile: the list is cleared anyway
         .finished(self._load_finished)
         .run_in_background())

    def reload_soon(self) -> None:
        """``reload`` at the next turn of the event loop, unless the list is left before (the main
        window shows the cases page on its way to a case: reading 5,000 rows then only competed
        with the case being opened).  The list is on screen again: a change it missed is read then too."""
        self._active = True
        self._soon.start()

    def _reload_if_active(self) -> None:
        if self._active:
            self.reload()
        else:
            self._stale = True  # read when the list is shown again

    def _load_finished(self) -> None:
        self._loading = False
        if self._again:
            self.reload()

    def load_now(self) -> None:
        """Load on the UI thread (tests, and the first show of a small vault)."""
        self._generation += 1
        generation = self._generation
        none_yet = self.tr("None yet")
        VaultOp(self, lambda v: self._load(v, none_yet), session=self.session).success(
            lambda result: self._loaded(generation, result)).run()

    def _loaded(self, generation: int, rows: list[CaseRow]) -> None:
        if generation != self._generation or not self.session.is_unlocked or self._again:
            return  # an older load, a lock meanwhile, or a newer reload is already asked for
        self.set_rows(rows, by_code=True)
        self.loaded.emit()

    def set_rows(self, rows: list[CaseRow], *, by_code: bool = False) -> None:
        """``by_code``: ``rows`` come sorted by code already (a load sorts them in its worker)."""
        self._rows = rows if by_code else sorted(rows, key=_BY_CODE)
        self._apply()

    def set_active(self, active: bool) -> None:
        """Inactive (list not on screen): changes only mark the rows stale; reactivating reloads."""
        self._active = active
        if not active and self._soon.isActive():
            self._soon.stop()
            self._stale = True
        if active and self._stale:
            self.reload()

    def _on_changed(self, change: Change) -> None:
        if not change.concerns(None, *_RELOAD_TABLES):
            return
        self._stale = True
        if self._active:
            self._reload_timer.start()

    def _aliases_switched(self, _hidden: bool) -> None:
        """Shown or hidden at once (a screen about to be shared): the rows are remade."""
        if self._rows and self.session.is_unlocked:
            self.load_now()

    def clear(self) -> None:
        """Drop every row (the vault was locked)."""
        self._generation += 1
        self._reload_timer.stop()
        self._soon.stop()
        self._stale = False
        self._again = False
        self.beginResetModel()
        self._rows, self._matching, self._shown = [], [], 0
        self.endResetModel()

    # -- filtering and sorting: memory only -------------------------------------------------------

    @property
    def filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, case_filter: CaseFilter) -> None:
        if case_filter != self._filter:
            self._filter = case_filter
            self._apply()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < Column.COUNT:
            return
        self._sort_column, self._sort_order = column, order
        self._apply()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def _apply(self) -> None:
        matching = self._filter.select(self._rows)  # a new list, in code order (``set_rows``)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        # The code breaks the column's ties (a stable sort of rows in code order; codes are unique,
        # so the reversed list is the one sorted by code descending).
        if descending:
            matching.reverse()
        if self._sort_column != Column.CODE:
            matching.sort(key=_sort_key(self._sort_column), reverse=descending)
        self.beginResetModel()
        self._matching = matching
        self._shown = min(self.BATCH, len(matching))
        self.endResetModel()

    # -- counts and lookups ---------------------------------------------------------------------

    def total_count(self) -> int:
        return len(self._rows)

    def matching_count(self) -> int:
        return len(self._matching)

    def row_at(self, row: int) -> CaseRow | None:
        return self._matching[row] if 0 <= row < self._shown else None

    def case_id_at(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.case_id if found else None

    def matching_rows(self) -> list[CaseRow]:
        return list(self._matching)

    def code_labels(self) -> list[str]:
        """The code column's texts ("code · alias") of the matching rows."""
        return [row.labels[0] for row in self._matching]

    def row_of(self, case_id: int) -> int | None:
        """The row of a case among the matching ones, fetching batches until it is shown."""
        for i, row in enumerate(self._matching):
            if row.case_id == case_id:
                while self._shown <= i:
                    self.fetchMore(QModelIndex())
                return i
        return None

    # -- QAbstractTableModel --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else Column.COUNT

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._shown < len(self._matching)

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid():
            return
        more = min(self.BATCH, len(self._matching) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.CODE: self.tr("Code"),
            Column.STATUS: self.tr("Status"),
            Column.DOMAINS: self.tr("Domains"),
            Column.RISK: self.tr("Current risk"),
            Column.LAST_CONTACT: self.tr("Last contact"),
            Column.OPENED: self.tr("Opened"),
            Column.ATTENTION: self.tr("Attention"),
        }
        return titles.get(section)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if role not in _ROLES:
            return None  # most of what a view asks (fonts, colours, alignment, size) is left to it
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == _CASE_ID:
            return row.case_id
        if role == _DISPLAY or role == _ACCESSIBLE:
            return self._text(row, column)
        if role == _DECORATION:
            return self._icon(row, column)
        if role == _TOOLTIP:
            if column == Column.ATTENTION and row.attention is not None:
                return self.tr("This case needs attention today: %1").replace(
                    "%1", attention_text(row.attention, risk=row.risk))
            return self._text(row, column) or None
        return None

    @staticmethod
    def _text(row: CaseRow, column: int) -> str:
        return row.text(column)

    def _icon(self, row: CaseRow, column: int) -> Any:
        if column == Column.STATUS:
            return status_icon(row.status)
        if column == Column.RISK and row.risk is not None:
            return risk_icon(row.risk)
        if column == Column.ATTENTION and row.attention is not None:
            return attention_icon()
        return None
