"""The case header's combo boxes are never cut, whatever the alias (outside tester: a 40-character French
alias cut the status combo to "Nouv" at 1366×768).  For aliases of 0 to 40 characters (the ends and
random lengths between), in Dutch, French and English, on an open, a new and a closed case, in the main
window at a laptop's 1366 px: every combo of the header is as wide as its size hint and the edit field
of each holds its longest item's text; the alias is what gives way (kit/alias.CaseLabel)."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.waits import apply_layouts, open_case, switch_language
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow

LETTERS = "abcdefghijklmnopqrstuvwxyzéèçëïô -ABCDEFGHIJKLMNOPQRSTUVWXYZWM"


def alias_lengths(seed: int) -> list[int]:
    """0, 40 and a few random lengths between (a fixed seed per language: a failure repeats)."""
    rng = random.Random(seed)
    return sorted({0, 1, 40, 39, *rng.sample(range(2, 39), 5)})


def alias_of(length: int, seed: int) -> str:
    rng = random.Random(seed * 100 + length)
    return "".join(rng.choice(LETTERS) for _ in range(length)).strip().ljust(length, "W")


def header_combos(view: CaseView) -> list[QComboBox]:
    """The combos of the header: the view's own, not those of its tabs."""
    return [c for c in view.findChildren(QComboBox) if c.isVisibleTo(view) and not view.tabs.isAncestorOf(c)]


def cut(combo: QComboBox) -> str | None:
    """Why ``combo`` is cut, or None: narrower than its size hint, or its field narrower than an item."""
    if combo.width() < combo.sizeHint().width():
        return f"{combo.objectName()} {combo.width()} px < size hint {combo.sizeHint().width()} px"
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    metrics = combo.fontMetrics()
    for index in range(combo.count()):
        text = combo.itemText(index)
        if metrics.horizontalAdvance(text) > field.width():
            return f"{combo.objectName()}: {text!r} needs {metrics.horizontalAdvance(text)} px, has {field.width()}"
    return None


def test_the_check_sees_a_cut_combo(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["Nouvelle demande", "En cours"])
    combo.show()
    combo.resize(combo.sizeHint())
    assert cut(combo) is None
    combo.resize(60, combo.height())
    assert cut(combo) is not None


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_header_combos_are_never_cut_whatever_the_alias(
        qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample, translations: Translations,
        language: str) -> None:
    switch_language(translations, language)
    window.resize(1366, 740)
    vault = session.require()
    seed = {"nl": 1, "fr": 2, "en": 3}[language]
    problems: list[str] = []
    checked = 0
    for length in alias_lengths(seed):
        for case_id in (sample.dutch_case, sample.french_case, sample.closed_case):
            case = vault.cases.get(case_id)
            assert case is not None
            vault.cases.update(replace(case, alias=alias_of(length, seed)))
            view = open_case(qtbot, window, case_id)
            apply_layouts()
            combos = header_combos(view)
            assert combos, "the header has its status combo"
            for combo in combos:
                checked += 1
                if (why := cut(combo)) is not None:
                    problems.append(f"alias of {length} on case {case.code}: {why}")
    assert checked >= 8 * 3
    assert not problems, "\n".join(problems)
