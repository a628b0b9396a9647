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
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from vnextract.resources import load_toml

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
    """The publication date of one cleaned article, from the best evidence it holds."""
    if given:
        return Publication(given, given_source)
    # (a year an index or a report is published for is its edition's, told as past: `l'indice
    # DTI des provinces publié pour 2022`, not a horizon like `pour 2025`)
    mentions = [
        replace(m, cue="en")
        if m.cue == "pour" and _PUBLISHED_FOR.search(clean.text, max(0, m.start - 40), m.start)
        else m
        for m in mentions
    ]
    lead = clean.text[:LEAD_CHARS]
    dateline = _dateline(lead)
    if clean.header_date:
        stamped = _written_day(lead, mentions)
        if stamped is not None and stamped.startswith(clean.header_date):
            # the header's month and a stamp's whole day in it (`HANOI, Vietnam, 10 juillet
            # 2019 /PRNewswire/`): the day
            return Publication(stamped, "dateline")
        return _from_header(clean.header_date, dateline)
    byline = _byline(lead) or _written_day(lead, mentions)
    if byline is not None:
        return Publication(byline, "dateline")
    signed = _signed_document_day(clean.text, mentions)
    if signed is not None:
        return Publication(signed, "inferred")
    dated_line = _dateline_with_year(lead, dateline, mentions)
    if dated_line is not None:
        return Publication(dated_line, "dateline")
    if dateline is None:
        event_day = _lead_event_day(clean.text, mentions)
        if event_day is not None:
            return Publication(event_day, "inferred")
    day_month, weekday = dateline, None
    if day_month is None:
        day_month, weekday = _lead_day(clean.text, mentions)
    else:
        weekday = _weekday_of(day_month, mentions)
    # the years a goal governs date nothing, nor the start of a period up to now (`de 2011 à
    # nos jours`) or a year compared with (`par rapport à la moyenne de 2003`)
    aimed = _not_goals(clean.text, mentions)
    told = _not_bounds(clean.text, aimed)
    # the first years of the plans told of, a goal's plan too (`l'objectif fixé par la
    # Stratégie ... pour la période 2021-2025`)
    plans, reported = _plan_starts(clean.text, mentions)
    # (no older than the things it names: `le Projet 06` is of 2022)
    floor = _named_since(clean.text)
    if day_month is not None:
        day, month = day_month
        # a goal's year is ahead of the day: it keeps the story consistent, never dates it
        goals = [m for m in mentions if all(m is not t for t in aimed)]
        in_force = frozenset(
            id(m)
            for m in mentions
            if _IN_FORCE.search(before := clean.text[max(0, m.start - 40) : m.start].lower())
            and not _IN_FORCE_PAST.search(before)
            and not _opening_in_force_done(clean.text, m)
        )
        # a year whose totals are told (`En 2022, la ville a reçu 2,3 millions de dossiers`) is
        # over, or nearly
        closed = frozenset(id(m) for m in mentions if _year_totalled(clean.text, m))
        year = _year_of(day, month, weekday, told, goals, in_force, plans, floor, closed)
        if year is None and weekday is not None:
            # `ce jeudi 14 août`, the only year a compared one (`par rapport à la période
            # précédant le 1er juillet 2024`): the weekday still finds the year near it
            year = _year_of(day, month, weekday, mentions, goals, in_force, plans, floor, closed)
        if year is not None and _valid(year, month, day):
            # the day comes from the dateline or the lead, the year from the text
            return Publication(_iso(year, month, day), "inferred")
    spoken = (
        _spoken_from(told, clean.text, reported)
        or _after_compared(clean.text, aimed)
        or _start_ahead(clean.text, mentions)
    )
    if spoken and floor and int(spoken[:4]) < floor:
        spoken = f"{floor:04d}"
    return Publication(spoken, "inferred") if spoken else Publication(None, "unknown")


def _dateline(lead: str) -> tuple[int, int] | None:
    """Day and month of the agency dateline among the first lines of the text."""
    from vnextract.recognizers.dates import parse_dateline

    for line in lead.split("\n")[:8]:
        dm = parse_dateline(line)
        if dm is not None:
            return dm
    return None


def _dateline_with_year(
    lead: str, dateline: tuple[int, int] | None, mentions: Sequence[DateMention]
) -> str | None:
    """The whole day of a dateline that writes its year (`Hanoï, 20 mai 2024 (VNA) -`)."""
    if dateline is None:
        return None
    first_line_end = next((m.end() for m in re.finditer(r"\((?:VNA|AVI|CVN|VNS)\b", lead)), 0)
    for m in mentions:
        written = m.kind == "date" and m.year is not None and (m.day, m.month) == dateline
        if written and m.start < first_line_end and m.year and _valid(m.year, *dateline[::-1]):
            return _iso(m.year, dateline[1], dateline[0])
    return None


