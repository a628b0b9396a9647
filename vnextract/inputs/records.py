"""Reading corpora of records: JSON Lines (one article per line) and JSON files.

Each record is one article: its text is the value of the text field (the
record's *raw text*, grounding every fact), its id the value of the id field
(else `<file stem>-<line>`), and its publication date, when the date field
holds an ISO 8601 date (`2021-03-10`, `2021-03-10T08:00:00+07:00`, `2021-03`),
the article's publication date (`published_source` "record"). A record that
cannot be used (malformed JSON, no text) is yielded as a `FailedSource` naming
the file and line (`corpus.jsonl:7`; `corpus.json#3` for the third record of a
JSON array); the other records are read on.
"""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vnextract.inputs.sources import (
    FailedSource,
    Source,
    SourceError,
    decode_bytes,
    sha256_hex,
    text_safe,
)


@dataclass(frozen=True)
class RecordFields:
    """Names of the record fields holding an article's text, id and publication date."""

    text: str = "text"
    id: str = "id"
    date: str = "published"


def _open_text(path: Path) -> tuple[io.TextIOBase, str]:
    """Open a corpus file as text, honouring a UTF-8 or UTF-16 byte-order mark."""
    raw = path.open("rb")
    head = raw.peek(4)[:4] if hasattr(raw, "peek") else b""
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    return io.TextIOWrapper(raw, encoding=encoding, newline=""), encoding


def record_source(
    rec: Any, n: int, where: str, stem: str, fields: RecordFields, encoding: str = "utf-8"
) -> Source:
    """Record `n` of a corpus (at `where`, e.g. `corpus.jsonl:7`) as a `Source`.

    Raises:
        SourceError: when the value is not an object with a non-empty text field.
    """
    from vnextract.recognizers.published import normalize_given

    if not isinstance(rec, dict):
        raise SourceError(f"record is a JSON {type(rec).__name__}, not an object")
    text = rec.get(fields.text)
    if not isinstance(text, str) or not text.strip():
        raise SourceError(f"no text in field {fields.text!r}")
    text = text_safe(text)  # a JSON "\ud800" is a lone surrogate, not writable as UTF-8
    rid = rec.get(fields.id)
    doc_id = str(rid) if isinstance(rid, (str, int)) and str(rid).strip() else f"{stem}-{n}"
    date = rec.get(fields.date)
    published = normalize_given(date) if isinstance(date, str) else None
    meta = {"format": "record", "record": str(n)}
    if date is not None and published is None:
        meta["unparsed_date"] = str(date)
    return Source(
        doc_id=doc_id,
        path=where,
        raw=text,
        sha256=sha256_hex(text.encode("utf-8")),
        encoding=encoding,
        published=published,
        published_source="record" if published else None,
        meta=meta,
        derived=True,
    )


def iter_records(
    path: str | Path, fields: RecordFields | None = None
) -> Iterator[Source | FailedSource]:
    """Yield every article of a `.jsonl` or `.json` corpus, in file order.

    A JSON Lines file is streamed line by line (blank lines skipped); a JSON
    file holds one record or an array of records. Ids repeated in a corpus are
    made unique with the line number (`id#7`), so no article is lost.
    """
    p = Path(path)
    fields = fields or RecordFields()
    stem = p.stem
    seen: set[str] = set()
    try:
        items = _json_items(p) if p.suffix.lower() == ".json" else _jsonl_items(p)
        for n, sep, rec, encoding, error in items:
            where = f"{path}{sep}{n}"
            if error is not None:
                yield FailedSource(doc_id=f"{stem}-{n}", path=where, reason=error)
                continue
            try:
                src = record_source(rec, n, where, stem, fields, encoding)
            except SourceError as exc:
                yield FailedSource(doc_id=f"{stem}-{n}", path=where, reason=str(exc))
                continue
            if src.doc_id in seen:
                src.doc_id = f"{src.doc_id}#{n}"
            seen.add(src.doc_id)
            yield src
    except SourceError as exc:
        yield FailedSource(doc_id=stem, path=str(path), reason=str(exc))


#: (line or record number, separator naming it in a path, value, encoding, error)
_Item = tuple[int, str, Any, str, str | None]


def _jsonl_items(p: Path) -> Iterator[_Item]:
    try:
        stream, encoding = _open_text(p)
    except OSError as exc:
        raise SourceError(exc.strerror or str(exc)) from exc
    with stream:
        n = 0
        try:
            for n, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    yield n, ":", json.loads(line.rstrip("\r\n")), encoding, None
                except json.JSONDecodeError as exc:
                    yield n, ":", None, encoding, f"malformed JSON ({exc.msg}, column {exc.colno})"
                except RecursionError:
                    yield n, ":", None, encoding, "malformed JSON (nested too deeply)"
        except UnicodeDecodeError as exc:
            raise SourceError(f"line {n + 1}: not {encoding} text ({exc.reason})") from exc


def _json_items(p: Path) -> Iterator[_Item]:
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise SourceError(exc.strerror or str(exc)) from exc
    text, encoding = decode_bytes(data)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(f"malformed JSON (line {exc.lineno}: {exc.msg})") from exc
    except RecursionError as exc:
        raise SourceError("malformed JSON (nested too deeply)") from exc
    records = value if isinstance(value, list) else [value]
    for n, rec in enumerate(records, start=1):
        yield n, "#", rec, encoding, None
