"""Putting a verified pack, or the starter directory, into a vault: one transaction, user edits kept.

Items a pack brings carry ``source = "<pack id>@<version>"`` and a ``source_key`` stable across
versions.  A (re-)import, per item of that pack already in the vault:
- the trust person edited it (``edited``): left exactly as it is;
- the trust person removed it (``forget_item``): not brought back;
- otherwise: updated to the new version's content; removed when the new version no longer has it.
Items the trust person added themselves (``source = "own"``) are never touched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from trustdesk.domain.enums import Language
from trustdesk.domain.knowledge import KnowledgeCard
from trustdesk.domain.models import Provider, Template
from trustdesk.packs.bundled import starter_directory_csv
from trustdesk.packs.errors import QT_TRANSLATE_NOOP, PackRejected, RejectReason
from trustdesk.packs.knowledge import card_from_json, card_to_json, default_cards
from trustdesk.packs.pack import Helpline, Manifest, Pack, providers_from_csv
from trustdesk.packs.release import ReleaseAnnouncement, parse_release
from trustdesk.vault import Vault
from trustdesk.vault.audit import AuditEvent

STARTER_ID = "starter"
STARTER_VERSION = 2  # 2: knowledge domains and provinces served
HELPLINES_SETTING = "helplines"
KNOWLEDGE_SETTING = "knowledge"
KEY_SETTING = "packs.signing_key"  # base64 raw key announced by the last rotation ("" / absent: the pinned one)
EVENT_KEY_ROTATED = "pack_key_rotated"


def current_pack_key(vault: Vault, pinned: Ed25519PublicKey | None) -> Ed25519PublicKey | None:
    """The key this vault trusts for packs: the successor announced by the last verified pack that
    carried one, else the key pinned in the build."""
    from trustdesk.packs.signing import raw_public_key

    value = vault.settings.get(KEY_SETTING)
    announced = raw_public_key(value) if isinstance(value, str) and value else None
    return announced if announced is not None else pinned
RELEASE_SETTING = "packs.release"  # the release the last pack announced
LAST_PACK_SETTING = "packs.last"  # {"source": "<id>@<version>", "created": the pack's date}


def version_setting(pack_id: str) -> str:
    return f"packs.{pack_id}.version"


def dismissed_setting(pack_id: str) -> str:
    return f"packs.{pack_id}.dismissed"


@dataclass(frozen=True, slots=True)
class SyncCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_edited: int = 0  # the trust person's edits won
    removed: int = 0  # no longer in the pack
    dismissed: int = 0  # the trust person had removed them: not brought back

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass(frozen=True, slots=True)
class InstallReport:
    source: str
    providers: SyncCounts
    templates: SyncCounts
    helplines: int | None = None  # number stored, None when the pack carries none
    coordinator_card_changed: bool = False  # a new coordinator card: to be compared by phone
    knowledge: int | None = None  # knowledge cards stored, None when the pack carries none
    # the pack's coordinator card differs from the CONFIRMED one: that one's short fingerprint (it is
    # kept and keeps working; the pack's card waits beside it until compared by phone)
    confirmed_card_kept: str = ""

    @property
    def changed(self) -> bool:
        return (self.providers.changed or self.templates.changed or self.helplines is not None
                or self.coordinator_card_changed or self.knowledge is not None)


Item = TypeVar("Item", Provider, Template)


def _owned_by(items: Sequence[Item], pack_id: str) -> dict[str, Item]:
    owned: dict[str, Item] = {}
    for item in items:
        if item.source != "own" and item.source.partition("@")[0] == pack_id:
            owned.setdefault(item.source_key, item)
    return owned


def _sync(incoming: Sequence[Item], present: dict[str, Item], dismissed: set[str], *,
          add: Callable[[list[Item]], object], update: Callable[[Item], object],
          delete: Callable[[int], None]) -> SyncCounts:
    counts = dict.fromkeys(("added", "updated", "unchanged", "kept_edited", "removed", "dismissed"), 0)
    new: list[Item] = []
    for item in incoming:
        old = present.pop(item.source_key, None)
        if old is None:
            if item.source_key in dismissed:
                counts["dismissed"] += 1
            else:
                new.append(item)
        elif old.edited:
            counts["kept_edited"] += 1
        else:
            same_content = replace(old, id=None, source=item.source) == item
            if old.source != item.source or not same_content:
                update(replace(item, id=old.id))
            counts["unchanged" if same_content else "updated"] += 1
    for old in present.values():
        if old.edited:
            counts["kept_edited"] += 1
        elif old.id is not None:
            delete(old.id)
            counts["removed"] += 1
    if new:
        add(new)
    counts["added"] = len(new)
    return SyncCounts(**counts)


def _dismissed(vault: Vault, pack_id: str) -> dict[str, list[str]]:
    value = vault.settings.get(dismissed_setting(pack_id), {})
    if not isinstance(value, dict):
        return {"providers": [], "templates": []}
    return {kind: [str(k) for k in value.get(kind, [])] for kind in ("providers", "templates")}


def _add_templates(vault: Vault) -> Callable[[list[Template]], object]:
    return lambda templates: [vault.templates.add(t) for t in templates]


def _nothing(_item: object) -> None:
    return None


def _apply(vault: Vault, manifest: Manifest, providers: Sequence[Provider],
           templates: Sequence[Template] | None, *, dry_run: bool = False) -> tuple[SyncCounts, SyncCounts]:
    dismissed = _dismissed(vault, manifest.id)
    provider_counts = _sync(
        providers, _owned_by(vault.providers.by_source(f"{manifest.id}@"), manifest.id),
        set(dismissed["providers"]),
        add=_nothing if dry_run else vault.providers.add_many,
        update=_nothing if dry_run else vault.providers.update,
        delete=_nothing if dry_run else vault.providers.delete)
    template_counts = SyncCounts()
    if templates is not None:
        template_counts = _sync(
            templates, _owned_by(vault.templates.list(), manifest.id), set(dismissed["templates"]),
            add=_nothing if dry_run else _add_templates(vault),
            update=_nothing if dry_run else vault.templates.update,
            delete=_nothing if dry_run else vault.templates.delete)
    return provider_counts, template_counts


def _check_version(vault: Vault, pack: Pack, reinstall: bool) -> None:
    if not pack.key_id:
        raise PackRejected(RejectReason.UNSIGNED, QT_TRANSLATE_NOOP(
            "PackDetail", "only a verified pack can be imported"))
    previous = vault.settings.get(version_setting(pack.id))
    if type(previous) is int and pack.version < previous:
        raise PackRejected(RejectReason.OLDER_VERSION, QT_TRANSLATE_NOOP(
            "PackDetail", "version {previous} is imported, this is {version}").format(
            previous=previous, version=pack.version))
    if previous == pack.version and not reinstall:
        raise PackRejected(RejectReason.ALREADY_IMPORTED, QT_TRANSLATE_NOOP(
            "PackDetail", "version {version} is already imported").format(version=pack.version))


def plan_import(vault: Vault, pack: Pack, *, reinstall: bool = False) -> InstallReport:
    """What ``import_pack`` would do, written nowhere: for the confirmation the UI shows first.
    Raises the same PackRejected refusals."""
    _check_version(vault, pack, reinstall)
    provider_counts, template_counts = _apply(vault, pack.manifest, pack.providers, pack.templates, dry_run=True)
    return InstallReport(pack.manifest.source, provider_counts, template_counts,
                         None if pack.helplines is None else len(pack.helplines), _card_changes(vault, pack),
                         None if pack.knowledge is None else len(pack.knowledge), _confirmed_kept(vault, pack))


def _confirmed_kept(vault: Vault, pack: Pack) -> str:
    from trustdesk.exchange.local import coordinator_card, short_fingerprint

    current = coordinator_card(vault)
    if pack.coordinator_card is None or current is None or not current.confirmed \
            or current.card.key_id == pack.coordinator_card.key_id:
        return ""
    return short_fingerprint(current.card)


def _card_changes(vault: Vault, pack: Pack) -> bool:
    from trustdesk.exchange.local import coordinator_card

    current = coordinator_card(vault)
    return pack.coordinator_card is not None and (current is None or current.card.key_id != pack.coordinator_card.key_id)


def import_pack(vault: Vault, pack: Pack, *, reinstall: bool = False) -> InstallReport:
    """Import a pack returned by ``verify_pack``, in ONE transaction.  PackRejected(OLDER_VERSION)
    when a newer version is in the vault; (ALREADY_IMPORTED) for the same version unless
    ``reinstall`` (which is idempotent)."""
    _check_version(vault, pack, reinstall)
    with vault.transaction():
        provider_counts, template_counts = _apply(vault, pack.manifest, pack.providers, pack.templates)
        if pack.helplines is not None:
            vault.settings.set(HELPLINES_SETTING, [h.to_json() for h in pack.helplines])
        if pack.knowledge is not None:  # a pack without cards (an older one) keeps the cards there are
            vault.settings.set(KNOWLEDGE_SETTING, [card_to_json(c) for c in pack.knowledge])
        card_changed, kept = False, _confirmed_kept(vault, pack)
        if pack.coordinator_card is not None:
            from trustdesk.exchange.local import remember_coordinator_card

            card_changed = remember_coordinator_card(vault, pack.coordinator_card, pack.manifest.source)
        if pack.release is not None:
            vault.settings.set(RELEASE_SETTING, pack.release.to_json())
        vault.settings.set(LAST_PACK_SETTING, {"source": pack.manifest.source, "created": pack.manifest.created,
                                               "title": pack.manifest.title, "signer": pack.key_id})
        vault.settings.set(version_setting(pack.id), pack.version)
        vault.audit.append(AuditEvent.PACK_IMPORT, detail=pack.manifest.source)
        if pack.manifest.next_key:  # a signed rotation: from now on the successor key is trusted
            from trustdesk.packs.signing import key_id, raw_public_key

            successor = raw_public_key(pack.manifest.next_key)
            if successor is not None and key_id(successor) != pack.key_id:
                vault.settings.set(KEY_SETTING, pack.manifest.next_key)
                vault.audit.append(EVENT_KEY_ROTATED, detail=f"key {pack.key_id} -> {key_id(successor)}")
    return InstallReport(pack.manifest.source, provider_counts, template_counts,
                         None if pack.helplines is None else len(pack.helplines), card_changed,
                         None if pack.knowledge is None else len(pack.knowledge), kept)


def install_starter_directory(vault: Vault, csv_data: bytes | None = None) -> InstallReport:
    """Install (or bring up to date) the public Belgian help lines shipped in resources/directory.
    Idempotent: a second run changes nothing; the trust person's edits and removals are kept."""
    manifest = Manifest(STARTER_ID, STARTER_VERSION, date.today().isoformat(), frozenset())
    providers = providers_from_csv(starter_directory_csv() if csv_data is None else csv_data, manifest.source)
    previous = vault.settings.get(version_setting(STARTER_ID))
    if type(previous) is int and previous > STARTER_VERSION:
        return InstallReport(manifest.source, SyncCounts(), SyncCounts())
    with vault.transaction():
        provider_counts, template_counts = _apply(vault, manifest, providers, None)
        if provider_counts.changed:
            vault.settings.set(version_setting(STARTER_ID), STARTER_VERSION)
            vault.audit.append(AuditEvent.PACK_IMPORT, detail=manifest.source)
    return InstallReport(manifest.source, provider_counts, template_counts)


