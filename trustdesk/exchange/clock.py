"""One rule for a file dated after now: refused as ``Refusal.FROM_THE_FUTURE``, for every signed file
between the coordinator and a trust person (an intake, a figures file).

A file says when it was made (its signed ``created``, the sender's clock).  A time later than the
reader's clock by more than ``CLOCK_SKEW`` means one of the two clocks is wrong; such a file is
refused and changes nothing.  An intake made "in December" and opened in November would otherwise
live past its real expiry, and a figures file from the future would beat, as the newest file of its
sender and quarter, every correct file sent later.  ``CLOCK_SKEW`` (two hours) lets a clock a few
minutes fast, or a laptop an hour off after a change to or from summer time, pass; nothing else.

A reader given only a date (``today``, the desk's date in tests and commands) takes the end of that
day as "now": the rule never refuses a file made earlier that same day.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

CLOCK_SKEW = timedelta(hours=2)


def reader_now(today: date | None = None, now: datetime | None = None) -> datetime:
    """The reader's "now": ``now``, else the end of ``today``, else the clock."""
    if now is not None:
        return now
    if today is not None:
        return datetime.combine(today, time.max)
    return datetime.now()


def from_the_future(created: datetime, *, today: date | None = None, now: datetime | None = None) -> bool:
    """Whether a file made at ``created`` (the sender's clock) is later than the reader's now by more
    than ``CLOCK_SKEW``."""
    return created.replace(tzinfo=None) > reader_now(today, now) + CLOCK_SKEW
