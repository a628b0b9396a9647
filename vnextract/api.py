"""The library API: articles in, `Article` and `Fact` records out.

`extract()` is what a Python user calls; `extract_articles()` is the
streaming form the CLI uses (one result per input, in a stable order, never
raising for a bad input: a failed input yields an `Article` with `error`).
Both clean each article and run the cleaned texts through the spaCy pipeline
of `vnextract.load_nlp()` with `nlp.pipe` (`vnextract.nlp.components`); the
worker processes call `guarded_process`, the same path for one article.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from vnextract.facts.lexicon import Lexicon, load_lexicon
from vnextract.inputs.given import Given, given_sources, resolve
from vnextract.inputs.records import RecordFields
from vnextract.inputs.sources import FailedSource, Source
from vnextract.models import record
from vnextract.outputs.export import FactRows, ResultRecords

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from vnextract.models import Fact

#: Bumped whenever a change can alter the facts extracted from the same bytes (cache key).
EXTRACTOR_VERSION = "1"


class Result(ResultRecords):
    """What one input gave: its article and its facts, as records.

    `article_record` and `rows` hold them as the exports write them (validated
    by the pydantic models, `vnextract.models.record`); `article` and `facts` give
    them as the pydantic models, built when asked. A result the cache serves
    is an `export.StoredResult`, which answers the same.
    """


#: The error of an input with no article text: empty, blank, captions only, or
#: nothing before its `Voir plus` line (what follows belongs to other articles).
NO_ARTICLE_TEXT = "no article text (empty, or nothing before 'Voir plus')"


#: Where `extract` says which articles gave no result (stderr, one line each).
_log = logging.getLogger("vnextract")


def process_source(source: Source, lexicon: Lexicon | None = None) -> Result:
    """Clean, date and extract one decoded article; a bug raises (tests and the fuzzer)."""
    return next(_results([source], lexicon or load_lexicon(), guarded=False))


def guarded_process(source: Source, lexicon: Lexicon | None = None) -> Result:
    """`process_source`, where a bug met on one article fails that article only.

    One input must never cost a whole run: an unexpected exception becomes the
    article's `error` (exit code 1) and the other inputs go on. Tests and the
    fuzzer call `process_source` itself, so the bug still shows there.
    """
    return next(_results([source], lexicon or load_lexicon(), guarded=True))


def _results(
    items: Iterable[Source | FailedSource], lex: Lexicon, *, guarded: bool = True
) -> Iterator[Result]:
    """One result per item, in order: the articles piped through the spaCy pipeline.

    Each cleaned text goes through `nlp.pipe` as a Doc carrying its article
    (`doc._.article`), with its `Source` as the context (`as_tuples`). Inputs
    that need no pipeline (unreadable, or no article text) wait in `queue` for
    the articles before them. The pipeline's components work on one doc at a
    time, so when one raises, the article fed last is the one that failed:
    guarded, it gets the error and the same feed goes on with a new pipe.
    """
    from vnextract.cleaning.clean import clean
    from vnextract.nlp.components import ArticleContext, shared_nlp

    nlp = shared_nlp()
    queue: deque[Result | Source] = deque()

    def feed() -> Iterator[tuple[Doc, Source]]:
        for item in items:
            if isinstance(item, FailedSource):
                queue.append(failed_result(item))
                continue
            try:
                ct = clean(item.raw)
                if not ct.text.strip():
                    # An empty scrape is a failed input the operator must see (exit
                    # code 1), not an article that happens to have no figures.
                    queue.append(source_failed(item, NO_ARTICLE_TEXT))
                    continue
                doc = nlp.make_doc(ct.text)
            except Exception as exc:
                if not guarded:
                    raise
                queue.append(_internal_error(item, exc))
                continue
            doc._.article = ArticleContext(
                item.doc_id,
                item.raw,
                ct,
                published=item.published,
                published_source=item.published_source or "record",
                lexicon=lex,
            )
            queue.append(item)
            yield doc, item

    def ready() -> Iterator[Result]:
        while queue and isinstance(queue[0], Result):
            yield queue.popleft()  # type: ignore[misc]

    docs = feed()
    while True:
        try:
            for doc, source in nlp.pipe(docs, as_tuples=True):
                yield from ready()
                queue.popleft()
                try:
                    result = _article_result(doc, source)
                except Exception as exc:
                    if not guarded:
                        raise
                    result = _internal_error(source, exc)
                yield result
        except Exception as exc:
            if not guarded:
                raise
            yield from ready()
            failed = queue.popleft()
            assert isinstance(failed, Source)
            yield _internal_error(failed, exc)
            continue
        break
    yield from ready()


def _article_result(doc: Doc, source: Source) -> Result:
    """The result of an article the pipeline went through."""
    ct = doc._.article.clean
    pub = doc._.published
    facts = doc._.facts
    article = record(
        "Article",
        doc_id=source.doc_id,
        path=source.path,
        title=ct.title,
        published=pub.published,
        published_source=pub.source,
        facts=len(facts),
        sha256=source.sha256,
        encoding=source.encoding,
    )
    return Result(article, FactRows(facts), text=source.raw if source.derived else None)


def _internal_error(source: Source, exc: Exception) -> Result:
    detail = " ".join(str(exc).split())[:200]
    return source_failed(source, f"internal error, please report: {type(exc).__name__}: {detail}")


def source_failed(source: Source, reason: str) -> Result:
    """The article record of a decoded input that gave no result, with the reason."""
    return Result(
        record(
            "Article",
            doc_id=source.doc_id,
            path=source.path,
            sha256=source.sha256,
            encoding=source.encoding,
            error=reason,
        )
    )


def failed_result(failed: FailedSource) -> Result:
    """The article record of an input that could not be read."""
    return Result(
        record(
            "Article",
            doc_id=failed.doc_id,
            path=failed.path,
            sha256=failed.sha256,
            error=failed.reason,
        )
    )


def extract_articles(
    inputs: Iterable[Given] | Given | None = None,
    lexicon: Lexicon | str | Path | None = None,
    fields: RecordFields | None = None,
    *,
    text: str | Iterable[str] | None = None,
    path: Given | Iterable[Given] | None = None,
) -> Iterator[Result]:
    """Stream one `Result` per article of the inputs (files, folders or strings of text).

    Args:
        inputs: a path, a folder, a string of article text, or an iterable of them; a
            `Path` is a path, a `str` is read by its form (`vnextract.inputs.given`):
            one word is a path, words with spaces are text.
        lexicon: a `Lexicon`, or the path of a user vocabulary file merged into the built-in one.
        fields: names of the text, id and date fields of `.jsonl`/`.json` records.
        text: article text (a string, or an iterable of them), never read as a path.
        path: files and folders (a path, or an iterable of them), never read as text.

    Returns:
        An iterator of results in input order (folders expanded in name order).

    Raises:
        FileNotFoundError: at the call, for a path that does not exist.
        TypeError: when the articles are given more than one way, or none.
    """
    resolved = resolve(inputs, text=text, path=path)
    lex = lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)
    # Not a generator itself: a missing path raises here, at the call.
    return _results(given_sources(resolved, fields), lex)


def extract(
    inputs: Iterable[Given] | Given | None = None,
    lexicon: Lexicon | str | Path | None = None,
    *,
    text: str | Iterable[str] | None = None,
    path: Given | Iterable[Given] | None = None,
) -> list[Fact]:
    """Extract the facts of articles given as paths, folders or strings of text.

    Args:
        inputs: a path, a folder, a string of article text, or an iterable of them; a
            `Path` is a path, a `str` is read by its form (`vnextract.inputs.given`):
            one word is a path, words with spaces are text.
        lexicon: a `Lexicon`, or the path of a user vocabulary file merged into the built-in one.
        text: article text (a string, or an iterable of them), never read as a path.
        path: files and folders (a path, or an iterable of them), never read as text.

    Returns:
        Every fact, ordered by article then by position in the article.

    Raises:
        FileNotFoundError: for a path that does not exist.
        TypeError: when the articles are given more than one way, or none.

    Example:
        >>> from vnextract import extract
        >>> facts = extract(text="Hanoï, 10 mars (VNA) - Le portail a reçu 116 millions de visites")
        >>> facts = extract(path="data/raw")
    """
    facts: list[Fact] = []
    for r in extract_articles(inputs, lexicon, text=text, path=path):
        if r.article.error:
            # (an article that gave no result says why on stderr, as a run does in its table)
            _log.warning("vnextract: warning: %s: %s", r.article.doc_id, r.article.error)
        facts.extend(r.facts)
    return facts
