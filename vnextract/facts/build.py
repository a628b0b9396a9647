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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from vnextract.cleaning.clean import CleanText
from vnextract.facts.lexicon import Lexicon, Metric, Stems, fold
from vnextract.nlp.components import SentenceSpan
from vnextract.outputs.schemas import record
from vnextract.resources import load_toml

if TYPE_CHECKING:
    from vnextract.recognizers.dates import DateMention
    from vnextract.recognizers.quantities import QuantityRecord

#: A sentence with more figures than this is a flattened table or garbage, not prose
#: (the densest sentence of the three test corpora has 4).
MAX_FIGURES_PER_SENTENCE = 40

_KIND_TO_TYPE = {"money": "money", "percent": "percentage", "ordinal": "ranking", "number": "count"}


@dataclass(frozen=True)
class _Cues:
    target: re.Pattern[str]
    planned: re.Pattern[str]
    result: re.Pattern[str]
    per: tuple[tuple[str, re.Pattern[str]], ...]
    rank_words: re.Pattern[str]
    out_of: re.Pattern[str]
    up: re.Pattern[str]
    down: re.Pattern[str]
    compared: re.Pattern[str]
    part_of_total: re.Pattern[str]
    reset: re.Pattern[str]
    as_of: frozenset[str]
    strong_break: re.Pattern[str]
    np_skip: frozenset[str]
    launch: re.Pattern[str]
    deadline: re.Pattern[str]
    obligation: re.Pattern[str]
    subindex: re.Pattern[str]
    total_left: re.Pattern[str]
    not_counted: frozenset[str]
    growth_left: re.Pattern[str]
    change_from: re.Pattern[str]
    identifier_heads: frozenset[str]
    documents: re.Pattern[str]
    adoption_verbs: re.Pattern[str]
    numbered_doc: re.Pattern[str]
    clitic_en: re.Pattern[str]


