"""``figures merge`` writes into its output folder only what is publishable: the national PDFs and
CSV.  The merge summary holds each file's exact number of cases (a quarter withheld for fewer than 5
cases would be given away by it): it goes to the terminal only."""

from __future__ import annotations

import io
import random
import re
from datetime import datetime
from pathlib import Path

import pytest
from exchange_helpers import DESK_PASSPHRASE, random_cases

from tests.documents.conftest import pdf_text
from trustdesk.cli import main as cli
from trustdesk.cli.figures_cli import PUBLISHABLE
from trustdesk.exchange.coordinator import CoordinatorDesk
from trustdesk.exchange.figures import cells_of, make_figures
from trustdesk.exchange.keys import Identity, Role
from trustdesk.exchange.periods import Quarter

Q1, Q2 = Quarter(2026, 1), Quarter(2026, 2)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_nothing_in_the_output_folder_holds_a_withheld_number(seed: int, desk: CoordinatorDesk, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(seed)
    mail = tmp_path / "mail"
    mail.mkdir()
    withheld_count = rng.randrange(1, 5)  # a quarter of 1-4 new cases: withheld
    for index in range(2):
        identity = Identity.generate()
        card = identity.card(f"Vertrouwenspersoon {index}", Role.TRUST_PERSON)
        desk.add_card(card.to_bytes(), card.fingerprint)
        q1 = random_cases(rng, withheld_count if index == 0 else 0, Q1.start, Q1.end)
        q2 = random_cases(rng, rng.randrange(11, 40), Q2.start, Q2.end)
        for quarter, cases in ((Q1, q1), (Q2, q2)):
            data, _ = make_figures(cells_of(cases, quarter), quarter, identity, desk.card, now=datetime(2026, 7, 2))
            (mail / f"tp{index}-{quarter}.tdfigures").write_bytes(data)
    out_dir = tmp_path / "national"
    monkeypatch.setattr("sys.stdin", io.StringIO(DESK_PASSPHRASE + "\n"))
    code = cli(["figures", "merge", *sorted(str(p) for p in mail.iterdir()), "--out", str(out_dir),
                "--desk", str(desk.folder), "--passphrase-stdin"])
    terminal = capsys.readouterr().out
    assert code == 0
    # the coordinator sees it, the sender named with the short fingerprint (two cards may share a name)
    assert re.search(rf"2026 Q1, Vertrouwenspersoon 0 \[\d{{5}} \d{{5}}\], {withheld_count} cases?\b", terminal)
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(PUBLISHABLE)
    written = "\n".join(pdf_text(p.read_bytes()) if p.suffix == ".pdf" else p.read_text() for p in out_dir.iterdir())
    assert " cases" not in written and "Vertrouwenspersoon" not in written
    q1_rows = [line for line in (out_dir / "national.csv").read_text().splitlines() if line.startswith("2026-01,2026-03,")]
    assert q1_rows == ["2026-01,2026-03,total,cases,withheld", "2026-01,2026-03,total,trust_persons,withheld"]


@pytest.mark.parametrize("inputs", [["empty"], ["junk"], ["empty", "junk", "foreign"]])
def test_only_refused_files_write_nothing_and_fail(inputs: list[str], desk: CoordinatorDesk, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 17: with no accepted file, ``figures merge`` exited 0 and wrote an empty national report."""
    mail = tmp_path / "mail"
    mail.mkdir()
    stranger = Identity.generate()  # signed by a card the desk does not hold: refused
    foreign, _ = make_figures({}, Q2, stranger, desk.card, now=datetime(2026, 7, 2))
    contents = {"empty": b"", "junk": random.Random(7).randbytes(5000), "foreign": foreign}
    for name in inputs:
        (mail / f"{name}.tdfigures").write_bytes(contents[name])
    out_dir = tmp_path / "national"
    released_before = desk.released()
    monkeypatch.setattr("sys.stdin", io.StringIO(DESK_PASSPHRASE + "\n"))
    code = cli(["figures", "merge", *sorted(str(p) for p in mail.iterdir()), "--out", str(out_dir),
                "--desk", str(desk.folder), "--passphrase-stdin"])
    captured = capsys.readouterr()
    assert code != 0
    assert "nothing written" in captured.err
    assert not out_dir.exists()
    assert desk.released() == released_before
