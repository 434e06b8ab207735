"""Editing one letter template, with a live preview against the open case (or a made-up sample).

Problems are found as the text changes (``documents.validate``): a syntax error names its line, an
unknown name is named.  Save refuses a template with problems.  A template that fails to render
shows the problem instead of the letter: never half a letter.  Saving a template that came from a
pack or the defaults marks it ``edited``, so a later import leaves it alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.enums import Language, TemplateKind
from trustdesk.domain.models import Template
from trustdesk.ui.documents.queries import preview_context
from trustdesk.ui.kit.appearance import save_cancel
from trustdesk.ui.kit.case_labels import language_text
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.lock_bound import ClosesOnLock
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import VaultOp, VaultSession

if TYPE_CHECKING:
    from trustdesk.documents.templates import TemplateProblem
    from trustdesk.vault import Vault

LETTER_LANGUAGES = (Language.NL, Language.FR, Language.EN)
PREVIEW_DELAY_MS = 250


def raw_text(edit: QPlainTextEdit) -> str:
    """The editor's text as typed: ``toPlainText`` turns no-break spaces into plain ones, which would
    undo French typography (a no-break space before : ; ? !) in every letter and template saved."""
    return edit.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


def template_kind_text(kind: TemplateKind) -> str:
    texts = {
        TemplateKind.REFERRAL_PSY: QCoreApplication.translate(
            "TemplateProblems", "Referral to a psychologist or psychiatrist"),
        TemplateKind.REFERRAL_GP: QCoreApplication.translate("TemplateProblems", "Referral to a GP"),
        TemplateKind.REFERRAL_OCCUPATIONAL: QCoreApplication.translate(
            "TemplateProblems", "Referral to an occupational physician"),
        TemplateKind.REFERRAL_ADDICTION: QCoreApplication.translate(
            "TemplateProblems", "Referral to addiction care"),
        TemplateKind.REFERRAL_PEER: QCoreApplication.translate(
            "TemplateProblems", "Referral to peer coaching"),
        TemplateKind.REFERRAL_WELLBEING: QCoreApplication.translate(
            "TemplateProblems", "Referral to a wellbeing activity"),
        TemplateKind.AGREEMENT_NOTE: QCoreApplication.translate("TemplateProblems", "Note of agreements"),
        TemplateKind.OTHER: QCoreApplication.translate("TemplateProblems", "Other"),
    }
    return texts[kind]


def template_source_text(template: Template) -> str:
    if template.source == "own":
        text = QCoreApplication.translate("TemplateProblems", "Your own")
    elif template.source == "default":
        text = QCoreApplication.translate("TemplateProblems", "Default")
    else:
        text = QCoreApplication.translate("TemplateProblems", "Pack %1").replace("%1", template.source)
    if template.edited:
        text += QCoreApplication.translate("TemplateProblems", " (changed by you)")
    return text


def template_problem_text(problem: TemplateProblem) -> str:
    """A translated sentence for a template problem, with its line and the name it concerns; the engine's
    own detail (``problem.message``, a ``trustdesk.detail.Detail``) is said in the interface's language."""
    from trustdesk.detail import said_in
    from trustdesk.documents.sandbox import FILTERS  # loaded with the engine that found the problem

    detail = said_in(problem.message, QCoreApplication.translate)
    line = problem.line
    where = QCoreApplication.translate(
        "TemplateProblems", "Line %1: ").replace("%1", str(line)) if line else ""
    if problem.code == "syntax":
        text = QCoreApplication.translate(
            "TemplateProblems", "this is not valid template text (%1).").replace("%1", detail)
    elif problem.code == "unknown_name" and (not problem.name or "." in problem.name or problem.name in FILTERS):
        text = QCoreApplication.translate(  # a field, a filter, or a name met only while filling in
            "TemplateProblems", "letters do not know this: %1.").replace("%1", detail)
    elif problem.code == "unknown_name":
        name = problem.name
        text = QCoreApplication.translate(
            "TemplateProblems", "\u201c%1\u201d is not a name letters know. Known names: doctor, trust_person, provider, "
                  "referral, case, contact, today.").replace("%1", name)
    elif problem.code == "forbidden":
        text = QCoreApplication.translate(
            "TemplateProblems", "this is not allowed in letters (%1).").replace("%1", detail)
    elif problem.code == "too_large":
        text = QCoreApplication.translate("TemplateProblems", "the template or the letter is too long.")
    elif problem.code == "too_slow":
        text = QCoreApplication.translate("TemplateProblems", "filling in the template takes too long.")
    else:
        text = QCoreApplication.translate(
            "TemplateProblems", "the template cannot be filled in (%1).").replace("%1", detail)
    return where + text



