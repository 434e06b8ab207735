"""Contact moments and their revisions (notes are records: old text is kept)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from trustdesk.domain import rules
from trustdesk.domain.enums import ContactMode, RiskLevel
from trustdesk.domain.models import Contact, ContactRevision
from trustdesk.pace import checkpoint
from trustdesk.vault.columns import dt2s, now, s2dt
from trustdesk.vault.repository import Repository

_FIELDS = ("case_id", "at", "duration_min", "mode", "present", "notes", "agreements", "risk", "safety_plan")


def _row_to_contact(row: Any) -> Contact:
    checkpoint()  # a worker reads thousands: a unit of work each (trustdesk/trustdesk/pace.py)
    return Contact(id=row["id"], case_id=row["case_id"], at=datetime.fromisoformat(row["at"]),
                   duration_min=row["duration_min"], mode=ContactMode(row["mode"]), present=row["present"],
                   notes=row["notes"], agreements=row["agreements"], risk=RiskLevel(row["risk"]),
                   safety_plan=row["safety_plan"], created_at=s2dt(row["created_at"]),
                   updated_at=s2dt(row["updated_at"]))


def _values(c: Contact) -> list[Any]:
    return [c.case_id, dt2s(c.at), c.duration_min, c.mode.value, c.present, c.notes, c.agreements,
            c.risk.value, c.safety_plan]


class ContactRepository(Repository):
    table = "contacts"

    def add(self, contact: Contact, *, at: datetime | None = None) -> Contact:
        stamp = at or now()
        self._db.folds.warm(contact.notes, contact.agreements)  # a big note folded before the write
        with self._db.transaction():
            self._refuse_handed_over(contact.case_id)
            cur = self._db.execute(
                f"INSERT INTO contacts ({', '.join(_FIELDS)}, created_at, updated_at) "
                f"VALUES ({', '.join('?' * len(_FIELDS))}, ?, ?)", [*_values(contact), dt2s(stamp), dt2s(stamp)])
            stored = replace(contact, id=cur.lastrowid, created_at=stamp, updated_at=stamp)
        assert stored.id is not None
        self._changed(stored.id, case_id=contact.case_id)
        return stored

    def get(self, contact_id: int) -> Contact | None:
        row = self._db.query_one("SELECT * FROM contacts WHERE id = ?", (contact_id,))
        return _row_to_contact(row) if row else None

    def update(self, contact: Contact, *, at: datetime | None = None) -> Contact:
        """Save an edit; the previous text becomes a revision when the note is older than 24 h."""
        if contact.id is None:
            raise ValueError("contact has no id")
        stamp = at or now()
        self._db.folds.warm(contact.notes, contact.agreements)  # a big note folded before the write
        with self._db.transaction():
            old = self.get(contact.id)
            if old is None:
                raise KeyError(contact.id)
            self._refuse_handed_over(old.case_id)
            self._refuse_handed_over(contact.case_id)
            text_changed = (old.notes, old.agreements, old.safety_plan) != (
                contact.notes, contact.agreements, contact.safety_plan)
            if (text_changed and old.created_at and old.updated_at
                    and rules.needs_revision(old.created_at, old.updated_at, stamp)):
                self._db.execute(
                    "INSERT INTO contact_revisions (contact_id, notes, agreements, safety_plan, saved_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (old.id, old.notes, old.agreements, old.safety_plan, dt2s(old.updated_at)))
            # The note and agreements are set only when they changed: setting them (even to the same
            # text) has the search index take the whole text again (the triggers, ``search_index``).
            kept = {f for f in ("notes", "agreements") if getattr(old, f) == getattr(contact, f)}
            fields = [(f, value) for f, value in zip(_FIELDS, _values(contact), strict=True) if f not in kept]
            assignments = ", ".join(f"{f} = ?" for f, _ in fields)
            self._db.execute(f"UPDATE contacts SET {assignments}, updated_at = ? WHERE id = ?",
                             [*(value for _, value in fields), dt2s(stamp), contact.id])
        self._changed(contact.id, case_id=contact.case_id)
        return replace(contact, created_at=old.created_at, updated_at=stamp)

    def for_case(self, case_id: int) -> list[Contact]:
        """The case's contacts, newest first."""
        rows = self._db.query("SELECT * FROM contacts WHERE case_id = ? ORDER BY at DESC, id DESC", (case_id,))
        return [_row_to_contact(r) for r in rows]

    def current_risk(self, case_id: int) -> RiskLevel:
        """The case's current risk: its latest assessed note, else the risk it was handed over with
        (``rules.current_risk``)."""
        row = self._db.query_one("SELECT risk FROM contacts WHERE case_id = ? AND risk != 'not_assessed' "
                                 "ORDER BY at DESC, id DESC LIMIT 1", (case_id,))
        if row is not None:
            return RiskLevel(row["risk"])
        carried = self._db.query_one("SELECT carried_risk FROM cases WHERE id = ?", (case_id,))
        return RiskLevel(carried["carried_risk"]) if carried is not None else RiskLevel.NOT_ASSESSED

    def revisions(self, contact_id: int) -> list[ContactRevision]:
        rows = self._db.query("SELECT * FROM contact_revisions WHERE contact_id = ? ORDER BY saved_at DESC, "
                              "id DESC", (contact_id,))
        return [ContactRevision(id=r["id"], contact_id=r["contact_id"], notes=r["notes"],
                                agreements=r["agreements"], safety_plan=r["safety_plan"],
                                saved_at=datetime.fromisoformat(r["saved_at"])) for r in rows]

    def has_revisions(self, contact_id: int) -> bool:
        """Whether the note has earlier versions (without reading their text)."""
        return self._db.query_one("SELECT 1 FROM contact_revisions WHERE contact_id = ? LIMIT 1",
                                  (contact_id,)) is not None

    def delete(self, contact_id: int) -> None:
        contact = self.get(contact_id)
        with self._db.transaction():
            self._refuse_handed_over_row(contact_id)
            self._db.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
        self._changed(contact_id, case_id=contact.case_id if contact else None)
