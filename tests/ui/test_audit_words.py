"""The audit log page says every entry in words: events by name, documents by kind, redaction level,
sections, version and count, packs by name and version; no raw token ("case_summary pseudonymised",
"starter@1", "figures_sent") reaches the screen, in English, Dutch or French."""

from __future__ import annotations

import itertools
import re

import pytest

from trustdesk.ui.kit.language import Translations
from trustdesk.ui.security.audit_words import EVENTS, detail_text, event_text
from trustdesk.vault.audit import AuditEvent

RAW = re.compile(r"\b[a-z]+_[a-z_]+\b|@")
KINDS = ("case_summary", "contact_log", "referral_letter", "safety_plan", "activity_report", "audit_csv",
         "recovery_kit", "providers_csv")
TAILS = ("pseudonymised", "full", "minimal", "full intake,contacts", "pseudonymised risk", "referral 12",
         "version 3", "120 entries", "redaction=minimal", "minimal no-sections", "")


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_every_event_has_words(translations: Translations, language: str) -> None:
    translations.install(language)
    events = {v for k, v in vars(AuditEvent).items() if k.isupper() and isinstance(v, str)} | set(EVENTS)
    for event in events:
        text = event_text(event)
        assert text and not RAW.search(text), (event, text)
        assert text != event, event


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_document_details_are_words(translations: Translations, language: str) -> None:
    translations.install(language)
    for kind, tail in itertools.product(KINDS, TAILS):  # every kind with every detail it may carry
        text = detail_text(f"{kind} {tail}".strip(), "export")
        assert not RAW.search(text), text
        assert "pseudonymised" not in text or language == "en"


def test_examples_in_english(translations: Translations) -> None:
    translations.install("en")
    assert detail_text("case_summary pseudonymised", "export") == "Case summary · Pseudonymised"
    assert detail_text("case_summary full intake,risk", "print") == (
        "Case summary · Full (with name) · sections: intake, risk history")
    assert detail_text("starter@1", "pack_import") == "pack “starter”, version 1"
    assert detail_text("safety_plan version 2", "print") == "Safety plan · version 2"
    assert detail_text("TrustDesk-1a2b3c4d-20261206-101010.tdbackup", "backup") == (
        "TrustDesk-1a2b3c4d-20261206-101010.tdbackup")  # a file name is shown as it is
