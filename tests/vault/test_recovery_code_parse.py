"""Issue 19.5: one parse of a typed recovery code everywhere (keyslots.open_recovery_slot): what cannot be a
code at all (too short, too long, foreign characters) is MalformedCode, told as "not a recovery code" by the
vault, audit-verify and the unlock window; a well-formed wrong code stays "does not open"."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.cli import main
from trustdesk.vault import Keychain, Vault, WrongPassphrase
from trustdesk.vault.errors import MalformedCode
from trustdesk.vault.keyslots import code_problem, new_recovery_code

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=40).filter(lambda t: len(t) != 26))
def test_a_code_of_the_wrong_length_is_malformed_not_wrong(vault: Vault, data_dir: Path, keychain: Keychain,
                                                           typed: str) -> None:
    vault.lock()
    with pytest.raises(MalformedCode) as caught:
        Vault.unlock_with_recovery_code(data_dir, typed, keychain=keychain)
    assert str(caught.value) == code_problem(typed)


def test_a_well_formed_wrong_code_does_not_open(vault: Vault, data_dir: Path, keychain: Keychain) -> None:
    vault.lock()
    with pytest.raises(WrongPassphrase) as caught:
        Vault.unlock_with_recovery_code(data_dir, new_recovery_code(), keychain=keychain)
    assert not isinstance(caught.value, MalformedCode)


@pytest.mark.parametrize(("typed", "says"), [("ABCD-EFGH-JKMN", "not a recovery code"),
                                             ("ZBCD-EFGH-JKMN-PQRS-TVWX-YZ01-23", "not a recovery code")])
def test_audit_verify_tells_a_typo_from_a_wrong_code(vault: Vault, data_dir: Path, typed: str, says: str,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    vault.lock()
    monkeypatch.setattr(sys, "stdin", io.StringIO(typed + "\n"))
    assert main(["audit-verify", "--data-dir", str(data_dir), "--recovery-code-stdin"]) != 0
    out = capsys.readouterr().out
    assert says in out and "does not open" not in out


def test_the_unlock_window_says_a_short_code_is_not_a_code(qtbot, vault: Vault, data_dir: Path,  # type: ignore[no-untyped-def]
                                                           keychain: Keychain) -> None:
    from trustdesk.ui.security.unlock import UnlockWindow

    vault.lock()
    window = UnlockWindow(data_dir, keychain=keychain)
    qtbot.addWidget(window)
    window.show()
    window.show_recovery()
    window.recovery_code.setText("ABCD-EFGH-JKMN")
    window.try_recovery_code()
    qtbot.waitUntil(lambda: "not a recovery code" in window.message.text(), timeout=15000)
    assert "does not open" not in window.message.text()
