"""The letter a referral starts from follows whom it is written to (outside test: a referral to the
help platform itself, an organisation, started from "Doorverwijzing arbeidsarts", the alphabetically
first template, a letter about workload to an occupational physician, for a doctor with suicidal
thoughts).  A template declares its purpose by its kind; the default is one written for the
referral's kind of provider in the letter's language, and when none is, none is chosen and the
dialog says so.  Checked over random template sets and over every kind of provider and language."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from trustdesk.documents.library import (
    default_letter_template,
    default_templates,
    ensure_default_templates,
    letter_kind_for,
)
from trustdesk.domain.enums import Language, ProviderKind, TemplateKind
from trustdesk.domain.models import Case, Referral, Template
from trustdesk.ui.documents.referral_letter import LetterDialog, ordered_templates
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault

LETTER_LANGUAGES = [Language.NL, Language.FR, Language.EN]
templates_st = st.lists(st.builds(
    Template, name=st.sampled_from(["Aaa", "Doorverwijzing arbeidsarts", "Zzz", "brief"]),
    kind=st.sampled_from(list(TemplateKind)), language=st.sampled_from(LETTER_LANGUAGES), body=st.just("x"),
    source=st.sampled_from(["default", "own", "pack@1"]), id=st.integers(1, 10_000)), max_size=20)


@settings(max_examples=400, deadline=None)
@given(templates=templates_st, kind=st.sampled_from([*ProviderKind, None]),
       language=st.sampled_from(LETTER_LANGUAGES))
def test_the_default_is_written_for_the_provider_kind_or_there_is_none(
        templates: list[Template], kind: ProviderKind | None, language: Language) -> None:
    chosen = default_letter_template(templates, kind, language, {})
    wanted = letter_kind_for(kind)
    fitting = [t for t in templates if t.kind == wanted and t.language == language]
    if kind in (ProviderKind.ORGANISATION, ProviderKind.CRISIS_LINE, None) or not fitting:
        assert chosen is None
    else:
        assert chosen is not None and chosen.kind == wanted and chosen.language == language
        ordered = ordered_templates([t for t in templates if t.language == language], kind, {})
        assert ordered[0].kind == wanted  # the list offers the fitting ones first


def test_every_kind_with_a_letter_has_a_shipped_one_in_every_language() -> None:
    shipped = default_templates()
    for kind in ProviderKind:
        for language in LETTER_LANGUAGES:
            chosen = default_letter_template(shipped, kind, language, {})
            if letter_kind_for(kind) is None:
                assert chosen is None
            else:
                assert chosen is not None and chosen.kind is letter_kind_for(kind), (kind, language)


@settings(max_examples=27, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(list(ProviderKind)), language=st.sampled_from(LETTER_LANGUAGES))
def test_the_letter_dialog_starts_from_the_fitting_template_or_asks(
        qtbot: QtBot, session: VaultSession, vault: Vault, kind: ProviderKind, language: Language) -> None:
    ensure_default_templates(vault)
    case = vault.cases.add(Case(code="", opened_on=date(2026, 12, 1), language=language))
    referral = vault.referrals.add(Referral(
        case_id=case.id or 0, provider_name="Arts in Nood", provider_kind=kind, reason="suïcidale gedachten",
        consent_given=True, consent_date=date(2026, 12, 1)))
    dialog = LetterDialog(session, referral.id or 0)
    qtbot.addWidget(dialog)
    assert not dialog.failed
    template = dialog.current_template()
    if letter_kind_for(kind) is None:
        assert template is None and dialog.template.currentData() is None
        assert not dialog.text.toPlainText() and not dialog.keep_button.isEnabled()
        assert dialog.prompt.isVisibleTo(dialog) and dialog.prompt.text()
    else:
        assert template is not None and template.kind is letter_kind_for(kind) and template.language is language
        assert not dialog.prompt.isVisibleTo(dialog) and dialog.text.toPlainText()
    dialog.close()
