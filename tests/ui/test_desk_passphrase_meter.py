"""The desk passphrase is measured like the trust person's: the same zxcvbn meter taught Dutch and
French words, the same words for its verdict, the same rule (a minimum length, typed twice), with the
desk's own minimum of 12 characters."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from trustdesk.ui.desk.desk_start import MIN_PASSPHRASE, DeskSetupDialog
from trustdesk.ui.kit.passphrase import PassphraseFields, common_words, strength

WORDS = common_words("nl", 300)[100:] + common_words("fr", 300)[100:] + ["Zq8!vX", "koffie", "Ærø", "paars"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.sampled_from(WORDS), min_size=1, max_size=4), glue=st.sampled_from([" ", "-", ""]),
       repeat_same=st.booleans())
def test_the_desk_measures_the_passphrase_like_the_wizard(qtbot: QtBot, tmp_path: Path, parts: list[str],
                                                          glue: str, repeat_same: bool) -> None:
    passphrase = glue.join(parts)
    setup = DeskSetupDialog(tmp_path)
    wizard_like = PassphraseFields(prefix="probe", minimum=MIN_PASSPHRASE)
    for widget in (setup, wizard_like):
        qtbot.addWidget(widget)
        fields = widget.fields if isinstance(widget, DeskSetupDialog) else widget
        fields.judge()
        fields.first.setText(passphrase)
        fields.second.setText(passphrase if repeat_same else passphrase + "x")
    assert setup.fields.score == strength(passphrase) == wizard_like.score
    assert setup.fields.meter.value() == strength(passphrase)
    assert setup.fields.verdict.text() == wizard_like.verdict.text() != ""
    assert setup.fields.is_acceptable() == (len(passphrase) >= MIN_PASSPHRASE and repeat_same)
    assert setup.fields.meter.objectName() and setup.fields.meter.accessibleName()
    setup.name.setText("Coördinatie")
    if not setup.fields.is_acceptable():  # refused before any key is made
        setup.create_button.click()
        assert setup.message.text() and not setup.working
