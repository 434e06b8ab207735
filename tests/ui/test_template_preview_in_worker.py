"""The templates page makes a template's preview letter in a worker (issue 20, "page templates": the
letter's context read, the template checked and rendered were tens of milliseconds on the UI thread,
with the list filled in the same block); the letter shown is that of the template chosen last, however
fast the choices come.  Counted: which thread made each letter."""

from __future__ import annotations

import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from trustdesk.documents import templates
from trustdesk.ui.documents.queries import preview_context
from trustdesk.ui.documents.templates_page import TemplatesPage
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


@pytest.fixture
def page(qtbot: QtBot, session: VaultSession) -> TemplatesPage:
    p = TemplatesPage(session)
    qtbot.addWidget(p)
    with qtbot.waitSignal(p.loaded, timeout=10_000):
        p.refresh()
    return p


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(picks=st.lists(st.integers(0, 50), min_size=1, max_size=4))
def test_the_letter_is_made_in_a_worker_and_the_last_choice_is_shown(qtbot: QtBot, page: TemplatesPage, vault: Vault,
                                                                    picks: list[int]) -> None:
    threads: list[str] = []
    original = templates.preview

    def noting(body: str, context: dict[str, object]) -> templates.RenderResult:
        threads.append(threading.current_thread().name)
        return original(body, context)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(templates, "preview", noting)
        chosen = None
        with qtbot.waitSignal(page.previewed, timeout=10_000):
            for pick in picks:  # one after the other, within one turn of the event loop
                chosen = page.templates[pick % len(page.templates)]
                page.select_template(chosen.id)
            page._show_preview()  # asked once more even when the last pick was already chosen
    assert threads and threading.main_thread().name not in threads, f"letters made on the UI thread: {threads}"
    assert chosen is not None
    expected = original(chosen.body, preview_context(vault, None, chosen.language))
    if expected.problems:
        assert page.preview.toPlainText() == "" and page.problem.isVisibleTo(page)
    else:
        assert page.preview.toPlainText() == expected.text.replace("\u00a0", " ")  # as a text box gives it back
