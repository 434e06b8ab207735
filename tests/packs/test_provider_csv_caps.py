"""Rows are capped before any work: a header (or any row) of millions of cells, or one line longer
than a row can be, is refused at once with a clear problem; rows as wide and as long as a real
provider list can have still import.

Before: a 5 MB header of empty cells was *accepted* after 21 s; 2.5 M one-letter cells, 17 s.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.work_counts import statements
from trustdesk.domain.enums import CareDomain, Province
from trustdesk.packs.provider_csv import (
    COLUMNS,
    FIELD_LIMITS,
    MAX_BYTES,
    MAX_CELLS,
    MAX_ROW_CHARS,
    CsvProblem,
    ImportRejected,
    parse_providers_csv,
)
from trustdesk.packs.provider_csv_export import export_providers_csv

CAPPED = {CsvProblem.TOO_MANY_CELLS, CsvProblem.ROW_TOO_LONG, CsvProblem.TOO_LARGE}
BUDGET_S = 1.0  # measured: < 0.05 s for a 5 MB hostile file; the margin is for a busy machine


# measured: 30-60 for a long line; a first row of up to MAX_ROW_CHARS characters is read cell by cell by the
# delimiter guess (~20 statements per cell: ~1,300,000 for a row of 65,000 empty cells) before the cap on
# cells refuses it.  Bounded by the row cap, whatever the file's size; a walk in Python over every cell of
# a hostile file of millions of cells is not
REFUSAL_STATEMENTS = 25 * MAX_ROW_CHARS




def _refused_quickly(data: bytes) -> CsvProblem:
    """Refused with a bounded amount of Python work, whatever the file's size (a per-cell or per-line
    walk in Python over millions of cells would run millions of statements); counted, not timed."""
    caught: list[ImportRejected] = []

    def parse() -> None:
        try:
            parse_providers_csv(data)
        except ImportRejected as exc:
            caught.append(exc)

    spent = statements(parse)
    assert caught, "not refused"
    assert spent <= REFUSAL_STATEMENTS, f"refused after {spent} Python statements"
    return caught[0].problem


def test_the_count_sees_a_walk_over_every_cell() -> None:
    def walk(cells: list[str]) -> int:
        total = 0
        for cell in cells:
            total += len(cell.strip())
        return total

    cells = ["a"] * 1_500_000  # a 3 MB line of a hostile file, walked in Python
    assert statements(lambda: walk(cells)) > REFUSAL_STATEMENTS


CELL = st.sampled_from(["", "a", '""', '"x;y"', "kind", "naam", " ", "\t", "é", "=1"])
SEPARATOR = st.sampled_from([";", ",", "\t"])


@settings(max_examples=25, deadline=None)
@given(cell=CELL, separator=SEPARATOR, count=st.integers(min_value=MAX_CELLS + 1, max_value=3_000_000),
       where=st.integers(min_value=0, max_value=3), line_end=st.sampled_from(["\r\n", "\n", "\r"]))
def test_a_row_of_too_many_cells_is_refused_before_any_work(cell: str, separator: str, count: int, where: int,
                                                            line_end: str) -> None:
    """Millions of cells in the header or a later row, whatever the cells and separators."""
    lines = [["kind", "name"]] + [["gp", f"Dr {i}"] for i in range(3)]
    lines[where] += [cell] * (count - 2)
    data = line_end.join(separator.join(line) for line in lines).encode("utf-8")[:MAX_BYTES]
    assert _refused_quickly(data) in CAPPED


@settings(max_examples=15, deadline=None)
@given(length=st.integers(min_value=MAX_ROW_CHARS + 1, max_value=MAX_BYTES - 100),
       quoted=st.booleans(), where=st.integers(min_value=0, max_value=2))
def test_a_line_longer_than_a_row_is_refused(length: int, quoted: bool, where: int) -> None:
    cell = ('"' + "x" * length + '"') if quoted else "x" * length
    lines = ["kind;name", "gp;A", "gp;B"]
    lines.insert(where + 1 if where else 0, f"gp;{cell}" if where else f"kind;name;{cell}")
    problem = _refused_quickly("\r\n".join(lines).encode("utf-8"))
    assert problem in CAPPED


def test_a_record_over_many_short_lines_is_capped_too() -> None:
    notes = "\n".join(["x" * 60] * 2000)  # 122 K characters in one quoted cell, no long line
    data = f'kind;name;notes\r\ngp;A;"{notes}"\r\n'.encode()
    assert _refused_quickly(data) in CAPPED | {CsvProblem.MALFORMED}


def test_the_problems_say_where_and_what_limit() -> None:
    with pytest.raises(ImportRejected) as caught:
        parse_providers_csv(b"kind;name\r\ngp;A\r\n" + b";" * 300 + b"\r\n")
    assert caught.value.problem is CsvProblem.TOO_MANY_CELLS
    assert caught.value.params == {"row": "3", "limit": str(MAX_CELLS)}
    with pytest.raises(ImportRejected) as caught:
        parse_providers_csv(b"kind;name\r\ngp;" + b"x" * (MAX_ROW_CHARS + 1) + b"\r\n")
    assert caught.value.problem is CsvProblem.ROW_TOO_LONG
    assert caught.value.params == {"row": "2", "limit": str(MAX_ROW_CHARS)}


@settings(max_examples=20, deadline=None)
@given(unknown=st.integers(min_value=0, max_value=MAX_CELLS - len(COLUMNS)), quote_heavy=st.booleans())
def test_the_widest_and_longest_real_rows_still_import(unknown: int, quote_heavy: bool) -> None:
    """Every column at its length limit (all quotes: each doubled when written), plus columns of the
    user's own up to the cell cap: imported, never refused by the caps."""
    def full(column: str) -> str:
        return ('"' if quote_heavy else "é") * FIELD_LIMITS[column]

    header = list(COLUMNS) + [f"own {i}" for i in range(unknown)]
    cells = ["gp", full("name"), full("organisation"), "nl", full("region"), full("address"), "02 123 45 67",
             "a@b.be", "https://a.be", full("notes"), "yes", ", ".join(CareDomain), ", ".join(Province)] \
        + ["x"] * unknown
    quoted = ['"' + c.replace('"', '""') + '"' for c in cells]
    data = (";".join(header) + "\r\n" + ";".join(quoted) + "\r\n").encode("utf-8")
    preview = parse_providers_csv(data)
    assert len(preview.rows) == 1 and preview.rows[0].valid