def _any(patterns: Sequence[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _stems(stems: Sequence[str]) -> re.Pattern[str]:
    return re.compile("|".join(r"\b" + re.escape(s) for s in sorted(stems, key=len, reverse=True)))


@cache
def cues() -> _Cues:
    """The cue lists of `data/cues.toml`, compiled once."""
    d = load_toml("cues.toml")
    st, rk = d["structure"], d["ranking"]
    return _Cues(
        target=_any(d["status"]["target"]),
        planned=_any(d["status"]["planned"]),
        result=re.compile(d["status"]["result"]),
        per=tuple((k, _any(v)) for k, v in d["per"].items()),
        rank_words=_any(rk["words"]),
        out_of=re.compile(rk["out_of"]),
        up=re.compile(rk["up"]),
        down=re.compile(rk["down"]),
        compared=re.compile(rk["compared"]),
        part_of_total=re.compile(st["part_of_total"]),
        reset=_any(st["context_reset"]),
        as_of=frozenset(st["as_of"]),
        strong_break=re.compile(st["strong_break"]),
        np_skip=frozenset(st["np_skip"]),
        launch=_stems(st["launch"]),
        deadline=_stems(st["deadline_cues"]),
        obligation=_any(st["obligation"]),
        subindex=re.compile(rk["subindex"]),
        total_left=re.compile(st["total_left"]),
        not_counted=frozenset(st["not_counted"]),
        growth_left=re.compile(st["growth_left"]),
        change_from=re.compile(st["change_from"]),
        identifier_heads=frozenset(st["identifier_heads"]),
        documents=_any(d["adoption"]["documents"]),
        adoption_verbs=re.compile(d["adoption"]["verbs"]),
        numbered_doc=re.compile(d["adoption"]["numbered"]),
        clitic_en=re.compile(st["clitic_en"]),
    )


@dataclass
class _Sent:
    """A sentence with its folded text and what was found in it."""

    span: SentenceSpan
    text: str
    folded: str
    quantities: list[QuantityRecord]
    dates: list[DateMention]
    #: whether a metric's `requires` stems occur in the sentence's scope, by `id(stems)`:
    #: every figure of the sentence asks the same question of every metric
    scope_hits: dict[int, bool] = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.span.start

    def in_scope(self, stems: Stems, scope: str) -> bool:
        """`stems.search(scope)`, remembered for the sentence (its scope never changes)."""
        hit = self.scope_hits.get(id(stems))
        if hit is None:
            hit = self.scope_hits[id(stems)] = stems.search(scope) is not None
        return hit

    def local(self, pos: int) -> int:
        return pos - self.span.start


@dataclass
class _Context:
    """The as-of date of a running statistics report (FACTS.md section 6.2)."""

    date: str
    paragraph: int
    subjects: frozenset[str]


@dataclass
class _Draft:
    fact: dict[str, Any]
    start: int
    end: int
    sentence: _Sent
    date_is_asof: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


#: The things a statistics report is about; a later paragraph naming one of them goes on
#: with the report (and its as-of date).
_SUBJECT_WORDS = (
    "portail",
    "systeme",
    "plate-forme",
    "plateforme",
    "base de donnees",
    "classement",
)


def _subjects(folded: str) -> frozenset[str]:
    return frozenset(w for w in _SUBJECT_WORDS if w in folded)


class _FoldTable(dict[int, str]):
    """`str.translate` table folding each character alone, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold(chr(code))[:1] or " "
        return folded


_FOLD_TABLE = _FoldTable()


#: Runs of characters beyond ASCII (the only ones the table does more to than `lower`),
#: captured: `split` gives the text between them, then each of them, alternately.
_NON_ASCII = re.compile(r"([^\x00-\x7f]+)")


def _fold_same_length(text: str) -> str:
    """`fold(text)` one character for one, so that offsets into it are offsets into `text`.

    A character that folds to nothing (a combining accent typed apart) becomes a space.
    Only the characters beyond ASCII go through the table (`translate` with a dict is slow
    per character); `lower` then folds the ASCII ones and leaves the table's as they are
    (none of them has a lower case of its own: tested over every code point).
    """
    parts = _NON_ASCII.split(text)
    parts[1::2] = [run.translate(_FOLD_TABLE) for run in parts[1::2]]
    return "".join(parts).lower()


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
    the `Fact` schema (`schemas.record`); `pipeline.Result.facts` gives them
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
    context: _Context | None = None
    rank_date: str | None = None
    prev: _Sent | None = None
    last_share: str | None = None
    for s in sents:
        if context is not None and (
            cues().reset.search(s.folded)
            or (
                s.span.paragraph != context.paragraph
                and not (_subjects(s.folded) & context.subjects)
            )
        ):
            context = None
        sent_drafts = _facts_of_sentence(s, published, lexicon, prev, last_share)
        sent_drafts += _events_of_sentence(s, published, lexicon, sent_drafts, prev)
        new_context: _Context | None = None
        for d in sent_drafts:
            f = d.fact
            if f["type"] == "ranking":
                # the places of one survey share its edition year, told once (6.2)
                if f["date_source"] == "explicit":
                    if rank_date is None or f["date"] > rank_date:
                        rank_date = f["date"]
                elif rank_date is not None:
                    f["date"], f["date_source"] = rank_date, "context"
                else:
                    f["date"], f["date_source"] = published, "published"
            elif f["date_source"] == "explicit":
                if (
                    d.date_is_asof
                    and f["status"] == "actual"
                    and (context is None or f["date"] >= context.date)
                ):
                    new_context = _Context(f["date"], s.span.paragraph, _subjects(s.folded))
            elif f["type"] != "event":
                if context is not None and d.extra.get("as_of", True):
                    f["date"], f["date_source"] = context.date, "context"
                else:
                    f["date"], f["date_source"] = published, "published"
        if new_context is not None:
            context = new_context
        elif context is not None and sent_drafts and s.span.paragraph != context.paragraph:
            # the report goes on in this paragraph: it becomes the report's paragraph
            context = _Context(
                context.date, s.span.paragraph, context.subjects | _subjects(s.folded)
            )
        drafts.extend(sent_drafts)
        prev = s
        shares = [d.fact["metric"] for d in sent_drafts if d.fact["type"] == "percentage"]
        last_share = shares[-1] if shares else (last_share if not sent_drafts else None)

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
    out: list[dict[str, Any]] = []
    for d in sorted(chosen.values(), key=lambda d: (d.start, d.end)):
        f = d.fact
        rs, re_ = clean.to_raw(d.start, d.end)
        out.append(
            record(
                "Fact",
                doc_id=doc_id,
                text=raw[rs:re_],
                start=rs,
                end=re_,
                sentence=d.sentence.text,
                **f,
            )
        )
    return out


#: Fields that say more about a fact than its value and date.
_DETAIL_FIELDS = ("out_of", "change", "compared_to", "per", "value_usd")


def _detail(d: _Draft) -> int:
    return sum(d.fact.get(k) is not None for k in _DETAIL_FIELDS)


# --------------------------------------------------------------------------- quantities


def _facts_of_sentence(
    s: _Sent,
    published: str | None,
    lexicon: Lexicon,
    prev: _Sent | None = None,
    last_share: str | None = None,
) -> list[_Draft]:
    c = cues()
    drafts: list[_Draft] = []
    qs = [q for q in s.quantities if not any(_overlaps(q, d) for d in s.dates)]
    if len(qs) > MAX_FIGURES_PER_SENTENCE:
        # a table flattened into text or garbage, not prose: nothing to read a fact from
        return drafts
    consumed: set[int] = set()
    roles: dict[int, str] = {}
    # the words a metric's `requires` and `topic` may be found in: this sentence and the one
    # before it (`Dans un premier temps, il proposera 8 services`: `il` is the portal)
    scope = s.folded + " " + (prev.folded if prev is not None else "")
    last_count: _Draft | None = None
    for idx, q in enumerate(qs):
        if idx in consumed:
            continue
        after = s.folded[s.local(q.end) :]
        nxt = qs[idx + 1] if idx + 1 < len(qs) else None
        # a USD equivalent in brackets right after a money amount is that amount's value_usd
        value_usd = None
        if q.kind == "money" and nxt is not None and nxt.kind == "money" and nxt.unit == "USD":
            nxt_from = nxt.qualifier_start if nxt.qualifier_start is not None else nxt.start
            between = s.text[s.local(q.end) : s.local(nxt_from)]
            if _USD_BETWEEN.fullmatch(between):
                if q.unit != "USD":
                    value_usd = nxt.value
                consumed.add(idx + 1)
        role = roles.get(idx)
        if role is None and c.total_left.search(s.folded[: s.local(q.qualifier_start or q.start)]):
            role = "total"
        np_source = q
        out_of = None
        if q.kind == "number" and _is_identifier(s, q):
            continue
        if nxt is not None and q.kind in ("number", "percent") and nxt.kind == "number":
            between_f = s.folded[s.local(q.end) : s.local(nxt.qualifier_start or nxt.start)]
            total_m = c.part_of_total.match(between_f)
            if total_m:
                rel, pre = total_m.group("rel"), total_m.group("pre").strip()
                y_words, _ = _noun_phrase(s, nxt)
                if "total" in rel or "ensemble" in rel:
                    # `2.800 sur un total de 6.800 services`: both are facts, the noun is shared
                    role, roles[idx + 1] = "part", "total"
                    if not pre:
                        np_source = nxt
                elif q.kind == "percent" and rel == "des":
                    # `35,15 % des 8.536 procédures`: the base of a share is a total
                    roles[idx + 1] = "total"
                elif rel == "des" and not pre:
                    # `57 des 63 provinces`: a share of a denominator that is not a fact itself
                    out_of = int(nxt.value) if nxt.value.is_integer() else None
                    consumed.add(idx + 1)
                    np_source = nxt
                elif rel != "des" and not y_words:
                    # `55 provinces et villes sur 63`: a bare denominator
                    out_of = int(nxt.value) if nxt.value.is_integer() else None
                    consumed.add(idx + 1)
                elif rel in ("sur", "parmi"):
                    # `4 474 services en ligne sur quelque 6.300 procédures`
                    role, roles[idx + 1] = "part", "total"
        if role is None and nxt is not None and q.kind == "number" and nxt.kind == "number":
            # `1.989 procédures, dont 1.174 de niveau 4`: the head is the total of online parts
            gap = s.folded[s.local(q.end) : s.local(nxt.qualifier_start or nxt.start)]
            own_np = " ".join(_noun_phrase(s, q)[0])
            part_np = s.folded[s.local(nxt.end) : s.local(nxt.end) + 60]
            if (
                _DONT_GAP.fullmatch(gap)
                and not _ONLINE.search(own_np + gap)
                and _ONLINE.search(part_np)
            ):
                role = "total"
        if q.kind == "ordinal" or _is_rank_number(s, q):
            d = _ranking(s, q, qs, consumed, lexicon, prev, published)
            if d is not None:
                drafts.append(d)
            continue
        if q.kind == "ordinal":
            continue
        if q.kind == "number" and _MULTIPLIER_LEFT.search(
            s.folded[max(0, s.local(q.start) - 30) : s.local(q.start)]
        ):
            continue  # `multiplié par trois`: a factor, no count
        np_words, np_text = _noun_phrase(s, np_source)
        if (
            not np_words
            and np_source is q
            and q.kind == "number"
            and nxt is not None
            and nxt.kind == "number"
            and _COORDINATED.fullmatch(
                s.folded[s.local(q.end) : s.local(nxt.qualifier_start or nxt.start)]
            )
        ):
            # `respectivement 1,2 million et 2,5 millions de dossiers`: the noun told once
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
            ante_words, ante_text = _noun_of_en(s, q, qs[:idx])
            if ante_words:
                np_words = ante_words + np_words
                np_text = " ".join(t for t in (ante_text, np_text) if t)
        if not np_words and q.kind == "percent" and last_count is not None:
            # `320 000 dossiers en 2023, dont 99,5 % dans les délais`: a share of the count
            gap = s.folded[s.local(last_count.end) : s.local(q.qualifier_start or q.start)]
            if _DONT_SHARE.fullmatch(gap):
                np_words = _NP_WORD.findall(fold(last_count.fact["label"] or ""))
                np_text = last_count.fact["label"] or ""
        if not np_words and out_of is None:
            # `le nombre de comptes ... a atteint 2 millions`: the noun is on the left
            np_words, np_text = _left_noun(s, q)
        if q.kind == "number" and np_words and np_words[0] in c.not_counted:
            continue
        if _NEGATED.match(s.folded[s.local(q.end) : s.local(q.end) + 60]):
            # `Cinq ministères n'ont pas encore connecté leur système`: what did not happen
            continue
        clause_left = _clause_left(s, q)
        growth = q.kind == "percent" and bool(c.growth_left.search(s.folded[: s.local(q.start)]))
        # a rate of change is no share of anything: only `other` can take it
        metric = (
            None
            if growth
            else _best_metric(q, np_words, clause_left, after, s, lexicon, role, scope)
        )
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
        if metric is None and last_count is not None and q.kind == "number":
            # `1 027 services en ligne, dont 728 destinés aux citoyens et 299 aux entreprises`:
            # the parts of an enumeration count what its head counts
            gap = s.folded[s.local(last_count.end) : s.local(q.qualifier_start or q.start)]
            if _ENUMERATION_GAP.fullmatch(gap):
                metric = lexicon.metrics.get(last_count.fact["metric"])
                np_text = np_text or last_count.fact["label"]
        if (
            metric is None
            and q.kind == "percent"
            and last_share is not None
            and _ANAPHORIC_SHARE.search(clause_left)
        ):
            # `À l'horizon 2030, ce taux devra atteindre 100 %`: the share told just before
            metric = lexicon.metrics.get(last_share)
        if metric is None:
            metric = _other_metric(s, q, np_words, np_text, clause_left, after, lexicon, prev)
        if metric is None:
            continue
        fact_type = _KIND_TO_TYPE[q.kind]
        status = _status(s, q)
        date, is_asof = _explicit_date(s, q, published, status)
        if status == "actual" and date and published and date > published[: len(date)]:
            # `d'ici fin 2021` in a February 2021 dispatch: not done yet
            status = "planned"
        per = None
        if fact_type == "money" or q.kind == "number":
            # the periodicity of the figure's own words, not of the next figure's clause
            # (`1.047 dossiers, soit une économie de 169 milliards par an`)
            own_after = _BRACKETED.sub(" ", after[:120])[:80]
            stop = _PER_STOP.search(own_after)
            per = _per(own_after[: stop.start()] if stop else own_after) or _per(clause_left[-40:])
        label = np_text or metric.label
        f: dict[str, Any] = {
            "type": fact_type,
            "metric": metric.key,
            "value": _clean_value(q.value),
            "unit": q.unit if fact_type in ("money", "percentage") else None,
            "qualifier": q.qualifier,
            "out_of": out_of,
            "change": None,
            "compared_to": None,
            "per": per if fact_type in ("money", "count") else None,
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
        drafts.append(draft)
        if fact_type == "count":
            last_count = draft
    return drafts


_RESPECTIVELY = re.compile(r"\brespectivement\b")
#: Between a total and its first part: `1.989 procédures, dont 1.174 de niveau 4`
_DONT_GAP = re.compile(r"[^.;:]*,\s*dont\s+")
_BARE_DIGITS = re.compile(r"\d[\d .,]*$")
#: `dont 2.915 de niveau 4`: `de` after a bare number, its noun left out
_ELIDED_NOUN = re.compile(r"\s*(?:de|d')\s*(?!\d)")
_BRACKETED = re.compile(r"\([^()]*\)")
_WORD_AT_END = re.compile(r"([\w°]+)['\s]*$")
_NP_DE = re.compile(r"\s*(?:de\s+|d')?")
_USD_BETWEEN = re.compile(
    # a periodicity may come first (`1 200 milliards de dongs par an (50 millions de dollars)`)
    r"(?:\s+(?:par|chaque)\s+(?:an|année|mois|jour|semaine|trimestre))?"
    r"\s*(?:\(\s*(?:soit\s+|équivalant à\s+|équivalent à\s+|environ\s+)?|,?\s*soit\s+|"
    r",?\s*(?:l'|l’)?équivalent de\s+|,?\s*équivalant à\s+)"
)
_DEADLINE_LEFT = re.compile(
    r"\b(?:avant(?: le| la fin de| fin)?|au plus tard(?: le| en| a la fin de)?)\s*$"
)
_GENERIC_BASE = frozenset({"total", "ensemble", "totalite", "objectif", "fixe", "prevu"})
_NEGATED = re.compile(r"[^,;.]{0,40}?\b(?:n'|ne\s)(?:\w+\s+){0,2}?(?:pas|jamais|plus)\b")
_PRONOUN_SUBJECT = re.compile(
    r"^(?:[\w' ]{0,20},\s*)?(?:il|elle|ils|elles|celui-ci|celle-ci|ce systeme|cette plate-?forme|"
    r"cette application|le systeme|la plate-?forme|l'application)\b"
)
#: (The word boundary is written once: with the other alternatives around them, the
#: regex parser does not factor out a `\b` per word, and the engine tries each everywhere.)
_PER_STOP = re.compile(r"\d|\b(?:soit|dont|tandis que|et de)\b|;")
_ANAPHORIC_SHARE = re.compile(
    r"\b(?:ce|cet|cette) (?:taux|part|ratio|proportion|pourcentage|chiffre|indicateur)\b"
)
_ONLINE = re.compile(r"\ben ligne\b|\bniveaux? (?:3|4|trois|quatre)\b|\bde bout en bout\b")
_ENUMERATION_GAP = re.compile(
    r"[^.;:]*?(?:,\s*|\s)(?:dont|parmi lesquels|parmi lesquelles|et|soit)\s+|\s*(?:et|,)\s+"
)


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of a pattern in a text (the one nearest its end)."""
    last = None
    for last in pattern.finditer(text):  # noqa: B007
        pass
    return last


def _is_identifier(s: _Sent, q: QuantityRecord) -> bool:
    """`niveau 4`, `Projet 06`, `centre d'appels 1022`: a number right after a noun names it."""
    left = s.folded[max(0, s.local(q.start) - 30) : s.local(q.start)]
    m = _WORD_AT_END.search(left)
    return m is not None and m.group(1) in cues().identifier_heads


def _overlaps(q: QuantityRecord, d: DateMention) -> bool:
    return q.start < d.end and d.start < q.end


def _clean_value(v: float) -> float | int:
    return int(v) if float(v).is_integer() and abs(v) < 2**53 else v


_NP_STOP = re.compile(
    r"[,;:.()«»\"!?]|\b(?:(?:et|ou|ainsi|tandis|sur|parmi|qui|que|dont|ont|sont|avaient|avait|a|"
    r"pour|dans|via|y|se|ne|etaient|etait|sera|seront|d'ici|depuis|avec|selon|lors|grace)\b"
    r"|en\b(?! ligne))"
)
_NP_WORD = re.compile(r"[\w'’-]+")


def _noun_phrase(s: _Sent, q: QuantityRecord) -> tuple[list[str], str]:
    """Words of the noun phrase a quantity counts (`comptes enregistrés`)."""
    local = s.local(q.end)
    # the noun phrase ends where a date begins (`dossiers synchronisés au 28 février`)
    limit = min((s.local(d.start) for d in s.dates if d.start >= q.end), default=len(s.text))
    limit = max(local, min(limit, local + 90))
    dm = re.search(
        r"\s+(?:au|le|en|a la fin de|fin|d'ici|depuis|jusqu'au)\s*$", s.folded[local:limit]
    )
    if dm and limit < local + 90:
        limit = local + dm.start()
    rest = s.folded[local:limit]
    # skip `de`/`d'` after a scale word (`116 millions de visites`)
    m = _NP_DE.match(rest)
    offset = m.end() if m else 0
    stop = _NP_STOP.search(rest, offset)
    stop_at = stop.start() if stop else len(rest)
    seg = rest[offset:stop_at]
    ws = _NP_WORD.findall(seg)[:6]
    skip = cues().np_skip
    while ws and ws[0] in skip:
        ws.pop(0)
    if not ws:
        return [], ""
    raw_seg = s.text[local + offset : local + stop_at].strip()
    return ws, raw_seg


_NOMBRE_DE = re.compile(
    r"\b(?:nombre|total|quantite|volume)\s+(?:de\s+|d'|des\s+)([\w'-]+(?:\s+[\w'-]+)?)"
)


#: Between a count and a share of it: `1 250 questions de citoyens, dont 98 %`
_DONT_SHARE = re.compile(r"[^.;:]{0,60},\s*dont\s+")
#: `multiplié par trois`, `divisé par 2`: a factor
_MULTIPLIER_LEFT = re.compile(r"\b(?:multipli|divis)\w*\s+par\s*$")
#: Between two numbers that count the same noun, told after the second
_COORDINATED = re.compile(r"\s*(?:et|ou|a|,)\s*")

#: First words of what follows a number without naming what it counts (`1 312 en ligne`).
_ADVERBIAL_HEADS = frozenset({"en", "au", "aux", "dans", "par", "sur", "a"})


def _noun_of_en(
    s: _Sent, q: QuantityRecord, before: Sequence[QuantityRecord]
) -> tuple[list[str], str]:
    """The noun the pronoun `en` stands for before a bare number's verb, if it has one.

    `en` takes up the last noun counted before it in the sentence (`12 000 dossiers`).
    """
    if q.kind != "number":
        return [], ""
    left = s.folded[max(0, s.local(q.qualifier_start or q.start) - 60) : s.local(q.start)]
    if not cues().clitic_en.search(left):
        return [], ""
    for other in reversed(before):
        if other.kind == "number":
            words, text = _noun_phrase(s, other)
            if words:
                return words, text
    return [], ""


def _left_noun(s: _Sent, q: QuantityRecord) -> tuple[list[str], str]:
    """`le nombre de X ... 2 millions`: the counted noun named before the number."""
    left = s.folded[: s.local(q.start)]
    m = _last_match(_NOMBRE_DE, left)
    if m is None:
        return [], ""
    ws = _NP_WORD.findall(m.group(1))
    return ws, s.text[m.start(1) : m.end(1)]


def _clause_left(s: _Sent, q: QuantityRecord) -> str:
    """Folded words from the start of q's clause (a strong break or the sentence start) to q."""
    left = s.folded[: s.local(q.start)]
    last = _last_match(cues().strong_break, left)
    return left[last.end() :] if last else left


def _comma_clause_left(s: _Sent, q: QuantityRecord) -> str:
    left = s.folded[: s.local(q.start)]
    cut = max(left.rfind(","), left.rfind(";"), left.rfind("("))
    return left[cut + 1 :]


def _best_metric(
    q: QuantityRecord,
    np_words: list[str],
    clause_left: str,
    after: str,
    s: _Sent,
    lexicon: Lexicon,
    role: str | None,
    scope: str,
) -> Metric | None:
    """The metric a quantity measures, scored on its noun phrase and clause; None if none fits."""
    fact_type = _KIND_TO_TYPE[q.kind]
    np = " ".join(np_words)
    head = np_words[0] if np_words else ""
    clause_right = after[:120]
    strong = cues().strong_break.search(clause_right)
    if strong:
        clause_right = clause_right[: strong.start()]
    near_left = _comma_clause_left(s, q)
    # the words around the figure, the same for every metric
    near_words = clause_left + " " + np + " " + clause_right[:60]
    clause_words = clause_left + " " + np + " " + clause_right
    best: tuple[float, Metric] | None = None
    # Every test below only skips a metric, so their order is free: the noun phrase first
    # (it rejects most metrics), then the excluded words, then the scope (two sentences).
    for m in lexicon.of_type(fact_type):
        if m.role and role and m.role != role:
            continue
        role_match = bool(m.role and m.role == role)
        score = m.weight + (3 if m.role and m.role == role else 0)
        if m.nouns:
            hm = m.nouns.search(np)
            if hm and hm.start() == 0 and head and np.startswith(hm.group(0)):
                score += 4
            elif hm and fact_type != "count":
                score += 2
            elif fact_type == "count":
                # a count counts the head of its noun phrase (`cinq principes du guichet`
                # counts principles); a noun merely nearby is not what it counts
                continue
            elif fact_type == "percentage" and np_words and np_words[0] not in _GENERIC_BASE:
                # `98 % des ministères` is a share of ministries, whatever the sentence says
                continue
            elif fact_type == "percentage" and not m.nouns.search(clause_left[-120:]):
                # `le taux de services en ligne a atteint 45 %`: the base is named before
                continue
            else:
                score += 1
        if m.excludes and (
            m.excludes.search(np) or (not role_match and m.excludes.search(near_left))
        ):
            continue
        if m.requires and not role_match and not s.in_scope(m.requires, scope):
            continue
        if m.topic and not s.in_scope(m.topic, scope):
            continue
        if m.near and not m.near.search(near_words):
            continue
        context = m.context.count(clause_words)
        context += m.context.count(near_left)
        # small counts with nothing around them are discourse (`trois recommandations`);
        # money and percentages need at least one word of their metric too
        if context == 0 and not role_match and (fact_type != "count" or q.value < 100):
            continue
        score += min(3, context)
        if fact_type == "count" and score < 4:
            continue
        if best is None or score > best[0]:
            best = (score, m)
    return best[1] if best else None


_SCORE_LEFT = re.compile(r"\b(?:indice|score|egdi|osi|hci|tii|epi|note|valeur)\b[^.;]{0,100}$")


def _other_metric(
    s: _Sent,
    q: QuantityRecord,
    np_words: list[str],
    np_text: str,
    clause_left: str,
    after: str,
    lexicon: Lexicon,
    prev: _Sent | None = None,
) -> Metric | None:
    """`other` for an e-government figure no key fits (FACTS.md section 4).

    A percentage about e-government things (`42 % des dossiers traités en ligne`, `le
    nombre de transactions a bondi de 42 %`), an index score (`un EGDI de 0,7709`), or a
    count of a concrete noun in a clause about an e-government system and what it did
    (`reliée à 44 banques`). Figures of the economy at large (GDP, exports, tourism) are not.
    """
    c = cues()
    near_left = _comma_clause_left(s, q)
    np = " ".join(np_words)
    own = clause_left + " " + np + " " + after[:40]
    if _ECONOMY.search(own):
        return None
    topic = clause_left + " " + np + " " + after[:100]
    left_np = near_left + " " + np
    egov = _is_egov_topic(topic) or any(m.nouns.search(left_np) for m in lexicon.of_type("count"))
    if q.kind == "percent":
        return _other("part " + (np_text or "en ligne"), "percentage") if egov else None
    if q.kind != "number":
        return None
    if 0 < q.value < 1 and _SCORE_LEFT.search(s.folded[: s.local(q.start)]):
        return _other("indice", "count")
    if not np_words or np_words[0] in c.not_counted or q.value < 10:
        return None
    if prev is not None and _PRONOUN_SUBJECT.search(s.folded[:40]):
        # `Depuis, il a permis d'organiser 25 réunions`: `il` is the system named before
        topic += " " + prev.folded
    if not (_is_egov_topic(topic) and _EGOV_ACTIVITY.search(near_left + " " + after[:80])):
        return None
    return _other(np_text or np, "count")


_ECONOMY = re.compile(
    r"\b(?:pib|produit interieur|export\w*|import\w*|croissance (?:economique|du pib)|"
    r"productivite|inflation|touris\w*|commerce|commercial\w*|investissements? directs?|ide|"
    r"chiffre d.affaires|recettes?|budget de l.etat|emplois?|chomage|population active|"
    r"etats membres|pays membres|habitants? du pays|grdp|effectifs?|fonctionnaires|personnel|"
    r"salaires?)\b"
)


def _other(label: str, type_: str) -> Metric:
    empty = Stems((), None)
    return Metric("other", type_, label.strip(), empty, empty, empty, empty)


def _per(folded: str) -> str | None:
    for key, pattern in cues().per:
        if pattern.search(folded):
            return key
    return None


def _status(s: _Sent, q: QuantityRecord | None, at: int | None = None) -> str:
    """Target when an objective is named in the sentence before the figure; planned when
    its own clause speaks of the future; else actual."""
    c = cues()
    pos = s.local(q.start) if q is not None else (at or 0)
    # an objective named before the figure (`l'objectif de 30 %`, `atteindre ... 30 %`);
    # `a atteint 30,86 %, dépassant l'objectif de 30 %` is an actual figure
    window = s.folded[max(0, pos - 160) : pos]
    if c.target.search(window) and not c.result.search(window):
        return "target"
    left = s.folded[max(0, pos - 100) : pos]
    cut = max(left.rfind(","), left.rfind(";"))
    if c.planned.search(left[cut + 1 :] + s.folded[pos : pos + 30]):
        return "planned"
    return "actual"


def _explicit_date(
    s: _Sent, q: QuantityRecord, published: str | None, status: str
) -> tuple[str | None, bool]:
    """The date a quantity's own sentence gives it, and whether it is an as-of date."""
    from vnextract.recognizers.dates import resolve

    c = cues()
    candidates = []
    for d in s.dates:
        if d.kind != "date" or _is_dateline(s, d):
            continue
        left = s.folded[: s.local(d.start)]
        if c.compared.search(left) or _COMPARED_NEAR.search(left[-30:]):
            continue
        if _is_event_date(s, d):
            continue
        if (d.cue or "") == "depuis" and any(
            (o.cue or "").startswith("jusqu") for o in s.dates if o is not d
        ):
            continue
        if status == "actual" and _DEADLINE_LEFT.search(left[-24:]):
            # `achever ... avant le 30 juin 2019, pour un budget de ...`: a deadline's date
            continue
        candidates.append(d)
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
    if iso is None:
        return None, False
    return iso, (chosen.cue or "") in c.as_of


#: What may come between a figure and its own date: a few words, no figure, no clause break.
_FEW_WORDS = re.compile(r"\s*(?:[^\W\d]+['’]?\s*){0,3}")
#: `à 4 500`: the end of a change opened by `passé de 2 800` (cues.toml `change_from`)
_TO_LEFT = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,3}a\s+(?:quelque\s+|pres de\s+|plus de\s+|environ\s+)?$"
)


