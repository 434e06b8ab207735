"""The care landscape around a case: which providers are relevant to it, and which knowledge cards.

A case names its knowledge domains (``KnowledgeDomain``), perhaps a province and the doctor's
language; its latest contact has a risk.  A provider names what it knows about (``CareDomain``), the
provinces it serves and its languages.  ``relevant_providers`` ranks the directory for the case and
says *why* each entry is there, so the referral choice can show "burn-out · Antwerp · nl" beside it.
No Qt, no I/O: the UI turns the reasons into words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from trustdesk.domain.enums import (
    CareDomain,
    KnowledgeDomain,
    Language,
    ProviderKind,
    Province,
    RiskLevel,
)
from trustdesk.domain.models import Case, Provider

# A high or acute risk makes suicide prevention relevant whatever domains the case names, and puts
# the crisis lines among the first choices.
_RISK_DOMAINS = frozenset({CareDomain.SUICIDAL_BEHAVIOUR})
_CARE_BY_CASE = {domain.value: CareDomain(domain.value) for domain in KnowledgeDomain
                 if domain.value in CareDomain._value2member_map_}


def care_domain(domain: KnowledgeDomain) -> CareDomain | None:
    """The provider domain of a case's domain (same value); None for ``OTHER``."""
    return _CARE_BY_CASE.get(domain.value)


def wanted_domains(case: Case, risk: RiskLevel = RiskLevel.NOT_ASSESSED) -> frozenset[CareDomain]:
    found = {d for d in (care_domain(k) for k in case.domains) if d is not None}
    if risk.needs_safety_plan:
        found |= _RISK_DOMAINS
    return frozenset(found)


def case_province(case: Case) -> Province | None:
    """The case's province when it names one (older cases may hold free text: no province)."""
    try:
        province = Province(case.region)
    except ValueError:
        return None
    return None if province in (Province.NATIONAL, Province.ABROAD) else province


@dataclass(frozen=True, slots=True)
class Relevance:
    """Why a provider fits a case: the domains both name, the province and the language they share."""

    provider: Provider
    domains: tuple[CareDomain, ...] = ()
    province: Province | None = None  # the case's province, served by the provider (or NATIONAL)
    language: Language | None = None
    crisis: bool = False  # a crisis line offered because the risk is high or acute

    @property
    def score(self) -> int:
        return 4 * len(self.domains) + 3 * self.crisis + 2 * (self.province is not None) \
            + 2 * (self.language is not None) + self.provider.sees_physicians

    @property
    def relevant(self) -> bool:
        """On the short list: it shares a domain with the case (or is a crisis line at high risk)."""
        return bool(self.domains) or self.crisis


def relevance(case: Case, provider: Provider, risk: RiskLevel = RiskLevel.NOT_ASSESSED) -> Relevance:
    wanted = wanted_domains(case, risk)
    shared = tuple(d for d in CareDomain if d in wanted and d in provider.domains)
    province = case_province(case)
    served: Province | None = None
    if province is not None and province in provider.regions:
        served = province
    elif province is not None and Province.NATIONAL in provider.regions:
        served = Province.NATIONAL
    language = case.language if case.language in provider.languages else None
    crisis = risk.needs_safety_plan and provider.kind is ProviderKind.CRISIS_LINE
    return Relevance(provider, shared, served, language, crisis)


def relevant_providers(case: Case, providers: Iterable[Provider],
                       risk: RiskLevel = RiskLevel.NOT_ASSESSED) -> list[Relevance]:
    """Every provider: the relevant ones first, best score first (shared domains, then a crisis
    line at high risk, the province, the language), then all the others by name."""
    ranked = [relevance(case, p, risk) for p in providers]
    return sorted(ranked, key=lambda r: (not r.relevant, -r.score if r.relevant else 0, r.provider.name.casefold()))


# -- knowledge cards -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class KnowledgeCard:
    """A short Markdown text the coordinator wrote about one domain (or the care offer in general:
    no domains), in one language, with the public source it is based on."""

    key: str
    language: Language
    title: str
    body: str  # Markdown, shown through the safe renderer (ui/kit/markdown_view.py), never as HTML
    domains: frozenset[CareDomain] = frozenset()
    kinds: frozenset[ProviderKind] = frozenset()  # the kinds of care it is about, if any
    source: str = ""  # the public source: document title and the organisation that published it


def cards_for(cards: Sequence[KnowledgeCard], domains: Iterable[CareDomain],
              *languages: Language) -> list[KnowledgeCard]:
    """The cards about these domains, each once: in the first of ``languages`` it exists in (the
    case's language, then the reader's), else in Dutch, then French; the cards in the first language
    come first, then those only found in another (pack order within each).  General cards (no domain)
    are not included."""
    wanted = set(domains)
    return _one_language([c for c in cards if c.domains & wanted], languages)


def general_cards(cards: Sequence[KnowledgeCard], *languages: Language) -> list[KnowledgeCard]:
    """The cards about the care offer in general (no domain), each once, as ``cards_for``."""
    return _one_language([c for c in cards if not c.domains], languages)


def _one_language(cards: Sequence[KnowledgeCard], languages: Sequence[Language]) -> list[KnowledgeCard]:
    rank = {language: i for i, language in enumerate(dict.fromkeys([*languages, Language.NL, Language.FR]))}
    by_key: dict[str, KnowledgeCard] = {}
    for card in cards:
        known = by_key.get(card.key)
        if known is None or rank.get(card.language, len(rank)) < rank.get(known.language, len(rank)):
            by_key[card.key] = card
    return sorted(by_key.values(), key=lambda c: rank.get(c.language, len(rank)))  # stable: pack order kept
