"""The French the quantity rules know: `data/quantities.toml`, compiled once per process.

Number words with their class in the number grammar, scale words and
abbreviations, currencies (names, codes, signs), qualifier and threshold cues,
the cues that make a number a name (identifiers, levels, titles, months), and
the masks of spans whose digits are never quantities (URLs, phones, times).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from vnextract.recognizers.forms import SPACED_THOUSANDS_DOT
from vnextract.recognizers.quantities.patterns import (
    _HS,
    _HY,
    _SPACES,
    _VULGAR,
    _alternation,
    _Before,
    _fold,
    _initials,
    _is_code,
    _last_words,
    _stems,
)
from vnextract.resources import load_toml

if TYPE_CHECKING:
    from vnextract.models import Qualifier

_DATA_FILE = "quantities.toml"


@dataclass(frozen=True)
class _Word:
    """A number word: its class in the number grammar and its value."""

    cls: str  # zero unit dix teen tens cent mille scale mult coll frac ord
    value: float
    plural: bool = False
    standalone: bool = False  # premier, second: never part of a compound
    article: bool = False  # un, une


@dataclass
class _Lexicon:
    """Everything compiled from the data file, built once per process."""

    words: dict[str, _Word]
    figures: re.Pattern[str]
    number_words: re.Pattern[str]
    number_words_any_case: re.Pattern[str]
    token: re.Pattern[str]
    ordinal_suffix: re.Pattern[str]
    ordinal_suffix_rank: dict[str, str]
    scale_after: re.Pattern[str]
    scale_values: dict[str, float]
    collective_values: dict[str, float]
    fraction_after: re.Pattern[str]
    percent_after: re.Pattern[str]
    percent_noun: re.Pattern[str]
    currency_after: re.Pattern[str]
    currency_after_scale: re.Pattern[str]
    currency_before: _Before
    currency_iso: dict[str, str]
    codes_before: frozenset[str]
    unit_prefixes: frozenset[str]
    dollar_before: dict[str, str]
    dollar_after: dict[str, str]
    common_word_currencies: frozenset[str]
    qualifier_before: _Before
    qualifier_kind: dict[str, Qualifier]
    threshold_before: _Before
    threshold_kind: dict[str, Qualifier]
    threshold_default: Qualifier
    bare_scales: dict[str, float]
    qualifier_after: re.Pattern[str]
    negative_before: _Before
    identifier_before: _Before
    identifier_idiom_before: _Before
    level_before: _Before
    ordinal_head_after: re.Pattern[str]
    title_after: re.Pattern[str]
    month_after: re.Pattern[str]
    day_range_month_after: re.Pattern[str]
    weekday_before: _Before
    month_before: _Before
    counted_noun_after: re.Pattern[str]
    year_followers: frozenset[str]
    year_cues: frozenset[str]
    nine_after: frozenset[str]
    months_folded: frozenset[str]
    day_followers: frozenset[str]
    glue_words: tuple[str, ...]
    masks: _Masks
    collective_de_scale: re.Pattern[str]
    subunit_after: re.Pattern[str]


def _word_class(value: float) -> str:
    """The class of a number word in the grammar of `_take`, from its value."""
    if value == 0:
        return "zero"
    if value < 10:
        return "unit"
    if value == 10:
        return "dix"
    if value < 20:
        return "teen"
    if value < 100:
        return "tens"
    if value == 100:
        return "cent"
    if value == 1000:
        return "mille"
    return "scale"


def _build_words(data: dict[str, Any]) -> dict[str, _Word]:
    """Every number word of the data file, folded, with its class and value."""
    words: dict[str, _Word] = {}

    def add(word: str, entry: _Word) -> None:
        words[_fold(word)] = entry

    for word, value in data["cardinals"].items():
        add(word, _Word(_word_class(value), float(value), article=word in ("un", "une")))
    for word, value in data["scales"].items():
        add(word, _Word("scale", float(value)))
    for word, value in data["multipliers"].items():
        add(word, _Word("mult", float(value)))
    for word, value in data["approximate_collectives"].items():
        add(word, _Word("coll", float(value)))
    for word, value in data["fractions"].items():
        add(word, _Word("frac", float(value)))
    for word, value in data["ordinals"].items():
        folded = _fold(word)
        standalone = folded.startswith(("premier", "premiere", "second"))
        plural = folded.endswith("s") and not standalone
        add(word, _Word("ord", float(value), plural=plural, standalone=standalone))
        if not standalone and not folded.endswith("s"):
            add(word + "s", _Word("ord", float(value), plural=True))
    return words


@dataclass(frozen=True)
class _Masks:
    """Patterns of spans whose digits are never quantities."""

    web: tuple[re.Pattern[str], ...]  # URLs, e-mails, domain names
    slashed: re.Pattern[str]  # `17/NQ-CP`, `24h/24`
    phone: re.Pattern[str]
    time: re.Pattern[str]
    numeric_date: re.Pattern[str]


def _masks() -> _Masks:
    """Spans whose digits are never quantities: URLs, e-mails, phones, ids, times, dates."""
    hs = _HS
    url = r"(?:https?://|ftp://|www\.)[^\s<>\"'»]+"
    domain = (
        r"(?<![\w@.])[\w-]+(?:\.[\w-]+)*\.(?:vn|com|org|net|gov|edu|int|fr|info|io|uk|cn|jp|kr"
        r"|de|ru|us|eu|asia)(?![\w])(?:/[^\s<>\"']*)?"
    )
    email = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    phone = (
        r"(?=[+0(])(?:"
        r"(?<![\w+])(?:\+|00)\d{1,3}(?:[ .\-/]?\(?\d{1,4}\)?){2,6}(?![\d])"
        r"|\(\+?\d{1,4}\)" + hs + r"?\d{1,4}(?:[ .\-]\d{2,4}){1,4}(?![\d])"
        r"|(?<![\d,.])0\d{1,3}(?:[ .\-]\d{2,4}){2,4}(?![\d,])"
        r"|(?<![\d,.])0\d{8,11}(?![\d,])"
        r")"
        # Vietnam's hotlines, `1900 6193`, `1800.1091`: the prefix of a call paid or free
        r"|(?<![\d,.])1[89]00[ .\-]?\d{3,4}(?:[ .\-]\d{2,4})?(?![\d,])"
    )
    # `17/NQ-CP`, `45/2020/ND-CP`, `24h/24`, `7j/7`: slashed tokens with letters.
    # (not a place over a total: `71e/193`)
    doc_id = (
        r"(?<![\w/])(?!\d+(?:e|ème|eme|è|er|re)/\d+(?![\w/.\-]))"
        r"(?=[\w.\-/]*\d)(?=[\w.\-/]*[^\W\d_])[\w.\-]+(?:/[\w.\-]+)+"
    )
    time = (
        r"(?=\d)(?:(?<![\d,.])\d{1,2}" + hs + r"?[hH](?:" + hs + r"?\d{2})?(?![\w])"
        r"|(?<![\d,.])\d{1,2}:\d{2}(?::\d{2})?(?![\d])"
        r"|(?<![\d,.])\d{1,2}" + hs + r"+heures?" + hs + r"+\d{2}(?![\d]))"
    )
    numeric_date = (
        r"(?=\d)(?:(?<![\d,./])\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}(?![\d])"
        r"|(?<![\d,./])\d{4}-\d{2}-\d{2}(?![\d])"
        r"|(?<![\d,./])(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\d/])"
        # a day and month without a year only after a date's cue: `le 15/06`, but `5/10 bases
        # de données` is a part of a whole
        r"|(?:(?<=le )|(?<=du )|(?<=au )|(?<=dès )|(?<=depuis )|(?<=avant )|(?<=après )|"
        r"(?<=jusqu'au )|(?<=jusqu’au )|(?<=, )|(?<=\()|(?<=^))"
        r"(?:[12]\d|3[01]|0?[1-9])/(?:0?[1-9]|1[0-2])(?![\d/,]))"
    )
    return _Masks(
        web=(
            re.compile(url, re.IGNORECASE),
            re.compile(email),
            re.compile(domain, re.IGNORECASE),
        ),
        slashed=re.compile(doc_id),
        phone=re.compile(phone),
        time=re.compile(time),
        numeric_date=re.compile(numeric_date),
    )


_QUALIFIERS: dict[str, Qualifier] = {
    "exact": "exact",
    "approx": "approx",
    "at_least": "at_least",
    "at_most": "at_most",
}


def _as_qualifier(kind: str) -> Qualifier:
    """A qualifier name of the data file, checked against the contract's vocabulary."""
    if kind not in _QUALIFIERS:
        raise ValueError(f"{_DATA_FILE}: unknown qualifier {kind!r}")
    return _QUALIFIERS[kind]


