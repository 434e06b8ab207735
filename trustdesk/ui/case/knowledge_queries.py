"""What the case's Knowledge tab reads from the vault (Qt-free; run inside ``VaultOp``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from trustdesk.domain import rules
from trustdesk.domain.enums import CareDomain
from trustdesk.domain.knowledge import KnowledgeCard

if TYPE_CHECKING:
    from trustdesk.vault import Vault


@dataclass(frozen=True, slots=True)
class CaseKnowledge:
    """The knowledge cards for a case's domains (its risk included: high risk adds suicide prevention)
    and the general ones, every language they exist in; the tab picks the interface's language."""

    domains: tuple[CareDomain, ...]
    cards: tuple[KnowledgeCard, ...]


def load_knowledge(vault: Vault, case_id: int) -> CaseKnowledge:
    from trustdesk.domain.knowledge import wanted_domains
    from trustdesk.packs.installation import knowledge_cards

    case = vault.cases.get(case_id)
    if case is None:
        return CaseKnowledge((), ())
    risk = rules.current_risk(c.risk for c in vault.contacts.for_case(case_id))
    wanted = wanted_domains(case, risk)
    cards = tuple(c for c in knowledge_cards(vault) if c.domains & wanted or not c.domains)
    return CaseKnowledge(tuple(d for d in CareDomain if d in wanted), cards)
