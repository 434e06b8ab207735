"""The provider directory (sociale kaart)."""

from __future__ import annotations

import builtins
from dataclasses import replace
from typing import Any

from trustdesk.domain.enums import CareDomain, Language, ProviderKind, Province
from trustdesk.domain.models import Provider
from trustdesk.domain.text_forms import clean_text
from trustdesk.pace import checkpoint
from trustdesk.vault.columns import dt2s, join_enums, now, split_enums
from trustdesk.vault.repository import Repository

_FIELDS = ("kind", "name", "organisation", "languages", "region", "address", "phone", "email", "website",
           "notes", "sees_physicians", "source", "source_key", "edited", "domains", "regions")


def _row(row: Any) -> Provider:
    checkpoint()  # a worker reads thousands: a unit of work each (trustdesk/trustdesk/pace.py)
    return Provider(id=row["id"], kind=ProviderKind(row["kind"]), name=row["name"],
                    organisation=row["organisation"], languages=split_enums(row["languages"], Language),
                    region=row["region"], address=row["address"], phone=row["phone"], email=row["email"],
                    website=row["website"], notes=row["notes"], sees_physicians=bool(row["sees_physicians"]),
                    source=row["source"], source_key=row["source_key"], edited=bool(row["edited"]),
                    domains=split_enums(row["domains"], CareDomain), regions=split_enums(row["regions"], Province))


def _clean(p: Provider) -> Provider:
    """A provider's name and organisation in the one text form of names (the providers dialog, a CSV or
    a pack alike: no bidirectional or zero-width character is stored); what is returned is what is stored."""
    return replace(p, name=clean_text(p.name), organisation=clean_text(p.organisation))


def _values(p: Provider) -> builtins.list[Any]:
    """The columns of a provider (``_clean`` first)."""
    return [p.kind.value, p.name, p.organisation, join_enums(p.languages), p.region, p.address, p.phone,
            p.email, p.website, p.notes, int(p.sees_physicians), p.source, p.source_key, int(p.edited),
            join_enums(p.domains), join_enums(p.regions)]


class ProviderRepository(Repository):
    table = "providers"

    def add(self, provider: Provider) -> Provider:
        return self.add_many([provider])[0]

    def add_many(self, providers: list[Provider]) -> builtins.list[Provider]:
        """All or nothing: one transaction for the whole batch (CSV import, pack import)."""
        stamp = dt2s(now())
        stored = []
        with self._db.transaction():
            for p in map(_clean, providers):
                cur = self._db.execute(
                    f"INSERT INTO providers ({', '.join(_FIELDS)}, created_at, updated_at) "
                    f"VALUES ({', '.join('?' * len(_FIELDS))}, ?, ?)", [*_values(p), stamp, stamp])
                stored.append(replace(p, id=cur.lastrowid))
        self._changed(*(p.id for p in stored if p.id is not None))
        return stored

    def get(self, provider_id: int) -> Provider | None:
        row = self._db.query_one("SELECT * FROM providers WHERE id = ?", (provider_id,))
        return _row(row) if row else None

    def update(self, provider: Provider) -> Provider:
        provider_id = provider.id
        if provider_id is None:
            raise ValueError("provider has no id")
        provider = _clean(provider)
        assignments = ", ".join(f"{f} = ?" for f in _FIELDS)
        with self._db.transaction():
            self._db.execute(f"UPDATE providers SET {assignments}, updated_at = ? WHERE id = ?",
                             [*_values(provider), dt2s(now()), provider_id])
        self._changed(provider_id)
        return provider

    def list(self, *, kind: ProviderKind | None = None, language: Language | None = None,
             region: str | None = None, text: str = "", domain: CareDomain | None = None,
             province: Province | None = None) -> builtins.list[Provider]:
        """``province``: providers serving it, those serving the whole country included."""
        clauses: list[str] = []
        params: list[Any] = []
        if kind is not None:
            clauses.append("kind = ?")
            params.append(kind.value)
        if language is not None:
            clauses.append("(',' || languages || ',') LIKE ?")
            params.append(f"%,{language.value},%")
        if region:
            clauses.append("region = ?")
            params.append(region)
        if domain is not None:
            clauses.append("(',' || domains || ',') LIKE ?")
            params.append(f"%,{domain.value},%")
        if province is not None:
            clauses.append("((',' || regions || ',') LIKE ? OR (',' || regions || ',') LIKE ?)")
            params.extend([f"%,{province.value},%", f"%,{Province.NATIONAL.value},%"])
        if text:
            clauses.append("(name LIKE ? OR organisation LIKE ? OR notes LIKE ?)")
            params.extend([f"%{text}%"] * 3)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return [_row(r) for r in self._db.query(f"SELECT * FROM providers{where} ORDER BY name COLLATE NOCASE",
                                                params)]

    def by_source(self, source_prefix: str) -> builtins.list[Provider]:
        rows = self._db.query("SELECT * FROM providers WHERE source LIKE ?", (f"{source_prefix}%",))
        return [_row(r) for r in rows]

    def delete(self, provider_id: int) -> None:
        with self._db.transaction():
            self._db.execute("DELETE FROM providers WHERE id = ?", (provider_id,))
        self._changed(provider_id)
