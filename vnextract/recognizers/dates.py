"""Dates in French news: finding date expressions, reading them, and giving them a year.

This module owns everything about calendar dates written in the text (FACTS.md
sections 5 and 6):

- `find_dates` finds date expressions with token patterns (the blank French
  tokenizer, which also splits scraper-glued tokens such as `8mars`, and
  patterns in `data/date_patterns.jsonl`), then reads each one at the
  precision written, together with the cue before it (`au`, `d'ici`, ...)
  and whether the words around it speak of the future. The patterns are
  spaCy `Matcher` patterns: `build_pipeline` runs them with spaCy (the
  `vnextract_dates` component); by default `datematch` runs the same
  tokenizer rules and patterns without importing spaCy, with the same
  result (a run on one file then starts in half a second, not two);
- `resolve` turns a mention into an ISO 8601 string, taking a missing year
  from the publication date, and counting relative dates (`l'an dernier`)
  from it;
- `infer_year` and `parse_dateline` serve article dating.

French calendar words (months, weekdays, cues, future markers) are data, in
`data/dates.toml`. Nothing here depends on today's date or the machine's time
zone. dateparser is only used, lazily, for spans of user-added patterns whose
label this module does not know how to read: every shipped pattern is read
from its tokens, which is both exact about precision and much faster.

Choices worth knowing:

- Quarters and half-years (`au premier trimestre 2021`) are dates at year
  precision with `subperiod` "Q1".."Q4"/"H1"/"H2": ISO 8601 dates have no
  quarter, and a month would claim a precision the text does not give.
- `fin 2020`, `début 2021`, `mi-2021` are dates at year precision with `part`
  set; the part word is the cue unless a preposition stands before it
  (`d'ici fin 2025`: cue `d'ici`, part `fin`). Cues and part words are not in
  the span: the span is the calendar expression itself.
- A bare four-digit number is a year only in 1900..2099, and not when a
  quantity word comes before it (`plus de 2000`) or a unit or a plural noun
  after it (`2000 entreprises`): French wire copy writes counts above 999
  with a separator (`2.800`), so a bare `2020` is almost always a year.
- Year ranges (`2021-2025`, `de 2016 à 2020`, `entre 2019 et 2021`) and month
  ranges (`de janvier à mars 2021`) are periods; two full dates
  (`du 9 décembre 2019 au 25 février 2020`) stay two dates.
- A weekday written alone (`mercredi`) is not a mention: it has no field to
  resolve. A day number alone (`le 15`) is not one either, nor a day/month in
  figures without a cue (`15/06` may be a fraction; `le 15/06` is a date).

Relative dates, counted from the publication date (`offset_years`,
`offset_months` of `DateMention`; `year` is None):

- `cette année`, `l'année en cours` -> the publication year; `l'an dernier`,
  `l'année dernière/passée/précédente` -> the year before; `l'an prochain`,
  `l'année prochaine` -> the year after (future). `ce mois-ci`, `le mois
  dernier/passé/prochain/en cours` -> a month (month precision; None when
  the publication date has no month). The span holds the determiner
  (`l'an dernier`, `cette année`) except `le`/`du`, which are cues as before
  a day (`le mois dernier`: span `mois dernier`, cue `le`).
- `l'année` alone is a date only after a part word: `d'ici la fin de
  l'année` (span `l'année`, cue `d'ici`, part `fin`), `depuis le début de
  l'année`, `fin d'année` (span `année`). `au cours de l'année` and `en cours
  d'année` are not dates: which year they mean is for the reader to guess.
- `les N premiers mois de 2023` is the figure cumulated to the end of month N:
  a date at month precision, `2023-0N` (`neuf premiers mois de 2023` ->
  2023-09), like an as-of date. `de l'année`, `de cette année` or nothing
  after it -> month N of the publication year, or of the year before when
  the publication date is before month N and the text does not speak of
  the future (FACTS.md 6.1: `les onze premiers mois` told on 5 January are
  last year's); `de l'année dernière` -> month N of the year before.
  Quarters take a relative year the same way (`premier trimestre de l'année
  dernière`: `subperiod` Q1, `offset_years` -1).
- Durations are not dates: `il y a deux ans`, `depuis deux ans`, `les douze
  derniers mois`, `les six premiers mois du mandat`; nor anaphoras (`cette
  année-là`) or other years (`l'année scolaire`). A year written after the
  noun is the date (`à la fin de l'année 2020` -> 2020).

Speed (it runs on every sentence of the corpus): one regex on the lowercased
text decides whether and where to run the pipeline, which then sees only the
stretches around its anchors; a relative noun it finds (`année`, `mois`) only
counts where the relative regex, run around it, finds a relative date. Word
classes live in the lexemes' NORM so that the Matcher tests plain attributes;
dateparser stays off the hot path.
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
import logging
import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from vnextract.resources import load_toml

_log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent.parent / "data"
LEXICON_PATH = DATA_DIR / "dates.toml"
PATTERNS_PATH = DATA_DIR / "date_patterns.jsonl"
SPAN_KEY = "dates"

Kind = Literal["date", "period"]
Precision = Literal["year", "month", "day"]

# Bare years are only trusted in this range (see the module docstring); a year
# next to a month or day may be anything with four digits.
_BARE_YEAR_MIN, _BARE_YEAR_MAX = 1900, 2099


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a text, read at the precision written.

    `start`/`end` are offsets into the text given to `find_dates`, and
    `text[start:end] == self.text`. For periods, `year`/`month` are the start
    and `end_year`/`end_month` the end. `part` is "début", "mi", "fin" or
    "courant" when the text names a part of the period (`fin 2020`);
    `subperiod` is "Q1".."Q4", "H1", "H2" for quarters and half-years;
    `relative` the word written after the date (`prochain`, `dernier`,
    `précédente`).

    Relative dates (`cette année`, `l'an dernier`, `le mois prochain`) have
    `offset_years` or `offset_months` set: the number of years or months
    from the publication date, which `resolve` counts from. Their `year` is
    None; `month` is the month the text gives (`les sept premiers mois de
    l'année`: 7, `offset_years` 0). Both offsets are None for every other
    mention.
    """

    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None
    kind: Kind
    cue: str | None
    future: bool
    part: str | None = None
    subperiod: str | None = None
    end_year: int | None = None
    end_month: int | None = None
    relative: str | None = None
    offset_years: int | None = None
    offset_months: int | None = None

    @property
    def precision(self) -> Precision | None:
        """The finest unit the text gives: "day", "month", "year", or None."""
        if self.day is not None:
            return "day"
        if self.month is not None or self.offset_months is not None:
            return "month"
        if self.year is not None or self.offset_years is not None:
            return "year"
        return None


