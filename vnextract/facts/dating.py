"""The date a figure's own sentence gives it (FACTS.md section 6.1).

Among the dates of the sentence, the one of the figure's clause, else the last one
before it, else the first after it that belongs to no other figure; datelines,
launch dates, compared dates and deadlines are no as-of dates; a period
(`Entre 2020 et 2023`) dates the two ends of a change told in it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vnextract.facts.cues import (
    _COMPARED_NEAR,
    _DATELINE_TAIL,
    _DEADLINE_LEFT,
    _ENDOWED_WITH,
    _FEW_WORDS,
    _RESPECTIVELY,
    _SINCE_START_UNTIL,
    _SUBCLAUSE_BREAK,
    _TO_LEFT,
    LAUNCH_NOUN,
    _small_number,
    cues,
)
from vnextract.facts.sentences import _gap, _last_match, _Sent

if TYPE_CHECKING:
    from vnextract.recognizers.dates import DateMention
    from vnextract.recognizers.quantities import QuantityRecord


def _explicit_date(
    s: _Sent, q: QuantityRecord, published: str | None, status: str
) -> tuple[str | None, bool]:
    """The date a quantity's own sentence gives it, and whether it is an as-of date."""
    from vnextract.recognizers.dates import UP_TO_NOW, resolve

    c = cues()
    candidates = []
    for d in s.dates:
        if d.kind != "date" or _is_dateline(s, d):
            continue
        left = s.folded[: s.local(d.start)]
        if c.compared.search(left) or _COMPARED_NEAR.search(left[-48:]):
            continue
        if (
            _is_event_date(s, d)
            and not _WITH_AT_LAUNCH.fullmatch(
                s.folded, s.local(d.end), s.local(q.qualifier_start or q.start)
            )
            and not (
                d.start >= q.end
                and _AT_LAUNCH_ON.fullmatch(s.folded, s.local(q.end), s.local(d.start))
            )
        ):
            # (what a thing had at its launch is of that day: `Lancé le 9 décembre 2019 avec
            # seulement 8 services publics`)
            continue
        if (
            (d.cue or "") == "depuis"
            or UP_TO_NOW.match(s.folded, s.local(d.end))
            # (the day of a start named after `Depuis`: `Depuis la mise en place de
            # l'administration à deux échelons, le 1er juillet dernier, les 54 communes ...`)
            or _SINCE_OPENING.fullmatch(left)
        ):
            # `Depuis octobre 2022, le portail a traité 2 millions de dossiers`: a count since a
            # start is dated by the end (`jusqu'au ...`), else by the publication (FACTS.md 6)
            continue
        if d.end <= q.start and _AFTER_STEP.search(left[-70:]):
            # `Après la fusion avec la province de Ha Giang le 1er juillet 2025, la province
            # compte 124 communes`: the day of the step the figure comes after
            continue
        if status == "actual" and _DEADLINE_LEFT.search(left[-24:]):
            # `achever ... avant le 30 juin 2019, pour un budget de ...`: a deadline's date
            continue
        if d.month is None and q.kind != "money" and _PLAN_FOR.search(left[-70:]):
            # `ont publié leur plan de transformation numérique pour 2023`: the year a plan is
            # for, not the date of the figure (but the date of the plan's budget: `un plan pour
            # 2026, doté de 312 milliards de dongs`)
            continue
        candidates.append(d)
    # a date right after the figure a progression went from is that figure's, not the one it
    # went to (`passé de 5 millions fin 2023 à 10 millions`)
    candidates = [
        d
        for d in candidates
        if not (
            d.end <= q.start
            and _TO_FIGURE.fullmatch(
                s.folded, s.local(d.end), s.local(q.qualifier_start or q.start)
            )
            and any(
                p.end <= d.start and _FEW_WORDS.fullmatch(_gap(s, p.end, d.start))
                for p in s.quantities
                if p is not q
            )
        )
    ]
    # the date told right after a compared figure is that figure's, not the next clause's
    # (`contre 65.900 à la fin de février 2020, et avait synchronisé 37,8 millions de dossiers`)
    # (a change worked out from the two, `soit une hausse de 100 %`, is of the later one)
    derived = _WORKED_OUT.search(s.folded, 0, s.local(q.qualifier_start or q.start))
    candidates = [
        d
        for d in candidates
        if derived or not (d.end <= q.start and dates_compared_figure(s, d, q))
    ]
    if not candidates:
        return _period_end_date(s, q)
    # the date of the figure's own clause (`et 150 millions en 2021`), else the last one told
    # before it (`Au 8 mars 2021, plus de 2.800 ...`), else the first after it
    lo, hi = _subclause(s, q)
    inside = [d for d in candidates if lo <= s.local(d.start) < hi]
    before = [d for d in candidates if d.end <= q.start]
    later = [d for d in candidates if d.start >= q.end]
    # `passé de 2 800 en 2020 à 4 500 en 2023`: a date right after the figure, nothing but a
    # few words between, is its own (the nearest one may be the figure before's)
    right_after = [
        d for d in inside if d.start >= q.end and _FEW_WORDS.fullmatch(_gap(s, q.end, d.start))
    ]
    if later and _RESPECTIVELY.search(s.folded, 0, s.local(q.start)):
        # `contre respectivement 12,5 millions et 5,2 millions en 2021`: one date for all
        chosen = later[0]
    elif right_after:
        chosen = right_after[0]
    elif inside:
        chosen = min(inside, key=lambda d: abs(s.local(d.start) - s.local(q.start)))
    elif before:
        chosen = before[-1]
    else:
        # a date told after the figure is its date unless it belongs to another figure's
        # clause (`11,5 millions de dossiers, dont 3,1 millions ... de 2022`, `62,3 %,
        # contre 38 % en 2022`)
        own = [d for d in later if not _belongs_to_other(s, q, d)]
        if not own:
            return None, False
        chosen = own[0]
    future = True if status in ("planned", "target") else None
    iso = resolve(chosen, published, future=future)
    told = _year_told_before(s, chosen)
    if told is not None:
        # `En 2017, le taux a atteint 77 %, contre 74 % l'année précédente`: the year before
        # the one the sentence speaks of, not before the publication (`l'an dernier`)
        return str(told - 1), False
    if iso is None:
        return None, False
    earlier = years_earlier(s, q)
    if earlier:
        # `12 millions au 31 décembre 2023, contre 8 millions un an plus tôt`: a year before
        # the date the sentence gives (FACTS.md 6), no as-of date of what follows
        return _year_before(iso, earlier), False
    return iso, (chosen.cue or "") in c.as_of