def _gap(s: _Sent, start: int, end: int) -> str:
    return s.text[s.local(start) : s.local(end)]


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


def _belongs_to_other(s: _Sent, q: QuantityRecord, d: DateMention) -> bool:
    """A later date of a clause opened by `dont`, `contre`, `soit`...: another figure's date.

    A date closing an enumeration (`120 millions de visites, 380.000 comptes et 1,4
    million de dossiers au 28 février 2021`) is the date of every item of it.
    """
    gap = s.folded[s.local(q.end) : s.local(d.start)]
    return bool(re.search(r"\b(?:dont|contre|soit|tandis que|alors que|mais)\b|[;:]", gap))


#: `contre 38 %`, `contre respectivement 12,5 millions`: a value compared with
_COMPARED_VALUE = re.compile(r"\bcontre\s+(?:respectivement\s+)?$")
#: `par rapport à fin 2021`, `contre 12,5 millions en 2021`: the date of a comparison
_COMPARED_NEAR = re.compile(r"\b(?:par rapport a|compar\w*|en glissement)\b[^,;]{0,18}$")
_SUBCLAUSE_BREAK = re.compile(r"[,;()]|\b(?:contre|tandis que|alors que|mais)\b")


def _subclause(s: _Sent, q: QuantityRecord) -> tuple[int, int]:
    """Local bounds of the smallest clause around a quantity (commas, `contre`, ...)."""
    lo_q, hi_q = s.local(q.start), s.local(q.end)
    last = _last_match(_SUBCLAUSE_BREAK, s.folded[:lo_q])
    nxt = _SUBCLAUSE_BREAK.search(s.folded, hi_q)
    return (last.end() if last else 0), (nxt.start() if nxt else len(s.folded))


