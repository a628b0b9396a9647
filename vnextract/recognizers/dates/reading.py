"""Reading a matched span's tokens: day, month, year, weekday, period bounds,
quarters and relative offsets, at the precision written (`_Fields`)."""

from __future__ import annotations

import datetime as _dt
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from vnextract.recognizers.dates.lexicon import DateLexicon
from vnextract.recognizers.dates.mention import Kind, Precision


def _two_digit_year(value: str) -> int:
    y = int(value)
    if len(value) == 4:
        return y
    # Two-digit years in news copy are this century unless clearly older.
    return 2000 + y if y < 70 else 1900 + y


_NUM_DMY = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})$")
_NUM_YMD = re.compile(r"^(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})$")
_NUM_MY = re.compile(r"^(\d{1,2})/(\d{4})$")
_NUM_DM = re.compile(r"^(\d{1,2})/(\d{1,2})$")


@dataclass
class _Fields:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    kind: Kind = "date"
    subperiod: str | None = None
    end_year: int | None = None
    end_month: int | None = None
    relative: str | None = None
    offset_years: int | None = None
    offset_months: int | None = None
    numeric_day_month: bool = False
    bare_year: bool = False
    month_alone: bool = False
    bare_relative: bool = False  # `l'année` alone: a date only after a part word


def _read_tokens(tokens: Sequence[Any], lex: DateLexicon) -> _Fields:
    """Day, month, year and weekday from the tokens of a DMY/MY/M/Y span."""
    f = _Fields()
    for tok in tokens:
        low = tok.lower_.replace("’", "'")
        if low in lex.weekdays and f.weekday is None and f.day is None:
            f.weekday = lex.weekdays[low]
        elif f.month is None and f.day is None and (low.isdecimal() and len(low) <= 2):
            f.day = int(low)
        elif f.month is None and f.day is None and low in lex.first_day:
            f.day = 1
        elif f.month is None and low in lex.months:
            f.month = lex.months[low]
        elif f.month is None and low.rstrip(".") in lex.months:
            f.month = lex.months[low.rstrip(".")]
        elif low.isdecimal() and len(low) == 4:  # not isdigit: int("²") fails
            f.year = int(low)
        elif low in lex.relative_after:
            f.relative = low
    return f


def _low(token: Any) -> str:
    return str(token.lower_).replace("’", "'")


def _relative_offset(words: Sequence[str], lex: DateLexicon) -> tuple[int, str | None]:
    """The offset a relative expression's last word gives, and that word if any."""
    last = words[-1] if words else ""
    if last in lex.relative_after:
        return (1 if last in lex.future_after else -1), last
    if last in lex.previous_after:
        return -1, last
    return 0, None


def _read_relative(tokens: Sequence[Any], lex: DateLexicon) -> _Fields | None:
    """`cette année`, `l'an dernier`, `mois prochain`, `l'année en cours`, `l'année`, `le 3 de
    ce mois` (day 3 of the publication month)."""
    words = [_low(t) for t in tokens]
    nouns = [w for w in words if w in lex.relative_nouns]
    if len(nouns) != 1:
        return None
    f = _Fields()
    offset, f.relative = _relative_offset(words, lex)
    if nouns[0] in lex.month_nouns:
        f.offset_months = offset
        if words[0].isdecimal():
            # `le 3 de ce mois`, `le 20 du mois dernier`: a day of the month counted
            f.day = int(words[0])
        elif words[0] in lex.first_day:
            f.day = 1
    else:
        f.offset_years = offset
    f.bare_relative = f.relative is None and len(words) <= 2 and words[0] not in lex.this_words
    return f


def _read_year_tail(words: Sequence[str], lex: DateLexicon, f: _Fields, this_year: bool) -> None:
    """The year after a quarter or `six premiers mois`: `de 2020`, `de l'an dernier`, none."""
    if words and words[0] == "de":
        words = words[1:]
    for w in words:
        if len(w) == 4 and w.isdecimal():
            f.year = int(w)
            return
    if words or this_year:
        f.offset_years, f.relative = _relative_offset(words, lex)


def _read_first_months(tokens: Sequence[Any], lex: DateLexicon) -> _Fields | None:
    """`sept premiers mois de 2023` -> month 7 of 2023; `six premiers mois` -> 6, this year."""
    words = [_low(t) for t in tokens]
    at = next((i for i, w in enumerate(words) if w in lex.month_nouns), 0)
    head = words[0]
    if at == 1 and head == "premier":
        n = 1
    elif at == 2 and head in lex.month_counts:
        n = lex.month_counts[head]
    elif at == 2 and head.isdecimal():
        n = int(head)
    else:
        return None
    if not 1 <= n <= 12:
        return None
    f = _Fields(month=n)
    _read_year_tail(words[at + 1 :], lex, f, this_year=True)
    return f


