"""The audit table makes the text of the cell it is asked for, and only that one (issue 20, "page
audit": every cell asked for made the five texts of its row, the detail's words five times over).
Counted: the words made per cell asked for; the texts are those of the row's fields, in every column."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from trustdesk.domain.models import AuditEntry
from trustdesk.ui.kit.case_labels import datetime_text
from trustdesk.ui.security import audit_page
from trustdesk.ui.security.audit_page import AuditModel
from trustdesk.ui.security.audit_words import detail_text, event_text
from trustdesk.vault.audit import AuditEvent

EVENTS = [AuditEvent.LOCK, AuditEvent.UNLOCK, AuditEvent.MIGRATED]


@given(n=st.integers(1, 30), details=st.lists(st.sampled_from(["manual", "idle", "schema 3 -> 4", ""]), min_size=1))
def test_a_cell_makes_its_own_text_only(qapp: object, n: int, details: list[str]) -> None:
    rows = [AuditEntry(seq=i + 1, at=datetime(2026, 3, 1, 9) + timedelta(minutes=i), event=EVENTS[i % len(EVENTS)],
                       case_code=f"TD-2026-{i:04d}", detail=details[i % len(details)], prev_hash="", hash="")
            for i in range(n)]
    model = AuditModel()
    model.set_rows(rows)
    made: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(audit_page, "detail_text", lambda d, e: made.append("detail") or detail_text(d, e))
        patch.setattr(audit_page, "event_text", lambda e: made.append("event") or event_text(e))
        for column in range(model.columnCount()):
            made.clear()
            texts = [model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) for row in range(n)]
            expected = {0: [], 2: ["event"] * n, 4: ["detail"] * n}.get(column, [])
            assert made == expected, f"column {column}: {made[:6]}…"
            assert texts == [(str(e.seq), datetime_text(e.at, seconds=True), event_text(e.event), e.case_code,
                              detail_text(e.detail, e.event))[column] for e in rows]