_DATELINE_TAIL = re.compile(r"\s*\((?:VNA|AVI|[A-Z]{2,6})\)")


def _is_dateline(s: _Sent, d: DateMention) -> bool:
    """`Hanoï, 10 mars (VNA) -`: the day of the dispatch, which dates the article, not a fact."""
    return bool(_DATELINE_TAIL.match(s.text, s.local(d.end)))


def _is_event_date(s: _Sent, d: DateMention) -> bool:
    """True for the date of a launch (`inauguration au 9 décembre 2019`, `lancée le ...`)."""
    c = cues()
    left = s.folded[max(0, s.local(d.start) - 40) : s.local(d.start)]
    if re.search(c.launch.pattern + r"[\w]*\s*(?:\w+\s+){0,2}$", left):
        return True
    return bool(c.adoption_verbs.search(left) or c.numbered_doc.search(left))


# --------------------------------------------------------------------------- rankings


_TOP_LEFT = re.compile(r"\btop\s*$")
_TOP_RIGHT = re.compile(r"^\s*(?:premiers|premieres|meilleurs|meilleures)\b")
#: `parmi les 50 premiers`, not `occupent les trois premières places`
_TOP_MEMBERSHIP = re.compile(r"\b(?:parmi|dans|entre|rejoindre|integrer)\s+(?:les|le)\s*$")


