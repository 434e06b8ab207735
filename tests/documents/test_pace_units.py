"""A document being made gives the UI thread a chance at the interpreter often: between two
checkpoints (``trustdesk.pace``) the layout makes at most ``MAX_CALLS`` Python calls,
however many contacts the case has and at every redaction level (a 200-contact summary's table is
one flowable: its cells are parsed, measured and drawn in one go, so the checkpoints sit in the
paragraph itself).  Counted with a profiler (calls, never time).  The checkpoints change nothing
in the PDF: the same bytes with a pacer installed as without."""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from types import FrameType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab import rl_config

from trustdesk import pace
from trustdesk.documents import Redaction, case_summary_pdf, contact_log_pdf
from trustdesk.documents.layout import styles
from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.models import Case, Contact, Task
from trustdesk.vault import Vault

MAX_CALLS = 6000  # Python calls (and calls into C) between two checkpoints: ~1 ms of work
WORDS = ("nachtdienst", "slaapt", "slecht", "épuisement", "collega", "patiënt", "rust", "huisarts")


def _case(vault: Vault, contacts: int, seed: int) -> int:
    rng = random.Random(seed)
    case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 5), details="Achtergrond."))
    assert case.id is not None
    for i in range(contacts):
        notes = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 400)))
        vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 1, 6, 10) + timedelta(days=i),
                                   duration_min=30, notes=notes, risk=rng.choice(list(RiskLevel))))
    for i in range(rng.randint(0, 30)):
        vault.tasks.add(Task(case_id=case.id, title=f"Taak {i}", due_on=date(2026, 2, 1) + timedelta(days=i)))
    return case.id


@contextmanager
def _counted() -> Iterator[list[int]]:
    """The calls made between consecutive checkpoints of this thread, one count per stretch."""
    counts = [0]

    def pacer() -> None:
        counts.append(0)

    def profile(_frame: FrameType, event: str, _arg: Any) -> None:
        if event in ("call", "c_call"):
            counts[-1] += 1

    previous = pace.install(pacer)
    sys.setprofile(profile)
    try:
        yield counts
    finally:
        sys.setprofile(None)
        pace.install(previous)


def _documents(vault: Vault, case_id: int) -> list[Callable[[], bytes]]:
    today = date(2026, 12, 1)
    return [*(lambda level=level: case_summary_pdf(vault, case_id, level, today=today) for level in Redaction),
            lambda: contact_log_pdf(vault, case_id, today=today)]


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(1, 90), st.integers(0, 1000))
def test_no_stretch_of_layout_without_a_checkpoint(vault: Vault, contacts: int, seed: int) -> None:
    case_id = _case(vault, contacts, seed)
    styles()  # the fonts are read once per process (and the app reads them before the first document)
    for build in _documents(vault, case_id):
        build()  # what a first document of a process pays once: the locale's data
        with _counted() as counts:
            build()
        assert len(counts) > contacts  # a checkpoint at least every contact
        assert max(counts) <= MAX_CALLS, sorted(counts)[-5:]


def test_the_checkpoints_change_no_byte(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = _case(vault, 40, 7)
    monkeypatch.setattr(rl_config, "invariant", 1)  # no time stamps or random ids: bytes comparable
    builds = _documents(vault, case_id)
    plain = [build() for build in builds]
    calls: list[int] = []
    previous = pace.install(lambda: calls.append(1))
    try:
        paced = [build() for build in builds]
    finally:
        pace.install(previous)
    assert calls
    assert paced == plain
