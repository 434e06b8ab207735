"""``pack preview`` (and the template editor's preview with the made-up case) renders a referral letter, which
never holds the case's code, opening date, province or domains: no consent covers them
(``letter_context.WITHHELD_IN_REFERRALS``).  A template that uses one of them shows it empty on purpose, and
the preview says so -- naming exactly the fields the template uses that stay empty, in the reader's language;
a template that uses none gets no note (outside coordinator: "`pack preview` leaves {{ case.code }} empty
without saying so")."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.documents.letter_context import WITHHELD_IN_REFERRALS
from trustdesk.documents.templates import CONTEXT_FIELDS
from trustdesk.packs.pack import parse_members

CASE_FIELDS = CONTEXT_FIELDS["case"] or ()
SAYS = {"nl": "Bewust leeg", "fr": "volontairement vides", "en": "Empty on purpose"}


def _pack(body: str) -> object:
    manifest = {"format": 1, "id": "t", "version": 1, "created": "2026-11-26", "languages": ["nl"]}
    return parse_members({"manifest.json": json.dumps(manifest).encode(),
                          "templates/nl/referral_psy.j2": body.encode()})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=st.lists(st.sampled_from(CASE_FIELDS), unique=True, max_size=4),
       subscript=st.booleans(), language=st.sampled_from(sorted(SAYS)))
def test_preview_names_exactly_the_fields_left_empty_on_purpose(fields: list[str], subscript: bool, language: str,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    from trustdesk.cli.pack_preview import show
    from trustdesk.cli.words import speaking

    used = " ".join(f"{{{{ case['{f}'] }}}}" if subscript else f"{{{{ case.{f} }}}}" for f in fields)
    with speaking(language=language):
        assert show(_pack(f"Beste {{{{ doctor.name }}}}, {used}\n"), None) == 0  # type: ignore[arg-type]
    out = capsys.readouterr().out
    withheld = [f for f in fields if f in WITHHELD_IN_REFERRALS]
    assert (SAYS[language] in out) == bool(withheld), out
    for name in CASE_FIELDS:
        assert (f"{{{{ case.{name} }}}}" in out) == (name in withheld), (name, out)  # the letter holds no "{{"


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_editor_says_it_under_its_sample_preview(qtbot: object, translations: object, language: str,
                                                     vault: object) -> None:
    from trustdesk.ui.documents.template_editor import TemplateEditor
    from trustdesk.ui.kit.session import VaultSession

    translations.install(language)  # type: ignore[attr-defined]
    session = VaultSession()
    session.open(vault)  # type: ignore[arg-type]
    editor = TemplateEditor(session)
    qtbot.addWidget(editor)  # type: ignore[attr-defined]
    editor.body.setPlainText("Dossier {{ case.code }}, {{ case.language }}\n")
    qtbot.waitUntil(lambda: SAYS[language] in editor.problem_label.text(), timeout=5000)  # type: ignore[attr-defined]
    assert "{{ case.code }}" in editor.problem_label.text() and "case.language" not in editor.problem_label.text()
    editor.body.setPlainText("Dossier {{ case.language }}\n")
    editor.update_preview()
    assert SAYS[language] not in editor.problem_label.text()
    session.lock()
