"""A quarter released as *withheld* (fewer than 5 new cases: nothing shown) is published once later
files make it 5 or more; a published quarter never changes.  Over any sequence of merges, no two
releases of a quarter that both show numbers differ (nothing to subtract), and the desk's ledger
(``CoordinatorDesk.freeze``) keeps exactly that.  A figures file dated after the desk's date is
refused."""

from __future__ import annotations

import io
import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from exchange_helpers import DESK_PASSPHRASE, random_cases
from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.cli import main as cli
from trustdesk.cli.figures_summary import summary as summary_text
from trustdesk.exchange.coordinator import CoordinatorDesk
from trustdesk.exchange.errors import Refusal
from trustdesk.exchange.figures import cells_of, make_figures
from trustdesk.exchange.keys import ContactCard, Identity, Role
from trustdesk.exchange.merge import FileStatus, may_replace, merge_figures
from trustdesk.exchange.periods import Quarter
from trustdesk.exchange.publication import Release

Q4 = Quarter(2026, 3)  # ended before the machine's date (the CLI merges as of today)
PEOPLE = [Identity.generate() for _ in range(3)]
CARDS = [p.card(f"Dr {i}", Role.TRUST_PERSON) for i, p in enumerate(PEOPLE)]
BY_KEY = {c.key_id: c for c in CARDS}


def _file(who: int, cases: int, made: datetime, coordinator_card: ContactCard, seed: int) -> bytes:
    cells = cells_of(random_cases(random.Random(seed), cases, Q4.start, Q4.end), Q4)
    return make_figures(cells, Q4, PEOPLE[who], coordinator_card, now=made)[0]


@settings(max_examples=40, deadline=None)
@given(rounds=st.lists(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 4)), min_size=1, max_size=3),
                       min_size=1, max_size=5))
def test_over_any_sequence_of_merges_a_withheld_quarter_may_be_published_once_and_then_stays(
        coordinator: Identity, coordinator_card: ContactCard, rounds: list[list[tuple[int, int]]]) -> None:
    ledger: dict[Quarter, Release] = {}
    files: list[tuple[str, bytes]] = []
    shown: list[Release] = []
    made = datetime(2026, 10, 2, 9, 0)
    for number, round_files in enumerate(rounds):
        for who, cases in round_files:
            made += timedelta(minutes=1)
            files.append((f"{number}-{who}", _file(who, cases, made, coordinator_card, len(files))))
        result = merge_figures(files, coordinator, BY_KEY, released=ledger, today=date(2026, 12, 1))
        (release,) = result.releases
        before = ledger.get(Q4)
        if before is not None and before.total is not None:
            assert release == before  # published: fixed for ever
        elif before is not None:
            assert release.sources >= before.sources  # withheld still, or published from them all and more
            assert [n.published_now for n in result.notes] == [release.total is not None]
            assert (release.total is not None) == ("is published" in summary_text(result))
        if before is None or may_replace(before, release) or release.total is None:
            ledger[Q4] = release
        if release.total is not None:
            shown.append(release)
    assert all(r == shown[0] for r in shown)  # never two different published numbers for one quarter


def test_the_desk_ledger_replaces_a_withheld_quarter_once_and_says_so(
        desk: CoordinatorDesk, coordinator: Identity, coordinator_card: ContactCard) -> None:
    desk_card = desk.identity.card("Coördinatie", Role.COORDINATOR)
    for card in CARDS:
        desk.add_card(card.to_bytes(), card.fingerprint)
    made = datetime(2026, 10, 2, 9, 0)
    small = merge_figures([("a", _file(0, 2, made, desk_card, 1))], desk.identity, desk.cards(),
                          released=desk.released(), today=date(2026, 10, 5))
    desk.freeze(small.releases[0])
    assert desk.released()[Q4].total is None
    more = merge_figures([("a", _file(0, 2, made, desk_card, 1)), ("b", _file(1, 6, made, desk_card, 2))],
                         desk.identity, desk.cards(), released=desk.released(), today=date(2026, 10, 5))
    assert more.notes[0].published_now and more.releases[0].total == 8
    desk.freeze(more.releases[0])
    assert desk.released()[Q4].total == 8
    desk.freeze(small.releases[0])  # a published quarter is never put back to withheld, nor changed
    assert desk.released()[Q4].total == 8
    assert [e["event"] for e in desk.audit_entries()].count("quarter_published_after_withheld") == 1


@pytest.mark.parametrize("days_ahead", [1, 35, 400])
def test_a_figures_file_dated_after_today_is_refused(coordinator: Identity, coordinator_card: ContactCard,
                                                     days_ahead: int) -> None:
    today = date(2026, 10, 5)
    made = datetime.combine(today + timedelta(days=days_ahead), datetime.min.time()) + timedelta(hours=3)  # past the skew
    good = _file(0, 9, datetime(2026, 10, 2), coordinator_card, 3)
    future = _file(0, 3, made, coordinator_card, 4)
    result = merge_figures([("good", good), ("future", future)], coordinator, BY_KEY, today=today)
    status = {f.name: (f.status, f.reason) for f in result.files}
    assert status == {"good": (FileStatus.MERGED, None), "future": (FileStatus.REFUSED, Refusal.FROM_THE_FUTURE)}
    assert result.releases[0].total == 9


def test_the_cli_publishes_a_quarter_withheld_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    desk = CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", DESK_PASSPHRASE)
    desk_card = desk.identity.card("Coördinatie", Role.COORDINATOR)
    for card in CARDS:
        desk.add_card(card.to_bytes(), card.fingerprint)
    made = datetime(2026, 10, 2, 9, 0)
    (tmp_path / "a.tdfigures").write_bytes(_file(0, 2, made, desk_card, 1))
    (tmp_path / "b.tdfigures").write_bytes(_file(1, 6, made, desk_card, 2))
    outputs = []
    for names in (["a.tdfigures"], ["a.tdfigures", "b.tdfigures"]):
        monkeypatch.setattr("sys.stdin", io.StringIO(DESK_PASSPHRASE + "\n"))
        code = cli(["figures", "merge", *(str(tmp_path / n) for n in names), "--out", str(tmp_path / "out"),
                    "--desk", str(tmp_path / "desk"), "--passphrase-stdin", "--replace"])  # the same --out again
        outputs.append(capsys.readouterr().out)
        assert code == 0, outputs[-1]
    assert "withheld before" in outputs[1] and "published: 8 new cases" in outputs[1], outputs[1]
    assert "2026-07,2026-09,total,cases,8\n" in (tmp_path / "out" / "national.csv").read_text("utf-8")