def ensure_starter_directory(vault: Vault) -> None:
    """The starter directory, once, in a vault that never had it.  The wizard installs it when it makes
    the vault; a vault made before that (a wizard left on its way, an older build) gets it from the first
    reader of the directory: the providers page, a referral's picker, a safety plan's crisis lines all
    call this, so what they show never depends on which page was opened first.  A build without its
    resources, or a vault that cannot be written, shows the directory as it is."""
    from trustdesk.vault.errors import VaultError

    if vault.settings.get(version_setting(STARTER_ID)) is not None:
        return
    try:
        install_starter_directory(vault)
    except (OSError, VaultError):
        pass


def forget_item(vault: Vault, item: Provider | Template) -> None:
    """Delete a provider or template; when it came from a pack, remember that so a later import
    of that pack does not bring it back."""
    if item.id is None:
        raise ValueError("the item has no id")
    with vault.transaction():
        if isinstance(item, Provider):
            vault.providers.delete(item.id)
        else:
            vault.templates.delete(item.id)
        if item.source != "own" and "@" in item.source and item.source_key:
            pack_id = item.source.partition("@")[0]
            dismissed = _dismissed(vault, pack_id)
            kind = "providers" if isinstance(item, Provider) else "templates"
            if item.source_key not in dismissed[kind]:
                dismissed[kind].append(item.source_key)
                vault.settings.set(dismissed_setting(pack_id), dismissed)


