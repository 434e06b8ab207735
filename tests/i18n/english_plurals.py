"""Fills the English plural catalogue (resources/translations/trustdesk_en.ts) after lupdate.

English is the source language, so only its %n plurals need a catalogue: "%n case(s)" reads
"1 case" and "2 cases".  `make update-translations` runs this after `lupdate -pluralonly`; it fills
every empty entry from its source ("(s)" dropped for one, "s" for many) and leaves the filled ones
alone, so a sentence whose verb must agree too ("%n row(s) repeat…") is corrected once by hand in the
.ts file and kept from then on.  tests/i18n/test_placeholders_and_plurals.py checks the result.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "trustdesk_en.ts"


def english_forms(source: str) -> tuple[str, str]:
    """(one, many) for a %n source: "(s)", "(y/ies)" and "(es)" resolved, anything else kept."""
    one = re.sub(r"\((?:s|es)\)", "", source).replace("(y/ies)", "y")
    many = re.sub(r"\((s|es)\)", r"\1", source).replace("(y/ies)", "ies")
    return one, many


def fill(path: Path = CATALOGUE) -> int:
    """Fill the empty plural entries of ``path``; returns how many were filled."""
    text = path.read_text(encoding="utf-8")
    filled = 0

    def one_message(match: re.Match[str]) -> str:
        nonlocal filled
        message = match.group(0)
        if 'type="unfinished"' not in message:
            return message
        source = ET.fromstring(message).findtext("source") or ""
        forms = english_forms(source)
        indent = re.search(r"\n(\s*)<numerusform", message)
        pad = indent.group(1) if indent else "            "
        body = "".join(f"\n{pad}<numerusform>{_escape(form)}</numerusform>" for form in forms)
        filled += 1
        return re.sub(r'<translation type="unfinished">.*?</translation>',
                      lambda _: f"<translation>{body}\n{pad[:-4]}</translation>", message, flags=re.DOTALL)

    text = re.sub(r'<message numerus="yes">.*?</message>', one_message, text, flags=re.DOTALL)
    path.write_text(text, encoding="utf-8")
    return filled


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


if __name__ == "__main__":
    count = fill(Path(sys.argv[1]) if len(sys.argv) > 1 else CATALOGUE)
    print(f"{count} English plural(s) filled in; check their wording in trustdesk_en.ts")
