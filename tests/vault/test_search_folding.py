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
from tests.work_counts import statements
from trustdesk.domain import Case, Contact
from trustdesk.vault import Keychain, Vault, folding, schema
from trustdesk.vault.cases import CaseRepository
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
    that attach to them, and invisible format characters (a soft hyphen or zero-width space inside a
    word does not split it for a reader); every other visible character (a symbol, an emoji,
    punctuation) alone."""
    pieces: list[str] = []
    word = ""
    for ch in text:
        if ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M") or unicodedata.category(ch) == "Cf":
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
@example(note="0", agreements="\U000111cd1")  # punctuation for Python, a letter for SQLite's tables
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




def _specials(text: str) -> int:
    """Characters folding hands to Python (one call each, at most twice): symbols, and everything
    outside the BMP.  Every other character is folded in C."""
    return sum(1 for c in text if ord(c) > 0xFFFF or unicodedata.category(c) in ("So", "Sc"))


DENSE = st.lists(st.sampled_from(["Le cœur", " du problème", " 🚑", " est là,", " Straße.", " Æsop", " ﬁn", " ㊊",
                                  " 𝔘nicode", " Ærø", " ŉ", " plain words", " 😀😀", " €5", " x\u200by"]),
                 min_size=1, max_size=8)
PER_SPECIAL, FIXED = 8, 60  # statements per character handed to Python, and per call


@settings(max_examples=20, deadline=None)
@given(DENSE, st.integers(min_value=10, max_value=200))
def test_folding_a_big_note_does_python_work_only_per_symbol(parts: list[str], n: int) -> None:
    """A 1 MB note dense in special characters folds in C but for one call per symbol or astral
    character: the Python statements run are bounded by those characters, not by the note's length
    (counted, not timed: a per-character loop in Python is what made a big note freeze)."""
    text = ("".join(parts) + " ") * n
    words("warm 🚑 é")  # the tables are built once, on first use
    assert statements(lambda: fold_for_index(text)) <= FIXED + PER_SPECIAL * _specials(text)


def test_the_count_sees_a_fold_in_python_per_character() -> None:
    def per_character(text: str) -> str:
        return "".join(fold_for_index(c) or " " for c in text)

    text = "Le cœur du problème est là, Straße. " * 10
    words("warm 🚑 é")
    assert statements(lambda: per_character(text)) > FIXED + PER_SPECIAL * _specials(text)


def test_astral_characters_take_one_range_in_every_pattern() -> None:
    """``re`` checks a class holding many astral ranges range by range (hundreds of times slower on a
    big note than the bitmap of a BMP-only class): each pattern names astral code points once."""
    for pattern in folding._tables()[2:]:  # noqa: SLF001
        astral = [c for c in pattern.pattern if ord(c) > 0xFFFF]
        assert astral in ([], ["\U00010000", "\U0010ffff"]), pattern.pattern[:80]


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
        # today's case store also records the status history (schema 7), a table this old vault has not got
        old.setattr(CaseRepository, "_record_status", lambda *_args: None)
        # ... and a handed-over case's carried risk (schema 10), a column it has not got either
        from trustdesk.vault import cases as case_store

        fields, values, read = case_store._FIELDS, case_store._values, case_store._row_to_case
        old.setattr(case_store, "_FIELDS", tuple(f for f in fields if f != "carried_risk"))
        old.setattr(case_store, "_values", lambda case: values(case)[:len(fields) - 1])
        old.setattr(case_store, "_row_to_case", lambda row: read({**dict(row), "carried_risk": "not_assessed"}))
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


# -- invisible format characters (Cf) are not word breaks (issue 17) -------------------------------

FORMAT_CHARS = st.sampled_from(["\u200b", "\u00ad", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f",
                                "\u202a", "\u202c", "\u2066", "\u2069", "\u061c", "\U000e0020", "\U000e0001"])
PLAIN_WORD = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzéèàçœ"), min_size=2, max_size=10)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(word=PLAIN_WORD, hidden=st.lists(st.tuples(st.integers(1, 9), FORMAT_CHARS), min_size=1, max_size=4),
       query_hidden=st.booleans())
@example(word="xy", hidden=[(1, "\u200b")], query_hidden=False)
@example(word="xy", hidden=[(1, "\u00ad")], query_hidden=False)
def test_a_word_with_invisible_characters_is_found_by_the_word(shared: Vault, word: str,
                                                               hidden: list[tuple[int, str]],
                                                               query_hidden: bool) -> None:
    """"x\\u200by" looks like "xy": "xy" finds it (and it finds "xy"), whatever zero-width space, soft
    hyphen, joiner, direction mark or tag sits inside; the snippet marks the whole word.
    Before: the index split the word there, and "xy" found nothing."""
    laden = word
    for at, char in sorted(hidden, reverse=True):
        at = min(at, len(laden) - 1)
        laden = laden[:at] + char + laden[at:]
    contact_id = _note(shared, f"voor {laden} na" if not query_hidden else f"voor {word} na")
    query = word if not query_hidden else laden
    hits = [h for h in search(shared.db, query, limit=1_000_000) if h.contact_id == contact_id]
    assert hits, f"{laden!r} not found by {query!r}"
    marked = hits[0].snippet.split(MARK_START)[1].split(MARK_END)[0]
    assert words(marked) == words(word), hits[0].snippet


# -- a note cannot fake the snippet's highlight marks (issue 17) -----------------------------------

CONTROL = st.sampled_from([MARK_START, MARK_END, "\x00", "\x01", "\x1b", "\x7f", "\x85", "\x9b", "\x0b", "\x0c"])
NOISE = st.lists(st.one_of(CONTROL, st.sampled_from(["gewoon", "tekst", " ", "<b>", "&amp;", "zoekwoordqq"])),
                 max_size=30).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=NOISE, after=NOISE)
@example(before="\x02nep\x03 ", after=" \x03\x02")
def test_a_note_holding_the_marker_characters_cannot_fake_a_highlight(shared: Vault, before: str,
                                                                     after: str) -> None:
    """Whatever control characters a note holds (the snippet's own \\x02/\\x03 among them), the
    snippet's marks are exactly the matches: marks alternate start/end, every marked piece is a
    match, and no control character (the marks aside) reaches the snippet."""
    from trustdesk.vault.search import snippet, terms

    note = f"{before} zoekwoordqq {after}"
    wanted = terms("zoekwoordqq")
    made = snippet(note, wanted, width=10_000)
    marks = [c for c in made if c in (MARK_START, MARK_END)]
    assert marks == [MARK_START, MARK_END] * (len(marks) // 2) and marks, repr(made)
    for piece in made.split(MARK_START)[1:]:
        assert any(w.startswith("zoekwoordqq") for w in words(piece.split(MARK_END)[0])), repr(made)
    plain = made.replace(MARK_START, "").replace(MARK_END, "")
    assert not any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in plain), repr(made)
    contact_id = _note(shared, note)
    hit = next(h for h in search(shared.db, "zoekwoordqq", limit=1_000_000) if h.contact_id == contact_id)
    assert [c for c in hit.snippet if c in (MARK_START, MARK_END)][:2] == [MARK_START, MARK_END]


# -- the folding is versioned; an index built with another one is rebuilt on opening -----------------

FINGERPRINTS = {  # folding.VERSION -> {Unicode version of Python's tables: sha256 of fold(every code point)}
    2: {"14.0.0": "bfbff31c0d02bc34070f4009b6d5afae8f0cd77e2961d338da5bca4142553b58"},
}


def test_a_change_of_folding_comes_with_a_new_version() -> None:
    """The index is rebuilt only when ``folding.signature()`` changes: a change to ``fold`` without a
    new ``folding.VERSION`` would leave every vault's index built the old way (words not found)."""
    import hashlib

    from trustdesk.vault import folding

    codes = [c for r in (range(0, 0x20000), range(0xE0000, 0xE0200), range(0xF0000, 0xF0100)) for c in r
             if not 0xD800 <= c <= 0xDFFF]
    digest = hashlib.sha256(folding.fold(" ".join(map(chr, codes))).encode("utf-8")).hexdigest()
    known = FINGERPRINTS.get(folding.VERSION)
    assert known is not None, f"record the fingerprint of folding version {folding.VERSION}: {digest}"
    if unicodedata.unidata_version not in known:
        pytest.skip(f"no fingerprint for Unicode {unicodedata.unidata_version} (this Python); it is {digest}")
    assert digest == known[unicodedata.unidata_version], (
        "fold() changed: raise folding.VERSION (every vault is then re-indexed on opening) and record "
        f"the new fingerprint {digest}")


def test_an_index_built_with_an_older_folding_is_rebuilt_on_opening(tmp_path: Path) -> None:
    """A vault whose index was built before format characters were dropped (they split words there):
    "xy" does not find "x\\u200by" until the vault is opened by this code, which re-indexes every row."""
    import json
    import re

    from trustdesk.vault.folding import fold, format_characters

    data_dir = tmp_path / "data"
    vault = Vault.create(data_dir, PASSPHRASE, keychain=Keychain.none())
    notes = {"x\u200by": "xy", "zacht\u00adheid": "zachtheid", "Cœur\u2060lijk": "coeurlijk"}
    ids = {note: _note(vault, note) for note in notes}
    old = re.compile(f"[{format_characters()}]")
    with vault.transaction():  # the index as the previous folding built it, and its signature
        for note, contact_id in ids.items():
            vault.db.execute("DELETE FROM contacts_fts WHERE rowid = ?", (contact_id,))
            vault.db.execute("INSERT INTO contacts_fts(rowid, notes, agreements) VALUES (?, ?, '')",
                             (contact_id, fold(old.sub(" ", note))))
        vault.db.execute("UPDATE settings SET value = ? WHERE key = ?", (json.dumps("1/unicode-14.0.0"),
                                                                          schema.SETTING_FOLDING))
    assert not any(_found(vault, query, ids[note]) for note, query in notes.items())  # the check can fail
    vault.lock()
    vault = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    try:
        for note, query in notes.items():
            assert _found(vault, query, ids[note]), (note, query)
        assert vault.db.scalar("SELECT count(*) FROM search_pending") == 0
        assert not schema.refold(vault.db)  # current now: the next opening re-indexes nothing
    finally:
        vault.lock()
