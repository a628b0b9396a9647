"""The spaCy components: a blank French pipeline with vnextract's rule-based stages.

`get_pipeline()` builds, once per process, `spacy.blank("fr")` with three
registered components:

- `vnx_sentences`: sentence and paragraph boundaries of wire copy (rules);
- `vnx_quantities`: `doc.spans["quantities"]`, each span carrying its
  `Quantity` in `span._.quantity` (from `vnextract.recognizers.quantities`);
- `vnx_dates`: `doc.spans["dates"]`, each span carrying its `DateMention` in
  `span._.date` (from `vnextract.recognizers.dates`).

No statistical model runs here: the rules read everything they need from
the text. They are plain functions of the text (`split_sentences`,
`quantities.recognize_quantities`, `dates.find_dates`); the components wrap
them for users who want spans on a spaCy `Doc`. The extractor itself
(`pipeline.process_source`) calls the functions directly: nothing in it reads
the tokens of a whole-article Doc, and tokenizing every article cost more
than any of the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from vnextract.resources import load_toml

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


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
    return not (len(word) == 1 and word.isupper())


def split_sentences(text: str) -> list[SentenceSpan]:
    """Sentence spans of cleaned text; lines and paragraphs always end a sentence.

    A sentence ends at . ! ? … (and closing quotes) followed by a space and a
    capital, a digit or an opening quote (`lancée le 12 mars 2019. 55 provinces`).
    """
    out: list[SentenceSpan] = []
    para = 0
    for block in re.finditer(r"[^\n]+|\n\n+|\n", text):
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


class _TextKeeper:
    """The tokenizer, keeping the text it was given in `doc.user_data` (no need to join it back).

    spaCy's tokenizer is non-destructive (`doc.text == text`), so this is the very
    string `doc.text` would rebuild from the tokens.
    """

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data["vnx_text"] = text
        return doc

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


def _text(doc: Doc) -> str:
    """`doc.text`, without joining it from the tokens once per component.

    Safe to keep: no retokenization changes a doc's text.
    """
    text = doc.user_data.get("vnx_text")
    if text is None:
        text = doc.user_data["vnx_text"] = doc.text
    return str(text)


def _set_sent_starts(doc: Doc, starts: set[int]) -> None:
    """`tok.is_sent_start = tok.i == 0 or tok.idx in starts` for every token, in one pass.

    The token setter checks the whole doc for a parse at every call (quadratic in the
    doc's length: a fifth of the pipeline's time on wire copy); this sets the same
    values with one check and one array.
    """
    import numpy
    from spacy.attrs import IDX, SENT_START
    from spacy.errors import Errors

    if len(doc) == 0:
        return
    if doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)
    idx = doc.to_array([IDX]).astype("int64")
    flags = numpy.where(numpy.isin(idx, numpy.fromiter(starts, "int64", len(starts))), 1, -1)
    flags[0] = 1
    # -1 wraps around in uint64 exactly as in spaCy's own `Doc.to_array(SENT_START)`
    column: Any = flags.astype("int64").view("uint64").reshape(-1, 1)
    doc.from_array([SENT_START], column)


_REGISTERED = False


def _register() -> None:
    """Register the components and span extensions with spaCy (idempotent)."""
    global _REGISTERED
    if _REGISTERED:
        return
    from spacy.language import Language
    from spacy.tokens import Span

    for ext in ("quantity", "date"):
        if not Span.has_extension(ext):
            Span.set_extension(ext, default=None)

    @Language.component("vnx_sentences")
    def vnx_sentences(doc: Doc) -> Doc:
        spans = split_sentences(_text(doc))
        doc.user_data["vnx_sentences"] = spans  # with their paragraphs, for the fact builder
        _set_sent_starts(doc, {s.start for s in spans})
        return doc

    @Language.component("vnx_quantities")
    def vnx_quantities(doc: Doc) -> Doc:
        from vnextract.recognizers.quantities import recognize_quantities

        spans = []
        for q in recognize_quantities(_text(doc)):
            span = doc.char_span(q.start, q.end, label=q.kind, alignment_mode="expand")
            if span is not None:
                span._.quantity = q
                spans.append(span)
        doc.spans["quantities"] = spans
        return doc

    @Language.component("vnx_dates")
    def vnx_dates(doc: Doc) -> Doc:
        from vnextract.recognizers.dates import find_dates

        spans = []
        for d in find_dates(_text(doc)):
            span = doc.char_span(d.start, d.end, label=d.kind, alignment_mode="expand")
            if span is not None:
                span._.date = d
                spans.append(span)
        doc.spans["dates"] = spans
        return doc

    _REGISTERED = True


@cache
def get_pipeline() -> Language:
    """The blank French pipeline with vnextract's components, built once per process."""
    from vnextract.nlp.spacy_fr import blank_french

    _register()
    # spacy.blank("fr"), its tokenizer regex compiled from a disk cache (6 s saved per process)
    nlp = blank_french()
    nlp.tokenizer = _TextKeeper(nlp.tokenizer)
    nlp.add_pipe("vnx_sentences")
    nlp.add_pipe("vnx_quantities")
    nlp.add_pipe("vnx_dates")
    return nlp


def component_names() -> list[str]:
    """Names of the pipeline's components (for `--version` style reports)."""
    return ["vnx_sentences", "vnx_quantities", "vnx_dates"]


def _unused(*_: Any) -> None:  # pragma: no cover
    return None
