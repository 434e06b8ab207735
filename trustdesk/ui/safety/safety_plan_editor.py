"""The structured safety plan of a case (six-step model plus reasons to live), versioned.

``SafetyPlanDialog(session, case_id, contact_id=..., risk=...)`` shows the current plan (or a new
one with the crisis lines pre-filled in the case's language, plus the directory's crisis lines),
and *Save* stores a new version (``v.safety_plans.save``) tied to the contact it was written in.
When the risk is high or acute the plan is required: warning signs, a source of help and making
the environment safe -- or an explicit "not applicable, because …".  What was typed is stored all
the same, the dialog only says what is still missing.  A lock with typed, unsaved changes stores them as
a new version (``keep_draft``, the rule of ``kit/lock_bound.py``) and the next unlock says so, with
the version's number; a plan only pre-filled, never typed in, is not stored by a lock.  *For the doctor…* shows the
one-page PDF (no case code on it) with Print and Save through ``document_output``.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.safety import STEPS, SafetyPlan, plan_required, plan_satisfies
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.lock_bound import AsksBeforeDiscard
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import Operation, VaultOp, VaultSession
from trustdesk.ui.safety.labels import plan_state_text, step_hint, step_title
from trustdesk.ui.safety.queries import PlanContext, load_plan_context

if TYPE_CHECKING:
    from trustdesk.vault import Vault

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class SafetyPlanEditor(QWidget):
    """The fields of a plan; ``set_plan`` fills them, ``plan_for`` reads them."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safety_plan_editor")
        self.fields: dict[str, QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for name in STEPS:
            edit = guard_text(QPlainTextEdit(self), document=True)
            edit.setObjectName(f"safety_{name}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(54)
            edit.setMaximumHeight(110 if name != "professionals" else 130)
            edit.textChanged.connect(self.edited)
            label = QLabel(self)
            font = label.font()
            font.setBold(True)  # the steps stand out from what is written under them
            label.setFont(font)
            label.setBuddy(edit)
            self.fields[name] = edit
            self.labels[name] = label
            form.addRow(label, edit)
        self.not_applicable = QCheckBox(self)
        self.not_applicable.setObjectName("safety_not_applicable")
        self.reason = guard_text(QLineEdit(self))
        self.reason.setObjectName("safety_not_applicable_reason")
        self.reason.setMaxLength(300)
        self.reason.setEnabled(False)
        self.not_applicable.toggled.connect(self.reason.setEnabled)
        self.not_applicable.toggled.connect(self.edited)
        self.reason.textEdited.connect(self.edited)
        form.addRow(self.not_applicable, self.reason)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.retranslate()

    def retranslate(self) -> None:
        for name in STEPS:
            self.labels[name].setText(step_title(name))
            self.fields[name].setPlaceholderText(step_hint(name))
            self.fields[name].setAccessibleName(step_title(name).split(". ", 1)[-1])
        self.not_applicable.setText(self.tr("Not applicable, because…"))
        self.not_applicable.setAccessibleName(self.tr("Safety plan not applicable"))
        self.reason.setPlaceholderText(self.tr("Why no plan is needed now"))
        self.reason.setAccessibleName(self.tr("Reason the safety plan is not applicable"))

    def set_plan(self, plan: SafetyPlan) -> None:
        widgets: list[QWidget] = [*self.fields.values(), self.not_applicable, self.reason]
        blocked = [(w, w.blockSignals(True)) for w in widgets]
        try:
            for name, edit in self.fields.items():
                edit.setPlainText(getattr(plan, name))
                edit.document().clearUndoRedoStacks()
            reason = plan.not_applicable_reason
            self.not_applicable.setChecked(bool(reason.strip()))
            self.reason.setEnabled(bool(reason.strip()))
            self.reason.setText(reason)
        finally:
            for widget, was in blocked:
                widget.blockSignals(was)

    def plan_for(self, case_id: int, contact_id: int | None) -> SafetyPlan:
        reason = self.reason.text().strip() if self.not_applicable.isChecked() else ""
        def step(name: str) -> str:
            return self.fields[name].toPlainText().strip()

        return SafetyPlan(case_id=case_id, contact_id=contact_id, not_applicable_reason=reason,
                          warning_signs=step("warning_signs"), coping_alone=step("coping_alone"),
                          distractions=step("distractions"), help_people=step("help_people"),
                          professionals=step("professionals"), environment_safety=step("environment_safety"),
                          reasons_to_live=step("reasons_to_live"))

    def clear(self) -> None:
        self.set_plan(SafetyPlan(case_id=0))


class SafetyPlanDialog(AsksBeforeDiscard, QDialog):
    """Edit the case's plan; each *Save* keeps a dated version. ``saved`` carries the stored plan;
    ``preview_shown`` the preview of the page for the doctor, once its page is made (in a worker)."""

    saved = Signal(object)
    preview_shown = Signal(object)

    def __init__(self, session: VaultSession, case_id: int, *, contact_id: int | None = None,
                 risk: RiskLevel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safety_plan_dialog")
        self.session = session
        self.case_id = case_id
        self.contact_id = contact_id
        self.risk = risk
        self.context: PlanContext | None = None
        self.stored: SafetyPlan | None = None
        self._dirty = False  # differs from what is stored (a pre-filled new plan too)
        self._typed = False  # the user changed a field since the last save
        self._making = 0  # the number of the page being made for the doctor (0: none); another answer is stale
        self._pages = 0

        self.intro = QLabel(self)
        self.intro.setObjectName("safety_plan_intro")
        self.intro.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setObjectName("safety_plan_state")
        self.state.setWordWrap(True)
        self.editor = SafetyPlanEditor(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields are the tab stops; it follows them
        scroll.setWidget(self.editor)
        self.missing = QLabel(self)
        self.missing.setObjectName("safety_plan_missing")
        self.missing.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("safety_plan_save")
        self.save_button.setDefault(True)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("safety_plan_pdf")
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.history_button = QPushButton(self)
        self.history_button.setObjectName("safety_plan_history")
        self.buttons.addButton(self.history_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("safety_plan_close")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(self.show_pdf)
        self.history_button.clicked.connect(self.show_history)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.state)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)
        self.editor.edited.connect(self._edited)
        session.locked.connect(self._on_locked)
        self.finished.connect(self._forget_page)  # closed (or locked) while the page was being made
        self.retranslate()
        fit_to_screen(self, 720, 760)
        self.load()

    # -- data ---------------------------------------------------------------------------------------

    def load(self) -> None:
        VaultOp(self, lambda v: load_plan_context(v, self.case_id), session=self.session).success(
            self._loaded).run()

    def _loaded(self, context: PlanContext | None) -> None:
        self.context = context
        if context is None:
            return
        self.stored = context.plan
        base = context.plan or SafetyPlan(case_id=self.case_id, professionals=context.crisis_lines)
        self.editor.set_plan(base)
        self._dirty = context.plan is None  # pre-filled, not stored yet
        self._update()

    def current(self) -> SafetyPlan:
        return self.editor.plan_for(self.case_id, self.contact_id)

    @property
    def required(self) -> bool:
        return self.risk is not None and plan_required(self.risk)

    def save(self) -> bool:
        """Store a new version (nothing when nothing changed); stays open while the plan is incomplete
        for a high or acute risk, so the trust person sees what is missing."""
        plan = self.current()
        if self.not_applicable_without_reason():
            self._update()
            self.editor.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        if not (plan.is_empty and self.stored is None):
            VaultOp(self, lambda v: v.safety_plans.save(plan), session=self.session).success(
                self._saved).failure(self._failed).run()
            if self.stored is None or not self.stored.same_content(plan):
                return False
        if self.required and not plan_satisfies(plan):
            return False
        self.accept()
        return True

    def not_applicable_without_reason(self) -> bool:
        return self.editor.not_applicable.isChecked() and not self.editor.reason.text().strip()

    def _saved(self, plan: SafetyPlan) -> None:
        self.stored = plan
        self._dirty = self._typed = False
        self._update()
        self.saved.emit(plan)

    def _failed(self, _exc: BaseException, message: str) -> None:
        self.missing.setText(message)

    def _edited(self) -> None:
        self._dirty = self._typed = True
        self._update()

    def draft_changed(self) -> bool:
        """The user changed the plan and it differs from the stored version (kit/lock_bound.py)."""
        if not self._typed:
            return False
        plan = self.current()
        return not plan.same_content(self.stored) if self.stored is not None else not plan.is_empty

    def keep_draft(self, vault: Vault) -> str | None:
        """At a lock: store the typed plan as a new version and say which (kit/lock_bound.py); None when
        it cannot be stored (not applicable without a reason): the lock then says it was not kept."""
        if self.not_applicable_without_reason():
            return None
        self.stored = vault.safety_plans.save(self.current())
        self._dirty = self._typed = False
        code = self.context.case.code if self.context is not None else ""
        return self.tr("saved as version %1 of the plan of case %2").replace(
            "%1", str(self.stored.version)).replace("%2", code)

    # -- display ------------------------------------------------------------------------------------

    def _update(self) -> None:
        self.state.setText(plan_state_text(self.stored))
        plan = self.current()
        if self.not_applicable_without_reason():
            text = self.tr("Say why the plan is not applicable.")
        elif self.required and not plan_satisfies(plan):
            text = self.tr("⚠ Required for a high or acute risk: warning signs, at least one person or "
                           "professional to call, and making the environment safe — or “not applicable” "
                           "with a reason.")
        else:
            text = ""
        self.missing.setText(text)
        self.missing.setVisible(bool(text))
        has_steps = any(plan.steps().values())
        self.pdf_button.setEnabled(has_steps and not self._making)

    def show_pdf(self) -> None:
        """Preview the page for the doctor (stored first, so the page and the vault agree).  The page is
        laid out in a worker (reportlab: 0.1 s and more, the first time its fonts and modules too);
        ``preview_shown(dialog)`` when the preview is open."""
        if self._making:
            return
        if self._dirty:
            VaultOp(self, lambda v: v.safety_plans.save(self.current()), session=self.session).success(
                self._saved).failure(self._failed).run()
        plan, context = self.stored, self.context
        if plan is None or context is None:
            return
        language = context.case.language

        def make() -> bytes | None:
            from trustdesk.documents.errors import DocumentError
            from trustdesk.documents.safety_plan import safety_plan_pdf

            try:
                return safety_plan_pdf(plan, language)
            except DocumentError:  # too long for one page even in the smallest type
                return None

        self._pages += 1
        making = self._making = self._pages
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._update()
        Operation(self, make).success(lambda pdf: self._page_made(making, plan, context, pdf)).finished(
            lambda: self._page_done(making)).run_in_background()

    def _page_done(self, making: int) -> None:
        if making == self._making:
            self._forget_page()

    def _forget_page(self, _result: int = 0) -> None:
        self._making = 0
        self.unsetCursor()
        self.pdf_button.setEnabled(any(self.current().steps().values()))

    def _page_made(self, making: int, plan: SafetyPlan, context: PlanContext, pdf: bytes | None) -> None:
        if making != self._making or not self.session.is_unlocked:
            return  # closed or locked meanwhile: the bytes are dropped
        if pdf is None:
            self.missing.setText(self.tr("The plan is too long for one page: shorten a step, then try again."))
            self.missing.setVisible(True)
            return
        from trustdesk.ui.output.pdf_preview import PdfPreviewDialog

        what = self.tr("Safety plan of case %1 (for the doctor; no case code on the page)").replace(
            "%1", context.case.code)
        dialog = PdfPreviewDialog(self, self.session, pdf, what, kind="safety_plan", case_code=context.case.code,
                                  detail=f"version {plan.version}", title=self.tr("Safety plan for the doctor"))
        dialog.open()
        self.preview_shown.emit(dialog)

    def show_history(self) -> QDialog:
        from trustdesk.ui.safety.safety_plan_history import SafetyPlanHistoryDialog

        dialog = SafetyPlanHistoryDialog(self.session, self.case_id, self)
        dialog.open()
        return dialog

    def _on_locked(self) -> None:
        self.editor.clear()
        self.context = None
        self.stored = None
        self._dirty = self._typed = False
        self.reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Safety plan"))
        self.setAccessibleName(self.tr("Safety plan"))
        self.intro.setText(self.tr(
            "Written together with the doctor, in the doctor's words. Every saved version is kept with its "
            "date. The page for the doctor carries no case code."))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save this version of the safety plan"))
        self.pdf_button.setText(self.tr("For the &doctor…"))
        self.pdf_button.setAccessibleName(self.tr("Preview, print or save the page for the doctor"))
        self.history_button.setText(self.tr("Earlier &versions…"))
        self.history_button.setAccessibleName(self.tr("Earlier versions of the safety plan"))
        self.close_button.setText(self.tr("Close without saving"))
        self.close_button.setAccessibleName(self.tr("Close without saving"))

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.locked.disconnect(self._on_locked)
        self._dirty = self._typed = False
        super().done(result)
