"""Schema steps of the referral consent and the wider search (``schema.MIGRATIONS`` lists them; kept
apart so schema.py stays one readable page).  Plain SQL, no project imports."""

from __future__ import annotations

# What the doctor agreed may be told in a referral letter, field by field (domain.enums.SharedField,
# comma-separated).  Referrals consented before this recorded no fields: they get none, so a letter
# written from them says nothing about the doctor until the trust person ticks what was agreed.
CONSENT_FIELDS_VERSION = 10  # the next free number when this landed; renumber on a clash
CONSENT_FIELDS = """
ALTER TABLE referrals ADD COLUMN consent_fields TEXT NOT NULL DEFAULT '';
"""


# Search finds tasks (title, notes) and safety plans (every version's text fields) too, the same way
# as notes: contentless FTS5 tables over folded words, indexed by search_index.flush from
# search_pending; existing tasks and plans are listed for indexing.
SEARCH_TASKS_PLANS_VERSION = 12  # the next free number when this landed; renumber on a clash
PLAN_FTS_COLUMNS = ("warning_signs", "coping_alone", "distractions", "help_people", "professionals",
                    "environment_safety", "reasons_to_live", "not_applicable_reason")
SEARCH_TASKS_PLANS = f"""
CREATE VIRTUAL TABLE tasks_fts USING fts5(
    title, notes, content='', contentless_delete=1,
    tokenize="unicode61 remove_diacritics 2"
);
CREATE VIRTUAL TABLE plans_fts USING fts5(
    {", ".join(PLAN_FTS_COLUMNS)}, content='', contentless_delete=1,
    tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER tasks_search_ai AFTER INSERT ON tasks BEGIN
    INSERT OR IGNORE INTO search_pending (kind, id) VALUES ('task', new.id);
END;
CREATE TRIGGER tasks_search_au AFTER UPDATE OF title, notes ON tasks BEGIN
    INSERT OR IGNORE INTO search_pending (kind, id) VALUES ('task', new.id);
END;
CREATE TRIGGER tasks_search_ad AFTER DELETE ON tasks BEGIN
    DELETE FROM tasks_fts WHERE rowid = old.id;
    DELETE FROM search_pending WHERE kind = 'task' AND id = old.id;
END;
CREATE TRIGGER plans_search_ai AFTER INSERT ON safety_plans BEGIN
    INSERT OR IGNORE INTO search_pending (kind, id) VALUES ('plan', new.id);
END;
CREATE TRIGGER plans_search_au AFTER UPDATE OF {", ".join(PLAN_FTS_COLUMNS)} ON safety_plans BEGIN
    INSERT OR IGNORE INTO search_pending (kind, id) VALUES ('plan', new.id);
END;
CREATE TRIGGER plans_search_ad AFTER DELETE ON safety_plans BEGIN
    DELETE FROM plans_fts WHERE rowid = old.id;
    DELETE FROM search_pending WHERE kind = 'plan' AND id = old.id;
END;
INSERT OR IGNORE INTO search_pending (kind, id) SELECT 'task', id FROM tasks;
INSERT OR IGNORE INTO search_pending (kind, id) SELECT 'plan', id FROM safety_plans;
"""
