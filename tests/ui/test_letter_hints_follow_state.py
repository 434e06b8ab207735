"""The hints under a referral letter follow the dialog's state (outside tester: "no template is written for
this kind of provider" stayed on screen after a template had been chosen).  Over random walks through the
letter's languages and templates -- a language without templates, a template that cannot be filled in, the
"Choose a template…" line -- what is shown after each step is what that state calls for, never what an
earlier one did:

- the prompt to choose a template: while no template is chosen, and only then (and there are some);
- the problem line: in a language without templates, or while the chosen template cannot be filled in;
- *Keep this letter*: only with a letter and no problem."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from trustdesk.documents.library import ensure_default_templates
from trustdesk.domain.enums import Language, ProviderKind, SharedField, TemplateKind
from trustdesk.domain.models import Case, Referral, Template
from trustdesk.ui.documents.referral_letter import LetterDialog
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault

BROKEN = "Kapot sjabloon"
STEPS = st.lists(st.tuples(st.sampled_from(["language", "template"]), st.integers(0, 40)), max_size=12)


def _vault(vault: Vault, kind: ProviderKind) -> int:
    """Default templates, none in English, and a Dutch one that cannot be filled in; a consented referral."""
    ensure_default_templates(vault)
    for template in vault.templates.list():
        if template.language is Language.EN and template.id is not None:
            vault.templates.delete(template.id)
    vault.templates.add(Template(name=BROKEN, kind=TemplateKind.REFERRAL_GP, language=Language.NL,
                                 body="{{ doctor.name | no_such_filter }}", source="own"))
    case = vault.cases.add(Case(code="", opened_on=date(2026, 12, 1), language=Language.NL))
    referral = vault.referrals.add(Referral(
        case_id=case.id or 0, provider_name="Arts in Nood", provider_kind=kind, reason="uitputting",
        consent_given=True, consent_date=date(2026, 12, 1), consent_fields=frozenset(SharedField)))
    assert referral.id is not None
    return referral.id


def _check(dialog: LetterDialog, where: str) -> None:
    offered = [dialog.template.itemData(i) for i in range(dialog.template.count())
               if dialog.template.itemData(i) is not None]
    chosen = dialog.template.currentData()
    broken = chosen is not None and dialog.template.currentText() == BROKEN
    prompt = dialog.prompt.isVisibleTo(dialog)
    problem = dialog.problem.isVisibleTo(dialog)
    assert prompt == (bool(offered) and chosen is None), (where, dialog.prompt.text())
    assert problem == (not offered or broken), (where, dialog.problem.text())
    assert bool(dialog.prompt.text()) == prompt and bool(dialog.problem.text()) == problem, where
    assert dialog.keep_button.isEnabled() == (bool(dialog.text.toPlainText().strip()) and not problem), where


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from([ProviderKind.ORGANISATION, ProviderKind.GP, ProviderKind.CRISIS_LINE]), steps=STEPS)
def test_the_hints_follow_the_chosen_language_and_template(
        qtbot: QtBot, session: VaultSession, vault: Vault, kind: ProviderKind, steps: list[tuple[str, int]]) -> None:
    dialog = LetterDialog(session, _vault(vault, kind))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.failed
    _check(dialog, "opened")
    trail = []
    for what, number in steps:
        combo = dialog.language if what == "language" else dialog.template
        if combo.count():
            combo.setCurrentIndex(number % combo.count())
        trail.append(f"{what} {combo.currentText()!r}")
        _check(dialog, " → ".join(trail))
    dialog.close()


def test_the_testers_walk(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    """An organisation's letter: the prompt, then a template chosen (the prompt goes), then English (none:
    the problem), back to Dutch (the prompt again, the problem gone), the broken template and another."""
    dialog = LetterDialog(session, _vault(vault, ProviderKind.ORGANISATION))
    qtbot.addWidget(dialog)
    dialog.show()
    _check(dialog, "opened")
    assert dialog.prompt.isVisibleTo(dialog)
    dialog.template.setCurrentIndex(1)
    _check(dialog, "a template")
    assert not dialog.prompt.isVisibleTo(dialog) and dialog.text.toPlainText()
    dialog.language.setCurrentIndex(dialog.language.findData(Language.EN.value))
    _check(dialog, "English")
    dialog.language.setCurrentIndex(dialog.language.findData(Language.NL.value))
    _check(dialog, "Dutch again")
    assert not dialog.problem.isVisibleTo(dialog)
    dialog.template.setCurrentIndex(dialog.template.findText(BROKEN))
    _check(dialog, "broken")
    dialog.template.setCurrentIndex(1 if dialog.template.itemText(1) != BROKEN else 2)
    _check(dialog, "another after the broken one")
    dialog.close()
