"""Cases: the doctor's file, by pseudonymous code."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, NamedTuple

from trustdesk.domain import outcomes, rules
from trustdesk.domain.enums import (
    CaseOrigin,
    CaseStatus,
    CloseReason,
    ConflictDecision,
    Initiator,
    KnowledgeDomain,
    Language,
    Profession,
    RiskLevel,
)
from trustdesk.domain.models import Case
from trustdesk.domain.safety import STEPS, SafetyPlan, plan_satisfies
from trustdesk.pace import checkpoint
from trustdesk.vault.columns import by_value, d2s, dt2s, join_enums, now, s2d, split_enums
from trustdesk.vault.repository import Repository

_FIELDS = ("code", "status", "opened_on", "initiator", "coordinator_ref", "language", "region",
           "profession", "specialty", "domains", "consent_to_contact", "doctor_name", "doctor_phone",
           "doctor_email", "workplace", "details", "closed_on", "close_reason", "close_note", "conflict_decision",
           "conflict_note", "origin", "previous_code", "alias", "carried_risk")


@dataclass(frozen=True, slots=True)
class CaseOverview:
    """One row of the cases list: the case plus what its contacts say."""

    case: Case
    current_risk: RiskLevel
    last_contact: date | None
    contact_count: int
    first_open_due: date | None = None  # earliest due date of the case's open tasks
    plan_satisfied: bool = False  # the current safety plan counts (safety.plan_satisfies)
    item9_positive_on: date | None = None  # latest PHQ-9 with item 9 answered, when above 0
    plan_complete_on: date | None = None  # the day the current complete safety plan was saved
    unassessed_note_on: date | None = None  # the latest note whose risk nobody assessed
    crisis_on: date | None = None  # the latest note that assessed an acute or high risk ...
    crisis_risk: RiskLevel | None = None  # ... and that risk (rules.recent_crisis)

    @property
    def activity(self) -> rules.CaseActivity:
        assert self.case.id is not None
        return rules.CaseActivity(self.case.id, self.case.status, self.case.opened_on,
                                  self.current_risk, self.last_contact, self.first_open_due,
                                  self.plan_satisfied, self.item9_positive_on, self.plan_complete_on,
                                  self.unassessed_note_on, self.crisis_on, self.crisis_risk)


class CaseListRow(NamedTuple):  # a tuple: made 5,000 times per list, a frozen dataclass cost 3x as much
    """One line of the cases list, read by one light query (``CaseRepository.list_rows``): only the
    listed columns and what the attention rules need, never the doctor's name, contact details or
    free text."""

    case_id: int
    status: CaseStatus
    opened_on: date
    current_risk: RiskLevel
    last_contact: date | None
    first_open_due: date | None
    plan_satisfied: bool
    item9_positive_on: date | None
    plan_complete_on: date | None
    unassessed_note_on: date | None  # the latest note whose risk nobody assessed (an unfinished note)
    crisis_on: date | None  # the latest note that assessed an acute or high risk ...
    crisis_risk: RiskLevel | None  # ... and that risk (rules.recent_crisis)
    code: str
    alias: str
    domains: frozenset[KnowledgeDomain]
    coordinator_ref: str
    specialty: str
    region: str
    previous_code: str = ""  # a received case's code at the predecessor ("was TD-…"): findable too

    @property
    def activity(self) -> rules.CaseActivity:
        """What the attention rules read (made when asked: a closed case needs none)."""
        return rules.CaseActivity(*self[:12])


class ClosedCase(NamedTuple):
    """A closed case as the retention reminder lists it (``CaseRepository.closed_before``)."""

    id: int
    code: str
    closed_on: date | None


_IDS_PER_QUERY = 500  # ids bound in one ``IN (...)``: well under SQLite's limit on bound parameters
_STATUS, _INITIATOR, _LANGUAGE, _PROFESSION = (by_value(CaseStatus), by_value(Initiator), by_value(Language),
                                                by_value(Profession))
# dict lookups, not Enum calls: 5,000 rows made four Enum calls each (make bench, case list)
_CLOSE_REASON, _DECISION, _ORIGIN, _RISK = (by_value(CloseReason), by_value(ConflictDecision), by_value(CaseOrigin),
                                            by_value(RiskLevel))


# The day of the case's latest PHQ-9 whose item 9 was answered, when that answer is above 0 (a later
# PHQ-9 with item 9 at 0 ends it; one without item 9 says nothing): rules.item9_needs_attention.
_ITEM9_ON = ("(SELECT CASE WHEN s.item9 > 0 THEN s.taken_on END FROM scores s WHERE s.case_id = c.id"
             " AND s.item9 IS NOT NULL ORDER BY s.taken_on DESC, s.id DESC LIMIT 1)")


# The case's latest assessed note ("<at> <risk>"), chosen as ContactRepository.current_risk and
# for_case choose it: the latest time, and of two notes with the same time the one saved last (a bare
# ``max(at) || risk`` took the risk of either row of a tie, so the list and the case could disagree).
# An index seek on (case_id, at, risk) read backwards; only a tie at the top is sorted by id.
_LATEST_ASSESSED = ("(SELECT at || ' ' || risk FROM contacts k WHERE k.case_id = c.id"
                    " AND k.risk != 'not_assessed' ORDER BY at DESC, id DESC LIMIT 1)")


# The day of the case's latest note whose risk nobody assessed (an unfinished note: safety.NoteGap.RISK);
# an index seek on (case_id, at, risk) like the columns beside it.
_UNASSESSED_AT = ("(SELECT max(at) FROM contacts k WHERE k.case_id = c.id AND k.risk = 'not_assessed')")


# The case's latest note that assessed an acute or high risk ("<at> <risk>"; rules.recent_crisis), chosen
# as _LATEST_ASSESSED chooses: the latest time, of a tie the note saved last.
_CRISIS = ("(SELECT at || ' ' || risk FROM contacts k WHERE k.case_id = c.id"
           " AND k.risk IN ('acute', 'high') ORDER BY at DESC, id DESC LIMIT 1)")


def _crisis(value: str | None) -> tuple[date | None, RiskLevel | None]:
    if not value:
        return None, None
    return date.fromisoformat(value[:10]), _RISK[value.rpartition(" ")[2]]


def _row_to_case(row: Any) -> Case:
    checkpoint()  # a worker reads thousands: a unit of work each (trustdesk/trustdesk/pace.py)
    return Case(
        id=row["id"], code=row["code"], status=_STATUS[row["status"]],
        opened_on=date.fromisoformat(row["opened_on"]), initiator=_INITIATOR[row["initiator"]],
        coordinator_ref=row["coordinator_ref"], language=_LANGUAGE[row["language"]], region=row["region"],
        profession=_PROFESSION[row["profession"]], specialty=row["specialty"],
        domains=split_enums(row["domains"], KnowledgeDomain),
        consent_to_contact=bool(row["consent_to_contact"]), doctor_name=row["doctor_name"],
        doctor_phone=row["doctor_phone"], doctor_email=row["doctor_email"], workplace=row["workplace"],
        details=row["details"], closed_on=s2d(row["closed_on"]),
        close_reason=_CLOSE_REASON[row["close_reason"]] if row["close_reason"] else None,
        close_note=row["close_note"], conflict_decision=_DECISION[row["conflict_decision"]],
        conflict_note=row["conflict_note"], origin=_ORIGIN[row["origin"]], previous_code=row["previous_code"],
        alias=row["alias"], carried_risk=_RISK[row["carried_risk"]],
    )


def _values(case: Case) -> builtins.list[Any]:
    return [case.code, case.status.value, d2s(case.opened_on), case.initiator.value, case.coordinator_ref,
            case.language.value, case.region, case.profession.value, case.specialty,
            join_enums(case.domains), int(case.consent_to_contact), case.doctor_name, case.doctor_phone,
            case.doctor_email, case.workplace, case.details, d2s(case.closed_on),
            case.close_reason.value if case.close_reason else None, case.close_note,
            case.conflict_decision.value, case.conflict_note, case.origin.value, case.previous_code,
            case.alias, case.carried_risk.value]


def _normalised(case: Case) -> Case:
    """What the vault stores (and so returns): the alias is one trimmed line."""
    alias = case.alias.strip()
    return case if alias == case.alias else replace(case, alias=alias)


class StatusDateError(ValueError):
    """A closing dated before the case's reopening ("closed on 20/12/2026" after "active since
    10/01/2027"): refused, so the figures and the activity report, which read the status at a day
    from the history, cannot disagree.  (A first closing may be dated back to the opening: cases
    are entered afterwards.)"""

    def __init__(self, earliest: date, asked: date) -> None:
        super().__init__(f"a closing on {asked.isoformat()} comes before the case's reopening "
                         f"({earliest.isoformat()}); the earliest possible date is {earliest.isoformat()}")
        self.earliest = earliest
        self.asked = asked


class CaseRepository(Repository):
    table = "cases"

    def next_code(self, today: date) -> str:
        codes = [r[0] for r in self._db.query("SELECT code FROM cases WHERE code LIKE ?",
                                               (f"TD-{today.year:04d}-%",))]
        return rules.next_case_code(codes, today)

    def add(self, case: Case) -> Case:
        stamp = dt2s(now())
        with self._db.transaction():
            if not case.code:
                case = replace(case, code=self.next_code(case.opened_on))
            case = _normalised(case)
            cur = self._db.execute(
                f"INSERT INTO cases ({', '.join(_FIELDS)}, created_at, updated_at) "
                f"VALUES ({', '.join('?' * len(_FIELDS))}, ?, ?)", [*_values(case), stamp, stamp])
            stored = replace(case, id=cur.lastrowid)
            assert stored.id is not None
            self._record_status(stored.id, case.status, case.closed_on or case.opened_on)
        self._changed(stored.id, case_id=stored.id)
        return stored

    def get(self, case_id: int) -> Case | None:
        row = self._db.query_one("SELECT * FROM cases WHERE id = ?", (case_id,))
        return _row_to_case(row) if row else None

    def by_code(self, code: str) -> Case | None:
        row = self._db.query_one("SELECT * FROM cases WHERE code = ?", (code,))
        return _row_to_case(row) if row else None

    def update(self, case: Case) -> Case:
        case_id = case.id
        if case_id is None:
            raise ValueError("case has no id")
        case = _normalised(case)
        assignments = ", ".join(f"{f} = ?" for f in _FIELDS)
        with self._db.transaction():
            self._refuse_handed_over(case_id)
            before = self._db.scalar("SELECT status FROM cases WHERE id = ?", (case_id,))
            if before is not None and before != case.status.value:
                since = case.closed_on or date.today()
                reopened = self.last_reopening(case_id) if case.status is CaseStatus.CLOSED else None
                if reopened is not None and since < reopened:  # a re-closing never goes back before the reopening
                    raise StatusDateError(reopened, since)
                self._record_status(case_id, case.status, since)
            self._db.execute(f"UPDATE cases SET {assignments}, updated_at = ? WHERE id = ?",
                             [*_values(case), dt2s(now()), case_id])
        self._changed(case_id, case_id=case_id)
        return case

    def change_status(self, case_id: int, new: CaseStatus, *, on: date | None = None,
                      reason: CloseReason | None = None, note: str = "") -> Case:
        """Apply an allowed status change; closing needs a reason and records the date."""
        case = self.get(case_id)
        if case is None:
            raise KeyError(case_id)
        self._refuse_handed_over(case_id)  # no reopening: the successor holds the case now
        if not rules.can_change_status(case.status, new):
            raise ValueError(f"{case.status} -> {new} is not allowed")
        if new is CaseStatus.CLOSED:
            if reason is None:
                raise ValueError("closing a case needs a reason")
            case = replace(case, status=new, closed_on=on or date.today(), close_reason=reason,
                           close_note=note)
        else:
            case = replace(case, status=new, closed_on=None, close_reason=None, close_note="")
        return self.update(case)

    def keep_minimum(self, case_id: int) -> Case:
        """Erase a handed-over case to the minimum the sender keeps (the code, the dates, the figures):
        the only write a handed-over case still takes (``handover_sender``)."""
        with self._db.transaction():
            self._db.execute("UPDATE cases SET doctor_name = '', doctor_phone = '', doctor_email = '', workplace = '', "
                             "details = '', specialty = '', conflict_note = '', alias = '', updated_at = ? WHERE id = ?",
                             (dt2s(now()), case_id))
        self._changed(case_id, case_id=case_id)
        found = self.get(case_id)
        if found is None:
            raise KeyError(case_id)
        return found

    def last_reopening(self, case_id: int) -> date | None:
        """The day the case was last reopened (a change from closed to another status), None if never:
        a later closing may not be dated before it (``StatusDateError``; the rule: ``domain.outcomes``)."""
        return outcomes.last_reopening(self.status_history(case_id).get(case_id, []))

    def _record_status(self, case_id: int, status: CaseStatus, since: date) -> None:
        self._db.execute("INSERT INTO case_status_history (case_id, status, since) VALUES (?, ?, ?)",
                         (case_id, status.value, d2s(since)))

    def status_history(self, case_id: int | None = None) -> dict[int, builtins.list[tuple[date, CaseStatus]]]:
        """Per case id (only ``case_id``'s when given), its status changes in the order they were
        made: (the day it took effect, the status).  A closing takes effect on the case's closing day."""
        found: dict[int, builtins.list[tuple[date, CaseStatus]]] = {}
        where, params = ("WHERE case_id = ? ", (case_id,)) if case_id is not None else ("", ())
        for row in self._db.query(f"SELECT case_id, status, since FROM case_status_history {where}"
                                  "ORDER BY case_id, id", params):
            found.setdefault(row["case_id"], []).append((date.fromisoformat(row["since"]), _STATUS[row["status"]]))
        return found

    def list(self, *, include_closed: bool = True, status: CaseStatus | None = None,
             closed_before: date | None = None) -> builtins.list[Case]:
        """``closed_before``: only cases closed before that day (the retention check reads no others)."""
        sql, params = "SELECT * FROM cases", []
        clauses = []
        if closed_before is not None:
            clauses.append("closed_on < ?")
            params.append(d2s(closed_before))
        if status is not None:
            clauses.append("status = ?")
            params.append(status.value)
        elif not include_closed:
            clauses.append("status != 'closed'")
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        return [_row_to_case(r) for r in self._db.query(sql + " ORDER BY opened_on DESC, id DESC", params)]

    def overview(self, *, include_closed: bool = True, case_id: int | None = None) -> builtins.list[CaseOverview]:
        """Every case with its current risk, last contact date and contact count.

        The current risk is the latest *assessed* one: a later note saved without an assessment
        neither lowers it to "no risk" nor hides an earlier high risk.  No assessment at all:
        ``NOT_ASSESSED``."""
        clauses = ([] if include_closed else ["c.status != 'closed'"]) + ([] if case_id is None else ["c.id = ?"])
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self._db.query(
            "SELECT c.*, "
            f" {_LATEST_ASSESSED} AS latest, "
            " (SELECT max(at) FROM contacts k WHERE k.case_id = c.id) AS last_at, "
            " (SELECT count(*) FROM contacts k WHERE k.case_id = c.id) AS contact_count, "
            " (SELECT min(due_on) FROM tasks t WHERE t.case_id = c.id AND t.done_at IS NULL) AS first_due, "
            f" {_ITEM9_ON} AS item9_on, {_UNASSESSED_AT} AS unassessed_at, {_CRISIS} AS crisis "
            f"FROM cases c {where} ORDER BY c.opened_on DESC, c.id DESC", () if case_id is None else (case_id,))
        plans = self._satisfying_plans(case_id)
        result = []
        for r in rows:
            latest, last_at = r["latest"], r["last_at"]
            risk = latest.partition(" ")[2] if latest else r["carried_risk"]  # a handed-over case's, or none
            result.append(CaseOverview(_row_to_case(r), _RISK[risk],
                                       date.fromisoformat(last_at[:10]) if last_at else None,
                                       int(r["contact_count"]), s2d(r["first_due"]), r["id"] in plans,
                                       s2d(r["item9_on"]), plans.get(r["id"]),
                                       s2d(r["unassessed_at"][:10]) if r["unassessed_at"] else None,
                                       *_crisis(r["crisis"])))
        return result

    def list_rows(self, *, include_closed: bool = True) -> builtins.list[CaseListRow]:
        """Every case as the list shows it, newest opened first: one SELECT of the listed columns and
        its aggregates (index seeks, no contact row read), no ``Case`` built.  It says what
        ``overview`` says of each case's activity (risk, last contact, tasks, plan, PHQ-9): for
        5,000 cases a third of its time, mostly for not decoding the columns the list never shows.
        ``include_closed=False``: the open cases alone (Today's attention rules)."""
        where = "" if include_closed else "WHERE c.status != 'closed' "
        rows = self._db.query(
            "SELECT c.id, c.code, c.status, c.opened_on, c.domains, c.alias, c.coordinator_ref, c.specialty,"
            " c.region, c.carried_risk, c.previous_code,"
            # index seeks on (case_id, at, risk): the last contact; the latest assessed one and its risk
            " (SELECT max(at) FROM contacts k WHERE k.case_id = c.id) AS last_at,"
            f" {_LATEST_ASSESSED} AS latest,"
            " (SELECT min(due_on) FROM tasks t WHERE t.case_id = c.id AND t.done_at IS NULL) AS first_due,"
            f" {_ITEM9_ON} AS item9_on, {_UNASSESSED_AT} AS unassessed_at, {_CRISIS} AS crisis "
            f"FROM cases c {where}ORDER BY c.opened_on DESC, c.id DESC")
        plans = self._satisfying_plans()
        fromiso, not_assessed, make = date.fromisoformat, RiskLevel.NOT_ASSESSED, CaseListRow._make  # (_make: a
        result = []                                                                           # third of a call)
        for (case_id, code, status, opened_on, domains, alias, ref, specialty, region, carried, previous, last_at,
             latest, first_due, item9_on, unassessed_at, crisis) in rows:
            checkpoint()
            risk = _RISK[latest.partition(" ")[2]] if latest else _RISK.get(carried, not_assessed)
            result.append(make((
                case_id, _STATUS[status], fromiso(opened_on), risk, fromiso(last_at[:10]) if last_at else None,
                fromiso(first_due) if first_due else None, case_id in plans,
                fromiso(item9_on) if item9_on else None, plans.get(case_id),
                fromiso(unassessed_at[:10]) if unassessed_at else None, *_crisis(crisis),
                code, alias, split_enums(domains, KnowledgeDomain), ref, specialty, region, previous)))
        return result

    def labels(self, case_ids: Iterable[int]) -> builtins.dict[int, tuple[str, str]]:
        """Code and alias of each of ``case_ids`` that exists, read in a few queries (not one per
        case) and without the rest of the case."""
        wanted = sorted(set(case_ids))
        found: builtins.dict[int, tuple[str, str]] = {}
        for start in range(0, len(wanted), _IDS_PER_QUERY):
            chunk = wanted[start:start + _IDS_PER_QUERY]
            for case_id, code, alias in self._db.query(
                    f"SELECT id, code, alias FROM cases WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
                found[case_id] = (code, alias)
        return found

    def closed_before(self, day: date | None) -> builtins.list[ClosedCase]:
        """Id, code and closing day of the closed cases closed before ``day`` (all of them when None):
        what the retention reminder needs, without reading the rest of each case."""
        sql, params = "SELECT id, code, closed_on FROM cases WHERE status = ?", [CaseStatus.CLOSED.value]
        if day is not None:
            sql += " AND closed_on < ?"
            params.append(day.isoformat())
        return [ClosedCase(case_id, code, s2d(closed_on)) for case_id, code, closed_on in self._db.query(sql, params)]

    def _satisfying_plans(self, case_id: int | None = None) -> builtins.dict[int, date]:
        """The cases whose current safety plan version counts (``safety.plan_satisfies``), and those
        with a free-text plan in a note written before the structured plan existed, each with the day
        that plan was saved (the latest of the two)."""
        one = "" if case_id is None else f" AND case_id = {int(case_id)}"
        found: builtins.dict[int, date] = {
            r[0]: date.fromisoformat(r[1][:10]) for r in self._db.query(
                f"SELECT case_id, max(at) FROM contacts WHERE safety_plan != ''{one} GROUP BY case_id")}
        rows = self._db.query(
            "SELECT p.* FROM safety_plans p JOIN (SELECT case_id, max(version) AS v FROM safety_plans "
            f"WHERE 1{one} GROUP BY case_id) m ON m.case_id = p.case_id AND m.v = p.version")
        for r in rows:
            if plan_satisfies(SafetyPlan(case_id=r["case_id"], **{k: r[k] for k in (*STEPS, "not_applicable_reason")})):
                saved = date.fromisoformat(r["saved_at"][:10])
                found[r["case_id"]] = max(saved, found.get(r["case_id"], saved))
        return found

    def delete(self, case_id: int) -> None:
        with self._db.transaction():
            self._db.execute("DELETE FROM cases WHERE id = ?", (case_id,))
        self._changed(case_id, case_id=case_id)
