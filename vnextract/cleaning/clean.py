"""Cleaning scraped article text, keeping an offset map back to the raw text.

What is removed: everything from the `Voir plus` line on (teasers of other
articles), the ` date YYYY-MM` header (kept as metadata), photo captions,
zero-width characters and soft hyphens (`468\u00ad000` is `468000`).
What is repaired: text in decomposed form (NFD: `e` + a combining accent) is
composed (NFC) as the recognizers expect it, a composed character mapping to
the raw characters it was made of; non-breaking and repeated spaces, and words glued together
by the scraper (`duVietnam`, `portailnational`, `8mars`, `de40`), split with
the French word-frequency list of `wordfreq` rather than any list of known
accidents. Every character of the cleaned text maps to a raw offset, so a
span found in the cleaned text is grounded in the raw text.

The frequency list is read from a compact copy kept in the user cache folder
(`~/.cache/vnextract/`, or `$VNEXTRACT_CACHE_DIR/wordfreq/`), written from
`wordfreq` by the first process: a few milliseconds instead of 0.4 s per process.
"""

from __future__ import annotations

import array
import bisect
import datetime as dt
import itertools
import marshal
import math
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from vnextract.resources import (
    load_toml,
    package_key,
    read_marshal,
    user_cache_dir,
    write_marshal,
)

