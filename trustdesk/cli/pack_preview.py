"""``trustdesk pack preview``: a verified pack as TrustDesk would show it -- the directory, the knowledge
cards, the help lines and every letter template rendered for a made-up case -- in the command's language."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING

from trustdesk.cli.words import spoken_language, translate

if TYPE_CHECKING:
    from trustdesk.packs.pack import Pack


def show(pack: Pack, language: str | None) -> int:
    """Print the pack; the number of templates that cannot be used."""
    from trustdesk.detail import said_in
    from trustdesk.documents.letter_context import sample_context, withheld
    from trustdesk.documents.templates import fields_used, preview
    from trustdesk.domain.enums import ProviderKind
    from trustdesk.packs.care_vocabulary import label

    print(translate("cli", "pack {source} “{title}”, signed by key {key}").format(
        source=pack.manifest.source, title=pack.manifest.title or pack.id, key=pack.key_id))
    print("\n== " + translate("cli", "Directory: {providers}").format(
        providers=translate("cli", "%n provider(s)", "", len(pack.providers))) + " ==")
    spoken = spoken_language()  # every value as a coordinator reads it: its label in the command's language

    def labels_of(values: Iterable[StrEnum]) -> str:
        return ", ".join(sorted(label(type(v), v.value, spoken) for v in values))

    for provider in sorted(pack.providers, key=lambda p: p.name.casefold()):
        languages = labels_of(provider.languages)
        kind = label(ProviderKind, provider.kind.value, spoken) if provider.kind else "-"
        regions = labels_of(provider.regions) or provider.region
        domains = labels_of(provider.domains)
        print(f"  {provider.name}  [{kind}; {regions or '-'}; {languages or '-'}; {domains or '-'}]  {provider.phone}")
    if pack.knowledge is not None:
        print("\n== " + translate("cli", "Knowledge cards: {count}").format(count=len(pack.knowledge)) + " ==")
        for card in pack.knowledge:
            domains = labels_of(card.domains) or translate("cli", "general")
            print("  " + translate("cli", "{language}/{key}: {title}  [{domains}]  source: {source}").format(
                language=card.language.value, key=card.key, title=card.title, domains=domains,
                source=card.source or "-"))
    if pack.helplines is not None:
        print("\n== " + translate("cli", "Help lines: {count}").format(count=len(pack.helplines)) + " ==")
        for line in pack.helplines:
            print(f"  {line.name}: {line.number}")
    shown = [t for t in pack.templates if not language or t.language.value == language]
    print("\n== " + translate("cli", "Letter templates: {count} (rendered for a made-up case)").format(
        count=len(shown)) + " ==")
    failed = 0
    for template in shown:
        context = sample_context(template.language)
        result = preview(template.body, context)
        print(f"\n--- {template.name}  ({template.source_key}) ---")
        if result.problems:
            failed += 1
            print("  " + translate("cli", "CANNOT BE USED: {problems}").format(
                problems="; ".join(said_in(p.detail, translate) for p in result.problems)))
        else:
            print(result.text)
            note = withheld(fields_used(template.body), context)
            if note:  # e.g. an empty {{ case.code }}: on purpose, and said so
                print("  (" + said_in(note, translate) + ")")
    return failed
