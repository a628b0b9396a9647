"""What the dates of an article say about its own date: the dateline
(`Hanoï, 10 mars (VNA)`) and the year of an article dated by day and month only
(FACTS.md section 5)."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Sequence

from vnextract.recognizers.dates.lexicon import _regexes, load_lexicon
from vnextract.recognizers.dates.mention import DateMention, _valid


def infer_year(
    day: int, month: int, weekday: int | None, years_in_text: Sequence[int]
) -> int | None:
    """The year of an article dated only by day and month (FACTS.md section 5).

    Args:
        day, month: from the dateline.
        weekday: 0=Monday..6=Sunday when a weekday is written next to the date.
        years_in_text: explicit years mentioned by the article; past ones only,
            ideally (see `years_for_dating`).

    Returns:
        Without a weekday, the latest year mentioned (in which the day exists).
        With one, the latest mentioned year in which day/month falls on that
        weekday, else the agreeing year nearest the latest one mentioned
        (later on ties: an article comes after what it reports). None when no
        year is mentioned or the day/month does not exist.
    """
    years = sorted({y for y in years_in_text if isinstance(y, int) and 1000 <= y <= 2999})
    if not years or not _valid(None, month, day):
        return None
    if weekday is None:
        fitting = [y for y in years if _valid(y, month, day)]
        return fitting[-1] if fitting else years[-1]

    def agrees(y: int) -> bool:
        return _valid(y, month, day) and _dt.date(y, month, day).weekday() == weekday

    mentioned = [y for y in years if agrees(y)]
    if mentioned:
        return mentioned[-1]
    latest = years[-1]
    candidates = [y for y in range(years[0] - 30, latest + 31) if agrees(y)]
    if not candidates:
        return None
    return min(candidates, key=lambda y: (abs(y - latest), -y))


# Cues after which a bare year is usually a horizon, not something reported.
# (`d'ici 2025` is a horizon, and so future, unless its clause tells what was done by then)
_FORWARD_CUES = frozenset({"jusqu'en", "jusqu'à", "pour", "horizon", "vers", "avant"})


#: The end of a period that is now, right after its start (`de 2011 à nos jours`, `Du 1er
#: juillet 2025 à aujourd'hui`): that start tells no present and dates no figure. It matches
#: lower-cased text with its accents and the same text folded (`a`, `jusqu.au`).
UP_TO_NOW = re.compile(
    r"\s*(?:à|a|jusqu.(?:à|a|au))\s+(?:nos jours|aujourd.hui|présent|present|maintenant|ce jour)\b"
)


def years_for_dating(mentions: Iterable[DateMention]) -> list[int]:
    """The years of an article's mentions that can date it (input to `infer_year`).

    Periods, mentions in the future and horizons (`jusqu'en 2030`, `pour 2025`)
    are left out: an article is dated after what it reports, not after its targets.
    """
    out = []
    for m in mentions:
        if m.kind != "date" or m.year is None or m.future:
            continue
        if m.precision == "year" and m.cue in _FORWARD_CUES:
            continue
        out.append(m.year)
    return out


_CUT = re.compile(r"^\s*Voir plus\s*$", re.MULTILINE)


def parse_dateline(text: str) -> tuple[int, int] | None:
    """Day and month of a news-agency dateline: `Hanoï, 10 mars (VNA) -` -> (10, 3).

    Only the first agency mark before `Voir plus` counts: `Hanoi (VNA) -` gives
    None even when a teaser further down has a dated dateline.
    """
    if not isinstance(text, str):
        return None
    cut = _CUT.search(text)
    if cut:
        text = text[: cut.start()]
    lex = load_lexicon()
    rx = _regexes(lex)
    first = rx.agency.search(text)
    if first is None:
        return None
    line_start = text.rfind("\n", 0, first.start()) + 1
    m = rx.dateline.search(text, line_start, first.end())
    if m is None or m.end("agency") != first.end():
        return None
    raw_day = m["day"].lower()
    day = 1 if not raw_day.isdigit() else int(raw_day)
    month = lex.months.get(m["month"].lower().replace("’", "'").rstrip(".")) or lex.months.get(
        m["month"].lower()
    )
    if month is None or not _valid(None, month, day):
        return None
    return day, month
