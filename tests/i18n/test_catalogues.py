"""The nl and fr catalogues are complete, finished, non-empty and hold nothing stale (issue 8)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.i18n.literals import check_source, check_tree
from trustdesk.ui.kit.language import translations_dir

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "trustdesk" / "ui"
CLI = ROOT / "trustdesk" / "cli"  # the headless commands speak the same catalogues (cli/words.py)
PACKS = ROOT / "trustdesk" / "packs"  # a pack check's details (trustdesk/detail.Detail: QT_TRANSLATE_NOOP)
DOCUMENTS = ROOT / "trustdesk" / "documents"  # a letter template's problems (the same details)
EXCHANGE = ROOT / "trustdesk" / "exchange"  # why the coordinator desk did not open (the same details)
LANGUAGES = ("nl", "fr")
Key = tuple[str, str]


def _messages(ts: Path) -> dict[Key, ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name", ""), msg.findtext("source", "")): msg
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def _forms(msg: ET.Element) -> list[str | None]:
    translation = msg.find("translation")
    assert translation is not None
    return [f.text for f in translation.iter("numerusform")] or [translation.text]


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> set[Key]:
    """Every string lupdate finds in the UI right now (the same files as `make update-translations`)."""
    ts = tmp_path_factory.mktemp("ts") / "all.ts"
    files = [ROOT / "trustdesk" / "app.py", ROOT / "trustdesk" / "detail.py",
             *sorted([*UI.rglob("*.py"), *CLI.rglob("*.py"), *PACKS.rglob("*.py"), *DOCUMENTS.rglob("*.py"),
                     *EXCHANGE.rglob("*.py")])]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *map(str, files), "-ts", str(ts)], check=True, capture_output=True)
    found = set(_messages(ts))
    assert len(found) > 1000  # the extraction itself worked
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_string_has_a_finished_translation(sources: set[Key], language: str) -> None:
    catalogue = _messages(translations_dir() / f"trustdesk_{language}.ts")
    missing = sorted(key for key in sources if key not in catalogue)
    assert not missing, f"{len(missing)} strings not in trustdesk_{language}.ts (make update-translations): " \
                        f"{missing[:5]}"
    bad = []
    for key in sorted(sources):
        msg = catalogue[key]
        kind = msg.find("translation").get("type")  # type: ignore[union-attr]
        if kind in ("unfinished", "obsolete", "vanished") or not all(f and f.strip() for f in _forms(msg)):
            bad.append((kind or "empty", key))
    assert not bad, f"{len(bad)} unfinished/empty in trustdesk_{language}.ts: {bad[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_stale_entries(sources: set[Key], language: str) -> None:
    """A string removed from the code leaves the catalogue (lupdate -no-obsolete), never stays 'finished'."""
    catalogue = _messages(translations_dir() / f"trustdesk_{language}.ts")
    stale = sorted(key for key in catalogue if key not in sources)
    assert not stale, f"{len(stale)} entries of trustdesk_{language}.ts are no longer in the code: {stale[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_entries_have_both_forms(language: str) -> None:
    for key, msg in _messages(translations_dir() / f"trustdesk_{language}.ts").items():
        if msg.get("numerus") == "yes":
            assert len(_forms(msg)) == 2, f"{key} needs a singular and a plural in {language}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_mnemonics_and_line_breaks_survive(language: str) -> None:
    for (context, source), msg in _messages(translations_dir() / f"trustdesk_{language}.ts").items():
        for text in _forms(msg):
            assert text is not None
            if re.search(r"&[A-Za-z]", source) and "&&" not in source:
                assert re.search(r"&\w", text), f"{context}: {source!r} lost its keyboard shortcut in {language}"
            if source.endswith("…"):
                assert text.endswith("…"), f"{context}: {source!r} lost its ellipsis in {language}"


def test_every_ui_literal_goes_through_translation() -> None:
    findings = check_tree(UI)
    assert not findings, "\n".join(map(str, findings))


def test_tr_is_only_called_with_literals() -> None:
    """lupdate can only extract literals: tr(variable) would stay English for ever."""
    wrong = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            owner = node.func.value if isinstance(node.func, ast.Attribute) else None
            if name == "translate" and isinstance(owner, ast.Name) and owner.id not in (
                    "QCoreApplication", "QApplication"):
                continue  # painter.translate(point) and the like
            args = node.args[:1] if name == "tr" else node.args[:2] if name == "translate" else []
            if any(not (isinstance(a, ast.Constant) and isinstance(a.value, str)) for a in args):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not wrong, wrong


def test_no_tr_inside_f_strings() -> None:
    """lupdate does not look inside f-string expressions: a tr() there is never extracted."""
    hidden = [f"{path.relative_to(ROOT)}:{node.lineno}"
              for path in sorted(UI.rglob("*.py"))
              for joined in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(joined, ast.JoinedStr)
              for node in ast.walk(joined)
              if isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name))
              and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id) in ("tr", "translate")]
    assert not hidden, hidden


# -- the check itself can fail ----------------------------------------------------------------------

SYNTHETIC = '''
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
class W:
    def build(self, n):
        self.title.setText("Cases")                                  # 5
        QLabel("Risk level", self)                                   # 6
        QMessageBox.warning(self, "Export", self.tr("Fine."))        # 7
        self.button.setToolTip(f"{n} cases open")                    # 8
        self.combo.addItem("All statuses", None)                     # 9
        self.setWindowTitle("Case " + self.code)                     # 10
        self.ok.setText(self.tr("Save"))
        self.sep.setText(" · ")
        self.code.setText("%1")
        self.empty.setText("")
        self.setObjectName("casesPage")
        QPushButton(self.tr("Open"), self)
        self.label.setText(QCoreApplication.translate("Ctx", "Hello"))
        self.label.setText("<b>" + self.tr("Hello") + "</b>")
        self.button.setAccessibleName("Close the case")              # 19
'''


def test_the_literal_check_finds_untranslated_text() -> None:
    findings = check_source(SYNTHETIC)
    assert sorted((f.line, f.text) for f in findings) == [
        (5, "Cases"), (6, "Risk level"), (7, "Export"), (8, " cases open"), (9, "All statuses"),
        (10, "Case "), (19, "Close the case")]
