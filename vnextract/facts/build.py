"""Building facts: attach quantities and dates of a cleaned article to metrics.

Input: the cleaned text, its sentences, the quantities and date mentions
found in it (offsets in the cleaned text), the publication date and the
vocabulary. Output: `Fact` records grounded in the raw text.

How a quantity becomes a fact:

1. its *counted noun phrase* is read from the structure that follows it
   (`116 millions de visites`, `468.000 comptes enregistrés`), or borrowed
   from the total it is a part of (`2.800 sur un total de 6.800 services`);
2. every metric of the right type is scored on that noun phrase and on the
   words of its clause (verbs, modifiers: `a permis d'économiser`,
   `s'est connecté aux systèmes de`), subject to the metric's `requires`
   and `excludes` lists; the best metric above a floor wins, else no fact;
3. its date is the as-of date written in its sentence (section 6.1), else the
   as-of date of the statistics report it continues (6.2), else the
   publication date (6.3); status, periodicity, USD equivalent, rank
   denominators and changes are read from the words around it.

This module holds the article loop (`build_facts`: contexts, ranking years, one record
per distinct fact) and the quantity loop of a sentence (`_facts_of_sentence`: roles,
totals, noun phrases); the rest of the stage is in its siblings:

- `lexicon.py`: the metric vocabulary (`data/metrics.toml`, a user file, stems);
- `cues.py`: the cue lists of `data/cues.toml` and the patterns the rules read;
- `sentences.py`: a sentence with its findings, a fact draft, the same-length fold;
- `metrics.py`: what a figure measures (noun phrase, metric, `other`), its status and period;
- `dating.py`: the date a figure's own sentence gives it (section 6.1);
- `rankings.py`: places in a ranking, their denominator, change and year;
- `events.py`: launches, adoptions and deadlines read from the dates of a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from vnextract.cleaning.clean import CleanText
from vnextract.facts.carry import (
    aim_horizon,
    change_of_previous_place,
    edition_year,
    heading_horizon,
    next_horizon,
)
from vnextract.facts.cues import (
    _ADDED,
    _ADVERBIAL_HEADS,
    _ANAPHORIC_SHARE,
    _BARE_DIGITS,
    _BRACKETED,
    _CHANGE_AFTER,
    _COMPARED_VALUE,
    _COORDINATED,
    _DONT_SHARE,
    _ELIDED_NOUN,
    _ENDOWED_WITH,
    _ENUMERATION_GAP,
    _INDEX_EDITION_NAMED,
    _INDEX_NAMED,
    _MULTIPLIER_LEFT,
    _NEGATED,
    _NP_WORD,
    _ONLINE,
    _PART_END,
    _PER_STOP,
    _PLACE_TOLD,
    _PLACES_CALLED_POINTS,
    _RESPECTIVELY,
    _SAME_FIGURE,
    _SCORE_GIVEN,
    _SOIT_SHARE,
    _USD_BETWEEN,
    LAUNCH_NOUN,
    _is_egov_topic,
    cues,
)
from vnextract.facts.dating import _explicit_date, _is_dateline, _year_before, years_earlier
from vnextract.facts.events import _events_of_sentence
from vnextract.facts.labels import tidy_label
from vnextract.facts.lexicon import Lexicon, fold
from vnextract.facts.metrics import (
    COUNTRIES,
    INDEX_POINTS,
    INDEX_SCORE,
    _amount_part_of,
    _best_metric,
    _clause_left,
    _counts_accounts,
    _index_score,
    _is_identifier,
    _left_noun,
    _metric_by_cue,
    _noun_of_en,
    _noun_phrase,
    _other,
    _other_metric,
    _parts_of_sets,
    _per,
    _status,
    _words_within,
    index_points,
    told_as_score,
)
from vnextract.facts.rankings import (
    _changes_places,
    _is_rank_number,
    _ranking,
    head_of_ranking,
    names_home_index,
)
from vnextract.facts.sentences import (
    _KIND_TO_TYPE,
    _clean_value,
    _Context,
    _Draft,
    _fold_same_length,
    _last_match,
    _overlaps,
    _Sent,
    _subjects,
    later_than,
    speaks_of_future,
)
from vnextract.models import records
from vnextract.nlp.components import SentenceSpan

if TYPE_CHECKING:
    from vnextract.recognizers.dates import DateMention
    from vnextract.recognizers.quantities import QuantityRecord

#: A sentence with more figures than this is a flattened table or garbage, not prose
#: (the densest sentence of the three test corpora has 4).
MAX_FIGURES_PER_SENTENCE = 40


def build_facts(
    doc_id: str,
    raw: str,
    clean: CleanText,
    sentences: Sequence[SentenceSpan],
    quantities: Sequence[QuantityRecord],
    dates: Sequence[DateMention],
    published: str | None,
    lexicon: Lexicon,
) -> list[dict[str, Any]]:
    """All facts of one article, one record per distinct fact, in text order.

    Each a `Fact` record (a dict in the contract's field order) validated by
    the `Fact` model (`models.records`); `api.Result.facts` gives them
    as models.
    """
    text = clean.text
    folded = _fold_same_length(text)  # once per article: sentences slice it
    sents: list[_Sent] = []
    qi = di = 0
    qs = sorted(quantities, key=lambda q: q.start)
    ds = sorted(dates, key=lambda d: d.start)
    for sp in sentences:
        while qi < len(qs) and qs[qi].start < sp.start:
            qi += 1
        while di < len(ds) and ds[di].start < sp.start:
            di += 1
        sq = []
        j = qi
        while j < len(qs) and qs[j].start < sp.end:
            sq.append(qs[j])
            j += 1
        sd = []
        k = di
        while k < len(ds) and ds[k].start < sp.end:
            sd.append(ds[k])
            k += 1
        stext = text[sp.start : sp.end]
        sents.append(_Sent(sp, stext, folded[sp.start : sp.end], sq, sd))

    drafts: list[_Draft] = []
    # an article about an index (`l'indice PAR INDEX 2020`): its places come with their scores
    index_article = any(_INDEX_EDITION_NAMED.search(s.folded) for s in sents)
    home_index = any(names_home_index(s.folded) for s in sents)
    # what the page is about: its heading and its lead (for a launch whose sentence names only
    # `le guichet`, `ce modèle`)
    heading_end = _heading_end(text)
    lead = next((s for s in sents if s.span.start >= heading_end), None)
    about = folded[:heading_end] + " " + (lead.folded if lead is not None else "")
    context: _Context | None = None
    rank_date: str | None = None
    prev: _Sent | None = None
    last_share: str | None = None
    last_rank: str | None = None
    page_rank: str | None = None  # the last ranking of the vocabulary the page told
    horizon: str | None = None
    last_head: _Draft | None = None
    prev_rank: _Draft | None = None
    section_horizon: str | None = None
    named_year: str | None = None  # the latest past year the sentences named (`En 2022, ...`)
    for s in sents:
        # the items of a list after the line that opens it (`Pour 2025, la ville vise les
        # objectifs suivants :` then `- 100 % des procédures en ligne ;`) go on with it
        in_list = (
            prev is not None
            and _LIST_ITEM.match(s.text) is not None
            and (prev.text.rstrip().endswith(":") or _LIST_ITEM.match(prev.text) is not None)
        )
        # (or go on in the next one, opened as more of the same: `Parallèlement, au moins 90 %
        # des procédures devront ...`)
        goes_on = cues().goes_on.match(s.folded) is not None and speaks_of_future(s)
        if (
            prev is not None
            and s.span.paragraph != prev.span.paragraph
            and not in_list
            and not goes_on
        ):
            horizon = None  # a plan's goals are told in one paragraph ...
        heading = heading_horizon(s, published)
        if heading is not None:
            # ... or under a heading that names their horizon (`Objectifs spécifiques d'ici
            # 2025`), up to the next heading
            section_horizon = heading or None
            horizon = section_horizon
        elif horizon is None and section_horizon is not None:
            horizon = section_horizon
        if context is not None and (
            cues().reset.search(s.folded)
            or (
                s.span.paragraph != context.paragraph
                and not (_subjects(s.folded) & context.subjects)
                and not in_list
            )
        ):
            context = None
        sent_drafts = _facts_of_sentence(
            s,
            published,
            lexicon,
            prev,
            last_share,
            last_rank,
            last_head,
            index_article,
            home_index,
            page_rank,
        )
        if not any(d.fact["type"] == "ranking" for d in sent_drafts):
            top = head_of_ranking(s, published)
            if top is not None:
                sent_drafts.append(top)
        sent_drafts += _events_of_sentence(s, published, lexicon, sent_drafts, prev, about)
        sent_drafts = change_of_previous_place(sent_drafts, prev_rank, s)
        new_context: _Context | None = None
        edition = edition_year(s)
        if edition is not None and (rank_date is None or edition > rank_date):
            rank_date = edition
        for d in sent_drafts:
            f = d.fact
            # an index's scores (`40,596 points`, `un score de 95,88 %`) are dated like its places,
            # and so are the shares of an article about an index's edition (the survey's
            # results: `82,49 % des personnes étaient satisfaites ...`)
            # (those take the edition's year; they do not set it)
            # (a report's as-of date told just before is theirs: `En 2023, la ville a fourni
            # ... Le taux de dossiers en ligne a atteint 62 %` in an article naming the DTI 2022)
            survey_share = (
                index_article
                and f["type"] == "percentage"
                and f["date_source"] != "explicit"
                and context is None
                # (not a share of what was done since a start, dated by the publication:
                # `Depuis le début de l'année, le centre a reçu 126.540 dossiers, dont 38,2 %`)
                and not any((dm.cue or "") == "depuis" for dm in s.dates)
            )
            if f["type"] == "ranking" or d.extra.get("index_score") or survey_share:
                # the places of one survey share its edition year, told once (6.2); a place
                # aimed at in a plan's paragraph (`D'ici 2030, ... le Vietnam vise le groupe des
                # 50 principaux pays`) shares the plan's horizon
                if (
                    f["date_source"] != "explicit"
                    and horizon is not None
                    and f["status"] != "actual"
                ):
                    f["date"], f["date_source"], f["status"] = horizon, "context", "target"
                elif f["date_source"] == "explicit":
                    # (a place held in the year compared with dates no later place: `par
                    # rapport à 2022, quand il était 86e`), nor a place aimed at (`figurer parmi
                    # les 4 premiers à l'horizon 2025. Le pays occupe actuellement la 6e place`)
                    if (
                        not d.extra.get("held_before")
                        and f["status"] == "actual"
                        and (rank_date is None or f["date"] > rank_date)
                    ):
                        rank_date = f["date"]
                elif rank_date is not None and d.extra.get("previous_edition"):
                    # `contre la 6e place lors de l'édition précédente`: the edition before the
                    # page's, two years before for the UN survey (held every two years), one
                    # for the national indices
                    step = 2 if f["metric"] in _UN_SURVEY_METRICS else 1
                    f["date"], f["date_source"] = str(int(rank_date[:4]) - step), "context"
                elif rank_date is not None:
                    f["date"], f["date_source"] = rank_date, "context"
                else:
                    f["date"], f["date_source"] = published, "published"
            elif f["date_source"] == "explicit":
                if (
                    d.date_is_asof
                    and f["status"] == "actual"
                    and (
                        context is None
                        or f["date"] >= context.date
                        or _OPENS_AS_OF.match(s.folded) is not None
                    )
                ):
                    # (an earlier as-of date opening its sentence starts a report of its own:
                    # `..., a annoncé le 20 novembre le Bureau. Au 15 novembre, le portail ...`)
                    new_context = _Context(f["date"], s.span.paragraph, _subjects(s.folded))
            elif f["type"] != "event":
                under_heading = section_horizon is not None and horizon == section_horizon
                if horizon is not None and (
                    f["status"] != "actual" or speaks_of_future(s) or under_heading or in_list
                ):
                    # `D'ici fin 2025, 80 % des services ... Environ 90 % des dossiers ...
                    # seront traités en ligne`: the goals of a plan share its horizon
                    f["date"], f["date_source"], f["status"] = horizon, "context", "target"
                elif context is not None and d.extra.get("as_of", True):
                    f["date"], f["date_source"] = context.date, "context"
                elif (
                    named_year is not None
                    and published is not None
                    and named_year < published[:4]
                    and _THE_YEAR.search(s.folded) is not None
                ):
                    # `au cours de l'année`: the year the report speaks of, named before
                    # (`En 2022, le taux ... Le portail a synchronisé 7,3 millions de dossiers au
                    # cours de l'année`), in an article published after it
                    f["date"], f["date_source"] = named_year, "context"
                else:
                    f["date"], f["date_source"] = published, "published"
        for dm in s.dates:
            if dm.kind == "date" and dm.year is not None and dm.month is None and not dm.future:
                # (the latest: not the year compared with, `contre 30,8 % en 2021`)
                named_year = max(named_year or "", f"{dm.year:04d}")
        launched = _AT_LAUNCH.search(s.folded)
        launches = [
            e
            for e in drafts + sent_drafts
            if e.fact["metric"] in ("portal_launch", "system_launch") and e.fact["date"]
        ]
        for d in sent_drafts:
            if (
                launched
                and launches
                and d.fact["type"] != "event"
                and d.fact["date_source"] != "explicit"
                # (the cue opens the sentence, or closes the figure's clause: `contre 8 au
                # moment de son lancement`)
                and (
                    launched.start() < 12
                    or (
                        0 <= launched.start() - s.local(d.end) <= 30
                        and not any(
                            d.end <= o.start < s.start + launched.start() for o in s.quantities
                        )
                    )
                )
            ):
                # `Lors de son lancement, le portail ne proposait que 8 services`: the day of
                # the launch told before
                d.fact["date"], d.fact["date_source"] = launches[-1].fact["date"], "context"
        for d in sent_drafts:
            if "years_before" in d.extra and d.fact["date_source"] != "explicit":
                n, before = d.extra["years_before"]
                if before.fact["date"]:
                    d.fact["date"] = _year_before(before.fact["date"], n)
                    d.fact["date_source"] = "context"
        if new_context is None and s.text.rstrip().endswith(":"):
            # `Voici les résultats obtenus par la ville en 2024 :`: the date of the list after
            new_context = _list_date(s, published, sent_drafts)
        if new_context is not None:
            context = new_context
        elif context is not None and sent_drafts and s.span.paragraph != context.paragraph:
            # the report goes on in this paragraph: it becomes the report's paragraph
            context = _Context(
                context.date, s.span.paragraph, context.subjects | _subjects(s.folded)
            )
        drafts.extend(sent_drafts)
        horizon = next_horizon(horizon, sent_drafts) or aim_horizon(s, published, sent_drafts)
        prev = s
        # the last share told: its vocabulary key, or for an `other` share its label
        shares = [
            d.fact["label"] if d.fact["metric"] == "other" else d.fact["metric"]
            for d in sent_drafts
            if d.fact["type"] == "percentage"
        ]
        last_share = shares[-1] if shares else (last_share if not sent_drafts else None)
        ranks = [d.fact["metric"] for d in sent_drafts if d.fact["type"] == "ranking"]
        last_rank = ranks[-1] if ranks else (last_rank if not sent_drafts else None)
        page_rank = next((r for r in reversed(ranks) if r != "other"), page_rank)
        places = [d for d in sent_drafts if d.fact["type"] == "ranking"]
        prev_rank = places[-1] if places else None
        counts = [d for d in sent_drafts if d.fact["type"] == "count"]
        last_head = counts[-1] if counts else (last_head if not sent_drafts else None)

    # `Le Vietnam progresse de deux places` in a title or a lead restates the change of a place
    # told elsewhere in the article: no count of its own
    changes = {
        abs(d.fact["change"]) for d in drafts if d.fact["type"] == "ranking" and d.fact["change"]
    }
    drafts = [d for d in drafts if "place_change" not in d.extra or d.fact["value"] not in changes]
    # A figure of the title told again in the body, as it is or rounded (`Plus de 10 millions
    # de personnes ...` over `plus de 10,2 millions de personnes`), is the body's fact: the
    # title's date and words are the headline's, not the report's
    title_end = heading_end
    if title_end > 0:
        body = [d for d in drafts if d.start >= title_end]
        drafts = [
            d for d in drafts if d.start >= title_end or not any(_restates(d, b) for b in body)
        ]
    # One record per distinct fact. A fact told twice (a lead, then the body) is kept where
    # it is told with the most detail (`71e ..., soit un bond de 15 places par rapport à
    # 2022`), so that its sentence shows everything the record says; else where told first.
    chosen: dict[tuple[Any, ...], _Draft] = {}
    for d in sorted(drafts, key=lambda d: (d.start, d.end)):
        f = d.fact
        key = (f["type"], f["metric"], f["value"], f["unit"], f["date"])
        kept = chosen.get(key)
        if kept is None or _detail(d) > _detail(kept):
            chosen[key] = d
    # (the same figure told at two precisions of one date, `en 2023` in the lead and `au 31
    # décembre 2023` in the report, is one fact: the precise date's)
    for coarse in list(chosen):
        f = chosen[coarse].fact
        if f["type"] == "event" or not f["date"] or f["status"] != "actual":
            continue
        for other_key, other in chosen.items():
            od = other.fact["date"]
            if (
                other_key[:4] == coarse[:4]
                and other.fact["status"] == "actual"
                and od
                and len(od) > len(f["date"])
                and od.startswith(f["date"])
            ):
                del chosen[coarse]
                break
    out: list[dict[str, Any]] = []
    for d in sorted(chosen.values(), key=lambda d: (d.start, d.end)):
        f = d.fact
        rs, re_ = clean.to_raw(d.start, d.end)
        out.append(
            dict(doc_id=doc_id, text=raw[rs:re_], start=rs, end=re_, sentence=d.sentence.text, **f)
        )
    return records("Fact", out)  # validated by the model, all in one call


def _online_part_of(total: _Draft, drafts: list[_Draft]) -> bool:
    """Whether the count told right before a total is its part offered online (`4.478
    services publics en ligne sur un total de 6.294 procédures`)."""
    before = [d for d in drafts if d.sentence is total.sentence and d.end <= total.start]
    if not before or before[-1].fact["metric"] != "online_public_services":
        return False
    s = total.sentence
    gap = s.folded[s.local(before[-1].end) : s.local(total.start)]
    return _PART_OF_TOTAL_GAP.fullmatch(gap) is not None


#: A level alone after a figure (`au niveau 4`, `le niveau 4`, `de 3e niveau`, `de 4e et 5e
#: niveau`).
_LEVEL_ONLY = re.compile(
    r"\s*(?:(?:au|le|du|de)\s+niveau\s+\d|aux\s+niveaux\s+\d|(?:de|du)\s+\d+e"
    r"(?:\s+et\s+\d+e)?\s+niveaux?\b)"
)
#: The level a label ends with (`services publics en ligne au niveau 3`).
_LEVEL_TAIL = re.compile(r"\s+(?:au|de|du|le|aux)\s+(?:niveaux?\s+\d.*|\d+e.*niveaux?)$")
#: A total told bare after its part (`, sur un total de 6.300`).
_BARE_TOTAL = re.compile(r"\b(?:sur|d.)\s*un total de\s+(?:quelque\s+|plus de\s+|pres de\s+)?$")
#: Between a part and its total (`sur un total de`, `sur les`, `des`).
_PART_OF_TOTAL_GAP = re.compile(
    r"\s*,?\s*(?:sur|parmi|des)\s+(?:un total de\s+|le total de\s+|l.ensemble des\s+|les\s+)?"
    r"(?:quelque\s+|plus de\s+|pres de\s+|environ\s+)?"
)


def _told_as_now(s: _Sent, q: QuantityRecord) -> bool:
    """A figure told as now right after it (`contre 7 % aujourd'hui`): the words that end a
    report's as-of date (data/cues.toml context_reset)."""
    after = s.folded[s.local(q.end) :]
    return cues().reset.match(after, len(after) - len(after.lstrip())) is not None


def _heading_end(text: str, most: int = 3) -> int:
    """Where the page's heading lines end: the first lines that are no sentence of the lead
    (which ends on its period), up to `most` (a site's name, the title, a byline); or, when a
    dated dispatch line opens the lead a few lines down, that line (the title and the standfirst
    before it, `Plus de 9,1 millions de comptes, ... : le portail a confirmé ...`)."""
    from vnextract.recognizers.dates import parse_dateline

    end = 0
    for _ in range(most):
        nl = text.find("\n", end)
        if nl < 0 or text[end:nl].rstrip().endswith((".", "!", "?", "…")):
            break
        end = nl + 1
    line_start = end
    for _ in range(most + 1):
        nl = text.find("\n", line_start)
        line = text[line_start : nl if nl >= 0 else len(text)]
        if line_start > end and parse_dateline(line) is not None:
            return line_start
        if nl < 0:
            break
        line_start = nl + 1
    return end


def _restates(title: _Draft, body: _Draft) -> bool:
    """Whether a title's figure restates a body's: same type and unit, the same value or the
    body's rounded down (`Plus de 10 millions`, `10,2 millions`); or the same event at a
    coarser date."""
    t, b = title.fact, body.fact
    if t["type"] == "event" and b["type"] == "event":
        # `un nouveau décret entre en vigueur en juillet` over `entrera en vigueur le 1er
        # juillet`: the same step, told at the month
        # (a title's month with no year written is read against the publication, which a step
        # announced in the present may be ahead of: its month, in that year or the next)
        td, bd = t["date"] or "", b["date"] or ""
        return bool(
            t["metric"] == b["metric"]
            and len(td) == 7
            and len(bd) == 10
            and td[5:] == bd[5:7]
            and abs(int(td[:4]) - int(bd[:4])) <= 1
            and (t["label"] or "").split(":")[0] == (b["label"] or "").split(":")[0]
        )
    if t["type"] != b["type"] or t["unit"] != b["unit"] or t["type"] == "event":
        return False
    tv, bv = t["value"], b["value"]
    if tv is None or bv is None:
        return False
    return bool(tv == bv or (t["qualifier"] in ("at_least", "approx") and tv <= bv <= tv * 1.1))


#: Fields that say more about a fact than its value and date.
_DETAIL_FIELDS = ("out_of", "change", "compared_to", "per", "value_usd")


def _detail(d: _Draft) -> int:
    return sum(d.fact.get(k) is not None for k in _DETAIL_FIELDS)


def _list_qualifiers(s: _Sent, qs: list[QuantityRecord]) -> list[str]:
    """Each figure's qualifier; one written before a list covers the list (FACTS.md 7b).

    `Au moins 75 %, 50 % et 40 %`, `plus de 4.500 pétitions et 5.700 appels`: a figure with
    no qualifier of its own, of the same kind as the one before it and joined to it by a
    comma or `et` after a few words, takes its qualifier.
    """
    out: list[str] = [q.qualifier for q in qs]
    list_gap = cues().list_gap
    for i in range(1, len(qs)):
        q, prev = qs[i], qs[i - 1]
        if q.qualifier_text is not None or out[i - 1] == "exact" or q.kind != prev.kind:
            continue
        if list_gap.fullmatch(s.folded[s.local(prev.end) : s.local(q.start)]):
            out[i] = out[i - 1]
    return out


def _index_score_told(s: _Sent, q: QuantityRecord) -> bool:
    """A score told to four places after its index, the economy named after it only (`L'indice
    des infrastructures de télécommunications (TII) atteint 0,8089, porté par la couverture
    4G`): what drove the score, not what it measures."""
    lo = s.local(q.start)
    return (
        told_as_score(q)
        and _INDEX_NAMED.search(s.folded, 0, lo) is not None
        and cues().not_egov.search(s.folded, 0, lo) is None
    )


def _about_the_economy(s: _Sent, q: QuantityRecord, prev: _Sent | None = None) -> bool:
    """Whether the last topic the sentence names before the figure (or right after it) is the
    digital economy or internet use: `... à l'économie numérique, avec une part d'environ
    30 %` is; `... d'économie numérique et de société numérique, avec un DTI de 0,4874` is not
    (the index is named last). A system pointed back to (`cette plateforme`) is the one the
    sentence before named (`une plate-forme de commerce électronique`)."""
    c = cues()
    lo, hi = s.local(q.start), s.local(q.end)
    # (the figure's own clause: `90 % des foyers ont accès à Internet`; the window ends with a
    # word, or `d'identité` cut to `d'ide` would read as FDI)
    if c.not_egov.search(_words_within(s.folded[hi:], 45)):
        return True
    ends = [m.end() for m in c.not_egov.finditer(s.folded, 0, lo)]
    if not ends and prev is not None and _POINTED_BACK.search(s.folded):
        before = [m.end() for m in c.not_egov.finditer(prev.folded)]
        return bool(before) and c.egov_marker.search(prev.folded, before[-1]) is None
    if not ends or c.egov_marker.search(s.folded, ends[-1], lo) is not None:
        return False
    # a new clause about e-government (`... 25 % du PIB d'ici 2025, 100 % des agences de l'État
    # fourniront des données ouvertes`): the economy was the clause before
    clause_start = max(s.folded.rfind(",", ends[-1], lo), s.folded.rfind(";", ends[-1], lo))
    stop = re.search(r"[,;.]", s.folded[hi:])
    own = s.folded[hi : hi + stop.start()] if stop else s.folded[hi:]
    return not (clause_start >= 0 and c.egov_marker.search(own))


def _is_horizon(s: _Sent, date: str) -> bool:
    """Whether the sentence gives `date` as a horizon (`d'ici 2030`, `à l'horizon 2045`)."""
    horizon = cues().horizon_cues
    # (a horizon told from the article's date has no year of its own: `d'ici la fin de
    # l'année`, `d'ici le 30 juin`)
    return any(d.cue in horizon and (d.year is None or str(d.year) == date[:4]) for d in s.dates)


#: The places of the UN e-government survey, held every two years.
_UN_SURVEY_METRICS = frozenset({"un_egov_rank", "regional_egov_rank"})

#: A share worked out from the figure before (`, soit un taux de`, `, soit`).
_RATE_WORKED_OUT = re.compile(r",\s*soit\s+(?:un taux de\s+|une part de\s+|une proportion de\s+)?$")

#: A goal named right before its figure (`loin de l'objectif de 30 %`), and the words that set
#: it after the figure (`fixé pour 2020`).
_GOAL_OF = re.compile(r"\bl.objectif (?:fixe |vise )?(?:de |d.)$")
_SET_FOR = frozenset({"fixe", "fixee", "vise", "visee"})

#: A system named by a demonstrative: the one the sentence before named.
_POINTED_BACK = re.compile(
    r"\b(?:cette|ce|cet) (?:plate-?forme|portail|application|systeme|site|reseau)\b"
)
#: A periodicity framing the whole sentence, at its opening or after the dateline.
_PER_FRAME = re.compile(r"(?:^|[-–—]\s+)((?:chaque|tous les|toutes les)\s+\w+)\s*,")
#: An excerpt cut within the first word after a figure, and a sentence that did end.
_CUT_AFTER = re.compile(r"\s*[^\W\d]{1,5}")
_ENDED = re.compile(r"[.!?…»\")]\s*$")


#: `dans` right before a figure: the places a count told before was made in.
_IN_PLACES = re.compile(r"\bdans\s+(?:les\s+)?$")
#: Between a whole and a part of it (`70.000 entreprises ..., dont 3.800`).
_PART_OF = re.compile(r"[^.;:\d]{0,80}?,?\s*dont\s+")
#: Money allotted to a plan (`un plan de transformation numérique doté de`).
_ENDOWED = re.compile(_ENDOWED_WITH + "$")
#: What a thing had when it was launched (`Lors de son lancement`, `au moment de son
#: lancement`, `à son ouverture`), not since (`depuis son lancement`).
_AT_LAUNCH = re.compile(rf"\b(?:lors de|au moment de|a|au jour de) (?:son|sa|leur) {LAUNCH_NOUN}\b")
#: An amount told as an estimate (`d'un coût estimé à`, `évalué à`).
_ESTIMATED = re.compile(r"\b(?:estime|evalue|chiffre)e?s? a\s+(?:environ |pres de |plus de )?$")
#: Things a vote is held on or in, counted: no voters (`1 900 dossiers soumis au vote`).
_NOT_VOTERS = frozenset(
    {"dossiers", "dossier", "reunions", "reunion", "projets", "projet", "documents", "textes"}
)
#: How often, with nothing counted (`par jour`, `chaque mois`).
_PERIOD_ONLY = re.compile(r"(?:par|chaque) (?:jour|an|annee|mois|semaine)")
#: The same period a year before (`à la même période de l'an dernier`, `dans la même période
#: de 2022`, `à la même période l'an dernier`).
_SAME_PERIOD_BEFORE = re.compile(
    r"[^.;,]{0,20}?\b(?:a|sur|pour|durant|pendant|au cours de|dans)\s+la meme periode (?:de )?"
    r"(?:l.(?:an|annee) (?:dernier|derniere|precedente|passee)\b|(?P<year>(?:19|20)\d\d)\b)"
)
#: Between a figure and the next of one list (`20 services municipaux, les sept`): the first's
#: nouns, a comma and the article.
_LISTED_WITH = re.compile(r"[^\d.;:()]{0,30}?,\s*(?:les|des)\s+")

#: The few things named before, pointed back to (`les deux secteurs`, `ces trois provinces`).
#: (`parmi les six bases de données`, `sur les cinq`: the whole, counted)
_THE_FEW = re.compile(r"(?<!parmi )(?<!sur )\b(?:les|ces)\s+$")
#: An item of a list (`- 1.250 services publics en ligne ;`, `• 80 % des dossiers`).
_LIST_ITEM = re.compile(r"\s*[-–—•*+]\s")


def _list_date(s: _Sent, published: str | None, drafts: list[_Draft]) -> _Context | None:
    """The date a line opening a list gives its items (`Voici les principaux résultats obtenus
    par la ville en 2024 :`): a past date of its own, the line telling no figure."""
    from vnextract.recognizers.dates import resolve

    if any(d.fact["type"] != "event" for d in drafts) or speaks_of_future(s):
        return None
    for d in s.dates:
        if d.kind == "date" and not d.future and not _is_dateline(s, d):
            iso = resolve(d, published, future=None)
            if iso is not None and (published is None or not later_than(iso, published)):
                return _Context(iso, s.span.paragraph, _subjects(s.folded))
    return None


#: The provinces a thing is of, or met with (`les dirigeants des 63`, `l'indice DTI des 63`, `une
#: réunion avec les 34`), not those where a service is (`dans l'ensemble des 63`, `aux 63`).
_THE_BEFORE = re.compile(r"(?<!ensemble )\bdes\s+$|\bavec les\s+$")

#: Where a clause of its own starts, with its own count (`, et 45 utilitaires`, `et avait
#: synchronisé`, `, dont 1.031`).
_JOINED_CLAUSE = re.compile(r",\s*et\s|\bet (?:a|ont|avait|avaient|a ete|ont ete)\s|,\s*dont\s")

#: The year a report speaks of, named before (`au cours de l'année`, `sur l'année`), not another
#: one (`l'année dernière`, `l'année 2022`).
_THE_YEAR = re.compile(
    r"\b(?:au cours de|durant|pendant|sur|dans) l.annee\b"
    r"(?!\s+(?:\d|derniere|precedente|prochaine|en cours|suivante|passee|ecoulee))"
)
#: A sentence opened by an as-of date (`Au 15 novembre, ...`, `Jusqu'au 30 juin 2024, ...`).
_OPENS_AS_OF = re.compile(
    r"\s*(?:(?:au|jusqu'au|a la date du|en date du)\s+\d"
    # (or the year a report is about: `En 2022, plus de 9,5 millions de dossiers ...`)
    r"|(?:en|au cours de l.annee|pour l.annee|durant l.annee)\s+\d{4}\s*,)"
)


def _facts_of_sentence(
    s: _Sent,
    published: str | None,
    lexicon: Lexicon,
    prev: _Sent | None = None,
    last_share: str | None = None,  # a vocabulary key, or the label of an `other` share
    last_rank: str | None = None,
    last_head: _Draft | None = None,
    index_article: bool = False,
    home_index: bool = False,
    page_rank: str | None = None,
) -> list[_Draft]:
    c = cues()
    drafts: list[_Draft] = []
    qs = [q for q in s.quantities if not any(_overlaps(q, d) for d in s.dates)]
    qualifiers = _list_qualifiers(s, qs)
    if len(qs) > MAX_FIGURES_PER_SENTENCE:
        # a table flattened into text or garbage, not prose: nothing to read a fact from
        return drafts
    consumed: set[int] = set()
    economy_end: int | None = None  # where the last figure of the economy told ends
    roles: dict[int, str] = {}
    # the words a metric's `requires` and `topic` may be found in: this sentence and the one
    # before it (`Dans un premier temps, il proposera 8 services`: `il` is the portal)
    scope = s.folded + " " + (prev.folded if prev is not None else "")
    # `32 établissements se sont connectés. Parmi eux figurent 28 banques ...`: the parts of
    # the count told just before
    last_count: _Draft | None = last_head if cues().parts_of_previous.match(s.folded) else None
    # `Sur les 64 tâches du plan, 14 ont été réalisées, 21 sont en bonne voie`: each part over
    # the set named before it, which is no fact of its own (FACTS.md 7b)
    sets = _parts_of_sets(s, qs)
    consumed.update(sets.values())
    for idx, q in enumerate(qs):
        if idx in consumed:
            continue
        after = s.folded[s.local(q.end) :]
        if _amount_part_of(s, qs, idx, after):
            # `un investissement total de 10 millions de dollars, dont 9 millions sous forme
            # d'aide`: a part of an amount told without its currency is in the amount's
            q = q._replace(kind="money", unit=qs[idx - 1].unit)
        nxt = qs[idx + 1] if idx + 1 < len(qs) else None
        # a USD equivalent in brackets right after a money amount is that amount's value_usd
        value_usd = None
        # (an equivalent in another currency, `25,00 $ (environ 23,00 €)`, is the same amount:
        # no fact of its own, and only a USD one is kept, as value_usd)
        if q.kind == "money" and nxt is not None and nxt.kind == "money" and nxt.unit != q.unit:
            nxt_from = nxt.qualifier_start if nxt.qualifier_start is not None else nxt.start
            between = s.text[s.local(q.end) : s.local(nxt_from)]
            if _USD_BETWEEN.fullmatch(between):
                if nxt.unit == "USD":
                    value_usd = nxt.value
                consumed.add(idx + 1)
        role = roles.get(idx)
        left_of_q = s.folded[: s.local(q.qualifier_start or q.start)]
        if role is None and (
            c.total_left.search(left_of_q)
            or (
                c.stock_left.search(left_of_q)
                and not _ONLINE.search(_PART_END.split(s.folded[s.local(q.end) :][:80], 1)[0])
            )
        ):
            role = "total"
        np_source = q
        out_of = None
        if idx in sets:
            out_of, np_source = int(qs[sets[idx]].value), qs[sets[idx]]
        if q.kind == "number" and _is_identifier(s, q) and not _is_rank_number(s, q):
            continue
        if (
            nxt is not None
            and q.kind == "number"
            and nxt.kind == "number"
            and s.text[s.local(q.end) : s.local(nxt.start)] == "/"
            and nxt.value.is_integer()
            and not _is_rank_number(s, q)
        ):
            # `95 550/271 926 comptes`, `12/63 provinces`, `91,7/100 points`: one record over
            # its total, which counts what the figure counts
            out_of = int(nxt.value)
            consumed.add(idx + 1)
            np_source = nxt
        elif nxt is not None and q.kind in ("number", "percent") and nxt.kind == "number":
            between_f = s.folded[s.local(q.end) : s.local(nxt.qualifier_start or nxt.start)]
            total_m = c.part_of_total.match(between_f)
            if total_m:
                rel, pre = total_m.group("rel"), total_m.group("pre").strip()
                y_words, _ = _noun_phrase(s, nxt)
                if y_words and (
                    y_words[0] in c.denominator_words
                    # (things counted are plural: `9 entreprises sur 10 déclarent ...` goes
                    # on with a verb)
                    or (nxt.value > 1 and not y_words[0].endswith(("s", "x")))
                ):
                    y_words = []  # `sur 25 destinés aux citoyens`: no noun of its own
                if "total" in rel or "ensemble" in rel:
                    # `2.800 sur un total de 6.800 services`: both are facts, the noun is shared
                    role, roles[idx + 1] = "part", "total"
                    if not pre:
                        np_source = nxt
                elif q.kind == "percent" and rel == "des":
                    # `35,15 % des 8.536 procédures`: the base of a share is a total
                    roles[idx + 1] = "total"
                elif rel in ("des", "sur") and not pre:
                    # `57 des 63 provinces`, `19 sur 63 provinces`: a share of a denominator that
                    # is not a fact itself (FACTS.md 7b)
                    out_of = int(nxt.value) if nxt.value.is_integer() else None
                    consumed.add(idx + 1)
                    np_source = nxt
                elif rel != "des" and not y_words:
                    # `55 provinces et villes sur 63`: a bare denominator
                    out_of = int(nxt.value) if nxt.value.is_integer() else None
                    consumed.add(idx + 1)
                elif rel in ("sur", "parmi"):
                    # `4 474 services en ligne sur quelque 6.300 procédures`: one record over
                    # its total (FACTS.md 7b), which the part's noun names
                    out_of = int(nxt.value) if nxt.value.is_integer() else None
                    consumed.add(idx + 1)
        if role is None and nxt is not None and q.kind == "number" and nxt.kind == "number":
            # `1.989 procédures, dont 1.174 de niveau 4`: the head is the total of online parts
            gap = s.folded[s.local(q.end) : s.local(nxt.qualifier_start or nxt.start)]
            own_np = " ".join(_noun_phrase(s, q)[0])
            part_np = s.folded[s.local(nxt.end) : s.local(nxt.end) + 60]
            if (
                c.parts_follow.fullmatch(gap)
                and not _ONLINE.search(own_np + gap)
                and _ONLINE.search(part_np)
            ):
                role = "total"
        if q.kind == "ordinal" or _is_rank_number(s, q):
            d = _ranking(
                s, q, qs, consumed, lexicon, prev, published, last_rank, home_index, page_rank
            )
            if d is not None:
                drafts.append(d)
            continue
        if q.kind == "ordinal":
            continue
        if _CUT_AFTER.fullmatch(after) and not _ENDED.search(s.text):
            # `tandis que 14 d`: an excerpt cut right after the figure; what it counts is lost
            continue
        if q.kind == "number" and _MULTIPLIER_LEFT.search(
            s.folded[max(0, s.local(q.start) - 30) : s.local(q.start)]
        ):
            continue  # `multiplié par trois`: a factor, no count
        np_words, np_text = _noun_phrase(s, np_source)
        if (
            not np_words
            and np_source is q
            and q.kind in ("number", "percent")
            and nxt is not None
            and nxt.kind == q.kind
            and _COORDINATED.fullmatch(
                s.folded[s.local(q.end) : s.local(nxt.qualifier_start or nxt.start)]
            )
        ):
            # `respectivement 1,2 million et 2,5 millions de dossiers`, `au moins 30 % et 10 %
            # des services publics`: the noun told once
            np_words, np_text = _noun_phrase(s, nxt)
            np_source = nxt  # the figure's own span does not take the other figure in
        if (
            np_source is q
            and q.kind == "number"
            and _BARE_DIGITS.match(q.text)
            and _ELIDED_NOUN.match(after)
        ):
            # `dont 2.915 de niveau 4`: a bare number followed by `de` has an elided noun
            np_words, np_text = [], ""
        if (not np_words or np_words[0] in _ADVERBIAL_HEADS) and out_of is None:
            # `sur 1 827 procédures, la ville en a fourni 1 312 en ligne`: `en` is the noun
            # counted before (`en ligne` says how they are, not what they are)
            ante_words, ante_text = _noun_of_en(s, q, qs[:idx], prev)
            if ante_words:
                np_words = ante_words + np_words
                np_text = " ".join(t for t in (ante_text, np_text) if t)
        if (
            q.kind == "number"
            and np_words
            and np_words[0] in c.localities
            and last_count is not None
            and _IN_PLACES.search(s.folded, 0, s.local(q.qualifier_start or q.start))
            # (places after places are more places: `dans ses neuf districts et villes ainsi
            # que dans 152 communes`)
            and fold(last_count.fact["label"] or " ").split()[0] not in c.localities
        ):
            # `a reçu et traité 17 710 dossiers dans 40 communes et quartiers`: where the count
            # just told was made, no figure of its own
            continue
        level = _LEVEL_ONLY.match(after) if q.kind == "number" else None
        told_counts = [d for d in drafts if d.fact["type"] == "count"]
        if level and told_counts:
            # `dont 412 en ligne au niveau 3 et 96 au niveau 4`, `900 de 3e niveau`: more of what
            # the count before counts, at another level
            label = _LEVEL_TAIL.sub("", told_counts[-1].fact["label"] or "")
            np_words = _NP_WORD.findall(fold(label)) + _NP_WORD.findall(level.group(0))
            np_text = f"{label} {after[: level.end()].strip()}".strip()
        share_of: str | None = None
        share_head = last_count.fact["metric"] if last_count is not None else None
        if not np_words and q.kind == "percent" and last_count is not None:
            # `320 000 dossiers en 2023, dont 99,5 % dans les délais`: a share of the count
            gap = s.folded[s.local(last_count.end) : s.local(q.qualifier_start or q.start)]
            if last_count.sentence is not s or _DONT_SHARE.fullmatch(gap):
                # (or the sentence opened as its parts: `... 2,3 millions de dossiers. Parmi
                # eux, 97,6 % ont été réglés dans les délais`)
                np_words = _NP_WORD.findall(fold(last_count.fact["label"] or ""))
                np_text = last_count.fact["label"] or ""
            elif _SOIT_SHARE.fullmatch(gap) and (
                last_count.fact["out_of"] or not _CHANGE_AFTER.match(after)
            ):
                # `329/492 hôpitaux provinciaux, soit 66,9 %`, `1 654 (soit 70,4 %)`, `dont 654
                # dans les délais, soit 97,47 %`: the same part of the whole, as a share
                share_of = last_count.fact["label"] or ""
                if share_head == "public_services_total" and _online_part_of(last_count, drafts):
                    # `4.478 services publics en ligne sur un total de 6.294 procédures, soit
                    # 71,1 %`: the online part over the total told before it
                    share_head = "online_public_services"
        if not np_words and out_of is None and share_of is None:
            # `le nombre de comptes ... a atteint 2 millions`: the noun is on the left (a share
            # told again after its count names the count's, not the words before it)
            labels = [(d.start, d.fact["label"] or "") for d in told_counts]
            np_words, np_text = _left_noun(s, q, labels)
        # `a connu des progressions dont 7 places pour l'indice ...`, `une diminution de 10
        # places`: places gained or lost with no place told are a count of the ranking, unless
        # a place of the sentence takes them as its change (dropped at the end)
        place_change = (
            q.kind == "number"
            and bool(np_words)
            and np_words[0] in ("place", "places")
            and _changes_places(s, s.local(q.start))
            # of an e-government ranking or an index (named here or just before), not the
            # Universal Postal Union's
            and (_is_egov_topic(s.folded) or _INDEX_NAMED.search(scope) is not None)
        )
        used = (
            c.used_times.search(s.folded, 0, s.local(q.qualifier_start or q.start))
            # (of an e-government system the sentence names: `l'application` alone is none)
            if q.kind == "number" and np_words[:1] == ["fois"] and _is_egov_topic(s.folded)
            else None
        )
        if used is not None:
            # `L'application VNeID a été téléchargée plus de 40 millions de fois`: as many
            # downloads (`consulté 1 milliard de fois`: consultations)
            np_text = c.used_as[used.group(1)]
            np_words = [fold(np_text)]
        if (
            q.kind == "number"
            and np_words
            and np_words[0] in c.not_counted
            and not index_points(s, q, np_words, prev)
            # (`42 points de passage`, `1.000 points d'examen`: places, counted)
            and not _PLACES_CALLED_POINTS.match(" ".join(np_words))
            and not place_change
            # (how many of a plan's tasks are done measures: `Sur les 64 tâches, 14 ont ...`)
            and idx not in sets
        ):
            continue
        if (
            q.kind in ("number", "percent")
            and c.vote.search(s.folded, max(0, s.local(q.start) - 60), s.local(q.end) + 60)
            # (of voters or a share: `1 900 dossiers soumis au vote` are dossiers)
            and (q.kind == "percent" or not np_words or np_words[0] not in _NOT_VOTERS)
        ):
            # `avec 431/468 délégués participant au vote en faveur (soit 87,25 %)`: a vote's
            # tally, no figure of e-government
            continue
        # `Cinq ministères n'ont pas encore connecté leur système`: how many did not do it
        negated = _NEGATED.match(s.folded[s.local(q.end) : s.local(q.end) + 60]) is not None
        if q.kind == "number" and c.survey_scope.search(
            s.folded[
                max(0, s.local(q.qualifier_start or q.start) - 90) : s.local(
                    q.qualifier_start or q.start
                )
            ]
        ):
            # `Le PAR INDEX évalue les réformes dans 63 provinces`: what a survey covers
            continue
        if q.kind == "number" and c.capacity.search(
            s.folded,
            max(0, s.local(q.qualifier_start or q.start) - 70),
            s.local(q.qualifier_start or q.start),
        ):
            # `une capacité d'accueil simultanée de 800 à 1.000 dossiers`: no count of anything
            continue
        if q.kind == "number" and c.presented.search(
            s.folded, max(0, s.local(q.qualifier_start or q.start) - 40), s.local(q.start)
        ):
            # `le colloque verra la présentation de six rapports`: what a meeting hears
            continue
        if (not _index_score_told(s, q) and _about_the_economy(s, q, prev)) or (
            economy_end is not None
            and _PART_OF.fullmatch(
                s.folded, s.local(economy_end), s.local(q.qualifier_start or q.start)
            )
        ):
            # the digital economy, internet use (FACTS.md 7b): no e-government figure, nor a
            # part of one (`70.000 entreprises technologiques numériques, dont 3.800 start-up`)
            economy_end = q.end
            continue
        if c.reform_after.match(s.folded, s.local(q.end)) or c.reform_before.search(
            s.folded, 0, s.local(q.start)
        ):
            # `556 procédures ont été décentralisées`: administrative reform, nothing online
            continue
        if (
            q.kind == "number"
            and q.value < 10
            and out_of is None
            and _THE_FEW.search(s.folded, 0, s.local(q.qualifier_start or q.start))
            # (but a count listed among others is counted: `le système relie 20 services
            # municipaux, les sept arrondissements et districts ainsi que 56 quartiers`)
            and not any(
                p.kind == "number"
                and p.end <= q.start
                and _LISTED_WITH.fullmatch(
                    s.folded, s.local(p.end), s.local(q.qualifier_start or q.start)
                )
                for p in qs
            )
        ):
            # `a appelé les deux secteurs à mieux partager leurs données`: the few things
            # named before, pointed back to, counted by nothing (FACTS.md 7: `les deux parties`)
            continue
        clause_left = _clause_left(s, q)
        growth = q.kind == "percent" and bool(c.growth_left.search(s.folded[: s.local(q.start)]))
        # a rate of change is no share of anything: only `other` can take it; a place's score
        # in an index (`en tête de l'indice SIPAS avec 95,76 %`) is the index's
        # (or, in an article about an index, a place told with its score: `Quang Ninh
        # demeurait en tête des 63 provinces avec 91,04 %`)
        score = (
            q.kind == "percent"
            and not np_words
            and bool(_SCORE_GIVEN.search(s.folded, 0, s.local(q.qualifier_start or q.start)))
            and (
                _index_score(s, q, np_words)
                or (index_article and _PLACE_TOLD.search(s.folded) is not None)
            )
        )
        accounts = _counts_accounts(s, q, np_words, np_text, after)
        decided, metric = _metric_by_cue(
            q,
            s,
            lexicon,
            share_of,
            share_head,
            accounts=accounts,
            score=score,
            place_change=place_change,
            growth=growth,
            prev=prev,
        )
        if not decided:
            metric = _best_metric(q, np_words, clause_left, after, s, lexicon, role, scope)
        resp = (
            _RESPECTIVELY.search(s.folded, 0, s.local(q.start))
            if metric is None and q.kind == "number" and not np_words
            else None
        )
        if resp is not None:
            # `19 millions de comptes et 7,6 millions de dossiers, contre respectivement
            # 12,5 millions et 5,2 millions en 2021`: the k-th figure counts the k-th noun
            heads = [
                d for d in drafts if d.fact["type"] == "count" and d.end <= s.start + resp.start()
            ]
            k = sum(
                1 for d in drafts if d.fact["type"] == "count" and d.start > s.start + resp.start()
            )
            if k < len(heads):
                metric = lexicon.metrics.get(heads[k].fact["metric"])
                np_text = heads[k].fact["label"]
        counted = last_count or (
            last_head if last_head is not None and last_head.sentence is prev else None
        )
        if (
            metric is None
            and q.kind == "number"
            # (nothing counted after the figure but how often: `35 000 par jour`)
            and (not np_words or _PERIOD_ONLY.fullmatch(" ".join(np_words)) is not None)
            and counted is not None
            and c.clitic_en.search(
                s.folded,
                max(0, s.local(q.qualifier_start or q.start) - 60),
                s.local(q.qualifier_start or q.start),
            )
        ):
            # `Lancé avec 8 services publics, il en propose aujourd'hui plus de 4.400`: `en` is
            # what the count just before counts
            metric = lexicon.metrics.get(counted.fact["metric"]) or _other(
                counted.fact["label"] or "", "count"
            )
            np_text = counted.fact["label"] or ""
        # (the figure told before: in the sentence before, or before a semicolon of this one)
        same_as = (
            last_count
            if last_count is not None
            and ";" in s.text[s.local(last_count.end) : s.local(q.qualifier_start or q.start)]
            else last_head
            if last_head is not None and last_head.sentence is not s
            else None
        )
        if (
            metric is None
            and q.kind == "number"
            and same_as is not None
            and _SAME_FIGURE.search(s.folded, 0, s.local(q.qualifier_start or q.start))
        ):
            # `... ont mis en ligne 1.551 services publics. Au niveau provincial, ce chiffre est de
            # 45.374`: the figure counts what the one told before counts
            metric = lexicon.metrics.get(same_as.fact["metric"]) or _other(
                same_as.fact["label"] or "", "count"
            )
            np_text = np_text or same_as.fact["label"] or ""
        if metric is None and last_count is not None and q.kind == "number":
            # `1 027 services en ligne, dont 728 destinés aux citoyens et 299 aux entreprises`:
            # the parts of an enumeration count what its head counts
            gap = s.folded[s.local(last_count.end) : s.local(q.qualifier_start or q.start)]
            # the sentence opened `Parmi eux`: its figures are parts of an `other` count told
            # just before (a part of a vocabulary count may count something else: `Parmi
            # elles, les informations de 86,6 millions de personnes ont été authentifiées`)
            told_before = last_count.sentence is not s
            if told_before and not np_words:
                # `Parmi ceux-ci, 1 044 ont été traités dans les délais`: a bare part of the
                # count told before, by its state; the head's metric counts the whole, the
                # part is `other`
                metric = _other(np_text or last_count.fact["label"] or "", "count")
                np_text = np_text or last_count.fact["label"]
            elif (told_before and last_count.fact["metric"] == "other") or (
                not told_before and (enumerated := _ENUMERATION_GAP.fullmatch(gap))
            ):
                np_text = np_text or last_count.fact["label"]
                if not told_before and enumerated and enumerated.group("total") and np_text:
                    # the total is of the whole, not of those added (`comptes supplémentaires`)
                    np_text = _ADDED.sub(" ", np_text).strip() or np_text
                head = last_count.fact["metric"]
                if head == "public_services_total" and _ONLINE.search(
                    _PART_END.split(after[:80], maxsplit=1)[0]
                ):
                    # `1 865 procédures, dont 1 420 sont fournies en ligne`: the part online
                    head = "online_public_services"
                head_metric = lexicon.metrics.get(head)
                noun = head_metric.nouns.search(" ".join(np_words)) if head_metric else None
                if (
                    head_metric
                    and head_metric.nouns
                    and np_words
                    and (not noun or noun.start())
                    and ", et " in gap
                ):
                    # a clause of its own naming what it counts, not what the head counts, is
                    # no part of it (`60 millions de comptes ..., et 45 utilitaires sont
                    # intégrés`; but `965 services complets et 1.266 partiels`)
                    head = "other"
                # a part of an `other` count is `other` too (`153 plateformes ..., dont 103 ...`)
                metric = _other(np_text, "count") if head == "other" else head_metric
        if (
            metric is None
            and q.kind == "percent"
            and last_share is not None
            and _ANAPHORIC_SHARE.search(clause_left)
        ):
            # `À l'horizon 2030, ce taux devra atteindre 100 %`: the share told just before
            metric = lexicon.metrics.get(last_share) or _other(last_share, "percentage")
        if metric is None:
            metric = _other_metric(
                s, q, np_words, np_text, clause_left, after, lexicon, prev, out_of, index_article
            )
        # (the drafts so far are this sentence's)
        told_share = [d for d in drafts if d.fact["type"] == "percentage"]
        told_count = [d for d in drafts if d.fact["type"] == "count"]
        # (nothing counted after the figure but when: `contre seulement 8 au moment de son
        # lancement`)
        bare = (
            not np_words
            or _AT_LAUNCH.match(s.folded, s.local(q.end) + 1) is not None
            # (`contre moins de 7 % aujourd'hui`: nothing counted, only when)
            or _told_as_now(s, q)
        )
        compared_with = (
            _COMPARED_VALUE.search(s.folded, 0, s.local(q.qualifier_start or q.start))
            if bare and q.kind in ("percent", "number")
            else None
        )
        if compared_with and q.kind == "percent" and told_share:
            # `dont 61 % déposés en ligne, contre 42 % un an plus tôt`: the share told just
            # before, at another date
            metric = lexicon.metrics.get(told_share[-1].fact["metric"]) or _other(
                told_share[-1].fact["label"] or "", "percentage"
            )
        elif (
            q.kind == "percent"
            and not np_words
            and metric is not None
            and metric.key == "other"
            and told_count
            and told_count[-1].fact["metric"] == "online_public_services"
            and _RATE_WORKED_OUT.search(s.folded, 0, s.local(q.qualifier_start or q.start))
        ):
            # `1.843 procédures, dont 1.366 sont proposées en ligne aux niveaux 3 et 4, soit un
            # taux de 74,1 %`: the share worked out from the services online told just before
            metric = lexicon.metrics.get("online_services_share") or metric
        elif (
            q.kind == "percent"
            and told_share
            and _GOAL_OF.search(s.folded, 0, s.local(q.qualifier_start or q.start))
            and (not np_words or np_words[0] in _SET_FOR)
        ):
            # `ne représentent que 3,2 % des services offerts, loin de l'objectif de 30 % fixé
            # pour 2020`: the goal set for the share told just before
            metric = lexicon.metrics.get(told_share[-1].fact["metric"]) or _other(
                told_share[-1].fact["label"] or "", "percentage"
            )
        elif compared_with and q.kind == "number" and told_count:
            # `250 procédures relevant de 13 ministères étaient connectées, contre 224 un an
            # plus tôt`: the count the sentence is about (its first), at another date; after a
            # clause joined by `, et` or `et` and a verb, that clause's (`..., et 45 utilitaires
            # sont intégrés, contre 42`, `intégrait 2.690 services et avait synchronisé 70
            # millions de dossiers, contre 1,28 million`), after a part (`, dont 1.031 aux
            # niveaux 3 et 4, contre 612`), the part's
            joined_m = _last_match(_JOINED_CLAUSE, s.folded[: s.local(q.start)])
            joined = joined_m.start() if joined_m is not None else -1
            ours = [d for d in told_count if s.local(d.start) > joined] if joined >= 0 else []
            about = (ours or told_count)[0]
            metric = lexicon.metrics.get(about.fact["metric"]) or _other(
                about.fact["label"] or "", "count"
            )
            np_text = about.fact["label"] or np_text
        elif (
            metric is None
            and not np_words
            and q.kind == "number"
            and told_count
            and told_count[-1].fact["metric"] == "online_public_services"
            and _BARE_TOTAL.search(s.folded, 0, s.local(q.qualifier_start or q.start))
        ):
            # `4.620 procédures étaient proposées en ligne, sur un total de 6.300`: the total of
            # the procedures the part counts, a figure in its own right (FACTS.md 7b)
            metric = lexicon.metrics.get("public_services_total")
            np_text = told_count[-1].fact["label"] or np_text
        if metric is None:
            continue
        if (
            metric.key == "other"
            and q.kind == "number"
            and q.value in c.country_provinces
            and c.all_provinces.match(s.folded, s.local(q.end))
            and _THE_BEFORE.search(s.folded, 0, s.local(q.qualifier_start or q.start))
        ):
            # `les dirigeants des 63 provinces et villes`, `l'indice DTI des 63 provinces et
            # villes du pays`: all of the country's provinces, named, no count of anything done
            # (unlike `Les 63 provinces ont ouvert un portail`, `proposé dans les 63 provinces`)
            continue
        if metric.key == "dossiers_processed" and c.not_processed.match(
            s.folded, s.local(q.end), s.local(q.end) + 60
        ):
            # `17 dossiers en souffrance`, `6 dossiers sont en cours de traitement`, `2 ont été
            # annulés`: dossiers waiting or dropped are no dossiers processed
            metric = _other(np_text or "dossiers en attente", "count")
        fact_type = _KIND_TO_TYPE[q.kind]
        if negated and metric.key != "other":
            # those that did not (`n'ont pas encore connecté`) are a figure, not of those that did
            metric = _other(np_text or metric.label, fact_type)
        status = _status(s, q)
        date, is_asof = _explicit_date(s, q, published, status)
        if date is not None and _told_as_now(s, q):
            # `En 2020, 30 % des services devront être fournis en ligne, contre moins de 7 %
            # aujourd'hui`: the figure told as now is of the publication, not the sentence's year
            date, is_asof = None, False
        earlier = years_earlier(s, q) if date is None else None
        same_before = [d for d in drafts if d.fact["type"] == fact_type]
        base = same_before[-1].fact.get("date") if same_before else None
        same_period = _SAME_PERIOD_BEFORE.match(s.folded, s.local(q.end))
        if date and base and len(base) > 4 and same_period:
            # `dont 61 % en ligne au cours des deux premiers mois, contre 42 % à la même période
            # de l'an dernier`: the period of the figure before, a year earlier (the year before
            # the figure's, whatever year the article is of), or in the year told
            year = same_period.group("year") or str(int(base[:4]) - 1)
            if date[:4] in (year, str(int(base[:4]) - 1), str(int(base[:4]))):
                date = f"{year}{base[4:]}"
        if status == "actual" and date and published and later_than(date, published):
            # `d'ici fin 2021` in a February 2021 dispatch: not done yet
            status = "planned"
        spending = metric.key == "cost"
        if status == "planned" and date and _is_horizon(s, date) and not spending:
            # `D'ici 2030, au moins 70 % des procédures ...`: a goal with its horizon (FACTS.md 6)
            # (money to be spent by then is planned, no objective: `prévoit d'investir 215
            # milliards de dongs d'ici 2025`)
            status = "target"
        if spending and status == "actual" and _ENDOWED.search(s.folded, 0, s.local(q.start)):
            # `un plan ... doté de 46 milliards de dongs`: money allotted, to be spent
            status = "planned"
        if (
            spending
            and status == "actual"
            and _ESTIMATED.search(s.folded, max(0, s.local(q.start) - 30), s.local(q.start))
            and speaks_of_future(s)
        ):
            # `Le centre, d'un coût estimé à 1.000 milliards de dongs, devrait entrer en service`:
            # the estimate of what is still to be built
            status = "planned"
        per = None
        # (a rate of growth has one too: `augmentera de 20 % chaque année`)
        if fact_type == "money" or q.kind == "number" or growth:
            # the periodicity of the figure's own words, not of the next figure's clause
            # (`1.047 dossiers, soit une économie de 169 milliards par an`)
            own_after = _BRACKETED.sub(" ", after[:120])[:80]
            stop = _PER_STOP.search(own_after)
            # (or the sentence's opening frame: `Chaque mois, le portail reçoit 250 000 dossiers`)
            frame = _PER_FRAME.search(s.folded, 0, 80)
            per = (
                _per(own_after[: stop.start()] if stop else own_after)
                or _per(clause_left[-40:])
                or (_per(frame.group(1)) if frame else None)
            )
        label = tidy_label(np_text, metric.label)
        f: dict[str, Any] = {
            "type": fact_type,
            "metric": metric.key,
            "value": _clean_value(q.value),
            "unit": q.unit if fact_type in ("money", "percentage") else None,
            "qualifier": qualifiers[idx],
            "out_of": out_of,
            "change": None,
            "compared_to": None,
            "per": per if fact_type in ("money", "count") or growth else None,
            "value_usd": value_usd,
            "date": date,
            "date_source": "explicit" if date else "published",
            "status": status,
            "label": label,
        }
        end = q.end
        if (
            fact_type == "count"
            and np_source is q
            and np_text
            and s.text.find(np_text, s.local(q.end)) >= 0
        ):
            end = s.start + s.text.find(np_text, s.local(q.end)) + len(np_text)
            if end - q.end > 60:
                end = q.end
        # `62,3 %, contre 38 % en 2022`: the date of a value compared with is no as-of date
        # of the report (the sentences after it are not about 2022)
        compared = bool(_COMPARED_VALUE.search(s.folded[: s.local(q.qualifier_start or q.start)]))
        draft = _Draft(f, q.start, end, s, date_is_asof=is_asof and not compared)
        draft.extra["as_of"] = metric.as_of
        # (and so are countries counted by their group in the index: `40 pays figurent dans le
        # groupe à indice « très élevé »`)
        draft.extra["index_score"] = metric.key == "other" and (
            metric.label in (INDEX_SCORE, INDEX_POINTS)
            or (fact_type == "count" and bool(np_words) and np_words[0] in COUNTRIES)
        )
        if place_change:
            draft.extra["place_change"] = idx
        if earlier and same_before:
            # `un score de 0,7709, contre 0,6787 deux ans plus tôt`: dated from the figure
            # before, once that one has its date
            draft.extra["years_before"] = (earlier, same_before[-1])
        drafts.append(draft)
        if fact_type == "count":
            last_count = draft
    # places gained that a place of the sentence took as its change are no count of their own
    return [d for d in drafts if d.extra.get("place_change", -1) not in consumed]
