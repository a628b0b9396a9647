"""Reading sources: turn paths (files, folders) or raw strings into decoded articles.

The decoded string of a source is the *raw text* every fact is grounded in:
`raw[fact.start:fact.end] == fact.text`. Decoding is the only transformation
applied here; a byte-order mark is consumed by the decoder and is not part of
the raw text. In a UTF-8 file, a byte that is not UTF-8 (a stray cp1252 `\x92`
pasted in) is decoded where it stands as the cp1252 character it is (`’`), one
character for one byte; the rest of the file stays UTF-8.

A file is read as a web page when its content is one (`looks_like_html`),
whatever its extension. Every source of a run gets a doc id no other source of
the run has (`DocIds`); ids changed to stay unique, and files skipped when
folders were expanded, are reported on the `vnextract.inputs` logger.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import logging
import os
import re
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from vnextract.inputs.listing import (
    FOLDER_REASONS,
    HTML_SUFFIXES,
    INPUT_SUFFIXES,
    RECORD_SUFFIXES,
    STDIN,
    TEXT_SUFFIXES,
    Listing,
    list_inputs,
    scan_inputs,
    stat_signature,
    unique_id,
)

if TYPE_CHECKING:
    from vnextract.inputs.records import RecordFields

__all__ = [
    "HTML_SUFFIXES",
    "INPUT_SUFFIXES",
    "RECORD_SUFFIXES",
    "STDIN",
    "TEXT_SUFFIXES",
    "list_inputs",
    "scan_inputs",
    "stat_signature",
]

#: Where the readers report what a run should know but that fails no input (ids changed,
#: files skipped, dates ignored): warnings, one line each, starting with `vnextract: `.
log = logging.getLogger("vnextract.inputs")

#: Larger files are refused: a wire article is a few kB; 20 MB is a scraper accident.
MAX_BYTES = 8 * 1024 * 1024

#: How long a file must have been left alone before its `signature` is trusted (ns).
#: A change made within the same tick of the file system's clock as the last one can
#: leave its times unchanged ("racy" files, as git calls them); file systems stamp
#: times with a granularity of up to 2 s (FAT), so a file changed less than that
#: before it was read gets no signature, and is read again by the next run.
SETTLED_NS = 2_000_000_000


T = TypeVar("T")


class SourceError(Exception):
    """A source that cannot be read as an article; the message names the reason."""


_SURROGATE = re.compile("[\ud800-\udfff]")


def text_safe(text: str) -> str:
    """Text that can be written as UTF-8: lone surrogates (a JSON `\\ud800`) become U+FFFD.

    One character for one, so offsets into the text do not move.
    """
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def name_safe(name: str) -> str:
    """A file name or id that can be written as UTF-8; bytes of a non-UTF-8 name show as `\\xe9`."""

    def escape(m: re.Match[str]) -> str:
        code = ord(m.group(0))
        return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"

    return _SURROGATE.sub(escape, name) if _SURROGATE.search(name) else name


@dataclass
class Source:
    """One article as read: its id, where it came from, and its decoded raw text."""

    doc_id: str
    path: str
    raw: str
    sha256: str
    encoding: str = "utf-8"
    published: str | None = None
    published_source: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    #: True when `raw` is not the input file's content (HTML main text, a record's text
    #: field, stdin, UTF-8 with repaired bytes): the exports then write it to `texts/` so
    #: offsets can be checked.
    derived: bool = False
    #: `stat_signature` of the file as it was read, when it had settled (see
    #: SETTLED_NS); the result cache then knows it again without reading it.
    signature: str | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.doc_id, self.path = name_safe(self.doc_id), name_safe(self.path)
        self.raw = text_safe(self.raw)


@dataclass
class FailedSource:
    """An input that could not be read; reported, never fatal to the run."""

    doc_id: str
    path: str
    reason: str
    sha256: str = ""

    def __post_init__(self) -> None:
        self.doc_id, self.path = name_safe(self.doc_id), name_safe(self.path)


#: The name of the decoding error handler that reads a byte invalid in UTF-8 as cp1252.
CP1252_REPAIR = "vnextract-cp1252"
#: What the encoding name of UTF-8 text with bytes so repaired ends with (`utf-8+cp1252`).
REPAIRED = "+cp1252"
#: What each byte is in cp1252; the five bytes cp1252 leaves undefined become U+FFFD.
_CP1252 = [bytes([b]).decode("cp1252", "replace") for b in range(256)]


def _cp1252_repair(exc: UnicodeError) -> tuple[str, int]:
    """Error handler: each byte of an invalid UTF-8 sequence as the cp1252 character it is.

    One character per byte, so the repaired text says where each byte was.
    """
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(_CP1252[b] for b in exc.object[exc.start : exc.end]), exc.end


codecs.register_error(CP1252_REPAIR, _cp1252_repair)

_ESCAPED = re.compile("[\udc80-\udcff]")


def _utf8_repaired(data: bytes) -> str | None:
    """UTF-8 text with a few stray bytes (a cp1252 `\x92` pasted in), repaired where they are.

    None when the bytes are not mostly UTF-8: fewer valid multi-byte characters
    than invalid bytes (a cp1252 file, which `decode_bytes` detects as a whole).
    """
    escaped = data.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPED.findall(escaped))
    good = sum(1 for ch in escaped if ord(ch) > 0x7F) - bad
    if good <= bad:
        return None
    return data.decode("utf-8", CP1252_REPAIR)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes, returning (text, encoding name).

    UTF-8 (with or without BOM), UTF-32 and UTF-16 with BOM are recognised exactly,
    UTF-16 without BOM when its NUL bytes leave no doubt. UTF-8 with a few
    invalid bytes is UTF-8 whose invalid bytes are read as cp1252, each where it
    stands (encoding `utf-8+cp1252`). Anything else is given to
    charset-normalizer, which tells cp1252/latin-1 apart from binary garbage.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:  # the mark says UTF-8: every invalid byte is a stray one
            return data[3:].decode("utf-8", CP1252_REPAIR), "utf-8-sig" + REPAIRED
    # (the UTF-32-LE mark starts with the UTF-16-LE one: tried first)
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise SourceError(f"invalid UTF-32: {exc.reason}") from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise SourceError(f"invalid UTF-16: {exc.reason}") from exc
    bomless = _bomless_utf16(data)
    if bomless is not None:
        try:
            u16: str | None = data.decode(bomless)
        except UnicodeDecodeError:
            u16 = None
        if u16 is not None and not _looks_binary(u16):
            return u16, bomless
    if b"\x00" in data[:4096]:
        raise SourceError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    repaired = _utf8_repaired(data)
    if repaired is not None and not _looks_binary(repaired):
        return repaired, "utf-8" + REPAIRED
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise SourceError("binary or undecodable file, not text")
    text = str(best)
    if _looks_binary(text):
        raise SourceError("binary file, not text")
    if best.encoding in _LATIN_PAGES:
        # French text: among Latin single-byte code pages, Windows-1252 is the one French
        # files are in; on a short text charset-normalizer may say cp1250 and turn œ into ś.
        try:
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            western = None
        if western is not None and not _looks_binary(western):
            return western, "cp1252"
    return text, best.encoding


#: Single-byte Latin code pages that charset-normalizer may pick for cp1252 bytes.
_LATIN_PAGES = frozenset(
    {
        "cp1250",
        "cp1254",
        "cp1257",
        "cp1258",
        "latin_1",
        "iso8859_2",
        "iso8859_3",
        "iso8859_4",
        "iso8859_9",
        "iso8859_10",
        "iso8859_13",
        "iso8859_14",
        "iso8859_15",
        "iso8859_16",
        "mac_roman",
        "mac_latin2",
        "mac_iceland",
        "mac_turkish",
        "cp437",
        "cp850",
        "cp858",
    }
)


def _bomless_utf16(data: bytes) -> str | None:
    """`utf-16-le`/`utf-16-be` when NUL bytes sit where UTF-16 puts them for Latin text."""
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 4:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > half // 2 and even <= half // 100:
        return "utf-16-le"
    if even > half // 2 and odd <= half // 100:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / len(sample) > 0.01


def valid_date(value: str | None, where: str) -> str | None:
    """An ISO date (`2021`, `2021-03`, `2021-03-10`) that names a real period, else None.

    A date that is no real day is reported (one line, naming `where`) and ignored.
    """
    if value is None:
        return None
    parts = value.split("-")
    try:
        year, month, day = (int(p) for p in [*parts, "1", "1"][:3])
        dt.date(year, month, day)
    except ValueError:
        log.warning(
            "vnextract: warning: %s: published date %r is not a real date, ignored",
            name_safe(where),
            value,
        )
        return None
    return value


def sha256_hex(data: bytes) -> str:
    """Hex digest of the raw bytes, as recorded in `articles.json`."""
    return hashlib.sha256(data).hexdigest()


def read_file(path: str | Path, doc_id: str | None = None) -> Source:
    """Read one article file; raise SourceError with a one-line reason on failure.

    `doc_id` defaults to the file's stem. A file whose content is a web page is
    read as one (`vnextract.inputs.html`), whatever its extension.
    """
    p = Path(path)
    doc_id = p.stem if doc_id is None else doc_id
    started = time.time_ns()
    try:
        if p.is_dir():
            raise SourceError("is a directory")
        st = p.stat()
        if not stat.S_ISREG(st.st_mode):
            # A FIFO or a device named .txt would block the whole run on read.
            raise SourceError("not a regular file (FIFO, socket or device)")
        size = st.st_size
        if size > MAX_BYTES:
            raise SourceError(too_large(size))
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise SourceError("no such file (or broken symlink)") from exc
    except PermissionError as exc:
        raise SourceError("permission denied") from exc
    except IsADirectoryError as exc:
        raise SourceError("is a directory") from exc
    except OSError as exc:
        raise SourceError(exc.strerror or str(exc)) from exc
    text, encoding = decode_bytes(data)
    from vnextract.inputs.html import looks_like_html, page_source

    if p.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        return page_source(text, doc_id, str(path), sha256_hex(data), encoding)
    # a repaired text is not what a plain decoding of the file gives: written to texts/
    source = Source(
        doc_id=doc_id,
        path=str(path),
        raw=text,
        sha256=sha256_hex(data),
        encoding=encoding,
        derived=encoding.endswith(REPAIRED),
    )
    if max(st.st_mtime_ns, st.st_ctime_ns) < started - SETTLED_NS:
        source.signature = stat_signature(st)
    return source


def too_large(size: int) -> str:
    """The reason an input (file, record, stdin) over MAX_BYTES is refused."""
    return f"too large ({size} bytes > {MAX_BYTES}), not a news article"


def read_stdin(data: bytes, doc_id: str = "stdin") -> Source:
    """One article given on standard input (`-`): plain text, or a web page when it is HTML."""
    if len(data) > MAX_BYTES:
        raise SourceError(too_large(len(data)))
    text, encoding = decode_bytes(data)
    from vnextract.inputs.html import looks_like_html, page_source

    if looks_like_html(text):
        return page_source(text, doc_id, STDIN, sha256_hex(data), encoding)
    return Source(
        doc_id=doc_id,
        path=STDIN,
        raw=text,
        sha256=sha256_hex(data),
        encoding=encoding,
        derived=True,
    )


def from_text(text: str, doc_id: str = "text", path: str = "<text>") -> Source:
    """Wrap an in-memory string as a source."""
    return Source(
        doc_id=doc_id,
        path=path,
        raw=text,
        sha256=sha256_hex(text.encode("utf-8", "surrogatepass")),
        encoding="utf-8",
    )


class DocIds:
    """The doc ids of one run's sources: no two articles ever share one.

    Files keep the ids their listing gave them (unique among files, see
    `vnextract.inputs.listing`); an article of a corpus of records (or a failed
    one) whose id is taken by a file or by an earlier article gets the first
    free `~2`, `~3`... Ids changed are reported on the `vnextract.inputs` log.
    """

    def __init__(self, listing: Listing) -> None:
        self.listing = listing
        records = {i for i, p in enumerate(listing.files) if _is_corpus(p)}
        self._taken = {doc_id for i, doc_id in enumerate(listing.ids) if i not in records}
        for path, wanted, doc_id in listing.renamed:
            _say_renamed(str(path), wanted, doc_id)

    def read(self, i: int, fields: RecordFields | None = None) -> Iterator[Source | FailedSource]:
        """The sources of the listing's file `i`, each with its final id."""
        p, file_id = self.listing.files[i], self.listing.ids[i]
        if p in self.listing.failed:
            yield FailedSource(doc_id=file_id, path=str(p), reason=self.listing.failed[p])
            return
        for src in path_sources(p, fields, file_id):
            if _is_corpus(p):  # (a file's own id is unique among files since the listing)
                src.doc_id = self.claim(src.doc_id, src.path)
            yield src

    def claim(self, wanted: str, where: str) -> str:
        """`wanted`, or the first `wanted~N` no source of the run has; a change is reported."""
        doc_id = unique_id(wanted, self._taken)
        if doc_id != wanted:
            _say_renamed(where, wanted, doc_id)
        return doc_id

    def report_skipped(self) -> None:
        """Log, in one line, the entries of the input folders that were not read, and why."""
        skipped = self.listing.skipped
        if not skipped:
            return
        counts: dict[str, int] = {}
        for _, reason in skipped:
            counts[reason] = counts.get(reason, 0) + 1
        what = ", ".join(f"{reason} ({n})" for reason, n in sorted(counts.items()))
        folders = any(r in FOLDER_REASONS for _, r in skipped)
        n = len(skipped)
        kind = (
            ("file or folder" if n == 1 else "files or folders")
            if folders
            else "file" + "s" * (n > 1)
        )
        log.warning("vnextract: warning: %d %s skipped in the input folders: %s", n, kind, what)


