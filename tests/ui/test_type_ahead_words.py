"""Type-ahead in a choice list finds an entry by the start of any of its words (outside tester: in
French "Bru" chose "Brabant flamand"; Brussels, "Région de Bruxelles-Capitale", could not be typed)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QVBoxLayout
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import Initiator, Profession, Province
from trustdesk.packs.care_vocabulary import label
from trustdesk.ui.kit.type_ahead import find_entry, fold

LANGUAGES = ("nl", "fr", "en")
LISTS = [[label(kind, member.value, language) for member in kind]
         for kind in (Province, Profession, Initiator) for language in LANGUAGES]
WORD = re.compile(r"[^\W_]+")


@given(st.sampled_from(LISTS), st.data())
def test_any_word_start_finds_an_entry_holding_it(texts: list[str], data: st.DataObject) -> None:
    row = data.draw(st.integers(0, len(texts) - 1))
    words = WORD.findall(texts[row])
    word = data.draw(st.sampled_from(words))
    typed = word[:data.draw(st.integers(2, max(2, len(word))))]
    current = data.draw(st.integers(-1, len(texts) - 1))
    found = find_entry(texts, typed, current)
    assert found >= 0, (texts[row], typed)
    key = fold(typed)
    if any(fold(t).startswith(key) for t in texts):
        assert fold(texts[found]).startswith(key)  # an entry that starts with it comes first
    else:
        assert any(w.startswith(key) for w in WORD.findall(fold(texts[found])))


@pytest.mark.parametrize(("language", "typed"), [("fr", "Bru"), ("fr", "Brux"), ("fr", "bruxelles"),
                                                  ("nl", "Bru"), ("nl", "Brus"), ("nl", "brussel")])
def test_brussels_by_its_name_in_a_real_combo(qtbot: QtBot, language: str, typed: str) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    combo = QComboBox(dialog)
    combo.setObjectName("regionProbe")
    QVBoxLayout(dialog).addWidget(combo)
    combo.addItem("")
    for province in Province:
        combo.addItem(label(Province, province.value, language), province.value)
    dialog.show()
    combo.setFocus()
    qtbot.keyClicks(combo, typed)
    assert combo.currentData() == Province.BRUSSELS.value, combo.currentText()
    # and in the open list, as the person sees it after Alt+Down
    combo.setCurrentIndex(0)
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=3000)
    qtbot.keyClicks(view, typed)
    assert view.currentIndex().data(Qt.ItemDataRole.UserRole) == Province.BRUSSELS.value
    combo.hidePopup()


def test_a_letter_typed_again_steps_through_and_space_still_opens(qtbot: QtBot) -> None:
    texts = ["", "Anvers", "Brabant flamand", "Région de Bruxelles-Capitale", "Brabant wallon"]
    assert find_entry(texts, "b", 0) == 2
    assert find_entry(texts, "bb", 2) == 4
    assert find_entry(texts, "bbb", 4) == 2
    assert find_entry(texts, "lieg", 0) == -1
    assert find_entry(["Luik", "Liège"], "lieg", 0) == 1
