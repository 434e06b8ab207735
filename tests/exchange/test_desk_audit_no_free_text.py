"""The coordinator's audit log holds no free text: an intake's reference (which may hold a doctor's
name or a hospital) never reaches any desk file; the intake's random id does.  Every desk file is
private (0600)."""

from __future__ import annotations

import io
import random
import stat
import string
from pathlib import Path

import pytest
from exchange_helpers import DESK_PASSPHRASE

from trustdesk.cli import main as cli
from trustdesk.exchange.coordinator import AUDIT_FILE, CoordinatorDesk
from trustdesk.exchange.keys import Identity, Role


def _reference(rng: random.Random) -> str:
    words = ["".join(rng.choice(string.ascii_letters) for _ in range(rng.randrange(4, 9))) for _ in range(4)]
    return "Dr " + " ".join(words)


def test_a_reference_never_reaches_a_desk_file(desk: CoordinatorDesk, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    trust_person = Identity.generate().card("Dr Vertrouwen", Role.TRUST_PERSON)
    desk.add_card(trust_person.to_bytes(), trust_person.fingerprint)
    (desk.folder / AUDIT_FILE).chmod(0o644)  # as an older version left it
    rng = random.Random(7)
    references = [_reference(rng) for _ in range(4)]
    for index, reference in enumerate(references):
        monkeypatch.setattr("sys.stdin", io.StringIO(DESK_PASSPHRASE + "\n"))
        code = cli(["coordinator", "intake", str(desk.folder), "--to", "Dr Vertrouwen", "--ref", reference,
                    "--initiator", "family", "--language", "nl", "--region", "antwerp", "--domain", "burnout",
                    "--when", "'s avonds", "--passphrase-stdin", "--out", str(tmp_path / f"i{index}.tdintake")])
        printed = capsys.readouterr()
        assert code == 0, printed.err
        intake_id = printed.out.rsplit("id ", 1)[1].strip()
        assert intake_id in (desk.folder / AUDIT_FILE).read_text("utf-8")
    files = [p for p in desk.folder.rglob("*") if p.is_file()]
    assert any(p.name == AUDIT_FILE for p in files)
    for path in files:
        data = path.read_bytes()
        for reference in references:
            for piece in reference.split():
                if len(piece) >= 4:
                    assert piece.encode() not in data, (path.name, piece)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert CoordinatorDesk.open(desk.folder, DESK_PASSPHRASE).audit_intact()