#: A report or an index published for a year, up to the year (`publié pour `).
_PUBLISHED_FOR = re.compile(r"\bpubli(?:é|ée|és|ées)\s+pour\s*$", re.IGNORECASE)

#: Cues of a horizon: its date tells nothing of when the text was written.
_HORIZON_CUES = frozenset({"d'ici", "horizon", "au plus tard", "jusqu'en", "pour", "vers"})

#: A day that starts a span going on to another date (`du 1er juillet au 22 août`).
_SPAN_GOES_ON = re.compile(r"\s*(?:au|à|a|jusqu'au|jusqu’au)\s+\d")


def _started_in_past(text: str, m: DateMention) -> bool:
    """Whether a start is told as done (`à compter du 1er juillet 2025, le département a
    officiellement organisé ...`): its clause goes on in the passé composé."""
    return _DONE_SINCE.match(text[m.end : m.end + 120].lower()) is not None


#: A verb in the passé composé (`a officiellement organisé`, `ont pu`, `a été lancé`).
_PASSE_COMPOSE = r"\b(?:a|ont)\s+(?:\w+ment\s+)?(?:été\s+)?\w+(?:é|ée|és|ées|i|is|u|us|it)\b"
#: A clause in the passé composé right after a date (`, le département a officiellement
#: organisé`, `, les citoyens ont pu`).
_DONE_SINCE = re.compile(r"\s*,\s*[^.;:,]{0,100}?" + _PASSE_COMPOSE)
#: A transcript's speaker opening a paragraph (`Journaliste :`, `Dr Ha Anh Duc : `).
_SPEAKER = re.compile(r"[ \t]*[A-ZÀ-Ý][^\n:.;,()]{1,50}?\s?:\s")
#: The first day of a span whose month is told with its last (`du 14 au 15 juillet`).
_SPAN_FIRST_DAY = re.compile(r"\bdu\s+(\d{1,2})(?:er)?\s+au\s*$", re.IGNORECASE)


def _opening_weekday(lead: str) -> int | None:
    """The weekday a lead tells a meeting opened on, if any (`a commencé jeudi`)."""
    from vnextract.recognizers.dates import load_lexicon

    m = _opened_on().search(lead.lower().replace("’", "'"))
    return load_lexicon().weekdays.get(m.group(1)) if m else None


@cache
def _opened_on() -> re.Pattern[str]:
    """`a commencé jeudi`: a meeting's opening verb (data/published.toml), then a word."""
    return re.compile(rf"\b(?:{_alternation('opened_on')})\s+(?:ce\s+)?(\w+)")


#: A day told as recurring every year (`le 10 octobre de chaque année`).
_EVERY_YEAR = re.compile(r"\s*(?:de\s+)?(?:chaque\s+année|tous\s+les\s+ans)\b", re.IGNORECASE)
#: An entry into force, before its date (`Entrée en vigueur le 1er juillet 2024`, `prendra
#: effet le`): a start, told ahead of the news as often as behind it.
_IN_FORCE = re.compile(
    r"\b(?:en vigueur|effet|effective|applicable|appliquée?s?)\s+(?:le|dès le|à partir du|"
    r"à compter du|au|du)?\s*$"
)

#: ... unless told as done: a participle set after a comma, or a passé composé (`La loi sur
#: l'identité, entrée en vigueur le 1er juillet 2024, a permis ...`, `est entrée en vigueur le`).
_IN_FORCE_PAST = re.compile(
    r"(?:,\s*|\b(?:est|sont|était|étaient)\s+)entrée?s? en vigueur\s+(?:le|dès le)?\s*$"
)

#: A participle opening its sentence (`Entré en vigueur le 1er juillet 2024, le décret ...`)
#: and, in the rest of the sentence, a present told as now or a passé composé (`permet
#: désormais`, `a permis`): the entry into force is done. (With a future, `permettra`, it may
#: lie ahead.)
_OPENING_IN_FORCE = re.compile(r"(?:^|[.!?\n]\s*)entrée?s? en vigueur\s+(?:le|dès le)?\s*$")
_DONE_NOW = re.compile(r"\bdésormais\b|" + _PASSE_COMPOSE)


