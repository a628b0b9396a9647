"""Cleaning scraped article text, keeping an offset map back to the raw text.

What is removed: everything from the `Voir plus` line on (teasers of other
articles), the ` date YYYY-MM` header (kept as metadata), photo captions.
What is repaired: non-breaking and repeated spaces, and words glued together
by the scraper (`duVietnam`, `portailnational`, `8mars`, `de40`), split with
the French word-frequency list of `wordfreq` rather than any list of known
accidents. Every character of the cleaned text maps to a raw offset, so a
span found in the cleaned text is grounded in the raw text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from vnextract.resources import load_toml

_SPACES = "\u00a0\u202f\u2007\u2009\u200a\u3000\t\u2002\u2003\u2004\u2005\u2006\u2008"
_ZERO_WIDTH = "\u200b\u200c\u200d\ufeff\u2060"
_LOWER = "a-zà-öø-ÿœæç"
_UPPER = "A-ZÀ-ÖØ-ÞŒÆÇ"
_LETTER = _LOWER + _UPPER


@dataclass
class CleanText:
    """Cleaned article text with, for each character, its offset in the raw text."""

    text: str
    offsets: list[int]
    raw_len: int
    header_date: str | None = None
    title: str = ""
    cut_at: int | None = None
    paragraphs: list[tuple[int, int]] = field(default_factory=list)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned span [start, end) to the raw span covering the same characters."""
        if end <= start:
            r = self.offsets[start] if start < len(self.offsets) else self.raw_len
            return r, r
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class _Config:
    cut: re.Pattern[str]
    captions: re.Pattern[str]
    credit: re.Pattern[str]
    caption_max: int
    header: re.Pattern[str]
    min_zipf: float
    min_zipf_short: float
    max_zipf_whole: float
    min_gain: float
    one_letter: frozenset[str]
    digit_suffixes: frozenset[str]
    elisions: tuple[str, ...]


@cache
def _config() -> _Config:
    data = load_toml("cleaning.toml")
    glue = data["glue"]
    cut = "|".join(re.escape(w) for w in data["cut_lines"])
    return _Config(
        cut=re.compile(rf"(?im)^[ \t{_SPACES}]*(?:{cut})[ \t{_SPACES}]*\.?[ \t{_SPACES}]*$"),
        captions=re.compile("|".join(data["caption_markers"])),
        credit=re.compile(data["caption_credit"], re.IGNORECASE),
        caption_max=int(data["caption_max_chars"]),
        header=re.compile(data["header"]),
        min_zipf=float(glue["min_zipf"]),
        min_zipf_short=float(glue["min_zipf_short"]),
        max_zipf_whole=float(glue["max_zipf_whole"]),
        min_gain=float(glue["min_gain"]),
        one_letter=frozenset(glue["one_letter_words"]),
        digit_suffixes=frozenset(glue["digit_suffixes"]),
        elisions=tuple(glue["elisions"]),
    )


@cache
def _freqs() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("fr")


# Bounded caches: a corpus of new names and figures must not grow memory without end.
@lru_cache(maxsize=1 << 17)
def zipf(word: str) -> float:
    """Zipf frequency of a lower-cased French word (0 when unknown)."""
    f = _freqs().get(word.lower())
    return math.log10(f) + 9.0 if f else 0.0


def _is_word(piece: str, cfg: _Config) -> bool:
    low = piece.lower()
    if len(low) == 1:
        return low in cfg.one_letter
    threshold = cfg.min_zipf_short if len(low) == 2 else cfg.min_zipf
    return zipf(low) >= threshold


#: Longer letter runs are no glued French words (a base64 blob, a keyboard held down): left
#: alone, for the search below recurses once per letter and tries every split point.
_MAX_GLUED = 64