# --------------------------------------------------------------------------
# Language data


@dataclass(frozen=True, eq=False)  # hashed by identity: cached per file
class DateLexicon:
    """The French calendar words of `dates.toml`, indexed for lookups."""

    months: dict[str, int]  # every spelling (names and abbreviations) -> 1..12
    month_names: frozenset[str]  # full names only (a month alone must be one)
    weekdays: dict[str, int]
    first_day: frozenset[str]
    relative_after: frozenset[str]
    future_after: frozenset[str]
    sub_ordinals: dict[str, int]
    sub_units: dict[str, str]
    range_from: frozenset[str]
    range_to: frozenset[str]
    cues: dict[str, str]
    parts: dict[str, str]
    month_alone_cues: frozenset[str]
    numeric_day_month_cues: frozenset[str]
    future_cues: frozenset[str]
    future_words: frozenset[str]
    not_future: frozenset[str]
    past_words: frozenset[str]
    year_not_after: tuple[str, ...]
    year_units: frozenset[str]
    year_followers: frozenset[str]
    # relative dates (the keys may be missing from an older user file)
    relative_nouns: frozenset[str] = frozenset()
    month_nouns: frozenset[str] = frozenset()
    this_words: frozenset[str] = frozenset()
    elided_the: frozenset[str] = frozenset()
    elided_of: frozenset[str] = frozenset()
    previous_after: frozenset[str] = frozenset()
    month_noun_after: frozenset[str] = frozenset()
    relative_not_before: frozenset[str] = frozenset()
    first_months_not_before: tuple[str, ...] = ()
    month_counts: dict[str, int] = field(default_factory=dict)

    @property
    def day_numbers(self) -> list[str]:
        """Day-of-month numbers as written: 1..31 and 01..09."""
        return [str(d) for d in range(1, 32)] + [f"0{d}" for d in range(1, 10)]


def _lower_list(values: Iterable[str]) -> list[str]:
    return [v.lower().replace("’", "'") for v in values]


@functools.lru_cache(maxsize=8)
def load_lexicon(path: str | None = None) -> DateLexicon:
    """Read `dates.toml` (or a user file with the same keys) once."""
    if path is None:
        raw = load_toml(LEXICON_PATH.name)  # parsed once per machine
    else:
        import tomllib

        with open(path, "rb") as fh:
            raw = tomllib.load(fh)
    months: dict[str, int] = {}
    names: set[str] = set()
    for entry in raw["month"]:
        for word in _lower_list(entry["names"]):
            months[word] = entry["number"]
            names.add(word)
        for word in _lower_list(entry.get("abbr", [])):
            months[word] = entry["number"]
    return DateLexicon(
        months=months,
        month_names=frozenset(names),
        weekdays={w: i for i, w in enumerate(_lower_list(raw["weekdays"]))},
        first_day=frozenset(_lower_list(raw["first_day"])),
        relative_after=frozenset(_lower_list(raw["relative_after"])),
        future_after=frozenset(_lower_list(raw["future_after"])),
        sub_ordinals={k.lower(): v for k, v in raw["subperiod_ordinals"].items()},
        sub_units={k.lower(): v for k, v in raw["subperiod_units"].items()},
        range_from=frozenset(_lower_list(raw["range_from"])),
        range_to=frozenset(_lower_list(raw["range_to"])),
        cues={k.lower().replace("’", "'"): v for k, v in raw["cues"].items()},
        parts={k.lower().replace("’", "'"): v for k, v in raw["parts"].items()},
        month_alone_cues=frozenset(raw["month_alone_cues"]),
        numeric_day_month_cues=frozenset(raw["numeric_day_month_cues"]),
        future_cues=frozenset(raw["future_cues"]),
        future_words=frozenset(_lower_list(raw["future_words"])),
        not_future=frozenset(_lower_list(raw["not_future"])),
        past_words=frozenset(_lower_list(raw["past_words"])),
        year_not_after=tuple(_lower_list(raw["year_not_after"])),
        year_units=frozenset(_lower_list(raw["year_units"])),
        year_followers=frozenset(_lower_list(raw["year_followers"])),
        relative_nouns=frozenset(_lower_list(raw.get("relative_nouns", []))),
        month_nouns=frozenset(_lower_list(raw.get("month_nouns", []))),
        this_words=frozenset(_lower_list(raw.get("this_words", []))),
        elided_the=frozenset(_lower_list(raw.get("elided_the", []))),
        elided_of=frozenset(_lower_list(raw.get("elided_of", []))),
        previous_after=frozenset(_lower_list(raw.get("previous_after", []))),
        month_noun_after=frozenset(_lower_list(raw.get("month_noun_after", []))),
        relative_not_before=frozenset(_lower_list(raw.get("relative_not_before", []))),
        first_months_not_before=tuple(_lower_list(raw.get("first_months_not_before", []))),
        month_counts={k.lower(): v for k, v in raw.get("month_counts", {}).items()},
    )


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first so that `janvier` wins over `janv`."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _by_first_letter(alternatives: Iterable[tuple[str, str]]) -> str:
    """Words (each with a regex tail) as an alternation grouped by first letter.

    `[("janvier", t), ("juin", t), ("mars", t)]` -> `j(?:anvier t|uin t)|m(?:ars t)`,
    longest word first in each group. At every word start the regex engine
    tries a group's alternatives one by one; grouped, it tries one per first
    letter, which makes the prefilter about 7 % faster.
    """
    groups: dict[str, list[tuple[str, str]]] = {}
    for word, tail in alternatives:
        groups.setdefault(word[0], []).append((word[1:], tail))
    out = []
    for first in sorted(groups):
        rests = sorted(groups[first], key=lambda wt: (-len(wt[0]), wt[0]))
        out.append(re.escape(first) + "(?:" + "|".join(re.escape(w) + t for w, t in rests) + ")")
    return "|".join(out)


