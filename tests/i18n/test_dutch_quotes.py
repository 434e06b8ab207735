"""Dutch is quoted one way everywhere Dutch is written (issue 18, outside tester: „…” beside “…”).
The Belgian (Flemish) convention: “…” and, inside them, ‘…’ -- never the low „…” or ‚…’, never « »,
never straight quotes around words.  Walks what the glossary test walks: the interface catalogue, the
printed labels, the letter templates and the knowledge cards (resources/translations/GLOSSARY.md)."""

from __future__ import annotations

import re

import hypothesis.strategies as st
from hypothesis import given
from test_glossary import everything

JINJA = re.compile(r"\{[{%].*?[}%]\}")
JSON = re.compile(r"\{[^{}]*\}")  # a command's JSON example ({"name": …}) is code, not Dutch
SHELL = re.compile(r"--[\w-]+[ =]\"[^\"]*\"")  # so is a command's argument (--fingerprint "40218 …")
FOREIGN = re.compile(r"[„‚«»]")  # (› is the menu path separator: Overdracht › …)
STRAIGHT = re.compile(r"\"|(?<!\w)'(?=\w)(?![st]\b)|(?<=[\w.,!?…])'(?!\w)")  # "…", '…' (not zo'n, 's avonds)


def problems(text: str) -> list[str]:
    text = SHELL.sub("", JSON.sub("", JINJA.sub("", text)))
    found = [name for name, pattern in (("low or foreign quote", FOREIGN), ("straight quote", STRAIGHT))
             if pattern.search(text)]
    depth = 0  # “ opens, ” closes, never nested (inside, ‘…’); ’ is also the apostrophe: not paired
    for char in text:
        depth += {"“": 1, "”": -1}.get(char, 0)
        if depth not in (0, 1):
            break
    if depth != 0:
        found.append("unpaired “”")
    return found


def test_the_check_can_fail() -> None:
    for wrong in ("De kolom „%1” ontbreekt.", "pakket ‚x’", "Gebruik \"Nu\".", "de 'koude' informatie",
                  "« Vandaag »", "“open", "“a “b” c”"):
        assert problems(wrong), wrong
    for right in ("De kolom “%1” ontbreekt.", "“de ‘koude’ informatie”", "zo’n bestand, regio’s",
                  "zo'n bestand, foto's en 's avonds", "{{ doctor.name or \"collega\" }}",
                  "verwacht één regel {\"name\": …}", "met --fingerprint \"40218 77310\" (zo)", "14:30"):
        assert problems(right) == [], right


@given(st.text(alphabet="abc „‚\"«»", min_size=1).filter(lambda s: any(c in s for c in "„‚\"«»")))
def test_any_other_quote_is_caught(text: str) -> None:
    assert problems(text)


@given(st.text(alphabet="abc ,.", max_size=20))
def test_text_quoted_the_belgian_way_passes(inner: str) -> None:
    assert problems(f"Zeg “{inner} ‘{inner}’ {inner}” en ga door.") == []


def test_dutch_is_quoted_the_belgian_way_everywhere() -> None:
    found = [f"{where}: {text!r} {problems(text)}" for where, text in everything("nl") if problems(text)]
    assert found == [], "\n".join(found[:40])
