"""Which providers a case's referral offers first, and why (domain.knowledge)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.domain.enums import CareDomain, KnowledgeDomain, Language, ProviderKind, Province, RiskLevel
from trustdesk.domain.knowledge import (
    KnowledgeCard,
    cards_for,
    care_domain,
    case_province,
    general_cards,
    relevant_providers,
    wanted_domains,
)
from trustdesk.domain.models import Case, Provider

providers = st.builds(
    Provider, kind=st.sampled_from(ProviderKind), name=st.text(min_size=1, max_size=8),
    languages=st.frozensets(st.sampled_from(Language)), domains=st.frozensets(st.sampled_from(CareDomain)),
    regions=st.frozensets(st.sampled_from(Province)), sees_physicians=st.booleans())
cases = st.builds(
    Case, code=st.just("TD-1"), opened_on=st.just(date(2026, 1, 1)),
    domains=st.frozensets(st.sampled_from(KnowledgeDomain)), language=st.sampled_from(Language),
    region=st.one_of(st.sampled_from([p.value for p in Province]), st.just(""), st.just("Gent")))


def test_every_case_domain_but_other_has_its_provider_domain() -> None:
    for domain in KnowledgeDomain:
        mapped = care_domain(domain)
        assert (mapped is None) == (domain is KnowledgeDomain.OTHER)
        assert mapped is None or mapped.value == domain.value


@settings(max_examples=300)
@given(case=cases, directory=st.lists(providers, max_size=12), risk=st.sampled_from(RiskLevel))
def test_the_relevant_come_first_and_say_why(case: Case, directory: list[Provider], risk: RiskLevel) -> None:
    ranked = relevant_providers(case, directory, risk)
    assert sorted(map(id, (r.provider for r in ranked))) == sorted(map(id, directory))  # nobody lost
    flags = [r.relevant for r in ranked]
    assert flags == sorted(flags, reverse=True)  # every relevant one before every other one
    wanted = wanted_domains(case, risk)
    province = case_province(case)
    for r in ranked:
        assert set(r.domains) == wanted & r.provider.domains
        assert r.relevant == (bool(r.domains) or (risk.needs_safety_plan and r.provider.kind is ProviderKind.CRISIS_LINE))
        assert (r.language is not None) == (case.language in r.provider.languages)
        if r.province is not None:
            assert province is not None and (province in r.provider.regions
                                             or Province.NATIONAL in r.provider.regions)
        else:
            assert province is None or not ({province, Province.NATIONAL} & r.provider.regions)
    relevant = [r for r in ranked if r.relevant]
    assert [r.score for r in relevant] == sorted((r.score for r in relevant), reverse=True)


def test_high_risk_brings_suicide_prevention_and_crisis_lines_forward() -> None:
    case = Case(code="TD-1", opened_on=date(2026, 1, 1), domains=frozenset({KnowledgeDomain.BURNOUT}),
                region="antwerp", language=Language.NL)
    line = Provider(kind=ProviderKind.CRISIS_LINE, name="Lijn", regions=frozenset({Province.NATIONAL}))
    burnout = Provider(kind=ProviderKind.PSYCHOLOGIST, name="B", domains=frozenset({CareDomain.BURNOUT}),
                       regions=frozenset({Province.ANTWERP}), languages=frozenset({Language.NL}))
    other = Provider(kind=ProviderKind.GP, name="A")
    assert [r.provider.name for r in relevant_providers(case, [other, line, burnout])] == ["B", "A", "Lijn"]
    ranked = relevant_providers(case, [other, line, burnout], RiskLevel.ACUTE)
    assert [r.provider.name for r in ranked] == ["B", "Lijn", "A"]
    assert ranked[0].domains == (CareDomain.BURNOUT,) and ranked[0].province is Province.ANTWERP
    assert ranked[0].language is Language.NL and ranked[1].crisis and ranked[1].province is Province.NATIONAL


@settings(max_examples=200)
@given(versions=st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.sampled_from(Language),
                                   st.frozensets(st.sampled_from(CareDomain), max_size=2)), max_size=10),
       language=st.sampled_from(Language), wanted=st.frozensets(st.sampled_from(CareDomain)))
def test_cards_come_once_in_the_best_language(versions: list[tuple[str, Language, frozenset[CareDomain]]],
                                              language: Language, wanted: frozenset[CareDomain]) -> None:
    cards = [KnowledgeCard(key=k, language=lang, title=f"{k}-{lang}", body="x", domains=d)
             for k, lang, d in versions]
    chosen = cards_for(cards, wanted, language) + general_cards(cards, language)
    assert all(not c.domains for c in general_cards(cards, language))
    domain_keys = [c.key for c in cards_for(cards, wanted, language)]
    assert len(domain_keys) == len(set(domain_keys)) == len({c.key for c in cards if c.domains & wanted})
    assert len(chosen) >= len(domain_keys)
    for card in cards_for(cards, wanted, language):
        assert card.domains & wanted
        offered = {c.language for c in cards if c.key == card.key and c.domains & wanted}
        best = language if language in offered else Language.NL if Language.NL in offered else \
            Language.FR if Language.FR in offered else card.language
        assert card.language is best


@settings(max_examples=300)
@given(versions=st.lists(st.tuples(st.sampled_from(["a", "b", "c", "d"]), st.sampled_from([Language.NL, Language.FR]),
                                   st.frozensets(st.sampled_from(CareDomain), min_size=1, max_size=2)), max_size=10),
       case_language=st.sampled_from(Language), reader=st.sampled_from(Language))
def test_the_cases_language_comes_first(versions: list[tuple[str, Language, frozenset[CareDomain]]],
                                        case_language: Language, reader: Language) -> None:
    """A Dutch case lists its Dutch cards before any card that exists only in French (and the other way
    round), whatever order the pack has them in; the reader's language decides next."""
    cards = [KnowledgeCard(key=k, language=lang, title=f"{k}-{lang}", body="x", domains=d) for k, lang, d in versions]
    order = list(dict.fromkeys([case_language, reader, Language.NL, Language.FR]))
    shown = cards_for(cards, set(CareDomain), case_language, reader)
    ranks = [order.index(c.language) for c in shown]
    assert ranks == sorted(ranks)
    for card in shown:  # each key in the best language it exists in
        offered = {c.language for c in cards if c.key == card.key}
        assert card.language is next(lang for lang in order if lang in offered)