def _common_prefix(words: Sequence[str]) -> str:
    """The longest prefix of all `words` (that of the first and last in sort order)."""
    first, last = min(words), max(words)
    for i, (a, b) in enumerate(zip(first, last, strict=False)):
        if a != b:
            return first[:i]
    return first


def _phrase_regex(phrases: Iterable[str]) -> str:
    """Alternation of phrases where spaces match any run of spaces."""
    out = []
    for p in sorted(set(phrases), key=lambda w: (-len(w), w)):
        out.append(r"\s+".join(re.escape(part) for part in p.split()))
    return "|".join(out)


# Word classes of the pattern file (`{"CLASS": "month"}`). The pipeline stores a
# token's class in its lexeme's NORM, computed once per distinct string, so that
# the Matcher compares integers instead of running set or regex predicates on
# every token: that is most of its speed.
CLASS_PREFIX = "vnx:"
_NUMERIC_DATE = re.compile(
    r"^(?:\d{1,2}([/.\-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}([/.\-])\d{1,2}\2\d{1,2}"
    r"|\d{1,2}/\d{4}|\d{1,2}/\d{1,2})$"
)
_YEAR_RANGE = re.compile(r"^\d{4}[-–—](?:\d{4}|\d{2})$")


def word_classes(lexicon: DateLexicon) -> dict[str, str]:
    """Lowercased word -> its class in the pattern file (`{"CLASS": "month"}`).

    A word has one class, so classes are cut to fit the patterns: every month
    spelling is a `month` (whether it may stand alone is checked afterwards),
    the words for the first are `day`s, `dernier` is a `relative`, `sept` is a
    `month` and not a `count` (the pattern file names it with LOWER).
    """
    classes: dict[str, str] = {}

    def put(words: Iterable[str], name: str) -> None:
        for w in words:
            classes.setdefault(w, name)

    put(lexicon.months, "month")
    put(lexicon.weekdays, "weekday")
    put(lexicon.day_numbers, "day")
    put(lexicon.first_day, "day")
    put(lexicon.relative_after, "relative")
    put(lexicon.sub_ordinals, "sub_ordinal")
    put(lexicon.sub_units, "sub_unit")
    put(lexicon.range_from, "range_from")
    put(lexicon.range_to, "range_to")
    put(["-", "–", "—"], "dash")
    put(lexicon.elided_the, "the")
    put(lexicon.elided_of, "of")
    put(lexicon.this_words, "this")
    put(lexicon.relative_nouns, "rel_noun")
    put(lexicon.previous_after, "previous")
    put(lexicon.month_counts, "count")
    return classes


def _classifier(lexicon: DateLexicon) -> Any:
    classes = word_classes(lexicon)
    rx = _regexes(lexicon)

    def classify(string: str) -> str | None:
        name = classes.get(string.lower().replace("’", "'"))
        if name is None and any(c.isdigit() for c in string):
            if _NUMERIC_DATE.match(string):
                name = "numeric_date"
            elif _YEAR_RANGE.match(string):
                name = "year_range"
            elif glue_pieces(string, rx):
                name = "glued"
        elif name is None and "-" in string and glue_pieces(string, rx):
            name = "glued"  # `mi-juillet`
        return None if name is None else CLASS_PREFIX + name

    return classify


def _install_classes(vocab: Any, lexicon: DateLexicon) -> None:
    """Make every lexeme's NORM its date word class (existing and future lexemes)."""
    from spacy.attrs import NORM

    default = vocab.lex_attr_getters.get(NORM)
    if getattr(default, "date_lexicon", None) is lexicon:
        return  # already installed (by build_pipeline, then by the component)
    classify = _classifier(lexicon)

    def norm(string: str) -> str:
        name = classify(string)
        if name is not None:
            return name
        return default(string) if default is not None else string.lower()

    norm.date_lexicon = lexicon  # type: ignore[attr-defined]
    vocab.lex_attr_getters[NORM] = norm
    for lexeme in vocab:
        name = classify(lexeme.orth_)
        if name is not None:
            lexeme.norm_ = name
    # The lexicon's words in the casings news copy uses, so that they are
    # classed even where a tokenizer exception made them before the getter.
    for word in word_classes(lexicon):
        curly = word.replace("'", "’")  # `l’` as well as `l'`
        for variant in {word, word.capitalize(), word.upper(), curly, curly.capitalize()}:
            name = classify(variant)
            if name is not None:
                vocab[variant].norm_ = name


