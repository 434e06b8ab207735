"""Which words of the language switched away from are still on screen: the fixed parts of every
catalogue text of ``old`` (``%1``, ``{name}`` and markup cut out) that the ``new`` catalogue says
otherwise.  A text made once from a result ("Bewaard als summary.pdf.") and never made again shows up
here after a switch nl→fr."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "translations"
HOLES = re.compile(r"%n|%L?\d+|\{[^}]*\}|<[^>]*>|&[a-z#0-9]+;")
SHORTEST = 10  # shorter pieces ("Notitie", "Dossier") are words both catalogues may share


def _translations(language: str) -> dict[tuple[str, str], list[str]]:
    texts: dict[tuple[str, str], list[str]] = {}
    root = ET.parse(CATALOGUES / f"trustdesk_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            texts[(name, message.findtext("source") or "")] = forms
    return texts


@cache
def pieces(old: str, new: str) -> frozenset[str]:
    """The fixed pieces of ``old``'s texts (SHORTEST characters or more) that ``new`` has nowhere."""
    before, after = _translations(old), _translations(new)
    found = {piece.strip() for key, forms in before.items() if forms != after.get(key)
             for form in forms for piece in HOLES.split(form)}
    everywhere_new = "\n".join(form for forms in after.values() for form in forms)
    return frozenset(p for p in found if len(p) >= SHORTEST and p not in everywhere_new)


def language_left(shown: str, old: str, new: str) -> set[str]:
    """The pieces of ``old``-language text in ``shown`` after a switch to ``new``."""
    return {piece for piece in pieces(old, new) if piece in shown}
