"""French typography everywhere French is written: a no-break space before : ; ? ! and inside « »,
and the typographic apostrophe, in the interface catalogue, the printed labels and the letters."""

from __future__ import annotations

import re

import pytest
from test_glossary import everything

from trustdesk.documents.labels import french_typography

SPACE_BEFORE = re.compile(r" [:;?!]")  # an ordinary space where a no-break space belongs
GLUED = re.compile(r"[^\s\u00a0\u202f][;?!](?=\s|$)|[^\s\u00a0\u202f\d/:%}][:](?=\s|$)")
GUILLEMETS = re.compile(r"«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»")
APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
JINJA = re.compile(r"\{[{%].*?[}%]\}")


def problems(text: str) -> list[str]:
    text = JINJA.sub("", text)
    return [name for name, pattern in (("space", SPACE_BEFORE), ("glued", GLUED), ("guillemets", GUILLEMETS),
                                       ("apostrophe", APOSTROPHE)) if pattern.search(text)]


def test_the_checks_can_fail() -> None:
    for wrong in ("Statut : Accueil", "Où le conserver ?", "Utilisez « Sauvegarder »", "l'aide", "Objet: x",
                  "Pourquoi?"):
        assert problems(wrong), wrong
    for right in ("Statut\u00a0: actif", "Où\u00a0?", "«\u00a0oui\u00a0»", "l’aide", "14:30", "https://x.be",
                  "%1:"):
        assert problems(right) == [], right
    assert problems(french_typography("Statut : « a » l'aide ?")) == []


@pytest.mark.parametrize("source", ["catalogue", "labels", "templates", "knowledge"])
def test_french_is_set_with_french_typography(source: str) -> None:
    found = [f"{where}: {text!r} {problems(text)}" for where, text in everything("fr")
             if where.startswith({"catalogue": "fr.ts", "labels": "label", "templates": "", "knowledge": "knowledge"}[source])
             and (source != "templates" or where.endswith(tuple(f":{n}" for n in range(1000))) and ".j2" in where)
             and problems(text)]
    assert found == [], "\n".join(found[:40])


def test_the_starter_directory_has_typographic_apostrophes() -> None:
    """The providers' names and descriptions reach the letters and the safety plan's PDF ("Numéro
    d'urgence" was printed with a straight apostrophe): none in the bundled directory."""
    from pathlib import Path

    csv = Path(__file__).resolve().parents[2] / "resources" / "directory" / "starter_providers.csv"
    found = [f"line {number}: {line[:80]!r}" for number, line in enumerate(csv.read_text(encoding="utf-8").splitlines(), 1)
             if APOSTROPHE.search(line)]
    assert found == [], "\n".join(found)
