"""What a date mention is (`DateMention`), and the calendar checks every stage shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["date", "period"]
Precision = Literal["year", "month", "day"]

# Bare years are only trusted in this range (see the module docstring); a year
# next to a month or day may be anything with four digits.
_BARE_YEAR_MIN, _BARE_YEAR_MAX = 1900, 2099


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a text, read at the precision written.

    `start`/`end` are offsets into the text given to `find_dates`, and
    `text[start:end] == self.text`. For periods, `year`/`month` are the start
    and `end_year`/`end_month` the end. `part` is "début", "mi", "fin" or
    "courant" when the text names a part of the period (`fin 2020`);
    `subperiod` is "Q1".."Q4", "H1", "H2" for quarters and half-years;
    `relative` the word written after the date (`prochain`, `dernier`,
    `précédente`).

    Relative dates (`cette année`, `l'an dernier`, `le mois prochain`) have
    `offset_years` or `offset_months` set: the number of years or months
    from the publication date, which `resolve` counts from. Their `year` is
    None; `month` is the month the text gives (`les sept premiers mois de
    l'année`: 7, `offset_years` 0). Both offsets are None for every other
    mention.
    """

    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None
    kind: Kind
    cue: str | None
    future: bool
    part: str | None = None
    subperiod: str | None = None
    end_year: int | None = None
    end_month: int | None = None
    relative: str | None = None
    offset_years: int | None = None
    offset_months: int | None = None

    @property
    def precision(self) -> Precision | None:
        """The finest unit the text gives: "day", "month", "year", or None."""
        if self.day is not None:
            return "day"
        if self.month is not None or self.offset_months is not None:
            return "month"
        if self.year is not None or self.offset_years is not None:
            return "year"
        return None


def _norm(text: str) -> str:
    return text.lower().replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")


def _days_in_month(year: int | None, month: int) -> int:
    if month == 2:
        if year is None:
            return 29
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        if month is None:
            return False
        if not 1 <= day <= _days_in_month(year, month):
            return False
    return year is None or 1000 <= year <= 2999


def _iso(year: int, month: int | None, day: int | None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"