class TemplateEditor(ClosesOnLock, Retranslates, QDialog):
    """Edit (or create) a template; ``saved`` holds the stored template after Save."""

    def __init__(self, session: VaultSession, template: Template | None = None, *, case_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_editor")
        self.session = session
        self.original = template
        self.case_id = case_id
        self.saved: Template | None = None
        self.problems: list[TemplateProblem] = []
        self._withheld: str | None = None  # the note for a fill-in this preview leaves empty on purpose
        self._context: dict[str, Any] | None = None
        fit_to_screen(self, 1000, 680)

        self.name = guard_text(QLineEdit(self))
        self.name.setObjectName("template_name")
        self.kind = QComboBox(self)
        self.kind.setObjectName("template_kind")
        for kind in TemplateKind:
            self.kind.addItem(template_kind_text(kind), kind.value)
        self.language = QComboBox(self)
        self.language.setObjectName("template_language")
        for lang in LETTER_LANGUAGES:
            self.language.addItem(language_text(lang), lang.value)
        self.body = guard_text(QPlainTextEdit(self))
        self.body.setObjectName("template_body")
        self.body.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body.setTabChangesFocus(True)
        self.preview = guard_text(QPlainTextEdit(self), document=True)
        self.preview.setObjectName("template_preview")
        self.preview.setReadOnly(True)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("template_problems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_label = QLabel(self)
        self.body_label = QLabel(self)
        self.body_label.setBuddy(self.body)
        self.help_label = QLabel(self)
        self.help_label.setObjectName("template_help")
        self.help_label.setWordWrap(True)

        self.form = QFormLayout()
        self.name_label, self.kind_label, self.language_label = QLabel(self), QLabel(self), QLabel(self)
        for label, field in ((self.name_label, self.name), (self.kind_label, self.kind),
                             (self.language_label, self.language)):
            label.setBuddy(field)
            self.form.addRow(label, field)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.body_label)
        left_layout.addWidget(self.body, 1)
        left_layout.addWidget(self.help_label)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        self.buttons, self.save_button, self.cancel_button = save_cancel(self, "template", self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        if template is not None:
            self.name.setText(template.name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(template.kind.value)))
            self.language.setCurrentIndex(max(0, self.language.findData(template.language.value)))
            self.body.setPlainText(template.body)
        self.body.textChanged.connect(self._timer.start)
        self.language.currentIndexChanged.connect(lambda _i: self._language_changed())
        self.close_on_lock(session)
        self.retranslate()
        self.update_preview()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit template") if self.original else self.tr("New template"))
        self.name_label.setText(self.tr("&Name:"))
        self.kind_label.setText(self.tr("&Used for:"))
        self.language_label.setText(self.tr("&Language:"))
        self.body_label.setText(self.tr("&Template text:"))
        self.preview_label.setText(self.tr("Preview with the chosen case") if self.case_id is not None
                                   else self.tr("Preview with a made-up sample case"))
        self.help_label.setText(self.tr(
            "Fill-ins: {{ doctor.name }}, {{ provider.name }}, {{ referral.reason }}, {{ referral.consent_scope }}, "
            "{{ trust_person.name }}, {{ case.code }}, {{ contact.agreements }}, {{ today }}. "
            "Conditions: {% if provider.address %}…{% endif %}."))
        for widget, name in ((self.name, self.tr("Template name")), (self.kind, self.tr("What the template is for")),
                             (self.language, self.tr("Language of the template")),
                             (self.body, self.tr("Template text")), (self.preview, self.tr("Preview of the letter")),
                             (self.problem_label, self.tr("Problems found in the template")),
                             (self.save_button, self.tr("Save the template")),
                             (self.cancel_button, self.tr("Cancel"))):
            widget.setAccessibleName(name)
        self._show_problems()

    # -- preview ----------------------------------------------------------------------------------

    def current_language(self) -> Language:
        return Language(self.language.currentData())

    def _language_changed(self) -> None:
        self._context = None
        self.update_preview()

    def update_preview(self) -> None:
        """Validate and render now (also called by the timer after typing stops)."""
        self._timer.stop()
        from trustdesk.documents.letter_context import withheld
        from trustdesk.documents.templates import fields_used, preview

        if self._context is None and self.session.is_unlocked:
            language = self.current_language()
            VaultOp(self, lambda v: preview_context(v, self.case_id, language), session=self.session).success(
                self._set_context).run()
        if self._context is None:
            return
        body = raw_text(self.body)
        result = preview(body, self._context)
        self.problems = list(result.problems)
        self.preview.setPlainText("" if self.problems else result.text)
        self._withheld = None if self.problems else withheld(fields_used(body), self._context)
        self._show_problems()

    def _set_context(self, context: dict[str, Any]) -> None:
        self._context = context

    def _show_problems(self) -> None:
        if self.problems:
            self.problem_label.setText("\u26a0 " + self.tr("This template cannot be used yet:") + " "
                                       + " ".join(template_problem_text(p) for p in self.problems))
            self.preview.setPlaceholderText(self.tr("No preview: the template has a problem (see below)."))
        else:
            from trustdesk.detail import said_in

            note = " " + said_in(self._withheld, QCoreApplication.translate) if self._withheld else ""
            self.problem_label.setText(self.tr("\u2714 No problems found.") + note)  # and why a fill-in is empty
            self.preview.setPlaceholderText("")

    # -- saving -----------------------------------------------------------------------------------

    def template(self) -> Template:
        base = self.original or Template(name="", kind=TemplateKind.OTHER, language=Language.NL, body="")
        changed = replace(base, name=self.name.text().strip(), kind=TemplateKind(self.kind.currentData()),
                          language=self.current_language(), body=raw_text(self.body))
        if self.original is not None and changed != self.original and changed.source != "own":
            changed = replace(changed, edited=True)
        return changed

    def save(self) -> None:
        self.update_preview()
        from trustdesk.documents.templates import validate

        self.problems = validate(raw_text(self.body))
        self._show_problems()
        template = self.template()
        if not template.name:
            self.problem_label.setText(self.tr("Give the template a name."))
            self.name.setFocus()
            return
        if self.problems:
            self.body.setFocus()
            return

        def store(vault: Vault) -> Template:
            return vault.templates.update(template) if template.id is not None else vault.templates.add(template)

        VaultOp(self, store, session=self.session).success(self._stored).failure(
            lambda _exc, sentence: self.problem_label.setText(sentence)).run()

    def _stored(self, template: Template) -> None:
        self.saved = template
        self.accept()
