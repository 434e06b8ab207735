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
        said += " " + allowed_text(issue.problem, issue.value, issue.allowed)
    return said


def allowed_text(problem: str, value: str, allowed: tuple[str, ...]) -> str:
    """"Did you mean Psycholoog (psychologist)? Allowed: Psycholoog (psychologist), …." -- the values of a
    vocabulary as the coordinator reads them (the label in the desk's language, with the key a pack
    carries) and the closest to what was typed; other lists as they are."""
    from PySide6.QtCore import QLocale

    from trustdesk.packs.care_vocabulary import closest, labelled, vocabulary_of

    kind = vocabulary_of(problem, allowed)
    language = QLocale().name()[:2]
    listed = labelled(kind, allowed, language) if kind is not None else ", ".join(allowed)
    said = QCoreApplication.translate("PackIssue", "Allowed: %1.").replace("%1", listed)
    near = closest(value, kind, allowed) if kind is not None and value else ()
    if kind is not None and near:
        said = QCoreApplication.translate("PackIssue", "Did you mean %1?").replace("%1", QCoreApplication.translate(
            "PackIssue", " or ").join(labelled(kind, [key], language) for key in near)) + " " + said
    return said


def refusal_text(exc: PackRejected) -> str:
    """The sentence for a refused pack: the place and what is allowed when one place is wrong, else
    the check's own words."""
    from trustdesk.packs.errors import said_in

    if exc.issue is not None:
        return issue_text(exc.issue)
    return said_in(exc.detail, QCoreApplication.translate) if exc.detail else exc.reason.value
