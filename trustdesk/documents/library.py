"""The default letter templates shipped in ``resources/templates/<lang>/<kind>.j2``.

They are stored in the vault as ordinary templates (source ``"default"``, source key
``"<lang>/<kind>"``); installing them again adds only the missing ones and never touches a
template the trust person edited or deleted-and-recreated.
"""

from __future__ import annotations

from trustdesk.documents.labels import LANGUAGES, Labels
from trustdesk.documents.layout import resources_dir
from trustdesk.domain.enums import Language, TemplateKind
from trustdesk.domain.models import Template
from trustdesk.vault import Vault

SOURCE = "default"
DEFAULT_KINDS = (TemplateKind.REFERRAL_PSY, TemplateKind.REFERRAL_GP, TemplateKind.REFERRAL_OCCUPATIONAL,
                 TemplateKind.REFERRAL_ADDICTION, TemplateKind.REFERRAL_PEER, TemplateKind.REFERRAL_WELLBEING,
                 TemplateKind.AGREEMENT_NOTE)


def default_templates() -> list[Template]:
    """Every shipped template, nl/fr/en × the default kinds, read from the resources folder."""
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
