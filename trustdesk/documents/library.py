"""The default letter templates shipped in ``resources/templates/<lang>/<kind>.j2``.

They are stored in the vault as ordinary templates (source ``"default"``, source key
``"<lang>/<kind>"``); installing them again adds only the missing ones and never touches a
template the trust person edited or deleted-and-recreated.
"""

from __future__ import annotations

from dataclasses import replace

from trustdesk.documents.labels import LANGUAGES, Labels
from trustdesk.domain.enums import Language, ProviderKind, TemplateKind
from trustdesk.domain.models import Template
from trustdesk.vault import Vault

SOURCE = "default"
DEFAULT_KINDS = (TemplateKind.REFERRAL_PSY, TemplateKind.REFERRAL_GP, TemplateKind.REFERRAL_OCCUPATIONAL,
                 TemplateKind.REFERRAL_ADDICTION, TemplateKind.REFERRAL_PEER, TemplateKind.REFERRAL_WELLBEING,
                 TemplateKind.AGREEMENT_NOTE)


def default_templates() -> list[Template]:
    """Every shipped template, nl/fr/en × the default kinds, read from the resources folder."""
    from trustdesk.documents.layout import (
        resources_dir,  # reportlab: not for whoever only imports this module
    )

    folder = resources_dir() / "templates"
    templates = []
    for language in LANGUAGES:
        words = Labels(language)
        for kind in DEFAULT_KINDS:
            key = f"{language}/{kind.value}"
            body = (folder / f"{key}.j2").read_text(encoding="utf-8")
            templates.append(Template(name=words.enum(kind), kind=kind, language=Language(language), body=body,
                                      source=SOURCE, source_key=key))
    return templates


def install_default_templates(vault: Vault) -> list[Template]:
    """Add the default templates the vault does not hold yet; returns the ones added."""
    present = {t.source_key for t in vault.templates.list() if t.source == SOURCE}
    return [vault.templates.add(t) for t in default_templates() if t.source_key not in present]


# -- the preferred template per language and kind ------------------------------------------------------

PREFERRED_SETTING = "templates.preferred"  # {"<lang>/<kind>": template id}


def preferred_key(template: Template) -> str:
    return f"{template.language.value}/{template.kind.value}"


def preferred_templates(vault: Vault) -> dict[str, int]:
    """The template chosen as the default for each language and kind (a pack's, one's own, …)."""
    value = vault.settings.get(PREFERRED_SETTING, {})
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, int) and not isinstance(v, bool)}


def set_preferred_template(vault: Vault, template: Template) -> None:
    """Make ``template`` the one letters of its language and kind start from."""
    if template.id is None:
        raise ValueError("the template is not stored")
    chosen = preferred_templates(vault)
    chosen[preferred_key(template)] = template.id
    vault.settings.set(PREFERRED_SETTING, chosen)


def is_preferred(template: Template, chosen: dict[str, int]) -> bool:
    """Chosen explicitly; else the shipped default of its language and kind is."""
    key = preferred_key(template)
    if key in chosen:
        return chosen[key] == template.id
    return template.source == SOURCE


# -- the letter a referral starts from -------------------------------------------------------------------

# A template says whom it is written to by its kind (``<lang>/<kind>.j2``, shipped or in a pack): the
# occupational physician's letter speaks of workload and the employer's prevention service, the GP's
# asks for the medical follow-up.  A kind of provider no template is written for (a crisis line, an
# organisation such as the help platform itself) gets no default: a letter meant for someone else
# would be sent as it stands more often than rewritten.
LETTER_KIND_FOR_PROVIDER: dict[ProviderKind, TemplateKind] = {
    ProviderKind.PSYCHOLOGIST: TemplateKind.REFERRAL_PSY,
    ProviderKind.PSYCHIATRIST: TemplateKind.REFERRAL_PSY,
    ProviderKind.GP: TemplateKind.REFERRAL_GP,
    ProviderKind.OCCUPATIONAL_PHYSICIAN: TemplateKind.REFERRAL_OCCUPATIONAL,
    ProviderKind.ADDICTION_CARE: TemplateKind.REFERRAL_ADDICTION,
    ProviderKind.PEER_COACHING: TemplateKind.REFERRAL_PEER,
    ProviderKind.WELLBEING_ACTIVITY: TemplateKind.REFERRAL_WELLBEING,
}


def letter_kind_for(provider_kind: ProviderKind | None) -> TemplateKind | None:
    """The kind of letter written to this kind of provider; None when no letter is made for it."""
    return LETTER_KIND_FOR_PROVIDER.get(provider_kind) if provider_kind is not None else None


def default_letter_template(templates: list[Template], provider_kind: ProviderKind | None,
                            language: Language, chosen: dict[str, int]) -> Template | None:
    """The template a referral letter starts from: one of the letter's language written for this kind
    of provider (the one chosen as the default first); None when there is none, never another
    kind's letter."""
    wanted = letter_kind_for(provider_kind)
    fitting = [t for t in templates if wanted is not None and t.kind == wanted and t.language == language]
    if not fitting:
        return None
    return min(fitting, key=lambda t: (0 if is_preferred(t, chosen) else 1, t.name.casefold(), t.id or 0))


DEFAULTS_OFFERED = "templates.defaults_offered"  # source keys of default templates already offered once


def ensure_default_templates(vault: Vault) -> int:
    """Add the shipped default templates not offered before (a deleted default stays deleted);
    returns how many were added.  What the UI calls (first run, pack import, the templates page)."""
    offered = vault.settings.get(DEFAULTS_OFFERED)
    offered_keys = {str(k) for k in offered} if isinstance(offered, list) else set()
    stored = {t.source_key: t for t in vault.templates.list() if t.source == SOURCE}
    defaults = default_templates()
    missing = [t for t in defaults if t.source_key not in stored and t.source_key not in offered_keys]
    # A default the trust person never changed follows the shipped text (rewritten letters reach
    # vaults made before); a changed one is theirs and stays as it is.
    outdated = [replace(stored[t.source_key], body=t.body, name=t.name) for t in defaults
                if t.source_key in stored and not stored[t.source_key].edited
                and (stored[t.source_key].body, stored[t.source_key].name) != (t.body, t.name)]
    if not missing and not outdated and offered_keys >= {t.source_key for t in defaults}:
        return 0
    with vault.transaction():
        for template in missing:
            vault.templates.add(template)
        for template in outdated:
            vault.templates.update(template)
        vault.settings.set(DEFAULTS_OFFERED, sorted(offered_keys | {t.source_key for t in defaults}))
    return len(missing)
