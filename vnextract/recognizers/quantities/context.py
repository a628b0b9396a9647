"""What surrounds a figure: a quantity under construction and the words around it.

`_Found` (a quantity being built) and `_Ctx` (per-call state, with the masks of
URLs, phones, times and dates), then the tests that read the text around a
figure: its qualifier cue, a percent word or currency after it, a currency
before it, the cents of a price told in two parts, a month after it (a day, not
a quantity), and the ordinals that name rather than rank (`14e Congrès`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vnextract.recognizers.quantities.grammar import _segments, _tokens
from vnextract.recognizers.quantities.lexicon import _Lexicon
from vnextract.recognizers.quantities.patterns import _HS, _NON_SPACE, _SPACES, _fold

if TYPE_CHECKING:
    from vnextract.models import Qualifier, QuantityKind


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
        if (
            "+" in window
            or "(" in window
            or " 0" in window
            or window.startswith("0")
            or "1900" in window
            or "1800" in window
        ):
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