def _opening_in_force_done(text: str, m: DateMention) -> bool:
    """Whether an entry into force told by a participle opening its sentence is done."""
    if not _OPENING_IN_FORCE.search(text[max(0, m.start - 60) : m.start].lower()):
        return False
    end = min((i for i in (text.find(c, m.end) for c in ".!?\n") if i >= 0), default=len(text))
    return _DONE_NOW.search(text[m.end : end].lower()) is not None


#: A document named with its date (`le décret du 15 avril`, `la décision n° 45 du 2 mars`).
_DOCUMENT_DATE = re.compile(
    r"\b(?:décrets?|décisions?|résolutions?|circulaires?|lois?|directives?|dépêches?|"
    r"arrêtés?|plans?|ordonnances?)\b[^.;:]{0,40}\b(?:du|en date du|daté(?:e)? du)\s*$"
)


def _from_header(header: str, dateline: tuple[int, int] | None) -> Publication:
    """The scraper's ` date` header: its day when it has one, else its month and the dateline's day.

    Only an agency dateline gives the day: a day told in the lead may be the event's, days
    before the dispatch, and a wrong day is worse than the month.
    """
    if len(header) == len("YYYY-MM-DD"):
        return Publication(header, "header")
    hy, hm = (int(x) for x in header.split("-")[:2])
    if dateline is not None and dateline[1] in (hm, hm - 1 if hm > 1 else 12):
        day, month = dateline
        year = hy - 1 if month > hm else hy
        if _valid(year, month, day):
            return Publication(_iso(year, month, day), "dateline")
    return Publication(header, "header")


#: A date printed with the outlet's or author's name above the text (`Báo Thanh niên•19/09/2024`,
#: `PHẠM ĐÔNG 06/01/2026 09:27 (GMT+7)`): a short line holding a numeric day/month/year.
_BYLINE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?!\d)")
_BYLINE_MAX_LINE = 80
_BYLINE_LINES = 12


def _byline(lead: str) -> str | None:
    """The day of a byline in the first lines: a short line with a numeric date, no sentence."""
    for line in lead.split("\n")[:_BYLINE_LINES]:
        line = line.strip()
        if not line or len(line) > _BYLINE_MAX_LINE:
            continue
        if ". " in line:
            continue
        m = _BYLINE.search(line)
        if m is not None:
            day, month, year = int(m[1]), int(m[2]), int(m[3])
        else:
            e = _english_byline().search(line.lower())
            if e is None or not _BYLINE_TIME.search(line):
                continue
            month = _byline_months().index(e[1]) + 1
            day, year = int(e[2]), int(e[3])
        if _valid(year, month, day):
            return _iso(year, month, day)
    return None


def _written_day(lead: str, mentions: Sequence[DateMention]) -> str | None:
    """A whole day written as a page's stamp in its first lines: a line that is little but the
    date (`Lundi 12 mars 2021`, `Publié le 12 mars 2021`, `12 mars 2021 | 15h30`), or a date
    opening the body like a dateline (`Hanoi, le 5 mai 2021 - `, `HANOI, Vietnam, 10 juillet
    2019 /PRNewswire/ --`)."""
    for m in mentions:
        if m.start >= min(len(lead), _STAMP_REACH):
            break
        if m.kind != "date" or m.day is None or m.month is None or m.year is None or m.future:
            continue
        line_start = lead.rfind("\n", 0, m.start) + 1
        line_end = lead.find("\n", m.end)
        line = lead[line_start : line_end if line_end >= 0 else len(lead)]
        rest = (lead[line_start : m.start] + " " + lead[m.end : line_start + len(line)]).strip()
        stamp = (
            len(line) <= _BYLINE_MAX_LINE
            and ". " not in line
            and (len(rest.split()) <= 3 or _STAMP_WORDS.search(rest.lower()) is not None)
        )
        opening = m.start - line_start <= 40 and _DATELINE_AFTER.match(lead, m.end) is not None
        if (stamp or opening) and _valid(m.year, m.month, m.day):
            return _iso(m.year, m.month, m.day)
    return None


#: How far into the text a page's stamp may be.
_STAMP_REACH = 600
#: Words of a page's stamp around its date.
_STAMP_WORDS = re.compile(
    r"\b(?:publi\w*|mis à jour|mise à jour|modifi\w*|par)\b|\d{1,2}[:h]\d{2}|\|"
)
#: What follows a date that opens the body like a dateline.
_DATELINE_AFTER = re.compile(r"\s*(?:[-–—]|/\w+/|\(\w+\))")


#: The time a byline is stamped with (`11:31`).
_BYLINE_TIME = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?!\d)")