#: A step a figure is told after, up to its date (`Après la fusion avec la province de Ha Giang
#: le`).
_AFTER_A_STEP = r"\bapres (?:la|le|l.|les|son|sa|ses|leur)\b"
_AFTER_STEP = re.compile(_AFTER_A_STEP + r"[^,;.]*$")


def dates_compared_figure(s: _Sent, d: DateMention, q: QuantityRecord) -> bool:
    """Whether `d` is told right after a figure compared with, other than `q` (`contre 0,3734
    en 2021`): that figure's date."""
    return any(
        p.end <= d.start
        and _DATE_OF_FIGURE.fullmatch(_gap(s, p.end, d.start))
        and _COMPARED_BEFORE.search(s.folded, 0, s.local(p.qualifier_start or p.start))
        for p in s.quantities
        if p is not q
    )


def _year_told_before(s: _Sent, d: DateMention) -> int | None:
    """For `l'année précédente`, the year the sentence named before it (`Le SIPAS 2017 ... par
    rapport aux 74,1 % de l'année précédente`), if it named one."""
    from vnextract.recognizers.dates import load_lexicon

    if d.offset_years != -1 or d.relative not in load_lexicon().previous_after:
        return None
    years = [e.year for e in s.dates if e.end <= d.start and e.year and not _is_dateline(s, e)]
    return years[-1] if years else None


