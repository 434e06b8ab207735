"""packs.draft_check: the desk's check finds every problem of a draft, each at a row and field of the
draft, and agrees with what a trust person's TrustDesk does with the pack -- clean exactly when
``parse_members`` accepts it, and never a refusal it cannot place."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.exchange.keys import Identity, Role
from trustdesk.packs import draft_check as dc
from trustdesk.packs.draft import PackDraft, check
from trustdesk.packs.errors import PackRejected

CARD = Identity.generate().card("Coördinatie", Role.COORDINATOR)
KEYS = ["psy-1", "psy-2", "", "bad key", "clé", "a/b.c_d-e", "-x", "k" * 101]
CARD_KEYS = ["burnout", "burnout-signals", "", "Burn Out", "clé", "x" * 64, "_x", "a_b-c"]
TEXTS = ["", "Praktijk De Linde", "x" * 201, "tab\there", "https://example.be", "javascript:alert(1)"]


def _provider() -> st.SearchStrategy[dict[str, str]]:
    return st.fixed_dictionaries({
        "key": st.sampled_from(KEYS), "kind": st.sampled_from(["psychologist", "psycholoog", "", "baker"]),
        "name": st.sampled_from(["Dr. A", "", "x" * 201]), "organisation": st.sampled_from(["", "UZ Gent", "\x01"]),
        "languages": st.sampled_from(["nl", "nl, fr", "", "klingon"]), "region": st.sampled_from(["", "Gent"]),
        "phone": st.sampled_from(["", "03 123 45 67", "9" * 61]), "email": st.just(""),
        "website": st.sampled_from(["", "https://a.be", "javascript:alert(1)", "www.a.be"]),
        "notes": st.sampled_from(["", "=SUM(A1)"]), "domains": st.sampled_from(["", "burnout", "nonsense"]),
        "regions": st.sampled_from(["", "antwerp, liege", "atlantis"])})


def _helpline() -> st.SearchStrategy[dict[str, str]]:
    return st.fixed_dictionaries({
        "key": st.sampled_from(KEYS), "name": st.sampled_from(["Zelfmoordlijn", "", "n" * 201]),
        "number": st.sampled_from(["1813", "", "1" * 61]), "languages": st.sampled_from(["nl", "nl, fr", "xx", ""]),
        "description": st.sampled_from(["", "d" * 1001, "line\nbreak"]), "website": st.sampled_from(["", "https://a.be"])})


def _card() -> st.SearchStrategy[dict[str, str]]:
    return st.fixed_dictionaries({
        "key": st.sampled_from(CARD_KEYS), "language": st.sampled_from(["nl", "fr"]),
        "title": st.sampled_from(["Burn-out", "", "t" * 201]), "source": st.sampled_from(["", "Orde", "s" * 501]),
        "domains": st.sampled_from(["", "burnout", "burnout, depression", "nonsense"]),
        "kinds": st.sampled_from(["", "psychologist", "baker"]),
        "body": st.sampled_from(["Tekst.", "", "a\x01b", "b" * 40_000])})


TEMPLATES = st.dictionaries(st.sampled_from(["nl/referral_psy", "fr/referral_gp", "nl/other"]),
                            st.sampled_from(["Beste {{ provider.name }},", "{{ nobody.here }}", "{% for %}", "",
                                             "x" * 101 * 1024]), max_size=3)

DRAFTS = st.builds(PackDraft, pack_id=st.sampled_from(["coordination", "artsinnood", "Bad Id", ""]),
                   title=st.sampled_from(["", "Arts in Nood"]), version=st.integers(1, 5),
                   providers=st.lists(_provider(), max_size=4).map(tuple),
                   helplines=st.lists(_helpline(), max_size=3).map(tuple), templates=TEMPLATES,
                   knowledge=st.lists(_card(), max_size=4).map(tuple))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DRAFTS)
def test_the_check_is_clean_exactly_when_the_pack_is_accepted_and_places_every_problem(draft: PackDraft) -> None:
    issues = dc.draft_issues(draft, CARD)
    try:
        check(draft, CARD)
        accepted = True
    except PackRejected:
        accepted = False
    assert accepted == (not issues), issues
    sizes = {dc.PART_PROVIDERS: len(draft.providers), dc.PART_HELPLINES: len(draft.helplines),
             dc.PART_CARDS: len(draft.knowledge)}
    for issue in issues:
        assert issue.problem != dc.OTHER, issue  # every refusal has a place on screen
        assert (issue.part, issue.problem) in dc.RULES, issue  # and the desk's test of the screen covers it
        if issue.part in sizes:
            assert 0 <= issue.row < sizes[issue.part] and issue.field, issue
        elif issue.part == dc.PART_TEMPLATES:
            assert issue.field in draft.templates
        else:
            assert issue.part == dc.PART_PACK and issue.field in ("id", "title")


@settings(max_examples=100, deadline=None)
@given(st.lists(_provider(), min_size=2, max_size=6))
def test_every_bad_row_is_named_not_only_the_first(rows: list[dict[str, str]]) -> None:
    """A row the pack would refuse is named, whichever rows before it are wrong too."""
    draft = PackDraft(providers=tuple(rows))
    named = {i.row for i in dc.draft_issues(draft, CARD) if i.part == dc.PART_PROVIDERS}
    for index, row in enumerate(rows):
        alone = PackDraft(providers=(row,))
        try:
            check(alone, CARD)
            bad = False
        except PackRejected:
            bad = True
        if bad:
            assert index in named, (index, row)


def test_a_card_key_is_checked_as_the_pack_file_name() -> None:
    good = {"key": "burnout", "language": "nl", "title": "Burn-out", "body": "Tekst.", "domains": "", "kinds": "",
            "source": ""}
    for key, problem in (("Burn Out", dc.BAD_KEY), ("", dc.MISSING), ("burn.out", dc.BAD_KEY)):
        issues = dc.draft_issues(PackDraft(knowledge=({**good, "key": key},)), CARD)
        assert [(i.part, i.row, i.field, i.problem) for i in issues] == [(dc.PART_CARDS, 0, "key", problem)]
    twice = PackDraft(knowledge=(good, {**good, "title": "Other"}, {**good, "language": "fr"}))
    assert [(i.row, i.problem, i.param("other")) for i in dc.draft_issues(twice, CARD)] == [(1, dc.DUPLICATE_KEY, "0")]
