"""vnextract's spaCy pipeline: registered components on a blank French `Language`.

`load_nlp()` returns `French` (`vnextract.nlp.french`) with, in order:

- `vnx_dates`: `doc.spans["dates"]`, each span labelled "date" or "period" and
  carrying its `DateMention` in `span._.date` (`vnextract.recognizers.dates`);
- `vnx_sentences`: sentence starts (`doc.sents`), and the sentences with their
  paragraphs in `doc._.sentences` (`SentenceSpan`, rules of `data/sentences.toml`);
- `vnx_quantities`: `doc.spans["quantities"]`, each span labelled with the
  quantity's kind and carrying its record in `span._.quantity` (the fields of
  `models.Quantity`, `vnextract.recognizers.quantities`);
- `vnx_published`: `doc._.published`, the article's publication date and where
  it came from (`Publication`, `vnextract.recognizers.published`);
- `vnx_facts`: `doc._.facts`, the article's facts as `Fact` records: dicts in
  the contract's field order, validated by the `Fact` model, exactly what the
  exports write (`vnextract.Fact(**record)` gives the model).

The factories are registered with `Language.factory` when this module is
imported (which `vnextract.load_nlp` does) and through the `spacy_factories`
entry points, so `nlp.add_pipe("vnx_dates", config=...)` works on any pipeline.

A doc made from a text alone is taken as cleaned text with no metadata. The
extractor (`vnextract.api`) gives each doc its article in `doc._.article`
(`ArticleContext`: the raw text and offsets back to it, the id, a date given by
the container, the vocabulary) before piping it through.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from vnextract.nlp.french import French, doc_text
from vnextract.nlp.sentences import MAX_SENTENCE, SentenceSpan, split_sentences

if TYPE_CHECKING:
    from vnextract.cleaning.clean import CleanText
    from vnextract.facts.lexicon import Lexicon

__all__ = [
    "COMPONENTS",
    "MAX_SENTENCE",
    "ArticleContext",
    "SentenceSpan",
    "blank_french",
    "load_nlp",
    "split_sentences",
]

#: The components of `load_nlp()`, in pipeline order.
COMPONENTS = ("vnx_dates", "vnx_sentences", "vnx_quantities", "vnx_published", "vnx_facts")


@dataclass(frozen=True)
class ArticleContext:
    """What the components need of an article besides its cleaned text (`doc._.article`)."""

    doc_id: str
    raw: str
    clean: CleanText
    published: str | None = None  # given by the container (HTML metadata, a record field)
    published_source: str = "record"
    lexicon: Lexicon | None = None  # None: the component's own (its `lexicon_path`)

    @classmethod
    def of_text(cls, text: str) -> ArticleContext:
        """A text taken as an article already cleaned: its own raw text, no metadata."""
        from vnextract.cleaning.clean import CleanText

        return cls("text", text, CleanText(text, list(range(len(text))), len(text)))


for _name in ("quantity", "date"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
for _name in ("article", "sentences", "published", "facts", "quantities", "date_mentions"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _article(doc: Doc) -> ArticleContext:
    ctx = doc._.article
    if ctx is None:
        ctx = doc._.article = ArticleContext.of_text(doc_text(doc))
    return ctx


@Language.factory(
    "vnx_dates",
    assigns=["doc.spans", "span._.date", "doc._.date_mentions"],
    default_config={"lexicon_path": None, "patterns_path": None},
)
def make_dates(
    nlp: Language, name: str, lexicon_path: str | None, patterns_path: str | None
) -> Any:
    """Date mentions (`doc.spans["dates"]`); a user calendar or pattern file may replace ours."""
    from vnextract.recognizers.dates import load_lexicon, load_patterns
    from vnextract.recognizers.dates.matching import DateRecognizer

    return DateRecognizer(nlp.vocab, load_lexicon(lexicon_path), load_patterns(patterns_path))


@Language.factory("vnx_sentences", assigns=["token.is_sent_start", "doc._.sentences"])
def make_sentences(nlp: Language, name: str) -> Any:
    """Sentence and paragraph boundaries of wire copy."""
    return _sentences


def _sentences(doc: Doc) -> Doc:
    spans = split_sentences(doc_text(doc))
    doc._.sentences = spans
    _set_sent_starts(doc, {s.start for s in spans})
    return doc


@Language.factory("vnx_quantities", assigns=["doc.spans", "span._.quantity", "doc._.quantities"])
def make_quantities(nlp: Language, name: str) -> Any:
    """Quantities (`doc.spans["quantities"]`)."""
    return _quantities


def _quantities(doc: Doc) -> Doc:
    from vnextract.recognizers.quantities import find_quantities

    spans = []
    found = find_quantities(doc_text(doc))
    for i, q in enumerate(found):
        span = doc.char_span(q.start, q.end, label=q.kind, alignment_mode="expand", span_id=i)
        if span is not None:
            span._.quantity = q
            spans.append(span)
    doc.spans["quantities"] = spans
    # the records themselves, in order: a span's `_` values are keyed by its character
    # offsets, so two quantities in one token (`12/63`) share one span's value; the facts
    # are read from this list
    doc._.quantities = found
    return doc


@Language.factory("vnx_published", assigns=["doc._.published"], requires=["doc._.date_mentions"])
def make_published(nlp: Language, name: str) -> Any:
    """The publication date, from the container's date, the scraper's header or the text."""
    return _published


def _published(doc: Doc) -> Doc:
    from vnextract.recognizers.published import publication_date

    ctx = _article(doc)
    dates = doc._.date_mentions or []
    doc._.published = publication_date(
        ctx.clean, dates, given=ctx.published, given_source=ctx.published_source
    )
    return doc


@Language.factory(
    "vnx_facts",
    assigns=["doc._.facts"],
    requires=["doc._.sentences", "doc._.published", "doc._.quantities", "doc._.date_mentions"],
    default_config={"lexicon_path": None},
)
def make_facts(nlp: Language, name: str, lexicon_path: str | None) -> Any:
    """The facts (`doc._.facts`), with the built-in vocabulary merged with a user file."""
    from vnextract.facts.lexicon import load_lexicon

    return FactBuilder(load_lexicon(lexicon_path))


class FactBuilder:
    """The `vnx_facts` component: facts from the sentences, quantities and dates of a doc."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        from vnextract.facts.build import build_facts

        ctx = _article(doc)
        published = doc._.published.published if doc._.published is not None else ctx.published
        doc._.facts = build_facts(
            ctx.doc_id,
            ctx.raw,
            ctx.clean,
            doc._.sentences or [],
            doc._.quantities or [],
            doc._.date_mentions or [],
            published,
            ctx.lexicon or self.lexicon,
        )
        return doc


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


def blank_french() -> Language:
    """A blank French pipeline on vnextract's tokenizer (`vnextract.nlp.french`)."""
    return French()


def load_nlp(lexicon_path: str | None = None) -> Language:
    """vnextract's pipeline: blank French with the `vnx_*` components (a new one per call).

    Args:
        lexicon_path: a user vocabulary file merged into the built-in one (facts).

    Returns:
        A `spacy.Language`; `nlp(cleaned_text)` fills `doc.spans["dates"]`,
        `doc.spans["quantities"]` and `doc._.facts`.
    """
    nlp = blank_french()
    for name in COMPONENTS:
        nlp.add_pipe(name, config={"lexicon_path": lexicon_path} if name == "vnx_facts" else {})
    return nlp


@cache
def shared_nlp() -> Language:
    """The pipeline the extractor runs, built once per process (the tokenizer's regexes
    and the Matcher cost a fraction of a second)."""
    return load_nlp()
