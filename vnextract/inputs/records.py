"""Reading corpora of records: JSON Lines (one article per line) and JSON files.

Each record is one article: its text is the value of the text field (the
record's *raw text*, grounding every fact), its id the value of the id field
(else `<file stem>-<line>`), and its publication date, when the date field
holds an ISO 8601 date (`2021-03-10`, `2021-03-10T08:00:00+07:00`, `2021-03`),
the article's publication date (`published_source` "record"). A record that
cannot be used (malformed JSON, no text) is yielded as a `FailedSource` naming
the file and line (`corpus.jsonl:7`; `corpus.json#3` for the third record of a
JSON array); the other records are read on. A line is decoded on its own: a
line that is not UTF-8 fails alone, and so does a line (a record's text, or
stdin) larger than a file may be (`MAX_BYTES`).

A publication date that is no real day (`2021-13-45`, `2021-02-30`,
`0000-00-00`) is reported on the `vnextract.inputs` log and ignored: the text
dates the article.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from vnextract.inputs.sources import (
    MAX_BYTES,
    FailedSource,
    Source,
    SourceError,
    decode_bytes,
    sha256_hex,
    text_safe,
    too_large,
    valid_date,
)

#: A `.json` file is parsed whole: larger ones are refused (JSON Lines is streamed).
MAX_JSON_BYTES = 32 * MAX_BYTES


@dataclass(frozen=True)
class RecordFields:
    """Names of the record fields holding an article's text, id and publication date."""

    text: str = "text"
    id: str = "id"
    date: str = "published"


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
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        raise SourceError(too_large(size))
    date = rec.get(fields.date)
    published = valid_date(normalize_given(date), where) if isinstance(date, str) else None
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


#: What the byte-order mark of a corpus says it is; a file without one is UTF-8.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _lines(stream: IO[bytes]) -> Iterator[bytes | None]:
    """The lines of a binary stream; None for a line longer than MAX_BYTES (not kept)."""
    while True:
        line = stream.readline(MAX_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # the rest of the line, not kept
                line = stream.readline(MAX_BYTES)
            yield None
        else:
            yield line


def _jsonl_items(p: Path) -> Iterator[_Item]:
    try:
        stream = p.open("rb")
    except OSError as exc:
        raise SourceError(exc.strerror or str(exc)) from exc
    with stream:
        head = stream.read(4)
        encoding = next((name for bom, name in _BOMS if head.startswith(bom)), "utf-8")
        if encoding not in ("utf-8", "utf-8-sig"):
            # a UTF-16/32 file cannot be cut into lines as bytes: decoded whole (capped)
            stream.seek(0)
            data = stream.read(MAX_JSON_BYTES + 1)
            if len(data) > MAX_JSON_BYTES:
                raise SourceError(f"too large for {encoding} ({MAX_JSON_BYTES} bytes at most)")
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise SourceError(f"not {encoding} text ({exc.reason})") from exc
            # (split at `\n` only, as JSON Lines says: a U+2028 inside a string is no line end)
            lines: Iterator[bytes | str | None] = iter(text.split("\n"))
        else:
            stream.seek(3 if encoding == "utf-8-sig" else 0)
            lines = _lines(stream)
        try:
            for n, line in enumerate(lines, start=1):
                item = _parse_line(n, line, encoding)
                if item is not None:  # (a blank line)
                    yield item
        except OSError as exc:
            raise SourceError(exc.strerror or str(exc)) from exc


def _parse_line(n: int, line: bytes | str | None, encoding: str) -> _Item | None:
    """Line `n` of a JSON Lines file as an item, with its error when it cannot be read.

    None for a blank line.
    """
    if line is None:
        return (
            n,
            ":",
            None,
            encoding,
            f"too large (line over {MAX_BYTES} bytes), not a news article",
        )
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            return (
                n,
                ":",
                None,
                encoding,
                (f"not UTF-8 text (byte 0x{line[exc.start]:02x} at column {exc.start + 1})"),
            )
    if not line.strip():
        return None
    try:
        return n, ":", json.loads(line.rstrip("\r\n")), encoding, None
    except json.JSONDecodeError as exc:
        return n, ":", None, encoding, f"malformed JSON ({exc.msg}, column {exc.colno})"
    except RecursionError:
        return n, ":", None, encoding, "malformed JSON (nested too deeply)"


def _json_items(p: Path) -> Iterator[_Item]:
    try:
        with p.open("rb") as f:
            data = f.read(MAX_JSON_BYTES + 1)
    except OSError as exc:
        raise SourceError(exc.strerror or str(exc)) from exc
    if len(data) > MAX_JSON_BYTES:
        raise SourceError(f"too large (over {MAX_JSON_BYTES} bytes): give it as JSON Lines")
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