def years_earlier(s: _Sent, q: QuantityRecord) -> int | None:
    """How many years before the date of its sentence a figure is told (`contre 8 millions un
    an plus tôt`, `contre 0,6787 deux ans plus tôt`), if it is."""
    m = cues().year_earlier.match(s.folded, s.local(q.end))
    return _small_number(m.group("n")) if m else None


def _year_before(iso: str, years: int = 1) -> str:
    """The same date `years` earlier, at its precision (`2023-12-31` -> `2022-12-31`; 29
    February -> 28)."""
    year, rest = int(iso[:4]) - years, iso[4:]
    if rest == "-02-29":
        rest = "-02-28"
    return f"{year:04d}{rest}"


def _period_end_date(s: _Sent, q: QuantityRecord) -> tuple[str | None, bool]:
    """`Entre 2020 et 2023, le nombre est passé de 2 800 à 4 500`: 2020 for the first figure,
    2023 for the second; no date for any other figure of a sentence with only a period."""
    periods = [d for d in s.dates if d.kind == "period" and d.year and d.end_year]
    if len(periods) != 1:
        return None, False
    period = periods[0]
    lo = s.local(q.qualifier_start or q.start)
    if cues().change_from.search(s.folded[:lo]):
        nxt = [o for o in s.quantities if o.start >= q.end]
        if nxt and _TO_LEFT.match(
            s.folded[s.local(q.end) : s.local(nxt[0].qualifier_start or nxt[0].start)]
        ):
            return str(period.year), False
    prev = [o for o in s.quantities if o.end <= q.start]
    if prev:
        p = prev[-1]
        gap = s.folded[s.local(p.end) : lo]
        if _TO_LEFT.match(gap) and cues().change_from.search(
            s.folded[: s.local(p.qualifier_start or p.start)]
        ):
            return str(period.end_year), False
    return None, False


#: The rest of a whole, told after a figure in a clause of its own (`, seule Lai Chau`, `, le
#: dernier`, `, les autres`).
_THE_REST = re.compile(
    r",\s*(?:seule?s?|le dernier|la derniere|les derniers|les dernieres|les autres|le reste)\b"
)

#: An adverb at most between a date and the figure it opens (`l'an dernier seulement 201.000`).
_ONE_WORD = re.compile(r"\s*(?:[^\W\d]+\s*)?")


def _belongs_to_other(s: _Sent, q: QuantityRecord, d: DateMention) -> bool:
    """A later date of a clause opened by `dont`, `contre`, `soit`...: another figure's date.

    A date closing an enumeration (`120 millions de visites, 380.000 comptes et 1,4
    million de dossiers au 28 février 2021`) is the date of every item of it.
    """
    gap = s.folded[s.local(q.end) : s.local(d.start)]
    # (or a goal's: `7,6 %, loin de l'objectif de 30 % fixé pour 2020`, `Doté de 420 milliards
    # de dongs, ce plan vise à porter à 30 % ... d'ici 2020`; or a step's told after
    # `après`: `2.178 services en ligne, après la suppression de centaines de procédures l'an
    # dernier`)
    if re.search(
        r"\b(?:dont|contre|soit|tandis que|alors que|mais|objectifs?|cibles?|vis(?:e|ent|ant))\b"
        r"|[;:]"
        rf"|{_AFTER_A_STEP}|\bapres avoir\b",
        gap,
    ):
        return True
    if _THE_REST.search(gap):
        # `62 provinces sur 63 ont connecté leur système, seule Lai Chau devant encore être
        # raccordée d'ici la fin de l'année`: the rest's date, not the figure's
        return True
    # a date opening a clause of its own, a figure right after it, is that figure's (`562.300
    # comptes, l'an dernier seulement 201.000`)
    return "," in gap and any(
        p.start >= d.end and _ONE_WORD.fullmatch(_gap(s, d.end, p.qualifier_start or p.start))
        for p in s.quantities
        if p is not q
    )