def expand_pattern(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A pattern of the file -> a Matcher pattern: `CLASS` becomes a NORM test.

    Keep patterns few and their tests plain (ORTH, LOWER, SHAPE, CLASS): the
    Matcher runs every pattern on every token, and set or regex predicates cost
    a Python call each.
    """
    out = []
    for spec in pattern:
        spec = dict(spec)
        if "CLASS" in spec:
            value = spec.pop("CLASS")
            if isinstance(value, str):
                spec["NORM"] = CLASS_PREFIX + value
            else:
                spec["NORM"] = {"IN": [CLASS_PREFIX + v for v in value]}
        out.append(spec)
    return out


def load_patterns(path: str | None = None) -> list[dict[str, Any]]:
    """Read the pattern file: one JSON object per line with `label` and `pattern`."""
    entries = []
    with open(path or PATTERNS_PATH, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                entries.append(json.loads(line))
    return entries


# --------------------------------------------------------------------------
# Compiled regular expressions derived from the lexicon


@dataclass(frozen=True)
class _Regexes:
    prefilter: re.Pattern[str]
    glue: re.Pattern[str]
    glue_part: re.Pattern[str]
    year_not_after: re.Pattern[str]
    future_word: re.Pattern[str]
    dateline: re.Pattern[str]
    cues: dict[str, str]  # phrase (words joined by one space) -> normalized cue
    parts: dict[str, str]
    relative: re.Pattern[str] | None = None  # run only around a `relative_keys`
    relative_keys: frozenset[str] = frozenset()


def _phrase_key(phrase: str) -> str:
    """Cue phrases and the words before a date, in one comparable form."""
    return " ".join(_norm(phrase).replace("'", "' ").split())


@functools.lru_cache(maxsize=8)
def _regexes(lexicon: DateLexicon) -> _Regexes:
    months = _alternation(lexicon.months)
    # Relative dates: a noun with what makes it relative (`l'an dernier`, `cette
    # année`, `le mois prochain`, `fin de l'année`, `sept premiers mois`). The
    # prefilter only finds the noun (`année` is in many sentences that hold
    # no date); this regex, run around it, says whether it is one of these.
    nouns = _alternation(lexicon.relative_nouns)
    month_nouns = _alternation(lexicon.month_nouns)
    after = _alternation(lexicon.relative_after | lexicon.previous_after)
    this = _alternation(lexicon.this_words)
    parts = _alternation(k for k in lexicon.parts if k.isalpha())
    the = "|".join(re.escape(w).replace("'", "['’]") for w in lexicon.elided_the)
    of = "|".join(re.escape(w).replace("'", "['’]") for w in lexicon.elided_of)
    relative = None
    if nouns and month_nouns and this and after and the and of:
        relative = re.compile(
            rf"\b(?:(?:{this})\s+(?:{nouns})"
            rf"|(?:(?:{the})\s?(?:{nouns})|{month_nouns})\s+(?:{after}|en\s+cours)"
            rf"|(?:{parts})\s+(?:de\s+(?:{the})|{of})\s?(?:{nouns})"
            rf"|premiers?\s+(?:{month_nouns}))\b"
        )
    # The nouns as the prefilter finds them, as few as possible: cut to what
    # spellings share (`année`, `annee` -> `ann`), short ones (`an`) with their
    # article.
    keys: set[str] = set()
    for noun in lexicon.relative_nouns:
        if len(noun) <= 2:
            keys |= {e + noun for e in lexicon.elided_the}
            continue
        same = [n for n in lexicon.relative_nouns if len(n) > 2 and n[:3] == noun[:3]]
        keys.add(_common_prefix(same))
    keys |= {k.replace("'", "’") for k in keys}
    if relative is None:
        keys = set()
    words = [(w, r"\b") for w in lexicon.month_names]
    words += [(w, r"\b") for w in ("trimestre", "semestre")]
    words += [("premier", rf"\s+(?:{months})\b"), *((k, "") for k in keys)]
    return _Regexes(
        # Run on the lowercased text, this decides whether the pipeline runs at
        # all and where: every shipped pattern holds four digits in a row,
        # digits around a separator, a day number before a month, a full month
        # name, a quarter word or a relative noun (checked by `relative`).
        # Plain alternatives keep it fast: it sees every sentence of the corpus.
        prefilter=re.compile(
            rf"[0-9](?:[0-9]{{3}}|[/.\-][0-9]|(?:er|re|ère)?[\s\u00a0-]*(?:{months}))"
            rf"|\b(?:{_by_first_letter(words)})"
        ),
        glue=re.compile(
            rf"^(?P<cue>au|aux|le|du|en|dès|depuis)?(?P<day>\d{{1,2}}|1er)?(?P<sep>-)?"
            rf"(?P<month>{months})?(?P<year>\d{{4}})?$",
            re.IGNORECASE,
        ),
        glue_part=re.compile(
            rf"^(?P<part>mi|fin|début|debut)(?P<sep>-)(?P<rest>\d{{4}}|{months})$", re.IGNORECASE
        ),
        year_not_after=re.compile(rf"(?<![\w])(?:{_phrase_regex(lexicon.year_not_after)})\s*$"),
        future_word=re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?"),
        dateline=re.compile(
            rf"(?P<place>[^\W\d_][^\n,()]{{0,50}}?)\s*,\s*(?:le\s+)?"
            rf"(?P<day>\d{{1,2}}|1er|1ère|1re|premier)\s*(?P<month>{months})\.?\s*"
            rf"(?:[12]\d{{3}}\s*)?(?P<agency>\((?:VNA|AVI|CVN|VNS)\b[^)]*\))",
            re.IGNORECASE,
        ),
        cues={_phrase_key(k): v for k, v in lexicon.cues.items()},
        parts={_phrase_key(k): v for k, v in lexicon.parts.items()},
        relative=relative,
        relative_keys=frozenset(keys),
    )


_MAX_CUE_WORDS = 7  # `à la fin de l' année`, `au cours de la période`


def _cue_and_part(text: str, start: int, rx: _Regexes) -> tuple[str | None, str | None]:
    """The cue and the part word written just before `start` (`d'ici fin 2025`)."""
    window = _norm(text[max(0, start - 48) : start]).replace("'", "' ")
    if window.rstrip().endswith("-"):  # `mi-2021`, `à la mi-juillet`
        window = window.rstrip()[:-1]
    words = window.split()[-_MAX_CUE_WORDS:]
    if start - 48 > 0 and words and len(words) == len(window.split()):
        words = words[1:]  # the first word may be cut by the window
    part = None
    for k in range(min(_MAX_CUE_WORDS, len(words)), 0, -1):
        found = rx.parts.get(" ".join(words[-k:]))
        if found is not None:
            part, words = found, words[:-k]
            break
    for k in range(min(_MAX_CUE_WORDS, len(words)), 0, -1):
        found = rx.cues.get(" ".join(words[-k:]))
        if found is not None:
            return found, part
    return None, part


def _inside_identifier(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is part of an identifier rather than a date.

    Decree numbers (`12/2020/ND-CP`), numbered references (`n°17/2020`), URLs,
    e-mail addresses, names such as `COVID-2019`: the run of non-space
    characters around the span and the few characters before it tell.
    """
    lo = start
    while lo > 0 and not text[lo - 1].isspace() and start - lo < 80:
        lo -= 1
    hi = end
    while hi < len(text) and not text[hi].isspace() and hi - end < 80:
        hi += 1
    chunk = text[lo:hi]
    if "@" in chunk or "www." in chunk or "://" in chunk:
        return True
    before, after = text[lo:start], text[end:hi]
    if after[:1] == "/" or before[-1:] == "/":
        return True
    # `2020.vn`, `4.0.2020`; but `en 2020.Le` is a glued sentence end.
    if after[:1] == "." and (after[1:2].isdigit() or after[1:2].islower()):
        return True
    if before.endswith("-") and before[:-1][-1:].isalpha():
        word = before[:-1].lower()
        if not word.endswith(("mi", "fin", "début", "debut")):
            return True
    near = _norm(text[max(0, start - 12) : start]).rstrip()
    return near.endswith(("n°", "nº", "no.", "numéro", "n° :"))


# Sentence ends bound the words searched for future markers.
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
_FUTURE_TENSE = re.compile(r"^[^\W\d_]{2,}(?:[eiu]ra|[eiu]ront|[dtr]ra|[dtr]ront)$")


# --------------------------------------------------------------------------
# The spaCy pipeline


_GLUE_PUNCT = re.compile(r"^(\d{4})([,.;:])([^\W\d_]+)$")


def glue_pieces(text: str, rx: _Regexes) -> list[str]:
    """How to split a scraper-glued date token (`8mars` -> `8`, `mars`); [] if not glued."""
    if len(text) < 3 or text.isalpha() or text.isdigit():
        return []
    m = rx.glue_part.match(text)
    if m:
        return [m["part"], m["sep"], m["rest"]]
    m = _GLUE_PUNCT.match(text)
    if m:  # `2019,a rapporté`, `en 2020.Le portail`
        return [m[1], m[2], m[3]]
    m = rx.glue.match(text)
    if not m or not (m["month"] or m["year"] or m["cue"]):
        return []
    groups = ("cue", "day", "sep", "month", "year")
    if sum(1 for g in groups if m[g] and g != "sep") < 2:
        return []
    return [m[g] for g in groups if m[g]]


_ODD_SPACES = re.compile("[\u00a0\u202f\u2009\u2007\u2002\u2003\t]")


def _plain_spaces(text: str) -> str:
    """Odd spaces (no-break, thin, tab) as plain ones, one for one: offsets stay.

    A regex: `str.translate` with a table costs twenty times more on French text.
    """
    return _ODD_SPACES.sub(" ", text)


class GlueSplittingTokenizer:
    """The blank French tokenizer, then a split of scraper-glued date tokens.

    `au 8mars 2021` -> `au` `8` `mars` `2021`, `9décembre2019` -> `9` `décembre`
    `2019`, `mi-2021` -> `mi` `-` `2021`. Glued tokens are recognized once per
    distinct string, when their lexeme is made (their NORM is the class
    `glued`, see `_install_classes`); finding them in a doc is then one array
    comparison, where a regex over every sentence cost more than the Matcher.
    Odd spaces (U+00A0, U+202F, tabs) are read as plain spaces, so `doc.text`
    may differ from the input in those characters only; offsets are the same.
    """

    def __init__(self, tokenizer: Any, lexicon: DateLexicon):
        self.tokenizer = tokenizer
        self.rx = _regexes(lexicon)
        self.glued = tokenizer.vocab.strings.add(CLASS_PREFIX + "glued")
        from spacy.attrs import NORM

        self.norm_attr = NORM

    def __call__(self, text: str) -> Any:
        # Non-breaking and thin spaces would become tokens of their own between
        # `9` and `décembre`; a plain space of the same length keeps offsets.
        doc = self.tokenizer(_plain_spaces(text))
        hits = (doc.to_array(self.norm_attr) == self.glued).nonzero()[0]
        if not len(hits):
            return doc
        with doc.retokenize() as retokenizer:
            for i in hits:
                token = doc[int(i)]
                pieces = glue_pieces(token.text, self.rx)
                if len(pieces) > 1:
                    retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))
        return doc


