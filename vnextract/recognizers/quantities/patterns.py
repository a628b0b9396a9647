"""French phrases made into regexes, and cues looked for just before a position.

Folding (case, accents, apostrophes), the regex atom of a phrase, one trie-shaped
alternation for many phrases, and `_Before`: a cue that must end just before a
figure, searched only when a cheap substring test says it may be there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# Horizontal white space: a number never spans a line break.
_HS = r"[^\S\r\n]"
_HYPHENS = "-‐‑"
_HY = r"\-‐‑"  # the same, for use inside a regex character class
_SPACES = " \u00a0\u202f\u2009"
_NON_SPACE = re.compile(r"\S*")
_ACCENTS = {
    "a": "aàâä",
    "e": "eéèêë",
    "i": "iîï",
    "o": "oôö",
    "u": "uùûü",
    "c": "cç",
    "y": "yÿ",
}
_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"


@lru_cache(maxsize=8192)
def _fold(word: str) -> str:
    """Lower case, accents removed, typographic apostrophe and spaces made plain."""
    decomposed = unicodedata.normalize("NFD", word.lower().replace("’", "'"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())


def _atoms(phrase: str) -> list[str]:
    """The regex atoms of a French phrase: any accent, any apostrophe, flexible spaces.

    Letters are lower case: the atoms match lower-cased text as they are,
    any case with `re.IGNORECASE`.
    """
    out: list[str] = []
    for char in phrase:
        atom = _atom(char)
        if char.isspace() and out and out[-1] == atom:
            continue
        out.append(atom)
    return out


@lru_cache(maxsize=1024)
def _atom(char: str) -> str:
    """The regex atom of one character of a phrase (see `_atoms`)."""
    if char.isspace():
        return _HS + "+"
    if char in "'’":
        return "['’]"
    if char in _HYPHENS:
        return f"{_HS}*[{_HY}]{_HS}*"
    base = _fold(char) if char.strip() else " "
    if len(base) == 1 and base in _ACCENTS:
        return "[" + "".join(sorted(set(_ACCENTS[base]) | {char.lower()})) + "]"
    return re.escape(char.lower()) if char.isalpha() else re.escape(char)


def _alternation(phrases: Iterable[str], case_sensitive: Iterable[str] = ()) -> str:
    """One regex for many phrases, as a trie so that scanning stays fast.

    At every node the longer continuation is tried first, so the longest
    phrase wins (`dollars australiens` over `dollars`); the phrases in
    `case_sensitive` (ISO codes) are matched as written.
    """
    exact = sorted(set(case_sensitive), key=lambda p: (-len(p), p))
    trie: dict[str, Any] = {}
    for phrase in set(phrases) - set(exact):
        node = trie
        for atom in _atoms(phrase):
            node = node.setdefault(atom, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        terminal = "" in node
        branches = [atom + render(child) for atom, child in sorted(node.items()) if atom]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if terminal:
            return f"(?:{body})?"
        return body

    parts = [f"(?-i:{re.escape(p)})" for p in exact]
    if trie:
        parts.append(render(trie))
    return "(?:" + "|".join(parts) + ")"


def _initials(phrases: Iterable[str]) -> str:
    """A look-ahead on the first characters of `phrases`: it lets the regex engine
    skip to candidate positions with a fast character-set scan."""
    chars: set[str] = set()
    for phrase in phrases:
        first = phrase[:1]
        if not first:
            continue
        base = _fold(first)
        chars |= {first, first.lower(), first.upper(), base, base.upper()}
        if base in _ACCENTS:
            chars |= set(_ACCENTS[base]) | {c.upper() for c in _ACCENTS[base]}
    return "(?=[" + re.escape("".join(sorted(chars))) + "])"


def _is_code(name: str) -> bool:
    """ISO codes and symbols are matched as written (`ILS` is a code, `ils` a pronoun)."""
    return not any(c.islower() for c in name) or not any(c.isalpha() for c in name)


_OPENING = "([{«\"“'‘"


@lru_cache(maxsize=512)  # asked for the same position by several cues
def _word_before(text: str, pos: int) -> str:
    """The folded chunk of text ending just before `pos` (spaces skipped): `de`, `n°`, `US$`."""
    parts = text[max(0, pos - 30) : pos].split()
    if not parts:
        return ""
    word = _fold(parts[-1].lstrip(_OPENING))
    cut = word.rfind("'", 0, len(word) - 1)
    # `l'article`, `qu'environ`: the elided article is not part of the cue word.
    return word[cut + 1 :] if cut >= 0 and word[:cut] not in ("jusqu", "aujourd") else word


def _last_words(phrases: Iterable[str]) -> frozenset[str]:
    """The folded last words of cue phrases (`plus de` -> `de`, `plus d'` -> `d'`)."""
    words = set()
    for phrase in phrases:
        parts = _fold(phrase).split()
        if parts:
            words.add(parts[-1])
    return frozenset(words)


@dataclass(frozen=True)
class _Before:
    """A cue that must end just before a position (`plus de` before `2.800`).

    The regex is only run when the word before the position can end a cue,
    or when one of `stems` occurs in the window: cheap tests that spare a
    regex scan on almost every number.
    """

    pattern: re.Pattern[str]
    last_words: frozenset[str] = frozenset()
    stems: tuple[str, ...] = ()
    window: int = 40

    def search(self, text: str, pos: int, floor: int = 0) -> re.Match[str] | None:
        lo = max(floor, pos - self.window)
        if self.stems:
            chunk = text[lo:pos].lower()
            if not any(stem in chunk for stem in self.stems):
                return None
        elif self.last_words and _word_before(text, pos) not in self.last_words:
            return None
        return self.pattern.search(text, lo, pos)


def _stems(phrases: Iterable[str]) -> tuple[str, ...]:
    """The first four letters of each phrase, accented and folded."""
    out = set()
    for phrase in phrases:
        low = phrase.lower()
        out.add(low[:4])
        out.add(_fold(low)[:4])
    return tuple(sorted(out))