@cache
def _byline_months() -> list[str]:
    return list(load_toml("published.toml")["byline_months"])


@cache
def _english_byline() -> re.Pattern[str]:
    """`September 18, 2018`: a byline's day written in English."""
    months = "|".join(_byline_months())
    return re.compile(rf"\b({months})\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b")


def _signed_document_day(text: str, mentions: Sequence[DateMention]) -> str | None:
    """The date of a document the lead says was just signed or issued (`vient de signer la
    directive n° 24 du 13 septembre 2025`): that day is the news the article reports."""
    cues = _cues()["just_issued"]
    for m in mentions:
        if m.start > LEAD_CHARS:
            break
        if m.kind != "date" or m.day is None or m.year is None or m.future:
            continue
        sentence_start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
        before = text[sentence_start : m.start].lower().replace("’", "'")
        if any(cue in before for cue in cues) and m.month is not None:
            return _iso(m.year, m.month, m.day)
    return None


def _lead_day(
    text: str, mentions: Sequence[DateMention]
) -> tuple[tuple[int, int] | None, int | None]:
    """The first day-month of the lead told without a year and not as future, and its weekday.

    A document's date (`selon le décret du 15 avril`) is when it was signed, not the day the
    article reports on."""
    for m in mentions:
        if m.start > LEAD_CHARS:
            break
        if m.kind == "date" and m.year is None and m.day and m.month and _told_as_news(m):
            if _DOCUMENT_DATE.search(text[max(0, m.start - 60) : m.start].lower()):
                continue
            if _SPAN_GOES_ON.match(text, m.end):
                continue  # `du 1er juillet au 22 août 2025`: the start of a span, not today
            if m.cue == "jusqu'au" and _DEADLINE_WORDS.search(_clause_of(text, m).lower()):
                continue  # `octroie un délai ... jusqu'au 31 octobre`: a deadline, no news
            if _EVERY_YEAR.match(text, m.end):
                continue  # `la Journée ... le 10 octobre de chaque année`: a day that recurs
            if _SPEAKER.match(text, text.rfind("\n", 0, m.start) + 1):
                continue  # `Dr Ha Anh Duc : Le 14 mars, ...`: an interview's answer, no news
            first = _SPAN_FIRST_DAY.search(text, max(0, m.start - 20), m.start)
            if first is not None:
                # `Ce colloque de deux jours, du 14 au 15 juillet`: a meeting's days, the news is
                # its opening, on the weekday the lead tells it opened (`a commencé jeudi`)
                return (int(first.group(1)), m.month), _opening_weekday(text[:LEAD_CHARS])
            return (m.day, m.month), m.weekday
    return None, None


def _clause_of(text: str, m: DateMention) -> str:
    """The sentence around a date, the date left out."""
    lo = max(text.rfind(c, 0, m.start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, m.end) for c in ".!?\n") if i >= 0]
    return text[lo : m.start] + text[m.end : min(ends) if ends else len(text)]


def _lead_event_day(text: str, mentions: Sequence[DateMention]) -> str | None:
    """The whole day of the event the lead reports, its year written (`Le 7 août 2025, le
    Comité populaire a publié ...`, `lors d'une conférence tenue le 25 décembre 2022`): the
    first dated day of the lead, opening its sentence or told as the day of a meeting."""
    for m in mentions:
        if m.start > _EVENT_REACH:
            break
        if m.kind != "date":
            continue
        if m.year is None and m.month is None:
            continue  # `depuis le début de l'année`: told from the day sought, no day of its own
        if m.day is None or m.month is None or m.year is None:
            return None  # the lead's first date has no whole day: not this rule's
        if not _told_as_news(m):
            return None  # the lead's first day is no day of news
        before = text[max(0, m.start - 60) : m.start]
        cut = max(before.rfind(c) for c in ".!?\n")
        bounded = cut >= 0 or m.start <= 60
        # (after an outlet's credit: `Nhân Dân - Le 9 décembre 2024, ...`, `(VOVWORLD) - Le`)
        opens = bounded and _CREDIT.sub("", before[cut + 1 :]).strip().lower() in ("", "le", "ce")
        if not (opens or _event_held().search(before.lower())):
            return None
        if not _valid(m.year, m.month, m.day):
            return None
        day = (m.year, m.month, m.day)
        if any(_later_past(o, day) for o in mentions if o is not m):
            # `Le 22 décembre 2024, le Politburo a publié ... Puis, le 18 mars 2025, ...`: a
            # later day told as past, the lead's day is background
            return None
        return _iso(*day)
    return None


