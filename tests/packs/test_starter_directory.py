"""The starter directory: public Belgian help lines only, installed idempotently, user edits kept."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from pack_factory import dump

from trustdesk.domain.enums import ProviderKind
from trustdesk.packs.bundled import resources_dir, starter_directory_csv
from trustdesk.packs.installation import STARTER_VERSION, forget_item, install_starter_directory
from trustdesk.packs.provider_csv import parse_providers_csv
from trustdesk.vault import Vault

EXPECTED_NUMBERS = {"0800 23 460", "1813", "0800 32 123", "106", "107", "078 15 10 20", "02 227 52 52", "112"}


def test_the_starter_file_holds_the_public_lines_and_the_readme_names_each_source() -> None:
    preview = parse_providers_csv(starter_directory_csv())
    assert all(r.valid and not r.issues for r in preview.rows)
    providers = [r.provider for r in preview.rows if r.provider is not None]
    assert {p.phone for p in providers} == EXPECTED_NUMBERS
    assert {p.kind for p in providers} <= {ProviderKind.CRISIS_LINE, ProviderKind.ORGANISATION,
                                           ProviderKind.ADDICTION_CARE}
    readme = (resources_dir() / "directory" / "README.md").read_text(encoding="utf-8")
    for row in preview.rows:
        assert row.provider is not None
        host = re.sub(r"^https://(www\.)?", "", row.provider.website).rstrip("/")
        assert f"`{row.key}`" in readme and host in readme, row.key
    assert len({r.key for r in preview.rows}) == len(preview.rows)


def test_install_is_idempotent(vault: Vault) -> None:
    first = install_starter_directory(vault)
    assert first.providers.added == len(EXPECTED_NUMBERS) and first.source == f"starter@{STARTER_VERSION}"
    stored = vault.providers.by_source("starter@")
    assert {p.phone for p in stored} == EXPECTED_NUMBERS
    assert all(p.source == f"starter@{STARTER_VERSION}" and p.source_key for p in stored)
    before = dump(vault)
    second = install_starter_directory(vault)
    assert not second.changed and second.providers.unchanged == len(EXPECTED_NUMBERS)
    assert dump(vault) == before  # not even an audit entry


def test_edits_and_removals_survive_a_reinstall_and_updates_arrive(vault: Vault, tmp_path: Path) -> None:
    install_starter_directory(vault)
    by_key = {p.source_key: p for p in vault.providers.by_source("starter@")}
    vault.providers.update(replace(by_key["druglijn"], notes="Mijn notitie", edited=True))
    forget_item(vault, by_key["noodnummer-112"])
    changed = starter_directory_csv().decode("utf-8").replace("Tele-Onthaal 106;", "Tele-Onthaal;")
    changed = "\n".join(line for line in changed.splitlines() if not line.startswith("infor-drogues;"))
    report = install_starter_directory(vault, changed.encode("utf-8"))
    after = {p.source_key: p for p in vault.providers.by_source("starter@")}
    assert after["druglijn"].notes == "Mijn notitie"
    assert "noodnummer-112" not in after and report.providers.dismissed == 1
    assert after["tele-onthaal-106"].name == "Tele-Onthaal" and report.providers.updated == 1
    assert "infor-drogues" not in after and report.providers.removed == 1


def test_the_lines_name_their_domains_and_serve_the_whole_country(vault: Vault) -> None:
    from trustdesk.domain.enums import CareDomain, Province

    install_starter_directory(vault)
    by_key = {p.source_key: p for p in vault.providers.by_source("starter@")}
    assert all(p.regions == {Province.NATIONAL} and p.region == "" for p in by_key.values())
    assert by_key["zelfmoordlijn-1813"].domains == {CareDomain.SUICIDAL_BEHAVIOUR}
    assert by_key["druglijn"].domains == {CareDomain.SUBSTANCE_ABUSE}
    assert CareDomain.BURNOUT in by_key["artsinnood"].domains


def test_a_vault_with_the_first_starter_directory_gets_the_domains(vault: Vault) -> None:
    """Version 1 had neither domains nor regions columns: on the next start the unedited entries gain them."""
    first = "\n".join(line.rsplit(";", 1)[0] for line in starter_directory_csv().decode("utf-8").splitlines())
    first = first.replace(";regions;", ";region;")
    from trustdesk.packs import installation

    old = installation.STARTER_VERSION
    try:
        installation.STARTER_VERSION = 1
        install_starter_directory(vault, first.encode("utf-8"))
    finally:
        installation.STARTER_VERSION = old
    assert all(not p.domains for p in vault.providers.by_source("starter@"))
    report = install_starter_directory(vault)
    with_domains = [p for p in vault.providers.by_source("starter@") if p.domains]
    assert report.providers.updated == len(with_domains) == 5  # the three general lines name no domain
    assert all(p.source == f"starter@{STARTER_VERSION}" for p in vault.providers.by_source("starter@"))
