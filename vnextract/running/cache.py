"""The result cache: an article's record and facts, kept by what determines them.

A second run on an unchanged corpus reads every article's result from here
instead of extracting it again (and never imports spaCy).

The key of one article hashes everything its result depends on:

- the source: the sha256 of the input's bytes, the sha256 of the decoded raw
  text (a `.jsonl` file gives many articles from the same bytes), and the
  publication date a record gives;
- the extractor: `EXTRACTOR_VERSION`, plus a fingerprint of the package's code
  and data files and of the versions of the libraries that shape the output
  (so a developer who edits `facts.py` or `cues.toml` never reads stale facts,
  even before the version is bumped);
- the vocabulary in force (built-in plus `--lexicon`).

The name of the file is not part of the key: the same bytes under another
name are a hit, and the result is rebound to the current input (its
`doc_id`, `path`); offsets are those of the same raw text, so they hold.

Storage: one SQLite file, `results.sqlite`, in the cache folder: one row per
article, zlib-compressed UTF-8 text (no pickle: a cache file never runs
code): a first line of JSON, the article's record and the length of each
fact's two forms, then each fact as the exports write it: its JSON text (as
in facts.json) and its row of facts.csv (default dialect). A re-run writes
those as they are, and parses a fact's record from its JSON only when it
needs it (a filter, a table, another CSV dialect, an article now read under
another name). Nothing is validated again on that path: the records were
validated (`vnextract.models.records`) before they were stored, and zlib's checksum
catches a damaged entry, which is then a miss, like an entry of another
shape. The engine's lookup (`ResultCache.get`) checks an entry's records
against the models all the same.

Article files are also known by path: the `inputs` table keeps, for each
file read, its `stat_signature` (device, inode, size, modification and change
times) and its key. A file whose signature has not changed is served without
being read, as make and git skip unchanged files. Only a signature taken when
the file had been left alone for `sources.SETTLED_NS` is kept: a file changed
within the same tick of the file system's clock may show the same times.

A re-run (`ResultCache.results`) reads the inputs it does not know by their
signature, serves each article's stored facts straight to the writers, and
only at the first article not in the cache hands the rest over to the
extraction engine (the unchanged files among them still unread): a fully
cached run loads no part of the extractor. A run whose
exports are already up to date does not even get here (`vnextract.running.uptodate`).

Where the folder is: `--cache-dir`, else `$VNEXTRACT_CACHE_DIR`,
else `.vnextract-cache/` next to the output folder (`data/.vnextract-cache/`
for the default `--out data/out`). Next to the output rather than under
`$XDG_CACHE_HOME`: the cache lives with the project it serves, is removed
with it, and two projects never share (or grow) one hidden store. Delete the
folder to clear it.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import sqlite3
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from vnextract.inputs.listing import TEXT_SUFFIXES, Listing, file_signature, scan_inputs
from vnextract.outputs.columns import ARTICLE_FIELDS
from vnextract.resources import library_versions

# `vnextract.outputs.export` and `vnextract.inputs.sources` are imported where used: a run whose
# exports are up to date (`uptodate`) opens the cache, and writes and reads nothing.
if TYPE_CHECKING:
    from vnextract.api import Result
    from vnextract.facts.lexicon import Lexicon
    from vnextract.inputs.records import RecordFields
    from vnextract.inputs.sources import FailedSource, Source
    from vnextract.outputs.export import CsvWriter, FactRows, Kept, StoredResult

#: Name of the cache folder created next to the output folder.
CACHE_DIRNAME = ".vnextract-cache"
#: Environment variable naming the cache folder (overrides the default).
CACHE_ENV = "VNEXTRACT_CACHE_DIR"
#: Libraries whose version can change the facts extracted from the same text.
_LIBRARIES = ("spacy", "wordfreq", "dateparser", "text2num", "charset-normalizer", "trafilatura")
_SCHEMA = 2


class CacheError(Exception):
    """A cache folder or file that cannot be used; the message says why."""


def default_cache_dir(out: str | Path) -> Path:
    """`$VNEXTRACT_CACHE_DIR`, else `.vnextract-cache/` beside the output folder."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    return Path(out).resolve().parent / CACHE_DIRNAME