#: An outlet's credit opening the lead (`Nhân Dân - `, `(VOVWORLD) – `, `VNA — `).
_CREDIT = re.compile(r"^\s*\(?[\w .'’]{2,30}\)?\s*[-–—]\s*")


def _told_as_news(m: DateMention) -> bool:
    """Whether a date can be a day of news: not told as future (`le 20 septembre` of an event
    to come), not relative (`le 9 décembre dernier`), not a start told ahead (`à compter du 27
    juin`)."""
    return not m.future and m.relative is None and m.cue not in _cues()["start_cues"]


def _later_past(m: DateMention, day: tuple[int, int, int]) -> bool:
    """Whether a whole day told as past falls after `day`."""
    if m.kind != "date" or m.year is None or m.month is None or m.day is None:
        return False
    if not _told_as_news(m):
        return False
    if m.cue in _HORIZON_CUES or (m.cue or "").startswith("jusqu"):
        return False  # `en place jusqu'au 30 juin 2017`: a bound, not a day told as past
    return (m.year, m.month, m.day) > day


#: How far into the text the lead's event may be told.
_EVENT_REACH = 700


def _weekday_of(day_month: tuple[int, int], mentions: Sequence[DateMention]) -> int | None:
    """The weekday the text writes next to the dateline's day, if any."""
    for m in mentions:
        if m.kind == "date" and (m.day, m.month) == day_month and m.weekday is not None:
            return m.weekday
    return None


@cache
def _cues() -> dict[str, frozenset[str]]:
    """The cue lists of `data/published.toml`."""
    return {k: frozenset(v) for k, v in load_toml("published.toml").items()}


def _not_bounds(text: str, mentions: Sequence[DateMention]) -> list[DateMention]:
    """The mentions that are neither the start of a period up to now (`de 2011 à nos jours`)
    nor a year compared with (`par rapport à la moyenne mensuelle de 2003`): both lie before
    the present and tell nothing of when it is. Nor the day an anniversary commemorates."""
    from vnextract.recognizers.dates import UP_TO_NOW

    out = []
    for m in mentions:
        after = text[m.end : m.end + 40].lower().replace("’", "'")
        before = text[max(0, m.start - 60) : m.start].lower().replace("’", "'")
        if UP_TO_NOW.match(after) or _COMPARED_WITH.search(before):
            continue
        if _VALID_UNTIL.search(before):
            # `une exemption de visa pour des séjours de 15 jours jusqu'au 30 juin 2021`: how
            # long a rule holds, ahead of the text as often as not
            continue
        if _ANNIVERSARY.search(text[max(0, m.start - 100) : m.start].lower()):
            # `À l'occasion du 80e anniversaire de la fête nationale (2 septembre 1945 - 2
            # septembre 2025)`: the day commemorated, near the article on either side
            continue
        out.append(m)
    return out


def _start_ahead(text: str, mentions: Sequence[DateMention]) -> str | None:
    """With only dates ahead, the year of the start the article announces, found by its weekday.

    `À partir du mardi 1er juillet, le système sera mis en service ...` with `d'ici fin 2025`
    further on: the article is written before that day, and the years it names lie ahead of it,
    so the weekday finds the start's year at or before the earliest of them (FACTS.md 5 rule 3:
    dates told as future are not before the article; a weekday decides between years).
    """
    years = [m.year for m in mentions if m.kind == "date" and m.year is not None]
    starts = _cues()["start_cues"]
    for m in mentions:
        if (
            m.kind == "date"
            and years
            and m.year is None
            and m.day is not None
            and m.month is not None
            and m.weekday is not None
            and (m.future or (m.cue in starts and not _started_in_past(text, m)))
        ):
            bound = min(years)
            # (a weekday comes back on the same day within 11 years)
            fits = [
                y
                for y in range(bound - 11, bound + 1)
                if _valid(y, m.month, m.day) and date(y, m.month, m.day).weekday() == m.weekday
            ]
            return f"{max(fits):04d}" if fits else None
    return None


def _after_compared(text: str, mentions: Sequence[DateMention]) -> str | None:
    """With no other year, the year after the latest one compared with (`a doublé par rapport
    à 2022`): a text compares with a past year, most often the one before it speaks from."""
    years = [
        m.year
        for m in mentions
        if m.kind == "date"
        and m.year is not None
        and _COMPARED_WITH.search(text[max(0, m.start - 60) : m.start].lower().replace("’", "'"))
    ]
    return f"{max(years) + 1:04d}" if years else None


