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
article, its records as zlib-compressed JSON (no pickle: a cache file never
runs code). Where the folder is: `--cache-dir`, else `$VNEXTRACT_CACHE_DIR`,
else `.vnextract-cache/` next to the output folder (`data/.vnextract-cache/`
for the default `--out data/out`). Next to the output rather than under
`$XDG_CACHE_HOME`: the cache lives with the project it serves, is removed
with it, and two projects never share (or grow) one hidden store. Delete the
folder to clear it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
import zlib
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vnextract.lexicon import Lexicon
    from vnextract.pipeline import Result
    from vnextract.sources import Source

#: Name of the cache folder created next to the output folder.
CACHE_DIRNAME = ".vnextract-cache"
#: Environment variable naming the cache folder (overrides the default).
CACHE_ENV = "VNEXTRACT_CACHE_DIR"
#: Libraries whose version can change the facts extracted from the same text.
_LIBRARIES = ("spacy", "wordfreq", "dateparser", "text2num", "charset-normalizer", "trafilatura")
_SCHEMA = 1


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
    from importlib import metadata

    from vnextract.pipeline import EXTRACTOR_VERSION

    h = hashlib.sha256(f"schema={_SCHEMA};version={EXTRACTOR_VERSION}".encode())
    root = Path(__file__).resolve().parent
    files = sorted([*root.glob("*.py"), *root.glob("data/*")])
    for f in files:
        if f.is_file():
            h.update(f.relative_to(root).as_posix().encode() + b"\0")
            h.update(hashlib.sha256(f.read_bytes()).digest())
    for lib in _LIBRARIES:
        try:
            version = metadata.version(lib)
        except metadata.PackageNotFoundError:
            version = "-"
        h.update(f"{lib}={version};".encode())
    return h.hexdigest()


def lexicon_fingerprint(lexicon: Lexicon) -> str:
    """Hash of every metric of the vocabulary in force, field by field."""
    from vnextract.lexicon import Stems

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
        lexicon: the vocabulary in force (part of every key).

    Raises:
        CacheError: the folder or the database cannot be opened.
    """

    def __init__(self, folder: str | Path, lexicon: Lexicon) -> None:
        self.folder = Path(folder)
        self.context = f"{extractor_fingerprint()}:{lexicon_fingerprint(lexicon)}"
        self.hits = 0
        self.misses = 0
        self._pending: list[tuple[str, bytes]] = []
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.folder / "results.sqlite", timeout=60)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB NOT NULL)"
            )
            self._db.commit()
        except (OSError, sqlite3.Error) as exc:
            raise CacheError(f"cannot use cache folder {self.folder}: {exc}") from exc

    def key(self, source: Source) -> str:
        """The key of a source in this cache."""
        return source_key(source, self.context)

    def get(self, source: Source) -> Result | None:
        """The cached result of a source, rebound to its doc_id and path; None on a miss."""
        try:
            row = self._db.execute(
                "SELECT value FROM results WHERE key = ?", (self.key(source),)
            ).fetchone()
        except sqlite3.Error:
            row = None
        result = _decode(row[0], source) if row is not None else None
        if result is None:
            self.misses += 1
        else:
            self.hits += 1
        return result

    def put(self, source: Source, result: Result) -> None:
        """Remember a source's result (failed ones are never cached); written on `flush`."""
        if result.failed:
            return
        from vnextract.export import record

        data = {"article": record(result.article), "facts": [record(f) for f in result.facts]}
        blob = zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 1)
        self._pending.append((self.key(source), blob))

    def flush(self) -> None:
        """Write the results put since the last flush in one transaction."""
        if not self._pending:
            return
        rows, self._pending = self._pending, []
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?)", rows)
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


@cache
def _stored() -> Any:
    """The pydantic model of a stored entry: validated from JSON in one call (pydantic-core)."""
    from pydantic import BaseModel

    from vnextract.models import Article, Fact

    class Stored(BaseModel):
        article: Article
        facts: list[Fact]

    return Stored


def _decode(blob: bytes, source: Source) -> Result | None:
    """A stored result rebound to the current source; None when the entry is unreadable."""
    from pydantic import ValidationError

    from vnextract.pipeline import Result

    try:
        entry = _stored().model_validate_json(zlib.decompress(blob))
    except (zlib.error, ValueError, ValidationError):
        return None
    article = entry.article.model_copy(
        update={
            "doc_id": source.doc_id,
            "path": source.path,
            "sha256": source.sha256,
            "encoding": source.encoding,
        }
    )
    facts = entry.facts
    for fact in facts:
        fact.doc_id = source.doc_id
    return Result(article, facts, text=source.raw if source.derived else None)