def _read_span(label: str, span: Any, lex: DateLexicon) -> _Fields | None:
    tokens = list(span)
    if label == "REL":
        return _read_relative(tokens, lex)
    if label == "YTD":
        return _read_first_months(tokens, lex)
    if label in ("DMY", "MY", "M", "Y"):
        f = _read_tokens(tokens, lex)
        f.bare_year = label == "Y"
        f.month_alone = label == "M"
        words = [_low(t) for t in tokens]
        if label in ("M", "DMY") and "de" in words:
            # `mars de l'an dernier`, `le 5 mars de l'an dernier` (joined in matching): the
            # month of the year told after it
            f.relative = None
            _read_year_tail(words[words.index("de") :], lex, f, this_year=False)
        return f
    if label == "NUM":
        f = _Fields()
        if tokens and tokens[0].lower_ in lex.weekdays:
            f.weekday = lex.weekdays[tokens[0].lower_]
            tokens = tokens[1:]
        text = "".join(t.text_with_ws for t in tokens).strip()
        if " " in text:
            return None
        if m := _NUM_YMD.match(text):
            f.year, f.month, f.day = int(m[1]), int(m[3]), int(m[4])
        elif m := _NUM_DMY.match(text):
            f.day, f.month, f.year = int(m[1]), int(m[3]), _two_digit_year(m[4])
        elif m := _NUM_MY.match(text):
            f.month, f.year = int(m[1]), int(m[2])
        elif m := _NUM_DM.match(text):
            f.day, f.month = int(m[1]), int(m[2])
            f.numeric_day_month = True
        else:
            return None
        return f
    if label == "PERIOD":
        f = _Fields(kind="period")
        years: list[int] = []
        months: list[int] = []
        for tok in tokens:
            low = tok.lower_
            if low in lex.month_names:
                months.append(lex.months[low])
            for piece in re.findall(r"\d+", low):
                if len(piece) == 4:
                    years.append(int(piece))
                elif len(piece) == 2 and years:
                    # `2021-25`: the century of the first year; `2019-12` is a month.
                    short = int(piece)
                    if short <= years[0] % 100:
                        if short <= 12 and len(years) == 1 and len(months) == 0:
                            return _Fields(year=years[0], month=short)
                        return None
                    years.append(years[0] - years[0] % 100 + short)
        if months:
            if len(months) != 2:
                return None
            f.month, f.end_month = months
            f.year = years[0] if years else None
            f.end_year = years[-1] if years else None
            if len(years) == 1 and f.year is not None:
                f.year = f.end_year  # `de janvier à mars 2021`: one year for both
            return f
        if len(years) != 2 or years[1] < years[0]:
            return None
        f.year, f.end_year = years
        return f
    if label == "SUB":
        f = _Fields()
        rank, unit = None, None
        for k, tok in enumerate(tokens):
            low = tok.lower_
            if rank is None and low in lex.sub_ordinals:
                rank = lex.sub_ordinals[low]
            elif low in lex.sub_units:
                unit = lex.sub_units[low]
                # `de 2020`, `de l'année dernière` (see `matching._join_year_tails`)
                _read_year_tail([_low(t) for t in tokens[k + 1 :]], lex, f, this_year=False)
                break
        if rank is None or unit is None:
            return None
        count = 4 if unit == "Q" else 2
        rank = count if rank == -1 else rank
        if not 1 <= rank <= count:
            return None
        f.subperiod = f"{unit}{rank}"
        return f
    return _read_with_dateparser(span.text)


def _read_with_dateparser(text: str) -> _Fields | None:
    """Read a span of a user-added pattern with dateparser, at the precision written.

    Settings never depend on the clock or the zone: a fixed relative base, UTC,
    and REQUIRE_PARTS tried from finest to coarsest so that precision is what
    the text gives.
    """
    import dateparser

    base = _dt.datetime(2000, 1, 1)
    attempts: list[tuple[list[str], Precision]] = [
        (["day", "month", "year"], "day"),
        (["month", "year"], "month"),
        (["year"], "year"),
    ]
    for parts, precision in attempts:
        settings: Any = {
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "PREFER_DAY_OF_MONTH": "first",
            "DATE_ORDER": "DMY",
            "TIMEZONE": "UTC",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "REQUIRE_PARTS": parts,
        }
        with warnings.catch_warnings():
            # dateparser and its time-zone helpers emit deprecation warnings of
            # their own on newer Pythons (`utcnow`, pytz): not about the date
            # read, and not ours to fix. Only those are muted, only here.
            warnings.filterwarnings(
                "ignore", category=DeprecationWarning, module=r"(dateparser|tzlocal|pytz)\b"
            )
            parsed = dateparser.parse(text, languages=["fr"], settings=settings)
        if parsed is not None:
            if precision == "day":
                return _Fields(year=parsed.year, month=parsed.month, day=parsed.day)
            if precision == "month":
                return _Fields(year=parsed.year, month=parsed.month)
            return _Fields(year=parsed.year)
    return None