def _subclause(s: _Sent, q: QuantityRecord) -> tuple[int, int]:
    """Local bounds of the smallest clause around a quantity (commas, `contre`, ...)."""
    lo_q, hi_q = s.local(q.start), s.local(q.end)
    last = _last_match(_SUBCLAUSE_BREAK, s.folded[:lo_q])
    nxt = _SUBCLAUSE_BREAK.search(s.folded, hi_q)
    return (last.end() if last else 0), (nxt.start() if nxt else len(s.folded))


def _is_dateline(s: _Sent, d: DateMention) -> bool:
    """`Hanoï, 10 mars (VNA) -`: the day of the dispatch, which dates the article, not a fact."""
    return bool(_DATELINE_TAIL.match(s.text, s.local(d.end)))


#: A sentence opening on `Depuis` and the start it names, up to a date (no figure between).
_SINCE_OPENING = re.compile(r"\s*depuis\b[^.;\d]{0,100}?,?\s*(?:le\s+|en\s+)?")

#: Between a figure and its own date (`65.900 à la fin de février 2020`, `2 millions en 2022`).
_DATE_OF_FIGURE = re.compile(r"[^\d,;.()]{0,25}")
#: Between a figure and the day of the launch it was told at (`8 services seulement lors de
#: son ouverture en`).
_AT_LAUNCH_ON = re.compile(
    rf"[^\d,;.]{{0,40}}?\b(?:lors de|au moment de|a) (?:son|sa|leur) {LAUNCH_NOUN}\s+"
    r"(?:(?:officiel\w*|en|le|du|au)\s+)*"
)
#: A plan named, then the year it is for (`leur plan de transformation numérique pour`).
_PLAN_FOR = re.compile(
    r"\b(?:plans?|programmes?|strategies?|feuilles? de route)\b[^,;.\d]{0,50}\bpour "
    r"(?:l.annee\s+)?$"
)
#: Before a figure worked out from the ones told before (`, soit une augmentation de`).
_WORKED_OUT = re.compile(r"\bsoit\b[^\d,;.]{0,40}$")
#: Right before a compared figure (`contre`, `par rapport à`).
_COMPARED_BEFORE = re.compile(
    r"\b(?:contre|par rapport a(?:ux?)?|compare a)\s*(?:l.an(?:nee)?\s+)?$"
)
#: Between a date and the figure a progression went to (`fin 2023 à 10 millions`).
_TO_FIGURE = re.compile(r"\s*,?\s*(?:a|jusqu.a)\s+")

#: Between a launch's date and what the thing had then (`le 9 décembre 2019 avec seulement`).
_WITH_AT_LAUNCH = re.compile(
    r",?\s*avec\s+(?:seulement\s+|uniquement\s+|a peine\s+)?"
    # (the budget of a plan adopted that day: `approuvé le 15 mars un plan ... doté de`)
    rf"|[^.;\d]{{0,80}}?{_ENDOWED_WITH}"
)


def _is_event_date(s: _Sent, d: DateMention) -> bool:
    """True for the date of a launch (`inauguration au 9 décembre 2019`, `lancée le ...`)."""
    c = cues()
    left = s.folded[max(0, s.local(d.start) - 40) : s.local(d.start)]
    if _SINCE_START_UNTIL.search(s.folded[max(0, s.local(d.start) - 70) : s.local(d.start)]):
        # `Depuis son lancement jusqu'au 25 février`, `De sa mise en service à fin février`:
        # the end of the span counted since the launch, no day of the launch
        return False
    if re.search(c.launch.pattern + r"[\w]*\s*(?:\w+\s+){0,2}$", left):
        return True
    return bool(c.adoption_verbs.search(left) or c.numbered_doc.search(left))
