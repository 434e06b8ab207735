"""Release periods: fixed calendar quarters, never a free from-to range.

Figures are released per calendar quarter only: quarters never overlap and never nest (there is no
"year" release beside them), so no release is the difference of two others.  A quarter can be
released only after it has ended: "the quarter so far" and "the whole quarter" would differ by the
last weeks' cases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


QUARTER_LETTER = {"nl": "K", "fr": "T", "en": "Q"}


@dataclass(frozen=True, order=True, slots=True)
class Quarter:
    year: int
    quarter: int  # 1-4

    def __post_init__(self) -> None:
        if not (2000 <= self.year <= 2100 and 1 <= self.quarter <= 4):
            raise ValueError("a quarter of a year 2000-2100")

    @classmethod
    def parse(cls, text: str) -> Quarter:
        match = _QUARTER.match(text)
        if not match:
            raise ValueError(f"not a quarter: {text[:20]!r} (expected YYYY-Qn)")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-Q{self.quarter}"

    def name(self, language: str) -> str:
        """The quarter as a reader of ``language`` writes it -- one way per language, for the commands, the
        app's windows and the national PDFs alike: 2026 K3 (nl, kwartaal), 2026 T3 (fr, trimestre), 2026 Q3
        (en).  ``str(quarter)`` (2026-Q3) is the files' and the command line's form, read by ``parse``."""
        return f"{self.year:04d} {QUARTER_LETTER.get(language, 'Q')}{self.quarter}"

    @property
    def months(self) -> tuple[str, str, str]:
        first = (self.quarter - 1) * 3 + 1
        return tuple(f"{self.year:04d}-{m:02d}" for m in range(first, first + 3))  # type: ignore[return-value]

    @property
    def start(self) -> date:
        return date(self.year, (self.quarter - 1) * 3 + 1, 1)

    @property
    def end(self) -> date:
        """The last day of the quarter."""
        following = self.next()
        return date.fromordinal(following.start.toordinal() - 1)

    def next(self) -> Quarter:
        return Quarter(self.year + 1, 1) if self.quarter == 4 else Quarter(self.year, self.quarter + 1)

    def previous(self) -> Quarter:
        return Quarter(self.year - 1, 4) if self.quarter == 1 else Quarter(self.year, self.quarter - 1)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def ended_by(self, today: date) -> bool:
        return self.end < today


def completed_quarters(today: date, since: date) -> list[Quarter]:
    """The quarters that have ended by ``today``, newest first, back to the one holding ``since``."""
    found: list[Quarter] = []
    quarter = Quarter.of(today).previous()
    first = Quarter.of(min(since, quarter.start))
    while quarter >= first:
        found.append(quarter)
        quarter = quarter.previous()
    return found