def _is_top_n(s: _Sent, q: QuantityRecord) -> bool:
    """`le top 50`, `parmi les 50 premiers pays`: a place no lower than N."""
    if q.kind != "number":
        return False
    lo, hi = s.local(q.start), s.local(q.end)
    if _TOP_LEFT.search(s.folded[max(0, lo - 8) : lo]):
        return True
    return bool(
        _TOP_RIGHT.match(s.folded[hi:]) and _TOP_MEMBERSHIP.search(s.folded[max(0, lo - 20) : lo])
    )


#: `où il occupait la`, `contre la`, `il était`: the place of a ranking before, told last
_PAST_PLACE = re.compile(
    r"\b(?:occupait|occupaient|etait|etaient|se classait|se situait|figurait|detenait|contre)"
    r"\s+(?:(?:la|le|au|a\s+la)\s+)?$"
)


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


def _is_rank_number(s: _Sent, q: QuantityRecord) -> bool:
    if q.kind != "number":
        return False
    if _is_top_n(s, q):
        return True
    left = s.folded[max(0, s.local(q.start) - 20) : s.local(q.start)]
    return bool(re.search(r"\b(?:rang|position|place)\s*(?:n°\s*)?$", left))


def _ranking(
    s: _Sent,
    q: QuantityRecord,
    qs: list[QuantityRecord],
    consumed: set[int],
    lexicon: Lexicon,
    prev: _Sent | None = None,
    published: str | None = None,
) -> _Draft | None:
    c = cues()
    lo = s.local(q.start)
    hi = s.local(q.end)
    if q.kind == "ordinal" and re.search(r"(?:s|es)$", s.folded[lo:hi]):
        # `les trois premières places`, `les 50 premiers`: a plural ordinal is no one place
        return None
    top = _is_top_n(s, q)
    window = s.folded[max(0, lo - 60) : hi + 30]
    if not top and not c.rank_words.search(window):
        return None
    after = s.folded[hi:]
    out_of = None
    om = c.out_of.match(after)
    if om:
        try:
            out_of = int(re.sub(r"[ .]", "", om.group("n")))
        except ValueError:
            out_of = None
        for i, other in enumerate(qs):
            if other.start >= q.end and s.local(other.start) <= hi + om.end():
                consumed.add(i)
    change = None
    compared_to = None
    left = _clause_left(s, q)
    # the words after the place, up to the next place told in the sentence: a change told
    # after it is its own (`71e sur 193 pays dans l'Enquête ..., soit un bond de 15 places
    # par rapport à l'édition 2022, où il occupait la 86e place`)
    reach = (om.end() if om else 0) + 120
    next_place = _next_place(s, q, qs)
    if next_place is not None:
        reach = max(reach, min(s.local(next_place.start) - hi, 300))
    tail = after[:reach]
    strong = c.strong_break.search(tail)
    if strong:
        tail = tail[: strong.start()]
    # a place held before (`où il occupait la 86e place`) is what a change is measured from
    past = _PAST_PLACE.search(left[-40:])
    for sign, pat in () if past else ((1, c.up), (-1, c.down)):
        for region, base in ((tail, hi), (left, s.local(q.start) - len(left))):
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
    clause = left + " " + _rank_clause(s, q)
    topic = s.folded + " " + (prev.folded if prev is not None else "")
    sub = c.subindex.search(left + s.folded[hi : hi + 120])
    best: tuple[float, Metric] | None = None
    other_label = None
    if sub is not None and _is_egov_topic(topic):
        lo_q = s.local(q.start)
        shown = s.text[lo_q - len(left) : lo_q] + s.text[hi : hi + 120]
        other_label = shown[sub.start() : sub.end()].strip()
        if not other_label:
            other_label = "classement d'un sous-indice"
    else:
        for m in lexicon.of_type("ranking"):
            if m.requires and not m.requires.search(clause):
                continue
            if m.excludes and m.excludes.search(clause):
                continue
            score = m.weight + m.context.count(topic)
            if out_of == 193 and m.key == "un_egov_rank":
                score += 3
            if best is None or score > best[0]:
                best = (score, m)
        if best is None or best[0] <= 0:
            return None
    metric_key = best[1].key if best is not None else "other"
    label = best[1].label if best is not None else (other_label or "classement")
    status = _status(s, q)
    date = None
    is_asof = False
    from vnextract.recognizers.dates import resolve

    # the ranking's own year: the first date after it before the next place
    # (`la 88e place en 2018 et la 89e en 2016`), else the last one before it
    next_rank = next_place.start if next_place is not None else s.span.end
    before: DateMention | None = None
    after_d: DateMention | None = None
    for d in s.dates:
        if d.kind != "date" or _is_dateline(s, d):
            continue
        if c.compared.search(s.folded[: s.local(d.start)]):
            continue
        if d.start >= q.end:
            if d.start < next_rank and after_d is None:
                after_d = d
        else:
            before = d
    chosen = after_d or before
    if chosen is not None:
        date = resolve(chosen, published, future=None)
        is_asof = date is not None
    if past and after_d is None:
        # `par rapport à l'édition 2022, où il occupait la 86e place`: the place of 2022
        held = _LAST_COMPARED_YEAR.search(left)
        if held:
            date, is_asof = held.group(1), False
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
    end = q.end + (om.end() if om else 0)
    return _Draft(
        f, q.start, s.start + len(s.text[: s.local(end)].rstrip()), s, date_is_asof=is_asof
    )