def announced_release(vault: Vault) -> ReleaseAnnouncement | None:
    """The release the last imported pack announced (None when no pack announced one)."""
    stored: Any = vault.settings.get(RELEASE_SETTING)
    if not isinstance(stored, dict):
        return None
    try:
        return parse_release(stored)
    except PackRejected:
        return None


def last_pack(vault: Vault) -> tuple[str, str]:
    """(source "<id>@<version>", creation date) of the last imported pack; ("", "") when none."""
    stored: Any = vault.settings.get(LAST_PACK_SETTING)
    if not isinstance(stored, dict):
        return "", ""
    return str(stored.get("source", "")), str(stored.get("created", ""))


@dataclass(frozen=True)
class ActivePack:
    """The pack whose directory and templates are in use, as Settings shows it."""
    pack_id: str
    version: str
    title: str  # "" when the pack has none
    created: str  # the pack's date (ISO), "" for the built-in starter directory
    signer: str  # the key id it was verified with ("" for the starter, or an import before it was recorded)
    builtin: bool  # the starter directory shipped inside TrustDesk (no signature: it is part of the build)


def active_pack(vault: Vault) -> ActivePack | None:
    """The last imported pack; else the built-in starter directory when it is installed; else None.
    One source for Settings and the audit log's ``pack_import`` entries (both name the starter)."""
    stored: Any = vault.settings.get(LAST_PACK_SETTING)
    if isinstance(stored, dict) and stored.get("source"):
        pack_id, _, version = str(stored["source"]).partition("@")
        return ActivePack(pack_id, version, str(stored.get("title", "")), str(stored.get("created", "")),
                          str(stored.get("signer", "")), False)
    starter = vault.settings.get(version_setting(STARTER_ID))
    if type(starter) is int:
        return ActivePack(STARTER_ID, str(starter), "", "", "", True)
    return None


def knowledge_cards(vault: Vault) -> list[KnowledgeCard]:
    """The knowledge cards of the last pack that carried any, else the default cards shipped with
    TrustDesk (resources/knowledge)."""
    stored: Any = vault.settings.get(KNOWLEDGE_SETTING, [])
    cards = [c for c in map(card_from_json, stored if isinstance(stored, list) else []) if c is not None]
    return cards or list(default_cards())


def helplines(vault: Vault) -> list[Helpline]:
    """The help lines the last pack brought (typed), for the UI's help-line panel."""
    stored: Any = vault.settings.get(HELPLINES_SETTING, [])
    found: list[Helpline] = []
    for item in stored if isinstance(stored, list) else []:
        if isinstance(item, dict):
            found.append(Helpline(key=str(item.get("key", "")), name=str(item.get("name", "")),
                                  number=str(item.get("number", "")),
                                  languages=_languages(item.get("languages", [])),
                                  description=str(item.get("description", "")),
                                  website=str(item.get("website", ""))))
    return found



def _languages(values: Any) -> frozenset[Language]:
    if not isinstance(values, list):
        return frozenset()
    return frozenset(Language(v) for v in values if isinstance(v, str) and v in {lang.value for lang in Language})
