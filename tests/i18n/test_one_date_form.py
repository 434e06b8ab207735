"""One date form per language everywhere (outside tester: "7/12/2026" in lists beside "07/12/2026" in
the note editor): every date the interface writes -- lists, dates and times, the date fields and the
note editor's date-and-time field -- has a two-digit day and month, the same form in each language."""

from __future__ import annotations

import re
from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QDateTime, QTime
from pytestqt.qtbot import QtBot

from tests.waits import switch_language
from trustdesk.ui.kit.case_labels import date_format, date_text, datetime_text
from trustdesk.ui.kit.language import Translations

NUMERIC = re.compile(r"^\d{2}/\d{2}/\d{4}$")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=st.dates(date(1990, 1, 1), date(2060, 12, 31)), language=st.sampled_from(["nl", "fr"]),
       minute=st.integers(0, 24 * 60 - 1))
def test_every_date_has_one_form(translations: Translations, day: date, language: str, minute: int) -> None:
    switch_language(translations, language)
    try:
        text = date_text(day)
        assert NUMERIC.match(text), text
        moment = datetime(day.year, day.month, day.day, minute // 60, minute % 60)
        assert datetime_text(moment).startswith(text + " ")
        fmt = date_format()
        shown = QDate(day.year, day.month, day.day).toString(fmt)
        assert shown == text  # a date field shows what the lists write
        stamp = QDateTime(QDate(day.year, day.month, day.day), QTime(moment.hour, moment.minute))
        assert stamp.toString(f"{fmt} HH:mm").startswith(text + " ")
    finally:
        switch_language(translations, "en")


def test_the_note_editor_uses_the_language_date_form(qtbot: QtBot, translations: Translations) -> None:
    from trustdesk.ui.case import contact_editor

    source = open(contact_editor.__file__, encoding="utf-8").read()
    assert "dd/MM/yyyy" not in source and "date_format()" in source  # no form of its own
    for language in ("nl", "fr", "en"):
        switch_language(translations, language)
        assert "dd" in date_format() and "MM" in date_format()
    switch_language(translations, "en")
