"""Writing the letter of a referral: choose a template (the provider's kind and the case's language
first), fill it in with the letter context, edit the text, and keep it.

"Keep this letter" stores the text on the referral (``letter_text``, ``letter_language``,
``template_id``): what was sent stays what was sent, whatever happens to the template later.  A
template that fails shows its problem and no text at all: never half a letter.  No letter without
the doctor's recorded consent (the vault refuses it too).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trustdesk.documents.library import ensure_default_templates
from trustdesk.domain.enums import Language, ProviderKind, SharedField
from trustdesk.domain.models import Case, Referral, Template
from trustdesk.ui.documents.template_editor import LETTER_LANGUAGES, raw_text, template_problem_text
from trustdesk.ui.kit.case_labels import date_text, language_text, shared_field_text
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.lock_bound import ClosesOnLock
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import VaultOp, VaultSession

if TYPE_CHECKING:
    from trustdesk.vault import Vault

def letter_language(referral: Referral, case: Case) -> Language:
    """The letter's own language, else the case's; a language letters are not written in -> English."""
    chosen = referral.letter_language or case.language
    return chosen if chosen in LETTER_LANGUAGES else Language.EN


def ordered_templates(templates: list[Template], kind: ProviderKind | None,
                      preferred: dict[str, int] | None = None) -> list[Template]:
    """The templates for this kind of provider first (the one chosen as default first of all), then the
    other referral templates, then the rest."""
    from trustdesk.documents.library import is_preferred, letter_kind_for

    wanted = letter_kind_for(kind)
    chosen = preferred or {}

    def rank(t: Template) -> tuple[int, int, str]:
        first = 0 if is_preferred(t, chosen) else 1
        if t.kind == wanted:
            return 0, first, t.name.casefold()
        return (1 if t.kind.value.startswith("referral_") else 2), first, t.name.casefold()

    return sorted(templates, key=rank)


@dataclass(frozen=True, slots=True)
class LetterData:
    referral: Referral
    case: Case
    templates: list[Template]
    preferred: dict[str, int] = field(default_factory=dict)  # the default template per language/kind


class LetterDialog(ClosesOnLock, Retranslates, QDialog):
    """``kept`` holds the stored referral after "Keep this letter"."""

    def __init__(self, session: VaultSession, referral_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letter_dialog")
        self.session = session
        self.referral_id = referral_id
        self.data: LetterData | None = None
        self.kept: Referral | None = None
        self.failed = False
        # What the hints under the letter say follows from these, each time any of them changes (``_show_hints``):
        # a hint never outlives its state (outside tester: "no template for this kind" stayed after one was chosen).
        self._failure = ""  # the dialog cannot write this letter at all (no referral, no consent)
        self._template_problem = ""  # the chosen template cannot be filled in
        self._keep_problem = ""  # keeping the letter failed (said until the next choice)
        fit_to_screen(self, 760, 680)

        self.language = QComboBox(self)
        self.language.setObjectName("letter_language")
        for lang in LETTER_LANGUAGES:
            self.language.addItem(language_text(lang), lang.value)
        self.template = QComboBox(self)
        self.template.setObjectName("letter_template")
        self.text = guard_text(QPlainTextEdit(self), document=True)
        self.text.setObjectName("letter_text")
        self.text.setTabChangesFocus(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("letter_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        # no template is written for this kind of provider: none is chosen, this says so
        self.prompt = QLabel(self)
        self.prompt.setObjectName("letter_prompt")
        self.prompt.setWordWrap(True)
        self.prompt.hide()
        # what the doctor's consent covers, read-only: what this letter may say about the doctor
        self.consent_label = QLabel(self)
        self.consent = QLabel(self)
        self.consent.setObjectName("letter_consent")
        self.consent.setWordWrap(True)
        self.consent.setTextFormat(Qt.TextFormat.PlainText)
        # read-only text, no tab stop: a screen reader reads it with the dialog (accessible name below)
        self.note = QLabel(self)
        self.note.setObjectName("letter_note")
        self.note.setWordWrap(True)
        self.language_label, self.template_label, self.text_label = QLabel(self), QLabel(self), QLabel(self)
        self.language_label.setBuddy(self.language)
        self.template_label.setBuddy(self.template)
        self.text_label.setBuddy(self.text)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.template_label, self.template)
        form.addRow(self.consent_label, self.consent)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("letter_buttons")
        self.keep_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.setObjectName("letter_keep")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("letter_cancel")
        self.buttons.accepted.connect(self.keep)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.prompt)
        layout.addWidget(self.problem)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.close_on_lock(session)

        VaultOp(self, self._read, session=session).success(self._loaded).run()
        self.language.currentIndexChanged.connect(lambda _i: self._language_changed())
        self.template.currentIndexChanged.connect(lambda _i: self.fill_in())
        self.text.textChanged.connect(self._update_buttons)
        self.retranslate()

    # -- loading ----------------------------------------------------------------------------------

    def _read(self, vault: Vault) -> LetterData | None:
        referral = vault.referrals.get(self.referral_id)
        case = vault.cases.get(referral.case_id) if referral is not None else None
        if referral is None or case is None:
            return None
        ensure_default_templates(vault)
        from trustdesk.documents.library import preferred_templates

        return LetterData(referral, case, vault.templates.list(), preferred_templates(vault))

    def _loaded(self, data: LetterData | None) -> None:
        self.data = data
        if data is None:
            self._fail(self.tr("This referral no longer exists."))
            return
        if not data.referral.consent_given:
            self._fail(self.tr("No letter without the doctor's recorded consent. Record the consent first."))
            return
        self._show_consent()
        with QSignalBlocker(self.language):
            self.language.setCurrentIndex(self.language.findData(letter_language(data.referral, data.case).value))
        self._fill_templates()
        if data.referral.letter_text:  # the kept letter, as it was kept
            if data.referral.template_id is not None:
                with QSignalBlocker(self.template):
                    index = self.template.findData(data.referral.template_id)
                    if index >= 0:
                        self.template.setCurrentIndex(index)
            self.text.setPlainText(data.referral.letter_text)
        else:
            self.fill_in()

    def consent_text(self) -> str:
        """What the recorded consent covers, in the interface's words: the fields the letter may give
        (``Referral.consent_fields``, the only ones its fill-ins hold) and the doctor's own words."""
        referral = self.data.referral if self.data is not None else None
        if referral is None or not referral.consent_given:
            return ""
        fields = [shared_field_text(f) for f in SharedField if f in referral.consent_fields]
        text = (self.tr("The letter may give: %1.").replace("%1", ", ".join(fields)) if fields
                else self.tr("The letter may give nothing about the doctor beyond the referral itself."))
        if referral.consent_scope.strip():
            text += " " + self.tr("Agreed in the doctor's words: \u201c%1\u201d").replace(
                "%1", referral.consent_scope.strip())
        if referral.consent_date is not None:
            text += " " + self.tr("(consent given on %1)").replace("%1", date_text(referral.consent_date))
        return text

    def _show_consent(self) -> None:
        self.consent.setText(self.consent_text())
        self.consent.setAccessibleName(self.tr("What the doctor's consent covers"))
        self.consent.setAccessibleDescription(self.consent.text())

    def _fill_templates(self) -> None:
        data = self.data
        if data is None:
            return
        from trustdesk.documents.library import default_letter_template

        language = Language(self.language.currentData())
        templates = ordered_templates([t for t in data.templates if t.language == language],
                                      data.referral.provider_kind, data.preferred)
        fitting = default_letter_template(templates, data.referral.provider_kind, language, data.preferred)
        with QSignalBlocker(self.template):
            self.template.clear()
            if fitting is None and templates:  # no letter is written for this kind: none is chosen
                self.template.addItem(self.tr("Choose a template\u2026"), None)
            for template in templates:
                self.template.addItem(template.name, template.id)
        self._show_hints()

    def _language_changed(self) -> None:
        self._fill_templates()
        self.fill_in()

    def current_template(self) -> Template | None:
        if self.data is None:
            return None
        template_id = self.template.currentData()
        return next((t for t in self.data.templates if t.id == template_id), None)

    # -- filling in -------------------------------------------------------------------------------

    def fill_in(self) -> None:
        """Render the chosen template with the letter context; a failure shows the problem, no text."""
        template = self.current_template()
        self._template_problem = self._keep_problem = ""
        if template is None or self.data is None:
            self.text.clear()
            self._show_hints()
            return
        language = Language(self.language.currentData())
        from trustdesk.documents.templates import preview

        contexts: list[dict[str, Any]] = []
        VaultOp(self, lambda v: self._context(v, language), session=self.session).success(contexts.append).run()
        if not contexts:
            self._show_hints()
            return
        result = preview(template.body, contexts[0])
        if result.problems:
            self.text.clear()
            self._template_problem = (self.tr("The template \u201c%1\u201d cannot be used:").replace("%1", template.name)
                                      + " " + " ".join(template_problem_text(p) for p in result.problems))
        else:
            self.text.setPlainText(result.text)
        self._show_hints()

    def _context(self, vault: Vault, language: Language) -> dict[str, Any]:
        from trustdesk.documents.letter_context import referral_context

        return referral_context(vault, self.referral_id, language=language)

    def templates_offered(self) -> int:
        """How many templates the template list offers (its "Choose a template…" line aside)."""
        return sum(1 for i in range(self.template.count()) if self.template.itemData(i) is not None)

    def hints(self) -> tuple[str, str]:
        """(prompt, problem): what the hints under the letter say in the dialog's present state ("" for none)."""
        if self._failure:
            return "", self._failure
        if self.data is None:
            return "", ""
        if not self.templates_offered():
            return "", self.tr("There is no template in this language yet. Add one on the Templates page.")
        # the prompt only while no template is chosen: it asks for the choice
        prompt = self.prompt_text() if self.current_template() is None else ""
        return prompt, self._template_problem or self._keep_problem

    def prompt_text(self) -> str:
        return self.tr("No template is written for this kind of provider: choose the one that fits, or write the "
                       "letter yourself.")

    def _show_hints(self) -> None:
        prompt, problem = self.hints()
        self.prompt.setText(prompt)
        self.prompt.setVisible(bool(prompt))
        self.problem.setText("\u26a0 " + problem if problem else "")
        self.problem.setVisible(bool(problem))
        self._update_buttons()

    def _fail(self, text: str) -> None:
        self.failed = True
        self._failure = text
        self.text.setEnabled(False)
        self.language.setEnabled(False)
        self.template.setEnabled(False)
        self._show_hints()

    def _update_buttons(self) -> None:
        self.keep_button.setEnabled(not self.failed and bool(raw_text(self.text).strip())
                                    and not self.problem.isVisibleTo(self))

    # -- keeping ----------------------------------------------------------------------------------

    def keep(self) -> None:
        data = self.data
        text = raw_text(self.text).strip()
        if data is None or self.failed or not text:
            return
        template = self.current_template()
        language = Language(self.language.currentData())

        def store(vault: Vault) -> Referral:
            current = vault.referrals.get(self.referral_id)
            if current is None:
                raise KeyError(self.referral_id)
            return vault.referrals.update(replace(current, letter_text=text, letter_language=language,
                                                  template_id=template.id if template else None))

        VaultOp(self, store, session=self.session).success(self._kept).failure(
            lambda _exc, sentence: self._keep_failed(sentence)).run()

    def _keep_failed(self, sentence: str) -> None:
        self._keep_problem = sentence
        self._show_hints()

    def _kept(self, referral: Referral) -> None:
        self.kept = referral
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Referral letter"))
        self.language_label.setText(self.tr("&Language:"))
        self.template_label.setText(self.tr("&Template:"))
        self.text_label.setText(self.tr("Letter (&edit as needed):"))
        self.note.setText(self.tr("The letter is kept exactly as it is here; later changes to the template "
                                  "do not change it."))
        self.keep_button.setText(self.tr("&Keep this letter"))
        if self.template.count() and self.template.itemData(0) is None:
            self.template.setItemText(0, self.tr("Choose a template\u2026"))
        self.consent_label.setText(self.tr("Consent covers:"))
        self._show_consent()
        self._show_hints()
        for widget, name in ((self.language, self.tr("Language of the letter")),
                             (self.template, self.tr("Template of the letter")),
                             (self.text, self.tr("Text of the letter")),
                             (self.keep_button, self.tr("Keep this letter")),
                             (self.cancel_button, self.tr("Cancel"))):
            widget.setAccessibleName(name)
        self._update_buttons()