class _DateSpanner:
    """spaCy component: writes candidate date spans to `doc.spans["dates"]`."""

    def __init__(self, nlp: Any, lexicon: DateLexicon, patterns: list[dict[str, Any]]):
        from spacy.matcher import Matcher

        _install_classes(nlp.vocab, lexicon)
        self.lexicon = lexicon
        self.matcher = Matcher(nlp.vocab)
        by_label: dict[str, list[Any]] = {}
        for entry in patterns:
            by_label.setdefault(entry["label"], []).append(expand_pattern(entry["pattern"]))
        for label, pats in by_label.items():
            self.matcher.add(label, pats, greedy="LONGEST")

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        spans = [
            Span(doc, start, end, label=match_id)
            for match_id, start, end in self.matcher(doc, as_spans=False)
        ]
        doc.spans[SPAN_KEY] = _join_year_tails(
            filter_spans(spans),
            self.lexicon,
            lambda span, end: Span(doc, span.start, end, span.label),
        )
        return doc


def _join_year_tails(spans: list[Any], lex: DateLexicon, make: Any) -> list[Any]:
    """`premier trimestre de` + `l'année dernière` (+ `2020`) -> one span.

    A quarter or `six premiers mois` pattern ends on `de` when no year
    follows; a relative year right after it (and the year after a bare
    `l'année`) is its year. Joining spans keeps the pattern file to one
    pattern per year expression instead of one per pair. `make(span, end)`
    is `span` stretched to token `end` (spaCy's `Span` or `datematch.Span`).
    """
    out = []
    i = 0
    while i < len(spans):
        span = spans[i]
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if (
            nxt is not None
            and span.label_ in ("SUB", "YTD")
            and span[-1].lower_ == "de"
            and nxt.label_ == "REL"
            and nxt.start == span.end
            and _low(nxt[0]) not in lex.elided_of
            and not any(_low(t) in lex.month_nouns for t in nxt)
        ):
            end = nxt.end
            i += 1
            year = spans[i + 1] if i + 1 < len(spans) else None
            bare = len(nxt) == 2 and _low(nxt[0]) in lex.elided_the
            if bare and year is not None and year.label_ == "Y" and year.start == end:
                end = year.end  # `de l'année 2020`
                i += 1
            span = make(span, end)
        out.append(span)
        i += 1
    return out


class _PlainSpanner:
    """The date spans of a text without spaCy (`datematch`), as `_DateSpanner` finds them."""

    def __init__(self, lexicon: DateLexicon, patterns: list[dict[str, Any]]):
        from vnextract.nlp.spacy_fr import french_tokenizer_rules
        from vnextract.recognizers.datematch import Tokenizer, TokenMatcher

        self.lexicon = lexicon
        self.rx = _regexes(lexicon)
        # A pure function of the token text, as the NORM of spaCy's lexemes.
        self.classify = functools.lru_cache(maxsize=1 << 15)(_classifier(lexicon))
        self.tokenizer = Tokenizer(french_tokenizer_rules())
        self.matcher = TokenMatcher([(e["label"], expand_pattern(e["pattern"])) for e in patterns])

    def _glued(self, text: str) -> list[str]:
        return glue_pieces(text, self.rx)

    def __call__(self, text: str) -> list[Any]:
        from vnextract.recognizers.datematch import Span, tokenize

        tokens = tokenize(_plain_spaces(text), self.tokenizer, self.classify, self._glued)
        return _join_year_tails(
            self.matcher(tokens),
            self.lexicon,
            lambda span, end: Span(span.tokens, span.start, end, span.label_),
        )


