"""Schema versions via ``PRAGMA user_version``; ordered migrations, each in one transaction.

Add a migration by appending to ``MIGRATIONS``; never edit a released one.  Old-format vaults
are kept as fixtures under tests/vault/fossils (electrum's test_storage_upgrade).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from trustdesk.vault import folding
from trustdesk.vault.db import Database
from trustdesk.vault.errors import VaultTooNew
from trustdesk.vault.schema_steps import CONSENT_FIELDS, SEARCH_TASKS_PLANS
from trustdesk.vault.schema_steps import CONSENT_FIELDS_VERSION as CONSENT_FIELDS_VERSION  # re-exported
from trustdesk.vault.schema_steps import (
    SEARCH_TASKS_PLANS_VERSION as SEARCH_TASKS_PLANS_VERSION,  # re-exported
)

_V1 = """
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    initiator TEXT NOT NULL,
    coordinator_ref TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    profession TEXT NOT NULL,
    specialty TEXT NOT NULL DEFAULT '',
    domains TEXT NOT NULL DEFAULT '',
    consent_to_contact INTEGER NOT NULL DEFAULT 0,
    doctor_name TEXT NOT NULL DEFAULT '',
    doctor_phone TEXT NOT NULL DEFAULT '',
    doctor_email TEXT NOT NULL DEFAULT '',
    workplace TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '',
    closed_on TEXT,
    close_reason TEXT,
    close_note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX cases_status ON cases(status);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    duration_min INTEGER NOT NULL DEFAULT 0,
    mode TEXT NOT NULL,
    present TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    agreements TEXT NOT NULL DEFAULT '',
    risk TEXT NOT NULL,
    safety_plan TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX contacts_case_at ON contacts(case_id, at);