_SPACES = "\u00a0\u202f\u2007\u2009\u200a\u3000\t\u2002\u2003\u2004\u2005\u2006\u2008"
_ZERO_WIDTH = "\u200b\u200c\u200d\ufeff\u2060"
#: The soft hyphen: an invisible hint where a word may break. Removed before anything
#: else (`prepare`): inside a figure (`468\u00ad000`) or a word it must split neither.
_SOFT_HYPHEN = "\u00ad"
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
    #: For each character, the raw offset just after it, when the raw text was not in
    #: NFC (a composed `é` ends after its combining accent); None: `offsets[i] + 1`.
    ends: list[int] | None = None

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned span [start, end) to the raw span covering the same characters."""
        if end <= start:
            r = self.offsets[start] if start < len(self.offsets) else self.raw_len
            return r, r
        last = self.ends[end - 1] if self.ends is not None else self.offsets[end - 1] + 1
        return self.offsets[start], last


@dataclass(frozen=True)
class _Config:
    cut: re.Pattern[str]
    captions: re.Pattern[str]
    credit: re.Pattern[str]
    credit_mark: str
    caption_max: int
    wrapped_max: int
    wrapped_min_breaks: int
    wrapped_full: int
    line_end: re.Pattern[str]
    list_item: re.Pattern[str]
    lead: re.Pattern[str]
    header: re.Pattern[str]
    header_any_line: re.Pattern[str]  # the same, at the start of any line
    min_zipf: float
    min_zipf_short: float
    max_zipf_whole: float
    min_gain: float
    one_letter: frozenset[str]
    digit_suffixes: frozenset[str]
    elisions: tuple[str, ...]
    avoir_endings: frozenset[str]
    future_endings: re.Pattern[str]
    future_min_zipf: float
    suffix_pieces: frozenset[str]


@cache
def _config() -> _Config:
    data = load_toml("cleaning.toml")
    glue = data["glue"]
    # (the words of a cut line may be set apart by any run of spaces: `Voir  plus`)
    cut = "|".join(
        rf"[ \t{_SPACES}]+".join(re.escape(part) for part in w.split()) for w in data["cut_lines"]
    )
    return _Config(
        # (a line ends before `\n` or `\r\n`: a file saved on Windows keeps its cut)
        cut=re.compile(rf"(?im)^[ \t{_SPACES}]*(?:{cut})[ \t{_SPACES}]*\.?[ \t\r{_SPACES}]*$"),
        captions=re.compile("|".join(data["caption_markers"])),
        credit=re.compile(data["caption_credit"], re.IGNORECASE),
        credit_mark=str(data["caption_credit_mark"]),
        caption_max=int(data["caption_max_chars"]),
        wrapped_max=int(data["wrapped_max_chars"]),
        wrapped_min_breaks=int(data["wrapped_min_breaks"]),
        wrapped_full=int(data["wrapped_full_chars"]),
        line_end=re.compile(data["wrapped_line_ends"]),
        list_item=re.compile(data["wrapped_list_items"]),
        lead=re.compile(data["wrapped_lead"]),
        header=re.compile(data["header"]),
        header_any_line=re.compile(data["header"], re.MULTILINE),
        min_zipf=float(glue["min_zipf"]),
        min_zipf_short=float(glue["min_zipf_short"]),
        max_zipf_whole=float(glue["max_zipf_whole"]),
        min_gain=float(glue["min_gain"]),
        one_letter=frozenset(glue["one_letter_words"]),
        digit_suffixes=frozenset(glue["digit_suffixes"]),
        elisions=tuple(glue["elisions"]),
        avoir_endings=frozenset(glue["avoir_endings"]),
        future_endings=re.compile(glue["future_endings"]),
        future_min_zipf=float(glue["future_min_zipf"]),
        suffix_pieces=frozenset(glue["suffix_pieces"]),
    )


#: Version of the frequency cache file format, part of its key.
_FREQ_FORMAT = "vnextract-wordfreq-fr-3"
#: Words per block of the frequency cache: one block is split to look a word up.
_FREQ_BLOCK = 64
#: The files `wordfreq.get_frequency_dict("fr")` reads ("best": `large` over `small`).
_FREQ_FILES = ("large_fr.msgpack.gz", "small_fr.msgpack.gz")


class _FreqTable:
    """wordfreq's French frequencies, sorted by word and cut into blocks of `_FREQ_BLOCK`.

    Loaded from the disk cache with `marshal` in about 10 ms (3.4 MB): no dict of
    300 000 words is built and no word is decoded; a word is found by bisection,
    first among the blocks' first words, then among the UTF-8 words of its block
    (byte order is code point order; `zipf` remembers the answers).
    """

    __slots__ = ("_blocks", "_codes", "_firsts", "_values")

    def __init__(
        self, firsts: list[str], blocks: list[bytes], codes: array.array[int], values: list[float]
    ) -> None:
        self._firsts = firsts
        self._blocks = blocks
        self._codes = codes
        self._values = values

    def get(self, word: str) -> float | None:
        i = bisect.bisect_right(self._firsts, word) - 1
        if i < 0:
            return None
        key = word.encode("utf-8", "surrogatepass")  # a lone surrogate matches no word
        words = self._blocks[i].split(b"\n")
        j = bisect.bisect_left(words, key)
        if j == len(words) or words[j] != key:
            return None
        return self._values[self._codes[i * _FREQ_BLOCK + j]]


def _freq_cache_path() -> tuple[Path, str] | None:
    """Cache file and key: the format, wordfreq's version, and the size and date of its files."""
    folder = user_cache_dir("wordfreq")
    if folder is None:
        return None
    parts = [_FREQ_FORMAT, str(marshal.version), sys.byteorder, str(_FREQ_BLOCK)]
    key = package_key("wordfreq", lambda root: [root / "data" / n for n in _FREQ_FILES], parts)
    return None if key is None else (folder / f"wordfreq-fr-{key}.bin", key)


def _load_freqs(path: Path, key: str) -> _FreqTable | None:
    """The table stored in `path`, or None when missing, corrupt or made for another key."""
    try:
        stored_key, firsts, blocks, code_bytes, values = read_marshal(path)
        codes = array.array("H")
        codes.frombytes(code_bytes)
    except (OSError, ValueError, TypeError):
        return None
    # The checksum says the file is the one written; these checks, that it is of this key
    # and of the shape `_FreqTable` reads.
    if (
        stored_key != key
        or not isinstance(firsts, list)
        or not isinstance(blocks, list)
        or (blocks and not isinstance(blocks[0], bytes))
        or not isinstance(values, list)
        or len(firsts) != len(blocks)
        or not (len(blocks) - 1) * _FREQ_BLOCK < len(codes) <= len(blocks) * _FREQ_BLOCK
    ):
        return None
    return _FreqTable(firsts, blocks, codes, values)


