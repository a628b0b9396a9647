"""The local engine: a corpus extracted by worker processes, results in input order.

`iter_results()` is what `vnextract run` streams into `run_corpus(results=...)`:

- sources are read in the parent, in the order of `extract_articles`, and
  grouped into chunks (smaller towards the end of a corpus of known size, so
  that the workers finish together); each chunk's uncached articles go to a
  worker process as one task; results come back chunk by chunk, as the
  exports write them (`StoredResult`: records, JSON texts, CSV rows), and are
  yielded in input order, so the exports are byte-identical whatever
  `--workers` is;
- at most `2 x workers` chunks are in flight: memory does not grow with the
  corpus;
- the pipeline is built once: on Linux by the parent, whose workers are
  forked with it; elsewhere by each worker, in its initializer;
- with a `ResultCache`, cached articles are never sent to a worker, and a
  fully cached run neither starts processes nor loads the extractor;
- workers are replaced by fresh ones every RECYCLE_EVERY articles, so that
  what grows with a corpus's vocabulary (caches keyed by words, spaCy's
  string store when a caller's pipeline uses spaCy) stays bounded;
- `workers=1` runs everything in this process, through the same functions
  (on a corpus longer than RECYCLE_EVERY articles, in one recycled worker).

A worker process that dies (killed, out of memory) breaks the pool: a new
pool is started, the chunks in flight are sent again, and the chunk that was
being waited for is retried one article per task; an article that kills a
worker again is reported as a failed input, like an unreadable file.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from vnextract import api as pipeline
from vnextract.api import Result, failed_result, source_failed
from vnextract.facts.lexicon import Lexicon, load_lexicon
from vnextract.inputs.sources import (
    RECORD_SUFFIXES,
    STDIN,
    FailedSource,
    Source,
    iter_items,
    list_inputs,
)
from vnextract.outputs.export import FactRows, StoredResult, export_of

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from vnextract.inputs.records import RecordFields
    from vnextract.running.cache import ResultCache

#: Largest number of articles sent to a worker as one task.
MAX_CHUNK = 16
#: Articles a worker extracts before it is replaced by a fresh one, forked from the parent.
#: Caches keyed by words (and spaCy's string store, where spaCy runs) grow with every new
#: word of a corpus; fresh workers keep the memory of a long run flat. Forking costs
#: milliseconds.
RECYCLE_EVERY = 1000
#: The error of an article whose extraction killed a worker process twice.
WORKER_DIED = "the worker process died while extracting this article"

#: A short article run once per worker so every lazily loaded resource is loaded.
_WARM_TEXT = (
    "Hanoï, 10 mars (VNA) - Le portail national des services publics a reçu plus de "
    "116 millions de visites au 8 mars 2021, soit 26,7 % de plus qu'en 2020."
)
_WORKER_LEXICON: Lexicon | None = None


def default_workers() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


def chunk_size(n_inputs: int, workers: int) -> int:
    """Articles per task: about four tasks per worker, at most MAX_CHUNK."""
    if workers <= 1:
        return 1
    return max(1, min(MAX_CHUNK, n_inputs // (workers * 4)))


def warm(lexicon: Lexicon | None = None) -> None:
    """Load everything the extractor loads lazily (word lists, patterns, tokenizer), once."""
    from vnextract.inputs.sources import from_text

    (lexicon or load_lexicon()).compile()  # the stem patterns, compiled on first use otherwise
    pipeline.process_source(from_text(_WARM_TEXT, doc_id="warm"), lexicon)


#: (pid, read end, write end) of the pipe this process's forked workers watch.
_LIFELINE: tuple[int, int, int] | None = None


def _lifeline() -> tuple[int, int]:
    """A pipe of this process's: once each forked worker has closed its copy of the write
    end, this process holds the only one, and the read end sees end-of-file when it
    exits, however it exits (SIGKILL included). One per process, never closed: workers
    of a replaced pool still finishing their chunks watch it too."""
    global _LIFELINE
    if _LIFELINE is None or _LIFELINE[0] != os.getpid():
        r, w = os.pipe()
        _LIFELINE = (os.getpid(), r, w)
    return _LIFELINE[1], _LIFELINE[2]


def _end_worker() -> None:
    """End this worker at once: SIGTERM, whose default action the worker restored."""
    os.kill(os.getpid(), signal.SIGTERM)


def _exit_with(parent: int, lifeline: tuple[int, int] | None) -> None:
    """Make this worker end when its parent does, even on SIGKILL (it would wait forever).

    A forked worker closes its copy of the lifeline's write end and a thread waits on
    the read end, blocked in the kernel (no CPU, no lock), until the parent's exit
    closes the pipe. A worker started otherwise (spawn) does not have the pipe and
    polls its parent's pid instead.
    """
    if lifeline is not None:
        r, w = lifeline
        os.close(w)

        def wait() -> None:
            with contextlib.suppress(OSError):
                while os.read(r, 1):
                    pass
            _end_worker()

    else:  # pragma: no cover - platforms without fork

        def wait() -> None:
            while os.getppid() == parent:
                time.sleep(0.5)
            _end_worker()

    threading.Thread(target=wait, name="vnextract-parent-watch", daemon=True).start()


def _init_worker(lexicon: Lexicon, parent: int, lifeline: tuple[int, int] | None) -> None:
    global _WORKER_LEXICON
    _exit_with(parent, lifeline)
    # Ctrl-C and SIGTERM are the parent's to handle: it cancels the run and waits for
    # the workers (a fork also copies the CLI's SIGTERM handler, which is not for them).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER_LEXICON = lexicon
    if lifeline is None:  # a forked worker (given the lifeline) has what `_new_pool` loaded
        warm(lexicon)


def _extract_chunk(sources: list[Source]) -> list[StoredResult]:
    """The results of a chunk as the exports write them: article records, JSON texts, rows.

    Formatted here: the parent only writes them, and formatting them would be its
    work, on one of the cores the workers need.
    """
    lex = _WORKER_LEXICON or load_lexicon()
    done = []
    for source in sources:
        result = pipeline.guarded_process(source, lex)
        article, rows = export_of(result)
        done.append(StoredResult(article, FactRows(texts=rows.texts, csv=rows.csv), result.text))
    return done


@dataclass
class _Chunk:
    """Consecutive inputs: results known in the parent, and sources sent to a worker."""

    slots: list[Result | StoredResult | None] = field(default_factory=list)
    todo: list[tuple[int, Source]] = field(default_factory=list)
    future: Future[list[StoredResult]] | None = None


class LocalEngine:
    """Worker processes extracting chunks of articles; see `iter_results`."""

    def __init__(
        self,
        lexicon: Lexicon,
        workers: int,
        cache: ResultCache | None = None,
        processes: bool | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.workers = max(1, workers)
        self.cache = cache
        #: extract in worker processes (default: when there are several workers)
        self.processes = self.workers > 1 if processes is None else processes
        self._pool: ProcessPoolExecutor | None = None
        self._pool_articles = 0
        self._pending: deque[_Chunk] = deque()

    def run(
        self,
        items: Iterable[Source | FailedSource | StoredResult],
        size: int,
        total: int | None = None,
    ) -> Iterator[Result | StoredResult]:
        """Yield the results of the items in their order (a `StoredResult` as it is).

        Chunks hold `size` items; when the number of items is known (`total`, or
        more), chunks get smaller towards the end, so that the workers finish
        together rather than one waiting for the other's last chunk.
        """
        try:
            chunk = _Chunk()
            for seen, item in enumerate(items, 1):
                self._add(chunk, item)
                if len(chunk.slots) >= self._chunk_size(size, total, seen):
                    yield from self._push(chunk)
                    chunk = _Chunk()
            if chunk.slots:
                yield from self._push(chunk)
            while self._pending:
                yield from self._finish(self._pending.popleft())
        finally:
            self._pending.clear()
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None
            if self.cache is not None:
                self.cache.flush()

    def _chunk_size(self, size: int, total: int | None, seen: int) -> int:
        """`size`, or less once fewer than `2 x size` items per worker remain."""
        if total is None or not self.processes:
            return size
        return max(1, min(size, (total - seen) // (2 * self.workers)))

    def _add(self, chunk: _Chunk, item: Source | FailedSource | StoredResult) -> None:
        if isinstance(item, StoredResult):  # served by the cache without reading the file
            chunk.slots.append(item)
            return
        if isinstance(item, FailedSource):
            chunk.slots.append(failed_result(item))
            return
        hit = self.cache.get(item) if self.cache is not None else None
        if hit is None:
            chunk.todo.append((len(chunk.slots), item))
        chunk.slots.append(hit)

    def _push(self, chunk: _Chunk) -> Iterator[Result | StoredResult]:
        if chunk.todo and self.processes:
            chunk.future = self._submit([s for _, s in chunk.todo])
        self._pending.append(chunk)
        limit = 2 * self.workers
        while self._pending:
            head = self._pending[0]
            ready = head.future is None or head.future.done()
            if not ready and len(self._pending) <= limit:
                break
            yield from self._finish(self._pending.popleft())

    def _finish(self, chunk: _Chunk) -> Iterator[Result | StoredResult]:
        sources = [s for _, s in chunk.todo]
        done: list[Result | StoredResult]
        if chunk.future is None:
            done = [pipeline.guarded_process(s, self.lexicon) for s in sources]
        else:
            from concurrent.futures.process import BrokenProcessPool

            try:
                done = list(chunk.future.result())
            except BrokenProcessPool:
                self._restart()
                done = [self._isolated(s) for s in sources]
        for (slot, source), result in zip(chunk.todo, done, strict=True):
            chunk.slots[slot] = result
            if self.cache is not None:
                self.cache.put(source, result)
        if self.cache is not None:
            self.cache.flush()
        for ready in chunk.slots:
            assert ready is not None
            yield ready

    def _isolated(self, source: Source) -> Result | StoredResult:
        """One article in its own task; reported as failed if it kills a worker again."""
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._submit([source]).result()[0]
        except BrokenProcessPool:
            self._restart()
            return source_failed(source, WORKER_DIED)

    def _submit(self, sources: list[Source]) -> Future[list[StoredResult]]:
        if self._pool is not None and self._pool_articles >= RECYCLE_EVERY * self.workers:
            # the old workers finish the chunks they hold, then exit
            self._pool.shutdown(wait=False)
            self._pool = None
        if self._pool is None:
            self._pool = self._new_pool()
            self._pool_articles = 0
        self._pool_articles += len(sources)
        with warnings.catch_warnings():
            # Python 3.12+ warns when forking a process that has threads (a progress bar's
            # refresher, a Dask client's loop): the children only run the extractor and
            # take none of those threads' locks.
            warnings.filterwarnings(
                "ignore",
                message=r".*use of fork\(\) may lead to deadlocks",
                category=DeprecationWarning,
            )
            return self._pool.submit(_extract_chunk, sources)

    def _new_pool(self) -> ProcessPoolExecutor:
        # imported here: a run in one process (one file, --workers 1) needs neither
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # fork: the parent loads the pipeline once and every worker starts with it, in
        # milliseconds (N workers loading it each would cost N times the CPU, and the
        # pages stay shared); elsewhere the platform default (spawn), and the initializer
        # loads it in each worker.
        ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
        forked = ctx.get_start_method() == "fork"
        if forked:
            warm(self.lexicon)
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=ctx,
            initializer=_init_worker,
            initargs=(self.lexicon, os.getpid(), _lifeline() if forked else None),
        )

    def _restart(self) -> None:
        """A new pool after a worker died; chunks in flight on the old one are sent again."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        for chunk in self._pending:
            fut = chunk.future
            if fut is None or (fut.done() and fut.exception() is None):
                continue
            chunk.future = self._submit([s for _, s in chunk.todo])