@lru_cache(maxsize=1 << 16)
def split_glued(token: str) -> tuple[int, ...]:
    """Positions where a glued token should be split into French words (empty: leave it).

    A token is split only when it is not a French word itself and every piece
    is a common one; among the candidate splits, the one whose rarest piece is
    the most frequent wins. Two levels of splitting are tried.
    """
    cfg = _config()
    if len(token) > _MAX_GLUED:
        return ()
    whole = zipf(token)
    if len(token) < 4 or whole > cfg.max_zipf_whole:
        return ()
    best: tuple[float, tuple[int, ...]] | None = None
    for i in range(1, len(token)):
        left, right = token[:i], token[i:]
        if not _is_word(left, cfg):
            continue
        if _is_word(right, cfg):
            score = min(zipf(left.lower()), zipf(right.lower()))
            if best is None or score > best[0]:
                best = (score, (i,))
        elif len(right) >= 4:
            sub = split_glued(right)
            if len(sub) == 1:
                pieces = [left, right[: sub[0]], right[sub[0] :]]
                # a three-way split must be clearly better than any two-way one
                score = min(zipf(p.lower()) for p in pieces) - 1.0
                if best is None or score > best[0]:
                    best = (score, (i, i + sub[0]))
    # a rare spelling (`pourle`, `plustard`) is split only into far more common words
    if best is None or best[0] < whole + cfg.min_gain:
        return ()
    return best[1]


_TOKEN = re.compile(rf"[{_LETTER}0-9][{_LETTER}0-9.,]*(?:['’][{_LETTER}]+)?")
_CAMEL = re.compile(rf"(?<=[{_LOWER}])(?=[{_UPPER}][{_LOWER}])")
_DIGIT_LETTER = re.compile(rf"(?<=[0-9])(?=[{_LETTER}])")
_LETTER_DIGIT = re.compile(rf"(?<=[{_LETTER}])(?=[0-9])")
_ELISION = re.compile(rf"^([{_LETTER}]+?)(qu|[ldnmstjc])['’]([{_LETTER}]+)$")


def glue_splits(token: str) -> list[int]:
    """Split points inside one whitespace-free token of the cleaned text."""
    cfg = _config()
    cuts: set[int] = set()
    m = _ELISION.match(token)
    if m:
        head, eli = m.group(1), m.group(2)
        # `permisd'économiser` -> `permis d'économiser`; `jusqu'à`, `aujourd'hui` stay.
        if (zipf(head + eli) < cfg.max_zipf_whole + 1.0 and _is_word(head, cfg)) or (
            head.lower() in ("de", "du", "que", "à") and eli == "l"
        ):
            cuts.add(len(head))
        base = len(head) + len(eli) + 1
        cuts.update(base + c for c in glue_splits(m.group(3)))
        if cuts:
            return sorted(cuts)
    for piece_start, piece in _pieces(token):
        if piece.isalpha():
            for c in _CAMEL.finditer(piece):
                left = piece[: c.start()]
                right = piece[c.start() :]
                if zipf(piece) <= cfg.max_zipf_whole and (
                    _is_word(_last_word(left), cfg) or len(left) >= 3
                ):
                    cuts.add(piece_start + c.start())
                    _ = right
            if not any(piece_start < c < piece_start + len(piece) for c in cuts):
                cuts.update(piece_start + c for c in split_glued(piece))
    for m2 in _DIGIT_LETTER.finditer(token):
        rest = re.match(rf"[{_LETTER}]+", token[m2.start() :])
        word = rest.group(0) if rest else ""
        if word.lower() not in cfg.digit_suffixes and len(word) >= 2 and zipf(word) >= cfg.min_zipf:
            cuts.add(m2.start())
    for m3 in _LETTER_DIGIT.finditer(token):
        head_m = re.search(rf"[{_LETTER}]+$", token[: m3.start()])
        head = head_m.group(0) if head_m else ""
        if head.islower() and len(head) >= 2 and zipf(head) >= cfg.min_zipf_short:
            cuts.add(m3.start())
    return sorted(c for c in cuts if 0 < c < len(token))


def _pieces(token: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in re.finditer(rf"[{_LETTER}]+", token)]


def _last_word(text: str) -> str:
    m = re.search(rf"[{_LETTER}]+$", text)
    return m.group(0) if m else ""