def _store_freqs(path: Path, key: str, freqs: dict[str, float]) -> None:
    """Write the table of `freqs` to `path` atomically; any failure only skips the cache."""
    words = sorted(freqs)
    values = sorted(set(freqs.values()))
    if any("\n" in w for w in words) or len(values) > 1 << 16:
        return  # not a list the table can hold (wordfreq's has 564 values)
    index = {v: i for i, v in enumerate(values)}
    codes = array.array("H", [index[freqs[w]] for w in words])
    chunks = [words[i : i + _FREQ_BLOCK] for i in range(0, len(words), _FREQ_BLOCK)]
    # a read-only cache folder only costs loading wordfreq again next process
    write_marshal(
        path,
        (
            key,
            [c[0] for c in chunks],
            ["\n".join(c).encode("utf-8", "surrogatepass") for c in chunks],
            codes.tobytes(),
            values,
        ),
    )


@cache
def _freqs() -> Callable[[str], float | None]:
    """Frequency of a word in wordfreq's French list (None when absent).

    Read from a compact copy in the user cache folder when there is one for this
    wordfreq (loading wordfreq's own list takes about 0.4 s per process), else from
    wordfreq, and the copy is written for the next process.
    """
    where = _freq_cache_path()
    if where is not None:
        table = _load_freqs(*where)
        if table is not None:
            return table.get
    from wordfreq import get_frequency_dict

    freqs = get_frequency_dict("fr")
    if where is not None:
        _store_freqs(*where, freqs)
    return freqs.get


# Bounded caches: a corpus of new names and figures must not grow memory without end.
@lru_cache(maxsize=1 << 17)
def zipf(word: str) -> float:
    """Zipf frequency of a lower-cased French word (0 when unknown)."""
    f = _freqs()(word.lower())
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
    future = cfg.future_endings.search(token.lower()) is not None
    for i in range(1, len(token)):
        left, right = token[:i], token[i:]
        if not _is_word(left, cfg) or _ends_a_word(left, right, cfg):
            continue
        if future and zipf(right.lower()) < cfg.future_min_zipf:
            continue  # `ex porteront`: a verb in the future, no glued words
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


def _ends_a_word(left: str, right: str, cfg: _Config) -> bool:
    """Whether `right` is the ending of the word `left` starts (`piloter|ont`, `group|ait`,
    `conforme|ment`), not a word glued to it (cleaning.toml)."""
    tail = right.lower()
    return tail in cfg.suffix_pieces or (tail in cfg.avoir_endings and left.lower().endswith("r"))


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
            # an acronym (`SIPAS`, `PAPI`) is no pair of glued words (`si pas`)
            if not piece.isupper() and not any(
                piece_start < c < piece_start + len(piece) for c in cuts
            ):
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


_LINE = re.compile(r"[^\n]*\n?")


#: Longest run of characters composed together (UAX #15 stream-safe: 30 non-starters).
_MAX_SEQUENCE = 32


