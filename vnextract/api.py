"""The library API: articles in, `Article` and `Fact` records out.

`extract()` is what a Python user calls; `extract_articles()` is the
streaming form the CLI uses (one result per input, in a stable order, never
raising for a bad input: a failed input yields an `Article` with `error`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from vnextract.facts.lexicon import Lexicon, load_lexicon
from vnextract.inputs.given import Given, given_sources, resolve
from vnextract.inputs.records import RecordFields
from vnextract.inputs.sources import FailedSource, Source
from vnextract.outputs.export import FactRows, ResultRecords
from vnextract.outputs.schemas import record

if TYPE_CHECKING:
    from vnextract.models import Fact

#: Bumped whenever a change can alter the facts extracted from the same bytes (cache key).
EXTRACTOR_VERSION = "1"


class Result(ResultRecords):
    """What one input gave: its article and its facts, as records.

    `article_record` and `rows` hold them as the exports write them (validated
    by the models' schemas, `vnextract.outputs.schemas`); `article` and `facts` give
    them as the pydantic models, built when asked. A result the cache serves
    is an `export.StoredResult`, which answers the same.
    """


#: The error of an input with no article text: empty, blank, captions only, or
#: nothing before its `Voir plus` line (what follows belongs to other articles).
NO_ARTICLE_TEXT = "no article text (empty, or nothing before 'Voir plus')"


def process_source(source: Source, lexicon: Lexicon | None = None) -> Result:
    """Clean, date and extract one decoded article."""
    from vnextract.cleaning.clean import clean
    from vnextract.facts.build import build_facts
    from vnextract.nlp.components import split_sentences
    from vnextract.recognizers.dates import find_dates
    from vnextract.recognizers.published import publication_date
    from vnextract.recognizers.quantities import find_quantities

    lex = lexicon or load_lexicon()
    ct = clean(source.raw)
    if not ct.text.strip():
        # An empty scrape is a failed input the operator must see (exit code 1),
        # not an article that happens to have no figures.
        return source_failed(source, NO_ARTICLE_TEXT)
    # The rules of the `vnx_*` spaCy components, called on the text directly: nothing
    # here reads the tokens of a whole-article Doc, and tokenizing it cost more than any
    # rule (the date finder tokenizes only the windows around its candidates).
    quantities = find_quantities(ct.text)
    dates = find_dates(ct.text)
    sentences = split_sentences(ct.text)
    pub = publication_date(
        ct, dates, given=source.published, given_source=source.published_source or "record"
    )
    facts = build_facts(
        source.doc_id, source.raw, ct, sentences, quantities, dates, pub.published, lex
    )
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


def guarded_process(source: Source, lexicon: Lexicon | None = None) -> Result:
    """`process_source`, where a bug met on one article fails that article only.

    One input must never cost a whole run: an unexpected exception becomes the
    article's `error` (exit code 1) and the other inputs go on. Tests and the
    fuzzer call `process_source` itself, so the bug still shows there.
    """
    try:
        return process_source(source, lexicon)
    except Exception as exc:
        detail = " ".join(str(exc).split())[:200]
        return source_failed(
            source, f"internal error, please report: {type(exc).__name__}: {detail}"
        )


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
    return (
        failed_result(src) if isinstance(src, FailedSource) else guarded_process(src, lex)
        for src in given_sources(resolved, fields)
    )


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
    results = extract_articles(inputs, lexicon, text=text, path=path)
    return [f for r in results for f in r.facts]
