"""Dates and times in the interface's locale: ``datetime_text`` is made once per language and moment
(issue 20: the audit list and a case's notes made them again on every repaint), and says exactly what
the locale's own formats say, in every language, after every switch."""

from __future__ import annotations

import re
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from trustdesk.ui.kit.case_labels import datetime_text

LOCALES = ["nl_BE", "fr_BE", "en_GB"]


def _expected(locale: QLocale, value: datetime, seconds: bool) -> str:
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "ss" not in time_format:
        time_format = time_format.replace("mm", "mm:ss")
    date_format = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date_format:
        date_format = date_format.replace("yy", "yyyy")
    date_format = re.sub(r"(?<!M)M(?!M)", "MM", re.sub(r"(?<!d)d(?!d)", "dd", date_format))  # two digits
    stamp = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))
    return locale.toString(stamp, f"{date_format} {time_format}")


@settings(max_examples=60, deadline=None)
@given(moments=st.lists(st.datetimes(datetime(1990, 1, 1), datetime(2060, 12, 31)), min_size=1, max_size=4),
       order=st.permutations(LOCALES), seconds=st.booleans())
def test_datetime_text_follows_the_locale_after_every_switch(moments: list[datetime], order: list[str],
                                                             seconds: bool) -> None:
    before = QLocale()
    try:
        for name in [*order, order[0]]:  # back to the first: no text of another language is kept
            QLocale.setDefault(QLocale(name))
            for value in moments:
                assert datetime_text(value, seconds=seconds) == _expected(QLocale(name), value, seconds)
                assert datetime_text(value, seconds=seconds) == datetime_text(value, seconds=seconds)
        assert datetime_text(None) == ""
    finally:
        QLocale.setDefault(before)
