"""The contact log holds what the Documents tab promises ("every contact in full: notes, agreements and
safety plans"): every saved version of the case's safety plan, in full, right after the contact it was
written in (or, saved outside a contact, at its time among the contacts).  The outside tester's log of 13
pages had no plan text at all while the full summary and the access export had it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.documents.conftest import pdf_text
from trustdesk.documents.summaries import contact_log_pdf, log_entries
from trustdesk.domain.enums import Language, RiskLevel
from trustdesk.domain.models import Case, Contact
from trustdesk.domain.safety import SafetyPlan
from trustdesk.vault import Vault

START = datetime(2026, 11, 2, 9, 0)
# (hours after the case's first contact, the index of the contact it was written in, or None: outside)
PLANS = st.lists(st.tuples(st.integers(0, 24 * 30), st.one_of(st.none(), st.integers(0, 5))), min_size=1, max_size=4)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(contacts=st.integers(0, 5), plans=PLANS, language=st.sampled_from([Language.NL, Language.FR]))
def test_every_plan_version_is_in_the_log_in_full_after_its_contact(
        vault: Vault, contacts: int, plans: list[tuple[int, int | None]], language: Language) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 1), language=language))
    assert case.id is not None
    stored = [vault.contacts.add(Contact(case_id=case.id, at=START + timedelta(days=3 * i), risk=RiskLevel.HIGH,
                                         notes=f"Notitie{i}marker")) for i in range(contacts)]
    versions = []
    for n, (hours, written_in) in enumerate(plans):
        contact = stored[written_in] if written_in is not None and written_in < len(stored) else None
        versions.append(vault.safety_plans.save(
            SafetyPlan(case_id=case.id, contact_id=contact.id if contact else None, warning_signs=f"Signaal{n}marker",
                       help_people=f"Persoon{n}marker 0470 00 00 0{n}", environment_safety=f"Omgeving{n}marker"),
            at=START + timedelta(hours=hours)))
    text = pdf_text(contact_log_pdf(vault, case.id))
    for n, version in enumerate(versions):  # each version, every step of it
        for marker in (f"Signaal{n}marker", f"Persoon{n}marker", f"Omgeving{n}marker"):
            assert text.count(marker) == 1, (marker, plans)
        if version.contact_id is not None:  # after its contact's notes, before the next contact's
            index = next(i for i, c in enumerate(stored) if c.id == version.contact_id)
            assert text.index(f"Notitie{index}marker") < text.index(f"Signaal{n}marker")
            if index + 1 < len(stored):
                assert text.index(f"Signaal{n}marker") < text.index(f"Notitie{index + 1}marker")
    # the order as printed: contacts oldest first, a plan after its contact, a loose one by its time
    entries = log_entries(stored, versions)
    assert [e for e in entries if isinstance(e, Contact)] == sorted(stored, key=lambda c: c.at)
    assert sorted(e.version for e in entries if isinstance(e, SafetyPlan)) == [v.version for v in versions]
    for i, entry in enumerate(entries):
        if isinstance(entry, SafetyPlan) and entry.contact_id is not None:  # right after its contact (or a
            j = i - 1                                                    # version written in it before)
            while isinstance(entries[j], SafetyPlan) and entries[j].contact_id == entry.contact_id:
                j -= 1
            assert isinstance(entries[j], Contact) and entries[j].id == entry.contact_id
        elif isinstance(entry, SafetyPlan):  # a loose version: at its time among the contacts
            assert entry.saved_at is not None
            assert all(c.at <= entry.saved_at for c in entries[:i] if isinstance(c, Contact))
            assert all(c.at > entry.saved_at for c in entries[i:] if isinstance(c, Contact))
