"""What the ``pack`` command says about a refused pack, in the command's language (context ``cli``):
the reason in words, and for one wrong place (``PackIssue``) the member, row, field, value and what is
allowed there.  Format details that name no place are the check's own words (``packs.errors.Detail``), said in
the command's language too, after the sentence."""

from __future__ import annotations

from trustdesk.cli.words import translate
from trustdesk.packs.errors import Detail, PackIssue, PackRejected, RejectReason, said_in


def reason_sentence(reason: RejectReason) -> str:
    return {
        RejectReason.UNSIGNED: translate("cli", "the pack is not signed."),
        RejectReason.BAD_SIGNATURE: translate("cli", "the pack was changed after it was signed (its signature does "
                                                     "not match)."),
        RejectReason.WRONG_KEY: translate("cli", "the pack is signed with another key."),
        RejectReason.NO_TRUSTED_KEY: translate("cli", "this build trusts no pack key: it accepts no packs."),
        RejectReason.MALFORMED: translate("cli", "the pack breaks the pack format."),
        RejectReason.OLDER_VERSION: translate("cli", "a newer version of this pack is imported already."),
        RejectReason.ALREADY_IMPORTED: translate("cli", "this version of the pack is imported already."),
        RejectReason.TOO_LARGE: translate("cli", "the pack, or a file in it, is over its size limit."),
        RejectReason.UNSAFE_PATH: translate("cli", "the pack holds a file name that could write outside its folder."),
        RejectReason.TOO_MANY_FILES: translate("cli", "the pack holds too many files."),
        RejectReason.NEWER_FORMAT: translate("cli", "the pack was made by a newer TrustDesk; update TrustDesk first."),
    }[reason]


def problem_words(problem: str) -> str:
    return {
        "missing_value": translate("cli", "empty, but required"),
        "unknown_kind": translate("cli", "unknown kind of provider"),
        "unknown_language": translate("cli", "unknown language"),
        "unknown_domain": translate("cli", "unknown knowledge domain"),
        "unknown_region": translate("cli", "unknown province"),
        "bad_yes_no": translate("cli", "not yes or no:"),
        "too_long": translate("cli", "too long"),
        "control_character": translate("cli", "holds an invisible control character"),
        "bad_website": translate("cli", "not a web address starting with http:// or https://:"),
        "extra_cells": translate("cli", "more cells than there are columns"),
    }.get(problem, problem.replace("_", " "))


def issue_sentence(issue: PackIssue) -> str:
    """"providers.csv row 2, field “kind”: unknown kind of provider “x”; allowed: …", in the command's language."""
    if issue.row is not None:
        where = translate("cli", "{member} row {row}").format(member=issue.member, row=issue.row)
    else:
        where = issue.member
    said = translate("cli", "{where}, field “{field}”: {what}").format(where=where, field=issue.field,
                                                                       what=problem_words(issue.problem))
    if issue.value:
        said += translate("cli", " “{value}”").format(value=issue.value)
    if issue.allowed:
        from trustdesk.cli.vocabulary_words import allowed_words, suggestion_words
        from trustdesk.packs.care_vocabulary import closest, vocabulary_of

        kind = vocabulary_of(issue.problem, issue.allowed)  # labels in the command's language, with their key
        said += translate("cli", "; allowed: {values}").format(values=allowed_words(kind, issue.allowed))
        if kind is not None and issue.value:
            suggestion = suggestion_words(kind, closest(issue.value, kind, issue.allowed))
            said += f". {suggestion}" if suggestion else ""  # ends in "?": no full stop after it
    return said


def rejected_sentence(exc: PackRejected, *, key_source: str = "") -> str:
    """The reason, then the place (an issue) or the check's own detail; a wrong key names the key used."""
    said = reason_sentence(exc.reason)
    if exc.issue is not None:
        place = issue_sentence(exc.issue)
        return f"{said} {place}" + ("" if place.endswith("?") else ".")
    detail = exc.detail
    if exc.reason is RejectReason.WRONG_KEY and key_source and isinstance(detail, Detail) and "checked" in detail.params:
        detail = detail.format(**{**detail.params, "checked": key_source})  # the key named with where it came from
    detail = said_in(detail, translate)  # the check's own words in the command's language
    return f"{said} ({detail})" if detail else said