_REGISTERED = False


def _register_components() -> None:
    """Register the date component with spaCy (once; spaCy is imported lazily)."""
    global _REGISTERED
    if _REGISTERED:
        return
    from spacy.language import Language

    @Language.factory(
        "vnextract_dates",
        default_config={"lexicon_path": None, "patterns_path": None},
        assigns=["doc.spans"],
    )
    def _dates_factory(
        nlp: Any, name: str, lexicon_path: str | None, patterns_path: str | None
    ) -> _DateSpanner:
        lexicon = load_lexicon(lexicon_path)
        return _DateSpanner(nlp, lexicon, load_patterns(patterns_path))

    _REGISTERED = True


def build_pipeline(lexicon_path: str | None = None, patterns_path: str | None = None) -> Any:
    """A blank French pipeline that finds date spans (`doc.spans["dates"]`)."""
    from vnextract.nlp.spacy_fr import blank_french

    _register_components()
    nlp = blank_french()  # spacy.blank("fr"), its tokenizer regexes read from a disk cache
    lexicon = load_lexicon(lexicon_path)
    _install_classes(nlp.vocab, lexicon)
    nlp.tokenizer = GlueSplittingTokenizer(nlp.tokenizer, lexicon)
    nlp.add_pipe(
        "vnextract_dates",
        config={"lexicon_path": lexicon_path, "patterns_path": patterns_path},
    )
    return nlp


@functools.lru_cache(maxsize=1)
def _pipeline() -> Any:
    # Built once per process: loading spaCy and compiling the Matcher is the
    # expensive part, a call on a sentence is cheap.
    return build_pipeline()


@functools.lru_cache(maxsize=1)
def _plain() -> Any:
    """The shipped lexicon and patterns without spaCy (`datematch`), built once per process.

    spaCy's pipeline when the pattern file leaves what `datematch` interprets.
    """
    from vnextract.recognizers.datematch import supports

    patterns = load_patterns()
    if not supports([{"pattern": expand_pattern(e["pattern"])} for e in patterns]):
        return _pipeline()
    return _PlainSpanner(load_lexicon(), patterns)


# --------------------------------------------------------------------------
# Reading the spans


def _norm(text: str) -> str:
    return text.lower().replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")


def _days_in_month(year: int | None, month: int) -> int:
    if month == 2:
        if year is None:
            return 29
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        if month is None:
            return False
        if not 1 <= day <= _days_in_month(year, month):
            return False
    return year is None or 1000 <= year <= 2999


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
    """`cette année`, `l'an dernier`, `mois prochain`, `l'année en cours`, `l'année`."""
    words = [_low(t) for t in tokens]
    nouns = [w for w in words if w in lex.relative_nouns]
    if len(nouns) != 1:
        return None
    f = _Fields()
    offset, f.relative = _relative_offset(words, lex)
    if nouns[0] in lex.month_nouns:
        f.offset_months = offset
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
                # `de 2020`, `de l'année dernière` (see _DateSpanner)
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


def _sentence_window(text: str, start: int, end: int, before: int, after: int) -> tuple[str, str]:
    """The words of the same sentence before and after a span, bounded in length."""
    left = text[max(0, start - before) : start]
    cut = None
    for found in _SENTENCE_END.finditer(left):
        cut = found.end()
    if cut is not None:
        left = left[cut:]
    right = text[end : end + after]
    stop = _SENTENCE_END.search(right)
    if stop:
        right = right[: stop.start()]
    return _norm(left), _norm(right)


def _tense(word: str, lex: DateLexicon) -> bool | None:
    """True for a word marking the future, False for a past auxiliary, else None."""
    if word in lex.future_words:
        return True
    if word in lex.past_words:
        return False
    if word not in lex.not_future and _FUTURE_TENSE.match(word):
        return True
    return None


def _is_future(left: str, right: str, cue: str | None, f: _Fields, lex: DateLexicon) -> bool:
    """Whether the words around a date put it in the future (FACTS.md section 6).

    The nearest tense marker decides, looking back first (`sera lancé le 15
    août`, `a rapporté le 10 mars`), then at the next three words before a
    comma (`le 15 août sera`): a verb further away usually governs another
    clause.
    """
    if cue in lex.future_cues or (f.relative in lex.future_after):
        return True
    if "à venir" in right[:12]:
        return True
    rx = _regexes(lex)
    for word in reversed(rx.future_word.findall(left)):
        tense = _tense(word, lex)
        if tense is not None:
            return tense
    # After the date only the next few words count, and only listed ones: in
    # `inauguré le 9 décembre permettra de`, the verb after has its own subject.
    for word in rx.future_word.findall(right.split(",", 1)[0])[:3]:
        if word in lex.future_words:
            return True
        if word in lex.past_words:
            return False
    return False


def _year_range_ok(text: str, start: int, end: int, lex: DateLexicon) -> bool:
    """Whether two four-digit numbers joined by a dash or `à` are years, not counts.

    `de 1000 à 2000 dollars`, `entre 1950 et 2000 personnes` are amounts: both
    ends must be bare-year plausible, with nothing counted after the second.
    """
    years = [int(y) for y in re.findall(r"\d{4}", text[start:end])]
    if not years or not all(_BARE_YEAR_MIN <= y <= _BARE_YEAR_MAX for y in years):
        return False
    last = text.rfind(str(years[-1]), start, end)
    return _bare_year_ok(text, last, last + 4, lex) and _bare_year_ok(
        text, start, start + 4, lex, check_after=False
    )


