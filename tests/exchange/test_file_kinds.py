"""A TrustDesk file of another kind is named, not called "not_this_kind": intake-verify (and every
exchange refusal) says what the file is and how it opens, before any passphrase is asked."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from trustdesk.cli import main as cli
from trustdesk.domain import Case
from trustdesk.exchange import envelope
from trustdesk.exchange.errors import ExchangeRejected, Refusal
from trustdesk.exchange.file_kinds import HANDOVER_SIGN, FileKind, recognise
from trustdesk.exchange.intake import KIND, MAX_BYTES, IntakeForm, make_intake
from trustdesk.exchange.keys import Identity, Role, parse_card
from trustdesk.vault import Vault
from trustdesk.vault.backup import BackupService
from trustdesk.vault.handover import MAGIC, write_handover


@pytest.fixture
def kinds(vault: Vault, tmp_path: Path, coordinator: Identity) -> dict[FileKind, Path]:
    """One real file of every TrustDesk kind."""
    from trustdesk.domain.enums import Initiator, Language
    from trustdesk.exchange import local
    from trustdesk.packs.pack import build_pack

    case = vault.cases.add(Case(code="", opened_on=date(2026, 3, 1)))
    assert case.id is not None
    files = {FileKind.HANDOVER: tmp_path / "x.tdhandover", FileKind.BACKUP: tmp_path / "b" / "x.tdbackup",
             FileKind.INTAKE: tmp_path / "x.tdintake", FileKind.CARD: tmp_path / "x.tdcard",
             FileKind.PACK: tmp_path / "x.zip"}
    files[FileKind.HANDOVER].write_bytes(write_handover(vault, [case.id])[0])
    files[FileKind.BACKUP].parent.mkdir()
    BackupService(vault).backup_to(files[FileKind.BACKUP])
    me = local.my_card(vault, "Dr Vertrouwen")
    form = IntakeForm(coordinator_ref="AIN-1", initiator=Initiator.DOCTOR, language=Language.NL)
    files[FileKind.INTAKE].write_bytes(make_intake(form, coordinator, me)[0])
    files[FileKind.CARD].write_bytes(coordinator.card("Coördinatie", Role.COORDINATOR).to_bytes())
    source = tmp_path / "pack"
    source.mkdir()
    (source / "manifest.json").write_text('{"format": 1, "id": "t", "version": 1, "created": "2026-11-26", "languages": ["nl"]}')
    files[FileKind.PACK].write_bytes(build_pack(source)[0])
    return files


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
