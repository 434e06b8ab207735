"""Every problem of a pack draft at once, each at the place the coordinator typed it.

``parse_members`` (what a trust person's TrustDesk runs) stops at the first problem and names it by
the pack's own files ("providers.csv row 7").  The desk's pack editor needs all of them, each on a
cell of its tables or a field of its forms: ``draft_issues(draft, card)`` returns ``DraftIssue``s
with the part (``PART_*``), the index of the row among the draft's rows of that part, and the
field (a ``PROVIDER_COLUMNS`` / ``HELPLINE_COLUMNS`` / ``CARD_FIELDS`` name, a template's
"<lang>/<kind>", or a pack field).  The rules are those of ``packs/pack.py``, ``provider_csv.py`` and
``knowledge.py``; and the draft is then read by ``parse_members`` itself, so a refusal these rules
missed is still reported (``PART_PACK``, ``OTHER``) -- never a pack that checks clean here but is
refused there (``tests/packs/test_draft_issues.py`` holds the two to each other).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trustdesk.domain.enums import CareDomain, Language, ProviderKind
from trustdesk.packs.care_vocabulary import parse_domains
from trustdesk.packs.draft import (
    CARD_FIELDS,
    HELPLINE_COLUMNS,
    PROVIDER_COLUMNS,
    PackDraft,
    card_markdown,
    providers_csv,
)
from trustdesk.packs.errors import PackRejected
from trustdesk.packs.knowledge import MAX_CARD_BYTES, MAX_CARDS
from trustdesk.packs.pack import _ITEM_KEY, MAX_HELPLINES, MAX_TEMPLATE_BYTES, PACK_ID, limit_of
from trustdesk.packs.provider_csv import ImportRejected, allowed_values, parse_providers_csv

if TYPE_CHECKING:
    from trustdesk.exchange.keys import ContactCard

PART_PACK, PART_PROVIDERS, PART_HELPLINES, PART_TEMPLATES, PART_CARDS = (
    "pack", "providers", "helplines", "templates", "cards")
CARD_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")  # = packs.knowledge.KNOWLEDGE_PATH's key
CARD_KEY_CHARACTERS = "a-z 0-9 - _"
ITEM_ID_CHARACTERS = "A-Z a-z 0-9 . _ / -"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CARD_LIMITS = {"title": 200, "source": 500}

# The problems this module names (besides provider_csv's CsvProblem values for provider cells).
MISSING = "missing_value"
BAD_PACK_ID = "bad_pack_id"
BAD_KEY = "bad_key"  # params: characters (what a key may hold)
DUPLICATE_KEY = "duplicate_key"  # params: other (the other row's index, 0-based)
TOO_LONG = "too_long"  # params: limit, unit ("bytes" for a template or a card's text; else characters)
CONTROL = "control_character"
UNKNOWN_LANGUAGE = "unknown_language"
UNKNOWN_DOMAIN = "unknown_domain"
UNKNOWN_KIND = "unknown_kind"
TEMPLATE = "template"  # params: code, message, line, name (a documents.templates.TemplateProblem)
TOO_MANY = "too_many"  # params: limit
OTHER = "other"  # params: detail (parse_members refused what these rules let through)


# Every (part, problem) this check can report -- each said at a place on screen (ui/desk/pack_issues.py).
RULES = frozenset({
    (PART_PACK, MISSING), (PART_PACK, BAD_PACK_ID), (PART_PACK, OTHER),
    *((PART_PROVIDERS, p) for p in (MISSING, BAD_KEY, DUPLICATE_KEY, UNKNOWN_KIND, UNKNOWN_LANGUAGE, UNKNOWN_DOMAIN,
                                    "unknown_region", TOO_LONG, CONTROL, "bad_website", "too_many_rows")),
    *((PART_HELPLINES, p) for p in (MISSING, BAD_KEY, DUPLICATE_KEY, TOO_LONG, CONTROL, UNKNOWN_LANGUAGE, TOO_MANY)),
    *((PART_TEMPLATES, p) for p in (TOO_LONG, CONTROL, TEMPLATE)),
    *((PART_CARDS, p) for p in (MISSING, BAD_KEY, DUPLICATE_KEY, TOO_LONG, CONTROL, UNKNOWN_DOMAIN, UNKNOWN_KIND,
                                TOO_MANY)),
})


@dataclass(frozen=True)
class DraftIssue:
    part: str
    row: int  # index among the draft's rows of ``part``; -1 for the pack's own fields and a whole part
    field: str
    problem: str  # a constant above, or a provider_csv.CsvProblem value
    value: str = ""
    params: tuple[tuple[str, str], ...] = ()
    allowed: tuple[str, ...] = ()

    def param(self, name: str) -> str:
        return dict(self.params).get(name, "")


def _key_issue(part: str, row: int, key: str, seen: dict[str, int], pattern: re.Pattern[str],
               characters: str) -> DraftIssue | None:
    if not key:
        return DraftIssue(part, row, "key", MISSING)
    if not pattern.match(key):
        return DraftIssue(part, row, "key", BAD_KEY, key[:60], (("characters", characters),))
    if key in seen:
        return DraftIssue(part, row, "key", DUPLICATE_KEY, key[:60], (("other", str(seen[key])),))
    seen[key] = row
    return None


def _pack_issues(draft: PackDraft) -> Iterator[DraftIssue]:
    if not PACK_ID.match(draft.pack_id):
        yield DraftIssue(PART_PACK, -1, "id", MISSING if not draft.pack_id else BAD_PACK_ID, draft.pack_id[:60])


def _provider_issues(draft: PackDraft) -> Iterator[DraftIssue]:
    if not draft.providers:
        return
    try:
        preview = parse_providers_csv(providers_csv(draft.providers))
    except ImportRejected as exc:  # the whole list (more rows than a pack may carry)
        yield DraftIssue(PART_PROVIDERS, -1, "", exc.problem.value, params=tuple(exc.params.items()))
        return
    # the CSV's rows after its header (row 1), empty ones skipped as the reader skips them
    written = [i for i, row in enumerate(draft.providers) if any(v.strip() for v in row.values())]
    for result in preview.rows:
        index = written[result.row - 2]
        for issue in result.issues:
            if issue.blocking:
                yield DraftIssue(PART_PROVIDERS, index, issue.column or "key", issue.problem.value,
                                 issue.params.get("value", ""),
                                 tuple((k, v) for k, v in issue.params.items() if k != "value"),
                                 allowed_values(issue.problem))
    seen: dict[str, int] = {}
    for index in written:
        found = _key_issue(PART_PROVIDERS, index, draft.providers[index].get("key", ""), seen, _ITEM_KEY,
                           ITEM_ID_CHARACTERS)
        if found is not None:
            yield found


def _helpline_issues(draft: PackDraft) -> Iterator[DraftIssue]:
    if len(draft.helplines) > MAX_HELPLINES:
        yield DraftIssue(PART_HELPLINES, -1, "", TOO_MANY, params=(("limit", str(MAX_HELPLINES)),))
    seen: dict[str, int] = {}
    for index, row in enumerate(draft.helplines):
        found = _key_issue(PART_HELPLINES, index, row.get("key", ""), seen, _ITEM_KEY, ITEM_ID_CHARACTERS)
        if found is not None:
            yield found
        for name in ("name", "number", "description", "website"):
            value = row.get(name, "")
            if name in ("name", "number") and not value:
                yield DraftIssue(PART_HELPLINES, index, name, MISSING)
            elif len(value) > limit_of(name):
                yield DraftIssue(PART_HELPLINES, index, name, TOO_LONG, params=(("limit", str(limit_of(name))),))
            elif any(ord(c) < 32 for c in value):
                yield DraftIssue(PART_HELPLINES, index, name, CONTROL)
        for code in (v.strip() for v in row.get("languages", "").split(",")):
            if code and code not in {lang.value for lang in Language}:
                yield DraftIssue(PART_HELPLINES, index, "languages", UNKNOWN_LANGUAGE, code[:60],
                                 allowed=tuple(lang.value for lang in Language))
                break


def _template_issues(draft: PackDraft) -> Iterator[DraftIssue]:
    from trustdesk.documents.templates import validate

    for key, body in sorted(draft.templates.items()):
        if not body.strip():
            continue
        if len(body.encode("utf-8")) > MAX_TEMPLATE_BYTES:
            yield DraftIssue(PART_TEMPLATES, -1, key, TOO_LONG, params=(("limit", str(MAX_TEMPLATE_BYTES)),
                                                                        ("unit", "bytes")))
            continue
        if "\x00" in body:
            yield DraftIssue(PART_TEMPLATES, -1, key, CONTROL)
            continue
        for problem in validate(body):
            yield DraftIssue(PART_TEMPLATES, -1, key, TEMPLATE, params=(
                ("code", problem.code), ("message", problem.message), ("line", str(problem.line or "")),
                ("name", problem.name)))


def _card_issues(draft: PackDraft) -> Iterator[DraftIssue]:
    if len(draft.knowledge) > MAX_CARDS:
        yield DraftIssue(PART_CARDS, -1, "", TOO_MANY, params=(("limit", str(MAX_CARDS)),))
    seen: dict[str, dict[str, int]] = {}  # per language: one file name per card (knowledge/<lang>/<key>.md)
    for index, card in enumerate(draft.knowledge):
        found = _key_issue(PART_CARDS, index, card.get("key", ""), seen.setdefault(card.get("language", ""), {}),
                           CARD_KEY, CARD_KEY_CHARACTERS)
        if found is not None:
            yield found
        for name, limit in _CARD_LIMITS.items():
            value = card.get(name, "").strip()
            if name == "title" and not value:
                yield DraftIssue(PART_CARDS, index, name, MISSING)
            elif len(value) > limit:
                yield DraftIssue(PART_CARDS, index, name, TOO_LONG, params=(("limit", str(limit)),))
            elif _CONTROL.search(value) or "\n" in value or "\r" in value:
                yield DraftIssue(PART_CARDS, index, name, CONTROL)
        _domains, unknown = parse_domains(card.get("domains", ""))
        if unknown:
            yield DraftIssue(PART_CARDS, index, "domains", UNKNOWN_DOMAIN, unknown[0][:60],
                             allowed=tuple(d.value for d in CareDomain))
        for part in filter(None, (p.strip() for p in card.get("kinds", "").split(","))):
            if part not in {k.value for k in ProviderKind}:
                yield DraftIssue(PART_CARDS, index, "kinds", UNKNOWN_KIND, part[:60],
                                 allowed=tuple(k.value for k in ProviderKind))
                break
        body = card.get("body", "")
        if not body.strip():
            yield DraftIssue(PART_CARDS, index, "body", MISSING)
        elif len(card_markdown(card)) > MAX_CARD_BYTES:
            yield DraftIssue(PART_CARDS, index, "body", TOO_LONG, params=(("limit", str(MAX_CARD_BYTES)),
                                                                          ("unit", "bytes")))
        elif _CONTROL.search(body.replace("\r\n", "\n")) or "\r" in body.replace("\r\n", "\n"):
            yield DraftIssue(PART_CARDS, index, "body", CONTROL)


def _place(columns: tuple[str, ...]) -> Callable[[DraftIssue], tuple[int, int]]:
    """Row by row, and in a row from left to right: the order a walk through the list follows."""
    return lambda issue: (issue.row, columns.index(issue.field) if issue.field in columns else -1)


def draft_issues(draft: PackDraft, card: ContactCard | None) -> list[DraftIssue]:
    """Every problem, in the order of the editor (pack fields, directory, help lines, templates,
    cards); [] when a trust person's TrustDesk will accept the pack."""
    issues = [*_pack_issues(draft), *sorted(_provider_issues(draft), key=_place(PROVIDER_COLUMNS)),
              *sorted(_helpline_issues(draft), key=_place(HELPLINE_COLUMNS)), *_template_issues(draft),
              *sorted(_card_issues(draft), key=_place(CARD_FIELDS))]
    if issues:
        return issues
    from trustdesk.packs.draft import check

    try:
        check(draft, card)
    except PackRejected as exc:  # what the rules above do not know (yet): said as the pack says it
        return [DraftIssue(PART_PACK, -1, "", OTHER, params=(("detail", exc.detail or exc.reason.value),))]
    return []
