"""Every refusal of ``pack verify``, ``pack preview`` and ``figures merge`` says in words what the file is
-- no reason code such as "malformed", "not_this_kind" -- and a TrustDesk file of another kind is named with
the command that opens it (outside tester: "pakket GEWEIGERD (malformed): ... (not a zip archive ...)",
"not_this_kind (dit is geen TrustDesk-bestand van de verwachte soort.)")."""

from __future__ import annotations

import io
import random
from datetime import datetime
from pathlib import Path

import pytest
from exchange_helpers import DESK_PASSPHRASE, random_cases

from trustdesk.cli import main as cli
from trustdesk.exchange.coordinator import CoordinatorDesk
from trustdesk.exchange.errors import Refusal
from trustdesk.exchange.figures import cells_of, make_figures
from trustdesk.exchange.keys import Identity, Role
from trustdesk.exchange.periods import Quarter
from trustdesk.packs.errors import RejectReason

CODES = {r.value for r in Refusal} | {r.value for r in RejectReason}


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO(DESK_PASSPHRASE + "\n"))
    cli(list(argv))
    captured = capsys.readouterr()
    return captured.out + captured.err


def test_refusals_are_said_in_words_and_other_kinds_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    desk = CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", DESK_PASSPHRASE)
    person = Identity.generate()
    quarter = Quarter(2026, 3)
    cells = cells_of(random_cases(random.Random(1), 6, quarter.start, quarter.end), quarter)
    files = {"card": person.card("Dr A", Role.TRUST_PERSON).to_bytes(),
             "figures": make_figures(cells, quarter, person, desk.card, now=datetime(2026, 10, 2, 9))[0],
             "": b"not a TrustDesk file at all " * random.Random(2).randint(1, 50)}
    public = tmp_path / "pub.pem"
    public.write_bytes(b"-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n"
                       b"-----END PUBLIC KEY-----\n")
    for kind, data in files.items():
        path = tmp_path / f"file-{kind or 'other'}"
        path.write_bytes(data)
        runs = [_run(monkeypatch, capsys, "pack", "verify", str(path), "--pubkey", str(public)),
                _run(monkeypatch, capsys, "pack", "preview", str(path), "--pubkey", str(public))]
        if kind != "figures":
            runs.append(_run(monkeypatch, capsys, "figures", "merge", str(path), "--out", str(tmp_path / "out"),
                             "--desk", str(desk.folder), "--passphrase-stdin"))
        for said in runs:
            assert not any(f"({code})" in said or f" {code} (" in said for code in CODES), said
            if kind:
                assert f"This is a trust person's {'contact card' if kind == 'card' else 'figures file'}" in said, said
