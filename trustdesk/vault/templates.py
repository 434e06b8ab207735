"""Letter templates (the Jinja2 source text; rendering lives in trustdesk.documents)."""

from __future__ import annotations

import builtins
from dataclasses import replace
from typing import Any

from trustdesk.domain.enums import Language, TemplateKind
from trustdesk.domain.models import Template
from trustdesk.vault.columns import dt2s, now
from trustdesk.vault.repository import Repository

_FIELDS = ("name", "kind", "language", "body", "source", "source_key", "edited")


def _row(row: Any) -> Template:
    return Template(id=row["id"], name=row["name"], kind=TemplateKind(row["kind"]),
                    language=Language(row["language"]), body=row["body"], source=row["source"],
                    source_key=row["source_key"], edited=bool(row["edited"]))


def _values(t: Template) -> builtins.list[Any]:
    return [t.name, t.kind.value, t.language.value, t.body, t.source, t.source_key, int(t.edited)]


class TemplateRepository(Repository):
    table = "templates"

    def add(self, template: Template) -> Template:
        stamp = dt2s(now())
        with self._db.transaction():
            cur = self._db.execute(f"INSERT INTO templates ({', '.join(_FIELDS)}, created_at, updated_at) "
                                   f"VALUES ({', '.join('?' * len(_FIELDS))}, ?, ?)", [*_values(template), stamp, stamp])
            stored = replace(template, id=cur.lastrowid)
        assert stored.id is not None
        self._changed(stored.id)
        return stored

    def get(self, template_id: int) -> Template | None:
        row = self._db.query_one("SELECT * FROM templates WHERE id = ?", (template_id,))
        return _row(row) if row else None

    def update(self, template: Template) -> Template:
        if template.id is None:
            raise ValueError("template has no id")
        assignments = ", ".join(f"{f} = ?" for f in _FIELDS)
        with self._db.transaction():
            self._db.execute(f"UPDATE templates SET {assignments}, updated_at = ? WHERE id = ?",
                             [*_values(template), dt2s(now()), template.id])
        self._changed(template.id)
        return template

    def list(self, *, language: Language | None = None, kind: TemplateKind | None = None) -> builtins.list[Template]:
        clauses, params = [], []
        if language is not None:
            clauses.append("language = ?")
            params.append(language.value)
        if kind is not None:
            clauses.append("kind = ?")
            params.append(kind.value)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return [_row(r) for r in self._db.query(f"SELECT * FROM templates{where} ORDER BY name COLLATE NOCASE",
                                                params)]

    def delete(self, template_id: int) -> None:
        with self._db.transaction():
            self._db.execute("DELETE FROM templates WHERE id = ?", (template_id,))
        self._changed(template_id)