def _say_renamed(path: str, wanted: str, doc_id: str) -> None:
    log.warning(
        "vnextract: warning: doc id %r of %s is already taken: it is %r",
        wanted,
        name_safe(path),
        doc_id,
    )


def _is_corpus(p: Path) -> bool:
    return p.suffix.lower() in RECORD_SUFFIXES


def iter_listed(
    listing: Listing,
    fields: RecordFields | None = None,
    known: Callable[[Path, str], T | None] | None = None,
) -> Iterator[Source | FailedSource | T]:
    """Every source of a listing, in order, each with a doc id of its own.

    Args:
        listing: the files to read (`scan_inputs`).
        fields: names of the text, id and date fields of `.jsonl`/`.json` records.
        known: given a file and its doc id, what stands for it without reading it (the
            result cache's stored result of an unchanged file), or None to read it.
    """
    ids = DocIds(listing)
    for i, (p, file_id) in enumerate(zip(listing.files, listing.ids, strict=True)):
        stored = None if known is None else known(p, file_id)
        if stored is not None:
            yield stored
        else:
            yield from ids.read(i, fields)
    ids.report_skipped()


def iter_items(
    inputs: Iterable[str | os.PathLike[str]], fields: RecordFields | None = None
) -> Iterator[Source | FailedSource]:
    """Every source of the inputs, input by input (folders expanded in name order).

    The order `extract_articles` reads them in, which every engine and the
    result cache follow so that results come out in the same order.
    """
    yield from iter_listed(scan_inputs(inputs), fields)


