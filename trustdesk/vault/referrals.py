"""Referrals of a case to a provider, with the doctor's consent and the letter that was sent."""

from __future__ import annotations

import builtins
import json
from dataclasses import replace
from datetime import date
from typing import Any

from trustdesk.domain import rules
from trustdesk.domain.enums import Language, ProviderKind, ReferralStatus, SharedField
from trustdesk.domain.models import Referral
from trustdesk.pace import checkpoint
from trustdesk.vault.columns import d2s, dt2s, now, s2d
from trustdesk.vault.repository import Repository

_FIELDS = ("case_id", "provider_id", "provider_name", "provider_kind", "reason", "consent_given",
           "consent_date", "consent_scope", "status", "status_dates", "feedback", "letter_text",
           "letter_language", "template_id", "consent_fields")


def _row(row: Any) -> Referral:
    checkpoint()  # a worker reads thousands: a unit of work each (trustdesk/trustdesk/pace.py)
    return Referral(id=row["id"], case_id=row["case_id"], provider_id=row["provider_id"],
                    provider_name=row["provider_name"],
                    provider_kind=ProviderKind(row["provider_kind"]) if row["provider_kind"] else None,
                    reason=row["reason"], consent_given=bool(row["consent_given"]),
                    consent_date=s2d(row["consent_date"]), consent_scope=row["consent_scope"],
                    status=ReferralStatus(row["status"]), status_dates=json.loads(row["status_dates"]),
                    feedback=row["feedback"], letter_text=row["letter_text"],
                    letter_language=Language(row["letter_language"]) if row["letter_language"] else None,
                    template_id=row["template_id"], consent_fields=fields_of(row["consent_fields"]))


def _values(r: Referral) -> builtins.list[Any]:
    return [r.case_id, r.provider_id, r.provider_name, r.provider_kind.value if r.provider_kind else None,
            r.reason, int(r.consent_given), d2s(r.consent_date), r.consent_scope, r.status.value,
            json.dumps(r.status_dates, sort_keys=True), r.feedback, r.letter_text,
            r.letter_language.value if r.letter_language else None, r.template_id, fields_text(r.consent_fields)]


def fields_of(text: str) -> frozenset[SharedField]:
    """The stored consent fields ("name,phone"); an unknown word (a newer version's) is left out."""
    known = {f.value for f in SharedField}
    return frozenset(SharedField(w) for w in (text or "").split(",") if w in known)


def fields_text(fields: frozenset[SharedField]) -> str:
    return ",".join(f.value for f in SharedField if f in fields)


class ReferralRepository(Repository):
    table = "referrals"

    def add(self, referral: Referral) -> Referral:
        stamp = dt2s(now())
        if not referral.status_dates:
            referral = replace(referral, status_dates={referral.status.value: date.today().isoformat()})
        with self._db.transaction():
            self._refuse_handed_over(referral.case_id)
            cur = self._db.execute(
                f"INSERT INTO referrals ({', '.join(_FIELDS)}, created_at, updated_at) "
                f"VALUES ({', '.join('?' * len(_FIELDS))}, ?, ?)", [*_values(referral), stamp, stamp])
            stored = replace(referral, id=cur.lastrowid)
        assert stored.id is not None
        self._changed(stored.id, case_id=referral.case_id)
        return stored

    def get(self, referral_id: int) -> Referral | None:
        row = self._db.query_one("SELECT * FROM referrals WHERE id = ?", (referral_id,))
        return _row(row) if row else None

    def update(self, referral: Referral) -> Referral:
        if referral.id is None:
            raise ValueError("referral has no id")
        if referral.letter_text and not referral.consent_given:
            raise ValueError("no letter without the doctor's recorded consent")
        assignments = ", ".join(f"{f} = ?" for f in _FIELDS)
        with self._db.transaction():
            self._refuse_handed_over_row(referral.id)
            self._refuse_handed_over(referral.case_id)
            self._db.execute(f"UPDATE referrals SET {assignments}, updated_at = ? WHERE id = ?",
                             [*_values(referral), dt2s(now()), referral.id])
        self._changed(referral.id, case_id=referral.case_id)
        return referral

    def advance(self, referral_id: int, new: ReferralStatus, on: date | None = None) -> Referral:
        referral = self.get(referral_id)
        if referral is None:
            raise KeyError(referral_id)
        if not rules.can_change_referral(referral.status, new):
            raise ValueError(f"{referral.status} -> {new} is not allowed")
        if new in (ReferralStatus.LETTER_SENT, ReferralStatus.CONSENTED) and not referral.consent_given:
            raise ValueError("this step needs the doctor's recorded consent")
        dates = dict(referral.status_dates)
        dates[new.value] = (on or date.today()).isoformat()
        return self.update(replace(referral, status=new, status_dates=dates))

    def for_case(self, case_id: int) -> builtins.list[Referral]:
        return [_row(r) for r in self._db.query("SELECT * FROM referrals WHERE case_id = ? ORDER BY id",
                                                (case_id,))]

    def list(self) -> builtins.list[Referral]:
        return [_row(r) for r in self._db.query("SELECT * FROM referrals ORDER BY id")]

    def delete(self, referral_id: int) -> None:
        referral = self.get(referral_id)
        with self._db.transaction():
            self._refuse_handed_over_row(referral_id)
            self._db.execute("DELETE FROM referrals WHERE id = ?", (referral_id,))
        self._changed(referral_id, case_id=referral.case_id if referral else None)
