"""Two trust persons whose names read the same are told apart (outside reviewer: a second card named
"Dr. Alice Tp" was added without a word, and the merge printed two "MERGED … Dr. Alice Tp" lines).

A card whose name equals a held card's name -- case, accents, spaces and look-alike letters aside
(``text_forms.skeleton``) -- is added only when the coordinator says so (``same_name_ok``,
``--same-name-ok``, the desk's confirm), and every merge line names a sender with a short fingerprint."""

from __future__ import annotations

import io
import random
import tempfile
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from exchange_helpers import DESK_PASSPHRASE, random_cases
from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.cli import main as cli
from trustdesk.domain.text_forms import skeleton
from trustdesk.exchange.coordinator import CoordinatorDesk, SameName
from trustdesk.exchange.figures import cells_of, make_figures
from trustdesk.exchange.keys import Identity, Role, short_fingerprint
from trustdesk.exchange.periods import Quarter

LATIN_TO_CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "A": "А", "T": "Т", "M": "М"}
NAMES = st.lists(st.sampled_from(["Dr.", "Alice", "Tp", "Jan", "Peeters", "Marc", "Ops", "Claes", "Martens"]),
                 min_size=1, max_size=3).map(" ".join)


@st.composite
def variants(draw: st.DrawFn, name: str) -> str:
    """``name`` as someone else may write it: other case, accents, spaces, look-alike letters."""
    out = []
    for ch in name:
        choice = draw(st.sampled_from(["same", "case", "accent", "look-alike"]))
        if choice == "case":
            ch = ch.swapcase()
        elif choice == "accent" and ch.isalpha():
            ch = unicodedata.normalize("NFC", ch + "\u0301")
        elif choice == "look-alike":
            ch = LATIN_TO_CYRILLIC.get(ch, ch)
        out.append(ch)
    spaced = "".join(out).replace(" ", draw(st.sampled_from([" ", "  ", " \u00a0"])))
    return spaced


def _card(name: str) -> tuple[Identity, object]:
    person = Identity.generate()
    return person, person.card(name, Role.TRUST_PERSON)


@settings(max_examples=200, deadline=None)
@given(data=st.data(), name=NAMES)
def test_names_written_another_way_read_the_same(data: st.DataObject, name: str) -> None:
    assert skeleton(data.draw(variants(name))) == skeleton(name)
    assert skeleton(name + " Jr") != skeleton(name)


@settings(max_examples=6, deadline=None)  # a desk per example (its key file's Argon2id): few
@given(data=st.data(), name=NAMES)
def test_a_card_named_like_a_held_one_is_added_only_when_asked(data: st.DataObject, name: str) -> None:
    other = data.draw(variants(name))
    with tempfile.TemporaryDirectory() as folder:
        desk = CoordinatorDesk.init(Path(folder) / "desk", "Coördinatie", DESK_PASSPHRASE)
        _, first = _card(name)
        _, second = _card(other)
        desk.add_card(first.to_bytes(), first.fingerprint)
        with pytest.raises(SameName) as same:
            desk.add_card(second.to_bytes(), second.fingerprint)
        assert same.value.cards == [first] and set(desk.cards()) == {first.key_id}
        assert desk.add_card(second.to_bytes(), second.fingerprint, same_name_ok=True) == second
        assert set(desk.cards()) == {first.key_id, second.key_id}
        assert "same name as key" in desk.audit_entries()[-1]["detail"]


def test_a_different_name_needs_no_choice(desk: CoordinatorDesk) -> None:
    _, alice = _card("Dr. Alice Tp")
    _, alicia = _card("Dr. Alicia Tp")
    desk.add_card(alice.to_bytes(), alice.fingerprint)
    desk.add_card(alicia.to_bytes(), alicia.fingerprint)
    assert len(desk.cards()) == 2


def test_the_commands_warn_and_the_merge_tells_namesakes_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    desk = CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", DESK_PASSPHRASE)
    people = [_card("Dr. Alice Tp"), _card("dr.  alice tp")]

    def run(argv: list[str]) -> tuple[int, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(DESK_PASSPHRASE + "\n"))
        code = cli([*argv, "--passphrase-stdin"])
        captured = capsys.readouterr()
        return code, captured.out + captured.err

    for index, (_, card) in enumerate(people):
        (tmp_path / f"{index}.tdcard").write_bytes(card.to_bytes())
        add = ["coordinator", "add-card", str(desk.folder), str(tmp_path / f"{index}.tdcard"),
               "--fingerprint", card.fingerprint]
        code, out = run(add)
        if index == 0:
            assert code == 0, out
            continue
        assert code == 1 and "WARNING" in out and people[0][1].fingerprint in out and "--same-name-ok" in out, out
        code, out = run([*add, "--same-name-ok"])
        assert code == 0, out
    quarter = Quarter(2026, 2)
    files = []
    for index, (person, _) in enumerate(people):
        cells = cells_of(random_cases(random.Random(index), 6, quarter.start, quarter.end), quarter)
        path = tmp_path / f"{index}.tdfigures"
        path.write_bytes(make_figures(cells, quarter, person, desk.card, now=datetime(2026, 7, 2))[0])
        files.append(str(path))
    code, out = run(["figures", "merge", *files, "--out", str(tmp_path / "out"), "--desk", str(desk.folder)])
    assert code == 0, out
    merged = [line for line in out.splitlines() if "alice tp" in line.casefold()]
    assert len(merged) == 2
    for (_, card), line in zip(people, sorted(merged, key=lambda text: text.split()[1]), strict=True):
        assert f"[{short_fingerprint(card)}]" in line, line


def test_the_desk_asks_before_adding_a_namesake(qtbot, desk: CoordinatorDesk,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from trustdesk.ui.desk.cards_tab import CardsTab

    _, first = _card("Dr. Alice Tp")
    _, second = _card("DR. ALICE TP")
    desk.add_card(first.to_bytes(), first.fingerprint)
    tab = CardsTab(desk)
    qtbot.addWidget(tab)
    asked: list[object] = []
    monkeypatch.setattr(CardsTab, "same_name_ok", lambda self, same: asked.append(same) or False)
    tab.load_card(second.to_bytes())
    tab.heard.setText(second.fingerprint)
    tab.add_button.click()
    assert len(asked) == 1 and set(desk.cards()) == {first.key_id} and "not added" in tab.message.text()
    monkeypatch.setattr(CardsTab, "same_name_ok", lambda self, same: True)
    tab.load_card(second.to_bytes())
    tab.heard.setText(second.fingerprint)
    tab.add_button.click()
    assert set(desk.cards()) == {first.key_id, second.key_id}
    shown = {tab.table.item(row, 1).text() for row in range(tab.table.rowCount())}
    assert shown == {first.fingerprint, second.fingerprint}  # the table tells them apart
