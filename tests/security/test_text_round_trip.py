"""Control characters, NUL, emoji (ZWJ sequences), right-to-left text and overrides in every text
field of every repository: stored and read back exactly, searchable without error (hypothesis)."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date, datetime
from enum import Enum
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain import (
    Case,
    Contact,
    Language,
    Provider,
    ProviderKind,
    Referral,
    Task,
    Template,
    TemplateKind,
)
from trustdesk.domain.safety import SafetyPlan
from trustdesk.vault import Vault

NASTY = ["\x00", "\x01\x02\x1b[31m", "\t\r\n", "\x7f", "\u0085", "\u2028\u2029", "\u202e\u202d\u200f\u200e",
         "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\U0001f9d1\u200d\u2695\ufe0f",
         "\U0001f469\U0001f3fd\u200d\U0001f9af", "\ufeff", "\ufffd", "\u0301", "' OR 1=1 --", "\"x'00'\"",
         "{{ 7*7 }}", "%s%n", "NEAR(", "\\", "*", "\U0010fffd", "\u0000\u0000"]

text = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),  # no lone surrogates
    st.lists(st.sampled_from(NASTY) | st.text(max_size=4, alphabet=st.characters(blacklist_categories=("Cs",))),
             max_size=12).map("".join),
)

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def text_fields(record: Any) -> list[str]:
    """The free-text fields (StrEnum values are str too: not those)."""
    return [f.name for f in fields(record)
            if isinstance(getattr(record, f.name), str) and not isinstance(getattr(record, f.name), Enum)]


def fill(record: Any, values: st.DataObject, skip: tuple[str, ...] = ()) -> Any:
    return replace(record, **{name: values.draw(text, label=name) for name in text_fields(record) if name not in skip})


@pytest.fixture
def case_id(vault: Vault) -> int:
    case = vault.cases.add(Case(code="", opened_on=date.today()))
    assert case.id is not None
    return case.id


@SETTINGS
@given(values=st.data())
def test_case_fields(vault: Vault, values: st.DataObject) -> None:
    case = fill(Case(code="", opened_on=date.today()), values, skip=("code",))
    stored = vault.cases.add(case)
    assert stored.id is not None
    assert vault.cases.get(stored.id) == stored
    vault.search(case.details)


@SETTINGS
@given(values=st.data())
def test_contact_fields(vault: Vault, case_id: int, values: st.DataObject) -> None:
    contact = fill(Contact(case_id=case_id, at=datetime.now().replace(microsecond=0)), values)
    stored = vault.contacts.add(contact)
    assert stored.id is not None
    back = vault.contacts.get(stored.id)
    assert back is not None
    assert [getattr(back, n) for n in text_fields(contact)] == [getattr(contact, n) for n in text_fields(contact)]
    vault.search(contact.notes)


@SETTINGS
@given(values=st.data())
def test_provider_fields(vault: Vault, values: st.DataObject) -> None:
    provider = fill(Provider(kind=ProviderKind.PSYCHOLOGIST, name="x", languages=frozenset({Language.NL})), values)
    stored = vault.providers.add(provider)
    assert stored.id is not None and vault.providers.get(stored.id) == stored


@SETTINGS
@given(values=st.data(), dates=st.dictionaries(text, text, max_size=3))
def test_referral_fields(vault: Vault, case_id: int, values: st.DataObject, dates: dict[str, str]) -> None:
    referral = fill(Referral(case_id=case_id, consent_given=True, status_dates=dates or {"proposed": "x"}), values)
    stored = vault.referrals.add(referral)
    assert stored.id is not None and vault.referrals.get(stored.id) == stored


@SETTINGS
@given(values=st.data())
def test_task_and_template_fields(vault: Vault, case_id: int, values: st.DataObject) -> None:
    task = vault.tasks.add(fill(Task(title="", case_id=case_id), values))
    assert task.id is not None and vault.tasks.get(task.id) == task
    template = vault.templates.add(fill(Template(name="", kind=TemplateKind.OTHER, language=Language.FR, body=""),
                                        values))
    assert template.id is not None and vault.templates.get(template.id) == template


@SETTINGS
@given(values=st.data(), key=text)
def test_settings_safety_plans_and_audit(vault: Vault, case_id: int, values: st.DataObject, key: str) -> None:
    value = {"a": values.draw(text), "b": [values.draw(text)]}
    vault.settings.set(key, value)
    assert vault.settings.get(key) == value
    plan = fill(SafetyPlan(case_id=case_id), values)
    stored = vault.safety_plans.save(plan)
    current = vault.safety_plans.current(case_id)
    assert current is not None and current.same_content(plan) and stored.version == current.version
    entry = vault.audit.append("export", case_code=values.draw(text), detail=values.draw(text))
    assert vault.audit.entries(limit=1)[0] == entry
    assert vault.audit.verify().intact
