"""import_pack: one transaction, versions, user edits and removals kept, refusals change nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pack_factory import base_members, dump, manifest, signed

from trustdesk.domain.enums import Language, ProviderKind, TemplateKind
from trustdesk.domain.models import Provider, Template
from trustdesk.packs.errors import PackRejected, RejectReason
from trustdesk.packs.installation import forget_item, helplines, import_pack, plan_import
from trustdesk.packs.pack import Pack, verify_pack
from trustdesk.vault import Vault
from trustdesk.vault.audit import AuditEvent

MakePack = Callable[..., bytes]

PROVIDERS_V2 = (
    "key;kind;name;languages;phone;sees_physicians\r\n"
    "psy-a;psychologist;Praktijk De Linde (nieuw adres);nl;03 123 45 67;ja\r\n"   # changed
    "line;crisis_line;Hulplijn Test;nl, fr;0800 00 000;nee\r\n"                     # region dropped
    "new;gp;Huisartsenpraktijk Nieuw;nl;09 999 99 99;ja\r\n"                       # new
)                                                                                   # psy-b: gone


def _verified(data: bytes, key: Ed25519PrivateKey) -> Pack:
    return verify_pack(data, key.public_key())


def _v2(key: Ed25519PrivateKey) -> Pack:
    members = {**base_members(2), "providers.csv": PROVIDERS_V2.encode(),
               "templates/nl/referral_psy.j2": b"Geachte {{ provider.name }}, (v2)\n"}
    del members["templates/fr/referral_psy.j2"]
    return _verified(signed(members, key), key)


def test_import_stores_everything_in_one_go(vault: Vault, make_pack: MakePack,
                                            signing_key: Ed25519PrivateKey) -> None:
    own = vault.providers.add(Provider(kind=ProviderKind.GP, name="Mijn eigen huisarts"))
    report = import_pack(vault, _verified(make_pack(), signing_key))
    assert (report.source, report.providers.added, report.templates.added, report.helplines) == ("testpack@1", 3, 2, 1)
    pack_providers = vault.providers.by_source("testpack@")
    assert {p.source_key for p in pack_providers} == {"psy-a", "psy-b", "line"}
    assert all(p.source == "testpack@1" and not p.edited for p in pack_providers)
    assert vault.providers.get(own.id or 0) == own
    templates = vault.templates.list(kind=TemplateKind.REFERRAL_PSY)
    assert {(t.language, t.source, t.source_key) for t in templates} == {
        (Language.NL, "testpack@1", "nl/referral_psy"), (Language.FR, "testpack@1", "fr/referral_psy")}
    assert vault.settings.get("packs.testpack.version") == 1
    assert [h.number for h in helplines(vault)] == ["1813"]
    entry = vault.audit.entries(event=AuditEvent.PACK_IMPORT)[0]
    assert entry.detail == "testpack@1" and entry.case_code == ""
    assert vault.audit.verify().intact


def test_reimport_updates_pack_items_but_keeps_edits_removals_and_own_items(
        vault: Vault, make_pack: MakePack, signing_key: Ed25519PrivateKey) -> None:
    import_pack(vault, _verified(make_pack(), signing_key))
    by_key = {p.source_key: p for p in vault.providers.by_source("testpack@")}
    # the trust person edits psy-b (which v2 drops) and line (which v2 keeps), removes nothing yet
    vault.providers.update(replace(by_key["psy-b"], notes="Wachtlijst 3 weken", edited=True))
    vault.providers.update(replace(by_key["line"], phone="0800 11 111", edited=True))
    own = vault.providers.add(Provider(kind=ProviderKind.GP, name="Praktijk De Linde (nieuw adres)"))
    nl = next(t for t in vault.templates.list() if t.source_key == "nl/referral_psy")
    fr = next(t for t in vault.templates.list() if t.source_key == "fr/referral_psy")
    vault.templates.update(replace(nl, body="Mijn eigen versie", edited=True))

    before = dump(vault)
    plan = plan_import(vault, _v2(signing_key))
    assert dump(vault) == before  # a plan writes nothing
    report = import_pack(vault, _v2(signing_key))
    assert plan == report

    after = {p.source_key: p for p in vault.providers.by_source("testpack@")}
    assert set(after) == {"psy-a", "psy-b", "line", "new"}
    assert after["psy-a"].name == "Praktijk De Linde (nieuw adres)" and after["psy-a"].source == "testpack@2"
    assert after["psy-a"].id == by_key["psy-a"].id  # updated in place: referrals keep pointing at it
    assert after["psy-b"].notes == "Wachtlijst 3 weken" and after["psy-b"].source == "testpack@1"
    assert after["line"].phone == "0800 11 111"
    assert after["new"].source == "testpack@2"
    assert vault.providers.get(own.id or 0) == own
    assert vault.templates.get(nl.id or 0) == replace(nl, body="Mijn eigen versie", edited=True)
    assert vault.templates.get(fr.id or 0) is None  # dropped by v2, never edited
    assert (report.providers.added, report.providers.updated, report.providers.kept_edited,
            report.providers.removed) == (1, 1, 2, 0)
    assert (report.templates.kept_edited, report.templates.removed) == (1, 1)
    assert vault.settings.get("packs.testpack.version") == 2


def test_unedited_items_dropped_from_the_pack_are_removed(vault: Vault, make_pack: MakePack,
                                                         signing_key: Ed25519PrivateKey) -> None:
    import_pack(vault, _verified(make_pack(), signing_key))
    report = import_pack(vault, _v2(signing_key))
    assert report.providers.removed == 1
    assert "psy-b" not in {p.source_key for p in vault.providers.by_source("testpack@")}


def test_items_the_trust_person_removed_do_not_come_back(vault: Vault, make_pack: MakePack,
                                                        signing_key: Ed25519PrivateKey) -> None:
    import_pack(vault, _verified(make_pack(), signing_key))
    line = next(p for p in vault.providers.by_source("testpack@") if p.source_key == "line")
    fr = next(t for t in vault.templates.list() if t.source_key == "fr/referral_psy")
    forget_item(vault, line)
    forget_item(vault, fr)
    members = {**base_members(2), "providers.csv": PROVIDERS_V2.encode()}
    report = import_pack(vault, _verified(signed(members, signing_key), signing_key))
    assert "line" not in {p.source_key for p in vault.providers.by_source("testpack@")}
    assert "fr/referral_psy" not in {t.source_key for t in vault.templates.list()}
    assert (report.providers.dismissed, report.templates.dismissed) == (1, 1)


def test_same_version_is_refused_unless_reinstalled_and_reinstall_is_idempotent(
        vault: Vault, make_pack: MakePack, signing_key: Ed25519PrivateKey) -> None:
    pack = _verified(make_pack(), signing_key)
    import_pack(vault, pack)
    before = dump(vault)
    with pytest.raises(PackRejected) as caught:
        import_pack(vault, pack)
    assert caught.value.reason is RejectReason.ALREADY_IMPORTED
    assert dump(vault) == before
    report = import_pack(vault, pack, reinstall=True)
    assert (report.providers.added, report.providers.updated, report.providers.unchanged) == (0, 0, 3)
    after = dump(vault)
    assert {k: v for k, v in after.items() if k != "audit"} == {k: v for k, v in before.items() if k != "audit"}
    assert len(after["audit"]) == len(before["audit"]) + 1  # the import itself is audited


def test_older_version_is_refused_and_changes_nothing(vault: Vault, make_pack: MakePack,
                                                     signing_key: Ed25519PrivateKey) -> None:
    import_pack(vault, _v2(signing_key))
    before = dump(vault)
    for reinstall in (False, True):
        with pytest.raises(PackRejected) as caught:
            import_pack(vault, _verified(make_pack(version=1), signing_key), reinstall=reinstall)
        assert caught.value.reason is RejectReason.OLDER_VERSION
    assert dump(vault) == before


def test_every_refusal_leaves_the_vault_unchanged(vault: Vault, make_pack: MakePack, signing_key: Ed25519PrivateKey,
                                                 other_key: Ed25519PrivateKey) -> None:
    import_pack(vault, _verified(make_pack(), signing_key))
    before = dump(vault)
    members = base_members(2)
    bad_packs = [
        signed(members, other_key),
        signed({**members, "manifest.json": manifest(version="2")}, signing_key, version=2),
        signed({**members, "providers.csv": b"key;kind;name\r\na;astrologer;X\r\n"}, signing_key),
        make_pack(version=2)[:-10],
        b"",
    ]
    for data in bad_packs:
        with pytest.raises(PackRejected):
            import_pack(vault, verify_pack(data, signing_key.public_key()))
        assert dump(vault) == before
    with pytest.raises(PackRejected) as caught:  # a pack that never went through verify_pack
        import_pack(vault, replace(_v2(signing_key), key_id=""))
    assert caught.value.reason is RejectReason.UNSIGNED
    assert dump(vault) == before


def test_a_failure_halfway_rolls_the_whole_import_back(vault: Vault, make_pack: MakePack,
                                                       signing_key: Ed25519PrivateKey) -> None:
    import_pack(vault, _verified(make_pack(), signing_key))
    before = dump(vault)
    pack = _v2(signing_key)
    # a real failure late in the transaction: SQLite refuses a lone surrogate in the last template
    broken = Template(name="kapot", kind=TemplateKind.OTHER, language=Language.NL, body="\ud800",
                      source="testpack@2", source_key="nl/other")
    with pytest.raises(UnicodeEncodeError):
        import_pack(vault, replace(pack, templates=(*pack.templates, broken)))
    assert dump(vault) == before
    assert vault.audit.verify().intact


def test_a_pack_without_helplines_keeps_the_stored_ones(vault: Vault, make_pack: MakePack,
                                                       signing_key: Ed25519PrivateKey) -> None:
    import_pack(vault, _verified(make_pack(), signing_key))
    members = {k: v for k, v in base_members(2).items() if k != "helplines.json"}
    report = import_pack(vault, _verified(signed(members, signing_key), signing_key))
    assert report.helplines is None
    assert [h.key for h in helplines(vault)] == ["1813"]