def _bare_year_ok(
    text: str, start: int, end: int, lex: DateLexicon, *, check_after: bool = True
) -> bool:
    """Whether a four-digit number standing alone is a year (see module docstring)."""
    if not text[start:end].isdecimal():  # `0000²` has the shape dddd
        return False
    year = int(text[start:end])
    if not _BARE_YEAR_MIN <= year <= _BARE_YEAR_MAX:
        return False
    left = _norm(text[max(0, start - 24) : start])
    # Digits or a decimal/thousands separator glued around it: part of a bigger number.
    if left.endswith((",", ".")) or (left[-1:].isdigit()):
        return False
    if re.search(r"\d\s$", left) or _regexes(lex).year_not_after.search(left):
        return False
    if not check_after:
        return True
    right_raw = text[end : end + 24]
    if right_raw[:1] in (",", ".") and right_raw[1:2].isdigit():
        return False
    if re.match(r"\s?\d", right_raw):
        return False
    m = re.match(r"\s*([^\s]+)", _norm(right_raw))
    if m:
        nxt = m.group(1).rstrip(",.;:!?)»")
        if nxt in lex.year_units or right_raw.lstrip().startswith("%"):
            return False
        if (
            nxt.isalpha()
            and nxt.islower()
            and len(nxt) > 3
            and nxt[-1] in "sx"
            and nxt not in lex.year_followers
        ):
            return False
    return True


# Text around an anchor of the prefilter given to the pipeline: enough for the
# longest pattern (`mercredi, le 12 février 2020 prochain`) on either side.
_WINDOW = 48


# How far a relative expression reaches around its noun (`courant de l'année`,
# `l'année précédente`): the relative regex only looks that far.
_RELATIVE_REACH = 24


def _anchors(low: str, rx: _Regexes) -> list[tuple[int, int]]:
    """Where the prefilter matches, in text order; a relative noun only as
    part of a relative date, which the relative regex finds around it."""
    first = rx.prefilter.search(low)
    if first is None:
        return []
    found: list[tuple[int, int]] = []
    for m in rx.prefilter.finditer(low, first.start()):
        if m.group() not in rx.relative_keys:
            found.append(m.span())
        elif rx.relative is not None:
            lo, hi = max(0, m.start() - _RELATIVE_REACH), m.end() + _RELATIVE_REACH
            found.extend(r.span() for r in rx.relative.finditer(low, lo, hi))
    found.sort()
    return found


