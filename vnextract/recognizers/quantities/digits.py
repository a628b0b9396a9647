"""Figures written in digits: the French notation, scale words after them, prices.

A digit run is read the French way (`.` or a space groups thousands in
threes, `,` is the decimal mark), with an exponent, an ordinal suffix, scale
words (`1,5 million`, `mille milliards`, `1 million 200 000`), `et demi` and a
unit; identifiers glued to letters, acronyms, levels, days and years among
plain integers are not quantities.
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal

from vnextract.recognizers.forms import BRACKETED_ACRONYM_BEFORE
from vnextract.recognizers.quantities.context import (
    _Ctx,
    _currency_before,
    _Found,
    _has_qualifier_before,
    _is_day_of_month,
    _letters_after,
    _letters_before,
    _ordinal_is_name,
    _price_cents,
    _unit_after,
)
from vnextract.recognizers.quantities.lexicon import _lexicon
from vnextract.recognizers.quantities.patterns import (
    _HS,
    _HYPHENS,
    _SPACES,
    _VULGAR,
    _fold,
    _word_before,
)

_Exact = int | Decimal  # figures are computed exactly, then turned into floats


def _int_part(raw: str) -> tuple[_Exact, str] | None:
    """The value of the integer part and its notation (plain, grouped, dotted-decimal)."""
    if len(raw) > 400:
        return None  # a run of digits, not a figure (and `int` refuses > 4300 digits)
    if "." in raw:
        groups = raw.replace(" ", "").split(".")
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


#: A level's noun right before its number (`niveau 12`), not a list of levels before it.
_LEVEL_RIGHT_BEFORE = re.compile(r"(?:niveaux?|degrés?|échelons?|étapes?|génération)\s*\Z", re.I)


def _bare_integer_is_not_a_quantity(ctx: _Ctx, found: _Found, raw: str, value: int) -> bool:
    """Identifiers, levels, dates and years among plain integers."""
    lex = ctx.lex
    text = ctx.text
    start = found.start
    if (
        lex.identifier_before.search(text, start)
        and not _RANKED.search(text, 0, start)
        and not lex.identifier_idiom_before.search(text, start)
    ):
        return True
    if _acronym_before(ctx, start):
        return True
    # (a level listed after another is small: `niveaux 3 et 4`, but in `au niveau 3 et 96 au
    # niveau 4` the 96 is a count)
    if (
        value < 100
        and lex.level_before.search(text, start)
        and (value < 10 or _LEVEL_RIGHT_BEFORE.search(text, max(0, start - 16), start))
    ):
        return True
    if 1 <= value <= 31 and lex.weekday_before.search(text, start):
        return True
    if len(raw) == 4 and 1900 <= value <= 2100:
        if lex.month_before.search(text, start) or _word_before(text, start) in lex.year_cues:
            return True
        if BRACKETED_ACRONYM_BEFORE.search(text, max(0, start - 20), start):
            return True  # `l'indice (DTI) 2023`: an edition's year (`PAPI 2023`: `_acronym_before`)
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


#: `se classe 64/193`: `classe` is the verb of a ranking here, not a class's name before its number.
_RANKED = re.compile(r"(?<![\w])(?:se|s['’])\s*class(?:e|ait|era|ent)\s*\Z", re.IGNORECASE)

_YEAR_DASH = re.compile(r"(?:19|20)\d\d[-‐‑–/]\Z")
