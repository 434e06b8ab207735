"""The structured safety plan through the contact editor: the high/acute rule, "not applicable"
with a reason, every saved version kept with its date (history dialog), the page for the doctor,
the crisis lines pre-filled in the case's language and from the directory, and lock clearing."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from trustdesk.domain.enums import Language, ProviderKind, RiskLevel
from trustdesk.domain.models import Case, Contact, Provider
from trustdesk.domain.safety import SafetyPlan
from trustdesk.ui.case.contact_editor import ContactEditor
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.output.pdf_preview import PdfPreviewDialog
from trustdesk.ui.safety.safety_plan_editor import SafetyPlanDialog
from trustdesk.ui.safety.safety_plan_history import SafetyPlanHistoryDialog
from trustdesk.vault import Vault


@pytest.fixture
def case(vault: Vault) -> Case:
    return vault.cases.add(Case(code="", opened_on=date(2026, 11, 2), language=Language.FR))


def _editor(qtbot: QtBot, session: VaultSession, vault: Vault, case: Case, risk: RiskLevel) -> ContactEditor:
    assert case.id is not None
    contact = vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 20, 20, 15), notes="Appel",
                                         risk=risk))
    editor = ContactEditor(session)
    qtbot.addWidget(editor)
    editor.load(contact)
    return editor


def _plan_dialog(editor: ContactEditor) -> SafetyPlanDialog:
    dialog = editor.open_safety_plan()
    assert isinstance(dialog, SafetyPlanDialog)
    return dialog


def test_high_risk_needs_a_plan_and_every_version_is_kept(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                           case: Case) -> None:
    assert case.id is not None
    editor = _editor(qtbot, session, vault, case, RiskLevel.HIGH)
    assert editor.safety_warning.text() and not editor.finish()

    dialog = _plan_dialog(editor)
    assert dialog.required
    # French case: the French crisis lines are pre-filled, editable
    assert "0800 32 123" in dialog.editor.fields["professionals"].toPlainText()
    qtbot.keyClicks(dialog.editor.fields["warning_signs"], "Insomnie, ruminations")
    assert not dialog.save()  # stored, but still incomplete for a high risk: the dialog stays
    assert dialog.missing.isVisibleTo(dialog) and dialog.isVisible()
    first = vault.safety_plans.current(case.id)
    assert first is not None and first.version == 1 and first.contact_id == editor.contact_id
    assert editor.safety_warning.text()  # still missing the environment step

    qtbot.keyClicks(dialog.editor.fields["environment_safety"],
                    "Armoire a medicaments du service: cle chez l infirmiere en chef")
    assert dialog.save()
    assert vault.safety_plans.current(case.id).version == 2  # type: ignore[union-attr]
    assert not editor.safety_warning.text() and editor.finish()
    assert "version 2" in editor.plan_state.text()

    # a new plan the week after: the old one stays, with its date
    dialog = _plan_dialog(editor)
    assert dialog.editor.fields["warning_signs"].toPlainText() == "Insomnie, ruminations"
    dialog.editor.fields["reasons_to_live"].setPlainText("Mes enfants")
    assert dialog.save()
    versions = vault.safety_plans.versions(case.id)
    assert [p.version for p in versions] == [3, 2, 1]
    assert all(p.saved_at is not None for p in versions)

    history = SafetyPlanHistoryDialog(session, case.id)
    qtbot.addWidget(history)
    assert history.list.count() == 3 and history.list.item(0).text().startswith("Version 3")
    assert "Mes enfants" in history.text.toPlainText()
    history.list.setCurrentRow(2)
    assert "Mes enfants" not in history.text.toPlainText()
    assert "Insomnie" in history.text.toPlainText()


def test_not_applicable_needs_a_reason_and_then_satisfies(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                          case: Case) -> None:
    assert case.id is not None
    editor = _editor(qtbot, session, vault, case, RiskLevel.ACUTE)
    dialog = _plan_dialog(editor)
    dialog.editor.not_applicable.setChecked(True)
    assert not dialog.save() and dialog.not_applicable_without_reason()
    assert vault.safety_plans.current(case.id) is None  # nothing stored without the reason
    qtbot.keyClicks(dialog.editor.reason, "hospitalise ce soir, plan avec l equipe")
    assert dialog.save()
    assert vault.safety_plans.current(case.id).not_applicable_reason.startswith("hospitalise")  # type: ignore[union-attr]
    assert editor.finish()


def test_low_risk_plan_is_optional_and_the_directory_crisis_lines_are_offered(
        qtbot: QtBot, session: VaultSession, vault: Vault, case: Case) -> None:
    assert case.id is not None
    vault.providers.add(Provider(kind=ProviderKind.CRISIS_LINE, name="Ligne d'écoute médecins", phone="0800 99 111"))
    editor = _editor(qtbot, session, vault, case, RiskLevel.LOW)
    assert editor.finish() and not editor.safety_warning.text()
    dialog = _plan_dialog(editor)
    assert not dialog.required
    assert "0800 99 111" in dialog.editor.fields["professionals"].toPlainText()


def test_the_page_for_the_doctor_opens_in_a_preview(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                   case: Case) -> None:
    editor = _editor(qtbot, session, vault, case, RiskLevel.HIGH)
    dialog = _plan_dialog(editor)
    dialog.editor.fields["warning_signs"].setPlainText("Insomnie")
    with qtbot.waitSignal(dialog.preview_shown, timeout=60_000) as shown:
        dialog.show_pdf()
    preview = shown.args[0]
    assert isinstance(preview, PdfPreviewDialog)
    assert case.code in preview.subject.text()  # the trust person sees which case; the page does not
    preview.reject()


def test_lock_stores_typed_edits_and_clears_the_dialog(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                       case: Case) -> None:
    assert case.id is not None
    vault.safety_plans.save(SafetyPlan(case_id=case.id, warning_signs="Avant"))
    editor = _editor(qtbot, session, vault, case, RiskLevel.HIGH)
    dialog = _plan_dialog(editor)
    qtbot.keyClicks(dialog.editor.fields["coping_alone"], "Courir le matin")
    session.lock()
    assert [(fate.kept, "2" in fate.fate) for fate in session.drafts_at_lock] == [(True, True)]  # said: version 2
    assert not dialog.isVisible()
    assert all(not f.toPlainText() for f in dialog.editor.fields.values())
    editor.clear()  # what the contacts tab does on lock
    assert not editor.plan_state.text() and editor.plan is None
    reopened = Vault.unlock(vault.data_dir, PASSPHRASE, keychain=vault._keychain)
    assert reopened.safety_plans.current(case.id).coping_alone == "Courir le matin"  # type: ignore[union-attr]
    reopened.lock()
