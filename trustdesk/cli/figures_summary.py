"""What ``trustdesk figures merge`` prints: what was merged, superseded, refused (and why), with each
file's exact number of cases -- for the coordinator's terminal only, never written -- in the command's
language (context ``cli``)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from trustdesk.cli.refusals import refusal_sentence
from trustdesk.cli.words import translate, when_text
from trustdesk.exchange.merge import FileOutcome, FileStatus, MergeResult


def _quarter(text: object) -> str:
    """A quarter as the command's language writes it (Quarter.name), from a Quarter or its 2026-Q3 text."""
    from trustdesk.cli.words import spoken_language
    from trustdesk.exchange.periods import Quarter

    try:
        quarter = text if isinstance(text, Quarter) else Quarter.parse(str(text))
    except ValueError:
        return str(text)
    return quarter.name(spoken_language())


def status_word(status: FileStatus) -> str:
    return {
        FileStatus.MERGED: translate("cli", "MERGED"),
        FileStatus.SUPERSEDED: translate("cli", "SUPERSEDED"),
        FileStatus.DUPLICATE: translate("cli", "DUPLICATE"),
        FileStatus.REFUSED: translate("cli", "REFUSED"),
    }[status]


def _made(created: str) -> str:
    from datetime import datetime

    try:
        return when_text(datetime.fromisoformat(created))
    except ValueError:
        return created


def kind_of(data: bytes) -> str | None:
    """The kind of TrustDesk file ``data`` is when it is no figures file (named in the refusal), else None."""
    from trustdesk.exchange.file_kinds import FileKind
    from trustdesk.exchange.keys import recognise

    found = recognise(data[:64 * 1024])
    return None if found in (None, FileKind.FIGURES) else str(found.value)


def _file_line(outcome: FileOutcome, found: str | None = None, path: Path | None = None) -> str:
    if outcome.status is FileStatus.REFUSED:  # in words: no reason code (outside tester: "not_this_kind (...)")
        reason = "not_this_kind" if found else outcome.reason.value if outcome.reason else ""
        return translate("cli", "{name}: {sentence}").format(
            name=outcome.name, sentence=refusal_sentence(reason, expected="figures", found=found, path=path))
    return translate("cli", "{name}: {quarter}, {sender}, {cases}, made {made}").format(
        name=outcome.name, quarter=_quarter(outcome.quarter), sender=outcome.sender,
        cases=translate("cli", "%n case(s)", "", outcome.cases), made=_made(outcome.created))


def summary(result: MergeResult, read: Mapping[str, tuple[Path, bytes]] | None = None) -> str:
    """``read``: each file's name -> its path and bytes, so that a refused file of another kind is named."""
    read = read or {}
    counts = translate("cli", "merged {merged}, superseded {superseded}, duplicate {duplicate}, refused {refused}"
                       ).format(merged=result.count(FileStatus.MERGED), superseded=result.count(FileStatus.SUPERSEDED),
                                duplicate=result.count(FileStatus.DUPLICATE), refused=result.count(FileStatus.REFUSED))
    words = {status: status_word(status) for status in FileStatus} | {None: translate("cli", "NOTE")}
    width = max(len(word) for word in words.values()) + 1
    lines = [counts, ""]
    for outcome in result.files:
        path, data = read.get(outcome.name, (None, b""))
        found = kind_of(data) if outcome.status is FileStatus.REFUSED else None
        lines.append(f"{words[outcome.status]:<{width}}{_file_line(outcome, found, path)}")
    for note in result.notes:
        if note.published_now:
            said = translate("cli", "{quarter} was withheld before (fewer than 5 new cases, nothing shown); with the "
                                    "files merged now it is published: {cases}").format(
                quarter=_quarter(note.quarter), cases=translate("cli", "%n new case(s)", "", note.total or 0))
        elif note.missing:  # withheld, and the files merged now leave out some counted then (merge.may_replace)
            said = translate("cli", "{quarter} stays withheld: the files merged now leave out {persons} counted when "
                                    "it was withheld; merge their files too to publish it.").format(
                quarter=_quarter(note.quarter), persons=translate("cli", "%n trust person(s)", "", note.missing))
        elif note.changed:
            said = translate("cli", "{quarter} was released before; the files merged now give other numbers, the "
                                    "earlier release is kept").format(quarter=_quarter(note.quarter))
        else:
            continue
        lines.append(f"{words[None]:<{width}}{said}")
    # a withheld quarter: words, no count (as national.csv and the PDFs say it: SECURITY.md)
    quarters = ", ".join(
        translate("cli", "{quarter} (withheld: fewer than 5 new cases, not published)").format(quarter=_quarter(release.quarter))
        if release.total is None or release.contributors is None else
        translate("cli", "{quarter} ({cases}, {persons})").format(
            quarter=_quarter(release.quarter), cases=translate("cli", "%n case(s)", "", release.total),
            persons=translate("cli", "%n trust person(s)", "", release.contributors))
        for release in result.releases)
    if quarters:  # nothing accepted: no empty "quarters:" line
        lines += ["", translate("cli", "quarters: {quarters}").format(quarters=quarters)]
    return "\n".join(lines) + "\n"
