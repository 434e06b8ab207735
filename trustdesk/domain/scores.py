"""Totals of validated self-report instruments the doctor completed elsewhere.

Only the total, the date and the PHQ-9's item 9 are recorded; the questionnaires are not reproduced.  Severity bands
are the instruments' published standard cut-offs (PHQ-9: Kroenke et al. 2001; GAD-7: Spitzer et
al. 2006).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Instrument(StrEnum):
    PHQ9 = "phq9"
    GAD7 = "gad7"


class Severity(StrEnum):
    MINIMAL = "minimal"
    MILD = "mild"
    MODERATE = "moderate"
    MODERATELY_SEVERE = "moderately_severe"
    SEVERE = "severe"


MAXIMUM = {Instrument.PHQ9: 27, Instrument.GAD7: 21}
ITEM9_MAXIMUM = 3  # each PHQ-9 item is answered 0-3

# (lowest total of the band, severity), ascending.
BANDS: dict[Instrument, tuple[tuple[int, Severity], ...]] = {
    Instrument.PHQ9: ((0, Severity.MINIMAL), (5, Severity.MILD), (10, Severity.MODERATE),
                      (15, Severity.MODERATELY_SEVERE), (20, Severity.SEVERE)),
    Instrument.GAD7: ((0, Severity.MINIMAL), (5, Severity.MILD), (10, Severity.MODERATE), (15, Severity.SEVERE)),
}


@dataclass(frozen=True, slots=True)
class Score:
    case_id: int
    instrument: Instrument
    total: int
    taken_on: date
    id: int | None = None
    # PHQ-9 item 9 (0-3: thoughts that you would be better off dead or of hurting yourself), recorded
    # apart because any answer above 0 matters whatever the total; None: not recorded.
    item9: int | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.total <= MAXIMUM[self.instrument]:
            raise ValueError(f"{self.instrument.value} total must be 0-{MAXIMUM[self.instrument]}")
        if self.item9 is not None:
            if self.instrument is not Instrument.PHQ9:
                raise ValueError("item 9 belongs to the PHQ-9")
            if not 0 <= self.item9 <= ITEM9_MAXIMUM or self.item9 > self.total:
                raise ValueError("PHQ-9 item 9 must be 0-3 and not above the total")

    @property
    def item9_positive(self) -> bool:
        """Any answer above 0 on PHQ-9 item 9: ask for a risk assessment, offer the safety plan."""
        return bool(self.item9)


def severity(instrument: Instrument, total: int) -> Severity:
    if not 0 <= total <= MAXIMUM[instrument]:
        raise ValueError("total out of range")
    result = BANDS[instrument][0][1]
    for low, band in BANDS[instrument]:
        if total >= low:
            result = band
    return result
