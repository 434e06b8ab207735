"""Every translation keeps its source's placeholders (%1…, {name}) and ends the way its source ends;
no bracketed plural ("case(s)", "fusionné(s)") is ever shown, in any language: English reads its
source text, so every "(s)" source is a %n plural whose forms the English catalogue gives; nothing
is left in English inside the Dutch or French catalogue."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from tests.i18n.english_plurals import english_forms, fill
from trustdesk.ui.kit.language import Translations, translations_dir

NUMBERED = re.compile(r"%L?\d+")
FIELD = re.compile(r"\{\w+\}")
BRACKETED_PLURAL = re.compile(r"\w\((?:s|en|e|es|x|y/ies|ies)\)")
ENDINGS = ".:?!…"
# A polite request may end as a question in Dutch and French ("Wilt u ze … geven?").
QUESTION_FOR_A_REQUEST = {"I cannot take on %1: I have a possible conflict of interest. Please pass it on to "
                          "another trust person.", "No."}
# Left in English on purpose: the term Belgian clinicians use as it is.
SAME_AS_ENGLISH = {"Second victim"}

Entry = tuple[str, str, bool, list[str]]  # context, source, numerus, forms


def entries(language: str) -> Iterator[Entry]:
    for context in ET.parse(translations_dir() / f"trustdesk_{language}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            yield (context.findtext("name", ""), message.findtext("source", ""), message.get("numerus") == "yes",
                   forms)


def placeholder_problems(source: str, numerus: bool, forms: list[str]) -> list[str]:
    wrong = []
    for text in forms:
        if sorted(set(NUMBERED.findall(source))) != sorted(set(NUMBERED.findall(text))):
            wrong.append(f"numbered placeholders {NUMBERED.findall(text)} in {text!r}")
        if set(FIELD.findall(source)) != set(FIELD.findall(text)):
            wrong.append(f"fields {FIELD.findall(text)} in {text!r}")
        if not numerus and "%n" in text:
            wrong.append(f"%n outside a plural in {text!r}")
        if BRACKETED_PLURAL.search(text):
            wrong.append(f"bracketed plural in {text!r}")
    if numerus and "%n" in source and "%n" not in forms[-1]:
        wrong.append(f"the plural form lost %n: {forms[-1]!r}")
    return wrong


def ending_problems(source: str, forms: list[str]) -> list[str]:
    end = source.rstrip()[-1:]
    if end not in ENDINGS or source in QUESTION_FOR_A_REQUEST:
        return []
    return [f"ends {text.rstrip()[-1:]!r} where the source ends {end!r}: {text!r}"
            for text in forms if text.rstrip()[-1:] != end]


def test_the_checks_can_fail() -> None:
    assert placeholder_problems("Case %1 of %2", False, ["Dossier %1"])
    assert placeholder_problems("Saved at {time}", False, ["Bewaard om {tijd}"])
    assert placeholder_problems("%n case(s)", True, ["%n dossier", "dossiers"])
    assert placeholder_problems("%1 merged", False, ["%1 fusionné(s)"])
    assert placeholder_problems("%n case(s)", True, ["%n case(s)", "%n case(s)"])
    assert placeholder_problems("%n case(s), made on %1.", True, ["%n dossier, créé le %1.",
                                                                   "%n dossiers, créés le %1."]) == []
    assert ending_problems("Choose a reason.", ["Kies een reden"])
    assert ending_problems("Workplace:", ["Werkplek"])
    assert ending_problems("Status: %1", ["Statut\u00a0: %1"]) == []
    assert ending_problems("Where?", ["Où\u00a0?"]) == []


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_placeholders_survive_every_translation(language: str) -> None:
    found = [f"{context}: {problem}" for context, source, numerus, forms in entries(language)
             for problem in placeholder_problems(source, numerus, forms)]
    assert found == [], "\n".join(found[:40])


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_no_translation_is_cut_short(language: str) -> None:
    """A translation ends like its source (a sentence with its full stop, a label with its colon, a
    menu item with its ellipsis): a missing ending is usually a text cut off in the middle."""
    found = [f"{context}: {problem}" for context, source, _, forms in entries(language)
             for problem in ending_problems(source, forms)]
    assert found == [], "\n".join(found[:40])


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_nothing_is_left_in_english(language: str) -> None:
    left = [f"{context}: {source!r}" for context, source, _, forms in entries(language)
            if source not in SAME_AS_ENGLISH and re.search(r"[a-z]{3,} [a-z]{3,}", source)
            and any(text.strip() == source.strip() for text in forms)]
    assert left == [], "\n".join(left)


def test_every_bracketed_plural_in_the_code_is_a_plural_with_english_forms() -> None:
    """English shows the source text: "1 case(s)" unless the source is a %n plural and the English
    catalogue gives "1 case" and "2 cases"."""
    english = {(context, source): forms for context, source, numerus, forms in entries("en") if numerus}
    plurals = set()
    for context, source, numerus, _ in entries("nl"):
        if BRACKETED_PLURAL.search(source) or numerus:
            assert numerus, f"{context}: {source!r} shows a bracketed plural; make it a %n plural (tr(…, n=…))"
            plurals.add((context, source))
    assert plurals, "the Dutch catalogue has no plural at all?"
    missing = sorted(plurals - set(english))
    assert not missing, f"not in trustdesk_en.ts (make update-translations, then fill in): {missing[:5]}"
    for key, forms in english.items():
        assert len(forms) == 2 and all(forms), f"{key}: English needs a singular and a plural"
        assert forms[0] != forms[1] or not BRACKETED_PLURAL.search(key[1]), f"{key}: the same singular and plural"


@pytest.mark.parametrize(("language", "one", "many"), [("en", "1 case", "2 cases"),
                                                       ("nl", "1 dossier", "2 dossiers"),
                                                       ("fr", "1 dossier", "2 dossiers")])
def test_counts_read_naturally_at_run_time(translations: Translations, language: str, one: str,
                                           many: str) -> None:
    assert translations.install(language)
    assert QCoreApplication.translate("RestoreWizard", "%n case(s)", "", 1) == one
    assert QCoreApplication.translate("RestoreWizard", "%n case(s)", "", 2) == many
    said = QCoreApplication.translate("ProvidersPage", "%1 of %n provider(s) shown.", "", 1).replace("%1", "1")
    assert "(s)" not in said and "(en)" not in said


# The same English words said two ways on purpose: a different thing in each place.
DELIBERATELY_DIFFERENT = {
    "&Back",  # a wizard's previous page (Vorige, Précédent) / back to the passphrase (Terug, Retour)
    "Saved as %1.",  # French agrees with what was saved: un document enregistré, une carte enregistrée
    "Knowledge domains",  # "Domaines" where the form is about domains anyway, in full in the directory
    "Knowledge domains:",  # a knowledge card's (kennisdomeinen) / a case's problem areas (problematiek, Dutch)
    "Intake",  # a new case's status (nouvelle demande) / the part of a case handed over (demande)
}


def two_ways(language: str) -> dict[str, set[tuple[str, ...]]]:
    said: dict[str, set[tuple[str, ...]]] = {}
    for _, source, _, forms in entries(language):
        said.setdefault(source, set()).add(tuple(text.replace("&", "") for text in forms))
    return {source: ways for source, ways in said.items() if len(ways) > 1}


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_same_words_are_translated_one_way(language: str) -> None:
    """One term per concept: the same English text in two places has one translation (its keyboard
    shortcut aside), unless listed above with the reason."""
    found = {source: ways for source, ways in two_ways(language).items() if source not in DELIBERATELY_DIFFERENT}
    assert found == {}, "\n".join(f"{source!r}: {sorted(ways)}" for source, ways in found.items())
    assert DELIBERATELY_DIFFERENT - set(two_ways("nl")) - set(two_ways("fr")) == set(), "a stale exception"


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_a_plural_has_a_singular_and_a_plural(language: str) -> None:
    """English may say both the same way when no word changes ("Show more (%n not shown)…")."""
    same = [f"{context}: {source!r}" for context, source, numerus, forms in entries(language)
            if numerus and (len(forms) != 2 or forms[0] == forms[1]
                            and (language != "en" or BRACKETED_PLURAL.search(source)))]
    assert same == [], "\n".join(same)


def test_new_english_plurals_are_filled_in_from_their_source(tmp_path: Path) -> None:
    """`make update-translations` fills a new %n entry of trustdesk_en.ts; a corrected one is kept."""
    assert english_forms("%n case(s)") == ("%n case", "%n cases")
    assert english_forms("%n entr(y/ies) missing") == ("%n entry missing", "%n entries missing")
    catalogue = tmp_path / "trustdesk_en.ts"
    catalogue.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Page</name>
    <message numerus="yes">
        <source>%n row(s) &amp; more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat</source>
        <translation>
            <numerusform>%n row repeats</numerusform>
            <numerusform>%n rows repeat</numerusform>
        </translation>
    </message>
</context>
</TS>
""", encoding="utf-8")
    assert fill(catalogue) == 1
    forms = {m.findtext("source"): [f.text for f in m.iter("numerusform")]
             for m in ET.parse(catalogue).getroot().iter("message")}
    assert forms == {"%n row(s) & more": ["%n row & more", "%n rows & more"],
                     "%n row(s) repeat": ["%n row repeats", "%n rows repeat"]}
    assert 'type="unfinished"' not in catalogue.read_text(encoding="utf-8")
