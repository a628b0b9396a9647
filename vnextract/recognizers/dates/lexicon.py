"""The French calendar words (`data/dates.toml`), the token patterns
(`data/date_patterns.jsonl`) and what is derived from them: the word classes the
patterns test, and the regular expressions built from the month names."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vnextract.recognizers.dates.mention import _norm
from vnextract.resources import load_toml

DATA_DIR = Path(__file__).parent.parent.parent / "data"
LEXICON_PATH = DATA_DIR / "dates.toml"
PATTERNS_PATH = DATA_DIR / "date_patterns.jsonl"
SPAN_KEY = "dates"

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
    until_words: frozenset[str]
    told_done_by: frozenset[str]
    limit_cues: frozenset[str]
    future_words: frozenset[str]
    not_future: frozenset[str]
    past_words: frozenset[str]
    year_not_after: tuple[str, ...]
    agencies: tuple[str, ...]
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
        until_words=frozenset(raw["until_words"]),
        told_done_by=frozenset(raw["told_done_by"]),
        limit_cues=frozenset(raw["limit_cues"]),
        future_words=frozenset(_lower_list(raw["future_words"])),
        not_future=frozenset(_lower_list(raw["not_future"])),
        past_words=frozenset(_lower_list(raw["past_words"])),
        year_not_after=tuple(_lower_list(raw["year_not_after"])),
        agencies=tuple(raw.get("agencies", ())),
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
    agency: re.Pattern[str]
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
    # (a user file naming no agency reads no dateline)
    agencies = "|".join(re.escape(a) for a in lexicon.agencies) or "(?!)"
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
            rf"(?:[12]\d{{3}}\s*)?(?P<agency>\((?:{agencies})[^)]*\))",
            re.IGNORECASE,
        ),
        agency=re.compile(rf"\((?:{agencies})[^)]*\)", re.IGNORECASE),
        cues={_phrase_key(k): v for k, v in lexicon.cues.items()},
        parts={_phrase_key(k): v for k, v in lexicon.parts.items()},
        relative=relative,
        relative_keys=frozenset(keys),
    )


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