@cache
def extractor_fingerprint() -> str:
    """Hash of EXTRACTOR_VERSION, the package's code and data files, and library versions."""
    root = Path(__file__).resolve().parent.parent
    files = sorted([*root.glob("**/*.py"), *root.glob("data/*")])
    h = hashlib.sha256(f"schema={_SCHEMA};version={extractor_version(root)}".encode())
    for f in files:
        if f.is_file():
            h.update(f.relative_to(root).as_posix().encode() + b"\0")
            h.update(hashlib.sha256(f.read_bytes()).digest())
    versions = library_versions(_LIBRARIES)
    for lib in _LIBRARIES:
        h.update(f"{lib}={versions[lib]};".encode())
    return h.hexdigest()


#: `EXTRACTOR_VERSION = "1"` as pipeline.py writes it.
_VERSION_LINE = re.compile(rb'^EXTRACTOR_VERSION(?: *: *str)? *= *"([^"\\\n]*)" *(?:#.*)?$', re.M)


def extractor_version(root: Path) -> str:
    """`pipeline.EXTRACTOR_VERSION`, read from pipeline.py without importing it.

    Importing the pipeline imports the vocabulary and the readers, which a re-run
    served from the cache does not need. When the line cannot be read as a plain string
    literal, the module is imported after all.
    """
    try:
        found = _VERSION_LINE.findall((root / "api.py").read_bytes())
    except OSError:
        found = []
    if len(found) == 1:
        return str(found[0].decode("utf-8"))
    from vnextract.api import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def lexicon_fingerprint(lexicon: Lexicon) -> str:
    """Hash of every metric of the vocabulary in force, field by field."""
    import dataclasses

    from vnextract.facts.lexicon import Stems

    def plain(value: Any) -> Any:
        if isinstance(value, Stems):
            return list(value.items)
        return value

    rows = [
        [key, {f.name: plain(getattr(m, f.name)) for f in dataclasses.fields(m)}]
        for key, m in lexicon.metrics.items()
    ]
    text = json.dumps(rows, ensure_ascii=False, sort_keys=True, default=repr)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_key(source: Source, context: str) -> str:
    """The cache key of one decoded source under an extractor+lexicon context."""
    h = hashlib.sha256(context.encode())
    h.update(b"\0" + source.sha256.encode())
    h.update(b"\0" + hashlib.sha256(source.raw.encode("utf-8", "surrogatepass")).digest())
    h.update(f"\0{source.published}\0{source.published_source}\0{source.encoding}".encode())
    return h.hexdigest()


