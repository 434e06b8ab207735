"""A case's problem areas are named in Dutch as the field names them, "problematiek" (the psychosocial
problems a doctor brings), not "kennisdomeinen": those are the knowledge centre's subject areas, the
knowledge cards and a provider's domains (outside tester).  Checked over every Dutch translation of the
screens about a case and over the printed field name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from trustdesk.documents.labels import Labels
from trustdesk.domain.enums import Language

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "trustdesk_nl.ts"
CASE_SCREENS = ("trustdesk/ui/case/case_view.py", "trustdesk/ui/case/cases_page.py", "trustdesk/ui/case/intake_form.py",
                "trustdesk/ui/exchange/intake_dialog.py", "trustdesk/ui/desk/intake_editor.py",
                "trustdesk/ui/exchange/figures_dialog.py")


def _case_messages(screen: str) -> list[tuple[str, str]]:
    found = []
    for message in re.findall(r"<message>.*?</message>", CATALOGUE.read_text(encoding="utf-8"), flags=re.S):
        files = set(re.findall(r'filename="\.\./\.\./([^"]+)"', message))
        translation = re.search(r"<translation>([^<]*)</translation>", message)
        if screen in files and files <= set(CASE_SCREENS) and translation:
            found.append((re.search(r"<source>([^<]*)</source>", message).group(1), translation.group(1)))  # type: ignore[union-attr]
    return found


@pytest.mark.parametrize("screen", CASE_SCREENS)
def test_no_case_screen_calls_the_case_problems_knowledge_domains(screen: str) -> None:
    messages = [(s, t) for s, t in _case_messages(screen) if "domain" in s.casefold()]
    assert messages  # every one of these screens names the case's problem areas
    wrong = [(s, t) for s, t in messages if "kennisdomein" in t.casefold()]
    assert not wrong, wrong


def test_the_printed_field_says_problematiek() -> None:
    assert Labels(Language.NL)("field.domains") == "Problematiek"
