"""A big note's save folds only what changed (search_index.FoldCache), and the index still holds
exactly the current text.

Before: every autosave of a 1 MB note folded the whole megabyte again in Python (~100 ms of the
~140 ms save, issue 20).  Now the text is cut where its own lines and sentences say, each piece's
folding is remembered, and a save folds only the piece an edit fell in.  These tests fail when the
pieces' foldings no longer add up to the whole text's (wrong cuts, stale pieces), when a save folds
the whole text again, or when the index keeps a word the note no longer holds.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from trustdesk.domain import Case, Contact
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.folding import fold_for_index
from trustdesk.vault.search import search
from trustdesk.vault.search_index import FoldCache

# Everything that makes folding interesting, and every character a cut may fall after or next to:
# line ends of all kinds, sentence ends, spaces, combining marks (also right after a cut), ligatures,
# sharp s, emoji with modifiers and joiners, invisible format characters, private use, full width.
TRICKY = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", ". ", "! ", "?\t", ".", " ",
          "\t", "\u00a0", "\u3000", "\u0301", "\u0308\u0323", "œ", "Æ", "ß", "ﬁ", "İ", "ǅ", "x²", "🚑", "👍🏽",
          "🧑\u200d⚕️", "€", "\u200b", "\u00ad", "\ue000", "ｆｕｌｌ", "x_y", "Σ", "ΑΣ", "café", "e\u0301",
          "\U000111cd"]
TEXT = st.lists(st.one_of(st.sampled_from(TRICKY), st.text(min_size=1, max_size=6)), max_size=60).map("".join)


def _small_cache() -> FoldCache:
    """Pieces of a few characters, so hypothesis's short texts are cut many times."""
    return FoldCache(smallest=0, least=3, most=8, budget=200)


@given(text=TEXT)
@example(text="a.\u0301b")
@example(text="x\n\u0301y")
@example(text="Le cœur.\u00a0Straße!\tΣ 🚑\r\nﬁn")
def test_the_pieces_fold_to_what_the_whole_text_folds_to(text: str) -> None:
    cache = _small_cache()
    assert "".join(cache.pieces(text)) == text
    assert cache.for_index(text) == fold_for_index(text)
    assert cache.for_index(text) == fold_for_index(text)  # from the remembered pieces


EDIT = st.tuples(st.floats(0, 1), st.integers(0, 12), TEXT)


def _edited(text: str, edit: tuple[float, int, str]) -> str:
    where, removed, inserted = edit
    at = int(where * len(text))
    return text[:at] + inserted + text[at + removed:]


@given(text=TEXT, edits=st.lists(EDIT, max_size=12))
def test_after_any_edits_the_remembered_pieces_still_fold_to_the_text(text: str,
                                                                     edits: list[tuple[float, int, str]]) -> None:
    cache = _small_cache()
    assert cache.for_index(text) == fold_for_index(text)
    for edit in edits:
        text = _edited(text, edit)
        assert cache.for_index(text) == fold_for_index(text)


def _big_text(seed: int, size: int) -> str:
    rng = random.Random(seed)
    words = ("arts uitgeput nachtdienst slaap collega patiënt médecin épuisé cœur Straße 🚑 garde "
             "rust wandelen insomnie réveillé").split()
    out: list[str] = []
    length = 0
    while length < size:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(4, 14))).capitalize()
        out.append(sentence + rng.choice([". ", ". ", "! ", ".\n", ".\n\n"]))
        length += len(out[-1])
    return "".join(out)


def test_an_edit_folds_only_a_small_part_of_a_big_text() -> None:
    """Typing in the middle, at the end, at the start of a 400 KB text (one long line too): each
    save folds a few pieces, not the text."""
    for text in (_big_text(1, 400_000), _big_text(2, 400_000).replace("\n", " ")):
        cache = FoldCache()
        assert cache.for_index(text) == fold_for_index(text)
        for at in (len(text) // 2, len(text), 0, len(text) // 3):
            text = text[:at] + " nieuw woord 🚑 " + text[at:]
            before = cache.folded_characters
            assert cache.for_index(text) == fold_for_index(text)
            assert cache.folded_characters - before < len(text) // 10, "the whole text was folded again"


def test_the_memory_is_bounded_but_holds_the_latest_text() -> None:
    cache = FoldCache(smallest=1000, least=200, most=800, budget=50_000)
    texts = [_big_text(seed, 20_000) for seed in range(10)]
    for text in texts:
        assert cache.for_index(text) == fold_for_index(text)
    assert cache.remembered() <= 50_000 + 2 * 20_000
    before = cache.folded_characters
    cache.for_index(texts[-1])
    assert cache.folded_characters == before  # the latest text is still remembered whole


# -- in the vault: the index holds exactly the current text ---------------------------------------

@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault = Vault.create(tmp_path_factory.mktemp("folds") / "data", "a passphrase for the fold cache tests",
                         keychain=Keychain.none())
    vault.db.execute("CREATE VIRTUAL TABLE temp.contacts_terms USING fts5vocab(main, contacts_fts, instance)")
    vault.db.execute("CREATE VIRTUAL TABLE temp.expected USING fts5(notes, agreements, content='', "
                     "contentless_delete=1, "
                     "tokenize=\"unicode61 remove_diacritics 2\")")
    vault.db.execute("CREATE VIRTUAL TABLE temp.expected_terms USING fts5vocab(temp, expected, instance)")
    yield vault
    vault.lock()


def _terms(vault: Vault, table: str, rowid: int) -> list[tuple[str, str, int]]:
    return [(r[0], r[1], r[2]) for r in vault.db.query(
        f"SELECT term, col, offset FROM temp.{table} WHERE doc = ? ORDER BY col, offset", (rowid,))]


def _indexed_exactly(vault: Vault, contact: Contact) -> None:
    """The index's words of the note are the words of its current text, no more, no fewer."""
    assert contact.id is not None
    with vault.db.transaction():
        vault.db.execute("DELETE FROM temp.expected")
        vault.db.execute("INSERT INTO temp.expected (rowid, notes, agreements) VALUES (1, ?, ?)",
                         (fold_for_index(contact.notes), fold_for_index(contact.agreements)))
    assert _terms(vault, "contacts_terms", contact.id) == _terms(vault, "expected_terms", 1)


def _found(vault: Vault, query: str, contact_id: int) -> bool:
    return contact_id in {h.contact_id for h in search(vault.db, query, limit=1_000_000)}


def _big_note(vault: Vault, text: str) -> Contact:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 5)))
    assert case.id is not None
    return vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 1, 5, 10, 0), notes=text))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6), edits=st.lists(EDIT, min_size=1, max_size=6))