def prepare(raw: str) -> tuple[str, list[int], list[int]]:
    """`raw` without soft hyphens and in NFC, with the raw start and end of each character.

    Each starter and the combining marks (or starters) composing with it are composed; the
    characters they give all map to the whole sequence (most often one `é` for
    `e` + U+0301). One entry more than characters in each list: the end of the text.
    """
    text: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(raw)
    while i < n:
        if raw[i] == _SOFT_HYPHEN:
            i += 1
            continue
        j = i + 1
        out = unicodedata.normalize("NFC", raw[i])
        # a combining mark joins the sequence, and so does a starter that composes with it
        # (a Hangul vowel after its consonant); at most _MAX_SEQUENCE characters, as in
        # Unicode's stream-safe text (a run of 10 000 marks must not cost 10^8 steps)
        while j < n and j - i < _MAX_SEQUENCE and raw[j] != _SOFT_HYPHEN:
            longer = unicodedata.normalize("NFC", raw[i : j + 1])
            if not unicodedata.combining(raw[j]) and len(longer) > len(out):
                break
            out = longer
            j += 1
        seq = raw[i:j]
        if len(out) == len(seq):  # nothing composed: one for one
            starts.extend(range(i, j))
            ends.extend(range(i + 1, j + 1))
        else:
            starts.extend([i] * len(out))
            ends.extend([j] * len(out))
        text.append(out)
        i = j
    starts.append(n)
    ends.append(n)
    return "".join(text), starts, ends


def clean(raw: str) -> CleanText:
    """Clean one article's raw text.

    Returns the cleaned text (paragraphs separated by a blank line, lines by a
    newline, single spaces) and its offset map into `raw`. Raw text with soft
    hyphens or not in NFC is cleaned without them and in NFC (`prepare`), and
    its offsets mapped back to the raw characters.
    """
    if _SOFT_HYPHEN not in raw and unicodedata.is_normalized("NFC", raw):
        return _clean(raw)
    text, starts, ends = prepare(raw)
    ct = _clean(text)
    ct.ends = [ends[o] for o in ct.offsets]
    ct.offsets = [starts[o] for o in ct.offsets]
    ct.raw_len = len(raw)
    if ct.cut_at is not None:
        ct.cut_at = starts[ct.cut_at]
    return ct


def _real_date(iso: str) -> bool:
    """True for `YYYY-MM` or `YYYY-MM-DD` naming a real month or day."""
    try:
        dt.date.fromisoformat(iso if iso.count("-") == 2 else f"{iso}-01")
    except ValueError:
        return False
    return True


def _clean(raw: str) -> CleanText:
    """`clean` of a text in NFC."""
    cfg = _config()
    cut_m = cfg.cut.search(raw)
    limit = cut_m.start() if cut_m else len(raw)
    header_date = None
    pos = 0
    hm = cfg.header.match(raw, 0, limit)
    late = None
    if hm is None:
        # (or the scraper's line set under the title and its standfirst: `Titre\n\n date
        # 2016-08\nHanoï, ...`)
        late = _late_header(raw, limit, cfg)
        hm = late
    if hm:
        # the scraper's line is removed either way; a date that is no real month or day
        # (`2021-13`) is not kept: the text dates the article
        header_date = hm.group("date") if _real_date(hm.group("date")) else None
        pos = hm.end() if late is None else 0

    # The text is built as pieces; `offs` has one entry per character, so its
    # length is the length of the text so far.
    pieces: list[str] = []
    offs: list[int] = []
    paragraphs: list[tuple[int, int]] = []
    para_start: int | None = None
    blank_run = 0
    # a page wrapped by hand: its lines are joined back into paragraphs
    wrapped = _wrapped_by_hand(raw, pos, limit, cfg)
    last = ""

    for lm in _LINE.finditer(raw, pos, limit):
        if lm.start() == lm.end():
            break
        line = lm.group(0).rstrip("\r\n")
        start = lm.start()
        if late is not None and start < late.end() <= start + len(line):
            # the header's words are no text; what follows them on its line is
            line = " " * (late.end() - start) + raw[late.end() : start + len(line)]
            start = late.end()
        stripped = line.strip(_BLANK)
        if not stripped:
            blank_run += 1
            continue
        if _is_caption(stripped, cfg):
            continue
        if offs:
            if blank_run or para_start is None:
                if para_start is not None:
                    paragraphs.append((para_start, len(offs)))
                pieces.append("\n\n")
                offs.extend((lm.start(), lm.start()))
                para_start = len(offs)
            elif (
                wrapped
                and not cfg.line_end.search(last)
                and not cfg.list_item.match(stripped)
                and not cfg.lead.match(stripped)
                and (
                    len(last) >= cfg.wrapped_full or stripped[0].islower() or stripped[0].isdigit()
                )
            ):
                # the line goes on: a space, mapped to the line break before it
                pieces.append(" ")
                offs.append(lm.start() - 1)
            else:
                pieces.append("\n")
                offs.append(lm.start())
        else:
            para_start = 0
        blank_run = 0
        last = stripped
        _emit_line(raw, start, lm.start() + len(line), pieces, offs)
    if para_start is not None and offs:
        paragraphs.append((para_start, len(offs)))
    text = "".join(pieces)
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


