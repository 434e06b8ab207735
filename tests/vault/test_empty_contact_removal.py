"""A contact made by mistake (nothing in it) can be removed, audited without a word of the case; a
contact holding anything (text, a risk, an earlier version, a plan saved from it) is never removed."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.domain.rules import ContactHolds
from trustdesk.domain.safety import SafetyPlan
from trustdesk.vault import Vault
from trustdesk.vault.contact_removal import EVENT, ContactNotEmpty, remove_empty_contact, what_contact_holds

TEXT = st.sampled_from(["", "", " ", "\n\t", "x", "Gesprek met Dr. Peeters", " ok "])
FIELDS = ("notes", "agreements", "present", "safety_plan")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.tuples(TEXT, TEXT, TEXT, TEXT), risk=st.sampled_from(list(RiskLevel)),
       revised=st.booleans(), planned=st.booleans())
def test_only_an_empty_contact_is_removed(vault: Vault, texts: tuple[str, str, str, str], risk: RiskLevel,
                                          revised: bool, planned: bool) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 2)))
    assert case.id is not None
    contact = vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 3, 10, 0), risk=risk,
                                         **dict(zip(FIELDS, texts, strict=True))))
    assert contact.id is not None
    if revised:  # an earlier version of its text (its own text may be blank now)
        vault.db.execute("INSERT INTO contact_revisions (contact_id, notes, agreements, safety_plan, saved_at) "
                         "VALUES (?, 'oud', '', '', '2026-11-03T10:00:00')", (contact.id,))
    if planned:
        vault.safety_plans.save(SafetyPlan(case_id=case.id, contact_id=contact.id, warning_signs="w"))
    expected = set()
    if any(t.strip() for t in texts):
        expected.add(ContactHolds.TEXT)
    if risk is not RiskLevel.NOT_ASSESSED:
        expected.add(ContactHolds.RISK)
    if revised:
        expected.add(ContactHolds.HISTORY)
    if planned:
        expected.add(ContactHolds.PLAN)
    assert set(what_contact_holds(vault, contact.id)) == expected
    before = len(vault.audit.entries())
    if expected:
        with pytest.raises(ContactNotEmpty):
            remove_empty_contact(vault, contact.id)
        assert vault.contacts.get(contact.id) == contact
        assert len(vault.audit.entries()) == before
    else:
        remove_empty_contact(vault, contact.id)
        assert vault.contacts.get(contact.id) is None
        entries = vault.audit.entries(event=EVENT, case_code=case.code)
        assert [e.detail for e in entries] == ["empty contact of 2026-11-03"]
        assert len(vault.audit.entries()) == before + 1
        assert vault.contacts.for_case(case.id) == []
