"""Reading sources: turn paths (files, folders) or raw strings into decoded articles.

The decoded string of a source is the *raw text* every fact is grounded in:
`raw[fact.start:fact.end] == fact.text`. Decoding is the only transformation
applied here; a byte-order mark is consumed by the decoder and is not part of
the raw text.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from vnextract.inputs.listing import (
    HTML_SUFFIXES,
    INPUT_SUFFIXES,
    RECORD_SUFFIXES,
    STDIN,
    TEXT_SUFFIXES,
    list_inputs,
    stat_signature,
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
    "stat_signature",
]

#: Larger files are refused: a wire article is a few kB; 20 MB is a scraper accident.
MAX_BYTES = 8 * 1024 * 1024

#: How long a file must have been left alone before its `signature` is trusted (ns).
#: A change made within the same tick of the file system's clock as the last one can
#: leave its times unchanged ("racy" files, as git calls them); file systems stamp
#: times with a granularity of up to 2 s (FAT), so a file changed less than that
#: before it was read gets no signature, and is read again by the next run.
SETTLED_NS = 2_000_000_000


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
    #: field, stdin): the exports then write it to `texts/` so offsets can be checked.
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


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes, returning (text, encoding name).

    UTF-8 (with or without BOM) and UTF-16 with BOM are recognised exactly,
    UTF-16 without BOM when its NUL bytes leave no doubt;
    anything else is given to charset-normalizer, which tells cp1252/latin-1
    apart from binary garbage.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
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


def sha256_hex(data: bytes) -> str:
    """Hex digest of the raw bytes, as recorded in `articles.json`."""
    return hashlib.sha256(data).hexdigest()


def read_file(path: str | Path) -> Source:
    """Read one article file; raise SourceError with a one-line reason on failure."""
    p = Path(path)
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
            raise SourceError(f"too large ({size} bytes > {MAX_BYTES}), not a news article")
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise SourceError("no such file (or broken symlink)") from exc
    except PermissionError as exc:
        raise SourceError("permission denied") from exc
    except IsADirectoryError as exc:
        raise SourceError("is a directory") from exc
    except OSError as exc:
        raise SourceError(exc.strerror or str(exc)) from exc
    if p.suffix.lower() in HTML_SUFFIXES:
        from vnextract.inputs.html import read_html

        return read_html(path, data)
    text, encoding = decode_bytes(data)
    source = Source(
        doc_id=p.stem, path=str(path), raw=text, sha256=sha256_hex(data), encoding=encoding
    )
    if max(st.st_mtime_ns, st.st_ctime_ns) < started - SETTLED_NS:
        source.signature = stat_signature(st)
    return source


def read_stdin(data: bytes) -> Source:
    """One article given on standard input (`-`): plain text, or a web page when it is HTML."""
    text, encoding = decode_bytes(data)
    from vnextract.inputs.html import looks_like_html, page_source

    if looks_like_html(text):
        return page_source(text, "stdin", STDIN, sha256_hex(data), encoding)
    return Source(
        doc_id="stdin",
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


def iter_items(
    inputs: Iterable[str | os.PathLike[str]], fields: RecordFields | None = None
) -> Iterator[Source | FailedSource]:
    """Every source of the inputs, input by input (folders expanded in name order).

    The order `extract_articles` reads them in, which every engine and the
    result cache follow so that results come out in the same order.
    """
    for item in inputs:
        yield from iter_sources([Path(item)], fields)


def iter_sources(
    inputs: Iterable[str | Path], fields: RecordFields | None = None
) -> Iterator[Source | FailedSource]:
    """Yield every article of the inputs in a stable order; unreadable ones as FailedSource.

    `-` reads one article from standard input; `.jsonl`/`.json` files yield one
    article per record, their text, id and date taken from `fields`.
    """
    for p in list_inputs(inputs):
        yield from path_sources(p, fields)


def path_sources(p: Path, fields: RecordFields | None = None) -> Iterator[Source | FailedSource]:
    """The sources of one path of `list_inputs`: an article, or a corpus's records."""
    if str(p) == STDIN:
        import sys

        try:
            yield read_stdin(sys.stdin.buffer.read())
        except SourceError as exc:
            yield FailedSource(doc_id="stdin", path=STDIN, reason=str(exc))
        return
    if p.suffix.lower() in RECORD_SUFFIXES and p.is_file():
        # (a FIFO, folder or broken link named .jsonl fails in read_file, with its reason)
        from vnextract.inputs.records import iter_records

        yield from iter_records(p, fields)
        return
    try:
        yield read_file(p)
    except SourceError as exc:
        yield FailedSource(doc_id=p.stem, path=str(p), reason=str(exc))


def is_path_like(item: str | os.PathLike[str]) -> bool:
    """True when a string given to `extract` names an existing file or folder."""
    if isinstance(item, os.PathLike):
        return True
    # "" (or blanks) is text, not the current folder that Path("") would name
    if not item.strip() or "\n" in item or len(item) >= 4096:
        return False
    try:
        return Path(item).exists()
    except (OSError, ValueError):  # a sentence longer than a file name may be, a NUL byte
        return False