def test_an_export_of_long_providers_reads_back() -> None:
    from trustdesk.domain.enums import ProviderKind
    from trustdesk.domain.models import Provider

    provider = Provider(kind=ProviderKind.GP, name="N" * FIELD_LIMITS["name"], notes='"' * FIELD_LIMITS["notes"],
                        address="A\n" * (FIELD_LIMITS["address"] // 2))
    preview = parse_providers_csv(export_providers_csv([provider] * 3, "utf8"))
    assert all(r.valid for r in preview.rows)


# -- lines and hostile shapes: refused before any parsing, at a cost that does not depend on content --

LINE_END = st.sampled_from([b"\n", b"\r", b"\r\n"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(line_end=LINE_END, filler=st.binary(max_size=12).map(lambda b: b.replace(b"\n", b"").replace(b"\r", b"")),
       extra=st.integers(min_value=1, max_value=50_000), utf16=st.booleans())
def test_a_file_of_too_many_lines_is_refused_before_it_is_decoded(line_end: bytes, filler: bytes, extra: int,
                                                                  utf16: bool,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """More physical lines than any real list has (blank ones, CR-only ones, in UTF-16 too): refused
    from one count over the raw bytes; the line check, the sniffer and the parser never run.
    Before: 5 MB of newlines went through all of them and was refused after 3.9 s."""
    from trustdesk.packs import provider_csv

    def never(*_args: object) -> None:
        raise AssertionError("parsing work on a file that is refused by its line count")

    for name in ("_check_lines", "detect_delimiter", "_records"):
        monkeypatch.setattr(provider_csv, name, never)
    lines = provider_csv.MAX_LINES + extra
    if utf16:
        data = b"\xff\xfe" + (filler.decode("latin-1") + line_end.decode()).encode("utf-16-le") * lines
    else:
        data = (filler + line_end) * lines
    if len(data) > MAX_BYTES:
        data = data[:MAX_BYTES]
        if max(data.count(b"\n"), data.count(b"\r")) <= provider_csv.MAX_LINES:
            return  # the size cap alone no longer holds enough lines: nothing to check here
    with pytest.raises(ImportRejected) as caught:
        parse_providers_csv(data)
    assert caught.value.problem is CsvProblem.TOO_MANY_ROWS


HOSTILE_BLOCK = st.lists(st.sampled_from([";", ",", "\t", '"', "\n", "\r", "\r\n", "a", " ", "é", "kind", "name",
                                          "=", "\x0b", "\x0c"]), min_size=1, max_size=30).map("".join)
WORST_SEEN = {"cpu_s": 0.0}


@settings(max_examples=30, deadline=None)
@given(block=HOSTILE_BLOCK, header=st.booleans(), size=st.integers(min_value=MAX_BYTES // 2, max_value=MAX_BYTES))
def test_refusing_a_hostile_file_costs_the_same_whatever_its_content(block: str, header: bool, size: int) -> None:
    """Any shape of delimiters, quotes, line ends and text up to the size cap: a refusal costs at most
    BUDGET_S of CPU (measured: ~0.3 s worst on a busy machine, most under 0.1 s), however its lines fall."""
    data = (("kind;name;notes\r\n" if header else "") + block * (size // len(block.encode()) + 1)).encode()[:size]
    started = time.process_time()
    try:
        parse_providers_csv(data)
    except ImportRejected:
        spent = time.process_time() - started
        WORST_SEEN["cpu_s"] = max(WORST_SEEN["cpu_s"], spent)
        assert spent < BUDGET_S, f"refused after {spent:.2f} s of CPU: {block!r}"


@pytest.mark.parametrize("command", ["verify", "preview"])
@pytest.mark.parametrize("shape", ["huge", "fifo"])
def test_the_pack_command_reads_no_more_than_a_pack_may_hold(tmp_path: object, command: str, shape: str,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """``trustdesk pack verify|preview`` on a 4 GB file or a FIFO: refused at once, having read at most
    the archive limit (it used to read the whole file into memory first; a FIFO blocked it)."""
    import os
    from pathlib import Path

    from trustdesk.cli.pack_cli import main as pack_main

    path = Path(str(tmp_path)) / "hostile.tdpack"
    if shape == "huge":
        with open(path, "wb") as handle:
            handle.truncate(4 << 30)  # sparse: costs no disk
    else:
        os.mkfifo(path)
    started = time.process_time()
    assert pack_main([command, str(path)]) == 1
    assert time.process_time() - started < BUDGET_S
    said = capsys.readouterr()
    text = said.out + said.err
    assert ("over its size limit" in text) if shape == "huge" else ("not a regular file" in text), text