def clean(raw: str) -> CleanText:
    """Clean one article's raw text.

    Returns the cleaned text (paragraphs separated by a blank line, lines by a
    newline, single spaces) and its offset map into `raw`.
    """
    cfg = _config()
    cut_m = cfg.cut.search(raw)
    limit = cut_m.start() if cut_m else len(raw)
    header_date = None
    pos = 0
    hm = cfg.header.match(raw, 0, limit)
    if hm:
        header_date = hm.group("date")
        pos = hm.end()

    chars: list[str] = []
    offs: list[int] = []
    paragraphs: list[tuple[int, int]] = []
    para_start: int | None = None
    blank_run = 0

    line_re = re.compile(r"[^\n]*\n?")
    for lm in line_re.finditer(raw, pos, limit):
        if lm.start() == lm.end():
            break
        line = lm.group(0).rstrip("\r\n")
        stripped = line.strip(" \t\r" + _SPACES + _ZERO_WIDTH)
        if not stripped:
            blank_run += 1
            continue
        if _is_caption(stripped, cfg):
            continue
        if chars:
            if blank_run or para_start is None:
                if para_start is not None:
                    paragraphs.append((para_start, len(chars)))
                chars.extend("\n\n")
                offs.extend((lm.start(), lm.start()))
                para_start = len(chars)
            else:
                chars.append("\n")
                offs.append(lm.start())
        else:
            para_start = 0
        blank_run = 0
        _emit_line(raw, lm.start(), lm.start() + len(line), chars, offs, cfg)
    if para_start is not None and chars:
        paragraphs.append((para_start, len(chars)))
    text = "".join(chars)
    offs.append(offs[-1] + 1 if offs else 0)
    title_end = text.find("\n")
    title = text if title_end < 0 else text[:title_end]
    return CleanText(
        text=text,
        offsets=offs,
        raw_len=len(raw),
        header_date=header_date,
        title=title.strip(),
        cut_at=cut_m.start() if cut_m else None,
        paragraphs=paragraphs,
    )


def _is_caption(line: str, cfg: _Config) -> bool:
    # A long line is article text even with a caption glued in: an article given as
    # one line (an HTML page in one <p>, a JSONL record) must not vanish with it.
    if len(line) > cfg.caption_max:
        return False
    return bool(cfg.captions.search(line) or cfg.credit.search(line))


#: A token: a run of characters that are neither spaces nor zero-width.
_TOKEN_RUN = re.compile(rf"[^ \r{_SPACES}{_ZERO_WIDTH}]+")
_SPACE_CHAR = re.compile(rf"[ \r{_SPACES}]")


def _emit_line(
    raw: str, start: int, end: int, chars: list[str], offs: list[int], cfg: _Config
) -> None:
    """Append one raw line to the cleaned text: spaces normalised, glued words split.

    Zero-width characters vanish; a run of spaces between two tokens becomes one
    space, mapped to the first space of the run; spaces before the first token
    and after the last one are dropped.
    """
    prev = None
    for m in _TOKEN_RUN.finditer(raw, start, end):
        if prev is not None:
            space = _SPACE_CHAR.search(raw, prev, m.start())
            if space is not None:
                chars.append(" ")
                offs.append(space.start())
        _emit_token(raw, m.start(), m.end(), chars, offs)
        prev = m.end()


_PUNCT_GLUE = re.compile(rf"(?<=[,;:)»])(?=[{_LETTER}«(])|(?<=[{_LOWER}]{{2}}[.!?])(?=[{_UPPER}])")


#: Longer whitespace-free runs are cut every so many characters. No French word or figure
#: is that long, and spaCy's tokenizer strips affixes one at a time, quadratic on a long
#: run of punctuation: 100 000 `&` (an HTML page of `&amp;`) took hours.
_MAX_TOKEN = 100


def _emit_token(raw: str, start: int, end: int, chars: list[str], offs: list[int]) -> None:
    token = raw[start:end]
    # `réunion,le` and `informatisées.Le`: punctuation glued to the next word
    cuts: set[int] = {m.start() for m in _PUNCT_GLUE.finditer(token)}
    if len(token) > _MAX_TOKEN:
        cuts.update(range(_MAX_TOKEN, len(token), _MAX_TOKEN))
    for m in _TOKEN.finditer(token):
        word = m.group(0).rstrip(".,")
        cuts.update(m.start() + c for c in _glue_splits(word))
    prev = 0
    for k in sorted(c for c in cuts if c < len(token)):
        chars.extend(token[prev:k])
        offs.extend(range(start + prev, start + k))
        chars.append(" ")
        offs.append(start + k)
        prev = k
    chars.extend(token[prev:])
    offs.extend(range(start + prev, end))


@lru_cache(maxsize=1 << 16)
def _glue_splits(word: str) -> tuple[int, ...]:
    """`glue_splits`, remembered for the most frequent words (bounded: memory stays flat)."""
    return tuple(glue_splits(word))
