"""Provider CSV import (a preview first, then ONE transaction) and export of the directory.

The preview lists every row with its problems in words; rows with errors are never imported and
duplicates (of the directory or of an earlier row) are skipped unless the user asks otherwise.
Nothing is written before "Import".  Files are chosen with Qt's own dialog (never the native one,
so the system's recent-files list stays out of it); the export is written atomically.
The directory is not case data, so no re-authentication is asked.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trustdesk.packs.provider_csv import (
    FILE_PROBLEMS,
    CsvProblem,
    ImportPreview,
    ImportRejected,
    RowResult,
    apply_import,
    file_problem,
)
from trustdesk.ui.directory.providers_model import kind_text
from trustdesk.ui.directory.queries import read_preview
from trustdesk.ui.kit.appearance import busy_indicator
from trustdesk.ui.kit.lock_bound import ClosesOnLock
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import VaultOp, VaultSession

if TYPE_CHECKING:
    from trustdesk.domain.models import Provider



def _number(value: str | None) -> int:
    """A count among a problem's parameters (stored as text), for a ``%n`` plural."""
    try:
        return int(value or 0)
    except ValueError:
        return 0


def problem_text(problem: CsvProblem, params: Mapping[str, str] | None = None) -> str:
    """One translated sentence per CsvProblem, with its parameters filled in (a problem of the whole file:
    ``provider_csv.file_problem``, the one table the pack checks use too)."""
    from trustdesk.detail import said_in

    p = dict(params or {})
    if problem in FILE_PROBLEMS:
        return said_in(file_problem(problem, {**p, "column": _column_text(p.get("column", ""))}),
                       QCoreApplication.translate)
    texts = {
        CsvProblem.MISSING_VALUE: QCoreApplication.translate(
            "CsvProblem", "\u201c%1\u201d is empty but required.").replace("%1", _column_text(p.get("column", ""))),
        CsvProblem.UNKNOWN_KIND: QCoreApplication.translate(
            "CsvProblem", "Unknown kind of provider: \u201c%1\u201d.").replace("%1", p.get("value", "")),
        CsvProblem.UNKNOWN_LANGUAGE: QCoreApplication.translate(
            "CsvProblem", "Unknown language: \u201c%1\u201d.").replace("%1", p.get("value", "")),
        CsvProblem.UNKNOWN_DOMAIN: QCoreApplication.translate(
            "CsvProblem", "Unknown knowledge domain: \u201c%1\u201d.").replace("%1", p.get("value", "")),
        CsvProblem.UNKNOWN_REGION: QCoreApplication.translate(
            "CsvProblem", "Unknown province: \u201c%1\u201d.").replace("%1", p.get("value", "")),
        CsvProblem.BAD_YES_NO: QCoreApplication.translate(
            "CsvProblem", "\u201c%1\u201d is not yes or no.").replace("%1", p.get("value", "")),
        CsvProblem.TOO_LONG: QCoreApplication.translate(
            "CsvProblem", "Longer than %n character(s).", "", _number(p.get("limit"))),
        CsvProblem.CONTROL_CHARACTER: QCoreApplication.translate(
            "CsvProblem", "Holds an invisible control character."),
        CsvProblem.BAD_WEBSITE: QCoreApplication.translate(
            "CsvProblem", "Not a web address starting with http:// or https://: \u201c%1\u201d.").replace(
            "%1", p.get("value", "")),
        CsvProblem.EXTRA_CELLS: QCoreApplication.translate(
            "CsvProblem", "%n more cell(s) than there are columns.", "", _number(p.get("count"))),
        CsvProblem.FORMULA_LIKE: QCoreApplication.translate(
            "CsvProblem", "Starts like a spreadsheet formula; imported as plain text."),
        CsvProblem.DUPLICATE_IN_FILE: QCoreApplication.translate(
            "CsvProblem", "Same provider as row %1 of this file.").replace(
            "%1", p.get("other_row", "")),
        CsvProblem.DUPLICATE_OF_EXISTING: QCoreApplication.translate(
            "CsvProblem", "Already in your directory as \u201c%1\u201d.").replace(
            "%1", p.get("name", "")),
    }
    return texts[problem]


_ROOT = QModelIndex()


def column_text(column: str) -> str:
    """A CSV column's name in the interface's language."""
    return _column_text(column)


