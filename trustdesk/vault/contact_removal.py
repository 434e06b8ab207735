"""Removing a contact created by mistake: one with nothing in it (no text, no risk assessed, no earlier
version, no safety plan saved from it; ``domain.rules.contact_holds``).  One transaction checks that
again, deletes the row and appends an audit entry ``contact_removed`` naming the case's code and the
contact's date, never a word of the case.  A contact that holds anything is refused
(``ContactNotEmpty``, saying what it holds): notes are records, they are never deleted this way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trustdesk.domain.rules import ContactHolds, contact_holds
from trustdesk.vault.errors import VaultError

if TYPE_CHECKING:
    from trustdesk.vault.vault import Vault

EVENT = "contact_removed"


class ContactNotEmpty(VaultError):
    """The contact holds something (``held``): it is kept."""

    def __init__(self, held: tuple[ContactHolds, ...]) -> None:
        super().__init__(", ".join(h.value for h in held))
        self.held = held


def what_contact_holds(vault: Vault, contact_id: int) -> tuple[ContactHolds, ...]:
    """Everything that makes the contact a record; () for an empty one (``KeyError`` when it is gone)."""
    contact = vault.contacts.get(contact_id)
    if contact is None:
        raise KeyError(contact_id)
    held = list(contact_holds(contact.notes, contact.agreements, contact.present, contact.safety_plan,
                              contact.risk))
    if vault.contacts.has_revisions(contact_id):
        held.append(ContactHolds.HISTORY)
    if vault.db.query_one("SELECT 1 FROM safety_plans WHERE contact_id = ? LIMIT 1", (contact_id,)) is not None:
        held.append(ContactHolds.PLAN)
    return tuple(held)


def remove_empty_contact(vault: Vault, contact_id: int) -> None:
    """Delete the contact if it holds nothing, with its audit entry, in one committed transaction."""
    with vault.db.transaction():
        contact = vault.contacts.get(contact_id)
        if contact is None:
            raise KeyError(contact_id)
        held = what_contact_holds(vault, contact_id)
        if held:
            raise ContactNotEmpty(held)
        case = vault.cases.get(contact.case_id)
        vault.contacts.delete(contact_id)  # refuses a handed-over case's note
        vault.audit.append(EVENT, case_code=case.code if case else "",
                           detail=f"empty contact of {contact.at.date().isoformat()}")
