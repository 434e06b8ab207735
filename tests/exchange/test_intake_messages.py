"""What the headless intake commands say: ``coordinator intake`` names each problem of the form (the
consent hint only when contact details came without consent), and ``intake-verify`` shows the doctor's
workplace with the conflict-of-interest check against the trust person's own affiliations."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from trustdesk.cli import main as cli
from trustdesk.domain.conflicts import overlaps
from trustdesk.domain.enums import Initiator, Language
from trustdesk.exchange import local
from trustdesk.exchange.intake import LIMITS, IntakeForm, make_intake
from trustdesk.exchange.keys import Identity, Role
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.settings import CONFLICT_AFFILIATIONS

HINT = "need --consent"
TEXT = st.one_of(st.just(""), st.text(max_size=5), st.text(min_size=41, max_size=45), st.just("a\x01b"))


@settings(max_examples=200, deadline=None)
@given(ref=TEXT, name=TEXT, phone=TEXT, email=TEXT, workplace=TEXT, when=TEXT, consent=st.booleans(),
       initiator=st.sampled_from(list(Initiator)))
def test_each_problem_is_said_and_the_consent_hint_only_for_contact_details_without_consent(
        ref: str, name: str, phone: str, email: str, workplace: str, when: str, consent: bool,
        initiator: Initiator) -> None:
    form = IntakeForm(coordinator_ref=ref, initiator=initiator, language=Language.NL, consent_to_contact=consent,
                      doctor_name=name, doctor_phone=phone, doctor_email=email, workplace=workplace,
                      contact_when=when)
    sentences = form.problem_sentences()
    problems = list(dict.fromkeys(form.problems()))
    assert len(sentences) == len(problems)
    contact_without_consent = not consent and bool(name or phone or email)
    assert any(HINT in s for s in sentences) == contact_without_consent
    for problem, sentence in zip(problems, sentences, strict=True):
        if problem in LIMITS and problem != "coordinator_ref":
            assert problem in sentence and str(LIMITS[problem]) in sentence


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str],
         stdin: str = "") -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_the_intake_command_gives_the_consent_hint_only_when_it_applies(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    desk = tmp_path / "desk"
    code, out = _run(monkeypatch, capsys, ["coordinator", "init", str(desk), "--name", "Coördinatie",
                                           "--passphrase-stdin"], "the coordinator's desk\n")
    assert code == 0, out
    base = ["coordinator", "intake", str(desk), "--to", "nobody", "--initiator", "doctor", "--language", "nl",
            "--passphrase-stdin", "--out", str(tmp_path / "x.tdintake")]
    code, out = _run(monkeypatch, capsys, [*base, "--ref", "R" * 41], "the coordinator's desk\n")
    assert code != 0 and "coordinator reference" in out and HINT not in out, out  # (exit codes: cli/exits.py)
    code, out = _run(monkeypatch, capsys, [*base, "--ref", "R1", "--phone", "0470"], "the coordinator's desk\n")
    assert code != 0 and HINT in out, out


@pytest.mark.parametrize(("affiliations", "workplace"), [
    ([], "AZ Sint-Jan Brugge"), (["AZ Sint-Jan Brugge"], "AZ Sint-Jan Brugge"),
    (["UZ Gent"], "AZ Sint-Jan Brugge"), (["UZ Gent"], "")])
def test_intake_verify_shows_the_workplace_and_the_conflict_check(
        tmp_path: Path, new_vault: Callable[..., Vault], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], affiliations: list[str], workplace: str) -> None:
    coordinator = Identity.generate()
    coordinator_card = coordinator.card("Coördinatie", Role.COORDINATOR)
    data_dir = tmp_path / "tp"
    vault = new_vault(data_dir, keychain=Keychain.none())
    local.remember_coordinator_card(vault, coordinator_card, "artsinnood@1")
    local.confirm_coordinator_card(vault, coordinator_card.fingerprint)
    vault.settings.set_value(CONFLICT_AFFILIATIONS, affiliations)
    form = IntakeForm(coordinator_ref="AIN-1", initiator=Initiator.COLLEAGUE, language=Language.NL,
                      workplace=workplace)  # no consent: the workplace still travels (not a contact detail)
    data, _ = make_intake(form, coordinator, local.my_card(vault, "Dr Vertrouwen"))
    vault.lock()
    (tmp_path / "a.tdintake").write_bytes(data)
    code, out = _run(monkeypatch, capsys, ["intake-verify", str(tmp_path / "a.tdintake"), "--data-dir",
                                           str(data_dir), "--passphrase-stdin"], PASSPHRASE + "\n")
    assert code == 0, out
    line = next(x for x in out.splitlines() if x.strip().startswith("workplace"))
    assert (workplace or "-") in line
    conflict = overlaps(affiliations, [workplace]) if workplace else []
    assert ("CONFLICT" in out) == bool(conflict)
    if workplace and not affiliations:
        assert "not checked" in out
