"""Dates and times formatted without QLocale (numeric formats: nl, fr, en) read exactly as QLocale
writes them, for any moment and every locale whose short format is numeric."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from trustdesk.ui.kit import case_labels

LOCALES = ["nl_BE", "fr_BE", "en_GB", "nl_NL", "fr_FR", "de_DE", "en_US", "C", "ar_EG", "ja_JP"]


@settings(max_examples=300, deadline=None)
@given(name=st.sampled_from(LOCALES), moment=st.datetimes(datetime(1900, 1, 1), datetime(2199, 12, 31)),
       seconds=st.booleans())
def test_the_fast_path_writes_what_qlocale_writes(name: str, moment: datetime, seconds: bool) -> None:
    moment = moment.replace(microsecond=0)
    locale = QLocale(name)
    fmt = case_labels._datetime_format(name, seconds)  # noqa: SLF001 - the formats under test
    stamp = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second))
    assert case_labels._datetime_text(name, moment, seconds) == locale.toString(stamp, fmt)  # noqa: SLF001
    day: date = moment.date()
    assert case_labels._date_text(name, day) == locale.toString(  # noqa: SLF001
        QDate(day.year, day.month, day.day), case_labels._short_date_format(locale))  # noqa: SLF001


def test_the_interface_languages_take_the_fast_path() -> None:
    for name in ("nl_BE", "fr_BE", "en_GB"):
        assert case_labels._plain_format(name, case_labels._datetime_format(name, False)) is not None  # noqa: SLF001
