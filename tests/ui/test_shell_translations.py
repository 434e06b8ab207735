"""The shell's strings are in both catalogues and translated (complete nl and fr catalogues)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from trustdesk.ui.kit.language import translations_dir

ROOT = Path(__file__).resolve().parents[2]
SHELL_MODULES = [ROOT / "trustdesk" / "app.py"] + [ROOT / "trustdesk" / "ui" / f"{name}.py" for name in (
    "kit/appearance", "shell/main_window", "kit/messages", "kit/passphrase", "kit/preferences",
    "shell/settings_dialog", "shell/shell", "security/unlock", "security/wizard", "security/wizard_pages", "kit/page")]


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name", ""), msg.findtext("source", "")): msg
            for ctx in root.iter("context") for msg in ctx.iter("message")}


@pytest.fixture(scope="module")
def shell_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What lupdate finds in the shell's own modules right now."""
    ts = tmp_path_factory.mktemp("ts") / "shell.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *map(str, SHELL_MODULES), "-ts", str(ts)], check=True, capture_output=True)
    found = set(_messages(ts))
    assert len(found) > 100  # the extraction itself worked
    return found


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_shell_string_is_translated(shell_sources: set[tuple[str, str]], language: str) -> None:
    catalogue = _messages(translations_dir() / f"trustdesk_{language}.ts")
    missing = sorted(key for key in shell_sources if key not in catalogue)
    assert not missing, f"run `make update-translations`, then translate: {missing[:5]}"
    unfinished = []
    for key in sorted(shell_sources):
        translation = catalogue[key].find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(forms):
            unfinished.append(key)
    assert not unfinished, f"untranslated in trustdesk_{language}.ts: {unfinished[:5]}"


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_placeholders_survive_translation(language: str) -> None:
    import re

    for (context, source), msg in _messages(translations_dir() / f"trustdesk_{language}.ts").items():
        translation = msg.find("translation")
        assert translation is not None
        for text in [f.text for f in translation.iter("numerusform")] or [translation.text]:
            if not text:
                continue
            for placeholder in set(re.findall(r"%\d|%n|\{\w+\}", source)):
                assert placeholder in text, f"{context}: {source!r} lost {placeholder} in {language}"