def _column_text(column: str) -> str:
    names = {
        "kind": QCoreApplication.translate(
            "CsvProblem", "kind"), "name": QCoreApplication.translate("CsvProblem", "name"), "organisation": QCoreApplication.translate("CsvProblem", "organisation"), "languages": QCoreApplication.translate("CsvProblem", "languages"),
        "region": QCoreApplication.translate(
            "CsvProblem", "region"), "address": QCoreApplication.translate("CsvProblem", "address"), "phone": QCoreApplication.translate("CsvProblem", "phone"), "email": QCoreApplication.translate("CsvProblem", "e-mail"),
        "website": QCoreApplication.translate(
            "CsvProblem", "website"), "notes": QCoreApplication.translate("CsvProblem", "notes"), "sees_physicians": QCoreApplication.translate("CsvProblem", "sees physicians"), "key": QCoreApplication.translate("CsvProblem", "key"),
        "domains": QCoreApplication.translate("CsvProblem", "knowledge domains"),
        "regions": QCoreApplication.translate("CsvProblem", "provinces served"),
    }
    return names.get(column, column)



# Sentences that do not name the cell they are about.
_NAMES_NO_FIELD = frozenset({CsvProblem.TOO_LONG, CsvProblem.CONTROL_CHARACTER, CsvProblem.BAD_YES_NO,
                             CsvProblem.FORMULA_LIKE})


def row_problems_text(result: RowResult) -> str:
    parts = []
    for issue in result.issues:
        params = dict(issue.params)
        params.setdefault("column", issue.column)
        sentence = problem_text(issue.problem, params)
        if issue.column and issue.problem in _NAMES_NO_FIELD:  # say which cell it is about
            sentence = QCoreApplication.translate("CsvProblem", "%1: %2").replace(
                "%1", _column_text(issue.column)).replace("%2", sentence)
        parts.append(sentence)
    return " ".join(parts)


def choose_csv_to_open(parent: QWidget) -> Path | None:
    from trustdesk.ui.kit.file_dialogs import open_file
    from trustdesk.ui.output.document_output import documents_folder

    return open_file(  # from the Documents folder, never the working folder
        parent, QCoreApplication.translate("CsvImportDialog", "Import providers from CSV"), documents_folder(),
        QCoreApplication.translate("CsvImportDialog", "CSV files (*.csv *.txt);;All files (*)"))


