"""Every input is named by its label, in the user's language (issue 18, screen readers).

For every field, combo box, spin box, date edit and text area on the main pages, the case tabs and
the main dialogs, in Dutch and French:
- it has a spoken name: its accessible name, else the text of its buddy label;
- a combo box is named by its label, never by its current value ("Laag" for the risk combo);
- the visible label is in the spoken name (WCAG 2.5.3, "label in name": what a voice-control user
  says is what they see);
- the name is translated: a name that stays the English one in French is flagged, unless the French
  catalogue itself gives that same text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_accessibility import _dialogs, _internal, _show_loaded
from tests.waits import open_case, show_page, switch_language
from trustdesk.ui.kit.label_names import INPUTS, heard
from trustdesk.ui.kit.language import Translations, translations_dir
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow


def plain(text: str) -> str:
    """A label as heard (the app's own rule), compared without case."""
    return heard(text).casefold()


def names(root: QWidget) -> dict[str, tuple[str, str, str]]:
    """objectName (+ a number for repeats) -> (type, spoken name, visible label) of the inputs under root."""
    labels = {id(label.buddy()): label.text() for label in root.window().findChildren(QLabel)
              if label.buddy() is not None}
    found: dict[str, tuple[str, str, str]] = {}
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or _internal(widget, root) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox):
            continue
        label = labels.get(id(widget), "")
        spoken = widget.accessibleName() or label
        key = widget.objectName() or type(widget).__name__
        number = 1
        while f"{key}#{number}" in found:
            number += 1
        found[f"{key}#{number}"] = (type(widget).__name__, spoken, label)
    return found


def problems(root: QWidget, where: str) -> list[str]:
    found = []
    for key, (kind, spoken, label) in names(root).items():
        if not plain(spoken):
            found.append(f"{where}: {key} has no name")
            continue
        if kind == "QComboBox":
            combo = root.findChild(QComboBox, key.split("#")[0])
            if combo is not None and combo.currentText() and plain(spoken) == plain(combo.currentText()) \
                    and plain(spoken) != plain(label):
                found.append(f"{where}: {key} is named by its value {spoken!r}")
        if label and plain(label) not in plain(spoken):
            found.append(f"{where}: {key} says {spoken!r}, its label shows {label!r}")
    return found


def _catalogue_same(language: str) -> set[str]:
    """Texts the catalogue translates by themselves (a word that is the same in both languages)."""
    root = ET.parse(translations_dir() / f"trustdesk_{language}.ts").getroot()
    same = set()
    for message in root.iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        if plain(source) == plain(translation):
            same.add(plain(source))
    return same


def screens(qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample,
            prefs: Preferences) -> Iterator[tuple[str, QWidget]]:
    for key in window.pages:
        show_page(qtbot, window, key)
        yield f"page {key}", window
    for case_id in (sample.dutch_case, sample.french_case):
        view = open_case(qtbot, window, case_id)
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            yield f"case {case_id} tab {index}", view.tabs.currentWidget()
    window.pages["cases"].show_list()  # type: ignore[attr-defined]
    for name, make in _dialogs(session, window, sample, prefs):
        dialog = make()
        qtbot.addWidget(dialog)
        _show_loaded(qtbot, dialog)
        yield name, dialog
        dialog.close()


def test_the_checks_can_fail(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFormLayout

    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    combo = QComboBox(root)
    combo.setObjectName("risk")
    combo.addItems(["Low", "High"])
    combo.setAccessibleName("Low")
    form.addRow("&Risk:", combo)
    edit = QLineEdit(root)
    edit.setObjectName("when")
    edit.setAccessibleName("Date and time")
    form.addRow("&When:", edit)
    found = problems(root, "x")  # not shown: the app's LabelNames filter would name them at once
    assert any("named by its value" in p for p in found) and any("'Date and time'" in p for p in found)
    assert plain("Naam (&ondertekening)\u00a0:") == "naam (ondertekening)"


def test_inputs_are_named_by_their_label_in_the_users_language(
        qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample, prefs: Preferences,
        translations: Translations) -> None:
    spoken: dict[str, dict[str, str]] = {}
    found: list[str] = []
    for language in ("en", "fr", "nl"):
        switch_language(translations, language)
        for where, root in screens(qtbot, window, session, sample, prefs):
            if language != "en":
                found.extend(f"[{language}] {p}" for p in problems(root, where))
            for key, (_kind, name, _label) in names(root).items():
                spoken.setdefault(f"{where}/{key}", {})[language] = name
    for language in ("fr", "nl"):
        same = _catalogue_same(language)
        for key, by_language in spoken.items():
            english, translated = plain(by_language.get("en", "")), plain(by_language.get(language, ""))
            if english and translated == english and english not in same and any(c.isalpha() for c in english):
                found.append(f"[{language}] {key}: {by_language.get(language)!r} is not translated")
    assert not found, f"{len(found)} problems:\n" + "\n".join(sorted(set(found)))
