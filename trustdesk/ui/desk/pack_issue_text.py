"""A refused pack, said in the coordinator's language: where (the member and row), the field, what is
wrong with the value found, and the values allowed there (``packs.errors.PackIssue``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trustdesk.packs.errors import PackIssue, PackRejected
from trustdesk.packs.provider_csv import CsvProblem


def _field_text(field: str) -> str:
    from trustdesk.ui.directory.csv_import_dialog import column_text

    if field == "kinds":
        return QCoreApplication.translate("PackIssue", "kinds of care")
    return column_text(field)


def issue_text(issue: PackIssue) -> str:
    from trustdesk.ui.directory.csv_import_dialog import problem_text

    if issue.row is not None:
        where = QCoreApplication.translate("PackIssue", "%1, row %2").replace("%1", issue.member).replace(
            "%2", str(issue.row))
    else:
        where = issue.member
    try:
        what = problem_text(CsvProblem(issue.problem), {"value": issue.value, "column": issue.field,
                                                        **dict(issue.params)})
    except ValueError:
        what = issue.problem
    said = QCoreApplication.translate("PackIssue", "%1, field \u201c%2\u201d: %3").replace("%1", where).replace(
        "%2", _field_text(issue.field)).replace("%3", what)
    if issue.allowed:
        said += " " + QCoreApplication.translate("PackIssue", "Allowed: %1.").replace("%1", ", ".join(issue.allowed))
    return said


def refusal_text(exc: PackRejected) -> str:
    """The sentence for a refused pack: the place and what is allowed when one place is wrong, else
    the check's own words."""
    return issue_text(exc.issue) if exc.issue is not None else (exc.detail or exc.reason.value)
