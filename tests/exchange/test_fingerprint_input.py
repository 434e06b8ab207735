"""What is typed as a fingerprint, one class each (outside reviewer: "abc", "" and too few digits were
refused like a forged card, exit 1):

- digits that cannot be a fingerprint (not 6 groups of 5 digits): a usage error, exit 2, said as such,
  before the desk passphrase is asked;
- a well-formed fingerprint that is not the card's: refused, exit 1, "the digits differ";
- a card whose self-signature fails (the file was altered): refused, exit 1, said as an altered card --
  never as a wrong fingerprint;
and a refused intake says only what applies (no "fingerprint given" where none was)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from exchange_helpers import DESK_PASSPHRASE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.cli import main as cli
from trustdesk.cli.refusals import refusal_sentence
from trustdesk.exchange.coordinator import CoordinatorDesk
from trustdesk.exchange.errors import ExchangeRejected, Refusal
from trustdesk.exchange.keys import FingerprintMalformed, Identity, Role, heard_digits

ALICE = Identity.generate().card("Dr. Alice Tp", Role.TRUST_PERSON)
DIGITS = ALICE.fingerprint.replace(" ", "")

# Anything but 30 digits with separators: too few or too many digits, letters, other digits (Arabic-Indic)
MALFORMED = st.one_of(
    st.text(alphabet="0123456789 -", max_size=60).filter(lambda t: sum(c.isdigit() for c in t) != 30),
    st.text(min_size=1, max_size=40).filter(lambda t: any(c not in "0123456789 -.\t\u00a0\u202f" for c in t)),
    st.just(""), st.just("abc"), st.just("٤٠٢١٨ ٧٧٣١٠"))
WELL_FORMED_OTHER = st.lists(st.text(alphabet="0123456789", min_size=5, max_size=5), min_size=6, max_size=6).map(
    " ".join).filter(lambda t: t.replace(" ", "") != DIGITS)


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str],
         stdin: str = "") -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@settings(max_examples=150, deadline=None)
@given(typed=MALFORMED)
def test_what_cannot_be_a_fingerprint_is_malformed_and_every_fingerprint_is_well_formed(typed: str) -> None:
    with pytest.raises(FingerprintMalformed):
        heard_digits(typed)
    assert heard_digits(ALICE.fingerprint) == heard_digits(ALICE.fingerprint.replace(" ", "-")) == DIGITS


@pytest.fixture
def desk_dir(tmp_path: Path) -> Path:
    CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", DESK_PASSPHRASE)
    (tmp_path / "alice.tdcard").write_bytes(ALICE.to_bytes())
    return tmp_path / "desk"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=MALFORMED)
def test_a_malformed_fingerprint_is_a_usage_error_said_before_the_passphrase(
        desk_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], typed: str) -> None:
    code, out = _run(monkeypatch, capsys, ["coordinator", "add-card", str(desk_dir), str(desk_dir.parent / "alice.tdcard"),
                                           f"--fingerprint={typed}"])  # no passphrase given: never asked
    assert code == 2, out
    assert "6 groups of 5 digits" in out and "altered" not in out and "differ" not in out
    assert not (desk_dir / "cards").exists()


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=WELL_FORMED_OTHER)
def test_a_well_formed_other_fingerprint_says_the_digits_differ(
        desk_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], typed: str) -> None:
    code, out = _run(monkeypatch, capsys, ["coordinator", "add-card", str(desk_dir), str(desk_dir.parent / "alice.tdcard"),
                                           f"--fingerprint={typed}", "--passphrase-stdin"], DESK_PASSPHRASE + "\n")
    assert code == 1, out
    assert "the digits differ" in out and "altered" not in out
    assert not list((desk_dir / "cards").glob("*.tdcard")) if (desk_dir / "cards").exists() else True


def test_an_altered_card_is_said_as_altered_whatever_the_digits(
        desk_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    document = json.loads(ALICE.to_bytes())
    document["name"] = "Dr. Mallory"  # the self-signature no longer holds
    altered = desk_dir.parent / "altered.tdcard"
    altered.write_text(json.dumps(document))
    code, out = _run(monkeypatch, capsys, ["coordinator", "add-card", str(desk_dir), str(altered),
                                           "--fingerprint", ALICE.fingerprint, "--passphrase-stdin"],
                     DESK_PASSPHRASE + "\n")
    assert code == 1 and "altered" in out and "differ" not in out, out
    desk = CoordinatorDesk.open(desk_dir, DESK_PASSPHRASE)
    with pytest.raises(ExchangeRejected) as refused:
        desk.add_card(altered.read_bytes(), ALICE.fingerprint)
    assert refused.value.reason is Refusal.TAMPERED
    with pytest.raises(ExchangeRejected) as refused:
        desk.add_card(ALICE.to_bytes(), "1" * 30)
    assert refused.value.reason is Refusal.FINGERPRINT_DIFFERS
    assert desk.add_card(ALICE.to_bytes(), ALICE.fingerprint.replace(" ", "-")) == ALICE


@pytest.mark.parametrize("kind", ["intake", "figures", "handover", ""])
def test_a_tampered_file_is_never_said_to_have_a_wrong_fingerprint(kind: str) -> None:
    sentence = refusal_sentence("tampered", expected=kind)
    assert "fingerprint" not in sentence and "changed on the way" in sentence
