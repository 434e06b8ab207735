"""Providers' knowledge domains and provinces served (schema PROVIDER_DOMAINS_VERSION), on a real vault
of the previous schema: a region that names a province moves into the provinces served, free text
stays as the place; afterwards domains and provinces round-trip and filter."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain.enums import CareDomain, Language, ProviderKind, Province
from trustdesk.domain.models import Provider
from trustdesk.vault import Keychain, Vault, schema

PASSPHRASE = "correct horse battery staple"
OLD_ROWS = {"Dr. Antwerpen": "antwerp", "Praktijk Gent": "Gent", "Hulplijn": "national", "Zonder": ""}


def test_a_vault_of_the_previous_schema_keeps_its_providers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    previous = schema.PROVIDER_DOMAINS_VERSION - 1
    with monkeypatch.context() as old:
        old.setattr(schema, "MIGRATIONS", [m for m in schema.MIGRATIONS if m[0] <= previous])
        old.setattr(schema, "LATEST", previous)
        vault = Vault.create(tmp_path, PASSPHRASE, keychain=Keychain.none())
        assert schema.version(vault.db) == previous
        with vault.db.transaction():  # what the previous code wrote (it knows no domains or regions columns)
            for name, region in OLD_ROWS.items():
                vault.db.execute("INSERT INTO providers (kind, name, languages, region, created_at, updated_at) "
                                 "VALUES ('psychologist', ?, 'nl', ?, '2026-01-01', '2026-01-01')", (name, region))
        vault.lock()
    vault = Vault.unlock(tmp_path, PASSPHRASE, keychain=Keychain.none())
    try:
        assert schema.version(vault.db) == schema.LATEST
        found = {p.name: p for p in vault.providers.list()}
        assert found["Dr. Antwerpen"].regions == {Province.ANTWERP} and found["Dr. Antwerpen"].region == ""
        assert found["Hulplijn"].regions == {Province.NATIONAL} and found["Hulplijn"].region == ""
        assert found["Praktijk Gent"].regions == frozenset() and found["Praktijk Gent"].region == "Gent"
        assert found["Zonder"].regions == frozenset() and found["Zonder"].region == ""
        assert all(p.domains == frozenset() and p.languages == {Language.NL} for p in found.values())
        # the national line serves Antwerp too; the place in free text is no province
        assert {p.name for p in vault.providers.list(province=Province.ANTWERP)} == {"Dr. Antwerpen", "Hulplijn"}
        assert not vault.integrity_errors()
    finally:
        vault.lock()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(domains=st.frozensets(st.sampled_from(CareDomain)), regions=st.frozensets(st.sampled_from(Province)),
       wanted=st.sampled_from(CareDomain), province=st.sampled_from(Province))
def test_domains_and_regions_round_trip_and_filter(vault: Vault, domains: frozenset[CareDomain],
                                                   regions: frozenset[Province], wanted: CareDomain,
                                                   province: Province) -> None:
    stored = vault.providers.add(Provider(kind=ProviderKind.GP, name="Dr. Rondreis", domains=domains,
                                          regions=regions))
    try:
        assert stored.id is not None and vault.providers.get(stored.id) == stored
        by_domain = {p.id for p in vault.providers.list(domain=wanted)}
        assert (stored.id in by_domain) == (wanted in domains)
        by_province = {p.id for p in vault.providers.list(province=province)}
        assert (stored.id in by_province) == (province in regions or Province.NATIONAL in regions)
        changed = vault.providers.update(replace(stored, domains=frozenset({wanted}), regions=frozenset()))
        assert vault.providers.get(stored.id) == changed
    finally:
        vault.providers.delete(stored.id or 0)