def iter_sources(
    inputs: Iterable[str | os.PathLike[str]], fields: RecordFields | None = None
) -> Iterator[Source | FailedSource]:
    """Yield every article of the inputs in a stable order; unreadable ones as FailedSource.

    `-` reads one article from standard input; `.jsonl`/`.json` files yield one
    article per record, their text, id and date taken from `fields`. No two
    sources share a doc id (`DocIds`).
    """
    yield from iter_listed(scan_inputs(inputs), fields)


def path_sources(
    p: Path, fields: RecordFields | None = None, doc_id: str | None = None
) -> Iterator[Source | FailedSource]:
    """The sources of one path of `list_inputs`: an article, or a corpus's records.

    `doc_id` is the file's id (default: its stem); records have their own.
    """
    if str(p) == STDIN:
        import sys

        doc_id = doc_id or "stdin"
        try:
            # one byte more than the cap tells a too large input without reading all of it
            yield read_stdin(sys.stdin.buffer.read(MAX_BYTES + 1), doc_id)
        except SourceError as exc:
            yield FailedSource(doc_id=doc_id, path=STDIN, reason=str(exc))
        return
    if _is_corpus(p) and p.is_file():
        # (a FIFO, folder or broken link named .jsonl fails in read_file, with its reason)
        from vnextract.inputs.records import iter_records

        yield from iter_records(p, fields)
        return
    try:
        source = read_file(p)
    except SourceError as exc:
        yield FailedSource(
            doc_id=p.stem if doc_id is None else doc_id, path=str(p), reason=str(exc)
        )
        return
    if doc_id is not None:
        source.doc_id = name_safe(doc_id)
    yield source
