"""The whole flow with real files between separate folders: the coordinator makes a desk, a pack with
its card and an intake; the trust person imports both, works the case and sends figures; the
coordinator merges the figures of 40 trust persons into the national report (nl and fr PDF, CSV)."""

from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from exchange_helpers import DESK_PASSPHRASE, random_cases

from tests.conftest import PASSPHRASE
from trustdesk.cli import COMMANDS
from trustdesk.cli import main as cli
from trustdesk.domain.enums import CaseOrigin, CaseStatus, CloseReason
from trustdesk.exchange import figures, local
from trustdesk.exchange.coordinator import CoordinatorDesk
from trustdesk.exchange.figures import cells_of, make_figures
from trustdesk.exchange.intake import import_intake, open_intake
from trustdesk.exchange.keys import Identity, Role, parse_card
from trustdesk.exchange.periods import Quarter
from trustdesk.packs.installation import import_pack
from trustdesk.packs.pack import build_pack, sign_pack, verify_pack
from trustdesk.vault import Keychain, Vault

QUARTERS = [Quarter(2026, 1), Quarter(2026, 2), Quarter(2026, 3)]


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str],
        stdin: str = "") -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_the_commands_are_registered() -> None:
    assert {"coordinator", "intake-verify", "figures"} <= set(COMMANDS)


