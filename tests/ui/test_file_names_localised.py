"""The names proposed in save dialogs speak the interface's language and say nothing about the doctor
(issue 18: they were English): the case's code, what the file is, the date; plain ASCII; never an alias
or a name, whatever the case holds."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.ui.kit.language import Translations
from trustdesk.ui.output.document_output import file_word, suggested_file_name

KINDS = ("case_summary", "contact_log", "referral_letter", "activity_report", "recovery_kit", "safety_plan",
         "access", "audit_log", "disclosures", "providers")
EXPECTED = {"nl": {"case_summary": "dossiersamenvatting", "referral_letter": "verwijsbrief",
                   "safety_plan": "veiligheidsplan"},
            "fr": {"case_summary": "resume-du-dossier", "referral_letter": "lettre-d-orientation",
                   "safety_plan": "plan-de-securite"}}
CODES = st.from_regex(r"TD-20[2-3][0-9]-[0-9]{4}", fullmatch=True)


def test_every_kind_has_its_own_word_in_each_language(translations: Translations) -> None:
    english = {kind: file_word(kind) for kind in KINDS}
    assert len(set(english.values())) == len(KINDS)
    try:
        for language, words in EXPECTED.items():
            translations.install(language)
            for kind in KINDS:
                name = suggested_file_name(kind, "TD-2026-0004", today=date(2026, 12, 6))
                assert re.fullmatch(r"TD-2026-0004_[a-z0-9-]+_2026-12-06\.pdf", name), name
                if kind in words:
                    assert name == f"TD-2026-0004_{words[kind]}_2026-12-06.pdf"
                assert file_word(kind) != english[kind], (language, kind)
    finally:
        translations.install("en")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(code=CODES, language=st.sampled_from(["nl", "fr", "en"]), kind=st.sampled_from(KINDS),
       detail=st.sampled_from(["", "2026-01_2026-06"]))
def test_a_name_is_plain_and_holds_only_the_code(translations: Translations, code: str, language: str, kind: str,
                                                 detail: str) -> None:
    translations.install(language)
    try:
        name = suggested_file_name(kind, code, today=date(2026, 12, 6), detail=detail)
        assert name.isascii() and re.fullmatch(r"[A-Za-z0-9._-]+", name), name
        assert name.startswith(f"{code}_") and name.endswith("_2026-12-06.pdf")
        # nothing else about the case: the rest is words of the language, the detail and the date
        middle = name[len(code) + 1:-len("_2026-12-06.pdf")]
        assert not re.search(r"TD-|\d{4}-\d{4}", middle.replace(detail, ""))
    finally:
        translations.install("en")
