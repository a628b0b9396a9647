"""Recognizing French quantities: numbers, money, percentages, ordinals, qualifiers.

This package owns `recognize_quantities` (contract section 9): it finds the
figures of a French string and returns them as `Quantity` records with
offsets into that string. The French it knows (number words, scale words,
currencies, qualifier cues, the words that make a number a name) lives in
`data/quantities.toml`; this package holds the rules that combine them:

- `patterns.py`: French phrases made into regexes (folding, tries, cues before a position);
- `lexicon.py`: `quantities.toml` compiled once (number words, scales, currencies, cues);
- `context.py`: what surrounds a figure (qualifier, unit, currency, cents, day, name);
- `digits.py`: figures written in digits (notation, scale words, identifiers, years);
- `grammar.py`: the French number grammar reading a run of number words;
- `words.py`: figures written in words (which runs of number words are quantities);
- this module: the scan over a string, ranges, and the public records.

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
import re
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

from vnextract.recognizers.quantities.context import _Ctx, _Found, _qualify
from vnextract.recognizers.quantities.digits import _from_digits
from vnextract.recognizers.quantities.lexicon import _lexicon
from vnextract.recognizers.quantities.patterns import _HS, _HY, _SPACES
from vnextract.recognizers.quantities.words import _from_words

if TYPE_CHECKING:
    from vnextract.models import Qualifier, Quantity, QuantityKind

__all__ = ["recognize_quantities"]


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
