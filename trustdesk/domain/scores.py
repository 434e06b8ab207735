"""Totals of validated self-report instruments the doctor completed elsewhere.

Only the total and the date are recorded; the questionnaires are not reproduced.  Severity bands
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

    def __post_init__(self) -> None:
        if not 0 <= self.total <= MAXIMUM[self.instrument]:
            raise ValueError(f"{self.instrument.value} total must be 0-{MAXIMUM[self.instrument]}")


def severity(instrument: Instrument, total: int) -> Severity:
    if not 0 <= total <= MAXIMUM[instrument]:
        raise ValueError("total out of range")
    result = BANDS[instrument][0][1]
    for low, band in BANDS[instrument]:
        if total >= low:
            result = band
    return result