class PreviewModel(QAbstractTableModel):
    """The preview's rows, their texts made only for the rows on screen (a file may hold 10,000)."""

    COLUMNS = 5

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.rows: tuple[RowResult, ...] = ()
        style = parent.style()
        self._icons = {
            "ok": style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "flag": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }

    def set_rows(self, rows: tuple[RowResult, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self.COLUMNS

    @staticmethod
    def state(result: RowResult) -> tuple[str, str]:
        """(words, icon key) of a row: never colour alone."""
        if not result.valid:
            return QCoreApplication.translate("CsvImportDialog", "Error: not imported"), "error"
        if result.duplicate:
            return QCoreApplication.translate("CsvImportDialog", "Duplicate"), "flag"
        if result.issues:
            return QCoreApplication.translate("CsvImportDialog", "Check"), "flag"
        return QCoreApplication.translate("CsvImportDialog", "OK"), "ok"

    def text(self, row: int, column: int) -> str:
        result = self.rows[row]
        provider = result.provider
        if column == 0:
            return str(result.row)
        if column == 1:
            return provider.name if provider else ""
        if column == 2:
            return kind_text(provider.kind) if provider else ""
        if column == 3:
            return self.state(result)[0]
        return row_problems_text(result)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return self.text(index.row(), 4) or None
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 3:
            return self._icons[self.state(self.rows[index.row()])[1]]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (QCoreApplication.translate("CsvImportDialog", "Row"),
                  QCoreApplication.translate("CsvImportDialog", "Name"),
                  QCoreApplication.translate("CsvImportDialog", "Kind"),
                  QCoreApplication.translate("CsvImportDialog", "Status"),
                  QCoreApplication.translate("CsvImportDialog", "Problems"))
        return titles[section] if 0 <= section < len(titles) else None


class CsvImportDialog(ClosesOnLock, Retranslates, QDialog):
    """The preview of one CSV file; ``imported`` holds the stored providers after Import."""

    def __init__(self, session: VaultSession, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csv_import_dialog")
        self.session = session
        self.preview: ImportPreview | None = None
        self.rejected_problem: ImportRejected | None = None
        self.imported: list[Provider] | None = None
        fit_to_screen(self, 900, 520)

        self.summary = QLabel(self)
        self.summary.setObjectName("csv_summary")
        self.summary.setWordWrap(True)
        self.model = PreviewModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("csv_preview_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)  # one line a row; the whole problem text is in the tooltip
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.skip_duplicates = QCheckBox(self)
        self.skip_duplicates.setObjectName("csv_skip_duplicates")
        self.skip_duplicates.setChecked(True)
        self.skip_duplicates.toggled.connect(lambda _on: self._update_summary())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("csv_buttons")
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("csv_import")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("csv_cancel")
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skip_duplicates)
        layout.addWidget(self.buttons)
        self.close_on_lock(session)

        self.busy = busy_indicator(self, "csv_busy")
        layout.insertWidget(1, self.busy)
        self.retranslate()
        self.busy.show()  # a 10,000-row file takes a second to read: the window stays responsive
        VaultOp(self, lambda v: read_preview(v, data), session=session).success(self._read).run_in_background()

    @property
    def ready(self) -> bool:
        """The file has been read (a preview or a refusal is shown)."""
        return self.preview is not None or self.rejected_problem is not None

    # -- reading (pure: nothing written) --------------------------------------------------------

    def _read(self, result: ImportPreview | ImportRejected) -> None:
        self.busy.hide()
        if isinstance(result, ImportRejected):
            self.rejected_problem = result
        else:
            self.preview = result
        self.retranslate()

    def _fill(self) -> None:
        self.model.set_rows(self.preview.rows if self.preview is not None else ())
        header = self.table.horizontalHeader()
        for column in range(4):  # measured over the first rows only (precision above)
            self.table.resizeColumnToContents(column)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def importable_count(self) -> int:
        if self.preview is None:
            return 0
        return len(self.preview.importable(skip_duplicates=self.skip_duplicates.isChecked()))

    def _update_summary(self) -> None:
        if self.rejected_problem is not None:
            self.summary.setText(self.tr("This file cannot be imported: %1 Nothing was changed.").replace(
                "%1", problem_text(self.rejected_problem.problem, self.rejected_problem.params)))
            self.import_button.setEnabled(False)
            self.table.hide()
            self.skip_duplicates.hide()
            return
        preview = self.preview
        if preview is None:
            self.summary.setText(self.tr("Reading the file\u2026"))
            self.import_button.setEnabled(False)
            self.skip_duplicates.hide()
            return
        count = self.importable_count()
        errors = len(preview.error_rows)
        duplicates = len(preview.duplicate_rows)
        text = self.tr("%n provider(s) will be added.", "", count)
        if errors:
            text += " " + self.tr("%n row(s) with errors will not be imported.", "", errors)
        if duplicates:
            text += " " + self.tr("%n row(s) repeat a provider already in your directory or earlier in the file.", "", duplicates)
        if preview.ignored_columns:
            text += " " + self.tr("Columns not recognised (left out): %1.").replace(
                "%1", ", ".join(preview.ignored_columns))
        self.summary.setText(text + " " + self.tr("Nothing is saved until you choose Import."))
        self.import_button.setEnabled(count > 0)
        self.skip_duplicates.setVisible(duplicates > 0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import providers: preview"))
        self.table.setAccessibleName(self.tr("Rows of the file and their problems"))
        self.skip_duplicates.setText(self.tr("&Skip rows that are already in the directory"))
        self.skip_duplicates.setAccessibleName(self.tr("Skip duplicates"))
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setAccessibleName(self.tr("Import the valid rows"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self._fill()
        self._update_summary()

    # -- writing: one transaction ------------------------------------------------------------------

    def confirm(self) -> None:
        preview = self.preview
        if preview is None or self.importable_count() == 0:
            return
        skip = self.skip_duplicates.isChecked()
        VaultOp(self, lambda v: apply_import(v, preview, skip_duplicates=skip), session=self.session).success(
            self._done).failure(lambda _exc, sentence: self.summary.setText(sentence)).run()

    def _done(self, stored: list[Provider]) -> None:
        self.imported = stored
        self.accept()


# -- export ------------------------------------------------------------------------------------------

def export_choices() -> list[tuple[str, str]]:
    return [("excel-be", QCoreApplication.translate(
        "CsvExport", "Excel (Belgium): semicolons, Windows encoding")),
            ("utf8", QCoreApplication.translate("CsvExport", "UTF-8 with commas (other programs)"))]


def ask_export_dialect(parent: QWidget) -> str | None:
    choices = export_choices()
    label, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("CsvExport", "Export the directory"),
        QCoreApplication.translate(
            "CsvExport", "Format of the CSV file:"), [text for _, text in choices], 0, False)
    if not ok:
        return None
    return next(code for code, text in choices if text == label)