#: A validity's end: a rule, an exemption or a stay that holds until a date.
_VALID_UNTIL = re.compile(
    r"\b(?:valables?|valides?|validité|exemptions?|exemptée?s?|séjours?|prolongée?s?)\b"
    r"[^.;]{0,50}\bjusqu'(?:au|à|en)\s*$"
)
#: A deadline told in the sentence of an end bound (`un délai de 2 ans ... jusqu'au 31 octobre`).
_DEADLINE_WORDS = re.compile(r"\b(?:délais?|date limite|échéance)\b")
#: An anniversary named just before a date.
_ANNIVERSARY = re.compile(r"\banniversaire\b[^.;]{0,90}$")
#: A year compared with.
_COMPARED_WITH = re.compile(r"\b(?:par rapport (?:à|au|aux)|comparée? (?:à|au|aux))\b[^.;]{0,40}$")


def _not_goals(text: str, mentions: Sequence[DateMention]) -> list[DateMention]:
    """The mentions not governed by a verb of aim told before them in their sentence (`Nous
    nous engageons à porter ce taux à 30 % en 2020`, `Le pays vise le top 70 ... en 2025`):
    such a year is ahead of the article, whatever the tense of the verb."""
    goal = _goal_verbs()
    out = []
    for m in mentions:
        lo = max(0, m.start - 120)
        # a goal's list goes on after a semicolon (`vise à fournir 500 000 comptes en 2019 ;
        # 1 million en 2020`)
        cut = max(text.rfind(c, lo, m.start) for c in ".!?\n")
        before = text[max(lo, cut + 1) : m.start].lower().replace("’", "'")
        if goal.search(before):
            continue
        if _OPENS_SENTENCE.fullmatch(before):
            # a year opening its sentence, the aim told after it (`En 2018, la ville vise à
            # porter à 50 % ...`, `Pour 2024, le ministère se fixe l'objectif de ...`)
            # (its subject and verb come first: `En 2023, elle en a traité 1,2 million, au-delà
            # de l'objectif fixé` reports what was done)
            after = text[m.end : m.end + 40].lower().replace("’", "'")
            stop = min((i for i in (after.find(c) for c in ".!?;\n") if i >= 0), default=40)
            if goal.search(after[:stop]):
                continue
        out.append(m)
    return out


#: What may open a sentence before its year (`En `, `Pour `, `Au cours de l'année `).
_OPENS_SENTENCE = re.compile(r"\s*(?:en|pour|(?:au cours de |dans )?l'ann[ée]e)?\s*")


@cache
def _event_held() -> re.Pattern[str]:
    """A lead's event held or done on the day right after (data/published.toml)."""
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in sorted(_cues()["event_held"])) + ")$")


@cache
def _goal_verbs() -> re.Pattern[str]:
    return re.compile("|".join(_cues()["goal_verbs"]))


#: An obligation in the present right before a year (`doit achever en 2025`).
_MUST_NOW = re.compile(r"\b(?:doit|doivent)\s+(?:\w+\s+){0,3}?$")


def _spoken_from(
    mentions: Sequence[DateMention], text: str = "", plans: frozenset[int] = frozenset()
) -> str | None:
    """With no day at all, the year (or month) the article speaks from (FACTS.md 5, rule 4).

    The latest year it reports as past or present, at year precision.
    """
    from vnextract.recognizers.dates import years_for_dating

    starts = _cues()["start_cues"]
    dated = [m for m in mentions if m.kind == "date" and m.year is not None]
    # `à partir de 2020`, `à partir du 1er février 2019` start a goal or a rule as often as a
    # past period: they tell no present
    past = [
        m
        for m in dated
        if years_for_dating([m]) and (m.cue not in starts or _started_in_past(text, m))
    ]
    if not past:
        # a text that dates only what starts or happens next (`entre en vigueur à compter du 1er
        # juillet 2020`, `prendra effet le 22 mai 2020`) is written near it: a day or a month of
        # a start is close to the present, a horizon (`d'ici 2030`) is not. Unknown only when no
        # such date is told (FACTS.md 5, rule 5)
        near = [m for m in dated if m.month is not None and m.cue not in _HORIZON_CUES]
        if not near:
            # `le ministère doit achever en 2025 la construction de 6 bases de données`: an
            # obligation in the present for a year, no horizon, is the year the text speaks from
            near = [
                m
                for m in dated
                if m.cue == "en"
                and m.precision == "year"
                and _MUST_NOW.search(text[max(0, m.start - 60) : m.start].lower())
            ]
        if near:
            return f"{min(m.year for m in near if m.year is not None):04d}"
        # `selon la stratégie ... pour la période 2021-2025`: a plan is news when it is adopted
        return f"{min(plans):04d}" if plans else None
    # at year precision even when the latest date is the as-of day of a report (`au 30 septembre
    # 2023`, `jusqu'à fin février dernier`): the report is written after that day, not in its
    # month, and FACTS.md 5 rule 4 gives `2023` for such an article
    year = max(m.year for m in past if m.year is not None)
    return f"{year:04d}"


