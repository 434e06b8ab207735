"""The safety plan's page for the doctor is laid out in a worker, not on the UI thread (issue 20).

reportlab's layout takes 0.1 s and more (the first time its modules and fonts too): the dialog shows
the preview when the page is made; the button is off meanwhile; a page that arrives after the dialog
closed or the vault locked is dropped; a plan too long for one page is said, not raised.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trustdesk.documents import safety_plan as page
from trustdesk.domain.enums import Language, RiskLevel
from trustdesk.domain.models import Case
from trustdesk.domain.safety import STEPS, SafetyPlan
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.output.pdf_preview import PdfPreviewDialog
from trustdesk.ui.safety.safety_plan_editor import SafetyPlanDialog
from trustdesk.vault import Vault


class Held:
    """``safety_plan_pdf`` that records its thread and waits until the test lets it answer."""

    def __init__(self, *, hold: bool) -> None:
        self.real = page.safety_plan_pdf
        self.threads: list[threading.Thread] = []
        self.started = threading.Event()
        self.go = threading.Event()
        if not hold:
            self.go.set()

    def __call__(self, plan: SafetyPlan, language: Language | str) -> bytes:
        self.threads.append(threading.current_thread())
        self.started.set()
        self.go.wait(timeout=60)  # a safety net only: every test sets it
        return self.real(plan, language)


def _dialog(qtbot: QtBot, vault: Vault, session: VaultSession, language: Language, steps: dict[str, str]) -> \
        SafetyPlanDialog:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 2), language=language))
    assert case.id is not None
    vault.safety_plans.save(SafetyPlan(case_id=case.id, **steps))
    dialog = SafetyPlanDialog(session, case.id, risk=RiskLevel.HIGH)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _previews() -> list[PdfPreviewDialog]:
    return [w for w in QApplication.allWidgets() if isinstance(w, PdfPreviewDialog) and w.isVisible()]


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[Held]:
    hold = Held(hold=True)
    monkeypatch.setattr(page, "safety_plan_pdf", hold)
    try:
        yield hold
    finally:
        hold.go.set()


@pytest.mark.parametrize(("language", "steps"), [
    (Language.NL, {"warning_signs": "Slaapt slecht"}),
    (Language.FR, {"warning_signs": "Insomnie", "help_people": "Sœur 0470 12 34 56", "reasons_to_live": "Ses enfants"}),
    (Language.EN, {name: f"{name} " * 20 for name in STEPS}),
])
def test_the_page_is_made_in_a_worker_then_previewed(qtbot: QtBot, vault: Vault, session: VaultSession,
                                                     monkeypatch: pytest.MonkeyPatch, language: Language,
                                                     steps: dict[str, str]) -> None:
    made = Held(hold=False)
    monkeypatch.setattr(page, "safety_plan_pdf", made)
    dialog = _dialog(qtbot, vault, session, language, steps)
    with qtbot.waitSignal(dialog.preview_shown, timeout=60_000) as shown:
        dialog.pdf_button.click()
    preview = shown.args[0]
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible()
    assert len(made.threads) == 1 and made.threads[0] is not threading.main_thread()
    assert dialog.pdf_button.isEnabled()
    preview.reject()


def test_busy_while_the_page_is_made(qtbot: QtBot, vault: Vault, session: VaultSession, held: Held) -> None:
    dialog = _dialog(qtbot, vault, session, Language.NL, {"warning_signs": "Slaapt slecht"})
    dialog.pdf_button.click()
    assert held.started.wait(timeout=60)
    assert not dialog.pdf_button.isEnabled() and _previews() == []
    dialog.show_pdf()  # a second ask while making starts nothing
    assert len(held.threads) == 1
    with qtbot.waitSignal(dialog.preview_shown, timeout=60_000):
        held.go.set()
    assert dialog.pdf_button.isEnabled() and len(_previews()) == 1
    _previews()[0].reject()


@pytest.mark.parametrize("how", ["close", "lock"])
def test_a_page_made_after_close_or_lock_is_dropped(qtbot: QtBot, vault: Vault, session: VaultSession, held: Held,
                                                    monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    dialog = _dialog(qtbot, vault, session, Language.FR, {"warning_signs": "Insomnie"})
    shown: list[object] = []
    dialog.preview_shown.connect(shown.append)
    delivered: list[int] = []
    page_made = dialog._page_made

    def recorded(making: int, *rest: object) -> None:
        delivered.append(making)
        page_made(making, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(dialog, "_page_made", recorded)
    dialog.pdf_button.click()
    assert held.started.wait(timeout=60)
    if how == "close":
        dialog.reject()
    else:
        session.lock("idle")
    held.go.set()
    qtbot.waitUntil(lambda: bool(delivered), timeout=60_000)  # the worker's page has come back: dropped
    assert shown == [] and _previews() == []


def test_a_plan_too_long_for_one_page_is_said(qtbot: QtBot, vault: Vault, session: VaultSession,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(qtbot, vault, session, Language.NL, {name: "Een heel lange regel tekst. " * 120 for name in STEPS})
    shown: list[object] = []
    dialog.preview_shown.connect(shown.append)
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: bool(dialog.missing.text()) and dialog.pdf_button.isEnabled(), timeout=60_000)
    assert "one page" in dialog.missing.text() and shown == [] and _previews() == []
