"""Places in a ranking: `71e sur 193 pays`, `le top 50`, `un bond de 15 places`.

A place is an ordinal or a number after `rang`/`place`/`top`; it takes its
denominator (`sur 193`), its change and the year compared with, the ranking metric
its clause names, and its own year (the first date after it before the next place).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from vnextract.facts.carry import edition_year
from vnextract.facts.cues import (
    _COMPARED_DATE,
    _COMPETITIVENESS,
    _INDEX_WORDS,
    _LAST_COMPARED_YEAR,
    _NAMED_BEFORE,
    _NAMED_SUBJECT,
    _PAST_PLACE,
    _PLACE_CHANGE,
    _PLACE_SUBJECT,
    _RESPECTIVELY,
    _SAME_AS_IN,
    _TOP_COUNTRIES,
    _TOP_LEFT,
    _TOP_MEMBERSHIP,
    _TOP_RIGHT,
    _is_egov_topic,
    _small_number,
    country_before,
    cues,
    place_before,
)
from vnextract.facts.dating import _is_dateline, dates_compared_figure
from vnextract.facts.lexicon import Lexicon, Metric
from vnextract.facts.metrics import _clause_left, _status
from vnextract.facts.sentences import _clean_value, _Draft, _last_match, _Sent

if TYPE_CHECKING:
    from vnextract.recognizers.dates import DateMention
    from vnextract.recognizers.quantities import QuantityRecord


def _is_top_n(s: _Sent, q: QuantityRecord) -> bool:
    """`le top 50`, `parmi les 50 premiers pays`: a place no lower than N."""
    if q.kind != "number":
        return False
    lo, hi = s.local(q.start), s.local(q.end)
    if _TOP_LEFT.search(s.folded[max(0, lo - 12) : lo]) and _TOP_COUNTRIES.match(s.folded[hi:]):
        return True  # `le top de quatre pays`, `le groupe des 50 principaux pays`
    if _TOP_LEFT.search(s.folded[max(0, lo - 8) : lo]) and "top" in s.folded[max(0, lo - 8) : lo]:
        return True  # `le top 50`
    if _top_by_superlative(s, q):
        return True  # `fait partie des 10 sites Web avec le plus de visiteurs`
    return bool(
        _TOP_RIGHT.match(s.folded[hi:]) and _TOP_MEMBERSHIP.search(s.folded[max(0, lo - 28) : lo])
    )


def _top_by_superlative(s: _Sent, q: QuantityRecord) -> bool:
    """`fait partie des 10 sites Web les plus visités`: one of the N with the most of
    something, a place no lower than N in whatever ranks them."""
    lo, hi = s.local(q.start), s.local(q.end)
    return bool(
        _AMONG_LEFT.search(s.folded[max(0, lo - 28) : lo])
        and _SUPERLATIVE.match(s.folded, hi, hi + 70)
    )


#: Membership of a group (`fait partie des`, `figure parmi les`) ...
_AMONG_LEFT = re.compile(
    r"\b(?:font|fait|faisant) partie des\s*$|\b(?:figur\w*|compt\w*) parmi les\s*$"
)
#: ... of the N things with the most or the best of something: a top N.
_SUPERLATIVE = re.compile(r"[^,.;:()]{0,50}?\b(?:les? plus|les mieux|le mieux|les meilleur\w*)\b")


def _next_place(s: _Sent, q: QuantityRecord, qs: list[QuantityRecord]) -> QuantityRecord | None:
    """The next place told in the sentence after `q` (`88e en 2018 et 89e`), if any.

    A plural ordinal (`les trois premières places`) is no one place.
    """
    for o in qs:
        if o.start <= q.end:
            continue
        if o.kind == "ordinal":
            if not s.folded[s.local(o.start) : s.local(o.end)].endswith("s"):
                return o
        elif _is_rank_number(s, o):
            return o
    return None


def _place_of_date(
    s: _Sent, q: QuantityRecord, d: DateMention, qs: list[QuantityRecord]
) -> QuantityRecord | None:
    """Another place told right before a date before `q`, whose year the date is (`88ème sur
    193 pays, contre 89ème en 2016, et ... au 6ème rang`: 2016 is the 89th's), if any."""
    for o in qs:
        if (
            o is not q
            and o.kind == "ordinal"
            and o.end <= d.start
            and _YEAR_OF_PLACE.fullmatch(s.folded[s.local(o.end) : s.local(d.start)])
        ):
            return o
    return None


def _changes_places(s: _Sent, lo: int) -> bool:
    """Whether a verb of change governs the places counted at `lo`, told right before them or
    before the places they are coordinated with (`des progressions dont 7 places pour l'indice
    ... et 15 places pour l'indice des services publics en ligne`)."""
    if _PLACE_CHANGE.search(s.folded, max(0, lo - 60), lo):
        return True
    more = _MORE_PLACES.search(s.folded, max(0, lo - 120), lo)
    return more is not None and bool(
        _PLACE_CHANGE.search(s.folded, max(0, more.start() - 60), more.start())
    )


#: Places told before the ones at hand and coordinated with them (`7 places pour ... et`).
_MORE_PLACES = re.compile(r"\b\d+\s+places?\b[^.;:]{0,90}\bet\s*$")


def _ends_progression(s: _Sent, place: QuantityRecord) -> bool:
    """Whether a place is the one a progression ends at (`passant de la 126e place en 2006 à
    la 90e en 2010`), not one compared with (`contre 89ème en 2016`)."""
    lo = s.local(place.start)
    return _TO_PLACE.search(s.folded, max(0, lo - 8), lo) is not None


#: A parenthesis that opens a clause of its own after a place (`22e ..., en hausse de 25 places
#: (en 2022, la province ... se classant 47e)`): its year is its own places'.
_ASIDE_OPENED = re.compile(r"\(\s*(?:en|au|a la fin de|fin)\s*$")
#: The end point of a progression, before its place (`à la 90e`, `au 83e`).
_TO_PLACE = re.compile(r"\b(?:a la|au|a)\s*$")
#: Between a place and its year (`89ème en 2016`, `la 126e place mondiale en 2006`).
_YEAR_OF_PLACE = re.compile(
    r"\s*(?:(?:place|rang|position)s?\s+(?:mondiale?s?\s+|regionale?s?\s+)?)?(?:en|de|pour)?\s*"
)


def _another_country(s: _Sent, q: QuantityRecord) -> bool:
    """Whether the place is another's than Vietnam: a name with its article just before the
    place, or opening its clause as its subject (acronyms and regions are not taken)."""
    lo = s.local(q.start)
    window = s.text[max(0, lo - 40) : lo]
    m = _NAMED_BEFORE.search(window) or _NAMED_SUBJECT.search(window)
    if m is None:
        return False
    name = m.group(1)
    folded = name.lower().replace(" ", "").replace("-", "")
    if _body_ranked(s, lo):
        # `Le ministère de l'Information et de la Communication (MIC) ... la première place`: a
        # ministry, a bank, a province ranked at home, no other country
        return False
    return not (
        name.isupper()
        or folded in cues().not_countries
        or "vietnam" in folded
        or "việtnam" in folded
    )


#: The place a progression started from, right before the place it went to (`de la 86e place
#: en 2022 à la`, `du 86e rang au`).
_FROM_PLACE = re.compile(
    r"\b(?:de la|du)\s+(?P<n>\d+)(?:e|eme|er|ere)\b\s*(?:place|position|rang)?"
    r"(?:\s+(?:en|de)\s+(?P<year>(?:19|20)\d\d))?\s*,?\s*(?:a la|au)\s*$"
)
#: A place a progression starts from, told before the place it went to (`86e à la 71e`).
_TO_PLACE_AFTER = re.compile(
    r"\s*(?:place|position|rang)?\s*(?:en (?:19|20)\d\d\s*)?,?\s*(?:a la|au)\s+\d+(?:e|eme)\b"
)
#: A report's release told just before its day (`publié le`, `rendue publique le`, `rendu public
#: à la fin de septembre`).
_RELEASED = re.compile(
    r"\b(?:publi|rendu(?:e|s|es)? publi|devoil|paru|sorti|annonc)\w*\s*(?:\w+\s+){0,4}?"
    r"(?:le|du|en)?\s*$"
)
#: The edition before, told right after a place (`6e lors de l'édition précédente`).
_PREVIOUS_EDITION = re.compile(
    r"\s*(?:place|rang|position)?\s*(?:lors de|dans|a|de) (?:l.edition precedente|la precedente "
    r"edition|l.enquete precedente|la precedente enquete)\b"
)

#: The rest of a word cut by a reach.
_WORD_REST = re.compile(r"[\w'-]*")

#: Between a figure and the date right after it (`0,6667 en `).
_FIGURE_THEN_DATE = re.compile(r"\s*(?:points?\s+)?(?:en|au|a la fin de|fin)?\s*")

#: The UN survey named with a place.
_UN_NAMED = re.compile(r"\b(?:onu|onusienne?s?|nations unies|egdi|193)\b")
#: Words that name a ranking or an index of their own: an index's (`_INDEX_WORDS`), or these.
_A_RANKING_NAMED = re.compile(
    # (`par rapport à 2022` compares; it names no report)
    rf"{_INDEX_WORDS.pattern}|\b(?:classements?|enquetes?|palmares|(?<!par )rapport|pci|egdi)\b"
)
#: A place's ranking named after it, up to the whole it is among (`place du classement de
#: l'indice de transformation numérique (DTI) 2023` before `des 63 provinces`).
_FAR_OUT_OF = re.compile(
    r"\s*(?:place|position|rang)?\s*(?:du|au|dans le) classement\b[^.;,\d]{0,80}?"
    r"(?:\b\d{4}\b[^.;,\d]{0,10}?)?(?=\s*(?:des|sur les|parmi les)\s+\d)"
)
#: A ranking pointed back to, not named (`parmi les 50 premiers pays du classement`).
_BARE_RANKING = re.compile(
    r"\b(?:du|le|au|ce|dans le) classement\b(?!\s+(?:de|des|du|d.|mondial|onusien|national|"
    r"regional|sur|par))"
)
#: A national ranking named before its places.
_NATIONAL_RANKING = re.compile(r"\bclassements? nationa(?:l|ux)\b")
#: The indices that rank provinces and ministries only (PAR INDEX, SIPAS, PAPI, the DTI).
_HOME_INDEX = re.compile(r"\b(?:par[ -]index|indices? par\b|sipas|papi|ipapg|dti)\b")
#: Bodies ranked at home, named before a place.
_BODY_NAMED = re.compile(
    r"\b(?:ministeres?|banque|comite|office|departement|agence|bureau|commission|securite sociale|"
    # (a province or a city named before its place: `la province de Thua Thien Hue, 2e avec`)
    r"douanes?|tresor|province de|ville de)\b"
)


def _body_ranked(s: _Sent, lo: int) -> bool:
    """Whether the subject ranked just before a place is a ministry, a bank or an office
    (`le ministère de la Justice occupe la première place`), and not Vietnam."""
    window = s.folded[max(0, lo - 110) : lo]
    body = _last_match(_BODY_NAMED, window)
    # (`la Banque d'État du Vietnam`: the body's own name)
    return body is not None and not re.search(
        r"(?<!\bdu )(?<!\bde )\b(?:vietnam|le pays)\b", window[body.end() :]
    )


#: A verb that gives a place (`occupant`, `se classe`, `classé`) right before a number.
_PLACE_VERB_LEFT = re.compile(r"\b(?:occup\w*|se class\w*|class(?:e|ee|es|ees)|se situ\w*)\s*$")
#: `sur 193`, `sur le total de 193`, `sur un total de 193`: the number ranked.
_OVER_RANKED = re.compile(r"\s*(?:sur|/)\s*(?:le total de\s+|un total de\s+|les\s+)?\d")


def _is_rank_number(s: _Sent, q: QuantityRecord) -> bool:
    if q.kind != "number":
        return False
    if _is_top_n(s, q):
        return True
    left = s.folded[max(0, s.local(q.start) - 20) : s.local(q.start)]
    # (`mis en place huit entrepôts`: the verb, no place)
    if re.search(r"\b(?:rang|position|(?<!\ben )place)\s*(?:n°\s*)?$", left):
        return True
    if _PLACE_VERB_LEFT.search(left) and _OVER_RANKED.match(s.folded, s.local(q.end)):
        # `occupant 89 sur le total de 193 pays`, `se classe 64 sur 193`: a place over the
        # number ranked, told with a verb of place
        return True
    # `se classe 64/193`: a place over the number ranked, in a sentence about a ranking
    hi = s.local(q.end)
    window = s.folded[max(0, s.local(q.start) - 60) : hi]
    return bool(re.match(r"/\d", s.folded[hi : hi + 2])) and bool(cues().rank_words.search(window))


def _ranking(
    s: _Sent,
    q: QuantityRecord,
    qs: list[QuantityRecord],
    consumed: set[int],
    lexicon: Lexicon,
    prev: _Sent | None = None,
    published: str | None = None,
    last_rank: str | None = None,
    home_index: bool = False,
    page_rank: str | None = None,
) -> _Draft | None:
    """The place `q` tells, if it is one. `home_index`: the article names an index that ranks
    provinces and ministries (PAR-Index, SIPAS, PAPI, DTI); `page_rank`: the last ranking of the
    vocabulary the page told before this sentence."""
    c = cues()
    lo = s.local(q.start)
    hi = s.local(q.end)
    if q.kind == "ordinal" and re.search(r"(?:s|es)$", s.folded[lo:hi]):
        # `les trois premières places`, `les 50 premiers`: a plural ordinal is no one place
        return None
    if c.occurrence_after.match(s.folded, hi):
        return None
    if q.value == 1 and c.first_to_do.match(s.folded, hi):
        return None
    if c.class_after.match(s.folded, hi) and s.folded[max(0, lo - 3) : lo] == "de ":
        return None  # `les hôpitaux de première classe`: a category
    top = _is_top_n(s, q)
    window = s.folded[max(0, lo - 60) : hi + 30]
    # a list of places (`..., l'Érythrée est 191e et le Soudan du Sud est 192e`) takes the
    # ranking words of its first
    earlier = [o for o in qs if o.kind == "ordinal" and o.end <= q.start]
    earlier_among = [w for o in earlier if (w := c.out_of.match(s.folded[s.local(o.end) :]))]
    listed = (
        bool(earlier)
        and (
            c.rank_words.search(s.folded, 0, lo) is not None
            # `la 31e des 63 villes en 2020, ... la 22e en 2021`
            or any(c.out_of.match(s.folded[s.local(o.end) :]) for o in earlier)
        )
    )
    # `calculé sur trois indices : les services en ligne (le Vietnam est 74e), les
    # infrastructures de télécommunication (110e) ...`: a sub-index's place, named just before
    named_sub = c.subindex_names.search(s.folded, max(0, lo - 45), lo)
    # `la 31e des 63 villes et provinces`: a place among a whole told with it
    among_whole = q.kind == "ordinal" and c.out_of.match(s.folded[hi:]) is not None
    # `Sur les 10 pays de l'ASEAN, il est le 6e pays le plus performant`: the whole named before
    # the place, or a superlative after it
    among_before = c.among_before.search(s.folded, 0, lo) if q.kind == "ordinal" else None
    superlative = q.kind == "ordinal" and c.superlative_after.match(s.folded[hi:]) is not None
    # `Le Vietnam est 71e dans l'enquête des Nations unies sur l'e-gouvernement`, `arrive 71e`:
    # a place told by a verb of being, in a sentence naming a ranking
    told_place = (
        q.kind == "ordinal"
        and _PLACE_TOLD_BY.search(s.folded, max(0, lo - 40), lo) is not None
        # (a place, not the first of a kind: `c'est la 1re résolution sur l'e-gouvernement`)
        and _PLACE_TOLD_END.match(s.folded, hi) is not None
        # (or the sentence before: `L'Enquête ... sera publiée en 2026. Le pays y était 71e`)
        and (
            _RANKING_NAMED.search(s.folded) is not None
            or (prev is not None and _RANKING_NAMED.search(prev.folded) is not None)
        )
    )
    # `Le ministère de la Santé, 17e, ferme la marche`: a body's place in apposition, in an
    # article about an index that ranks them
    apposed = (
        q.kind == "ordinal"
        and home_index
        and _APPOSED_LEFT.search(s.folded, max(0, lo - 3), lo) is not None
        and _APPOSED_RIGHT.match(s.folded, hi) is not None
        # (or a province: `Elle est suivie de Da Nang, 2e, et de Thua Thien Hue, 3e`)
        and (_body_ranked(s, lo) or place_before(s.folded, lo))
    )
    # `le Vietnam, 86e en 2022, s'est hissé à la 71e place`: the country's place in apposition,
    # in a sentence naming a ranking
    apposed_country = (
        q.kind == "ordinal"
        and _COUNTRY_APPOSED.search(s.folded, max(0, lo - 20), lo) is not None
        and _APPOSED_RIGHT.match(s.folded, hi) is not None
        and _RANKING_NAMED.search(s.folded) is not None
    )
    # `loin derrière Singapour (11e)`, `devant l'Estonie et Singapour, 3e`: another country's
    # place in apposition, in a sentence naming a ranking or after one
    apposed_foreign = (
        q.kind == "ordinal"
        and country_before(s.folded, lo)
        and _APPOSED_RIGHT.match(s.folded, hi) is not None
        and (
            _RANKING_NAMED.search(s.folded) is not None
            or (prev is not None and _RANKING_NAMED.search(prev.folded) is not None)
        )
    )
    if not (
        top
        or told_place
        or apposed
        or apposed_country
        or apposed_foreign
        or c.rank_words.search(window)
        or listed
        or named_sub
        or among_whole
        or (among_before is not None and superlative)
    ):
        return None
    after = s.folded[hi:]
    out_of = None
    om = c.out_of.match(after)
    told_to = om.end() if om else 0  # how far after the place its words go
    if om is None and (far := _FAR_OUT_OF.match(after)) is not None:
        # `la 14e place du classement de l'indice DTI 2023 des 63 provinces et villes`: the
        # whole told after the ranking's name
        om = c.out_of.match(after[far.end() :])
        if om is not None:
            told_to = far.end() + om.end()
            hi += far.end()
            after = s.folded[hi:]
    if om:
        try:
            out_of = int(
                re.sub(r"[ .]", "", om.group("n") or om.group("slash") or om.group("bare"))
            )
        except ValueError:
            out_of = None
        for i, other in enumerate(qs):
            if other.start >= q.end and s.local(other.start) <= hi + om.end():
                consumed.add(i)
    elif among_before is not None:
        out_of = int(among_before.group("n"))
        for i, other in enumerate(qs):
            if other.kind == "number" and s.local(other.start) == among_before.start("n"):
                consumed.add(i)
    if out_of is None and q.kind == "ordinal":
        # the whole the sentence's places are among, told once: before them (`Dans le groupe
        # des 17 ministères ..., X obtient la 1re place, suivi de Y, 2e, et de Z, 3e`) or after
        # a list of places told `respectivement` (`9e, 23e et 31e sur 63 localités`)
        group = _last_match(_GROUP_OF, s.folded[:lo])
        listed_over = (
            _RESPECTIVE_OVER.match(s.folded, hi) if _RESPECTIVELY.search(s.folded, 0, lo) else None
        )
        whole = group or listed_over
        if whole is not None:
            out_of = int(whole.group("n"))
            for i, other in enumerate(qs):
                if other.kind == "number" and s.local(other.start) == whole.start("n"):
                    consumed.add(i)
    # a place set against another's (`La Côte d'Ivoire est 172e sur 193 pays selon le
    # classement de l'ONU, tandis que le Vietnam est classé au 88e rang`) is in the same ranking
    contrast = _CONTRAST.search(s.folded, max(0, lo - 60), lo) is not None
    # a place compared with (`au 71e rang sur 193 pays, contre la 86e place en 2022`) is an
    # earlier place in the same ranking
    compared_place = _COMPARED_PLACE.search(s.folded, max(0, lo - 20), lo) is not None
    # a place told by a participle opening the sentence (`Classé 71e en 2024, le Vietnam vise
    # ... l'indice de l'ONU`) is the subject's, in the ranking the sentence names
    opened_by = _OPENING_PARTICIPLE.fullmatch(s.folded, 0, lo) is not None
    if (
        out_of is None
        and listed
        and earlier_among
        and (earlier_among[-1].group("noun") in c.subnational_out_of or contrast or compared_place)
    ):
        # `la 31e des 63 villes en 2020, ... la 22e en 2021`: among the same provinces (a
        # world place may be followed by a region's, `au 6e rang en Asie du Sud-Est`); a place
        # set against another's (`172e sur 193 pays, tandis que le Vietnam est 88e`) too
        try:
            out_of = int(re.sub(r"[ .]", "", earlier_among[-1].group("n") or ""))
        except ValueError:
            out_of = None
    change = None
    compared_to = None
    left = _clause_left(s, q)
    # the words after the place, up to the next place told in the sentence: a change told
    # after it is its own (`71e sur 193 pays dans l'Enquête ..., soit un bond de 15 places
    # par rapport à l'édition 2022, où il occupait la 86e place`)
    reach = told_to + 220
    next_place = _next_place(s, q, qs)
    if next_place is not None:
        reach = min(s.local(next_place.start) - hi, 300)
    tail = after[:reach]
    strong = c.strong_break.search(tail)
    if strong:
        tail = tail[: strong.start()]
    # a place held before (`où il occupait la 86e place`) is what a change is measured from
    # (its own change may follow it: `elle était la 22e en 2021, soit une progression de neuf
    # rangs`; told before it, the change is the later place's)
    past = _PAST_PLACE.search(left[-40:])
    regions = ((tail, hi),) if past else ((tail, hi), (left, s.local(q.start) - len(left)))
    for sign, pat in ((1, c.up), (-1, c.down)):
        for region, base in regions:
            cm = pat.search(region)
            if cm is None:
                continue
            n = _small_number(cm.group("n"))
            if n is None:
                continue
            change = sign * n
            for i, other in enumerate(qs):
                if base + cm.start() <= s.local(other.start) <= base + cm.end():
                    consumed.add(i)
            compared_to = _compared_date(s, base + cm.end()) or _compared_date(s, hi)
            break
        if change is not None:
            break
    went_from = _FROM_PLACE.search(left) if change is None and q.value else None
    if went_from is not None:
        # `est passé de la 86e place en 2022 à la 71e en 2024`: the places gained from the first
        change = int(went_from.group("n")) - int(q.value)
        compared_to = went_from.group("year")
    if change is None and not past:
        for region, base in ((tail, hi), (left, s.local(q.start) - len(left))):
            km = c.kept.search(region)
            if km is not None:
                change = 0
                # `le même rang qu'en 2020`
                since = _SAME_AS_IN.match(region, km.end())
                compared_to = (
                    since.group(1)
                    if since
                    else _compared_date(s, base + km.end()) or _compared_date(s, hi)
                )
                break
    clause = left + " " + _rank_clause(s, q)
    # the survey named after a coordinated place is this place's too (`au 66e rang mondial et
    # au 6e rang aséanien en termes de gouvernance électronique`); its region is not
    shared = left + " " + _rank_clause(s, q, shared=True)
    topic = s.folded + " " + (prev.folded if prev is not None else "")
    # (a sub-index told after a contrast is another place's: `il se classe 5e sur 11 pays,
    # tandis que sa composante des services en ligne (OSI) le place au 58e rang`)
    # (to the end of the word the reach falls in: `... de l'e-go` is no sub-index's name)
    word_rest = _WORD_REST.match(s.folded, hi + 120)
    reach_end = hi + 120 + (len(word_rest.group(0)) if word_rest is not None else 0)
    right = s.folded[hi:reach_end]
    contrasted = _CONTRAST_AFTER.search(right)
    sub = c.subindex.search(left + (right[: contrasted.start()] if contrasted else right))
    best: tuple[float, Metric] | None = None
    other_label = None
    among = om.group("noun") if om is not None else None
    near = s.folded[max(0, lo - 40) : hi + 60]
    # a place told after one among provinces (`la 31e des 63 villes en 2020, la 22e en 2021`)
    # is among them too
    subnational = (
        (among in c.subnational_out_of)
        if among
        else bool(
            c.subnational.search(near)
            # `le classement national de la transformation numérique, se classant 2e en 2021`,
            # `classée 9e au classement national ... (Vietnam ICT Index)`,
            # `au niveau des ministères et des provinces`, unless the place's own clause names
            # the UN survey (`le top 70 du classement de l'ONU`)
            or (
                (
                    _NATIONAL_RANKING.search(s.folded, max(0, lo - 90), hi + 40)
                    or c.subnational.search(s.folded, max(0, lo - 90), hi + 60)
                )
                and not _UN_NAMED.search(_rank_clause(s, q, shared=True))
            )
            or c.among_bodies.search(s.folded, 0, lo)
            or any(w.group("noun") in c.subnational_out_of for w in earlier_among)
            # an index that ranks only provinces and ministries, named in the sentence or
            # the one before (`... ont conservé leurs places (Thua Thien-Hue, 41e)`), unless
            # the place is the country's in the UN survey its clause names (`le Vietnam, 86e de
            # l'enquête onusienne de 2022,` after the DTI named)
            or (
                _HOME_INDEX.search(topic) is not None
                and not (apposed_country and _UN_NAMED.search(_rank_clause(s, q, shared=True)))
            )
        )
    )
    if _COMPETITIVENESS.search(near):
        return None  # a place in an economic index (the PCI) is no e-government fact
    if _CYBERSECURITY.search(s.folded) and not _EGOV_RANKING.search(s.folded):
        # `Dans l'Indice mondial de cybersécurité 2018 de l'UIT, le Vietnam figurait au 50e
        # rang`: a cybersecurity index gives no e-government fact (FACTS.md 7b)
        return None
    if named_sub is not None:
        # the sub-index's name, not the words up to its place (`..., au`)
        name_end = named_sub.start() + len(named_sub.group(1))
        other_label = "indice: " + s.text[named_sub.start() : name_end]
    elif among in c.subnational_out_of and (_is_egov_topic(topic) or _INDEX_WORDS.search(topic)):
        # `Thua Thien-Hue s'est classée 2e sur 63 provinces`: a province named before its
        # place among provinces is no other country
        other_label = "classement national"
    elif _body_ranked(s, lo) and (_is_egov_topic(topic) or _INDEX_WORDS.search(topic)):
        # `Selon l'indice DTI 2022, le ministère de la Justice occupe la première place`
        other_label = "classement national"
    elif not subnational and (_another_country(s, q) or country_before(s.folded, lo)):
        # `le Niger 192ème`, `la Somalie à la dernière place (193ème)`: the world's figures
        # from a UN report are `other` (FACTS.md 7b)
        other_label = "classement d'un autre pays"
    elif sub is not None and _is_egov_topic(topic):
        lo_q = s.local(q.start)
        shown = s.text[lo_q - len(left) : lo_q] + s.text[hi : hi + 120]
        other_label = shown[sub.start() : sub.end()].strip()
        if not other_label:
            other_label = "classement d'un sous-indice"
    elif subnational and (_is_egov_topic(topic) or _INDEX_WORDS.search(topic)):
        # `56e sur 63 provinces`, `au premier rang ministériel`: a place in a national index
        other_label = "classement national"
    else:
        # a sentence that names no ranking of its own goes on with the survey the sentence
        # before named (`Selon l'Enquête de l'ONU ... Il est passé de la 88e place en 2018 à la
        # 86e en 2020`); a ranking told just before goes on first (below)
        named_before = (
            prev.folded
            if prev is not None
            and last_rank is None
            and not _A_RANKING_NAMED.search(_BARE_RANKING.sub(" ", s.folded))
            else ""
        )
        # (a place set against another's: the sentence names their ranking)
        for m in lexicon.of_type("ranking"):
            if (
                m.requires
                and not m.requires.search(s.folded if contrast or opened_by else shared)
                and not m.requires.search(named_before)
            ):
                continue
            # (`parmi les 3 premiers de l'ASEAN et parmi les 50 premiers au monde`: the world's
            # place, whatever region the clause named before it)
            world = _WORLD_AFTER.match(s.folded, hi) is not None
            if m.excludes and m.excludes.search(clause) and not world:
                continue
            if world and m.key == "regional_egov_rank":
                continue
            score = m.weight + m.context.count(topic)
            if out_of == 193 and m.key == "un_egov_rank":
                score += 3
            if best is None or score > best[0]:
                best = (score, m)
        if (best is None or best[0] <= 0) and last_rank is not None:
            # `En 2014, il figurait à la 99e place.`: the ranking told just before goes on
            kept = lexicon.metrics.get(last_rank)
            if last_rank == "regional_egov_rank" and q.value > 11:
                # (no place past the region's 11 countries: `parmi les 50 premiers pays du
                # classement` after the ASEAN place goes back to the world's)
                kept = lexicon.metrics.get("un_egov_rank")
            if kept is not None and (
                _PLACE_SUBJECT.search(clause) or _PLACE_SUBJECT.match(s.folded)
            ):
                best = (1.0, kept)
        if (
            (best is None or best[0] <= 0)
            and top
            and page_rank is not None
            and _COUNTRY_AIMS.search(clause) is not None
        ):
            # `rappelant que le Vietnam vise une place dans le top 50 mondial d'ici 2030`: a top
            # the country aims at, in the ranking the page told of (the world's past the
            # region's 11 countries)
            world = page_rank == "regional_egov_rank" and q.value > 11
            kept = lexicon.metrics.get("un_egov_rank" if world else page_rank)
            if kept is not None:
                best = (1.0, kept)
        if (best is None or best[0] <= 0) and _top_by_superlative(s, q):
            best, other_label = None, "classement"
        elif (
            (best is None or best[0] <= 0)
            and home_index
            and (c.rank_words.search(window) or apposed)
        ):
            # `Dong Nai gagne 12 places pour se hisser à la 9e place` in an article on the
            # PAR-Index named in its lead: a place in that national index
            best, other_label = None, "classement national"
        elif best is None or best[0] <= 0:
            return None
    if best is not None and out_of is not None and not _fits_survey(best[1].key, out_of):
        # `classé 86e/187 pays` is no place among the UN's 193 members nor in the region: a
        # place in another index (Open Data Inventory) is `other`
        best, other_label = None, other_label or "classement d'un autre indice"
    metric_key = best[1].key if best is not None else "other"
    label = best[1].label if best is not None else (other_label or "classement")
    status = _status(s, q)
    date = None
    is_asof = False
    held_before = False
    from vnextract.recognizers.dates import resolve

    # the ranking's own year: the first date after it before the next place
    # (`la 88e place en 2018 et la 89e en 2016`), else the last one before it
    next_rank = next_place.start if next_place is not None else s.span.end
    before: DateMention | None = None
    after_d: DateMention | None = None
    progression: DateMention | None = None
    for d in s.dates:
        if d.kind != "date" or _is_dateline(s, d):
            continue
        if c.compared.search(s.folded[: s.local(d.start)]):
            continue
        if d.start >= q.end:
            aside = _ASIDE_OPENED.search(s.folded, s.local(q.end), s.local(d.start)) and (
                s.folded[s.local(d.end) : s.local(d.end) + 1] == ","
            )
            # (nor one told right after another figure, that figure's: `sa 86e place ..., son
            # indice passant de 0,6667 en 2020`)
            figure_before = any(
                q.end <= p.start
                and p.end <= d.start
                and _FIGURE_THEN_DATE.fullmatch(s.folded, s.local(p.end), s.local(d.start))
                for i, p in enumerate(qs)
                if p is not q and i not in consumed
            )
            if d.start < next_rank and after_d is None and not aside and not figure_before:
                after_d = d
        elif (told := _place_of_date(s, q, d, qs)) is None:
            if dates_compared_figure(s, d, q):
                # `le score moyen atteint 0,4967, contre 0,3734 en 2021; Da Nang conserve la 1re
                # place`: the date of the score compared with
                continue
            before = d
        elif _ends_progression(s, told):
            progression = d
    # a place told after a progression (`passant de la 126e place en 2006 à la 90e en 2010,
    # ainsi qu'en 6e position au sein de l'ASEAN`) is as of the progression's end
    chosen = after_d or before or progression
    previous_edition = _PREVIOUS_EDITION.match(s.folded, s.local(q.end) + told_to) is not None
    if previous_edition and after_d is None:
        # `alors qu'elle était 14e lors de l'édition précédente`: not the year of the edition
        # named before it (below: dated from the page's edition)
        chosen = None
    if chosen is None and top and next_place is not None:
        # `entrer dans le top 50 mondial et dans le top 3 de l'ASEAN d'ici 2030`: tops joined by
        # `et` share the horizon told after the last
        joined = s.folded[hi : s.local(next_place.start)]
        if re.search(r"\bet\b", joined) and ";" not in joined:
            chosen = next(
                (d for d in s.dates if d.start >= next_place.end and d.cue in c.horizon_cues),
                None,
            )
    if chosen is not None:
        date = resolve(chosen, published, future=None)
        is_asof = date is not None
        if date and _RELEASED.search(s.folded, 0, s.local(chosen.start)):
            # `l'enquête ..., publiée le 17 septembre, classe le Vietnam 71e`: the day the survey
            # came out; the place is its edition's, dated by the year (the one named, when it
            # is: `l'indice DTI 2022 annoncé en mai dernier`)
            edition = edition_year(s)
            date = edition if edition and edition <= date[:4] else date[:4]
    if date is None:
        # `passé de la 86e à la 71e place entre 2022 et 2024`: a progression's places are of its
        # period's first and last years
        span = [d for d in s.dates if d.kind == "period" and d.year and d.end_year]
        if len(span) == 1 and went_from is not None:
            date = str(span[0].end_year)
        elif len(span) == 1 and _TO_PLACE_AFTER.match(after):
            date = str(span[0].year)
    if past and after_d is None:
        # `par rapport à l'édition 2022, où il occupait la 86e place`: the place of 2022
        held = _LAST_COMPARED_YEAR.search(left)
        if held:
            date, is_asof, held_before = held.group(1), False, True
    in_brackets = _PLACE_OF_COMPARED_YEAR.search(s.folded, 0, s.local(q.qualifier_start or q.start))
    if in_brackets:
        # `gagnant 10 places par rapport à 2014 (99e)`: the place held that year, with no change
        # of its own
        date, is_asof, change, compared_to = in_brackets.group(1), False, None, None
        held_before = True
    f: dict[str, Any] = {
        "type": "ranking",
        "metric": metric_key,
        "value": _clean_value(q.value),
        "unit": None,
        "qualifier": "at_most" if top else q.qualifier,
        "out_of": out_of,
        "change": change,
        "compared_to": compared_to,
        "per": None,
        "value_usd": None,
        "date": date,
        "date_source": "explicit" if date else "published",
        "status": status,
        "label": label,
    }
    end = q.end + told_to
    draft = _Draft(
        f, q.start, s.start + len(s.text[: s.local(end)].rstrip()), s, date_is_asof=is_asof
    )
    if held_before:
        # a place held in the year compared with: no edition of the survey the article is about
        draft.extra["held_before"] = True
    if date is None and previous_edition:
        # `contre la 6e place lors de l'édition précédente`: dated from the page's edition
        draft.extra["previous_edition"] = True
    return draft


#: A place in brackets right after the year it is compared with (`par rapport à 2014 (`).
_PLACE_OF_COMPARED_YEAR = re.compile(
    r"\b(?:par rapport a(?:ux?)?|contre|qu.en|depuis)\s+(?:l.(?:edition|enquete|annee)\s+|"
    r"(?:celui|celle) de\s+)?((?:19|20)\d\d)\s*\(\s*(?:la\s+|au\s+)?$"
)
#: A place told in apposition after its subject (`le ministère de la Santé, 17e, ...`).
_APPOSED_LEFT = re.compile(r",\s*$")
#: The country named right before a place in apposition (`le Vietnam, `).
_COUNTRY_APPOSED = re.compile(r"\b(?:le vietnam|le pays),\s*$")
_APPOSED_RIGHT = re.compile(
    r"\s*(?:,|\)|[.;]|$|\s(?:l.an dernier|en (?:19|20)\d\d)\b)"
    # (or the ranking named right after: `le Vietnam, 86e de l'enquête onusienne de 2022,`;
    # or its scope: `Singapour, 3e au niveau mondial,`)
    r"|\s(?:de|du|dans)\s+(?:l.|la\s|le\s)?(?:enquete|classement|indice)\b"
    r"|\s(?:au niveau mondial|mondial|dans le monde|au monde)\s*,"
)
#: The bodies a sentence's places are among, told before them (`dans le groupe des 17 ministères`).
_GROUP_OF = re.compile(
    r"\b(?:dans le groupe des|au sein des|parmi les)\s+(?P<n>\d+)\s+(?:ministeres|provinces|"
    r"localites|villes|organes|organismes|unites|communes|districts|departements|agences)\b"
)
#: After a list of places told `respectivement`, the whole they are among (`9e (Nam Dinh), 23e
#: (Ninh Binh) et 31e (Ha Nam) sur 63 localités`).
_RESPECTIVE_OVER = re.compile(
    r"[^.;]{0,120}?\bsur\s+(?:les\s+)?(?P<n>\d+)\s+(?:ministeres|provinces|localites|villes|"
    r"organes|organismes|unites|communes|districts|pays)\b"
)
#: A clause set against the one before (`..., tandis que le Vietnam est classé au 88e rang`).
_CONTRAST = re.compile(r"\b(?:tandis que|alors que)\b")
#: A contrast told after a place: what follows is about another one.
_CONTRAST_AFTER = re.compile(rf"{_CONTRAST.pattern}|\b(?:mais|contre|tout en)\b|;")
#: `contre` right before a place: the place it is compared with.
_COMPARED_PLACE = re.compile(r"\bcontre\s+(?:la\s+|le\s+|l.|une?\s+)?$")
#: The world named right after a place (`50 premiers au monde`, `71e mondial`).
_WORLD_AFTER = re.compile(
    r"\s*(?:premier\w*\s+)?(?:pays\s+)?(?:au monde|du monde|dans le monde|mondia(?:l|le|ux)|"
    r"au niveau mondial|a l.echelle mondiale)\b"
)
#: A cybersecurity index, and the e-government survey named beside it.
_CYBERSECURITY = re.compile(r"\bcyber-?securite\b")
#: The country as the subject of an aim (`le Vietnam vise`, `le pays ambitionne d'entrer`), or
#: the aim named (`le pays reste loin de l'objectif fixé par le gouvernement : entrer dans`).
_COUNTRY_AIMS = re.compile(
    r"\b(?:le vietnam|le pays)\s+(?:\w+\s+)?(?:vis|ambitionn|aspir)\w*|\bobjectifs?\b"
)
_EGOV_RANKING = re.compile(
    r"\b(?:e-gouvernement|e-gouvernance|gouvernement (?:electronique|numerique)|"
    r"administration (?:electronique|numerique|en ligne)|egdi|osi)\b"
)
#: A participle of ranking opening a sentence, up to its place (`Classé `, `Classée au `).
#: (after a dateline: `Hanoi, 20 mars (VNA) - Classé ...`)
_OPENING_PARTICIPLE = re.compile(
    r"(?:[^.]*?\(\w+\)\s*[-–—]\s*)?\s*(?:classe|arrive|place|positionne)e?s?\s+(?:au\s+|a la\s+)?"
)


def head_of_ranking(s: _Sent, published: str | None) -> _Draft | None:
    """A first place told in words (`Quang Binh arrive en tête du classement national SIPAS`,
    `demeurent en tête du classement de l'indice PAR`): place 1 of the index named, `other`;
    kept (`demeurent`, `reste`, `toujours`) it has change 0."""
    from vnextract.recognizers.dates import resolve

    m = _AT_THE_TOP.search(s.folded)
    if m is None or not _RANKED_IN.search(s.folded) or _COMPETITIVENESS.search(s.folded):
        return None
    date = None
    for d in s.dates:
        if d.kind == "date" and not _is_dateline(s, d) and d.month is None:
            date = resolve(d, published, future=None)
            break
    kept = _KEPT_AT_TOP.search(s.folded, max(0, m.start() - 30), m.end())
    among = _TOP_OF.search(s.folded, m.start())
    f: dict[str, Any] = {
        "type": "ranking",
        "metric": "other",
        "value": 1,
        "unit": None,
        "qualifier": "exact",
        "out_of": int(among.group(1)) if among else None,
        "change": 0 if kept else None,
        "compared_to": None,
        "per": None,
        "value_usd": None,
        "date": date,
        "date_source": "explicit" if date else "published",
        "status": "target" if _AIMED_AT.search(s.folded, 0, m.start()) else "actual",
        "label": "classement national",
    }
    return _Draft(f, s.start + m.start(), s.start + m.end(), s, date_is_asof=date is not None)


#: A first place told in words.
_AT_THE_TOP = re.compile(
    # (each verb in the singular or the plural: `reste`, `restent`)
    r"\b(?:(?:arrive(?:nt)?|(?:est|sont) arrivee?s?|est|sont|se classe(?:nt)?|figure(?:nt)?|"
    r"reste(?:nt)?|demeure(?:nt)?|se maintien\w*|"
    r"occupe(?:nt)?|se hisse(?:nt)?|se place(?:nt)?|continue(?:nt)? de figurer|"
    r"continue(?:nt)? (?:a|d.)\s*\w+)"
    r"\s+(?:toujours\s+|encore\s+)?en tete|en tete du classement|"
    r"(?:localite|province|ville|ministere) en tete du pays)\b"
)
#: The ranking such a place is in.
_RANKED_IN = re.compile(
    r"\b(?:classements?|indices?|index|sipas|papi|dti|egdi|par[ -]index|e-gouvernement|"
    r"gouvernement (?:electronique|numerique)|transformation numerique|reforme administrative)\b"
)
#: The whole a first place is among (`en tête des 63 villes et provinces`).
_TOP_OF = re.compile(r"en tete (?:des|parmi les) (\d+) (?:villes|provinces|localites|ministeres)")
#: A first place kept.
_KEPT_AT_TOP = re.compile(
    r"\b(?:reste(?:nt)?|demeure(?:nt)?|se maintien\w*|continue(?:nt)?|toujours)\b"
)
#: A first place aimed at.
_AIMED_AT = re.compile(r"\b(?:vis\w*|objectif|ambition\w*|s.efforc\w*)\b")


def _rank_clause(s: _Sent, q: QuantityRecord, shared: bool = False) -> str:
    """The words that say which ranking a place belongs to: q's clause, and its neighbours."""
    text = s.folded
    lo, hi = s.local(q.start), s.local(q.end)
    # `et` may sit at a line wrapped by hand (`66e rang mondial\net au 6e rang aséanien`)
    cuts = [m.start() for m in _CLAUSE_CUT.finditer(text, 0, lo)]
    left_cut = cuts[-1] if cuts else -1
    right = _CLAUSE_CUT.search(text, hi)
    if shared and right is not None and _NEXT_PLACE.match(text, right.end()):
        # `au 66e rang mondial et au 6e rang aséanien en termes de gouvernance électronique`:
        # the words after the second place say which rankings both are
        right = _CLAUSE_CUT.search(text, _NEXT_PLACE.match(text, right.end()).end())  # type: ignore[union-attr]
    if right is not None and _RANKING_NAMED_AFTER.match(text, right.end()):
        # `a reculé de deux places, à la 88e place, dans le classement de l'ONU`: a place set
        # between commas, the ranking named in the complement after it
        right = _CLAUSE_CUT.search(text, right.end())
    right_cut = right.start() if right else len(text)
    return text[left_cut + 1 : right_cut]


#: A complement naming a ranking, after a place set between commas.
_RANKING_NAMED_AFTER = re.compile(
    r"\s*(?:dans|selon|d.apres|au sein)\s+(?:le|la|l.|les)\s*(?:classement|indice|enquete|rapport)"
)


#: A place coordinated with the one before (`et au 6e rang`, `et à la 3e place`).
_NEXT_PLACE = re.compile(r"\s*(?:au|a la|a l.)?\s*\d+(?:e|eme|er|ere)\b")


def _fits_survey(metric: str, out_of: int) -> bool:
    """Whether a place's denominator fits the survey of its metric: the UN's 193 members (191
    and 192 in older editions), a region's dozen countries."""
    if metric == "un_egov_rank":
        return 190 <= out_of <= 193
    if metric == "regional_egov_rank":
        return out_of <= 50
    return True


_CLAUSE_CUT = re.compile(r",|;|\set\s")


#: A place told by a verb of being or arriving (`est 71e`, `arrive désormais 71e`).
_PLACE_TOLD_BY = re.compile(
    r"\b(?:est|etait|sera|arrive|arrivait|termine|pointe|se trouve|se retrouve|reste|restait|"
    r"demeure|demeurait)\s+"
    r"(?:(?:desormais|maintenant|aujourd.hui|ainsi|donc|toujours)\s+)?(?:le |la )?$"
)
#: What follows a place told so: the ranking, the whole, or who ranks (`71e dans l'enquête`,
#: `71e mondial`, `la première localité du pays`).
_PLACE_TOLD_END = re.compile(
    r"\s*(?:[,.;:)]|$|(?:dans|au|aux|a|sur|parmi|mondial\w*|du|de|des|en|avec|derriere|devant|"
    r"ex aequo|pays|provinces?|villes?|localites?|ministeres?)\b)"
)
#: A ranking named in the sentence (`l'enquête ... sur l'e-gouvernement`, `le classement`).
_RANKING_NAMED = re.compile(
    r"\b(?:classement|enquete|indices?|index|egdi|e-gouvernement|gouvernement electronique|"
    r"dti|papi|sipas|par[ -]index|pci)\b"
)


def names_home_index(folded: str) -> bool:
    """Whether folded text names an index that ranks provinces and ministries."""
    return _HOME_INDEX.search(folded) is not None


def _compared_date(s: _Sent, pos: int) -> str | None:
    """The year a change told at `pos` is measured from (`par rapport à l'édition 2022`)."""
    m = _COMPARED_DATE.match(s.folded, pos)
    return m.group(1) if m else None