def _day_followers(months: Iterable[str]) -> frozenset[str]:
    """First three letters (folded) of the months, and the links that may come
    between a day number and its month (`1er`, `25 et 26`, `12-13`, `du 12 au 15`)."""
    return frozenset({_fold(m)[:3] for m in months} | {"er", "et", "au", "a", "-", "–", ","})


@cache
def _lexicon() -> _Lexicon:
    """Compile the data file once (lazily: importing this module costs nothing)."""
    data = load_toml(_DATA_FILE)
    words = _build_words(data)
    hs = _HS
    hy = f"[{_HY}]"

    # Number words: accents optional; written forms generated from the data.
    spellings: set[str] = set()
    for section in (
        "cardinals",
        "scales",
        "multipliers",
        "approximate_collectives",
        "fractions",
        "ordinals",
    ):
        for word in data[section]:
            spellings.add(word)
            if section == "ordinals" and not word.endswith("s"):
                spellings.add(word + "s")
    word_alt = _alternation(spellings)
    sep = rf"(?:{hs}*{hy}{hs}*|{hs}+)(?:et(?:{hs}*{hy}{hs}*|{hs}+))?"
    run = rf"(?<![\w{_HY}]){word_alt}(?:{sep}{word_alt})*(?![\w])"

    space_group = f"[{_SPACES}]"
    digits = (
        r"(?<![\d])(?P<sign>[-−](?=\d))?"
        rf"(?P<int>\d{{1,3}}(?:{space_group}\d{{3}})+(?![\d])"
        # (a thousands dot a scraper spaced: `33 .000`, `47. 937 téléchargements`)
        rf"|{SPACED_THOUSANDS_DOT}"
        r"|\d+(?:\.\d+)+|\d+)"
        r"(?P<dec>,\d+)?"
        r"(?P<exp>[eE][+-]?\d+(?![\w])|\^[+-]*\d+)?"
    )
    lead_comma = r"(?P<lc>(?<![^\s(]),\d+(?![\d,]))"
    vulgar = f"(?P<v>[{_VULGAR}])"
    # Two scanners: figures over the text, number words over the lower-cased
    # text (no IGNORECASE: twice as fast). Figures start with a look-ahead on
    # their first characters so that the regex engine skips ahead with a fast
    # character-set scan; one alternation of both would be ten times slower.
    figures = re.compile(f"(?=[\\d\\-−,{_VULGAR}])(?:(?P<d>{digits})|{lead_comma}|{vulgar})")
    number_words = re.compile(f"(?P<w>{run})")  # on lower-cased text
    number_words_any_case = re.compile(f"(?P<w>{run})", re.IGNORECASE)
    token = re.compile(r"(?P<et>(?<![\w])et(?![\w]))|(?P<w>[^\W\d_]+)", re.IGNORECASE)

    # Ordinal suffixes after digits.
    suffixes = data["ordinal_suffixes"]
    rank = {}
    for key in ("any", "one", "two"):
        for suffix in suffixes[key]:
            rank[suffix.lower()] = key
    ordinal_suffix = re.compile(
        "(?:" + "|".join(re.escape(s) for s in sorted(rank, key=len, reverse=True)) + ")(?![\\w])",
        re.IGNORECASE,
    )

    # Scale words and abbreviations after digits (also glued: `24millions`).
    scale_values: dict[str, float] = {}
    for word, value in data["scales"].items():
        scale_values[_fold(word)] = float(value)
    scale_values[_fold("mille")] = 1000.0
    for word, value in data["multipliers"].items():
        scale_values[_fold(word)] = float(value)
    collective_values = {_fold(w): float(v) for w, v in data["approximate_collectives"].items()}
    abbreviations = {k: float(v) for k, v in data["abbreviations"].items()}
    scale_words = [
        *data["scales"],
        "mille",
        *data["multipliers"],
        *data["approximate_collectives"],
    ]
    abbr_alt = "|".join(
        f"(?-i:{re.escape(a)})" for a in sorted(abbreviations, key=len, reverse=True)
    )
    scale_after = re.compile(
        rf"{hs}*(?:(?P<word>{_alternation(scale_words)})|(?P<abbr>{abbr_alt}))(?![\w])",
        re.IGNORECASE,
    )
    for a, v in abbreviations.items():
        scale_values["abbr:" + a] = v

    fraction_after = re.compile(
        rf"{hs}+et{hs}+(?:(?P<num>un|une|deux|trois){hs}+)?"
        rf"(?P<frac>{_alternation(data['fractions'])})(?![\w{_HY}])"
        rf"(?:{hs}*{hy}?{hs}*(?P<scale>{_alternation(data['scales'])})(?![\w]))?",
        re.IGNORECASE,
    )
    percent_after = re.compile(rf"{hs}*{_alternation(data['percent']['after'])}", re.IGNORECASE)
    percent_noun = re.compile(
        rf"{hs}*(?:{_alternation(data['percent']['nouns'])})(?!\w)", re.IGNORECASE
    )

    # Currencies.
    currency_iso: dict[str, str] = {}
    after_names: list[str] = []
    after_codes: list[str] = []
    scale_names: list[str] = []
    before_names: list[str] = []
    before_codes: list[str] = []
    for iso, entry in data["currencies"].items():
        for name in entry.get("names", []):
            currency_iso[_fold(name)] = iso
            (after_codes if _is_code(name) else after_names).append(name)
        for name in entry.get("after_scale", []):
            currency_iso[_fold(name)] = iso
            scale_names.append(name)
        for name in entry.get("before", []):
            currency_iso[_fold(name)] = iso
            (before_codes if _is_code(name) else before_names).append(name)
    marks = data["dollar_marks"]
    dollar_before = {k.lower(): v for k, v in marks["before"].items()}
    dollar_after = {k.lower(): v for k, v in marks["after"].items()}
    dollar_after_alt = "|".join(sorted(dollar_after, key=len, reverse=True))
    dollar = rf"\$(?:{hs}?(?P<mark>{dollar_after_alt})(?![\w'’]))?"
    de = rf"(?:(?:de|des|d['’]){hs}*)?"
    currency_after = re.compile(
        rf"{hs}*{de}(?:(?P<name>{_alternation(after_names, after_codes)})(?![\w])|{dollar})",
        re.IGNORECASE,
    )
    currency_after_scale = re.compile(
        rf"{hs}*{de}(?P<name>{_alternation(scale_names)})(?![\w])", re.IGNORECASE
    )
    currency_before = _Before(
        re.compile(
            rf"{_initials([*before_names, *before_codes, 'a', 'z', 'A', 'Z', '$'])}"
            rf"(?:(?<![\w])(?P<name>{_alternation(before_names, before_codes)})"
            rf"|(?<![\w$])(?P<mark>[A-Za-z]{{1,3}})?\$){hs}*\Z",
            re.IGNORECASE,
        ),
        last_words=_last_words([*before_names, *before_codes])
        | {_fold(k + "$") for k in dollar_before}
        | {"$"},
        window=12,
    )

    # Qualifiers.
    qualifier_kind: dict[str, Qualifier] = {}
    cues: list[str] = []
    for kind, phrases in data["qualifiers"].items():
        for phrase in phrases:
            qualifier_kind[_fold(phrase)] = _as_qualifier(kind)
            cues.append(phrase)
    qualifier_before = _Before(
        # (a cue may follow an elided `de` or `que`: `un montant d'environ`, `une hausse d'au
        # moins`, `l'objectif est qu'au moins 80 %`)
        re.compile(
            rf"{_initials(cues)}(?:(?<![\w'’])|(?<=\b[dD]['’])|(?<=\b[qQ]u['’]))"
            rf"{_alternation(cues)}{hs}*\Z",
            re.IGNORECASE,
        ),
        last_words=_last_words(cues),
        window=26,
    )
    th = data["thresholds"]
    threshold_kind: dict[str, Qualifier] = {}
    for kind in ("at_least", "at_most", "approx"):
        for phrase in th[kind]:
            threshold_kind[_fold(phrase)] = _as_qualifier(kind)
    threshold_before = _Before(
        re.compile(
            rf"(?:(?<![\w'’])(?P<cue>{_alternation(threshold_kind)}){hs}+)?"
            rf"(?<![\w'’])(?P<mark>(?:{_alternation(th['determiners'])}){hs}+"
            rf"(?:{_alternation(th['nouns'])})(?:{hs}+(?:{_alternation(th['adjectives'])}))?)"
            rf"{hs}+(?:des{hs}+|de{hs}+|du{hs}+|d['’]{hs}*)\Z",
            re.IGNORECASE,
        ),
        stems=_stems(th["nouns"]),
        window=60,
    )
    bare_scales = {_fold(w): scale_values[_fold(w)] for w in th["bare_scales"]}
    after_cues = [p for phrases in data["qualifiers_after"].values() for p in phrases]
    for kind, phrases in data["qualifiers_after"].items():
        for phrase in phrases:
            qualifier_kind["after:" + _fold(phrase)] = _as_qualifier(kind)
    qualifier_after = re.compile(rf"{hs}*{_alternation(after_cues)}(?![\w])", re.IGNORECASE)
    negative_before = _Before(
        re.compile(
            rf"{_initials(data['signs']['negative'])}(?<![\w])"
            rf"{_alternation(data['signs']['negative'])}{hs}+\Z",
            re.IGNORECASE,
        ),
        last_words=_last_words(data["signs"]["negative"]),
        window=12,
    )

    ex = data["exclusions"]
    identifier_before = _Before(
        re.compile(
            rf"{_initials(ex['identifier_cues'])}(?<![\w]){_alternation(ex['identifier_cues'])}"
            rf"{hs}*\Z",
            re.IGNORECASE,
        ),
        last_words=_last_words(ex["identifier_cues"]),
    )
    identifier_idiom_before = _Before(
        re.compile(rf"(?<![\w]){_alternation(ex['identifier_idioms'])}{hs}*\Z", re.IGNORECASE),
        last_words=_last_words(ex["identifier_idioms"]),
    )
    level_before = _Before(
        re.compile(
            rf"{_initials(ex['level_cues'])}(?<![\w]){_alternation(ex['level_cues'])}{hs}*"
            rf"(?:\d{{1,2}}{hs}*(?:,|et|ou|à|a|{hy}|–){hs}*)*\Z",
            re.IGNORECASE,
        ),
        stems=_stems(ex["level_cues"]),
    )
    ordinal_head_after = re.compile(
        rf"{hs}+{_alternation(ex['ordinal_name_heads'])}(?![\w])", re.IGNORECASE
    )
    title_after = re.compile(rf"{hs}+{_alternation(ex['title_heads'])}(?![\w])", re.IGNORECASE)
    month_alt = _alternation(ex["months"])
    month_end = r"(?![\w])"
    month_after = re.compile(rf"{hs}*(?:er|ᵉʳ)?{hs}*{month_alt}{month_end}", re.IGNORECASE)
    day_range_month_after = re.compile(
        rf"{hs}*(?:et|au|à|{hy}|–|,){hs}*\d{{1,2}}(?:er|ᵉʳ)?{hs}*{month_alt}{month_end}",
        re.IGNORECASE,
    )
    weekday_before = _Before(
        re.compile(
            rf"{_initials(ex['weekdays'])}(?<![\w]){_alternation(ex['weekdays'])}"
            rf"(?:{hs}+(?:matin|soir|midi|après-midi|prochain|dernier))?{hs}+(?:le{hs}+)?\Z",
            re.IGNORECASE,
        ),
        stems=_stems(ex["weekdays"]),
        window=30,
    )
    month_before = _Before(
        re.compile(rf"{_initials(ex['months'])}(?<![\w]){month_alt}{hs}+\Z", re.IGNORECASE),
        last_words=_last_words(ex["months"]),
        window=16,
    )
    counted_noun_after = re.compile(rf"{hs}+(?P<w>[^\W\d_][\w'’{_HY}]*[sx])(?![\w])")
    collective_de_scale = re.compile(
        rf"{hs}+(?:de|d['’]){hs}*(?P<s>milliers|millions|milliards)(?![\w])", re.IGNORECASE
    )

    return _Lexicon(
        words=words,
        figures=figures,
        number_words=number_words,
        number_words_any_case=number_words_any_case,
        token=token,
        ordinal_suffix=ordinal_suffix,
        ordinal_suffix_rank=rank,
        scale_after=scale_after,
        scale_values=scale_values,
        collective_values=collective_values,
        fraction_after=fraction_after,
        percent_after=percent_after,
        percent_noun=percent_noun,
        currency_after=currency_after,
        currency_after_scale=currency_after_scale,
        currency_before=currency_before,
        currency_iso=currency_iso,
        codes_before=frozenset(before_codes),
        unit_prefixes=frozenset(
            p
            for name in [*after_names, *after_codes, *scale_names, *data["percent"]["after"]]
            for p in (name.lower()[:2], _fold(name)[:2])
        ),
        dollar_before=dollar_before,
        dollar_after=dollar_after,
        common_word_currencies=frozenset(_fold(w) for w in ex["common_word_currencies"]),
        qualifier_before=qualifier_before,
        qualifier_kind=qualifier_kind,
        threshold_before=threshold_before,
        threshold_kind=threshold_kind,
        threshold_default=_as_qualifier(th["default"]),
        bare_scales=bare_scales,
        qualifier_after=qualifier_after,
        negative_before=negative_before,
        identifier_before=identifier_before,
        identifier_idiom_before=identifier_idiom_before,
        level_before=level_before,
        ordinal_head_after=ordinal_head_after,
        title_after=title_after,
        month_after=month_after,
        day_range_month_after=day_range_month_after,
        weekday_before=weekday_before,
        month_before=month_before,
        counted_noun_after=counted_noun_after,
        year_followers=frozenset(_fold(w) for w in ex["year_followers"]),
        year_cues=frozenset(_fold(w) for w in ex["year_cues"]),
        nine_after=frozenset(_fold(w) for w in ex["nine_after"]),
        months_folded=frozenset(_fold(w) for w in ex["months"]),
        day_followers=_day_followers(ex["months"]),
        glue_words=tuple(sorted((_fold(w) for w in ex["glue_words"]), key=len, reverse=True)),
        masks=_masks(),
        collective_de_scale=collective_de_scale,
        subunit_after=re.compile(rf"{hs}+{_alternation(ex['subunits'])}(?![\w])", re.IGNORECASE),
    )