def iter_results(
    inputs: Iterable[str | os.PathLike[str]],
    lexicon: Lexicon | None = None,
    *,
    workers: int | None = None,
    cache: ResultCache | None = None,
    fields: RecordFields | None = None,
    chunk: int | None = None,
    items: Iterable[Source | FailedSource | StoredResult] | None = None,
) -> Iterator[Result | StoredResult]:
    """Extract every input with worker processes; results in input order.

    Args:
        inputs: files and folders (folders read in name order), `-` for stdin.
        lexicon: the vocabulary in force (default: built-in).
        workers: worker processes (default: the number of cores); 1 runs in this process,
            or in one recycled worker process on a corpus of more than RECYCLE_EVERY articles.
        cache: a `ResultCache` to read results from and write new ones to.
        fields: names of the text, id and date fields of `.jsonl`/`.json` records.
        chunk: articles per task (default: from the corpus size, at most MAX_CHUNK).
        items: the rest of `iter_items(inputs, fields)` when the caller has begun reading
            it (`ResultCache.results` hands over at its first miss, with the files it knows
            unchanged as their stored results); default: all of it.

    Returns:
        An iterator of results, exactly those of `extract_articles` in the same order
        (those given as stored results in `items` as they are).
    """
    inputs = list(inputs)
    lex = lexicon or load_lexicon()
    n_workers = workers or default_workers()
    listed = list_inputs([Path(p) for p in inputs if str(p) != STDIN])
    n_inputs = len(listed) + sum(str(p) == STDIN for p in inputs)
    corpus = any(p.suffix.lower() in RECORD_SUFFIXES for p in listed)
    if n_inputs <= 1 and not corpus:
        n_workers = 1  # one article: a pool would only add a process start
    # One worker still runs in a (recycled) process on a long corpus, where memory would
    # otherwise grow with its vocabulary; with fork that costs nothing but the transfers.
    long_run = corpus or n_inputs > RECYCLE_EVERY
    processes = n_workers > 1 or (long_run and sys.platform == "linux")
    # a corpus of records holds an unknown number of articles: full chunks
    size = chunk or chunk_size(10**9 if corpus else n_inputs, max(n_workers, 2 * processes))
    engine = LocalEngine(lex, n_workers, cache, processes)
    total = None if corpus else n_inputs  # (an upper bound for `items` handed over)
    yield from engine.run(iter_items(inputs, fields) if items is None else items, size, total)
