"""Recognizing French quantities: numbers, money, percentages, ordinals, qualifiers.

This module owns `recognize_quantities` (contract section 9): it finds the
figures of a French string and returns them as `Quantity` records with
offsets into that string. The French it knows (number words, scale words,
currencies, qualifier cues, the words that make a number a name) lives in
`data/quantities.toml`; this module holds the rules that combine them.

Number words are parsed here rather than with text2num: French wire copy
needs the long scale (`billion` = 10^12), `trois milliards et demi`, exact
character offsets and a segmentation of runs such as `vingt et un ou deux`;
text2num is used as an oracle in the tests instead.

The rules, in the order they are applied to each candidate:

1. a digit run is read the French way: `.` or a (narrow) no-break space
   groups thousands only in groups of exactly three digits, `,` is the
   decimal mark; anything else with dots (`4.0`, `192.168.1.2`) is a name
   or a version, unless a scale word or a unit follows (`1.5 million`);
2. scale words, `et demi`, then a percent word, a currency or an ordinal
   suffix after it; a currency sign or code before it;
3. what is not a quantity is dropped: identifiers (`COVID-19`, `n° 17`,
   `17/NQ-CP`, `5G`), URLs, e-mails, phone numbers, times, levels
   (`niveau 4`), names with ordinals (`14e Congrès`, `Premier ministre`),
   and the parts of dates (`9 décembre 2019`, `en 2020`, `2021-2025`);
4. the qualifier comes from the cue words just before the figure
   (`plus de`, `près de`, `moins de`, ...) or just after it (`environ`);
5. in a range (`entre 5 et 10 millions de dollars`, `10-15 %`) the first
   bound takes the scale and unit of the second.

Years: a bare four-digit integer from 1900 to 2100 (no separator, scale or
unit) is a year and not returned, unless a qualifier cue precedes it
(`plus de 2000`) or a plural noun follows it (`2020 dossiers`), which makes
it a count; after a year cue (`en`, `depuis`, `fin`, a month) it stays a
year (`en 2020 dossiers`). `2.020 dossiers` is always a count.

Speed: candidates are found by two regex scans (figures, number words);
every costlier test runs only when a cheap substring test says it may
apply. `recognize_quantities` never raises: a bug costs the string its
quantities, not the pipeline its run.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from vnextract.resources import load_toml

if TYPE_CHECKING:
    from vnextract.models import Qualifier, Quantity, QuantityKind

__all__ = ["recognize_quantities"]

_DATA_FILE = "quantities.toml"

# Horizontal white space: a number never spans a line break.
_HS = r"[^\S\r\n]"
_HYPHENS = "-‐‑"
_HY = r"\-‐‑"  # the same, for use inside a regex character class
_SPACES = " \u00a0\u202f\u2009"
_NON_SPACE = re.compile(r"\S*")
_ACCENTS = {
    "a": "aàâä",
    "e": "eéèêë",
    "i": "iîï",
    "o": "oôö",
    "u": "uùûü",
    "c": "cç",
    "y": "yÿ",
}
_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"


@lru_cache(maxsize=8192)
def _fold(word: str) -> str:
    """Lower case, accents removed, typographic apostrophe and spaces made plain."""
    decomposed = unicodedata.normalize("NFD", word.lower().replace("’", "'"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())


def _atoms(phrase: str) -> list[str]:
    """The regex atoms of a French phrase: any accent, any apostrophe, flexible spaces.

    Letters are lower case: the atoms match lower-cased text as they are,
    any case with `re.IGNORECASE`.
    """
    out: list[str] = []
    for char in phrase:
        atom = _atom(char)
        if char.isspace() and out and out[-1] == atom:
            continue
        out.append(atom)
    return out


@lru_cache(maxsize=1024)
def _atom(char: str) -> str:
    """The regex atom of one character of a phrase (see `_atoms`)."""
    if char.isspace():
        return _HS + "+"
    if char in "'’":
        return "['’]"
    if char in _HYPHENS:
        return f"{_HS}*[{_HY}]{_HS}*"
    base = _fold(char) if char.strip() else " "
    if len(base) == 1 and base in _ACCENTS:
        return "[" + "".join(sorted(set(_ACCENTS[base]) | {char.lower()})) + "]"
    return re.escape(char.lower()) if char.isalpha() else re.escape(char)


def _alternation(phrases: Iterable[str], case_sensitive: Iterable[str] = ()) -> str:
    """One regex for many phrases, as a trie so that scanning stays fast.

    At every node the longer continuation is tried first, so the longest
    phrase wins (`dollars australiens` over `dollars`); the phrases in
    `case_sensitive` (ISO codes) are matched as written.
    """
    exact = sorted(set(case_sensitive), key=lambda p: (-len(p), p))
    trie: dict[str, Any] = {}
    for phrase in set(phrases) - set(exact):
        node = trie
        for atom in _atoms(phrase):
            node = node.setdefault(atom, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        terminal = "" in node
        branches = [atom + render(child) for atom, child in sorted(node.items()) if atom]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if terminal:
            return f"(?:{body})?"
        return body

    parts = [f"(?-i:{re.escape(p)})" for p in exact]
    if trie:
        parts.append(render(trie))
    return "(?:" + "|".join(parts) + ")"


def _initials(phrases: Iterable[str]) -> str:
    """A look-ahead on the first characters of `phrases`: it lets the regex engine
    skip to candidate positions with a fast character-set scan."""
    chars: set[str] = set()
    for phrase in phrases:
        first = phrase[:1]
        if not first:
            continue
        base = _fold(first)
        chars |= {first, first.lower(), first.upper(), base, base.upper()}
        if base in _ACCENTS:
            chars |= set(_ACCENTS[base]) | {c.upper() for c in _ACCENTS[base]}
    return "(?=[" + re.escape("".join(sorted(chars))) + "])"


def _is_code(name: str) -> bool:
    """ISO codes and symbols are matched as written (`ILS` is a code, `ils` a pronoun)."""
    return not any(c.islower() for c in name) or not any(c.isalpha() for c in name)


_OPENING = "([{«\"“'‘"


@lru_cache(maxsize=512)  # asked for the same position by several cues
def _word_before(text: str, pos: int) -> str:
    """The folded chunk of text ending just before `pos` (spaces skipped): `de`, `n°`, `US$`."""
    parts = text[max(0, pos - 30) : pos].split()
    if not parts:
        return ""
    word = _fold(parts[-1].lstrip(_OPENING))
    cut = word.rfind("'", 0, len(word) - 1)
    # `l'article`, `qu'environ`: the elided article is not part of the cue word.
    return word[cut + 1 :] if cut >= 0 and word[:cut] not in ("jusqu", "aujourd") else word


def _last_words(phrases: Iterable[str]) -> frozenset[str]:
    """The folded last words of cue phrases (`plus de` -> `de`, `plus d'` -> `d'`)."""
    words = set()
    for phrase in phrases:
        parts = _fold(phrase).split()
        if parts:
            words.add(parts[-1])
    return frozenset(words)


@dataclass(frozen=True)
class _Before:
    """A cue that must end just before a position (`plus de` before `2.800`).

    The regex is only run when the word before the position can end a cue,
    or when one of `stems` occurs in the window: cheap tests that spare a
    regex scan on almost every number.
    """

    pattern: re.Pattern[str]
    last_words: frozenset[str] = frozenset()
    stems: tuple[str, ...] = ()
    window: int = 40

    def search(self, text: str, pos: int, floor: int = 0) -> re.Match[str] | None:
        lo = max(floor, pos - self.window)
        if self.stems:
            chunk = text[lo:pos].lower()
            if not any(stem in chunk for stem in self.stems):
                return None
        elif self.last_words and _word_before(text, pos) not in self.last_words:
            return None
        return self.pattern.search(text, lo, pos)


def _stems(phrases: Iterable[str]) -> tuple[str, ...]:
    """The first four letters of each phrase, accented and folded."""
    out = set()
    for phrase in phrases:
        low = phrase.lower()
        out.add(low[:4])
        out.add(_fold(low)[:4])
    return tuple(sorted(out))


# ----------------------------------------------------------------- the lexicon


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
    )
    # `17/NQ-CP`, `45/2020/ND-CP`, `24h/24`, `7j/7`: slashed tokens with letters.
    doc_id = r"(?<![\w/])(?=[\w.\-/]*\d)(?=[\w.\-/]*[^\W\d_])[\w.\-]+(?:/[\w.\-]+)+"
    time = (
        r"(?=\d)(?:(?<![\d,.])\d{1,2}" + hs + r"?[hH](?:" + hs + r"?\d{2})?(?![\w])"
        r"|(?<![\d,.])\d{1,2}:\d{2}(?::\d{2})?(?![\d])"
        r"|(?<![\d,.])\d{1,2}" + hs + r"+heures?" + hs + r"+\d{2}(?![\d]))"
    )
    numeric_date = (
        r"(?=\d)(?:(?<![\d,./])\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}(?![\d])"
        r"|(?<![\d,./])\d{4}-\d{2}-\d{2}(?![\d])"
        r"|(?<![\d,./])(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\d/])"
        r"|(?<![\d,./])(?:[12]\d|3[01]|0?[1-9])/(?:0?[1-9]|1[0-2])(?![\d/,]))"
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
        rf"(?P<int>\d{{1,3}}(?:{space_group}\d{{3}})+(?![\d])|\d+(?:\.\d+)+|\d+)"
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
        re.compile(rf"{_initials(cues)}(?<![\w'’]){_alternation(cues)}{hs}*\Z", re.IGNORECASE),
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


# ------------------------------------------------------------- found quantities


@dataclass(slots=True)
class _Found:
    """A quantity under construction (internal: carries what the range rule needs)."""

    kind: QuantityKind
    value: float
    start: int
    end: int
    unit: str | None = None
    qualifier: Qualifier = "exact"
    qualifier_text: str | None = None
    qualifier_start: int | None = None
    scale: float = 1.0
    bare: bool = False  # a plain number: no scale word, unit, suffix or decimals
    small_integer: bool = False  # no separators, no decimals: may take a scale from a range


@dataclass
class _Ctx:
    """Per-call state: the text, the lexicon and where the previous quantity ended."""

    text: str
    lex: _Lexicon
    # The text lower-cased (scanned for number words), and the pattern for it;
    # when lower-casing changes the length (`İ`), the text itself, any case.
    lowered: str = ""
    words_re: re.Pattern[str] | None = None
    floor: int = 0  # end of the previous quantity: nothing may start before it

    def words(self, pos: int, search: bool = False) -> re.Match[str] | None:
        """The run of number words at (or, with `search`, after) `pos`."""
        assert self.words_re is not None
        if search:
            return self.words_re.search(self.lowered, pos)
        return self.words_re.match(self.lowered, pos)

    def masked(self, pos: int) -> bool:
        """Whether `pos` lies in a URL, e-mail, phone number, identifier, time or date.

        Only a window around `pos` is examined (the spaceless chunk holding it
        and a few characters on each side), and each pattern only when the
        characters it needs are there: most numbers are cleared by a few
        substring tests.
        """
        text = self.text
        n = len(text)
        # The spaceless chunk around `pos` (a URL may be long): C-level searches.
        left = max(0, pos - 2000)
        segment = text[text.rfind(" ", left, pos) + 1 or left : pos]
        parts = segment.split()
        lo = pos - len(parts[-1]) if parts and not segment[-1].isspace() else pos
        chunk_end = _NON_SPACE.match(text, pos, min(n, pos + 2000))
        hi = chunk_end.end() if chunk_end else pos
        chunk = text[lo:hi].lower()
        wlo = max(0, lo - 24)
        window = text[wlo : min(n, hi + 24)]
        checks: list[re.Pattern[str]] = []
        masks = self.lex.masks
        if chunk.strip("0123456789,.;:!?()%"):  # letters or signs in the chunk
            if "://" in chunk or "www." in chunk or "@" in chunk or "." in chunk:
                checks += masks.web
            if "/" in chunk:
                checks.append(masks.slashed)
        if "+" in window or "(" in window or " 0" in window or window.startswith("0"):
            checks.append(masks.phone)
        if ":" in chunk or "h" in text[max(0, lo - 10) : hi + 4].lower():
            checks.append(masks.time)
        if "/" in chunk or "-" in chunk or chunk.count(".") > 1 or ("." in chunk and "-" in window):
            checks.append(masks.numeric_date)
        if not checks:
            return False
        at = pos - wlo
        for pattern in checks:
            for m in pattern.finditer(window):
                if m.start() <= at < m.end():
                    return True
                if m.start() > at:
                    break
        return False


def _sentence_start(text: str, pos: int) -> bool:
    """Whether only opening punctuation separates `pos` from a sentence start."""
    i = pos - 1
    while i >= 0 and text[i] in _SPACES + "\t«\"'“(":
        i -= 1
    return i < 0 or text[i] in ".!?…:;\n\r»”-–—"


def _letters_before(text: str, pos: int) -> str:
    """The run of letters ending at `pos`."""
    i = pos
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i:pos]


def _letters_after(text: str, pos: int) -> str:
    """The run of letters starting at `pos`."""
    i = pos
    n = len(text)
    while i < n and text[i].isalpha():
        i += 1
    return text[pos:i]


# --------------------------------------------------------------- shared context


def _qualify(ctx: _Ctx, found: _Found) -> None:
    """Attach the qualifier cue written just before (or after) the quantity."""
    lex = ctx.lex
    m = lex.qualifier_before.search(ctx.text, found.start, ctx.floor)
    if m:
        cue = m.group(0).rstrip()
        found.qualifier = lex.qualifier_kind.get(_fold(cue), found.qualifier)
        found.qualifier_text = cue
        found.qualifier_start = m.start()
        return
    mark = lex.threshold_before.search(ctx.text, found.start, ctx.floor)
    if mark:
        # `a franchi le cap des 10 millions`: a mark passed, reached or approached
        cue = mark.group("cue")
        found.qualifier = (
            lex.threshold_kind.get(_fold(cue), lex.threshold_default)
            if cue
            else lex.threshold_default
        )
        # the evidence starts at the mark (`la barre du million`), not at the verb
        found.qualifier_text = ctx.text[mark.start("mark") : mark.end()].rstrip()
        found.qualifier_start = mark.start("mark")
        return
    after = lex.qualifier_after.match(ctx.text, found.end)
    if after:
        cue = after.group(0).strip()
        kind = lex.qualifier_kind.get("after:" + _fold(cue))
        if kind:
            found.qualifier = kind
            found.qualifier_text = cue
            found.qualifier_start = after.end() - len(cue)


def _has_qualifier_before(ctx: _Ctx, start: int) -> bool:
    """Whether a qualifier cue ends just before `start`."""
    return bool(ctx.lex.qualifier_before.search(ctx.text, start, ctx.floor))


_SMALL_WORDS = ("de", "des", "d'", "d’")
_NEXT_WORDS = re.compile(r"[^\S\r\n]*([^\W\d_]+['’]?)(?:[^\S\r\n]*([^\W\d_]+))?")


def _may_start_unit(ctx: _Ctx, text: str, pos: int) -> bool:
    """Whether the word after `pos` (after `de`) may begin a unit: a cheap filter."""
    m = _NEXT_WORDS.match(text, pos)
    if not m:
        return True
    word = m.group(1).lower()
    if word in _SMALL_WORDS and m.group(2):
        word = m.group(2).lower()
    return _fold(word[:2]) in ctx.lex.unit_prefixes or word[:2] in ctx.lex.unit_prefixes


_NEVER_A_UNIT = frozenset(',.;:!?)]}»"”0123456789-–—/')


def _unit_after(ctx: _Ctx, pos: int, scaled: bool) -> tuple[QuantityKind, str | None, int] | None:
    """A percent word or a currency written after position `pos`."""
    lex = ctx.lex
    text = ctx.text
    head = text[pos : pos + 3].lstrip()[:1]
    if not head or head in _NEVER_A_UNIT:
        return None  # most figures end a clause or are followed by a digit
    if head.isalpha() and not _may_start_unit(ctx, text, pos):
        return None
    m = lex.percent_after.match(text, pos)
    if m:
        return "percent", "%", m.end()
    m = lex.currency_after.match(text, pos)
    if m:
        if m.group("name") is not None:
            iso = lex.currency_iso.get(_fold(m.group("name")))
            if iso:
                return "money", iso, m.end()
        else:
            mark = m.group("mark")
            iso = lex.dollar_after[mark.lower()] if mark else "USD"
            return "money", iso, m.end()
    if scaled:
        m = lex.currency_after_scale.match(text, pos)
        if m:
            iso = lex.currency_iso.get(_fold(m.group("name")))
            if iso:
                return "money", iso, m.end()
    return None


_PRICE_CENTS = re.compile(
    rf"{_HS}+(?:et{_HS}+)?(?:(?P<d>\d{{1,2}})(?![\d]|[,.]\d)|(?=[^\W\d_]))", re.IGNORECASE
)
_PRICE_END = re.compile(r"[^\S\r\n]*(?:[.;!?)]|\Z)")


def _price_cents(ctx: _Ctx, pos: int) -> tuple[float, int] | None:
    """`15 dollars et 15 cents`, `3 euros 50.`: the cents of a price said in two parts."""
    m = _PRICE_CENTS.match(ctx.text, pos)
    if not m:
        return None
    if m.group("d") is not None:
        cents, end = int(m.group("d")), m.end()
    else:
        run = ctx.words(m.end())
        if not run or run.group("w") is None:
            return None
        toks = _tokens(ctx, run)
        segments = _segments(toks)
        if not segments or segments[0].kind != "number" or segments[0].article_only:
            return None
        first = segments[0]
        if first.first != 0 or not 0 < first.value < 100 or first.value != int(first.value):
            return None
        cents, end = int(first.value), toks[first.last].end
    sub = ctx.lex.subunit_after.match(ctx.text, end)
    if sub:
        return cents / 100, sub.end()
    if m.group("d") is not None and len(m.group("d")) == 2 and _PRICE_END.match(ctx.text, end):
        return cents / 100, end
    if m.group("d") is not None and "et" in m.group(0).lower() and _PRICE_END.match(ctx.text, end):
        return cents / 100, end
    return None


def _currency_before(ctx: _Ctx, start: int) -> tuple[str, int] | None:
    """A currency sign or code written just before the number (`$75`, `USD 5`)."""
    lex = ctx.lex
    m = lex.currency_before.search(ctx.text, start, ctx.floor)
    if not m:
        return None
    if m.group("name") is not None:
        iso = lex.currency_iso.get(_fold(m.group("name")))
        return (iso, m.start()) if iso else None
    mark = m.group("mark")
    if mark is None:
        return "USD", m.start()
    iso = lex.dollar_before.get(mark.lower())
    return (iso, m.start()) if iso else None


def _is_day_of_month(ctx: _Ctx, end: int) -> bool:
    """Whether a month follows the number ending at `end` (`9 décembre`, `25 et 26 octobre`)."""
    lex = ctx.lex
    head = _fold(ctx.text[end : end + 8].lstrip()[:3])
    followers = lex.day_followers
    if head not in followers and head[:2] not in followers and head[:1] not in followers:
        return False  # not a month, nor `er`, `et`, `au`, `à`, `-`, `,` before one
    return bool(
        lex.month_after.match(ctx.text, end) or lex.day_range_month_after.match(ctx.text, end)
    )


def _ordinal_is_name(ctx: _Ctx, start: int, end: int, value: float, written: str) -> bool:
    """`14e Congrès`, `Premier ministre`, `1er juillet`: ordinals that rank nothing."""
    lex = ctx.lex
    text = ctx.text
    if lex.ordinal_head_after.match(text, end):
        return True
    if value == 1 and lex.month_after.match(text, end):
        return True
    if value <= 31 and lex.day_range_month_after.match(text, end):
        return True
    folded = _fold(written)
    if folded.startswith("premi"):
        if lex.title_after.match(text, end):
            return True
        if written[:1].isupper() and not _sentence_start(text, start):
            return True
    if folded.startswith("seconde"):
        # `une seconde` is a unit of time; `la seconde édition` an ordinal.
        before = _fold(text[max(0, start - 12) : start]).split()
        if not before or before[-1] not in ("la", "les", "sa", "ses", "cette", "leur", "leurs"):
            return True
    return False


# --------------------------------------------------------------------- digits


_Exact = int | Decimal  # figures are computed exactly, then turned into floats


def _int_part(raw: str) -> tuple[_Exact, str] | None:
    """The value of the integer part and its notation (plain, grouped, dotted-decimal)."""
    if len(raw) > 400:
        return None  # a run of digits, not a figure (and `int` refuses > 4300 digits)
    if "." in raw:
        groups = raw.split(".")
        if 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
            return int("".join(groups)), "grouped"
        if len(groups) == 2:
            return Decimal(raw), "dot-decimal"
        return None
    if not raw.isdigit():
        return int("".join(c for c in raw if c.isdigit())), "grouped"
    return int(raw), "plain"


def _power(base: _Exact, exp_text: str) -> _Exact | None:
    """`1e10`, `12,32e+14`, `1,1^23`, `2,5^-1`; None for absurd exponents."""
    if len(exp_text) > 6:
        return None
    if exp_text[0] in "eE":
        exponent = int(exp_text[1:])
        if abs(exponent) > 300:
            return None
        return Decimal(base).scaleb(exponent)
    signs = exp_text[1:].rstrip("0123456789")
    exponent = int(exp_text[1 + len(signs) :])
    if signs.count("-") % 2:
        exponent = -exponent
    if base == 0 and exponent < 0:
        return None
    try:
        result = float(base) ** exponent
    except (OverflowError, ZeroDivisionError):
        return None
    if not math.isfinite(result):
        return None
    return Decimal(repr(result))


def _scale_at(ctx: _Ctx, pos: int) -> tuple[float, int, bool] | None:
    """A scale word or abbreviation at `pos`: (multiplier, end, approximate)."""
    lex = ctx.lex
    m = lex.scale_after.match(ctx.text, pos)
    if not m:
        return None
    if m.group("word") is not None:
        folded = _fold(m.group("word"))
        if folded in lex.collective_values:
            return lex.collective_values[folded], m.end(), True
        return lex.scale_values[folded], m.end(), False
    abbr = m.group("abbr")
    if abbr == "M" and m.start("abbr") > pos and ctx.text.startswith(".", m.end()):
        return None  # `10 M. Nguyen`: Monsieur, not a million
    return lex.scale_values["abbr:" + abbr], m.end(), False


_LARGEST = 10**300


def _from_digits(ctx: _Ctx, m: re.Match[str]) -> tuple[list[_Found], int]:
    """The quantity written with digits at `m` (or none), and where to resume scanning."""
    text = ctx.text
    lex = ctx.lex
    start = m.start()
    end = m.end()
    raw_int = m.group("int")
    dec = m.group("dec")
    exp = m.group("exp")
    sign = m.group("sign")
    prev = text[start - 1] if start > 0 else ""

    # `1,234,567` and `12,34,567.89`: a notation that is not French.
    if dec and text.startswith(",", end) and end + 1 < len(text) and text[end + 1].isdigit():
        tail = re.match(r"(?:,\d+)+(?:\.\d+)?", text[end:])
        return [], end + (tail.end() if tail else 0)

    if sign and prev and (prev.isalnum() or prev in _HYPHENS + "_"):
        return [], end  # `COVID-19`, `Vinasat-1`: the hyphen belongs to a name
    core_start = start + (1 if sign else 0)
    if ctx.masked(core_start):
        return [], end
    if _left_glued_identifier(ctx, start):
        return [], end

    parsed = _int_part(raw_int)
    if parsed is None:
        return [], end  # `192.168.1.2`, `1.2.3`: dotted identifiers
    value, notation = parsed
    if dec:
        value += Decimal("0." + dec[1:])
    if exp:
        powered = _power(value, exp)
        if powered is None:
            return [], end
        value = powered
    if sign:
        value = -value
    if end < len(text) and text[end] in _VULGAR and not dec and notation == "plain":
        value += Decimal(repr(unicodedata.numeric(text[end])))
        end += 1

    found = _Found(kind="number", value=0.0, start=start, end=end)
    plain_integer = notation == "plain" and not dec and not exp

    # Ordinal suffix: `86e`, `1er`, `2nd`, `4ᵉ`.
    if plain_integer and not sign:
        sm = lex.ordinal_suffix.match(text, end)
        if sm:
            rank_class = lex.ordinal_suffix_rank.get(sm.group(0).lower(), "any")
            ok = (
                rank_class == "any"
                or (rank_class == "one" and value == 1)
                or (rank_class == "two" and value == 2)
            )
            if ok and value > 0:
                if _ordinal_is_name(ctx, start, sm.end(), float(value), text[start : sm.end()]):
                    return [], sm.end()
                found.kind = "ordinal"
                found.value = float(value)
                found.end = sm.end()
                return [found], found.end

    # Scale words, `et demi`, then a unit.
    scale = 1
    approx = False
    pos = end
    scaled = _scale_at(ctx, pos)
    if scaled:
        mult, pos, approx = scaled
        scale = int(mult)  # every scale word is a whole number
        # `mille milliards`: a thousand of a larger scale.
        if mult == 1000:
            again = _scale_at(ctx, pos)
            if again and again[0] > 1000 and not again[2]:
                scale *= int(again[0])
                pos = again[1]
    fr = lex.fraction_after.match(text, pos)
    fraction: _Exact = 0
    if fr and not approx:
        fraction, pos = _fraction_value(fr, scale), fr.end()
    if notation == "dot-decimal" and scale == 1 and not _unit_after(ctx, pos, False):
        return [], end  # `4.0`, `Industrie 4.0`: a version, not a decimal
    total = value * scale + fraction

    # `1 million 200 000`, `2 milliards 500 millions`: a descending chain.
    if scale >= 1_000_000 and not fraction:
        chained = _chain(ctx, pos, scale)
        if chained:
            addition, pos = chained
            total += addition

    if not -_LARGEST < total < _LARGEST:
        return [], pos  # not a figure any article gives: a run of digits
    unit = _unit_after(ctx, pos, scale > 1)
    if unit:
        found.kind, found.unit, pos = unit
        if unit[0] == "money" and scale == 1 and plain_integer:
            cents = _price_cents(ctx, pos)
            if cents:
                total += Decimal(repr(cents[0]))
                pos = cents[1]
    elif scale == 1 or not approx:
        before = _currency_before(ctx, start)
        if before:
            found.kind, found.unit = "money", before[0]
            found.start = before[1]
    found.value = float(total)
    found.end = pos
    found.scale = float(scale)
    found.bare = plain_integer and scale == 1 and not unit and found.unit is None
    found.small_integer = notation == "plain" and not exp and scale == 1 and -1000 < value < 1000
    if approx:
        found.qualifier = "approx"
    if notation == "dot-decimal" and not found.unit and scale == 1:
        return [], end

    # A letter glued after the figure: `5G`, `3D` are names; `67.000transactions` is glue.
    if pos < len(text) and found.kind in ("number",) and scale == 1:
        after = _letters_after(text, pos)
        if after and not (len(after) >= 3 and after.islower()):
            return [], pos
        if text[pos] in _HYPHENS and pos + 1 < len(text) and text[pos + 1].isalpha():
            return [], pos
    if found.bare and _bare_integer_is_not_a_quantity(ctx, found, raw_int, int(value)):
        return [], pos
    if (
        found.kind == "number"
        and scale == 1
        and not dec
        and notation != "dot-decimal"
        and 1 <= value <= 31
        and _is_day_of_month(ctx, pos)
    ):
        return [], pos
    if found.kind == "number":
        # `50 cents`, `470 pence`: a coin with no ISO code; its word is not a hundred.
        coin = lex.subunit_after.match(text, pos)
        if coin:
            return [found], coin.end()
    return [found], pos


def _fraction_value(fr: re.Match[str], scale: int) -> Decimal:
    """`et demi` = half the scale before it; `et demi million` = half a million."""
    frac = Decimal(repr(_lexicon().words[_fold(fr.group("frac"))].value))
    num = fr.group("num")
    if num:
        frac *= Decimal(int(_lexicon().words[_fold(num)].value))
    if fr.group("scale"):
        return frac * Decimal(repr(_lexicon().words[_fold(fr.group("scale"))].value))
    return frac * scale


_CHAIN = re.compile(rf"{_HS}+(\d{{1,3}}(?:[{_SPACES}.]\d{{3}})+|\d{{1,3}})(?![\d]|[,.]\d)")


def _chain(ctx: _Ctx, pos: int, scale: int) -> tuple[int, int] | None:
    """The smaller figure completing `1 million 200 000` or `2 milliards 500 millions`."""
    m = _CHAIN.match(ctx.text, pos)
    if not m:
        return None
    number = int("".join(c for c in m.group(1) if c.isdigit()))
    nxt = _scale_at(ctx, m.end())
    if nxt and not nxt[2]:
        sub_scale = int(nxt[0])
        if sub_scale < scale and number * sub_scale < scale:
            return number * sub_scale, nxt[1]
        return None
    if nxt is None and 100 <= number < scale and len(m.group(1)) > 3:
        return number, m.end()
    return None


def _left_glued_identifier(ctx: _Ctx, start: int) -> bool:
    """`COVID19`, `A320`, `COVID-19`, `ASEAN+3` are names; `de14` is scraper glue."""
    text = ctx.text
    if start == 0:
        return False
    prev = text[start - 1]
    if prev.isalpha():
        letters = _letters_before(text, start)
        if letters.islower():
            # `de14` or `systèmesde14` is glue; `code14` or `covid19` is a name.
            folded = _fold(letters)
            return not any(
                folded == g or (folded.endswith(g) and len(folded) > len(g) + 2)
                for g in ctx.lex.glue_words
            )
        return True
    if prev in _HYPHENS + "+_#" and start >= 2 and text[start - 2].isalpha():
        return True
    return prev == "_"


def _acronym_before(ctx: _Ctx, start: int) -> bool:
    """`COVID 19`, `ISO 9001`: an upper-case acronym (not a currency code) names the number."""
    text = ctx.text
    i = start
    while i > 0 and text[i - 1] in _SPACES:
        i -= 1
    if i == start:
        return False
    word = _letters_before(text, i)
    if (
        len(word) < 2
        or not word.isupper()
        or (i - len(word) > 0 and text[i - len(word) - 1].isalnum())
    ):
        return False
    return word not in ctx.lex.codes_before


def _bare_integer_is_not_a_quantity(ctx: _Ctx, found: _Found, raw: str, value: int) -> bool:
    """Identifiers, levels, dates and years among plain integers."""
    lex = ctx.lex
    text = ctx.text
    start = found.start
    if lex.identifier_before.search(text, start):
        return True
    if _acronym_before(ctx, start):
        return True
    if value < 100 and lex.level_before.search(text, start):
        return True
    if 1 <= value <= 31 and lex.weekday_before.search(text, start):
        return True
    if len(raw) == 4 and 1900 <= value <= 2100:
        if lex.month_before.search(text, start) or _word_before(text, start) in lex.year_cues:
            return True
        if _has_qualifier_before(ctx, start):
            return False
        noun = lex.counted_noun_after.match(text, found.end)
        if noun:
            word = _fold(noun.group("w"))
            if (
                word not in lex.year_followers
                and word not in lex.months_folded
                and word not in lex.words
                and len(word) >= 4
                and noun.group("w")[0].islower()
            ):
                return False
        return True
    # `2021-25`, `2020/21`: the end of a period of years.
    return value < 100 and bool(_YEAR_DASH.search(text, max(0, start - 5), start))


_YEAR_DASH = re.compile(r"(?:19|20)\d\d[-‐‑–/]\Z")


# ---------------------------------------------------------------------- words


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    word: _Word
    written: str
    et_before: bool


@dataclass(slots=True)
class _Acc:
    """A French number being read word by word."""

    first: int
    last: int
    total: float = 0.0
    thousands: float = 0.0
    small: float = 0.0
    last_cls: str = ""
    big: float = math.inf
    last_mult: float = 1.0
    kind: str = "number"
    approx: bool = False
    done: bool = False
    ntok: int = 0
    article_only: bool = False

    @property
    def value(self) -> float:
        return self.total + self.thousands + self.small

    @property
    def group(self) -> float:
        return self.thousands + self.small


def _start_acc(index: int, tok: _Tok) -> _Acc | None:
    """A number begun by one word, or None when the word cannot begin one (`millions`)."""
    w = tok.word
    acc = _Acc(first=index, last=index, ntok=1, last_cls=w.cls)
    if w.cls == "zero":
        acc.done = True
    elif w.cls in ("unit", "dix", "teen", "tens"):
        acc.small = w.value
        acc.article_only = w.article
    elif w.cls == "cent":
        if w.value != 100 or _fold(tok.written) == "cents":
            return None  # `cents` alone is a coin, not a hundred
        acc.small = 100
    elif w.cls == "mille":
        acc.thousands = 1000
    elif w.cls == "ord":
        if w.plural and not w.standalone and w.value < 1:
            return None
        if w.value == 1 and not w.standalone:
            return None  # `unième` only ends a compound (`vingt et unième`)
        acc.small = w.value
        acc.kind = "ordinal"
        acc.done = True
    else:
        return None
    return acc


def _take(acc: _Acc, tok: _Tok) -> bool:
    """Extend the number with one more word if French grammar allows it."""
    if acc.done:
        return False
    w = tok.word
    cls = w.cls
    v = w.value
    as_ordinal = cls == "ord"
    if as_ordinal:
        if w.standalone:
            return False
        cls = _word_class(v)
    small = acc.small
    last = acc.last_cls
    ok = False
    if tok.et_before:
        # `vingt et un`, `soixante et onze`, `mille et une`
        if v == 1 and cls == "unit" and last in ("tens", "cent", "mille") and small % 10 == 0:
            acc.small += 1
            ok = True
        elif v == 11 and last == "tens" and small % 100 == 60:
            acc.small += 11
            ok = True
    elif cls == "unit":
        if (
            (last == "cent" and small % 100 == 0)
            or (last == "tens" and small % 10 == 0 and small % 100 >= 20)
            or (last == "dix" and v >= 7 and small % 100 in (10, 70, 90))
            or (last in ("mille", "scale") and small == 0)
        ):
            ok = True
        if ok:
            acc.small += v
    elif cls in ("dix", "teen"):
        if (
            (last == "cent" and small % 100 == 0)
            or (last == "tens" and small % 100 in (60, 80))
            or (last in ("mille", "scale") and small == 0)
        ):
            acc.small += v
            ok = True
    elif cls == "tens":
        if (last == "cent" and small % 100 == 0) or (last in ("mille", "scale") and small == 0):
            acc.small += v
            ok = True
        elif v == 20 and last == "unit" and small % 100 == 4:
            acc.small += 76  # quatre-vingt(s)
            ok = True
    elif cls == "cent":
        plural = _fold(tok.written) == "cents"
        if last in ("unit", "teen", "dix") and 2 <= small < 20:
            acc.small = small * 100
            ok = True
        elif last in ("mille", "scale") and small == 0 and not plural:
            acc.small = 100
            ok = True
    elif cls == "mille":
        if small > 0 and acc.thousands == 0:
            acc.thousands = small * 1000
            acc.small = 0
            ok = True
        elif last == "scale" and small == 0 and acc.thousands == 0:
            acc.thousands = 1000  # `un million mille`
            ok = True
    elif cls == "scale":
        group = acc.group
        if group > 0 and v < acc.big:
            acc.total += group * v
            acc.thousands = acc.small = 0
            acc.big = v
            acc.last_mult = v
            ok = True
    elif cls == "mult":
        if acc.total == 0 and acc.group > 0:
            acc.small = acc.group * v
            acc.thousands = 0
            acc.done = True
            ok = True
    elif cls == "coll" and acc.total == 0 and acc.thousands == 0 and 0 < small < 100:
        acc.small = small * v
        acc.approx = True
        acc.done = True
        ok = True
    if ok:
        acc.last_cls = cls
        acc.ntok += 1
        acc.article_only = False
        if as_ordinal:
            acc.kind = "ordinal"
            acc.done = True
    return ok


def _segments(toks: list[_Tok]) -> list[_Acc]:
    """Cut a run of number words into numbers (`vingt et un ou deux` -> 21, 2)."""
    out: list[_Acc] = []
    acc: _Acc | None = None
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        w = tok.word
        nxt = toks[i + 1] if i + 1 < n else None
        # `et demi`, `et un quart`, `et trois quarts` complete the number before.
        if acc is not None and tok.et_before and not acc.done:
            numerator = 1.0
            j = i
            if w.cls == "unit" and w.value <= 3 and nxt is not None and nxt.word.cls == "frac":
                numerator = w.value
                j = i + 1
            if toks[j].word.cls == "frac" and (j == i or not toks[j].et_before):
                frac = toks[j].word.value * numerator
                after = toks[j + 1] if j + 1 < n else None
                if after is not None and after.word.cls == "scale" and not after.et_before:
                    acc.total += frac * after.word.value
                    j += 1
                else:
                    acc.total += frac * (acc.last_mult if acc.last_cls == "scale" else 1.0)
                acc.last = j
                acc.done = True
                acc.article_only = False
                acc.ntok += j - i + 1
                i = j + 1
                continue
        # `un demi-million`, `une demi-douzaine`, `demi-million`
        if (
            w.cls == "frac"
            and w.value == 0.5
            and nxt is not None
            and not nxt.et_before
            and nxt.word.cls in ("scale", "mult")
            and (acc is None or (acc.article_only and acc.last == i - 1 and not tok.et_before))
        ):
            if acc is None:
                acc = _Acc(first=i, last=i, ntok=1)
            acc.small = 0.5
            acc.last_cls = "unit"
            acc.article_only = False
            acc.last = i
            i += 1
            continue
        if w.cls == "frac":
            # A fraction in words (`deux tiers`, `un quart`): a share the recognizer
            # does not read; the numerator before it is not a count either.
            if acc is not None and acc.last == i - 1 and not acc.done:
                _drop_fraction(acc, out, toks)
            elif out and out[-1].last == i - 1 and out[-1].kind == "number":
                _drop_fraction(out.pop(), out, toks)
            acc = None
            i += 1
            continue
        if w.cls == "ord" and not w.standalone and acc is not None and acc.last == i - 1:
            if not tok.et_before and (
                w.plural or (not acc.article_only and not _take(_copy_acc(acc), tok))
            ):
                # `trois cinquièmes`, `vingt et un cinquième`: a fraction, not a rank.
                _drop_fraction(acc, out, toks)
                acc = None
                i += 1
                continue
            if acc.article_only:
                if toks[acc.first].et_before and out and out[-1].last == acc.first - 1:
                    _drop_fraction(acc, out, toks)  # `trois et un cinquième`
                    acc = None
                    i += 1
                    continue
                acc = None  # `un cinquième mandat`: an article, then an ordinal
        if acc is not None and acc.last == i - 1 and _take(acc, tok):
            acc.last = i
            i += 1
            continue
        if acc is not None:
            out.append(acc)
        acc = _start_acc(i, tok)
        i += 1
    if acc is not None:
        out.append(acc)
    return out


def _copy_acc(acc: _Acc) -> _Acc:
    """A copy, to test a word against a number without changing it."""
    return _Acc(**{f: getattr(acc, f) for f in acc.__dataclass_fields__})


def _drop_fraction(acc: _Acc, out: list[_Acc], toks: list[_Tok]) -> None:
    """Forget the numerator of a fraction and the whole part joined to it by `et`."""
    first = acc.first
    while toks[first].et_before and out and out[-1].last == first - 1:
        first = out.pop().first


def _tokens(ctx: _Ctx, m: re.Match[str]) -> list[_Tok]:
    """The number words of a run, each flagged when `et` joins it to the previous one."""
    toks: list[_Tok] = []
    et = False
    for t in ctx.lex.token.finditer(ctx.text, m.start(), m.end()):
        if t.group("et"):
            et = True
            continue
        word = ctx.lex.words.get(_fold(t.group("w")))
        if word is not None:
            toks.append(_Tok(t.start(), t.end(), word, t.group("w"), et))
        et = False
    return toks


_VIRGULE = re.compile(rf"{_HS}+virgule{_HS}+", re.IGNORECASE)


def _decimals_in_words(ctx: _Ctx, pos: int) -> tuple[str, int] | None:
    """`virgule zéro trois` -> ("03", end): the digits of a decimal part in words."""
    v = _VIRGULE.match(ctx.text, pos)
    if not v:
        return None
    m = ctx.words(v.end())
    if not m or m.group("w") is None:
        return None
    toks = _tokens(ctx, m)
    digits = ""
    end = v.end()
    for acc in _segments(toks):
        if acc.kind != "number" or acc.value != int(acc.value) or acc.total:
            break
        digits += str(int(acc.value))
        end = toks[acc.last].end
        if acc.value != 0:
            break
    return (digits, end) if digits else None


def _from_words(ctx: _Ctx, m: re.Match[str]) -> tuple[list[_Found], int]:
    """The quantities written in words in the run `m`, and where to resume scanning."""
    text = ctx.text
    # The commonest run by far is an article, unless a unit follows (`un dollar`).
    if (
        m.end() - m.start() <= 3
        and ctx.lowered[m.start() : m.end()] in ("un", "une")
        and not _unit_after(ctx, m.end(), False)
        and not ctx.lex.negative_before.search(text, m.start())
    ):
        return [], m.end()
    bare = _bare_scale(ctx, m)
    if bare is not None:
        return [bare], bare.end
    toks = _tokens(ctx, m)
    found: list[_Found] = []
    end = m.end()
    covered = -1
    for acc in _segments(toks):
        start = toks[acc.first].start
        seg_end = toks[acc.last].end
        if start < covered:
            continue  # inside the unit of the previous number
        if acc.kind == "number" and not acc.done and acc.last == len(toks) - 1:
            decimals = _decimals_in_words(ctx, seg_end)
            if decimals:
                acc.small += float("0." + decimals[0])
                acc.article_only = False
                seg_end = decimals[1]
        item = _word_quantity(ctx, acc, start, seg_end, text[start:seg_end])
        if item is not None:
            found.append(item)
            covered = item.end
            end = max(end, item.end)
    return found, end


def _bare_scale(ctx: _Ctx, m: re.Match[str]) -> _Found | None:
    """`la barre du million (d'utilisateurs)`: a scale word alone, as the number of a mark.

    Elsewhere a scale word needs a number (`un million`, `des millions` is no figure).
    """
    value = ctx.lex.bare_scales.get(_fold(ctx.lowered[m.start() : m.end()]))
    if value is None:
        return None
    mark = ctx.lex.threshold_before.search(ctx.text, m.start(), ctx.floor)
    if mark is None or not _fold(mark.group(0)).rstrip().endswith(" du"):
        return None
    found = _Found(kind="number", value=value, start=m.start(), end=m.end())
    unit = _unit_after(ctx, m.end(), True)
    if unit:
        found.kind, found.unit, found.end = unit
    return found


def _word_quantity(ctx: _Ctx, acc: _Acc, start: int, end: int, written: str) -> _Found | None:
    """The quantity of a number read in words, with its unit; None when it is not one."""
    text = ctx.text
    lex = ctx.lex
    folded = _fold(written)
    # `Trois-Rivières`, `Pont-Neuf`: a number word inside a compound name.
    if (
        end < len(text)
        and text[end] in _HYPHENS
        and end + 1 < len(text)
        and text[end + 1].isalpha()
    ):
        return None
    value = acc.value
    if acc.kind == "ordinal":
        if _ordinal_is_name(ctx, start, end, value, written):
            return None
        if _UN_BEFORE.search(text, max(0, start - 5), start) and _DE_AFTER.match(text, end):
            return None  # `un centième de seconde`: a fraction
        return _Found(kind="ordinal", value=float(value), start=start, end=end)
    if acc.ntok == 1:
        if folded == "cent" and _POUR_BEFORE.search(text, max(0, start - 6), start):
            return None  # the `cent` of `pour cent`
        if folded == "neuf" and _neuf_is_adjective(ctx, start, end):
            return None
        if folded == "sept" and _SEPTEMBER_AFTER.match(text, end):
            return None  # `sept. 2020`: September
    found = _Found(kind="number", value=float(value), start=start, end=end)
    if acc.approx:
        found.qualifier = "approx"
        more = lex.collective_de_scale.match(text, end)
        if more:
            found.value *= _COLLECTIVE_SCALES[_fold(more.group("s"))]
            end = found.end = more.end()
    unit = _unit_after(ctx, end, acc.big < math.inf or acc.approx)
    if unit:
        if acc.article_only and unit[0] == "money":
            name = _fold(text[end : unit[2]]).split()[-1]
            if name in lex.common_word_currencies:
                return None
        found.kind, found.unit, found.end = unit
        if unit[0] == "money" and acc.big == math.inf and value == int(value):
            cents = _price_cents(ctx, found.end)
            if cents:
                found.value += cents[0]
                found.end = cents[1]
    if acc.article_only and not unit:
        neg = lex.negative_before.search(text, start)
        if not neg:
            return None  # `un portail`, `une plateforme`: articles
    if (
        found.kind == "number"
        and value == int(value)
        and 1 <= value <= 31
        and _is_day_of_month(ctx, end)
    ):
        return None
    if acc.big < math.inf:
        found.scale = acc.last_mult
    elif found.kind == "number" and not acc.approx:
        found.bare = True
        found.small_integer = value < 1000
    return found


_COLLECTIVE_SCALES = {"milliers": 1e3, "millions": 1e6, "milliards": 1e9}
_POUR_BEFORE = re.compile(rf"(?<![\w])pour{_HS}+\Z", re.IGNORECASE)
_SEPTEMBER_AFTER = re.compile(rf"\.|{_HS}+(?:19|20)\d\d(?![\d])")


_UN_BEFORE = re.compile(rf"(?<![\w])une?{_HS}+\Z", re.IGNORECASE)
_DE_AFTER = re.compile(rf"{_HS}+(?:de|d['’]|des|du)(?![\w])", re.IGNORECASE)


def _neuf_is_adjective(ctx: _Ctx, start: int, end: int) -> bool:
    """`un bâtiment neuf`, `remis à neuf`, `quoi de neuf`: `neuf` meaning new."""
    text = ctx.text
    before = _fold(text[max(0, start - 12) : start]).split()
    prev = before[-1] if before else ""
    if prev in ("flambant", "tout", "remis", "remise", "quoi", "rien") or (
        prev in ("a", "de")
        and len(before) > 1
        and before[-2] in ("remis", "remise", "quoi", "rien")
    ):
        return True
    following = re.match(rf"{_HS}+(\w+)", text[end : end + 30])
    nxt = following.group(1) if following else ""
    if nxt[:1].isdigit() or (nxt[-1:] in ("s", "x") and nxt[:1].islower()):
        return False  # `neuf provinces`, `neuf 000`
    # `les neuf`, `pendant neuf mois`, `(neuf`: a number after these.
    return bool(prev) and prev not in ctx.lex.nine_after and prev[-1:].isalpha()


# ------------------------------------------------------------------ the driver


def _negative_words(ctx: _Ctx, found: _Found) -> None:
    """`négatif un`, `négative cinq`: the sign written as a word."""
    m = ctx.lex.negative_before.search(ctx.text, found.start, ctx.floor)
    if m and found.value > 0:
        found.value = -found.value
        found.start = m.start()


_RANGE_LINK = re.compile(rf"{_HS}*(?:[{_HY}–]|à|a|et|ou){_HS}*\Z", re.IGNORECASE)
_BETWEEN = re.compile(rf"(?<![\w])entre{_HS}+\Z", re.IGNORECASE)


def _propagate_ranges(text: str, found: list[_Found]) -> None:
    """`entre 5 et 10 millions de dollars`, `10-15 %`: the first bound is 5 million dollars."""
    for first, second in itertools.pairwise(found):
        if first.kind != "number" or first.scale != 1 or second.kind == "ordinal":
            continue
        if second.kind == "number" and second.scale == 1:
            continue
        gap = text[first.end : second.qualifier_start or second.start]
        link = _RANGE_LINK.match(gap)
        if not link or link.end() != len(gap):
            continue
        if "et" in gap.lower().split() and not _BETWEEN.search(
            text, max(0, first.start - 10), first.qualifier_start or first.start
        ):
            continue
        if second.scale > 1 and first.small_integer:
            first.value *= second.scale
            first.scale = second.scale
        first.kind = second.kind
        first.unit = second.unit
        first.bare = False


def _vulgar(m: re.Match[str]) -> tuple[list[_Found], int]:
    """`½`, `¾`: a fraction in one character."""
    char = m.group("v")
    value = unicodedata.numeric(char)
    return [_Found(kind="number", value=value, start=m.start(), end=m.end())], m.end()


def _lead_comma(ctx: _Ctx, m: re.Match[str]) -> tuple[list[_Found], int]:
    """`,08`: a decimal with no units digit (not after a number: `26 ,7` is a typo)."""
    text = ctx.text
    i = m.start() - 1
    while i >= 0 and text[i] in _SPACES:
        i -= 1
    if i >= 0 and text[i].isdigit():
        return [], m.end()
    value = float("0." + m.group("lc")[1:])
    return [_Found(kind="number", value=value, start=m.start(), end=m.end())], m.end()


def _recognize(text: str) -> list[QuantityRecord]:
    """The recognizer proper; may raise on a bug (the tests call it directly)."""
    lex = _lexicon()
    lowered = text.lower()
    if len(lowered) == len(text):
        ctx = _Ctx(text=text, lex=lex, lowered=lowered, words_re=lex.number_words)
    else:
        ctx = _Ctx(text=text, lex=lex, lowered=text, words_re=lex.number_words_any_case)
    found: list[_Found] = []
    pos = 0
    fig = lex.figures.search(text)
    word = ctx.words(0, search=True)
    while fig is not None or word is not None:
        if word is None or (fig is not None and fig.start() <= word.start()):
            m = fig
            assert m is not None
            if m.group("d") is not None:
                items, end = _from_digits(ctx, m)
            elif m.group("lc") is not None:
                items, end = _lead_comma(ctx, m)
            else:
                items, end = _vulgar(m)
        else:
            m = word
            items, end = _from_words(ctx, m)
        for item in items:
            if item.start < ctx.floor:
                continue
            if item.kind != "ordinal":
                _negative_words(ctx, item)
            _qualify(ctx, item)
            found.append(item)
            ctx.floor = item.end
        pos = max(end, m.end(), pos + 1)
        if fig is not None and fig.start() < pos:
            fig = lex.figures.search(text, pos)
        if word is not None and word.start() < pos:
            word = ctx.words(pos, search=True)
    _propagate_ranges(text, found)
    return [_to_quantity(text, f) for f in found]


class QuantityRecord(NamedTuple):
    """A found quantity: the fields of `models.Quantity`, in its order, without pydantic.

    What the pipeline works with; `recognize_quantities` gives them as validated
    `Quantity` models.
    """

    kind: QuantityKind
    value: float
    unit: str | None
    qualifier: Qualifier
    start: int
    end: int
    text: str
    qualifier_text: str | None
    qualifier_start: int | None


def _to_quantity(text: str, f: _Found) -> QuantityRecord:
    """The record of a found quantity (whole values stored as whole floats)."""
    value = f.value
    if value == int(value) and abs(value) < 2**53:
        value = float(int(value))
    return QuantityRecord(
        f.kind,
        float(value),
        f.unit,
        f.qualifier,
        f.start,
        f.end,
        text[f.start : f.end],
        f.qualifier_text,
        f.qualifier_start,
    )


def find_quantities(text: str) -> list[QuantityRecord]:
    """`recognize_quantities` as records: what the pipeline calls. Never raises."""
    if not isinstance(text, str) or not text:
        return []
    try:
        return _recognize(text)
    except Exception:  # the recognizer must never break a pipeline run
        return []


def recognize_quantities(text: str) -> list[Quantity]:
    """Find the quantities of a French string.

    Args:
        text: any string (a sentence, a paragraph or a whole article).

    Returns:
        The quantities sorted by start offset, never overlapping, with
        `text[q.start:q.end] == q.text`. A figure that cannot be read with
        certainty is left out rather than guessed. Never raises.
    """
    from vnextract.models import Quantity

    try:
        return [Quantity(**q._asdict()) for q in find_quantities(text)]
    except Exception:  # a record the model refuses is a bug; it must not break a run
        return []
