"""Giving a mention its date: a missing year from the publication date, and relative
dates (`l'an dernier`, `le mois prochain`) counted from it with dateparser."""

from __future__ import annotations

import datetime as _dt
import functools
import re
import warnings
from typing import Any

from vnextract.recognizers.dates.lexicon import load_lexicon
from vnextract.recognizers.dates.mention import DateMention, _days_in_month, _iso, _valid

# --------------------------------------------------------------------------
# Giving a year


_ISO_IN = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def _parse_published(published: str | None) -> tuple[int, int | None, int | None] | None:
    if not published:
        return None
    m = _ISO_IN.match(published)
    if not m:
        return None
    year = int(m[1])
    month = int(m[2]) if m[2] else None
    day = int(m[3]) if m[3] else None
    if month is not None and not 1 <= month <= 12:
        month, day = None, None
    if day is not None and month is not None and not 1 <= day <= _days_in_month(year, month):
        day = None
    return year, month, day


def _reference_day(year: int, month: int | None, day: int | None) -> _dt.date:
    """A single day standing for a publication date known at coarser precision."""
    if month is None:
        return _dt.date(year, 7, 2)
    return _dt.date(year, month, day if day is not None else 15)


def _weekday_year(
    month: int, day: int, weekday: int, ref: _dt.date, future: bool, span: int = 40
) -> int | None:
    best: tuple[int, int, int] | None = None
    for year in range(ref.year - span, ref.year + span + 1):
        if not _valid(year, month, day):
            continue
        d = _dt.date(year, month, day)
        if d.weekday() != weekday:
            continue
        delta = (d - ref).days
        # Equal distances: the side the text speaks of wins.
        wrong_side = int(delta < 0) if future else int(delta > 0)
        key = (abs(delta), wrong_side, year)
        if best is None or key < best:
            best = key
    return best[2] if best else None


