"""Finds user-visible string literals in the UI that bypass Qt's translation.

A literal (or f-string) handed to a text-taking Qt call — setText, setWindowTitle, setToolTip,
QLabel(...), QMessageBox.warning(...), addItem… — must be wrapped in ``self.tr()``,
``QCoreApplication.translate()`` or a ``translate()`` alias.  Allowed without translation: empty
strings, strings without a letter (punctuation, ``"%1"``, ``" · "``, ``"→"``), object names, and the
small ``ALLOWED`` list below (each with its reason).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Methods whose string arguments are shown to the user (every positional argument is checked).
TEXT_METHODS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "setStatusTip", "setWhatsThis", "setTitle", "setLabelText",
    "setInformativeText", "setDetailedText", "setButtonText", "setSubTitle", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setTabText", "setTabToolTip",
    "setItemText", "setSpecialValueText", "setSuffix", "setPrefix", "setPlainText", "setHtml",
    "setNameFilter", "setNameFilters", "setCancelButtonText", "setOkButtonText", "setWindowIconText",
    "addItem", "addItems", "insertItem", "addTab", "insertTab", "addAction", "addMenu", "addButton",
    "addRow", "setFormat", "showMessage", "setWindowFilePath",
})
# Constructors whose string arguments are shown to the user.
TEXT_CLASSES = frozenset({
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QMenu", "QMessageBox", "QTreeWidgetItem", "QListWidgetItem", "QTableWidgetItem", "QStandardItem",
    "QCommandLinkButton", "QProgressDialog", "QInputDialog",
})
# QMessageBox / QFileDialog / QInputDialog statics: title and text (and the file dialog's filter).
STATIC_DIALOGS = frozenset({
    "warning", "information", "critical", "question", "about", "getOpenFileName", "getSaveFileName",
    "getExistingDirectory", "getText", "getItem", "getInt", "getMultiLineText",
})
# The one file-dialog helper (trustdesk/ui/kit/file_dialogs.py): (parent, title, start, filters).
FILE_DIALOG_HELPERS = frozenset({"open_file", "open_files", "save_file", "choose_folder"})
TRANSLATORS = frozenset({"tr", "translate", "_tr", "qsTr", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"})
# Attribute calls that only ever carry identifiers, never text for the user.
NOT_TEXT = frozenset({"setObjectName", "setProperty", "setStyleSheet", "setShortcut", "setData"})

# file name (relative to trustdesk/ui) -> literal -> reason.  Keep this short.
ALLOWED: dict[str, dict[str, str]] = {
    "unlock_pages.py": {"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX": "the recovery code's shape, the same in every language"},
    "handover_receive.py": {"XXXX-XXXX-…": "the transfer code's shape, the same in every language"},
    "handover_receipt.py": {"XXXX-XXXX-XXXX-XXXX": "the receipt code's shape, the same in every language"},
    "audit_page.py": {"TD-2026-0001": "a case code as example: codes are never translated"},
    "csv_import_dialog.py": {"providers.csv": "a suggested file name the user can change"},
    "language.py": {
        "Nederlands": "each language in its own name, never translated",
        "Français": "each language in its own name, never translated",
        "English": "each language in its own name, never translated",
    },
}
BRAND = frozenset({"TrustDesk"})  # the product's name is the same in every language


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}({self.text!r}) is not translated"


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_text(value: str) -> bool:
    """A literal a person reads: it holds a letter and is not just the brand or a placeholder."""
    stripped = re.sub(r"<[^>]*>|&\w+;", "", value).strip()  # markup around translated text
    if not any(ch.isalpha() for ch in stripped):
        return False
    return stripped not in BRAND


def _literals(node: ast.expr) -> Iterator[tuple[int, str]]:
    """Untranslated literal text inside ``node`` (recursing through +, %, f-strings, conditionals)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _is_text(node.value):
            yield node.lineno, node.value
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.Constant) and isinstance(part.value, str) and _is_text(part.value):
                yield node.lineno, part.value
    elif isinstance(node, ast.BinOp):
        yield from _literals(node.left)
        yield from _literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for item in node.elts:
            yield from _literals(item)
    elif isinstance(node, ast.Call):
        name = _call_name(node.func)
        if name in TRANSLATORS:
            return
        if name in ("format", "join", "arg") and isinstance(node.func, ast.Attribute):
            yield from _literals(node.func.value)  # "Text {}".format(x) is still untranslated text


def _checked_args(node: ast.Call) -> list[ast.expr]:
    name = _call_name(node.func)
    if name in NOT_TEXT or name in TRANSLATORS:
        return []
    if name in TEXT_METHODS and isinstance(node.func, ast.Attribute):
        return list(node.args) + [k.value for k in node.keywords if k.arg in ("text", "title", "toolTip")]
    if name in TEXT_CLASSES:
        return list(node.args) + [k.value for k in node.keywords if k.arg in ("text", "title")]
    if name in STATIC_DIALOGS and isinstance(node.func, ast.Attribute) and _call_name(node.func.value) in (
            "QMessageBox", "QFileDialog", "QInputDialog"):
        return list(node.args[1:]) + [k.value for k in node.keywords if k.arg in ("caption", "title", "text",
                                                                                "filter", "label")]
    if name in FILE_DIALOG_HELPERS:  # the title and the filters; the start folder is a path, not text
        return [node.args[1], *node.args[3:4]] if len(node.args) > 1 else []
    return []


def check_source(source: str, path: str = "<source>") -> list[Finding]:
    """Every untranslated user-visible literal in one module's source."""
    allowed = ALLOWED.get(Path(path).name, {})
    findings: list[Finding] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        for arg in _checked_args(node):
            for line, text in _literals(arg):
                if text not in allowed:
                    findings.append(Finding(path, line, _call_name(node.func), text))
    return findings


def check_tree(root: Path) -> list[Finding]:
    findings: list[Finding] = []
    for path in sorted(root.rglob("*.py")):
        findings.extend(check_source(path.read_text(encoding="utf-8"), str(path.relative_to(root))))
    return findings
