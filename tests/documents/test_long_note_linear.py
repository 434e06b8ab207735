"""A case summary's layout costs time linear in the length of its notes (an outside tester's full
summary of a case with a 1 MB note never finished: reportlab splits a paragraph that runs over a
page end by laying out its whole remainder again, page after page).  Measured with a proxy that
does not depend on the machine's speed: the lines reportlab's line breaking makes."""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import date, datetime

import pytest
from conftest import pdf_text
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import paragraph as rl_paragraph

from trustdesk.documents import Redaction, case_summary_pdf
from trustdesk.documents.layout import CHUNK_CHARS, chunks
from trustdesk.domain.models import Case, Contact
from trustdesk.vault import Vault

WORDS = ("nachtdienst", "slaapt", "slecht", "épuisement", "collega", "patiënt", "fout", "hulp", "rust")


def _note(size: int, words_a_line: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < size:
        word = rng.choice(WORDS)
        out.append(word + ("\n" if words_a_line and len(out) % words_a_line == words_a_line - 1 else " "))
        total += len(word) + 1
    return "".join(out).strip()


def _broken_lines(monkeypatch: pytest.MonkeyPatch, build: object) -> int:
    """The lines reportlab's line breaking made while ``build()`` ran (a line broken again counts again)."""
    seen = [0]
    original = rl_paragraph.Paragraph.breakLines

    def counting(self: rl_paragraph.Paragraph, width: object) -> object:
        lines = original(self, width)
        seen[0] += len(lines.lines)
        return lines

    with monkeypatch.context() as patch:
        patch.setattr(rl_paragraph.Paragraph, "breakLines", counting)
        build()  # type: ignore[operator]
    return seen[0]


def _case_with_note(vault: Vault, note: str) -> int:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 5)))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 1, 6, 10, 0), notes=note))
    return case.id


@pytest.mark.parametrize("words_a_line", [0, 12])
def test_the_full_summary_costs_work_linear_in_the_note(vault: Vault, monkeypatch: pytest.MonkeyPatch,
                                                        words_a_line: int) -> None:
    small = _case_with_note(vault, _note(30_000, words_a_line))
    large = _case_with_note(vault, _note(90_000, words_a_line))
    work = [_broken_lines(monkeypatch, lambda c=c: case_summary_pdf(vault, c, Redaction.FULL))
            for c in (small, large)]
    # Three times the text: three times the work (quadratic layout gave nine times and more).
    assert work[1] < 3.6 * work[0], work


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab c\n"), max_size=400), st.integers(5, 60))
def test_cut_pieces_keep_the_words_in_order(block: str, limit: int) -> None:
    pieces = chunks(block, limit)
    assert all(len(piece) <= limit for piece in pieces) or pieces == [block]
    joined = "\n".join(pieces)
    assert "".join(joined.split()) == "".join(block.split())  # every character, in order
    if all(len(word) <= limit for word in block.split()):
        assert joined.split() == block.split()  # and a word is only cut when longer than a piece
    if len(block) <= limit:
        assert pieces == [block]


def test_an_ordinary_note_stays_one_paragraph() -> None:
    note = _note(CHUNK_CHARS - 10, 12)
    assert chunks(note) == [note]


def test_the_summary_prints_every_word_of_a_long_note(vault: Vault) -> None:
    note = _note(20_000, 0, seed=7) + " Slotwoordmarker"
    text = pdf_text(case_summary_pdf(vault, _case_with_note(vault, note), Redaction.FULL))
    vocabulary = {*WORDS, "Slotwoordmarker"}
    assert [word for word in text.split() if word in vocabulary] == note.split()  # pages' footers between


def test_a_1_mb_note_makes_a_full_summary_in_bounded_time(tmp_path: object) -> None:
    """The tester's case, as a guard: the layout of a 1 MB note finishes (it took hours)."""
    script = (
        "import random\n"
        "from trustdesk.documents.labels import Labels\n"
        "from trustdesk.documents.layout import build_pdf, labelled\n"
        "rng = random.Random(3)\n"
        f"words = {WORDS!r}\n"
        "note = ' '.join(rng.choice(words) + ('\\n' if i % 12 == 11 else '') for i in range(140_000))\n"
        "assert len(note) > 1_000_000\n"
        "print(len(build_pdf(labelled('Notities', note), Labels('fr'))))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 0


def test_a_stop_flag_stops_the_layout_before_its_next_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    """Set while a long note is being laid out, the stop flag ends the layout within a piece or two."""
    import threading

    from trustdesk.documents.errors import DocumentCancelled
    from trustdesk.documents.labels import Labels
    from trustdesk.documents.layout import build_pdf, cancellable, labelled

    stop = threading.Event()
    broken = [0]
    original = rl_paragraph.Paragraph.breakLines

    def counting(self: rl_paragraph.Paragraph, width: object) -> object:
        broken[0] += 1
        if broken[0] == 5:
            stop.set()
        return original(self, width)

    monkeypatch.setattr(rl_paragraph.Paragraph, "breakLines", counting)
    note = _note(300_000, 12)
    with cancellable(stop), pytest.raises(DocumentCancelled):
        build_pdf(labelled("Notities", note), Labels("nl"))
    assert broken[0] < 10  # of some 250 for the whole note
    broken[0] = 0
    assert build_pdf(labelled("Notities", _note(5_000, 12)), Labels("nl"))  # outside the block: no stop


@pytest.mark.parametrize("table", ["fields", "grid"])
def test_a_long_table_cell_costs_work_linear_in_its_text(monkeypatch: pytest.MonkeyPatch, table: str) -> None:
    """A referral's reason or a task's notes sit in a table cell: the same bound holds there."""
    from reportlab.lib.units import mm

    from trustdesk.documents.labels import Labels
    from trustdesk.documents.layout import build_pdf, fields_table, grid_table

    def story(note: str) -> list[object]:
        if table == "fields":
            return [fields_table([("Reden", note)])]
        return [grid_table(["Taak", "Tegen"], [(note, "1 maart")], [120 * mm, 30 * mm])]

    work = [_broken_lines(monkeypatch, lambda n=n: build_pdf(story(_note(n, 12)), Labels("nl")))  # type: ignore[misc]
            for n in (20_000, 60_000)]
    assert work[1] < 3.6 * work[0], work
