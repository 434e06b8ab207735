"""A command's counted words carry their number in every language: QTranslator chooses the plural
form but leaves "%n" in it ("grootte %n bytes", "keten intact, %n regels" -- an outside tester)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from trustdesk.cli import words

TS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _counted_cli_sources() -> list[str]:
    text = (TS / "trustdesk_nl.ts").read_text(encoding="utf-8")
    context = re.search(r"<name>cli</name>(.*?)</context>", text, re.S)
    assert context is not None
    return [re.sub(r"&(amp|lt|gt|quot|apos);", lambda m: {"amp": "&", "lt": "<", "gt": ">", "quot": '"',
                                                          "apos": "'"}[m.group(1)], source)
            for source in re.findall(r'<message numerus="yes">.*?<source>(.*?)</source>', context.group(1), re.S)]


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
@pytest.mark.parametrize("n", [1, 7, 1234])
def test_every_counted_cli_text_says_its_number(language: str, n: int) -> None:
    sources = _counted_cli_sources()
    assert sources, "the cli context has counted texts"
    with words.speaking(language=language):
        for source in sources:
            said = words.translate("cli", source, None, n)
            assert "%n" not in said and str(n) in said, (language, source, said)
