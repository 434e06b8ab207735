"""A case's Details tab (ARCHITECTURE.md, The UI by feature): the intake form, saved a moment
after each edit (``intake_form.IntakeForm``; what it writes: ``queries.store_intake``)."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from trustdesk.domain.models import Case
from trustdesk.ui.case.intake_form import IntakeForm
from trustdesk.ui.case.queries import store_intake
from trustdesk.ui.kit.date_field import DateField
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.vault.events import Table

if TYPE_CHECKING:
    from trustdesk.vault import Vault
    from trustdesk.vault.events import Change

def _flush_if_alive(ref: weakref.ReferenceType[DetailsTab], vault: Vault) -> None:
    tab = ref()
    if tab is not None and isValid(tab):
        tab.flush(vault)


class DetailsTab(Retranslates, QWidget):
    """The Details tab of a case: the intake fields, saved automatically a moment after each edit
    (and right away with Ctrl+S, when the case view closes, and before the vault locks)."""

    loaded = Signal()  # load() has put what the vault holds for this case on screen
    date_problem_changed = Signal(str)  # a date of the form is half typed (the reason), or whole again ("")

    AUTOSAVE_MS = 1000

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self._case: Case | None = None
        self._dirty = False
        self._saving = False

        self.form = IntakeForm(self, with_background=True, veil=True)
        self.form.setMaximumWidth(1100)  # long lines are hard to read; the form keeps a calm width
        holder = QWidget(self)
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.form, 10)
        holder_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("details_scroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields are the tab stops; it follows them
        self.details_scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self.state = QLabel(self)
        self.state.setObjectName("details_state")
        self.state.setWordWrap(True)  # a message wraps, never widens the window
        self.state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("details_save")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        bar = QHBoxLayout()
        bar.addWidget(self.state, 1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)
        self.form.edited.connect(self._on_edited)
        # A date that is not whole is kept on screen and said (kit/date_field.py), here as in a dialog:
        # the sentence in the tab's state line, Save now held, the case view told (its tab title, a line).
        self.date_problem = ""
        self._state_text = ""
        for field in self.form.findChildren(DateField):
            field.validity_changed.connect(lambda _ok: self._dates_changed())
        session.changed.connect(self._on_changed)
        vault = session.vault
        if vault is not None:  # a weak hold: a closed tab never stays alive through the vault
            ref = weakref.ref(self)
            vault.before_lock(lambda: _flush_if_alive(ref, vault))
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.details_scroll.setAccessibleName(self.tr("Intake details"))
        self.save_button.setText(self.tr("Save now"))
        self.save_button.setAccessibleName(self.tr("Save the details now"))

    @property
    def dirty(self) -> bool:
        return self._dirty

    def load(self) -> None:
        VaultOp(self, lambda v: v.cases.get(self.case_id), session=self.session).success(
            self._show).failure(self._failed).run()
        self.loaded.emit()

    def _dates_changed(self) -> None:
        problem = next((field.problem for field in self.form.findChildren(DateField) if field.half_typed()), "")
        if problem != self.date_problem:
            self.date_problem = problem
            self._set_state(self._state_text)
            self._set_dirty(self._dirty)
            self.date_problem_changed.emit(problem)

    def _set_state(self, text: str) -> None:
        """The tab's state line: a half-typed date's sentence before anything else (never "All saved")."""
        self._state_text = text
        self.state.setText(self.date_problem or text)

    def _show(self, case: Case | None) -> None:
        self._case = case
        self.setEnabled(case is not None)
        if case is not None:
            self.form.set_case(case)
            self._set_dirty(False)
            self._set_state("")

    def _on_edited(self) -> None:
        self._set_dirty(True)
        self._set_state(self.tr("Changes not saved yet"))
        self._timer.start()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty and not self.date_problem)

    def _edited_case(self) -> Case | None:
        return None if self._case is None else self.form.apply_to(self._case)

    def save(self) -> None:
        """Save in the background (the fields stay editable; a later edit saves again)."""
        self._timer.stop()
        edited = self._edited_case()
        if edited is None or not self._dirty:
            return
        self._set_dirty(False)
        self._saving = True
        self._set_state(self.tr("Saving…"))
        (VaultOp(self, lambda v: self._store(v, edited), session=self.session)
         .success(self._saved).failure(self._save_failed).run_in_background())

    def _store(self, vault: Vault, edited: Case) -> Case:
        return store_intake(vault, self.case_id, edited)

    def _saved(self, case: Case) -> None:
        self._saving = False
        if not self._dirty:
            self._case = case
        self._set_state(self.tr("All changes saved"))

    def _save_failed(self, _exc: BaseException, message: str) -> None:
        self._saving = False
        self._set_dirty(True)
        self._set_state(message)

    def _failed(self, _exc: BaseException, message: str) -> None:
        self._set_state(message)

    def flush(self, vault: Vault) -> None:
        """Save pending edits now, on this thread (before lock, or when the view closes)."""
        self._timer.stop()
        edited = self._edited_case()
        if edited is None or not self._dirty or vault.is_locked:
            return
        self._set_dirty(False)
        self._case = self._store(vault, edited)

    def _on_changed(self, change: Change) -> None:
        # Another view changed this case (status, closing): show it unless the user is editing.
        if change.concerns(self.case_id, Table.CASES) and not self._dirty and not self._saving \
                and not self.date_problem:  # a half-typed date stays until it is finished or given up
            self.load()

    def clear(self) -> None:
        self._timer.stop()
        self._case = None
        self._set_dirty(False)
        self.form.clear()
        self._set_state("")