def _windows(text: str, anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches of text around the prefilter's anchors, cut at whitespace, merged.

    Running the pipeline on these rather than the whole sentence is most of the
    speed on long sentences: the Matcher's cost grows with every token. The
    tokenizer splits on whitespace first, so a stretch cut at whitespace is
    tokenized as it would be in place.
    """
    out: list[tuple[int, int]] = []
    n = len(text)
    for start, end in anchors:
        lo, hi = max(0, start - _WINDOW), min(n, end + _WINDOW)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    snapped: list[tuple[int, int]] = []
    for lo, hi in out:
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < n and not text[hi].isspace():
            hi += 1
        if snapped and lo <= snapped[-1][1]:
            snapped[-1] = (snapped[-1][0], hi)
        else:
            snapped.append((lo, hi))
    return snapped


def find_dates(text: str, *, nlp: Any = None) -> list[DateMention]:
    """Find the date expressions of a French text.

    Args:
        text: any string, typically one sentence or paragraph.
        nlp: a spaCy pipeline from `build_pipeline` (user lexicon or
            patterns). By default the shipped lexicon and patterns are run
            without spaCy (`datematch`), which finds the same spans.

    Returns:
        The mentions, sorted by start offset and non-overlapping; offsets index
        `text` (`text[m.start:m.end] == m.text`). Never raises on any input.
    """
    if not isinstance(text, str) or not text:
        return []
    # The pipeline is built outside the guard: a broken pattern file must fail
    # loudly, while no input text may break a run.
    if nlp is None:
        nlp = _plain()
    try:
        return _find(text, nlp)
    except Exception:  # a date finder must never break a run over one odd string
        _log.debug("find_dates gave up on %r", text[:200], exc_info=True)
        return []


def _find(text: str, nlp: Any) -> list[DateMention]:
    """`find_dates` without its guard (the property tests call this one).

    `nlp` is a spaCy pipeline from `build_pipeline` or the `_PlainSpanner`.
    """
    spans_of: Callable[[str], list[Any]]
    if isinstance(nlp, _PlainSpanner):
        lex, spans_of = nlp.lexicon, nlp
    else:
        lex = nlp.get_pipe("vnextract_dates").lexicon

        def spans_of(window: str) -> list[Any]:
            doc = nlp(window)  # held: a span group stops working once its Doc is collected
            return list(doc.spans[SPAN_KEY])

    rx = _regexes(lex)
    anchors = _anchors(text.lower(), rx)
    if not anchors:
        return []
    mentions: list[DateMention] = []
    for lo, hi in _windows(text, anchors):
        for span in spans_of(text[lo:hi]):
            mention = _mention(text, lo, span, lex, rx)
            if mention is not None:
                mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _mention(
    text: str, offset: int, span: Any, lex: DateLexicon, rx: _Regexes
) -> DateMention | None:
    """Read one matched span (of a window starting at `offset`) into a mention."""
    label = span.label_
    # A trailing full stop ends the sentence; it is not part of the date unless
    # it ends an abbreviation (`9 déc.`), which the tokenizer keeps whole.
    if len(span) > 1 and span[-1].text == ".":
        span = span[:-1]
    # The DMY pattern lets `, le` follow an optional weekday; without the
    # weekday they are the cue, not the date.
    while len(span) > 1 and span[0].lower_ in (",", "le"):
        span = span[1:]
    if label == "REL" and len(span) > 1 and _low(span[0]) in lex.elided_of:
        span = span[1:]  # `fin d'année`: `d'` goes with the part word
    if label in ("SUB", "YTD") and len(span) > 1 and span[-1].lower_ == "de":
        # No year after `de`: `premier semestre de la stratégie` is still a
        # quarter, `six premiers mois de la pandémie` no calendar period.
        if label == "YTD":
            return None
        span = span[:-1]
    fields = _read_span(label, span, lex)
    if fields is None:
        return None
    cue_override = None
    if label == "PERIOD" and span[0].lower_ in lex.range_from:
        # `de 2016 à 2020`: the preposition is the cue, not part of the period.
        cue_override = lex.cues.get(span[0].lower_, span[0].lower_)
        span = span[1:]
    start, end = offset + span.start_char, offset + span.end_char
    if _inside_identifier(text, start, end):
        return None
    if not _valid(fields.year, fields.month, fields.day):
        return None
    if fields.end_year is not None and not 1000 <= fields.end_year <= 2999:
        return None
    if (
        fields.kind == "period"
        and fields.month is None
        and not _year_range_ok(text, start, end, lex)
    ):
        return None
    cue, part = _cue_and_part(text, start, rx)
    if cue is None and part is not None:
        cue = part
    if cue_override is not None:
        cue = cue_override
    if fields.bare_year and not _bare_year_ok(text, start, end, lex):
        return None
    if label == "REL" and not _relative_ok(text, start, end, fields, part, lex):
        return None
    if (
        label == "YTD"
        and _low(span[-1]) in lex.month_nouns
        and _starts_with_any(_next_word(text, end), lex.first_months_not_before)
    ):
        return None  # `les six premiers mois du mandat`, `suivant le lancement`
    if fields.month_alone:
        if span[0].lower_.replace("’", "'") not in lex.month_names:
            return None  # `sept`, `oct` alone are words, not months
        if cue not in lex.month_alone_cues and part is None and fields.relative is None:
            return None
        # `Mai Tien Dung`, `Mars Group`: a capitalized month before a
        # capitalized word is a name.
        if span[0].text[:1].isupper() and re.match(r"\s+[A-ZÀ-Ý]", text[end : end + 3]):
            return None
    if fields.numeric_day_month:
        # `3/4` is a fraction, `le 15/06` a date, but `le 1/3 des provinces` a fraction.
        if cue not in lex.numeric_day_month_cues and fields.weekday is None:
            return None
        if re.match(r"\s+(?:de|des|du|d['’])(?![^\W\d_])", text[end : end + 6]):
            return None
    left, right = _sentence_window(text, start, end, 80, 40)
    future = _is_future(left, right, cue, fields, lex)
    shift = fields.offset_years if fields.offset_years is not None else fields.offset_months
    if shift is not None and shift < 0:
        future = False  # `l'an dernier` is past whatever the verb
    return DateMention(
        start=start,
        end=end,
        text=text[start:end],
        year=fields.year,
        month=fields.month,
        day=fields.day,
        weekday=fields.weekday,
        kind=fields.kind,
        cue=cue,
        future=future,
        part=part,
        subperiod=fields.subperiod,
        end_year=fields.end_year,
        end_month=fields.end_month,
        relative=fields.relative,
        offset_years=fields.offset_years,
        offset_months=fields.offset_months,
    )


_NEXT_WORD = re.compile(r"\s*([^\s,.;:!?()«»\"]+)")
_YEAR_AFTER = re.compile(r"\s*\d{4}(?!\d)")


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end, end + 40)
    return _norm(m.group(1)) if m else ""


def _previous_word(text: str, start: int) -> str:
    m = re.search(r"(\S+)\s*$", text[max(0, start - 24) : start])
    return _norm(m.group(1)) if m else ""


def _starts_with_any(word: str, entries: Iterable[str]) -> bool:
    """Whether `word` is one of `entries`, or starts with one ending in an apostrophe."""
    return any(word == e or (e.endswith("'") and word.startswith(e)) for e in entries)


def _relative_ok(
    text: str, start: int, end: int, f: _Fields, part: str | None, lex: DateLexicon
) -> bool:
    """Whether a relative expression is a date (see the module docstring).

    Not when a year follows (`fin de l'année 2020` is 2020), nor before a word
    that makes it another year or an anaphora (`l'année scolaire`, `cette
    année-là`); `mois dernier` needs its article (`le`, `du`: `un mois passé à
    Hanoï` is a stay), a year noun its determiner (`fin d'année`); `l'année`
    alone only counts after a part word (`d'ici la fin de l'année`).
    """
    if _YEAR_AFTER.match(text, end):
        return False
    if _next_word(text, end) in lex.relative_not_before:
        return False
    first = _norm(text[start:end].split()[0])
    if first in lex.relative_nouns:
        before = _previous_word(text, start)
        if first in lex.month_nouns:
            if before not in lex.month_noun_after:
                return False
        elif not any(before.endswith(e) for e in lex.elided_of):
            return False
    return not (f.bare_relative and part is None)


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


def _iso(year: int, month: int | None, day: int | None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


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


def resolve(m: DateMention, published: str | None, future: bool | None = None) -> str | None:
    """The ISO 8601 date a mention stands for, at the precision written.

    Args:
        m: a mention from `find_dates`.
        published: the publication date, ISO 8601 at any precision (`2021`,
            `2021-03`, `2021-03-10`); used only when the mention has no year.
        future: whether the text speaks of the future; defaults to `m.future`.

    Returns:
        `2019-12-09`, `2019-11` or `2020`; None for periods, for mentions with
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
        return _iso(m.year, m.month, m.day)
    if m.offset_years is not None or m.offset_months is not None:
        return _resolve_relative(m, published, m.future if future is None else future)
    if m.month is None:
        # A quarter without a year (`au premier trimestre`) has year precision.
        if m.subperiod is None:
            return None
        pub = _parse_published(published)
        if pub is None:
            return None
        fut = m.future if future is None else future
        return _iso(_year_for_subperiod(m.subperiod, pub, fut), None, None)
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
        index = py * 12 + pm - 1 + m.offset_months
        year, month = divmod(index, 12)
        return _iso(year, month + 1, None) if _valid(year, None, None) else None
    offset = m.offset_years or 0
    if offset == 0 and m.subperiod is not None:
        # `au premier semestre de l'année`: as `au premier semestre`
        return _iso(_year_for_subperiod(m.subperiod, pub, fut), None, None)
    year = py + offset
    if offset == 0 and m.month is not None and pm is not None and m.month > pm and not fut:
        # `les onze premiers mois` told in January are last year's (FACTS.md 6.1)
        year -= 1
    if not _valid(year, m.month, None):
        return None
    return _iso(year, m.month, None)


def _year_for_subperiod(sub: str, pub: tuple[int, int | None, int | None], fut: bool) -> int:
    py, pm, _ = pub
    if pm is None:
        return py
    first_month = (int(sub[1]) - 1) * (3 if sub[0] == "Q" else 6) + 1
    if fut:
        return py if first_month >= pm - (2 if sub[0] == "Q" else 5) else py + 1
    return py if first_month <= pm else py - 1


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
_FORWARD_CUES = frozenset({"jusqu'en", "jusqu'à", "pour", "horizon", "vers", "d'ici"})


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
    first = re.search(r"\((?:VNA|AVI|CVN|VNS)\b[^)]*\)", text, re.IGNORECASE)
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