#: Words of e-government, in two regexes: the engine skips straight to the first letters
#: of the plain words (all the alternatives of a regex must start with a letter for that);
#: only the words that need a boundary are tried at every position.
_EGOV_TOPIC_WORDS = re.compile(
    r"e-gouvernement|gouvernement electronique|gouvernance electronique|administration "
    r"electronique|egdi|nations unies|en ligne|numerique|e-participation|"
    r"portail|plate-?forme|base de donnees|vneid|dichvucong|signature numerique|identification"
)
_EGOV_TOPIC_BOUNDED = re.compile(r"\b(?:onu\b|e-\w+|donnees\b|electroniques?\b|a puce\b)")


def _is_egov_topic(folded: str) -> bool:
    """Whether folded text speaks of e-government."""
    return bool(_EGOV_TOPIC_WORDS.search(folded) or _EGOV_TOPIC_BOUNDED.search(folded))


#: What an e-government system does to the things it counts (for `other` counts).
_EGOV_ACTIVITY = re.compile(
    r"\b(?:(?:connect|reli|integr|delivr|emis|emet|trait|numeris|enregistr|authentifi|activ|"
    r"organis|heberg|stock|utilis|install|deploy|effectu|realis|telecharg|soumis|depos|"
    r"envoy|echang|partag|synchronis|certifi|verifi)\w*|servi[rst]?|servent|contien\w*|"
    r"contenai\w*|signee?s?)\b"
)


