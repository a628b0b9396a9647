"""Dating the article: its publication date and where it came from (FACTS.md section 5).

Order of evidence: a date given by the container (HTML metadata, a JSONL
record field); the scraper's ` date YYYY-MM` header with the dateline's day;
the dateline (`Hanoï, 10 mars (VNA)`) or, without one, the first day-month
date of the lead (`Le 23 mai, à Moscou`, `tenue mercredi 12 février`) with
the year deduced from the text: the year in which that day falls on the
weekday written next to it, else the latest year the article speaks of in
the past, moved one year on when the article already reports a later date
of that year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vnextract.cleaning.clean import CleanText
    from vnextract.recognizers.dates import DateMention


@dataclass(frozen=True)
class Publication:
    """An article's publication date (ISO at known precision) and its source."""

    published: str | None
    source: str


#: How far into the cleaned text the lead (where the day of the report is told) reaches.
LEAD_CHARS = 1200


def publication_date(
    clean: CleanText,
    mentions: Sequence[DateMention],
    given: str | None = None,
    given_source: str = "record",
) -> Publication:
    """The publication date of one cleaned article."""
    from vnextract.recognizers.dates import parse_dateline

    if given:
        return Publication(given, given_source)
    text = clean.text
    lead = text[:LEAD_CHARS]
    day_month: tuple[int, int] | None = None
    weekday: int | None = None
    for line in lead.split("\n")[:8]:
        dm = parse_dateline(line)
        if dm is not None:
            day_month = dm
            break
    if day_month is None:
        for m in mentions:
            if m.start > LEAD_CHARS:
                break
            if m.kind == "date" and m.year is None and m.day and m.month:
                day_month = (m.day, m.month)
                weekday = m.weekday
                break
    else:
        for m in mentions:
            if (
                m.kind == "date"
                and m.day == day_month[0]
                and m.month == day_month[1]
                and m.weekday is not None
            ):
                weekday = m.weekday
                break

    if clean.header_date:
        hy, hm = (int(x) for x in clean.header_date.split("-")[:2])
        if day_month is not None and day_month[1] in (hm, hm - 1 if hm > 1 else 12):
            year = hy - 1 if day_month[1] > hm else hy
            # the header gives the year, the dateline the day: the day is the dateline's
            return Publication(_iso(year, day_month[1], day_month[0]), "dateline")
        return Publication(clean.header_date, "header")
    if day_month is None:
        return Publication(None, "unknown")
    day, month = day_month
    found = _year_of(day, month, weekday, mentions)
    if found is None or not _valid(found, month, day):
        return Publication(None, "unknown")
    year = found
    if not _valid(year, month, day):
        return Publication(None, "unknown")
    # the day comes from the dateline or the lead, the year from the text
    return Publication(_iso(year, month, day), "inferred")


def _year_of(
    day: int, month: int, weekday: int | None, mentions: Sequence[DateMention]
) -> int | None:
    """The year of a day-month publication date, deduced from the dates of the text.

    With a weekday, the year where the day falls on it, nearest the years the
    text speaks of. Otherwise the latest year mentioned that keeps the story
    consistent: every date told as past is not after the publication day,
    every date told as future is not before it.
    """
    from vnextract.recognizers.dates import infer_year, years_for_dating

    dated = [m for m in mentions if m.kind == "date" and m.year is not None]
    # the present is among the years told as past; future ones and horizons (`d'ici 2025`,
    # `jusqu'en 2030`) only when the text tells of nothing else
    past_years = set(years_for_dating(dated))
    # with nothing told as past, a period the article refers to ends near the present
    # (`pour la période 2019-2020`, with targets `d'ici 2025`); only then targets
    period_ends = {m.end_year for m in mentions if m.kind == "period" and m.end_year is not None}
    years = sorted(
        past_years or period_ends or {m.year for m in dated if m.year is not None}, reverse=True
    )
    if weekday is not None:
        return infer_year(day, month, weekday, years)
    # horizons count as future when checking that a year keeps the story consistent
    ahead = {id(m) for m in dated if not years_for_dating([m])}
    for year in years:
        pub = (year, month, day)
        if all(_consistent(m, pub, id(m) in ahead) for m in dated):
            return year
    # nothing fits: the report came out early in the year after the latest one told
    # (`Hanoï, 5 janvier` reporting figures `au 31 décembre 2022`)
    if years and all(_consistent(m, (years[0] + 1, month, day), id(m) in ahead) for m in dated):
        return years[0] + 1
    return years[0] if years else None


def _consistent(m: DateMention, pub: tuple[int, int, int], ahead: bool) -> bool:
    """Whether a date told in the text fits a publication day (`ahead`: told as future)."""
    assert m.year is not None
    if m.month is None and m.part == "fin":
        # `à la fin de 2021` is told after the autumn of 2021
        lo, hi = (m.year, 10, 1), (m.year, 12, 31)
    elif m.month is None:
        # a year told as past (`en 2019, le portail a reçu ...`) is hardly told in its own
        # January: a dispatch of `3 janvier` reporting `en 2019` is from January 2020
        lo, hi = (m.year, 2, 1), (m.year, 12, 31)
    elif m.day is None:
        lo, hi = (m.year, m.month, 1), (m.year, m.month, 31)
    else:
        lo = hi = (m.year, m.month, m.day)
    return hi >= pub if ahead else lo <= pub


def _iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")


def normalize_given(value: str | None) -> str | None:
    """An ISO date from metadata (`2021-03-10T08:00:00+07:00` -> `2021-03-10`), else None."""
    if not value:
        return None
    m = _ISO.match(value.strip())
    return m.group(0) if m else None
