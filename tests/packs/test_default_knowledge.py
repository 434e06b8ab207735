"""The default knowledge cards (resources/knowledge): every card in Dutch and French, each with its
public source, and no invented contact detail: every phone number, e-mail and web address in a card is
in the README's list of contact details with the source that publishes it.

With TRUSTDESK_SOURCE_DOCS naming a folder of the source documents (plain text), the list itself is
checked against them: every listed detail appears in one of the documents (not run by default: the
documents are not part of the repository)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from trustdesk.domain.enums import Language
from trustdesk.packs.bundled import resources_dir
from trustdesk.packs.knowledge import default_cards

KNOWLEDGE = resources_dir() / "knowledge"
PHONE = re.compile(r"\+?\d[\d .()/-]{5,}\d")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
WEB = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:be|nl|brussels|com|org|eu|net|fr|de|lu)\b[^\s,;)›»]*",
                 re.IGNORECASE)


def listed() -> dict[str, str]:
    text = (KNOWLEDGE / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```contacts\n(.*?)\n```", text, re.S)
    assert block, "README.md has no contacts block"
    pairs = [line.split("|", 1) for line in block.group(1).splitlines() if line.strip()]
    return {detail.strip(): source.strip() for detail, source in pairs}


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def details(text: str) -> set[str]:
    found = {m.group(0) for m in EMAIL.finditer(text)}
    without_mail = EMAIL.sub(" ", text)
    found |= {m.group(0).rstrip(".") for m in WEB.finditer(without_mail)}
    found |= {m.group(0).strip() for m in PHONE.finditer(without_mail) if len(digits(m.group(0))) >= 6}
    return found


def known(detail: str, allowed: dict[str, str]) -> bool:
    if detail in allowed:
        return True
    plain = re.sub(r"^(https?://)?(www\.)?", "", detail.casefold()).rstrip("/")
    for item in allowed:
        if re.sub(r"^(https?://)?(www\.)?", "", item.casefold()).rstrip("/") == plain:
            return True
    return bool(digits(detail)) and len(digits(detail)) >= 6 and digits(detail) in {digits(i) for i in allowed
                                                                                      if PHONE.fullmatch(i)}


def test_every_card_exists_in_dutch_and_french_and_names_its_source() -> None:
    cards = default_cards()
    keys = {lang: {c.key for c in cards if c.language is lang} for lang in (Language.NL, Language.FR)}
    assert keys[Language.NL] == keys[Language.FR] and len(keys[Language.NL]) >= 8
    assert all(c.source.strip() and c.title.strip() and c.body.strip() for c in cards)
    readme = (KNOWLEDGE / "README.md").read_text(encoding="utf-8")
    assert all(key in readme for key in keys[Language.NL]), "every card is in the README's table of sources"


def test_the_categories_of_care_and_the_helpline_are_there() -> None:
    from trustdesk.domain.enums import CareDomain, ProviderKind

    cards = default_cards()
    kinds = {k for c in cards for k in c.kinds}
    assert {ProviderKind.PSYCHOLOGIST, ProviderKind.PSYCHIATRIST, ProviderKind.GP, ProviderKind.ADDICTION_CARE,
            ProviderKind.PEER_COACHING, ProviderKind.WELLBEING_ACTIVITY} <= kinds
    helpline = [c for c in cards if "0800 23 460" in c.body]
    assert {c.language for c in helpline} == {Language.NL, Language.FR}
    covered = {d for c in cards for d in c.domains}
    assert {CareDomain.BURNOUT, CareDomain.DEPRESSION, CareDomain.SUBSTANCE_ABUSE, CareDomain.SUICIDAL_BEHAVIOUR,
            CareDomain.SECOND_VICTIM} <= covered


def test_no_contact_detail_that_no_source_publishes() -> None:
    allowed = listed()
    assert allowed and all(source for source in allowed.values())
    unknown = sorted({(path.relative_to(KNOWLEDGE).as_posix(), d) for path in KNOWLEDGE.glob("*/*.md")
                      for d in details(path.read_text(encoding="utf-8")) if not known(d, allowed)})
    assert unknown == [], "contact details no listed source publishes (never invent one)"


def test_the_detector_finds_what_it_must() -> None:
    """The check above can fail: an invented number, address or site is found and refused."""
    allowed = listed()
    for invented in ("Bel 02 123 45 67 voor hulp.", "Mail hulp@artsen-help.be.", "Zie www.nergens-hulp.be/x.",
                     "Tel. +32 470 12 34 56", "https://help.example.org/a"):
        found = details(invented)
        assert found and not all(known(d, allowed) for d in found), invented
    assert all(known(d, allowed) for d in details("Bel 0800 23 460 of www.artsinnood.be, info@brusano.brussels."))


@pytest.mark.skipif(not os.environ.get("TRUSTDESK_SOURCE_DOCS"), reason="TRUSTDESK_SOURCE_DOCS not set")
def test_every_listed_detail_is_in_a_source_document() -> None:
    folder = Path(os.environ["TRUSTDESK_SOURCE_DOCS"])
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    assert text
    squeezed = re.sub(r"\s+", " ", text).casefold()
    for detail in listed():
        assert detail.casefold() in squeezed, detail
