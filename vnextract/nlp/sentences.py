"""Sentences and paragraphs of cleaned wire copy, by rules (`data/sentences.toml`).

`split_sentences` is what the `vnx_sentences` component (`vnextract.nlp.components`)
runs: the fact builder reads each figure's sentence and paragraph from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vnextract.recognizers.forms import SPACED_THOUSANDS_DOT
from vnextract.resources import load_toml


@dataclass(frozen=True)
class SentenceSpan:
    """A sentence of the cleaned text: offsets and the paragraph it belongs to."""

    start: int
    end: int
    paragraph: int


_BOUNDARY = re.compile(r"[.!?…]+[»\")\]]*(?=\s+[«\"(\[]?[A-ZÀ-ÖØ-Þ0-9])")
_WORD_BEFORE = re.compile(r"([\w°.-]+)$")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(load_toml("sentences.toml")["abbreviations"])


def _ends_sentence(chunk: str, m: re.Match[str]) -> bool:
    """A period after an abbreviation or a lone capital (an initial) ends nothing."""
    if not m.group(0).startswith("."):
        return True
    # the word cannot hold a space: searched from 0, the regex would try every position
    w = _WORD_BEFORE.search(chunk, chunk.rfind(" ", 0, m.start()) + 1, m.start())
    word = w.group(1) if w else ""
    if word in _abbreviations():
        return False
    if word.isdigit() and _SPACED_DOT.match(chunk, m.start() - len(word)):
        return False  # `47. 937 téléchargements`: a thousands dot a scraper spaced
    return not (len(word) == 1 and word.isupper())


_SPACED_DOT = re.compile(SPACED_THOUSANDS_DOT)


#: A line, with the lines that continue it: a page wrapped by hand (`ne pointait qu'au 66e
#: rang mondial\net au 6e rang aséanien`, `Sur les 10 pays de l'ASEAN, il est le\n6e pays`)
#: breaks a sentence where no punctuation ends it and the next line goes on in lower case or
#: with a figure. Else a run of newlines.
_LINES = re.compile(r"(?:[^\n]|(?<![.!?…:;»\"|)\]\s])\n(?=[a-zà-öø-ÿ0-9]))+|\n\n+|\n")


def split_sentences(text: str) -> list[SentenceSpan]:
    """Sentence spans of cleaned text; lines and paragraphs end a sentence, except a line
    wrapped by hand that the next goes on in lower case.

    A sentence ends at . ! ? … (and closing quotes) followed by a space and a
    capital, a digit or an opening quote (`lancée le 12 mars 2019. 55 provinces`).
    """
    out: list[SentenceSpan] = []
    para = 0
    for block in _LINES.finditer(text):
        chunk = block.group(0)
        if chunk.startswith("\n"):
            if len(chunk) > 1:
                para += 1
            continue
        start = block.start()
        for m in _BOUNDARY.finditer(chunk):
            if not _ends_sentence(chunk, m):
                continue
            end = block.start() + m.end()
            _add(text, start, end, para, out)
            start = end
        _add(text, start, block.end(), para, out)
    return out


#: A longer "sentence" (a table dump, a page without punctuation) is cut at a space: facts
#: are built by reading the sentence around each figure, so one 100 000-character sentence
#: full of figures took minutes. Wire sentences stay far below (the samples: 645 at most).
MAX_SENTENCE = 1500


def _add(text: str, start: int, end: int, para: int, out: list[SentenceSpan]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        out.append(SentenceSpan(start, cut, para))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(SentenceSpan(start, end, para))
