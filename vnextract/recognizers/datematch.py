"""The date patterns without spaCy: a small tokenizer and token-pattern matcher.

`dates.find_dates` matches the token patterns of `data/date_patterns.jsonl`.
Two interpreters read that file:

- spaCy's `Matcher` on the blank French tokenizer (`dates.build_pipeline`),
  behind the `vnextract_dates` / `vnx_dates` components of a spaCy pipeline
  and used whenever a caller passes its own pipeline;
- this module, used by default: `vnextract run` on one file then starts
  without importing spaCy, which costs more than a second of CPU per
  process (more than extracting a hundred articles), while the date
  windows it reads are a few dozen words each.

Both must find the same spans. The tokenizer here follows the blank French
tokenizer's rules where date patterns can see them (whitespace, the split of
punctuation, elisions, hyphens and figures; the abbreviations of months it
keeps whole); `tests/test_datematch.py` compares the two interpreters token
by token and span by span over every text shipped with the project.

The matcher supports what the pattern file uses: the token attributes ORTH,
LOWER, SHAPE, NORM (a word class, written CLASS in the file) and SPACY, each
equal to a value or `{"IN": [...]}`, and the operators `?`, `*`, `+`. It
reports every full match of every pattern, then keeps per label the longest
non-overlapping ones (spaCy's `greedy="LONGEST"`) and across labels the
longest (`spacy.util.filter_spans`). `supports()` says whether a pattern list
stays in that subset; `dates` falls back to spaCy for one that does not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, overload

from vnextract.nlp.rxcache import rx

# --------------------------------------------------------------------------
# Tokens and spans: the few attributes `dates` reads of spaCy's


class Token:
    """A token: its text, offset, trailing whitespace and word class (`norm_`, "" if none)."""

    __slots__ = ("idx", "lower_", "norm_", "text", "whitespace_")

    def __init__(self, text: str, idx: int, whitespace_: str, norm_: str):
        self.text = text
        self.idx = idx
        self.whitespace_ = whitespace_
        self.norm_ = norm_
        self.lower_ = text.lower()

    @property
    def text_with_ws(self) -> str:
        return self.text + self.whitespace_

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.idx}, {self.whitespace_!r}, {self.norm_!r})"


class Span:
    """Tokens `start:end` of a token list, with a label (spaCy `Span` look-alike)."""

    __slots__ = ("end", "label", "label_", "start", "tokens")

    def __init__(self, tokens: Sequence[Token], start: int, end: int, label: str):
        self.tokens = tokens
        self.start = start
        self.end = end
        self.label_ = label

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens[self.start : self.end])

    @overload
    def __getitem__(self, i: int) -> Token: ...

    @overload
    def __getitem__(self, i: slice) -> Span: ...

    def __getitem__(self, i: int | slice) -> Token | Span:
        if isinstance(i, slice):
            lo, hi, step = i.indices(len(self))
            if step != 1:
                raise ValueError("a span slice has no step")
            return Span(self.tokens, self.start + lo, self.start + max(lo, hi), self.label_)
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self.tokens[self.start + i]

    @property
    def start_char(self) -> int:
        return self.tokens[self.start].idx if len(self) else 0

    @property
    def end_char(self) -> int:
        if not len(self):
            return self.start_char
        last = self.tokens[self.end - 1]
        return last.idx + len(last.text)

    @property
    def text(self) -> str:
        return "".join(t.text_with_ws for t in self).rstrip(" ") if len(self) else ""

    def __repr__(self) -> str:
        return f"Span({self.label_!r}, {self.start}, {self.end}, {self.text!r})"


# --------------------------------------------------------------------------
# The tokenizer: spaCy's algorithm, on the rules of spaCy's French tokenizer


@dataclass(frozen=True)
class TokenizerRules:
    """What a spaCy tokenizer is made of, as plain data (see `spacy_fr.french_tokenizer_rules`).

    `patterns` maps `prefix`, `suffix`, `infix`, `token_match`, `url_match` to
    `(pattern, flags)` or None; `specials` maps a special-case string to the
    texts of its tokens; `phrases` maps a special case that holds affixes to
    the tokens the affix rules alone make of it (what spaCy's special-case
    `PhraseMatcher` looks for after tokenizing).
    """

    patterns: dict[str, tuple[str, int] | None]
    specials: dict[str, list[str]]
    phrases: dict[str, list[str]]


_RUNS = rx(r"\s+|\S+")


class Tokenizer:
    """A port of `spacy.tokenizer.Tokenizer.__call__` (spaCy 3.8) to plain Python.

    Same splitting of whitespace, same loop over prefixes and suffixes with
    the same special-case and `token_match` checks, same infix splitting,
    same special cases applied over the tokens afterwards; only the output
    differs: `(text, idx, whitespace)` triples instead of a `Doc`.
    """

    def __init__(self, rules: TokenizerRules, compile_: Callable[[str, int], Any] = rx):
        def get(name: str) -> Any:
            entry = rules.patterns.get(name)
            return None if entry is None else compile_(entry[0], entry[1])

        prefix, suffix, infix = get("prefix"), get("suffix"), get("infix")
        token_match, url_match = get("token_match"), get("url_match")
        self.prefix_search = prefix.search if prefix is not None else None
        self.suffix_search = suffix.search if suffix is not None else None
        self.infix_finditer = infix.finditer if infix is not None else None
        self.token_match = token_match.match if token_match is not None else None
        self.url_match = url_match.match if url_match is not None else None
        self.specials = rules.specials
        self.phrases: dict[tuple[str, ...], str] = {tuple(v): k for k, v in rules.phrases.items()}
        self.phrase_lengths = sorted({len(v) for v in self.phrases}, reverse=True)
        self.phrase_starts = frozenset(v[0] for v in self.phrases)
        self._cache: dict[str, list[str]] = {}

    # The chunk loop ------------------------------------------------------

    def __call__(self, string: str) -> list[tuple[str, int, str]]:
        # spaCy walks the characters; runs of space and non-space are the same
        # walk. One space after a token is its whitespace; any other run of
        # whitespace (the first of the text, `\n`, a second space) is a token.
        tokens: list[tuple[str, int, str]] = []
        append = tokens.append
        specials, cache = self.specials, self._cache
        at = 0
        for run in _RUNS.findall(string):
            start, at = at, at + len(run)
            if run[0] == " " and tokens and not tokens[-1][2]:
                last = tokens[-1]
                tokens[-1] = (last[0], last[1], " ")
                if len(run) == 1:
                    continue
                run, start = run[1:], start + 1
            pieces = specials.get(run) or cache.get(run)
            if pieces is None:
                pieces = self.split(run, with_specials=True)
                if len(cache) < 10000:
                    cache[run] = pieces
            for piece in pieces:
                append((piece, start, ""))
                start += len(piece)
        return self._apply_phrases(tokens) if self.phrases else tokens

    # `_split_affixes` and `_attach_tokens` --------------------------------

    def _find(self, search: Any, string: str) -> int:
        if search is None:
            return 0
        m = search(string)
        return m.end() - m.start() if m is not None else 0

    def split(self, string: str, with_specials: bool) -> list[str]:
        """One whitespace-free chunk -> the texts of its tokens."""
        specials = self.specials if with_specials else {}
        prefixes: list[str] = []
        suffixes: list[str] = []
        last_size = 0
        while string and len(string) != last_size:
            if self.token_match and self.token_match(string):
                break
            if string in specials:
                break
            last_size = len(string)
            pre_len = self._find(self.prefix_search, string)
            prefix = minus_pre = ""
            if pre_len:
                prefix, minus_pre = string[:pre_len], string[pre_len:]
                if minus_pre and minus_pre in specials:
                    string = minus_pre
                    prefixes.append(prefix)
                    break
            suf_len = self._find(self.suffix_search, string[pre_len:])
            suffix = minus_suf = ""
            if suf_len:
                suffix, minus_suf = string[-suf_len:], string[:-suf_len]
                if minus_suf and minus_suf in specials:
                    string = minus_suf
                    suffixes.append(suffix)
                    break
            if pre_len and suf_len and (pre_len + suf_len) <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        tokens = list(prefixes)
        if string:
            if string in specials:
                tokens.extend(specials[string])
            elif (self.token_match and self.token_match(string)) or (
                self.url_match and self.url_match(string)
            ):
                tokens.append(string)
            else:
                matches = list(self.infix_finditer(string)) if self.infix_finditer else []
                if not matches:
                    tokens.append(string)
                else:
                    start = 0
                    for match in matches:
                        infix_start, infix_end = match.start(), match.end()
                        if infix_start == 0:
                            continue
                        if infix_start != start:
                            tokens.append(string[start:infix_start])
                        if infix_start != infix_end:
                            tokens.append(string[infix_start:infix_end])
                        start = infix_end
                    if string[start:]:
                        tokens.append(string[start:])
        tokens.extend(reversed(suffixes))
        return tokens

    def needs_phrase(self, string: str) -> bool:
        """Whether spaCy also looks for this special case over tokens (`add_special_case`)."""
        return bool(
            self._find(self.prefix_search, string)
            or (self.infix_finditer and list(self.infix_finditer(string)))
            or self._find(self.suffix_search, string)
            or " " in string
        )

    # `_apply_special_cases` --------------------------------------------------

    def _apply_phrases(self, tokens: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
        texts = [t[0] for t in tokens]
        found: list[tuple[int, int]] = []
        for i, text in enumerate(texts):
            if text in self.phrase_starts:
                for length in self.phrase_lengths:
                    if i + length <= len(texts) and tuple(texts[i : i + length]) in self.phrases:
                        found.append((i, i + length))
        if not found:
            return tokens
        # spaCy's `_filter_special_spans`: longest first, then leftmost; a
        # span refused still marks its tokens as seen.
        found.sort(key=lambda s: (s[0] - s[1], s[0]))
        seen: set[int] = set()
        kept: dict[int, int] = {}
        for start, end in found:
            if start not in seen and end - 1 not in seen:
                kept[start] = end
            seen.update(range(start, end))
        out: list[tuple[str, int, str]] = []
        i = 0
        while i < len(tokens):
            if i not in kept:
                out.append(tokens[i])
                i += 1
                continue
            end = kept[i]
            text = "".join(t[0] + t[2] for t in tokens[i : end - 1]) + tokens[end - 1][0]
            pieces = self.specials.get(text)
            if pieces is None:
                out.extend(tokens[i:end])
            else:
                at = tokens[i][1]
                for piece in pieces[:-1]:
                    out.append((piece, at, ""))
                    at += len(piece)
                out.append((pieces[-1], at, tokens[end - 1][2]))
            i = end
        return out


def tokenize(
    text: str,
    tokenizer: Tokenizer,
    classify: Callable[[str], str | None],
    split_glued: Callable[[str], list[str]],
) -> list[Token]:
    """Tokens of `text` with their word class (`norm_`, "" when none).

    A token classed `glued` (`8mars`) is split into the pieces `split_glued`
    gives, as `dates.GlueSplittingTokenizer` does after spaCy's tokenizer.
    """
    tokens: list[Token] = []
    for piece, at, ws in tokenizer(text):
        norm = classify(piece) or ""
        if norm.endswith("glued"):
            pieces = split_glued(piece)
            if len(pieces) > 1:
                for k, p in enumerate(pieces):
                    last = k == len(pieces) - 1
                    tokens.append(Token(p, at, ws if last else "", classify(p) or ""))
                    at += len(p)
                continue
        tokens.append(Token(piece, at, ws, norm))
    return tokens


# --------------------------------------------------------------------------
# The matcher

_ATTRS = ("ORTH", "LOWER", "SHAPE", "NORM", "SPACY")
_OPS = ("?", "*", "+", "1")


def supports(patterns: Sequence[dict[str, Any]]) -> bool:
    """Whether every pattern (as given to spaCy's Matcher) stays in this module's subset."""
    for entry in patterns:
        for spec in entry["pattern"]:
            for key, value in spec.items():
                if key == "OP":
                    if value not in _OPS:
                        return False
                elif key not in _ATTRS or (isinstance(value, dict) and set(value) != {"IN"}):
                    return False
    return True


Test = Callable[[Token], bool]


@lru_cache(maxsize=1 << 14)
def _shape(text: str) -> str:
    """spaCy's word shape: `2021` -> `dddd`, `Mars` -> `Xxxx`, runs cut at four."""
    if len(text) >= 100:
        return "LONG"
    out = []
    last = ""
    seq = 0
    for char in text:
        if char.isalpha():
            c = "X" if char.isupper() else "x"
        elif char.isdigit():
            c = "d"
        else:
            c = char
        if c == last:
            seq += 1
        else:
            seq = 0
            last = c
        if seq < 4:
            out.append(c)
    return "".join(out)


def _get(attr: str) -> Callable[[Token], Any]:
    if attr == "ORTH":
        return lambda t: t.text
    if attr == "LOWER":
        return lambda t: t.lower_
    if attr == "SHAPE":
        return lambda t: _shape(t.text)
    if attr == "NORM":
        return lambda t: t.norm_ or t.lower_
    return lambda t: bool(t.whitespace_)  # SPACY


def _value_test(attr: str, value: Any) -> Test:
    get = _get(attr)
    if isinstance(value, dict):
        allowed = frozenset(value["IN"])
        return lambda t: get(t) in allowed
    return lambda t: get(t) == value


@dataclass(frozen=True)
class _Element:
    op: str
    test: Test
    #: `(attr, values)` of the element's first value test: what indexes a pattern
    #: by the tokens that can start it (None: an element with SPACY alone).
    key: tuple[str, frozenset[Any]] | None


def _element(spec: dict[str, Any]) -> _Element:
    tests = [_value_test(k, v) for k, v in spec.items() if k != "OP"]
    test = tests[0] if len(tests) == 1 else (lambda t: all(one(t) for one in tests))
    key = None
    for attr, value in spec.items():
        if attr not in ("OP", "SPACY"):
            values = value["IN"] if isinstance(value, dict) else [value]
            key = (attr, frozenset(values))
            break
    return _Element(str(spec.get("OP", "1")), test, key)


class TokenMatcher:
    """Matches `(label, pattern)` entries on token lists; see the module docstring."""

    def __init__(self, entries: Sequence[tuple[str, list[dict[str, Any]]]]):
        self.labels: list[str] = []
        self.patterns: list[tuple[str, list[_Element]]] = []
        # Which patterns a token can start: (attr, value) -> pattern numbers, from
        # the elements up to the first one that must match. A pattern whose start
        # cannot be indexed is tried everywhere.
        self.index: dict[tuple[str, Any], list[int]] = {}
        self.anywhere: list[int] = []
        for label, pattern in entries:
            if label not in self.labels:
                self.labels.append(label)
            elements = [_element(spec) for spec in pattern]
            number = len(self.patterns)
            self.patterns.append((label, elements))
            keys: set[tuple[str, Any]] = set()
            for element in elements:
                if element.key is None:
                    keys = set()
                    break
                attr, values = element.key
                keys.update((attr, v) for v in values)
                if element.op in ("1", "+"):
                    break
            else:
                keys = set()  # every element optional: it may start anywhere
            if keys:
                for key in keys:
                    self.index.setdefault(key, []).append(number)
            else:
                self.anywhere.append(number)
        self.attrs = sorted({attr for attr, _ in self.index})
        self._start_cache: dict[str, tuple[int, ...]] = {}

    def _starts(self, token: Token) -> tuple[int, ...]:
        # Every attribute indexed is a function of the text (NORM is its class).
        found = self._start_cache.get(token.text)
        if found is None:
            found = self._find_starts(token)
            if len(self._start_cache) < 1 << 14:
                self._start_cache[token.text] = found
        return found

    def _find_starts(self, token: Token) -> tuple[int, ...]:
        found = list(self.anywhere)
        for attr in self.attrs:
            if attr == "ORTH":
                value: Any = token.text
            elif attr == "LOWER":
                value = token.lower_
            elif attr == "SHAPE":
                value = _shape(token.text)
            else:
                value = token.norm_ or token.lower_
            found.extend(self.index.get((attr, value), ()))
        return tuple(sorted(set(found)))

    def __call__(self, tokens: Sequence[Token]) -> list[Span]:
        pairs: dict[str, set[tuple[int, int]]] = {}
        start_cache = self._start_cache
        for start, token in enumerate(tokens):
            numbers = start_cache.get(token.text)
            for number in self._starts(token) if numbers is None else numbers:
                label, elements = self.patterns[number]
                for end in _ends(elements, tokens, start):
                    if end > start:
                        pairs.setdefault(label, set()).add((start, end))
        kept: list[Span] = []
        n = len(tokens)
        for label in self.labels:  # spaCy's greedy="LONGEST", label by label
            taken = [False] * n
            for start, end in sorted(pairs.get(label, ()), key=lambda p: (p[0] - p[1], p[0])):
                if not any(taken[start:end]):
                    kept.append(Span(tokens, start, end, label))
                    taken[start:end] = [True] * (end - start)
        return filter_spans(kept)


def _ends(elements: Sequence[_Element], tokens: Sequence[Token], start: int) -> set[int]:
    """Every token index where `elements` can end, starting at token `start`."""
    states = {start}
    n = len(tokens)
    for element in elements:
        op, test = element.op, element.test
        reached = set(states) if op in ("?", "*") else set()
        for j in states:
            while j < n and test(tokens[j]):
                j += 1
                reached.add(j)
                if op in ("?", "1"):
                    break
        if not reached:
            return reached
        states = reached
    return states


def filter_spans(spans: Sequence[Span]) -> list[Span]:
    """The longest spans, the first of equal ones, none overlapping (spaCy's rule)."""
    ordered = sorted(spans, key=lambda s: (s.end - s.start, -s.start), reverse=True)
    seen: set[int] = set()
    out = []
    for span in ordered:
        if span.start not in seen and span.end - 1 not in seen:
            out.append(span)
            seen.update(range(span.start, span.end))
    return sorted(out, key=lambda s: s.start)