CREATE TABLE contact_revisions (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    notes TEXT NOT NULL,
    agreements TEXT NOT NULL,
    safety_plan TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
CREATE INDEX contact_revisions_contact ON contact_revisions(contact_id);

CREATE TABLE providers (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    sees_physicians INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT 'own',
    source_key TEXT NOT NULL DEFAULT '',
    edited INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX providers_kind ON providers(kind);

CREATE TABLE referrals (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    provider_id INTEGER REFERENCES providers(id) ON DELETE SET NULL,
    provider_name TEXT NOT NULL DEFAULT '',
    provider_kind TEXT,
    reason TEXT NOT NULL DEFAULT '',
    consent_given INTEGER NOT NULL DEFAULT 0,
    consent_date TEXT,
    consent_scope TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    status_dates TEXT NOT NULL DEFAULT '{}',
    feedback TEXT NOT NULL DEFAULT '',
    letter_text TEXT NOT NULL DEFAULT '',
    letter_language TEXT,
    template_id INTEGER REFERENCES templates(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX referrals_case ON referrals(case_id);

CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    done_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX tasks_due ON tasks(done_at, due_on);
CREATE INDEX tasks_case ON tasks(case_id);

CREATE TABLE templates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    body TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'own',
    source_key TEXT NOT NULL DEFAULT '',
    edited INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    event TEXT NOT NULL,
    case_code TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE VIRTUAL TABLE contacts_fts USING fts5(
    notes, agreements, content='contacts', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER contacts_ai AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_fts(rowid, notes, agreements) VALUES (new.id, new.notes, new.agreements);
END;
CREATE TRIGGER contacts_ad AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_fts(contacts_fts, rowid, notes, agreements)
    VALUES ('delete', old.id, old.notes, old.agreements);
END;
CREATE TRIGGER contacts_au AFTER UPDATE OF notes, agreements ON contacts BEGIN
    INSERT INTO contacts_fts(contacts_fts, rowid, notes, agreements)
    VALUES ('delete', old.id, old.notes, old.agreements);
    INSERT INTO contacts_fts(rowid, notes, agreements) VALUES (new.id, new.notes, new.agreements);
END;

CREATE VIRTUAL TABLE cases_fts USING fts5(
    code, doctor_name, specialty, region, coordinator_ref, workplace, details,
    content='cases', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER cases_ai AFTER INSERT ON cases BEGIN
    INSERT INTO cases_fts(rowid, code, doctor_name, specialty, region, coordinator_ref, workplace, details)
    VALUES (new.id, new.code, new.doctor_name, new.specialty, new.region, new.coordinator_ref,
            new.workplace, new.details);
END;
CREATE TRIGGER cases_ad AFTER DELETE ON cases BEGIN
    INSERT INTO cases_fts(cases_fts, rowid, code, doctor_name, specialty, region, coordinator_ref,
                          workplace, details)
    VALUES ('delete', old.id, old.code, old.doctor_name, old.specialty, old.region, old.coordinator_ref,
            old.workplace, old.details);
END;
CREATE TRIGGER cases_au AFTER UPDATE ON cases BEGIN
    INSERT INTO cases_fts(cases_fts, rowid, code, doctor_name, specialty, region, coordinator_ref,
                          workplace, details)
    VALUES ('delete', old.id, old.code, old.doctor_name, old.specialty, old.region, old.coordinator_ref,
            old.workplace, old.details);
    INSERT INTO cases_fts(rowid, code, doctor_name, specialty, region, coordinator_ref, workplace, details)
    VALUES (new.id, new.code, new.doctor_name, new.specialty, new.region, new.coordinator_ref,
            new.workplace, new.details);
END;
"""


_V2 = """
ALTER TABLE cases ADD COLUMN conflict_decision TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN conflict_note TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN origin TEXT NOT NULL DEFAULT 'own';
ALTER TABLE cases ADD COLUMN previous_code TEXT NOT NULL DEFAULT '';

CREATE TABLE safety_plans (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    warning_signs TEXT NOT NULL DEFAULT '',
    coping_alone TEXT NOT NULL DEFAULT '',
    distractions TEXT NOT NULL DEFAULT '',
    help_people TEXT NOT NULL DEFAULT '',
    professionals TEXT NOT NULL DEFAULT '',
    environment_safety TEXT NOT NULL DEFAULT '',
    reasons_to_live TEXT NOT NULL DEFAULT '',
    not_applicable_reason TEXT NOT NULL DEFAULT '',
    saved_at TEXT NOT NULL,
    UNIQUE (case_id, version)
);

CREATE TABLE scores (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    instrument TEXT NOT NULL,
    total INTEGER NOT NULL,
    taken_on TEXT NOT NULL
);
CREATE INDEX scores_case ON scores(case_id, taken_on);
"""


# Notes of more than BIG_NOTE characters (a pasted document) are listed apart: FTS5's snippet() is
# superlinear in the hits inside one row (a 1 MB note: 4 s, 10 MB: minutes, holding the connection),
# so search takes their snippets in Python instead.  Kept by triggers, so every writer keeps it.
BIG_NOTE = 65536

_V4 = f"""
CREATE TABLE big_contacts (id INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE);
INSERT INTO big_contacts (id) SELECT id FROM contacts WHERE length(notes) + length(agreements) > {BIG_NOTE};
CREATE TRIGGER contacts_big_ai AFTER INSERT ON contacts BEGIN
    INSERT OR IGNORE INTO big_contacts (id) SELECT new.id WHERE length(new.notes) + length(new.agreements) > {BIG_NOTE};
END;
CREATE TRIGGER contacts_big_au AFTER UPDATE OF notes, agreements ON contacts BEGIN
    DELETE FROM big_contacts WHERE id = new.id AND length(new.notes) + length(new.agreements) <= {BIG_NOTE};
    INSERT OR IGNORE INTO big_contacts (id) SELECT new.id WHERE length(new.notes) + length(new.agreements) > {BIG_NOTE};
END;
"""


# PHQ-9 item 9 (thoughts of being better off dead or of self-harm) recorded apart from the total
# (NULL: not recorded), and a private alias per case, searchable: cases_fts is rebuilt with it.
_V5 = """
ALTER TABLE scores ADD COLUMN item9 INTEGER;
ALTER TABLE cases ADD COLUMN alias TEXT NOT NULL DEFAULT '';
DROP TRIGGER cases_ai;
DROP TRIGGER cases_ad;
DROP TRIGGER cases_au;
DROP TABLE cases_fts;
CREATE VIRTUAL TABLE cases_fts USING fts5(
    code, alias, doctor_name, specialty, region, coordinator_ref, workplace, details,
    content='cases', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER cases_ai AFTER INSERT ON cases BEGIN
    INSERT INTO cases_fts(rowid, code, alias, doctor_name, specialty, region, coordinator_ref, workplace, details)
    VALUES (new.id, new.code, new.alias, new.doctor_name, new.specialty, new.region, new.coordinator_ref,
            new.workplace, new.details);
END;
CREATE TRIGGER cases_ad AFTER DELETE ON cases BEGIN
    INSERT INTO cases_fts(cases_fts, rowid, code, alias, doctor_name, specialty, region, coordinator_ref,
                          workplace, details)
    VALUES ('delete', old.id, old.code, old.alias, old.doctor_name, old.specialty, old.region,
            old.coordinator_ref, old.workplace, old.details);
END;
CREATE TRIGGER cases_au AFTER UPDATE ON cases BEGIN
    INSERT INTO cases_fts(cases_fts, rowid, code, alias, doctor_name, specialty, region, coordinator_ref,
                          workplace, details)
    VALUES ('delete', old.id, old.code, old.alias, old.doctor_name, old.specialty, old.region,
            old.coordinator_ref, old.workplace, old.details);
    INSERT INTO cases_fts(rowid, code, alias, doctor_name, specialty, region, coordinator_ref, workplace, details)
    VALUES (new.id, new.code, new.alias, new.doctor_name, new.specialty, new.region, new.coordinator_ref,
            new.workplace, new.details);
END;
INSERT INTO cases_fts(cases_fts) VALUES ('rebuild');
"""


# Search over folded words (see folding.py): "coeur" finds "cœur", an emoji finds itself.  The
# search tables become *contentless* (they hold the index of the folded words only; snippets are
# made in Python from the notes themselves).  Folding is Python and trusted_schema stays OFF, so
# the triggers only list changed rows in search_pending and search_index.flush() indexes them
# before each commit; existing vaults are re-indexed the same way (every row listed).
FOLDED_SEARCH_VERSION = 6  # the next free number when this landed; renumber on a clash
_CASE_FTS_COLUMNS = ", ".join(("code", "alias", "doctor_name", "specialty", "region", "coordinator_ref",
                               "workplace", "details"))
_FOLDED_SEARCH = f"""
DROP TRIGGER contacts_ai;
DROP TRIGGER contacts_ad;
DROP TRIGGER contacts_au;
DROP TRIGGER cases_ai;
DROP TRIGGER cases_ad;
DROP TRIGGER cases_au;
DROP TABLE contacts_fts;
DROP TABLE cases_fts;
CREATE VIRTUAL TABLE contacts_fts USING fts5(
    notes, agreements, content='', contentless_delete=1,
    tokenize="unicode61 remove_diacritics 2"
);
CREATE VIRTUAL TABLE cases_fts USING fts5(
    {_CASE_FTS_COLUMNS}, content='', contentless_delete=1,
    tokenize="unicode61 remove_diacritics 2"
);
CREATE TABLE search_pending (
    kind TEXT NOT NULL,
    id INTEGER NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;
CREATE TRIGGER contacts_ai AFTER INSERT ON contacts BEGIN
    INSERT OR IGNORE INTO search_pending (kind, id) VALUES ('contact', new.id);
END;
CREATE TRIGGER contacts_au AFTER UPDATE OF notes, agreements ON contacts BEGIN
    INSERT OR IGNORE INTO search_pending (kind, id) VALUES ('contact', new.id);
END;
CREATE TRIGGER contacts_ad AFTER DELETE ON contacts BEGIN
    DELETE FROM contacts_fts WHERE rowid = old.id;
    DELETE FROM search_pending WHERE kind = 'contact' AND id = old.id;
END;
CREATE TRIGGER cases_ai AFTER INSERT ON cases BEGIN
    INSERT OR IGNORE INTO search_pending (kind, id) VALUES ('case', new.id);
END;
CREATE TRIGGER cases_au AFTER UPDATE OF {_CASE_FTS_COLUMNS} ON cases BEGIN
    INSERT OR IGNORE INTO search_pending (kind, id) VALUES ('case', new.id);
END;
CREATE TRIGGER cases_ad AFTER DELETE ON cases BEGIN
    DELETE FROM cases_fts WHERE rowid = old.id;
    DELETE FROM search_pending WHERE kind = 'case' AND id = old.id;
END;
INSERT INTO search_pending (kind, id) SELECT 'contact', id FROM contacts;
INSERT INTO search_pending (kind, id) SELECT 'case', id FROM cases;
"""


# Each case's status changes with the day they took effect, so a report for a past period counts the
# status as it was at the period's end (documents/activity.py), not today's.  Existing cases get what
# is known: their status since the day they were opened, a closed case "intake" until its closing day.
STATUS_HISTORY_VERSION = 7  # the next free number when this landed; renumber on a clash
_STATUS_HISTORY = """
CREATE TABLE case_status_history (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    since TEXT NOT NULL
);
CREATE INDEX case_status_history_case ON case_status_history(case_id, id);
INSERT INTO case_status_history (case_id, status, since)
    SELECT id, CASE WHEN status = 'closed' THEN 'intake' ELSE status END, opened_on FROM cases ORDER BY id;
INSERT INTO case_status_history (case_id, status, since)
    SELECT id, 'closed', coalesce(closed_on, opened_on) FROM cases WHERE status = 'closed' ORDER BY id;
"""


# Providers get knowledge domains and the provinces they serve (both comma-joined enum values, like
# ``languages``).  A ``region`` that already names a province (the dialog's choice) moves into
# ``regions``; free text ("Gent") stays in ``region`` as the provider's place.
PROVIDER_DOMAINS_VERSION = 8  # the next free number when this landed; renumber on a clash
_PROVINCES = ("antwerp", "east_flanders", "flemish_brabant", "limburg", "west_flanders", "brussels", "hainaut",
              "liege", "luxembourg", "namur", "walloon_brabant", "national", "abroad")  # Province's values


def _provider_domains(db: Database) -> None:
    db.execute("ALTER TABLE providers ADD COLUMN domains TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE providers ADD COLUMN regions TEXT NOT NULL DEFAULT ''")
    marks = ", ".join("?" * len(_PROVINCES))
    db.execute(f"UPDATE providers SET regions = region, region = '' WHERE region IN ({marks})", _PROVINCES)


# The cases list and Today (cases.overview) at 5,000 cases, found by make bench's stall monitor:
# - which cases have a free-text safety plan in a note: from a partial index of only the notes that
#   have one, instead of reading every note's pages (~4 s at 100,000 notes);
# - each case's first open task: from (case_id, done_at, due_on), one index entry per case, where the
#   planner took the open-tasks index and walked all open tasks for every case (~10 s).
SAFETY_PLAN_INDEX_VERSION = 9  # the next free number when this landed; renumber on a clash
_SAFETY_PLAN_INDEX = """
CREATE INDEX contacts_free_text_plan ON contacts(case_id) WHERE safety_plan != '';
CREATE INDEX tasks_case_open ON tasks(case_id, done_at, due_on);
DROP INDEX tasks_case;
"""

# A handed-over case's risk when no note came with it, shown like a note's risk until one here assesses it.
CARRIED_RISK_VERSION = 11  # the next free number when this landed; renumber on a clash
_CARRIED_RISK = "ALTER TABLE cases ADD COLUMN carried_risk TEXT NOT NULL DEFAULT 'not_assessed';"


def _script(sql: str) -> Callable[[Database], None]:
    statements = [s.strip() for s in _split(sql) if s.strip()]

    def run(db: Database) -> None:
        for statement in statements:
            db.execute(statement)

    return run


def _split(sql: str) -> list[str]:
    """Split on ';' at top level, keeping trigger bodies (BEGIN ... END;) whole."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for line in sql.splitlines():
        stripped = line.strip().upper()
        current.append(line)
        if stripped.startswith("CREATE TRIGGER"):
            depth = 1
        if depth and stripped == "END;":
            depth = 0
            parts.append("\n".join(current).rstrip().rstrip(";"))
            current = []
            continue
        if not depth and stripped.endswith(";"):
            parts.append("\n".join(current).rstrip().rstrip(";"))
            current = []
    if "".join(current).strip():
        parts.append("\n".join(current))
    return parts


# (version it brings the vault to, migration). Appended only.
MIGRATIONS: list[tuple[int, Callable[[Database], None]]] = [
    (1, _script(_V1)),
    (2, _script(_V2)),  # safety plans, PHQ-9/GAD-7 totals, conflict decision and handover origin
    # The cases list reads each case's latest contact (date, risk) and count from this index alone,
    # never touching the contacts' note pages: 5,000 cases / 100,000 notes in ~40 ms instead of ~280.
    (3, _script("CREATE INDEX contacts_case_at_risk ON contacts(case_id, at, risk);\n"
                "DROP INDEX contacts_case_at;\n")),
    (4, _script(_V4)),  # big notes listed apart for search (see BIG_NOTE)
    (5, _script(_V5)),  # PHQ-9 item 9 apart; a private alias per case (searchable)
    (FOLDED_SEARCH_VERSION, _script(_FOLDED_SEARCH)),  # search folds œ/æ/ß and finds emoji; existing vaults re-indexed
    (STATUS_HISTORY_VERSION, _script(_STATUS_HISTORY)),  # status changes with their day (reproducible reports)
    (PROVIDER_DOMAINS_VERSION, _provider_domains),  # providers' knowledge domains and provinces served
    (SAFETY_PLAN_INDEX_VERSION, _script(_SAFETY_PLAN_INDEX)),  # cases with a plan in a note, without a scan
    (CONSENT_FIELDS_VERSION, _script(CONSENT_FIELDS)),  # the consent's fields, for the referral letter
    (CARRIED_RISK_VERSION, _script(_CARRIED_RISK)),  # a handed-over case's risk without a note (issue 19)
    (SEARCH_TASKS_PLANS_VERSION, _script(SEARCH_TASKS_PLANS)),  # search finds tasks and safety plans
]

LATEST = MIGRATIONS[-1][0]


def version(db: Database) -> int:
    return int(db.scalar("PRAGMA user_version"))


def pending(db: Database) -> list[int]:
    current = version(db)
    if current > LATEST:
        raise VaultTooNew(f"vault schema {current} is newer than this TrustDesk ({LATEST})")
    return [v for v, _ in MIGRATIONS if v > current]


def migrate(db: Database) -> list[int]:
    """Run pending migrations, each in its own transaction; returns the versions applied.  Then
    re-index search when the folding changed since the index was built (``refold``)."""
    pending(db)
    applied = []
    for target, step in MIGRATIONS:
        if target <= version(db):
            continue
        with db.transaction():
            step(db)
            db.execute(f"PRAGMA user_version = {int(target)}")
        applied.append(target)
    if version(db) >= FOLDED_SEARCH_VERSION:
        refold(db)
    return applied


SETTING_FOLDING = "search.folding"


def refold(db: Database) -> bool:
    """Every note and case re-indexed, in one transaction, when the vault's index was built with
    another folding than this code's (``folding.signature()``: its version and Python's Unicode
    tables): listed in ``search_pending``, indexed by the commit's flush.  Returns whether it ran."""
    wanted = json.dumps(folding.signature())
    row = db.query_one("SELECT value FROM settings WHERE key = ?", (SETTING_FOLDING,))
    if row is not None and row[0] == wanted:
        return False
    with db.transaction():
        db.execute("INSERT OR IGNORE INTO search_pending (kind, id) SELECT 'contact', id FROM contacts")
        db.execute("INSERT OR IGNORE INTO search_pending (kind, id) SELECT 'case', id FROM cases")
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                   "excluded.value", (SETTING_FOLDING, wanted))
    return True