def _late_header(raw: str, limit: int, cfg: _Config) -> re.Match[str] | None:
    """The scraper's ` date YYYY-MM` line set among the first three lines of text, under the
    title or its standfirst, if it is there."""
    late = cfg.header_any_line.search(raw, 0, min(limit, _LATE_REACH))
    if late is None:
        return None
    before = [ln for ln in raw[: late.start()].splitlines() if ln.strip(_BLANK)]
    return late if len(before) <= 3 else None


#: How far into a page the scraper's date line is looked for when it is not the first.
_LATE_REACH = 1500


def _wrapped_by_hand(raw: str, pos: int, limit: int, cfg: _Config) -> bool:
    """Whether the page is wrapped by hand: no long line, and sentences going on from a line
    that ends on no punctuation into one that starts in lower case (`... se trouve à la 88e
    place\nsur les 193 pays`)."""
    lines = [ln.strip(_BLANK) for ln in raw[pos:limit].split("\n")]
    if any(len(ln) > cfg.wrapped_max for ln in lines):
        return False
    breaks = sum(
        1
        for a, b in itertools.pairwise(lines)
        if a and b[:1].islower() and not cfg.line_end.search(a)
    )
    return breaks >= cfg.wrapped_min_breaks


def _is_caption(line: str, cfg: _Config) -> bool:
    # A long line is article text even with a caption glued in: an article given as
    # one line (an HTML page in one <p>, a JSONL record) must not vanish with it.
    if len(line) > cfg.caption_max:
        return False
    if "  " in line or _ODD_SEPARATOR.search(line):
        # its words set apart by any run of spaces (`Photo  d'illustration |`)
        line = " ".join(line.split())
    return bool(cfg.captions.search(line) or (cfg.credit_mark in line and cfg.credit.search(line)))


#: Characters that separate tokens: spaces of every kind, `\r`, zero-width characters.
_SEPARATORS = " \r" + _SPACES + _ZERO_WIDTH
_BLANK = " \t\r" + _SPACES + _ZERO_WIDTH
#: A run of separators that is not one plain space between two tokens: two or more
#: separators, any other separator than a plain space, or a space opening or ending
#: the line. Separators are matched as whole runs (the run's first character is
#: where the scan meets it, after a token character or at the line's start).
_ODD_GAP = re.compile(
    rf"(?:[{_SEPARATORS}](?=[{_SEPARATORS}])|[\r{_SPACES}{_ZERO_WIDTH}])[{_SEPARATORS}]*|^ | $"
)
#: A separator other than a plain space.
_ODD_SEPARATOR = re.compile(rf"[\r{_SPACES}{_ZERO_WIDTH}]")
#: The character a separator run becomes: its first space (zero-width ones alone give none).
_SPACE_CHAR = re.compile(rf"[ \r{_SPACES}]")

#: Punctuation glued to the next word (`réunion,le`, `informatisées.Le`); the cut is at the
#: match's end: after `,;:)»` before a letter, `«` or `(`, or after two lower-case letters
#: and `.!?` before a capital. The punctuation is matched, not looked behind at, so that
#: the regex engine skips to it (five times faster than a lookbehind tried everywhere).
_PUNCT_GLUE = re.compile(
    rf"[,;:)».!?](?:(?<=[,;:)»])(?=[{_LETTER}«(])|(?<=[{_LOWER}]{{2}}[.!?])(?=[{_UPPER}]))"
)