#: The last month of a quarter or a half-year: what a figure told for it is dated by.
_SUBPERIOD_END = {"Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12}


def resolve(m: DateMention, published: str | None, future: bool | None = None) -> str | None:
    """The ISO 8601 date a mention stands for, at the precision written.

    Args:
        m: a mention from `find_dates`.
        published: the publication date, ISO 8601 at any precision (`2021`,
            `2021-03`, `2021-03-10`); used only when the mention has no year.
        future: whether the text speaks of the future; defaults to `m.future`.

    Returns:
        `2019-12-09`, `2019-11` or `2020` (a quarter or half-year: its last month, `2023-06`
        for `le premier semestre 2023`); None for periods, for mentions with
        neither year nor month, and when no year can be found. A mention
        without a year takes the most recent year that puts it not after
        `published`, or, in the future, the first that puts it on or after it;
        a written weekday must agree with the year (the agreeing year whose
        date is closest to `published` is taken). A relative date counts its
        offset from `published` (`l'an dernier` -> the year before, `le mois
        prochain` -> the month after, which needs `published` to give the
        month); without `published` it is None.
    """
    if m.kind == "period":
        return None
    if m.year is not None:
        if not _valid(m.year, m.month, m.day):
            return None
        if m.month is None and m.subperiod in _SUBPERIOD_END:
            # `au premier semestre 2023` is dated by the period's end (FACTS.md 6): `2023-06`
            return _iso(m.year, _SUBPERIOD_END[m.subperiod], None)
        return _iso(m.year, m.month, m.day)
    if m.offset_years is not None or m.offset_months is not None:
        return _resolve_relative(m, published, m.future if future is None else future)
    if m.month is None:
        # A quarter without a year (`au premier trimestre`): its end, in the year it falls in.
        if m.subperiod is None:
            return None
        pub = _parse_published(published)
        if pub is None:
            return None
        fut = m.future if future is None else future
        return _iso(
            _year_for_subperiod(m.subperiod, pub, fut), _SUBPERIOD_END.get(m.subperiod), None
        )
    pub = _parse_published(published)
    if pub is None or not _valid(None, m.month, m.day):
        return None
    fut = m.future if future is None else future
    py, pm, pd = pub
    if m.day is not None and m.weekday is not None:
        year = _weekday_year(m.month, m.day, m.weekday, _reference_day(py, pm, pd), fut)
        return None if year is None else _iso(year, m.month, m.day)
    # `mars dernier` is before the month it is written in, `mars prochain` after.
    strict = m.relative is not None
    if m.relative is not None and m.relative not in load_lexicon().future_after:
        fut = False
    year = py
    if pm is None and strict:
        # with the year alone known, `décembre dernier` is no December of that year (no month of
        # it comes after December), nor is `janvier prochain` its January
        if not fut and m.month == 12:
            year = py - 1
        elif fut and m.month == 1:
            year = py + 1
    if pm is not None:
        if m.day is not None and pd is not None:
            mention_key, pub_key = (m.month, m.day), (pm, pd)
        else:
            mention_key, pub_key = (m.month, 0), (pm, 0)
        if fut:
            after = mention_key > pub_key if strict else mention_key >= pub_key
            year = py if after else py + 1
        else:
            before = mention_key < pub_key if strict else mention_key <= pub_key
            year = py if before else py - 1
    if m.day is not None:
        step = 1 if fut else -1
        while not _valid(year, m.month, m.day):  # 29 February: the nearest leap year
            year += step
    return _iso(year, m.month, m.day)


def _resolve_relative(m: DateMention, published: str | None, fut: bool) -> str | None:
    """`resolve` for a mention with `offset_years` or `offset_months`."""
    pub = _parse_published(published)
    if pub is None:
        return None
    py, pm, _ = pub
    if m.offset_months is not None:
        if pm is None:
            return None  # `le mois dernier` of an article dated `2021` only
        ahead = months_ahead(_offset_phrase(m.offset_months, "mois", "mois"))
        if ahead is None:
            return None
        year, month = divmod(py * 12 + pm - 1 + ahead, 12)
        if not _valid(year, month + 1, m.day):
            return None  # (`le 31 de ce mois` in a month of 30 days)
        return _iso(year, month + 1, m.day)
    offset = m.offset_years or 0
    if offset == 0 and m.subperiod is not None:
        # `au premier semestre de l'année`: as `au premier semestre`
        return _iso(
            _year_for_subperiod(m.subperiod, pub, fut), _SUBPERIOD_END.get(m.subperiod), None
        )
    ahead = months_ahead(_offset_phrase(offset, "an", "ans"))
    if ahead is None:
        return None
    year = py + ahead // 12
    if offset == 0 and m.month is not None and pm is not None and m.month > pm and not fut:
        # `les onze premiers mois` told in January are last year's (FACTS.md 6.1)
        year -= 1
    if (
        offset == 0
        and m.month is None
        and m.part == "fin"
        and pm is not None
        and pm <= 2
        and not fut
    ):
        # `à la fin de l'année` told as past in January or February: the year just ended
        year -= 1
    # (a day of that year's month: `le 5 mars de l'an dernier`)
    day = m.day if m.month is not None else None
    if not _valid(year, m.month, day):
        return None
    return _iso(year, m.month, day)


def _offset_phrase(n: int, unit: str, units: str) -> str:
    """The plain French for a mention's offset, which dateparser reads (`il y a 1 an`).

    The mention's own words are not given to dateparser: it reads `l'année
    dernière` but not `l'an dernier`, `mois dernier` or `l'année passée`, which
    the patterns find as well.
    """
    if n == 0:
        return "maintenant"
    word = unit if abs(n) == 1 else units
    return f"dans {n} {word}" if n > 0 else f"il y a {-n} {word}"


#: The day relative expressions are counted from in `months_ahead`: mid-month, so that
#: no month-end clamping (31 March - 1 month) blurs the count.
_BASE = _dt.datetime(2000, 1, 15)


@functools.lru_cache(maxsize=256)
def months_ahead(expression: str) -> int | None:
    """How many months from the day it is said a French relative expression points to.

    Read by dateparser against a fixed base date (`RELATIVE_BASE`), so the answer
    depends on the words only, and is kept per string: `l'année dernière` -> -12,
    `le mois prochain` -> 1, `il y a trois mois` -> -3, `dans 1 an` -> 12,
    `cette année` -> 0. None when dateparser does not read it.
    """
    import dateparser

    settings: Any = {
        "RELATIVE_BASE": _BASE,
        "TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    with warnings.catch_warnings():
        # dateparser's time-zone helpers warn about deprecations of their own on
        # newer Pythons (`utcnow`, pytz); only those are muted, only here.
        warnings.filterwarnings(
            "ignore", category=DeprecationWarning, module=r"(dateparser|tzlocal|pytz)\b"
        )
        parsed = dateparser.parse(expression, languages=["fr"], settings=settings)
    if parsed is None:
        return None
    return (parsed.year - _BASE.year) * 12 + parsed.month - _BASE.month


def relative_date(expression: str, published: str | None) -> str | None:
    """The month a French relative expression points to, counted from a publication date.

    Args:
        expression: `il y a trois mois`, `le mois prochain`, `l'année dernière`...
            (what dateparser reads, see `months_ahead`).
        published: the publication date, ISO 8601 with at least the month.

    Returns:
        `YYYY-MM`, or None when the expression is not read or the publication
        month is unknown. A duration (`il y a deux ans`) is not the date of a
        fact (FACTS.md section 6): `find_dates` does not report it; this only
        says where it points.
    """
    pub = _parse_published(published)
    ahead = months_ahead(" ".join(expression.split()))
    if pub is None or pub[1] is None or ahead is None:
        return None
    year, month = divmod(pub[0] * 12 + pub[1] - 1 + ahead, 12)
    return _iso(year, month + 1, None) if _valid(year, None, None) else None


def _year_for_subperiod(sub: str, pub: tuple[int, int | None, int | None], fut: bool) -> int:
    py, pm, _ = pub
    if pm is None:
        return py
    first_month = (int(sub[1]) - 1) * (3 if sub[0] == "Q" else 6) + 1
    if fut:
        return py if first_month >= pm - (2 if sub[0] == "Q" else 5) else py + 1
    return py if first_month <= pm else py - 1
