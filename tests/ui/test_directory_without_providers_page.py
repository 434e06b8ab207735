"""The directory in a vault whose set-up was left (outside tester, twice in Dutch): the new-referral
dialog showed no provider and its search found neither "1813" nor "Zelf" until the Providers page had
been opened once.  The starter directory was installed by the wizard's Finish and, lazily, by the
Providers page alone; now the wizard installs it when it makes the vault, and every reader of the
directory installs it once in a vault that never had it, whichever page came first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import permutations
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import Language
from trustdesk.domain.models import Case
from trustdesk.ui.case.referral_dialog import ReferralDialog
from trustdesk.ui.directory.queries import load_directory
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.safety.queries import crisis_lines
from trustdesk.vault import Keychain, Vault

LINE = "Zelfmoordlijn 1813"


def _picker_texts(qtbot: QtBot, session: VaultSession, case_id: int, search: str) -> list[str]:
    dialog = ReferralDialog(session, case_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ready)
    dialog.search.setText(search)
    texts = [dialog.picker.item(row).text() for row in range(dialog.picker.count())]  # type: ignore[union-attr]
    dialog.reject()
    return texts


def _readers(qtbot: QtBot, session: VaultSession, case_id: int) -> dict[str, Callable[[], bool]]:
    vault = session.require()
    return {
        "referral picker, all": lambda: any(LINE in t for t in _picker_texts(qtbot, session, case_id, "")),
        "referral search 1813": lambda: any(LINE in t for t in _picker_texts(qtbot, session, case_id, "1813")),
        "referral search Zelf": lambda: any(LINE in t for t in _picker_texts(qtbot, session, case_id, "Zelf")),
        "safety plan crisis lines": lambda: "1813" in crisis_lines(vault, "nl"),
        "providers page": lambda: any(p.name == LINE for p in load_directory(vault)),
    }


@pytest.mark.parametrize("order", list(permutations(range(5), 2)))
def test_every_reader_shows_the_directory_whichever_came_first(
        qtbot: QtBot, vault: Vault, session: VaultSession, order: tuple[int, int]) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 12, 1), language=Language.NL))
    assert case.id is not None
    readers = list(_readers(qtbot, session, case.id).items())
    for index in order:
        name, shows = readers[index]
        assert shows(), f"{name} (after {[readers[i][0] for i in order[:order.index(index)]]}) misses {LINE}"
    assert [p.name for p in vault.providers.list()].count(LINE) == 1  # installed once


def test_a_new_vault_holds_the_directory_before_its_recovery_code_is_shown(
        qtbot: QtBot, data_dir: Path, keychain: Keychain) -> None:
    """Whatever step the wizard is then left on, the vault it made has the starter directory."""
    from tests.ui.test_shell_windows import _run_wizard

    wizard, _ = _run_wizard(qtbot, data_dir, keychain)
    vault = wizard.vault
    assert vault is not None and wizard.currentPage() is wizard.recovery_page
    assert LINE in [p.name for p in vault.providers.list()]
    assert vault.templates.list()  # the letters too, as before
    wizard.leave()
