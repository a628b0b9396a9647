"""Figures written in words: which runs of number words are quantities.

The run found by the scanner is cut into numbers by `grammar`; each gets its
decimals in words (`virgule cinq`), its unit, and is dropped when it is an
article (`un portail`), an adjective (`neuf` meaning new), a month (`sept.`),
the `cent` of `pour cent`, a fraction or a compound name (`Trois-Rivières`).
"""

from __future__ import annotations

import math
import re

from vnextract.recognizers.quantities.context import (
    _Ctx,
    _Found,
    _is_day_of_month,
    _ordinal_is_name,
    _price_cents,
    _unit_after,
)
from vnextract.recognizers.quantities.grammar import _Acc, _segments, _tokens
from vnextract.recognizers.quantities.patterns import _HS, _HYPHENS, _fold

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
    # The commonest run by far is an article, unless a unit follows (`un dollar`; `un
    # pourcentage` is the noun after its article).
    if (
        m.end() - m.start() <= 3
        and ctx.lowered[m.start() : m.end()] in ("un", "une")
        and (not _unit_after(ctx, m.end(), False) or ctx.lex.percent_noun.match(text, m.end()))
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