def test_the_whole_flow(tmp_path: Path, new_vault: Callable[..., Vault], monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:
    desk_dir, mail = tmp_path / "coordinator", tmp_path / "mail"
    mail.mkdir()
    # -- the coordinator sets up a desk and builds a pack with their card and the current release
    code, out = run(monkeypatch, capsys, ["coordinator", "init", str(desk_dir), "--name", "Coördinatie Arts in Nood",
                                          "--passphrase-stdin"], DESK_PASSPHRASE + "\n")
    assert code == 0, out
    coordinator_fingerprint = out.split("fingerprint")[1].split("\n")[0].strip()
    source = tmp_path / "pack-src"
    source.mkdir()
    (source / "manifest.json").write_text(json.dumps({"format": 1, "id": "artsinnood", "version": 1,
                                                      "created": "2026-10-01", "languages": ["nl", "fr"]}))
    shutil.copy(desk_dir / "coordinator.tdcard", source / "coordinator.tdcard")
    (source / "release.json").write_text(json.dumps({"version": "9.0.0", "date": "2026-10-01", "security": True,
                                                     "installers": []}))
    pack_key = Ed25519PrivateKey.generate()
    (mail / "pack.zip").write_bytes(sign_pack(build_pack(source)[0], pack_key))

    # -- the trust person imports the pack, compares the coordinator's fingerprint, gives their card
    tp_dir = tmp_path / "trust-person"
    vault = new_vault(tp_dir, keychain=Keychain.none())
    report = import_pack(vault, verify_pack((mail / "pack.zip").read_bytes(), pack_key.public_key()))
    assert report.coordinator_card_changed
    stored = local.coordinator_card(vault)
    assert stored is not None and stored.card.fingerprint == coordinator_fingerprint  # read out by phone
    local.confirm_coordinator_card(vault, stored.card.fingerprint)
    card = local.my_card(vault, "Dr Vertrouwen")
    (mail / "dr.tdcard").write_bytes(card.to_bytes())
    vault.lock()

    # -- the coordinator adds the card: a wrong fingerprint is refused, the right one accepted
    code, out = run(monkeypatch, capsys, ["coordinator", "add-card", str(desk_dir), str(mail / "dr.tdcard"),
                                          "--fingerprint", "12345 12345 12345 12345 12345 12345",
                                          "--passphrase-stdin"], DESK_PASSPHRASE + "\n")
    assert code == 1 and "the digits differ" in out
    code, out = run(monkeypatch, capsys, ["coordinator", "add-card", str(desk_dir), str(mail / "dr.tdcard"),
                                          "--fingerprint", card.fingerprint, "--passphrase-stdin"],
                    DESK_PASSPHRASE + "\n")
    assert code == 0, out
    # ... and makes an intake; contact details without consent are refused
    intake_args = ["coordinator", "intake", str(desk_dir), "--to", "Dr Vertrouwen", "--ref", "AIN-2026-17",
                   "--initiator", "family", "--language", "nl", "--region", "antwerp", "--domain", "burnout",
                   "--when", "'s avonds", "--name", "Dr X", "--passphrase-stdin",
                   "--out", str(mail / "AIN-2026-17.tdintake")]
    code, out = run(monkeypatch, capsys, intake_args, DESK_PASSPHRASE + "\n")
    assert code == 2 and "consent" in out and not (mail / "AIN-2026-17.tdintake").exists()  # malformed input
    code, out = run(monkeypatch, capsys, [*intake_args, "--consent"], DESK_PASSPHRASE + "\n")
    assert code == 0, out
    # contact details can come on stdin instead of the command line (shell history)
    private_args = [a for a in intake_args if a not in ("--name", "Dr X")]
    private_args[private_args.index("--out") + 1] = str(mail / "AIN-2026-18.tdintake")
    code, out = run(monkeypatch, capsys, [*private_args, "--consent", "--contact-stdin"],
                    DESK_PASSPHRASE + "\n" + json.dumps({"name": "Dr Y", "phone": "0470 11 22 33"}) + "\n")
    assert code == 0, out

    # -- the trust person checks it headless, then imports it
    code, out = run(monkeypatch, capsys, ["intake-verify", str(mail / "AIN-2026-17.tdintake"), "--data-dir",
                                          str(tp_dir), "--passphrase-stdin"], PASSPHRASE + "\n")
    assert code == 0 and "AIN-2026-17" in out and "Dr X" not in out, out
    vault = Vault.unlock(tp_dir, PASSPHRASE, keychain=Keychain.none())
    case = import_intake(vault, open_intake(vault, (mail / "AIN-2026-17.tdintake").read_bytes()),
                         today=date(2026, 8, 3))
    assert case.origin is CaseOrigin.COORDINATOR and case.doctor_name == "Dr X"
    code, out = run(monkeypatch, capsys, ["intake-verify", str(mail / "AIN-2026-17.tdintake"), "--data-dir",
                                          str(tp_dir), "--passphrase-stdin"], PASSPHRASE + "\n")
    assert code == 1 and "already imported" in out and "replayed" not in out
    # works the case: closes it within the quarter; more cases of their own
    from dataclasses import replace

    vault.cases.update(replace(case, status=CaseStatus.CLOSED, closed_on=date(2026, 9, 1),
                               close_reason=CloseReason.STRUCTURAL_SOLUTION))
    for own in random_cases(random.Random(5), 25, date(2026, 1, 1), date(2026, 9, 30)):
        vault.cases.add(replace(own, code=""))
    for quarter in QUARTERS:
        cells = figures.collect(vault, quarter, today=date(2026, 10, 5))
        data, _ = figures.seal_for_coordinator(vault, quarter, cells, now=datetime(2026, 10, 5, 9, 0))
        (mail / f"dr-{quarter}.tdfigures").write_bytes(data)
    assert len(vault.audit.entries(event=figures.EVENT_SENT)) == 3
    vault.lock()

    # -- 39 more trust persons (simulated) send their figures; one of them is not known to the desk
    desk = CoordinatorDesk.open(desk_dir, DESK_PASSPHRASE)
    rng = random.Random(2026)
    for index in range(39):
        identity = Identity.generate()
        their_card = identity.card(f"Vertrouwenspersoon {index:02d}", Role.TRUST_PERSON)
        if index != 38:
            desk.add_card(their_card.to_bytes(), their_card.fingerprint)
        cases = random_cases(rng, rng.randrange(3, 30), date(2026, 1, 1), date(2026, 9, 30))
        for quarter in QUARTERS:
            data, _ = make_figures(cells_of(cases, quarter), quarter, identity, desk.card, now=datetime(2026, 10, 6))
            (mail / f"tp{index:02d}-{quarter}.tdfigures").write_bytes(data)
    (mail / "broken.tdfigures").write_bytes((mail / "tp00-2026-Q1.tdfigures").read_bytes()[:-20])

    out_dir = tmp_path / "national"
    files = sorted(str(p) for p in mail.glob("*.tdfigures"))
    code, out = run(monkeypatch, capsys, ["figures", "merge", *files, "--out", str(out_dir), "--desk", str(desk_dir),
                                          "--passphrase-stdin"], DESK_PASSPHRASE + "\n")
    assert code == 0, out
    # the summary (exact counts per file) goes to the terminal only; the folder holds what is publishable
    assert sorted(p.name for p in out_dir.iterdir()) == ["national.csv", "national_fr.pdf", "national_nl.pdf"]
    lines = out.splitlines()
    assert sum(line.startswith("MERGED ") for line in lines) == 39 * 3
    refused = {line.split()[1].rstrip(":"): line.split(": ", 1)[1] for line in lines if line.startswith("REFUSED ")}
    assert sum(line.startswith("REFUSED ") for line in lines) == 4
    assert "cut short" in refused["broken.tdfigures"]  # in words, no reason code
    assert all("not trusted here" in refused[f"tp38-{q}.tdfigures"] for q in QUARTERS)
    quarters_line = next(line for line in lines if line.startswith("quarters: "))
    assert all(f"{q} (" in quarters_line for q in ("2026 Q1", "2026 Q2", "2026 Q3"))  # Quarter.name
    assert quarters_line.count("39 trust persons") == 3
    for language in ("nl", "fr"):
        assert (out_dir / f"national_{language}.pdf").read_bytes().startswith(b"%PDF")
    csv_lines = (out_dir / "national.csv").read_text().splitlines()
    assert csv_lines[0] == "period_start,period_end,table,key,count" and len(csv_lines) > 100
    # released quarters are frozen in the desk
    assert sorted(str(q) for q in CoordinatorDesk.open(desk_dir, DESK_PASSPHRASE).released()) == [
        "2026-Q1", "2026-Q2", "2026-Q3"]
    assert desk.audit_intact()
    events = [e["event"] for e in desk.audit_entries()]
    assert events.count("intake_sent") == 2 and "figures_merged" in events
    assert not any("Dr X" in e["detail"] or "Dr Y" in e["detail"] for e in desk.audit_entries())
    if shutil.which("pdftoppm"):
        for language in ("nl", "fr"):
            subprocess.run(["pdftoppm", "-r", "40", "-png", str(out_dir / f"national_{language}.pdf"),
                            str(out_dir / language)], check=True, timeout=120)
        assert len(list(out_dir.glob("nl*.png"))) >= 2


def test_a_desk_opens_only_with_its_passphrase(desk: CoordinatorDesk) -> None:
    from trustdesk.exchange.coordinator import DeskError

    assert CoordinatorDesk.open(desk.folder, DESK_PASSPHRASE).identity.key_id == desk.card.key_id
    with pytest.raises(DeskError, match="wrong passphrase"):
        CoordinatorDesk.open(desk.folder, "not the passphrase")
    with pytest.raises(DeskError, match="never overwritten"):
        CoordinatorDesk.init(desk.folder, "Again", DESK_PASSPHRASE)
    assert parse_card((desk.folder / "coordinator.tdcard").read_bytes()) == desk.card


def test_a_desk_key_file_asking_for_a_huge_work_factor_is_refused_at_once(desk: CoordinatorDesk) -> None:
    import re

    from exchange_helpers import make_age_desk

    from trustdesk.exchange.coordinator import DeskError

    make_age_desk(desk.folder)  # a desk made before identity.key (age, scrypt)
    path = desk.folder / "identity.age"
    path.write_bytes(re.sub(rb"(scrypt \S+) \d+\n", rb"\1 40\n", path.read_bytes(), count=1))
    started = datetime.now()
    with pytest.raises(DeskError, match="not a passphrase-encrypted key file"):
        CoordinatorDesk.open(desk.folder, DESK_PASSPHRASE)
    assert (datetime.now() - started).total_seconds() < 10  # scrypt 2^40 would take hours


def test_the_desk_audit_log_notices_an_edit(desk: CoordinatorDesk) -> None:
    desk.audit("intake_sent", "ref A; to X")
    path = desk.folder / "audit.jsonl"
    assert desk.audit_intact()
    path.write_text(path.read_text().replace("ref A", "ref B"))
    assert not desk.audit_intact()