class ResultCache:
    """Results of extracted articles in a SQLite file; use as a context manager.

    Args:
        folder: the cache folder (created if missing).
        lexicon: the vocabulary in force (part of every key); None for the built-in one,
            whose fingerprint the cache keeps: a re-run then need not load the vocabulary.

    Raises:
        CacheError: the folder or the database cannot be opened.
    """

    def __init__(self, folder: str | Path, lexicon: Lexicon | None = None) -> None:
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0
        self._pending: list[tuple[str, bytes]] = []
        self._signatures: list[tuple[str, str, str, str, str, str]] = []
        #: the inputs `results` listed, and the signature each had when it was read or served
        self.listed: list[Path] | None = None
        self.seen: dict[str, str] = {}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.folder / "results.sqlite", timeout=60)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB NOT NULL)"
            )
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS fingerprints"
                " (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
            )
            # the last successful run into each output folder (`uptodate`)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS runs"
                " (out TEXT PRIMARY KEY, key TEXT NOT NULL, value TEXT NOT NULL)"
            )
            # article files by absolute path: the signature they had when read, and their key
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS inputs (path TEXT PRIMARY KEY, context TEXT NOT NULL,"
                " signature TEXT NOT NULL, key TEXT NOT NULL, sha256 TEXT NOT NULL,"
                " encoding TEXT NOT NULL)"
            )
            self._db.commit()
        except (OSError, sqlite3.Error) as exc:
            raise CacheError(f"cannot use cache folder {self.folder}: {exc}") from exc
        lexicon_part = (
            lexicon_fingerprint(lexicon) if lexicon is not None else self._builtin_fingerprint()
        )
        self.context = f"{extractor_fingerprint()}:{lexicon_part}"

    def _builtin_fingerprint(self) -> str:
        """`lexicon_fingerprint` of the built-in vocabulary, kept for this extractor.

        The built-in vocabulary is made of the package's files (metrics.toml, the
        code that reads it), which the extractor fingerprint covers, and of the
        standard library's TOML and Unicode tables: the same for one extractor on
        one Python, so it is computed once and read back (loading the vocabulary
        costs a tenth of a re-run served from the cache).
        """
        key = f"builtin-lexicon:{extractor_fingerprint()}:{sys.version}"
        try:
            row = self._db.execute(
                "SELECT value FROM fingerprints WHERE key = ?", (key,)
            ).fetchone()
        except sqlite3.Error:
            row = None
        if row is not None and isinstance(row[0], str):
            return row[0]
        from vnextract.facts.lexicon import load_lexicon

        value = lexicon_fingerprint(load_lexicon())
        try:
            with self._db:
                self._db.execute("INSERT OR REPLACE INTO fingerprints VALUES (?, ?)", (key, value))
        except sqlite3.Error:
            pass  # a cache that cannot be written only costs speed
        return value

    def key(self, source: Source) -> str:
        """The key of a source in this cache."""
        return source_key(source, self.context)

    def get(self, source: Source) -> StoredResult | None:
        """The cached result of a source, rebound to its doc_id and path; None on a miss.

        Its records are checked by the pydantic models first (`models.records`): an
        entry they refuse is a miss, and the article is extracted again.
        """
        key = self.key(source)
        stored = self._stored(source, key)
        if stored is None or not _valid(stored):
            self.misses += 1
            return None
        self.hits += 1
        self._remember(source, key)
        return stored

    def results(
        self,
        inputs: Sequence[str | os.PathLike[str]],
        fields: RecordFields | None,
        then: Callable[
            [Iterator[Source | FailedSource | StoredResult]], Iterable[Result | StoredResult]
        ],
    ) -> Iterator[StoredResult | Result]:
        """The result of every article of the inputs, in order, from the cache while it has them.

        Cached articles come as their stored records (`StoredResult`). An input
        file the cache knows by its `stat_signature` is not even read. At the first
        article that is not served (new or edited, unreadable, its entry unusable),
        that article and all the rest go to `then`, the engine that extracts them
        (`parallel.iter_results(..., items=...)`, which still reads this cache), the
        unchanged files among them as their stored results.

        Args:
            inputs: files and folders, read like `sources.iter_items` reads them.
            fields: names of the text, id and date fields of `.jsonl`/`.json` records.
            then: given the remaining sources, yields their results in order.
        """
        from vnextract.inputs.sources import FailedSource, Source
        from vnextract.outputs.export import StoredResult

        listing = scan_inputs([Path(p) for p in inputs])
        self.listed = listing.files
        items = self._items(listing, fields)
        for item in items:
            if isinstance(item, StoredResult):
                yield item
                continue
            key = self.key(item) if isinstance(item, Source) else ""
            stored = self._stored(item, key) if isinstance(item, Source) else None
            if stored is None or isinstance(item, FailedSource):
                yield from then(itertools.chain([item], items))
                return
            self.hits += 1
            self._remember(item, key)
            yield stored

    def _items(
        self, listing: Listing, fields: RecordFields | None
    ) -> Iterator[Source | FailedSource | StoredResult]:
        """The sources of the listing, in order; an unchanged article file as its stored result."""
        from vnextract.inputs.sources import iter_listed

        return iter_listed(listing, fields, known=self._unchanged)

    def _unchanged(self, p: Path, doc_id: str) -> StoredResult | None:
        """The stored result of an article file whose signature has not changed; else None."""
        if p.suffix.lower() not in TEXT_SUFFIXES:
            return None  # web pages and corpora of records are read
        signature = file_signature(p)
        if signature is None:
            return None
        path = os.path.abspath(p)
        try:
            row = self._db.execute(
                "SELECT signature, key, sha256, encoding FROM inputs"
                " WHERE path = ? AND context = ?",
                (path, self.context),
            ).fetchone()
        except sqlite3.Error:
            return None
        if row is None or row[0] != signature:
            return None
        self.seen[path] = signature
        found = self._entry(row[1])
        if found is None:
            return None
        from vnextract.inputs.sources import name_safe

        self.hits += 1
        return _decode(found, name_safe(doc_id), name_safe(str(p)), row[2], row[3])

    def _remember(self, source: Source, key: str) -> None:
        """Keep the signature of the file a result was read from (written on `flush`)."""
        if source.signature is not None and not source.derived:
            path = os.path.abspath(source.path)
            self.seen[path] = source.signature
            row = (path, self.context, source.signature, key, source.sha256)
            self._signatures.append((*row, source.encoding))

    def last_run(self, out: Path, key: str) -> dict[str, Any] | None:
        """The record of the last run into the folder `out`, if it had this key."""
        try:
            row = self._db.execute(
                "SELECT value FROM runs WHERE out = ? AND key = ?", (os.path.abspath(out), key)
            ).fetchone()
            record = json.loads(row[0]) if row is not None else None
        except (sqlite3.Error, ValueError, TypeError):
            return None
        return record if isinstance(record, dict) else None

    def keep_run(self, out: Path, key: str, record: dict[str, Any]) -> None:
        """Remember the last run into the folder `out`."""
        try:
            with self._db:
                self._db.execute(
                    "INSERT OR REPLACE INTO runs VALUES (?, ?, ?)",
                    (os.path.abspath(out), key, json.dumps(record)),
                )
        except sqlite3.Error:
            pass  # a cache that cannot be written only costs speed

    def _entry(self, key: str) -> Any:
        try:
            row = self._db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row is not None else None

    def _stored(self, source: Source, key: str) -> StoredResult | None:
        found = self._entry(key)
        return _decode_source(found, source) if found is not None else None

    def put(self, source: Source, result: Result | StoredResult) -> None:
        """Remember a source's result (failed ones are never cached); written on `flush`."""
        if result.failed:
            return
        from vnextract.outputs.export import export_of

        key = self.key(source)
        self._pending.append((key, encode_entry(*export_of(result))))
        self._remember(source, key)

    def flush(self) -> None:
        """Write the results put since the last flush in one transaction."""
        if not self._pending and not self._signatures:
            return
        rows, self._pending = self._pending, []
        signatures, self._signatures = self._signatures, []
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?)", rows)
                self._db.executemany(
                    "INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?, ?)", signatures
                )
        except sqlite3.Error:
            # A cache that cannot be written (disk full, locked too long) only costs speed.
            return

    def close(self) -> None:
        """Flush and close the database."""
        self.flush()
        self._db.close()

    def __enter__(self) -> ResultCache:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def encode_entry(article: dict[str, Any], rows: FactRows) -> bytes:
    """The stored form of a result: a JSON header line, then its facts' JSON and CSV rows.

    Each fact's JSON text and CSV row are stored without their doc_id, which
    comes first in both: the same bytes read under another name are the same
    facts with that name's doc_id (`_decode` puts the current one back).
    """
    # (every fact of an article has its doc_id; `_cut` checks it)
    json_head, csv_head = _json_head(article["doc_id"]), _csv_head(article["doc_id"])
    json_tails = [_cut(text, json_head) for text in rows.texts]
    csv_tails = [_cut(row, csv_head) for row in rows.csv]
    head = {
        "article": article,
        "json": [len(t) for t in json_tails],
        "csv": [len(t) for t in csv_tails],
    }
    from vnextract.outputs.export import dumps

    body = "".join(itertools.chain([dumps(head), "\n"], json_tails, csv_tails))
    return zlib.compress(body.encode("utf-8", "surrogatepass"), 1)


