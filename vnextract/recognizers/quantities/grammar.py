"""The French number grammar: reading a run of number words into numbers.

Each word is a token with its class (`unit`, `tens`, `cent`, `mille`, `scale`,
...); an accumulator takes the words French grammar allows after the ones
before (`vingt et un`, `quatre-vingt-dix`, `trois milliards et demi`) and a run
is cut into numbers where it does not (`vingt et un ou deux` -> 21, 2).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vnextract.recognizers.quantities.lexicon import _Word, _word_class
from vnextract.recognizers.quantities.patterns import _fold

if TYPE_CHECKING:
    from vnextract.recognizers.quantities.context import _Ctx


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