def _named_since(text: str) -> int | None:
    """The first year of the latest thing the text names that exists only from a year on
    (data/published.toml `since`: `le Projet 06` is of 2022), if it names one."""
    low = text.lower()
    years = [y for words, y in load_toml("published.toml")["since"].items() if words in low]
    return max(years) if years else None


def _year_of(
    day: int,
    month: int,
    weekday: int | None,
    mentions: Sequence[DateMention],
    goals: Sequence[DateMention] = (),
    in_force: frozenset[int] = frozenset(),
    plans: frozenset[int] = frozenset(),
    floor: int | None = None,
    closed: frozenset[int] = frozenset(),
) -> int | None:
    """The year of a day-month publication date, deduced from the dates of the text.

    With a weekday, the year where the day falls on it, nearest the years the
    text speaks of. Otherwise the latest year mentioned that keeps the story
    consistent: every date told as past is not after the publication day,
    every date told as future is not before it. The years of `goals` are ahead of
    it, and are its year only when the text tells of no other. The mentions in
    `in_force` (ids) are entries into force, starts like `à partir du`; `plans` the first
    years of the plans the text tells of (`_plan_starts`).
    """
    from vnextract.recognizers.dates import infer_year, years_for_dating

    dated = [m for m in mentions if m.kind == "date" and m.year is not None]
    # the present is among the years told as past; future ones and horizons (`d'ici 2025`,
    # `jusqu'en 2030`) only when the text tells of nothing else
    # a start (`en vigueur à partir du 1er juillet 2024`) is ahead of the news as often as
    # behind it: it bounds the year, it does not give it
    starts = _cues()["start_cues"]
    started = {id(m) for m in dated if m.cue in starts or id(m) in in_force}
    # a plan's first year before a start's (`le projet pour la période 2013-2020`, then `à
    # partir de 2016, des numéros seront accordés`)
    past_years = (
        set(years_for_dating([m for m in dated if id(m) not in started]))
        or set(plans)
        or set(years_for_dating(dated))
    )
    # with nothing told as past, the period of a plan the article reports starts near the
    # present (`la stratégie pour la période 2021-2025`); another period it refers to ends near
    # it (`le programme qui prolonge la stratégie pour la période 2019-2020`); only then targets
    period_ends = {m.end_year for m in mentions if m.kind == "period" and m.end_year is not None}
    aims = [m for m in goals if m.kind == "date" and m.year is not None]
    years = sorted(
        past_years or period_ends or {m.year for m in dated + aims if m.year is not None},
        reverse=True,
    )
    if floor is not None:
        # none older than a thing the text names (`floor`): that year if all are
        years = [y for y in years if y >= floor] or [floor]
    if weekday is not None:
        year = infer_year(day, month, weekday, years)
        told_ahead = sorted(
            {m.year for m in dated if m.year and not years_for_dating([m])}
            | {m.year for m in aims if m.year}
        )
        if year is not None and year not in years and told_ahead and years:
            # no year told agrees with the weekday: the latest agreeing year between the
            # latest told as past and the first told ahead (`registres établis depuis 1945`,
            # `achever ... avant la fin de 2024`, `ce lundi 2 octobre`: 2023, not 1944)
            between = [
                y
                for y in range(max(years), told_ahead[0] + 1)
                if infer_year(day, month, weekday, [y]) == y
            ]
            if between:
                year = between[-1]
        return year
    # horizons count as future when checking that a year keeps the story consistent
    ahead = (
        {id(m) for m in dated if not years_for_dating([m])}
        | {id(m) for m in aims}
        # a start with its day is told ahead of the news (`en vigueur à partir du 1er juillet`)
        | {id(m) for m in dated if id(m) in started and m.day is not None}
    )
    dated += aims

    def fits(year: int) -> bool:
        # a start is reported in the future tense of its document for some days after it
        # (`à compter du 1er août 2025, le numéro ... remplacera`, in a text of 4 August)
        pub = (year, month, day)
        late = _month_before(pub)
        return all(
            _consistent(m, late if id(m) in started else pub, id(m) in ahead, id(m) in closed)
            for m in dated
        )

    for year in years:
        if fits(year):
            return year
    # nothing fits: the report came out early in the year after the latest one told
    # (`Hanoï, 5 janvier` reporting figures `au 31 décembre 2022`)
    if years and fits(years[0] + 1):
        return years[0] + 1
    # or every year told is ahead of the day (`Le 5 décembre, l'Assemblée a adopté la loi, qui
    # entrera en vigueur le 1er juillet 2026`): the year before
    if years and fits(years[-1] - 1):
        return years[-1] - 1
    return years[0] if years else None