def _cut(text: str, head: str) -> str:
    if not text.startswith(head):  # doc_id is the first field: cannot happen
        raise ValueError(f"a fact's export does not start with its doc_id: {text[:80]!r}")
    return text[len(head) :]


def _json_head(doc_id: str) -> str:
    """What a fact's JSON text starts with: `{"doc_id": "..."`."""
    from vnextract.outputs.export import dumps

    return dumps({"doc_id": doc_id})[:-1]


def _csv_head(doc_id: str) -> str:
    """What a fact's CSV row starts with: its doc_id cell and the delimiter after it."""
    kept, writer = _csv_cell()
    kept.parts.clear()
    writer.write({"doc_id": doc_id})
    return "".join(kept.parts)[:-1]  # `cell,` + the empty cell after it + "\n"


@cache
def _csv_cell() -> tuple[Kept, CsvWriter]:
    """A facts.csv writer of a doc_id and an empty column, into a list."""
    from vnextract.outputs.export import CsvWriter, Kept

    kept = Kept()
    return kept, CsvWriter(kept, ["doc_id", ""])  # type: ignore[arg-type]  # it only writes


def _valid(stored: StoredResult) -> bool:
    """Whether the pydantic models accept the records of an entry."""
    from vnextract.models import records

    try:
        records("Article", [stored.article_record])
        records("Fact", stored.rows.records)
    except ValueError:  # pydantic's ValidationError
        return False
    return True


