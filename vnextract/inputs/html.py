"""Reading saved web pages: the article's main text and publication date from HTML.

The main text comes from trafilatura (navigation, scripts, footers, share
buttons and related-article boxes are dropped there, not by any parsing of
ours) and the publication date from the page's metadata: htmldate run on the
page's `<head>` (`article:published_time`, JSON-LD `datePublished`, ...) and
its URL. Dates in the body are not taken: on a news page they are the dates
of teasers, of "most read" boxes or of the copyright line, and htmldate,
given the body, picks them when the head has none. A page without a date in
its metadata is dated from its text like a `.txt` file (dateline, header).

The *raw text* of an HTML article, the string its facts are grounded in, is
the page title, a blank line, then the extracted paragraphs separated by
blank lines. It is not the file's content, so the exports write it out
(`texts/<doc_id>.txt`) for a reader to check `text[start:end]`.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from vnextract.inputs.sources import Source, SourceError, decode_bytes, sha256_hex, valid_date

#: htmldate settings: the original publication date (not the last update), no free-text search.
_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}
#: The tags a page opens with, near its start; a plain article never has them.
_PAGE_TAG = re.compile(r"<(?:html|head|body)[\s>]")
#: What a page (or a page's part: a scraper may save the `<div>` of an article) starts with.
#: Not `<script>` or `<img>`: a text file starting with markup it quotes is still text.
_PAGE_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|link|div|main|article"
    r"|section|header|nav|p)[\s/>]"
)


def looks_like_html(text: str) -> bool:
    """True when a decoded text is a web page rather than plain article text.

    It starts (after blanks and a byte-order mark) with `<!doctype html`, or with
    one of the tags a page or a page's part opens with (`<html>`, `<head>`,
    `<meta>`, `<div>`, `<article>`...), or with any tag and has `<html>`, `<head>` or
    `<body>` in its first 2 000 characters (`<?xml`, a comment first): what a
    browser's "save page" or a scraper writes, whatever the file is named.
    """
    head = text[:2000].lstrip("\ufeff \t\r\n").lower()
    if not head.startswith("<"):
        return False
    return _PAGE_START.match(head) is not None or _PAGE_TAG.search(head) is not None


def page_to_text(page: str) -> tuple[str, dict[str, str]]:
    """Extract (raw text, metadata) from the HTML of one page.

    Raises:
        SourceError: when trafilatura finds no article text in the page.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        page, include_comments=False, favor_precision=True, with_metadata=True, deduplicate=False
    )
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise SourceError("no article text found in the HTML page")
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    title = " ".join((getattr(doc, "title", None) or "").split())
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    raw = "\n\n".join(([title] if title else []) + paragraphs) + "\n"
    meta = {"format": "html"}
    for key in ("title", "url", "sitename", "author"):
        value = getattr(doc, key, None)
        if value:
            meta[key] = str(value)
    date = head_date(page, meta.get("url"))
    if date:
        meta["date"] = date
    return raw, meta


_ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def head_date(page: str, url: str | None = None) -> str | None:
    """The publication date in a page's `<head>` metadata or its URL (htmldate), else None."""
    import lxml.html
    from htmldate import find_date

    try:
        tree = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return None
    head = tree.find("head")
    only_head = lxml.html.Element("html")
    if head is not None:
        only_head.append(head)
    found = find_date(only_head, url=url, **_DATE_PARAMS)
    if found and found.endswith("-01"):
        # htmldate completes a date it could not read whole (`2021-02-29`) with day 01: give
        # the date as the page wrote it, which the reader then reports and ignores
        head_text = lxml.html.tostring(only_head, encoding="unicode")
        for written in _ISO_DAY.findall(head_text):
            if written.startswith(found[:7]) and not _real_day(written):
                return written
    return found


def _real_day(iso: str) -> bool:
    try:
        date.fromisoformat(iso)
    except ValueError:
        return False
    return True


def page_source(page: str, doc_id: str, path: str, sha256: str, encoding: str = "utf-8") -> Source:
    """A decoded web page as a `Source` whose raw text is the page's main text."""
    from vnextract.recognizers.published import normalize_given

    raw, meta = page_to_text(page)
    published = valid_date(normalize_given(meta.get("date")), path)
    return Source(
        doc_id=doc_id,
        path=path,
        raw=raw,
        sha256=sha256,
        encoding=encoding,
        published=published,
        published_source="html" if published else None,
        meta=meta,
        derived=True,
    )


def read_html(path: str | Path, data: bytes) -> Source:
    """Read one saved web page given its bytes; raise SourceError with a one-line reason."""
    page, encoding = decode_bytes(data)
    return page_source(page, Path(path).stem, str(path), sha256_hex(data), encoding)