def _plan_starts(
    text: str, mentions: Sequence[DateMention]
) -> tuple[frozenset[int], frozenset[int]]:
    """The first years of the periods of plans (`le projet ... pour la période 2013-2020`,
    `La première phase (2009-2011)`), unless the sentence looks back on the period (`qui
    prolonge la stratégie pour la période 2019-2020`): a plan is news when it is adopted.
    Then those of the plans whose sentence reports them (`selon la stratégie ...`)."""
    plans, earlier, told = (_words_from(k) for k in _PLAN_KEYS)
    out: set[int] = set()
    reported: set[int] = set()
    for m in mentions:
        if m.kind != "period" or m.year is None:
            continue
        cut = max(text.rfind(c, max(0, m.start - 160), m.start) for c in ".!?\n")
        before = text[max(0, m.start - 160, cut + 1) : m.start].lower().replace("’", "'")
        if plans.search(before) and not earlier.search(before):
            out.add(m.year)
            if told.search(before):
                reported.add(m.year)
    return frozenset(out), frozenset(reported)


#: The word lists of a plan's period (data/published.toml): its nouns, the words of an earlier
#: period, those that report the plan.
_PLAN_KEYS = ("plan_nouns", "earlier_period", "plan_reported")


@cache
def _alternation(key: str) -> str:
    """The words of a list of data/published.toml as one regex alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(_cues()[key], key=len, reverse=True))


@cache
def _words_from(key: str) -> re.Pattern[str]:
    """The words of a list of data/published.toml, each found from a word's start."""
    return re.compile(rf"\b(?:{_alternation(key)})")


def _month_before(day: tuple[int, int, int]) -> tuple[int, int, int]:
    """The day a month before (`(2025, 8, 4)` -> `(2025, 7, 4)`), for a start's grace."""
    y, m, d = day
    return (y, m - 1, d) if m > 1 else (y - 1, 12, d)


def _consistent(
    m: DateMention, pub: tuple[int, int, int], ahead: bool, closed: bool = False
) -> bool:
    """Whether a date told in the text fits a publication day (`ahead`: told as future;
    `closed`: a year whose totals are told)."""
    assert m.year is not None
    if m.month is None and closed:
        # `En 2022, la ville a reçu 2,3 millions de dossiers`: the year's total, told once the
        # year is over or nearly
        lo, hi = (m.year, 11, 1), (m.year, 12, 31)
    elif m.month is None and m.part == "fin":
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


#: A year opening its sentence (`En 2022,`) and the total its clause tells in the passé composé
#: (`la ville a reçu plus de 2,3 millions de dossiers`).
_OPENS_YEAR = re.compile(r"(?:^|[.!?\n]\s*)en\s*$", re.IGNORECASE)
_TOTAL_TOLD = re.compile(
    r"\s*,\s*[^.;]{0,80}?\b(?:a|ont)\s+(?:\w+\s+){0,2}?(?:reçu|traité|enregistré|accueilli|"
    r"délivré|effectué|réglé|numérisé|transmis)e?s?\s+(?:au total\s+)?(?:plus de |près de |"
    r"quelque |environ )?\d"
)
#: What makes a total one so far (`déjà`, `depuis le début de l'année`, `à ce jour`).
_SO_FAR = re.compile(r"\b(?:déjà|depuis le début|à ce jour|jusqu'à présent|jusqu'ici)\b")


def _year_totalled(text: str, m: DateMention) -> bool:
    """Whether a year opening its sentence is told with its total (`En 2022, elle a reçu plus
    de 2,3 millions de dossiers en ligne`), not one so far."""
    if m.kind != "date" or m.year is None or m.month is not None:
        return False
    if not _OPENS_YEAR.search(text, max(0, m.start - 40), m.start):
        return False
    end = text.find(".", m.end)
    sentence = text[m.end : end if end >= 0 else len(text)]
    return _TOTAL_TOLD.match(sentence) is not None and not _SO_FAR.search(sentence.lower())


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
