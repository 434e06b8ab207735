"""Every command that reads a TrustDesk file, given a file of any other kind, says which kind it was given,
which kind it reads, and where the given one opens -- in the command's language (outside tester:
``coordinator add-card`` given the coordinator's own card said only "holds something the format does not
allow").  Every pair (kind given x reading command), in English, Dutch and French; nothing is asked for
(passphrase, code, fingerprint) before the refusal, and nothing is written."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from exchange_helpers import DESK_PASSPHRASE, one_file_of_every_kind

from trustdesk.cli import main as cli
from trustdesk.cli.refusals import kind_words, not_kind_words
from trustdesk.cli.words import speaking
from trustdesk.exchange.coordinator import CoordinatorDesk
from trustdesk.exchange.file_kinds import FileKind
from trustdesk.vault import Vault

GENERIC = ("holds something the format does not allow", "not a TrustDesk file of the expected kind",
           "breaks the pack format", "Traceback")


def _readers(desk: Path, data: Path, out: Path, public: Path, source: Path) -> dict[str, tuple[FileKind, list[str]]]:
    """Each reading command: the kind it reads, its argv with FILE for the file given (secrets: on stdin)."""
    return {
        "intake-verify": (FileKind.INTAKE, ["intake-verify", "FILE", "--data-dir", str(data), "--passphrase-stdin"]),
        "figures merge": (FileKind.FIGURES, ["figures", "merge", "FILE", "--out", str(out), "--desk", str(desk),
                                             "--passphrase-stdin"]),
        "coordinator add-card": (FileKind.CARD, ["coordinator", "add-card", str(desk), "FILE", "--passphrase-stdin"]),
        "handover-verify": (FileKind.HANDOVER, ["handover-verify", "FILE", "--code-stdin"]),
        "backup-verify": (FileKind.BACKUP, ["backup-verify", "FILE", "--passphrase-stdin"]),
        "pack verify": (FileKind.PACK, ["pack", "verify", "FILE", "--pubkey", str(public)]),
        "pack preview": (FileKind.PACK, ["pack", "preview", "FILE", "--pubkey", str(public)]),
        "pack build --coordinator-card": (FileKind.COORDINATOR_CARD, [
            "pack", "build", str(source), str(out / "pack.zip"), "--coordinator-card", "FILE"]),
    }


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_every_reader_names_every_other_kind(language: str, vault: Vault, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    desk = CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", DESK_PASSPHRASE)
    files = one_file_of_every_kind(vault, tmp_path / "files", desk.identity)
    vault.lock()
    public = tmp_path / "pub.pem"
    public.write_bytes(b"-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n"
                       b"-----END PUBLIC KEY-----\n")
    out = tmp_path / "out"
    out.mkdir()  # the folder --out writes into exists (a missing one is its own refusal: cli/words.output_problem)
    readers = _readers(desk.folder, vault.data_dir, out, public, tmp_path / "files" / "pack source")
    monkeypatch.setenv("LANG", {"en": "C.UTF-8", "nl": "nl_BE.UTF-8", "fr": "fr_BE.UTF-8"}[language])
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    with speaking(language=language):
        given_words = {kind: kind_words(kind.value) for kind in FileKind}
        expected_words = {kind: not_kind_words(kind.value) for kind in FileKind}
    if language != "en":
        with speaking(language="en"):
            assert all(given_words[k] != kind_words(k.value) for k in FileKind), "said in English"
    cards_before = sorted((desk.folder / "cards").glob("*")) if (desk.folder / "cards").exists() else []
    pairs = 0
    for name, (expected, argv) in readers.items():
        for given, path in files.items():
            if given is expected:
                continue

            class _Stdin(io.StringIO):  # nothing to read: a secret asked for would be "nothing given"
                def isatty(self) -> bool:
                    return False

            monkeypatch.setattr(sys, "stdin", _Stdin(""))
            code = cli([str(path) if a == "FILE" else a for a in argv])
            captured = capsys.readouterr()
            said = " ".join((captured.out + captured.err).split())
            assert code in (1, 2), (name, given, said)
            assert given_words[given] in said and expected_words[expected] in said, (name, given, said)
            assert not any(generic in said for generic in GENERIC), (name, given, said)
            pairs += 1
    assert pairs == len(readers) * (len(FileKind) - 1)
    assert not out.exists() or not any(out.iterdir())  # nothing written
    assert (sorted((desk.folder / "cards").glob("*")) if (desk.folder / "cards").exists() else []) == cards_before