_SINCE_LAUNCH = re.compile(r"\b(?:apres|depuis|avant|des)\s+(?:son|sa|leur|le|la|l')\s*$")
_CEREMONY = re.compile(
    r"ceremonie d.ouverture|ouverture (?:a|de) la signature|ouverture (?:du|de la|des) "
    r"(?:forum|sommet|congres|salon|conference|session|reunion|exposition|festival)"
)
_SYSTEM_WORDS = re.compile(
    r"\be-\w+|\bsysteme|plate-?forme|\bapplication|\bportail|base de donnees|\blogiciel"
)
#: Topic words that make a launched system an e-government one (the UN is no system).
_EGOV_SYSTEM_TOPIC = re.compile(
    r"e-gouvernement|gouvernement (?:electronique|numerique)|gouvernance electronique|"
    r"administration (?:electronique|en ligne)|en ligne|numerique|electroniques?\b|\be-\w+|"
    r"portail|plate-?forme|base de donnees|vneid|dichvucong|\bdonnees\b|service public|"
    r"services publics|identification|signature|dossiers?\b|documents?\b|informati\w+|"
    r"\bapplications?\b|operations intelligentes|ville intelligente"
)


def _rank_clause(s: _Sent, q: QuantityRecord) -> str:
    """The words that say which ranking a place belongs to: q's clause, and its neighbours."""
    text = s.folded
    lo, hi = s.local(q.start), s.local(q.end)
    left_cut = max(text.rfind(",", 0, lo), text.rfind(" et ", 0, lo), text.rfind(";", 0, lo))
    right = re.search(r",| et |;", text[hi:])
    right_cut = hi + right.start() if right else len(text)
    return text[left_cut + 1 : right_cut]


_SMALL = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30,
}  # fmt: skip


def _small_number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _SMALL.get(word)


#: The last year a ranking is compared with, in the words before a place held then.
#: What a comparison is made with, then its year: `par rapport à (l'édition | son
#: classement de | l'année) 2022`
_COMPARING = r"par rapport a|comparativement a|compare a"
_YEAR_COMPARED = (
    r"(?:l'annee\s+|celui de\s+(?:l'annee\s+)?|(?:la\s+|l')?edition\s+(?:de\s+)?"
    r"|(?:le\s+|son\s+|l')?(?:classement|rapport|enquete)\s+(?:de\s+)?)?(\d{4})\b"
)
#: The last year a ranking is compared with, in the words before a place held then.
_LAST_COMPARED_YEAR = re.compile(
    rf"\b(?:{_COMPARING})\s+{_YEAR_COMPARED}(?!.*\b(?:{_COMPARING})\b)"
)
_COMPARED_DATE = re.compile(rf"\s*(?:,\s*)?(?:{_COMPARING}|contre|depuis)\s+{_YEAR_COMPARED}")


def _compared_date(s: _Sent, pos: int) -> str | None:
    """The year a change told at `pos` is measured from (`par rapport à l'édition 2022`)."""
    m = _COMPARED_DATE.match(s.folded, pos)
    return m.group(1) if m else None


# --------------------------------------------------------------------------- events


