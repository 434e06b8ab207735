"""Passphrase strength knows Dutch and French: two or three common words of either language are not
"very strong", whatever separates them; unusual ones still are.  The words are the bundled frequency
lists (made from wordfreq's by installer/make_wordlists.py, not a hand list), and the passphrase can be
shown while it is typed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.passphrase import COMMON_WORDS, PassphraseFields, common_words, strength

NL = common_words("nl")
FR = common_words("fr")


def test_the_lists_are_bundled_and_large() -> None:
    assert 20_000 < len(NL) <= COMMON_WORDS and 20_000 < len(FR) <= COMMON_WORDS  # wordfreq's "small" lists
    assert {"paars", "konijn", "fiets", "huisarts"} <= set(NL)
    assert {"chat", "maison", "lapin", "médecin"} <= set(FR)


@pytest.mark.parametrize("phrase", ["paars konijn", "paarskonijn", "paars-konijn", "rode fiets", "chat noir",
                                    "maison bleue", "le petit chat", "groene appel"])
def test_common_dutch_and_french_words_are_not_very_strong(phrase: str) -> None:
    assert strength(phrase) < 4, phrase
    assert strength("paars konijn") <= 2


@given(st.lists(st.sampled_from(NL[200:5000] + FR[200:5000]), min_size=2, max_size=2),
       st.sampled_from([" ", "-", "", "_"]))
@settings(max_examples=60, deadline=None)
def test_any_two_common_words_are_not_very_strong(words: list[str], separator: str) -> None:
    assert strength(separator.join(words)) < 4


@pytest.mark.parametrize("phrase", ["Zwaluw!kaasmes7 regenton Qx", "vlq9 Trombone-Xanthia 44 pétrole!",
                                    "correct horse battery staple"])
def test_unusual_long_passphrases_stay_strong(phrase: str) -> None:
    assert strength(phrase) >= 3


def test_the_passphrase_can_be_shown_while_typed(qtbot: QtBot) -> None:
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    assert fields.first.echoMode() == QLineEdit.EchoMode.Password
    fields.show_box.setChecked(True)
    assert fields.first.echoMode() == fields.second.echoMode() == QLineEdit.EchoMode.Normal
    fields.clear()
    assert fields.first.echoMode() == QLineEdit.EchoMode.Password and not fields.show_box.isChecked()
    assert fields.show_box.objectName() and fields.show_box.accessibleName()
