"""Why a pack is refused: one reason per case, so the UI can say it plainly in the user's language.

A check's *detail* (what exactly is wrong: "manifest.json: version must be a positive integer") is made
with ``QT_TRANSLATE_NOOP("PackDetail", "…{name}…").format(name=…)``: a ``trustdesk.detail.Detail``, which is
the English sentence (``str``: logs, ``exc.detail``) and remembers its catalogue text and values, so the
desk and the commands say it in the reader's language (``said_in``) from the app's own catalogues (lupdate
reads the ``QT_TRANSLATE_NOOP`` calls here; this package imports no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from trustdesk.detail import QT_TRANSLATE_NOOP, Detail, said_in

DETAIL_CONTEXT = "PackDetail"  # the catalogue context of a pack check's details

__all__ = ["DETAIL_CONTEXT", "QT_TRANSLATE_NOOP", "Detail", "PackIssue", "PackRejected", "RejectReason", "said_in"]


class RejectReason(StrEnum):
    UNSIGNED = "unsigned"  # no signature.json
    BAD_SIGNATURE = "bad_signature"  # signature or a member's digest does not verify: tampered
    WRONG_KEY = "wrong_key"  # signed, but by another key than the one pinned in this build
    NO_TRUSTED_KEY = "no_trusted_key"  # this build pins no pack key: it accepts no packs
    MALFORMED = "malformed"  # not a zip, bad manifest, bad CSV/template/helplines, unexpected member
    OLDER_VERSION = "older_version"  # a newer version of this pack is already imported
    ALREADY_IMPORTED = "already_imported"  # this very version is already imported
    TOO_LARGE = "too_large"  # the file, a member, the total or the compression ratio is over its limit
    UNSAFE_PATH = "unsafe_path"  # absolute path, "..", backslash, drive letter, symlink
    TOO_MANY_FILES = "too_many_files"
    NEWER_FORMAT = "newer_format"  # made by a newer TrustDesk: a format version this one does not know


@dataclass(frozen=True)
class PackIssue:
    """What is wrong in one place of a pack, for a sentence in the reader's language: the member,
    the row (providers.csv), the field, the value found and the values that are allowed there
    (``allowed`` empty: no fixed list).  ``problem`` is a ``CsvProblem`` value ("unknown_kind", …)."""

    member: str
    field: str
    problem: str
    value: str = ""
    row: int | None = None
    allowed: tuple[str, ...] = ()
    params: tuple[tuple[str, str], ...] = ()  # the problem's other parameters ("limit", "count")

    def sentence(self) -> str:
        """In English, for the headless commands (the desk says it in its own language)."""
        where = f"{self.member} row {self.row}" if self.row is not None else self.member
        what = PROBLEM_WORDS.get(self.problem, self.problem.replace("_", " "))
        said = f"{where}, field “{self.field}”: {what}"
        if self.value:
            said += f" “{self.value}”"
        if self.allowed:
            said += f"; allowed: {', '.join(self.allowed)}"
        return said


PROBLEM_WORDS = {
    "missing_value": "empty, but required",
    "unknown_kind": "unknown kind of provider",
    "unknown_language": "unknown language",
    "unknown_domain": "unknown knowledge domain",
    "unknown_region": "unknown province",
    "bad_yes_no": "not yes or no:",
    "too_long": "too long",
    "control_character": "holds an invisible control character",
    "bad_website": "not a web address starting with http:// or https://:",
    "extra_cells": "more cells than there are columns",
}


class PackRejected(Exception):
    """The pack is refused; nothing was written. ``detail`` is for logs and the coordinator's CLI
    (never case data); the UI shows a translated sentence for ``reason``, and for ``issue`` (when
    one place of the pack is wrong) a sentence naming the field, the value and what is allowed."""

    def __init__(self, reason: RejectReason, detail: str = "", issue: PackIssue | None = None) -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail
        self.issue = issue