def _decode_source(blob: Any, source: Source) -> StoredResult | None:
    """`_decode` rebound to a source as read."""
    text = source.raw if source.derived else None
    return _decode(blob, source.doc_id, source.path, source.sha256, source.encoding, text)


def _decode(
    blob: Any, doc_id: str, path: str, sha256: str, encoding: str, text: str | None = None
) -> StoredResult | None:
    """A stored entry rebound to the current source; None when it is unreadable or not ours.

    `text` is the source's raw text when it is derived (see `StoredResult.text`).
    """
    try:
        body = zlib.decompress(blob).decode("utf-8", "surrogatepass")
        first, _, rest = body.partition("\n")
        head = json.loads(first)
    except (zlib.error, TypeError, ValueError, RecursionError):
        return None
    if not (
        isinstance(head, dict)
        and set(head) == {"article", "json", "csv"}
        and isinstance(head["json"], list)
        and isinstance(head["csv"], list)
    ):
        return None
    article, sizes = head["article"], [*head["json"], *head["csv"]]
    if not (
        isinstance(article, dict)
        and tuple(article) == ARTICLE_FIELDS
        and article["error"] is None
        and article["facts"] == len(head["json"]) == len(head["csv"])
        and all(type(n) is int and n > 0 for n in sizes)
        and sum(sizes) == len(rest)
    ):
        return None
    from vnextract.outputs.export import FactRows, StoredResult

    tails = [rest[end - n : end] for n, end in zip(sizes, itertools.accumulate(sizes), strict=True)]
    n = article["facts"]
    json_head, csv_head = _json_head(doc_id), _csv_head(doc_id)
    rows = FactRows(texts=[json_head + t for t in tails[:n]], csv=[csv_head + t for t in tails[n:]])
    article["doc_id"] = doc_id
    article["path"] = path
    article["sha256"] = sha256
    article["encoding"] = encoding
    return StoredResult(article, rows, text=text)