def _events_of_sentence(
    s: _Sent,
    published: str | None,
    lexicon: Lexicon,
    facts: list[_Draft],
    prev: _Sent | None = None,
) -> list[_Draft]:
    from vnextract.recognizers.dates import resolve

    out: list[_Draft] = []
    if not s.dates:
        return out  # every event is read from a date of the sentence
    c = cues()
    used_dates: set[int] = set()
    portal = lexicon.metrics.get("portal_launch")
    system = lexicon.metrics.get("system_launch")
    for tm in c.launch.finditer(s.folded):
        date = _date_near(s, tm.start(), tm.end())
        if date is None or id(date) in used_dates:
            continue
        if c.numbered_doc.search(s.folded[max(0, s.local(date.start) - 40) : s.local(date.start)]):
            # `Lancé en vertu de la décision n°06/QD-TTg du 6 janvier 2022`: the decision's date
            continue
        if _CEREMONY.search(s.folded[max(0, tm.start() - 30) : tm.end() + 30]):
            # `la cérémonie d'ouverture à la signature de la Convention`: not a system
            continue
        metric = _launched_thing(s, tm.start(), portal, system)
        topic = s.folded + " " + (prev.folded if prev is not None else "")
        if metric is None and system is not None and _SYSTEM_WORDS.search(s.folded):
            # `Lancé le 21 juin 2019, l'e-Cabinet ...`: a named e-government system
            metric = system
        if metric is system and not _EGOV_SYSTEM_TOPIC.search(topic):
            # `un réseau de 1 873 caméras IA sera mis en service`: not e-government
            continue
        if metric is None:
            continue
        status = (
            "planned"
            if c.planned.search(s.folded[max(0, tm.start() - 60) : tm.end() + 10])
            else "actual"
        )
        iso = resolve(date, published, future=True if status == "planned" else None)
        if iso is None:
            continue
        if status == "actual" and published and iso > published and len(iso) == len(published):
            status = "planned"
        used_dates.add(id(date))
        start = min(s.start + tm.start(), date.start)
        end = max(s.start + tm.end(), date.end)
        if end - start > 70:
            start, end = date.start, date.end
        out.append(_event(metric, iso, status, start, end, s))
    for d in s.dates:
        if id(d) in used_dates or d.kind != "date" or d.month is None or _is_dateline(s, d):
            continue
        dl = s.local(d.start)
        left = s.folded[max(0, dl - 60) : dl]
        near = s.folded[max(0, dl - 120) : s.local(d.end) + 120]
        if not (c.adoption_verbs.search(left) or c.numbered_doc.search(left[-40:])):
            continue
        doc_m = c.documents.search(near)
        if doc_m is None:
            continue
        iso = resolve(d, published, future=None)
        if iso is None:
            continue
        used_dates.add(id(d))
        vm = c.adoption_verbs.search(left) or c.numbered_doc.search(left[-40:])
        start = s.start + dl - len(left) + (vm.start() if vm else len(left))
        if c.numbered_doc.search(left[-40:]) and not c.adoption_verbs.search(left):
            start = s.start + dl - 40 + c.numbered_doc.search(left[-40:]).start()  # type: ignore[union-attr]
            start = max(start, s.start + dl - len(left))
        doc_text = s.text[max(0, dl - 120) + doc_m.start() : max(0, dl - 120) + doc_m.end()]
        adoption = _other(f"adoption: {doc_text.strip()}", "event")
        out.append(_event(adoption, iso, "actual", start, d.end, s))
    deadline = lexicon.metrics.get("deadline")
    fact_dates = {d.fact["date"] for d in facts}
    if deadline is not None and c.obligation.search(s.folded) and not _ECONOMY.search(s.folded):
        for d in s.dates:
            if id(d) in used_dates or d.kind != "date" or _is_dateline(s, d):
                continue
            left = s.folded[max(0, s.local(d.start) - 25) : s.local(d.start)]
            cm = _last_match(c.deadline, left)
            # the cue governs the date (`au plus tard en juillet 2021`), and an objective's
            # horizon (`atteindre 80 % d'ici 2025`) is the target's date, not a deadline
            if cm is None or not _DEADLINE_TAIL.fullmatch(left[cm.end() :]):
                continue
            iso = resolve(d, published, future=True)
            if iso is None or iso in fact_dates:
                continue
            start = s.start + max(0, s.local(d.start) - 25) + cm.start()
            out.append(_event(deadline, iso, "planned", start, d.end, s))
    return out


_DEADLINE_TAIL = re.compile(
    r"\s*(?:(?:le|la|l'|les|en|au|a la|de|du|des|fin|la fin de|la fin du|fin de)\s*)*"
)


def _event(metric: Metric, iso: str, status: str, start: int, end: int, s: _Sent) -> _Draft:
    f: dict[str, Any] = {
        "type": "event",
        "metric": metric.key,
        "value": None,
        "unit": None,
        "qualifier": "exact",
        "out_of": None,
        "change": None,
        "compared_to": None,
        "per": None,
        "value_usd": None,
        "date": iso,
        "date_source": "explicit",
        "status": status,
        "label": metric.label,
    }
    return _Draft(f, start, end, s)


def _date_near(s: _Sent, lo: int, hi: int) -> DateMention | None:
    """The date of a launch: the nearest date after the trigger, else just before it.

    After `après son lancement`, `depuis son lancement`, only a date that follows can be
    the launch's: one told before dates something else (`en octobre 2022, trois mois
    après son lancement`).
    """
    best = None
    reference = bool(_SINCE_LAUNCH.search(s.folded[max(0, lo - 25) : lo]))
    for d in s.dates:
        if d.kind != "date" or (d.cue or "").startswith("jusqu") or _is_dateline(s, d):
            continue
        dl = s.local(d.start)
        if dl >= hi:
            dist = dl - hi
        elif s.local(d.end) <= lo and not reference:
            dist = (lo - s.local(d.end)) * 2
        else:
            continue
        if dist > 80:
            continue
        between = s.folded[min(hi, dl) : max(lo, dl)]
        if re.search(r"[;]|\bjusqu", between):
            continue
        if best is None or dist < best[0]:
            best = (dist, d)
    return best[1] if best else None


def _launched_thing(
    s: _Sent, pos: int, portal: Metric | None, system: Metric | None
) -> Metric | None:
    """Whether a launch is the portal's or another system's: the nearest thing named."""
    best: tuple[int, Metric] | None = None
    for metric in (portal, system):
        if metric is None or metric.nouns.pattern is None:
            continue
        for m in metric.nouns.pattern.finditer(s.folded):
            dist = abs(m.start() - pos)
            if best is None or dist < best[0]:
                best = (dist, metric)
    if best is None:
        return None
    return best[1]
