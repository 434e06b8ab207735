"""Search folds both sides the same way (trustdesk/vault/folding.py, schema.FOLDED_SEARCH_VERSION): "coeur" finds
"cœur", "strasse" finds "Straße", "aesop" finds "Æsop", an emoji finds itself; every word of any
note is findable by itself; existing vaults are re-indexed by the migration.

Before: "coeur" did not find "cœur" and an emoji in a note could not be found (FTS5's unicode61
tokenizer treats symbols as separators and does not fold ligatures).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from trustdesk.domain import Case, Contact
from trustdesk.vault import Keychain, Vault, schema
from trustdesk.vault.folding import fold_for_index, words
from trustdesk.vault.search import MARK_END, MARK_START, search

FOLDED_PAIRS = [
    ("Le cœur lâche", "coeur"), ("LE CŒUR", "cœur"), ("Æsop en ÆØÅ", "aesop"), ("Straße", "strasse"),
    ("STRASSE", "straße"), ("ﬁnale", "finale"), ("naïve café", "naive cafe"), ("Ørsted", "orsted"),
    ("Łódź", "lodz"), ("İstanbul", "istanbul"), ("ｆｕｌｌ ｗｉｄｔｈ", "full width"), ("x² + y²", "x2"),
    ("ambulance 🚑 gebeld", "🚑"), ("👍🏽 goed gedaan", "👍🏽"), ("👍🏽 goed", "👍"), ("prijs €15", "€"),
    ("dokter 🧑‍⚕️ zelf", "🧑‍⚕️"), ("snel ❤️", "❤"),
]


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault = Vault.create(tmp_path_factory.mktemp("search") / "data", PASSPHRASE, keychain=Keychain.none())
    yield vault
    vault.lock()


def _note(vault: Vault, text: str, agreements: str = "") -> int:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 5)))
    assert case.id is not None
    contact = vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 1, 5, 10, 0), notes=text,
                                         agreements=agreements))
    assert contact.id is not None
    return contact.id


def _found(vault: Vault, query: str, contact_id: int) -> bool:
    return contact_id in {h.contact_id for h in search(vault.db, query, limit=1_000_000)}


@pytest.mark.parametrize(("note", "query"), FOLDED_PAIRS)
def test_folded_forms_find_each_other(shared: Vault, note: str, query: str) -> None:
    contact_id = _note(shared, note)
    assert _found(shared, query, contact_id), f"{query!r} does not find {note!r}"
    hit = next(h for h in search(shared.db, query, limit=1_000_000) if h.contact_id == contact_id)
    assert MARK_START in hit.snippet and MARK_END in hit.snippet  # the match is marked in the snippet


def test_an_unrelated_word_finds_nothing(shared: Vault) -> None:
    contact_id = _note(shared, "Le cœur lâche 🚑")
    for query in ("coeurs", "🚒", "ambulances", "sym01f692"):
        assert not _found(shared, query, contact_id), query


# Realistic typed text: letters of many scripts (no lone combining marks), digits, punctuation,
# spaces, symbols and emoji, and the special letters.
TYPED = st.characters(blacklist_categories=("Cs", "Mn", "Me", "Cc", "Co", "Cn"))
SPECIAL = st.sampled_from(["cœur", "Æsop", "Straße", "ﬁn", "🚑", "👍🏽", "€", "ø", "ǅ", "İ", "x²", "naïve",
                           "🧑‍⚕️", "café", "ŁÓDŹ", "x_y", "ｆｕｌｌ"])
NOTE = st.lists(st.one_of(st.text(TYPED, min_size=1, max_size=12), SPECIAL), min_size=1, max_size=15).map(" ".join)


def _pieces(text: str) -> list[str]:
    """The words of a text as a reader sees them: runs of letters, digits, underscores and the marks
    that attach to them; every other visible character (a symbol, an emoji, punctuation) alone."""
    pieces: list[str] = []
    word = ""
    for ch in text:
        if ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M"):
            word += ch
            continue
        if word:
            pieces.append(word)
            word = ""
        if not ch.isspace():
            pieces.append(ch)
    return [*pieces, word] if word else pieces


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=NOTE)
@example(note="Le cœur du problème 🚑, STRASSE 12 — Æsop/ﬁn x_y €")
@example(note="_ __init__ a_b_")
def test_every_word_of_a_note_is_findable_by_itself(shared: Vault, note: str) -> None:
    contact_id = _note(shared, note)
    typed = [w for w in _pieces(note) if words(w)]
    missing = [w for w in typed if not _found(shared, w, contact_id)]
    missing += [w for w in words(note) if not _found(shared, w, contact_id)]
    assert not missing, f"not found by themselves in {note!r}: {missing}"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=NOTE, agreements=NOTE)
def test_agreements_and_edits_follow(shared: Vault, note: str, agreements: str) -> None:
    """Words of the agreements are found; after an edit the new words are found, the gone ones not."""
    contact_id = _note(shared, "oudwoordqq " + note, agreements)
    for word in words(agreements)[:5]:
        assert _found(shared, word, contact_id), word
    contact = shared.contacts.get(contact_id)
    assert contact is not None
    from dataclasses import replace

    shared.contacts.update(replace(contact, notes="nieuwwoordqq " + note))
    assert _found(shared, "nieuwwoordqq", contact_id) and not _found(shared, "oudwoordqq", contact_id)


def test_case_fields_are_folded_too(shared: Vault) -> None:
    case = shared.cases.add(Case(code="", opened_on=date(2026, 1, 5), doctor_name="Dr. Cœurdevey",
                                 workplace="Straßenklinik 🏥"))
    assert case.id is not None
    for query in ("coeurdevey", "strassenklinik", "🏥"):
        assert case.id in {h.case_id for h in search(shared.db, query, limit=1_000_000) if h.contact_id is None}


def test_a_rolled_back_note_is_not_indexed(shared: Vault) -> None:
    case = shared.cases.add(Case(code="", opened_on=date(2026, 1, 5)))
    assert case.id is not None
    with pytest.raises(RuntimeError), shared.db.transaction():
        shared.contacts.add(Contact(case_id=case.id, at=datetime(2026, 1, 5), notes="teruggedraaidqq"))
        raise RuntimeError("roll back")
    assert search(shared.db, "teruggedraaidqq") == []
    assert shared.db.scalar("SELECT count(*) FROM search_pending") == 0


def test_the_index_holds_no_note_text(shared: Vault) -> None:
    """Contentless search tables: the notes are stored once (in contacts), not again in the index."""
    for table in ("contacts_fts", "cases_fts"):
        sql = shared.db.scalar("SELECT sql FROM sqlite_master WHERE name = ?", (table,))
        assert "content=''" in sql.replace('"', "'") and "contentless_delete=1" in sql


def test_folding_is_linear_enough_for_a_big_note() -> None:
    import time

    text = "Le cœur du problème 🚑 est là, Straße. " * 30_000  # ~1 MB, dense in special characters
    words("warm up")
    started = time.perf_counter()
    fold_for_index(text)
    assert time.perf_counter() - started < 5.0


# -- the migration re-indexes existing vaults ---------------------------------------------------

def test_a_vault_of_the_previous_schema_is_reindexed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A vault written by the code before folded search (old triggers, unfolded index) with notes in cœur, Straße
    and emoji: after the upgrade every one of them is found by its folded form."""
    data_dir = tmp_path / "data"
    previous = schema.FOLDED_SEARCH_VERSION - 1
    before = [m for m in schema.MIGRATIONS if m[0] <= previous]
    with monkeypatch.context() as old:
        old.setattr(schema, "MIGRATIONS", before)
        old.setattr(schema, "LATEST", previous)
        vault = Vault.create(data_dir, PASSPHRASE, keychain=Keychain.none())
        assert schema.version(vault.db) == previous
        ids = {note: _note(vault, note) for note, _ in FOLDED_PAIRS}
        case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 5), doctor_name="Dr. Cœurdevey"))
        vault.lock()
    vault = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    try:
        assert schema.version(vault.db) == schema.LATEST
        for note, query in FOLDED_PAIRS:
            assert _found(vault, query, ids[note]), (note, query)
        assert case.id in {h.case_id for h in vault.search("coeurdevey")}
        assert vault.db.scalar("SELECT count(*) FROM search_pending") == 0
        assert not vault.integrity_errors()
    finally:
        vault.lock()