def test_after_any_saves_of_a_big_note_search_finds_exactly_its_current_text(
        shared: Vault, seed: int, edits: list[tuple[float, int, str]]) -> None:
    text = _big_text(seed, 40_000) + " oudwoordqq"
    contact = _big_note(shared, text)
    assert contact.id is not None
    _indexed_exactly(shared, contact)
    for number, edit in enumerate(edits):
        text = _edited(text, edit).replace("oudwoordqq", "").replace(f"nieuwwoordqq{number - 1}", "")
        text += f" nieuwwoordqq{number}"
        contact = shared.contacts.update(replace(contact, notes=text))
        _indexed_exactly(shared, contact)
        assert _found(shared, f"nieuwwoordqq{number}", contact.id)
        assert not _found(shared, "oudwoordqq", contact.id)
        if number:
            assert not _found(shared, f"nieuwwoordqq{number - 1}", contact.id)


def test_autosaves_of_a_big_note_fold_only_the_edit(shared: Vault) -> None:
    text = _big_text(7, 300_000)
    contact = _big_note(shared, text)
    for at in (len(text) // 2, len(text) // 4, len(text)):
        text = text[:at] + " getypt 🚑 " + text[at:]
        before = shared.db.folds.folded_characters
        contact = shared.contacts.update(replace(contact, notes=text))
        assert shared.db.folds.folded_characters - before < len(text) // 10, "the whole note was folded again"
        _indexed_exactly(shared, contact)


def test_the_remembered_text_is_dropped_when_the_vault_locks(tmp_path: Path, new_vault: Callable[..., Vault]) -> None:
    vault = new_vault(tmp_path / "data", keychain=Keychain.none())
    _big_note(vault, _big_text(3, 100_000))
    folds = vault.db.folds
    assert folds.remembered() > 0
    vault.lock()
    assert folds.remembered() == 0


def test_a_big_note_is_folded_before_its_write_takes_the_database(shared: Vault,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The UI thread's reads wait on the writing connection: a save holds it for its SQL only, not for
    folding a megabyte (search_index.FoldCache.warm, called by the repository before the transaction)."""
    from trustdesk.vault import search_index

    in_transaction: list[int] = []
    real = search_index.fold_for_index

    def watched(text: str | None) -> str:
        if len(text or "") > 1000:
            in_transaction.append(shared.db._depth)
        return real(text)

    monkeypatch.setattr(search_index, "fold_for_index", watched)
    text = _big_text(11, 200_000)
    contact = _big_note(shared, text)
    for at in (len(text) // 3, len(text)):
        text = text[:at] + " nog een zin. " + text[at:]
        contact = shared.contacts.update(replace(contact, notes=text))
    assert in_transaction and not any(in_transaction), "a big text was folded inside the transaction"
    _indexed_exactly(shared, contact)


def test_a_save_that_leaves_the_text_alone_leaves_the_index_alone(shared: Vault) -> None:
    """Changing a big note's risk or duration does not have the index take its megabyte again."""
    from trustdesk.domain import RiskLevel

    contact = _big_note(shared, _big_text(5, 100_000))
    index = "SELECT count(*), total(length(block)) FROM contacts_fts_data"
    before = tuple(shared.db.query_one(index))
    contact = shared.contacts.update(replace(contact, risk=RiskLevel.HIGH, duration_min=45))
    assert tuple(shared.db.query_one(index)) == before
    stored = shared.contacts.get(contact.id or 0)
    assert stored is not None and stored.risk is RiskLevel.HIGH and stored.duration_min == 45
    assert stored.notes == contact.notes
    _indexed_exactly(shared, stored)