#: Longer whitespace-free runs are cut every so many characters. No French word or figure
#: is that long, and spaCy's tokenizer strips affixes one at a time, quadratic on a long
#: run of punctuation: 100 000 `&` (an HTML page of `&amp;`) took hours.
_MAX_TOKEN = 100
_LONG_RUN = re.compile(rf"[^{_SEPARATORS}]{{{_MAX_TOKEN + 1},}}")


def _emit_line(raw: str, start: int, end: int, pieces: list[str], offs: list[int]) -> None:
    """Append one raw line to the cleaned text: spaces normalised, glued words split.

    Tokens are the runs of characters that are neither spaces nor zero-width.
    Zero-width characters vanish; a run of spaces between two tokens becomes one
    space, mapped to the first space of the run; spaces before the first token
    and after the last one are dropped. A cut (`_cuts`) inside a token inserts a
    space mapped to the raw character after the cut.

    The line is copied in segments, runs of tokens separated by single plain
    spaces that stay as they are: most lines are one segment without a cut.
    """
    line = raw[start:end]
    cuts = _cuts(line)
    n = len(line)
    if not cuts and not (
        # `_ODD_GAP.search(line)`, faster
        "  " in line or line.startswith(" ") or line.endswith(" ") or _ODD_SEPARATOR.search(line)
    ):
        pieces.append(line)
        offs.extend(range(start, end))
        return
    seg = 0
    ci = 0
    for g in _ODD_GAP.finditer(line):
        gs, ge = g.span()
        if gs > seg:
            ci = _emit_segment(line, seg, gs, start, cuts, ci, pieces, offs)
        if gs > 0 and ge < n:  # between two tokens
            space = _SPACE_CHAR.search(line, gs, ge)
            if space is not None:
                pieces.append(" ")
                offs.append(start + space.start())
        seg = ge
    if seg < n:
        _emit_segment(line, seg, n, start, cuts, ci, pieces, offs)


def _emit_segment(
    line: str,
    a: int,
    b: int,
    base: int,
    cuts: list[int],
    ci: int,
    pieces: list[str],
    offs: list[int],
) -> int:
    """Copy `line[a:b]` (raw offset `base + a`), a space at each cut; the next cut's index."""
    while ci < len(cuts) and cuts[ci] < b:
        k = cuts[ci]
        pieces.append(line[a:k])
        pieces.append(" ")
        offs.extend(range(base + a, base + k))
        offs.append(base + k)
        a = k
        ci += 1
    pieces.append(line[a:b])
    offs.extend(range(base + a, base + b))
    return ci


def _cuts(line: str) -> list[int]:
    """Sorted positions in `line` before which a space is inserted.

    Found over the whole line, they are the ones found token by token: no match of
    `_PUNCT_GLUE` or `_TOKEN` can use a separator (none is in their character classes),
    so none sees past its token. Every cut is strictly inside a token, as it was: a
    glue split is inside its word, a `_PUNCT_GLUE` match needs a character on each side.
    """
    cuts = [m.end() for m in _PUNCT_GLUE.finditer(line)]
    if len(line) > _MAX_TOKEN:
        for m in _LONG_RUN.finditer(line):
            cuts.extend(range(m.start() + _MAX_TOKEN, m.end(), _MAX_TOKEN))
    if any(map(_match_splits, _TOKEN.findall(line))):
        for m in _TOKEN.finditer(line):
            splits = _match_splits(m.group())
            if splits:
                cuts.extend(m.start() + c for c in splits)
    if len(cuts) > 1:
        return sorted(set(cuts))
    return cuts


@lru_cache(maxsize=1 << 16)
def _match_splits(match: str) -> tuple[int, ...]:
    """`glue_splits` of a `_TOKEN` match without its final dots and commas, remembered
    for the most frequent words (bounded: memory stays flat)."""
    return tuple(glue_splits(match.rstrip(".,")))
