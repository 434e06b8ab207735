"""The templates page and editor against a real vault: defaults installed once (a deleted default
stays deleted), validation messages with line numbers and names, no saving of a broken template,
never half a letter in the preview, duplicate, editing a default marks it edited."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from trustdesk.documents.library import default_templates, ensure_default_templates
from trustdesk.domain.enums import Language, TemplateKind
from trustdesk.domain.models import Case, Template
from trustdesk.ui.documents.template_editor import TemplateEditor
from trustdesk.ui.documents.templates_page import TemplatesPage
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


@pytest.fixture
def page(qtbot: QtBot, session: VaultSession) -> TemplatesPage:
    p = TemplatesPage(session)
    qtbot.addWidget(p)
    with qtbot.waitSignal(p.loaded, timeout=10_000):  # read in a worker
        p.refresh()
    return p


def _select(page: TemplatesPage, language: Language, kind: TemplateKind) -> Template:
    template = next(t for t in page.templates if t.language == language and t.kind == kind)
    page.select_template(template.id)
    return template


def test_defaults_are_installed_once_and_a_deleted_default_stays_deleted(qtbot: QtBot, page: TemplatesPage,
                                                                         vault: Vault) -> None:
    shipped = len(default_templates())
    assert vault.templates.count() == shipped and len(page.templates) == shipped
    assert page.list.topLevelItemCount() == shipped
    page.language_filter.setCurrentIndex(page.language_filter.findData("fr"))
    assert page.list.topLevelItemCount() == shipped // 3
    assert all(t.language == Language.FR for t in page.templates if t.id == page.current_template().id)  # type: ignore[union-attr]
    gone = _select(page, Language.FR, TemplateKind.REFERRAL_PEER)
    assert page.delete_current(confirm=False)
    assert vault.templates.get(gone.id or 0) is None
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # read in a worker
        page.refresh()
    assert ensure_default_templates(vault) == 0
    assert vault.templates.count() == shipped - 1


def test_preview_uses_the_chosen_case_or_a_sample(qtbot: QtBot, page: TemplatesPage, vault: Vault) -> None:
    with qtbot.waitSignal(page.previewed, timeout=10_000):  # made in a worker
        _select(page, Language.NL, TemplateKind.REFERRAL_PSY)
    assert "Dr. An Peeters" in page.preview.toPlainText()  # the made-up sample doctor
    case = vault.cases.add(Case(code="", opened_on=date(2026, 9, 1), doctor_name="Dr. Pieter Janssens",
                                specialty="anesthesie"))
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # read in a worker
        page.refresh()
    with qtbot.waitSignal(page.previewed, timeout=10_000):
        page.preview_case.setCurrentIndex(page.preview_case.findData(case.id))
    assert "Dr. Pieter Janssens (anesthesie)" in page.preview.toPlainText()
    assert not page.problem.isVisibleTo(page)


def test_editor_names_the_line_and_the_unknown_name_and_refuses_to_save(qtbot: QtBot, page: TemplatesPage,
                                                                        vault: Vault) -> None:
    before = vault.templates.count()
    editor = page.new_template()
    assert isinstance(editor, TemplateEditor)
    editor.name.setText("Verwijzing slaapkliniek")
    editor.body.setPlainText("Geachte collega,\n\n{% if doctor.name %}\n{{ doctor.name }\n")
    editor.update_preview()
    assert "Line 4" in editor.problem_label.text()
    assert editor.preview.toPlainText() == ""  # never half a letter
    editor.save()
    assert editor.saved is None and vault.templates.count() == before

    editor.body.setPlainText("Geachte collega,\n\nIk verwijs {{ patient.name }} naar u.\n")
    editor.update_preview()
    assert "\u201cpatient\u201d" in editor.problem_label.text() and "Line 3" in editor.problem_label.text()
    editor.body.setPlainText("Geachte collega,\n{{ doctor.nam }}\n")
    editor.update_preview()
    assert "doctor.nam" in editor.problem_label.text()
    editor.save()
    assert editor.saved is None

    editor.body.setPlainText("Geachte collega,\n\nIk verwijs {{ doctor.name }} naar u.\n\n{{ trust_person.name }}\n")
    qtbot.waitUntil(lambda: "Dr. An Peeters" in editor.preview.toPlainText(), timeout=2000)  # live, after typing
    assert "No problems" in editor.problem_label.text()
    editor.save()
    assert editor.saved is not None and editor.saved.source == "own"
    assert vault.templates.count() == before + 1


def test_a_stored_broken_template_shows_its_problem_not_half_a_letter(qtbot: QtBot, page: TemplatesPage, vault: Vault) -> None:
    broken = vault.templates.add(Template(name="Kapot", kind=TemplateKind.OTHER, language=Language.NL,
                                          body="Begin {{ doctor.name }}\n{{ 'x' * 10000000 }}\nEinde"))
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # read in a worker
        page.refresh()
    with qtbot.waitSignal(page.previewed, timeout=10_000):  # made in a worker
        page.select_template(broken.id)
    assert page.preview.toPlainText() == ""
    assert page.problem.isVisibleTo(page) and "cannot be used" in page.problem.text()


def test_editing_a_default_marks_it_edited_and_duplicate_is_own(page: TemplatesPage, vault: Vault) -> None:
    default = _select(page, Language.NL, TemplateKind.REFERRAL_GP)
    assert default.source == "default" and not default.edited
    copy = page.duplicate_current()
    assert copy is not None and copy.source == "own" and copy.body == default.body and copy.id != default.id
    assert page.current_template() is not None and page.current_template().id == copy.id  # type: ignore[union-attr]
    page.select_template(default.id)
    editor = page.edit_current()
    assert editor is not None
    editor.body.setPlainText(default.body + "\nMet collegiale groeten.\n")
    editor.save()
    stored = vault.templates.get(default.id or 0)
    assert stored is not None and stored.edited and stored.source == "default"
    assert "(changed by you)" in page.list.currentItem().text(2)  # type: ignore[union-attr]


def _inside_combo_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def test_every_interactive_widget_is_named(page: TemplatesPage) -> None:
    _select(page, Language.FR, TemplateKind.REFERRAL_PSY)
    editor = page.edit_current()
    unnamed = []
    for top in (page, editor):
        for widget in top.findChildren(QWidget):  # type: ignore[union-attr]
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.objectName().startswith("qt_"):
                continue
            if _inside_combo_box(widget) or type(widget).__name__ == "QSplitterHandle":
                continue
            if not widget.objectName() or not widget.accessibleName():
                unnamed.append(f"{type(top).__name__}: {type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []
