"""A TrustDesk file of another kind is named, not called "not_this_kind": intake-verify (and every
exchange refusal) says what the file is and how it opens, before any passphrase is asked."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from exchange_helpers import one_file_of_every_kind

from trustdesk.cli import main as cli
from trustdesk.exchange import envelope
from trustdesk.exchange.errors import ExchangeRejected, Refusal
from trustdesk.exchange.file_kinds import HANDOVER_SIGN, FileKind
from trustdesk.exchange.intake import KIND, MAX_BYTES
from trustdesk.exchange.keys import Identity, parse_card, recognise
from trustdesk.vault import Vault
from trustdesk.vault.handover import MAGIC


@pytest.fixture
def kinds(vault: Vault, tmp_path: Path, coordinator: Identity) -> dict[FileKind, Path]:
    """One real file of every TrustDesk kind."""
    return one_file_of_every_kind(vault, tmp_path / "files", coordinator)


def test_the_signs_match_the_formats() -> None:
    assert HANDOVER_SIGN == MAGIC
    assert recognise(envelope.magic("figures") + b"{}\n") is FileKind.FIGURES


def test_every_kind_is_recognised_and_nothing_else(kinds: dict[FileKind, Path]) -> None:
    for kind, path in kinds.items():
        assert recognise(path.read_bytes()) is kind, kind
    for junk in (b"", b"PK\x03\x04junk", b"{}", b'{"kind": "trustdesk-card"', b"TRUSTDESK-OTHER\n", b"\x00" * 99):
        assert recognise(junk) is None


def test_the_refusal_names_the_kind_found(kinds: dict[FileKind, Path]) -> None:
    for kind, path in kinds.items():
        if kind is FileKind.INTAKE:
            continue
        with pytest.raises(ExchangeRejected) as caught:
            envelope.check_layout(KIND, path.read_bytes(), max_bytes=MAX_BYTES)
        assert caught.value.reason is Refusal.NOT_THIS_KIND and caught.value.found == kind.value
    with pytest.raises(ExchangeRejected) as caught:
        parse_card(kinds[FileKind.HANDOVER].read_bytes())
    assert caught.value.found == FileKind.HANDOVER.value


WORDS = {FileKind.HANDOVER: ("handover file (.tdhandover)", "handover-verify"),
         FileKind.BACKUP: ("backup (.tdbackup)", "backup-verify"),
         FileKind.CARD: ("contact card (.tdcard)", "add-card"),
         FileKind.COORDINATOR_CARD: ("the coordinator's contact card (.tdcard)", "--coordinator-card"),
         FileKind.FIGURES: ("figures file (.tdfigures)", "figures merge"),
         FileKind.PACK: ("organisation pack", "pack verify")}


def test_intake_verify_says_what_the_file_is_before_any_passphrase(
        kinds: dict[FileKind, Path], data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")
    for kind, (what, how) in WORDS.items():
        monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a passphrase asked for would be "nothing given": exit 2
        code = cli(["intake-verify", str(kinds[kind]), "--data-dir", str(data_dir), "--passphrase-stdin"])
        out = capsys.readouterr()
        text = out.out + out.err
        assert code == 1, text
        assert "not an intake" in text and what in text and how in text, text
        assert "Traceback" not in text and "Error" not in text
