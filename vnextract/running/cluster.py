"""The Dask engine: the same extraction spread over a Dask cluster, results in input order.

`vnextract run DIR --engine dask` lists the inputs on the client, cuts them
into partitions (a few hundred articles; fewer for a small corpus, so every
worker gets some), and submits one task per partition to a
`dask.distributed` cluster: a `LocalCluster` of N worker processes, or the
cluster whose scheduler `--scheduler tcp://HOST:PORT` names. Each task reads
its files on the worker (local paths, on a file system the workers share, or
fsspec URLs such as `s3://bucket/news/` when the matching fsspec package is
installed there) and extracts them with the pipeline that worker built once
(a worker plugin warms it when the worker starts). Results come back
partition by partition, in input order, and the client writes them with
`run_corpus(results=...)`: the exports are byte-identical to the local
engine's.

Failures: an unreadable file is a failed input, as in the local engine; a
worker lost in the middle of a run has its tasks run again elsewhere by the
scheduler (up to `distributed.scheduler.allowed-failures` times).

Dask is an optional extra (`pip install 'vnextract[dask]'`): nothing here
imports it before a run asks for it.
"""

from __future__ import annotations

import dataclasses
import importlib
import math
import os
import re
import tempfile
import threading
import uuid
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import TYPE_CHECKING, Any

from vnextract import api as pipeline
from vnextract.api import Result, failed_result
from vnextract.facts.lexicon import Lexicon, load_lexicon
from vnextract.inputs.sources import (
    INPUT_SUFFIXES,
    RECORD_SUFFIXES,
    STDIN,
    DocIds,
    FailedSource,
    Source,
    iter_sources,
    list_inputs,
    path_sources,
    scan_inputs,
)
from vnextract.outputs.export import FactRows

if TYPE_CHECKING:
    from vnextract.inputs.records import RecordFields

#: Largest number of articles in one task.
MAX_PARTITION = 256
#: Name of the worker plugin that builds the pipeline when a worker starts.
PLUGIN_NAME = "vnextract-warm"

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_PATH_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):/(?!/)")
_LOCK = threading.Lock()


class EngineError(Exception):
    """The Dask engine cannot run; the message says why in one line."""


class DaskUnavailable(EngineError):
    """`--engine dask` without Dask installed."""


class InputError(EngineError):
    """An input the Dask engine cannot list (unknown URL protocol, missing fsspec package)."""


def check_available() -> None:
    """Raise DaskUnavailable with a one-line hint when dask.distributed cannot be imported."""
    try:
        importlib.import_module("distributed")
    except ImportError:
        raise DaskUnavailable("--engine dask needs Dask: pip install 'vnextract[dask]'") from None


def is_url(item: str) -> bool:
    """True for `proto://...` inputs other than plain local paths."""
    return bool(_URL.match(item)) and not item.startswith("file://")


def as_input(item: str | os.PathLike[str]) -> str:
    """An input as a string, undoing what `Path()` does to a URL (`s3:/b/k` -> `s3://b/k`)."""
    text = os.fspath(item)
    if isinstance(item, Path) and _PATH_URL.match(text):
        scheme, rest = text.split(":", 1)
        return f"{scheme}:/{rest}" if scheme != "file" else f"file://{rest}"
    return text


def _fs(url: str) -> tuple[Any, str]:
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise InputError(f"{url}: URL inputs need fsspec (pip install fsspec)") from None
    try:
        return url_to_fs(url)
    except (ImportError, ValueError) as exc:
        raise InputError(f"{url}: {exc}") from None


def expand_inputs(inputs: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Files of the inputs in the order `extract_articles` reads them; URL folders listed too."""
    out: list[str] = []
    for raw in inputs:
        item = as_input(raw)
        if item == STDIN:
            out.append(item)
        elif _URL.match(item):
            fs, path = _fs(item)
            if fs.isdir(path):
                names = [
                    p
                    for p in fs.ls(path, detail=False)
                    if not PurePosixPath(p).name.startswith(".")
                    and PurePosixPath(p).suffix.lower() in INPUT_SUFFIXES
                    and not fs.isdir(p)
                ]
                out.extend(
                    fs.unstrip_protocol(p)
                    for p in sorted(names, key=lambda p: PurePosixPath(p).name)
                )
            else:
                out.append(item)
        else:
            out.extend(str(p) for p in list_inputs([Path(item)]))
    return out


def partition_size(n_items: int, n_workers: int) -> int:
    """About two tasks per worker thread, at most MAX_PARTITION articles each."""
    return max(1, min(MAX_PARTITION, math.ceil(n_items / max(1, 2 * n_workers))))


def _rebind(src: Source | FailedSource, local: str, given: str) -> Source | FailedSource:
    """A source read from `local` reported under the name the user gave."""
    if src.path.startswith(local):
        return dataclasses.replace(src, path=given + src.path[len(local) :])
    return src


#: A partition item: a URL, a local file with its doc id, or a source read on the client.
Item = str | tuple[str, str] | Source | FailedSource


def _read(item: Item, fields: RecordFields | None) -> Iterator[Source | FailedSource]:
    """Sources of one partition item, read on the worker."""
    if isinstance(item, (Source, FailedSource)):
        yield item
        return
    if isinstance(item, str):
        try:
            fs, path = _fs(item)
            data = fs.cat_file(path)
        except (OSError, InputError) as exc:
            name = PurePosixPath(item.split("://", 1)[1]).stem
            yield FailedSource(doc_id=name, path=item, reason=str(exc) or type(exc).__name__)
            return
        with tempfile.TemporaryDirectory(prefix="vnextract-") as tmp:
            local = Path(tmp) / PurePosixPath(path).name
            local.write_bytes(data)
            for src in iter_sources([local], fields):
                yield _rebind(src, str(local), item)
        return
    given, doc_id = item
    absolute = os.path.abspath(given)
    for src in path_sources(Path(absolute), fields, doc_id):
        yield _rebind(src, absolute, given)


def plan_items(
    inputs: Iterable[str | os.PathLike[str]], fields: RecordFields | None
) -> tuple[list[Item], DocIds, tuple[str, ...]]:
    """The partition items of the inputs, in order, the run's doc ids, and its corpora.

    Local files are listed here (`scan_inputs`: folders recursively, each file with
    its doc id) and read on the workers; stdin is read here. A corpus's records are
    read on a worker too: their ids are made unique here as their results come back
    (`_unique`), for which the corpora's names are returned.
    """
    given = [as_input(x) for x in inputs]
    listing = scan_inputs([g for g in given if not _URL.match(g)])
    ids = DocIds(listing)
    items: list[Item] = []
    corpora: list[str] = []
    i, n_local = 0, 0
    for g in given:
        if _URL.match(g):
            urls = expand_inputs([g])
            items.extend(urls)
            corpora.extend(u for u in urls if PurePosixPath(u).suffix.lower() in RECORD_SUFFIXES)
            continue
        while i < len(listing.files) and listing.origins[i] == n_local:
            p = listing.files[i]
            if str(p) == STDIN or p in listing.failed:  # (stdin: read here, extracted there)
                items.extend(ids.read(i, fields))
            else:
                items.append((str(p), listing.ids[i]))
                if p.suffix.lower() in RECORD_SUFFIXES:
                    corpora.append(str(p))  # (as results name it: `_rebind`)
            i += 1
        n_local += 1
    return items, ids, tuple(corpora)


def _unique(result: Result, ids: DocIds, corpora: tuple[str, ...]) -> Result:
    """A result of a corpus's record, with an id no other article of the run has."""
    art = result.article_record
    path = str(art["path"])
    if not any(path == c or path.startswith((f"{c}:", f"{c}#")) for c in corpora):
        return result
    doc_id = ids.claim(art["doc_id"], path)
    if doc_id != art["doc_id"]:
        art["doc_id"] = doc_id
        result.rows = FactRows([{**r, "doc_id": doc_id} for r in result.rows.records])
    return result


def extract_partition(
    items: Sequence[Item],
    lexicon: Lexicon,
    fields: RecordFields | None = None,
) -> list[Result]:
    """The task run on a worker: read and extract one partition of inputs, in order."""
    # One article at a time per worker process: spaCy's vocabulary is not shared safely
    # between threads, and the work holds the GIL anyway (start workers with --nthreads 1).
    with _LOCK:
        out: list[Result] = []
        for item in items:
            for src in _read(item, fields):
                if isinstance(src, FailedSource):
                    out.append(failed_result(src))
                else:
                    out.append(pipeline.guarded_process(src, lexicon))
        return out


class WarmPipeline:
    """Worker plugin: builds the pipeline when a worker starts, not in its first task."""

    name = PLUGIN_NAME

    def setup(self, worker: Any) -> None:
        from vnextract.running.parallel import warm

        with _LOCK:
            warm(load_lexicon())

    def teardown(self, worker: Any) -> None:
        return None


def local_cluster(workers: int) -> Any:
    """A `LocalCluster` of single-threaded worker processes on this machine, quiet."""
    import logging

    from distributed import LocalCluster

    return LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        worker_dashboard_address=None,
        # no dashboard, and its HTTP routes on a free port: 8787 may be taken by
        # another cluster (and a "port in use" warning is an error under pytest)
        scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
        silence_logs=logging.ERROR,
    )


class DaskEngine:
    """A Dask client (and, without a scheduler address, its LocalCluster); a context manager.

    Args:
        workers: worker processes of the LocalCluster (ignored with `scheduler`).
        scheduler: address of an existing scheduler, e.g. `tcp://10.0.0.5:8786`.
    """

    def __init__(self, workers: int | None = None, scheduler: str | None = None) -> None:
        check_available()
        from vnextract.running.parallel import default_workers

        self.workers = workers or default_workers()
        self.scheduler = scheduler
        self.cluster: Any = None
        self.client: Any = None

    def __enter__(self) -> DaskEngine:
        from distributed import Client

        if self.scheduler is None:
            self.cluster = local_cluster(self.workers)
            self.client = Client(self.cluster)
        else:
            try:
                self.client = Client(self.scheduler)
            except (OSError, TimeoutError, ValueError) as exc:
                raise EngineError(f"cannot reach Dask scheduler {self.scheduler}: {exc}") from None
        self.client.register_plugin(_worker_plugin(), name=PLUGIN_NAME)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def threads(self) -> int:
        """Worker threads in the cluster now (at least 1)."""
        return max(1, sum(self.client.nthreads().values()))

    def results(
        self,
        inputs: Iterable[str | os.PathLike[str]],
        lexicon: Lexicon | None = None,
        fields: RecordFields | None = None,
        size: int | None = None,
    ) -> Iterator[Result]:
        """Extract the inputs on the cluster; results in input order."""
        lex = lexicon or load_lexicon()
        items, ids, corpora = plan_items(inputs, fields)
        threads = self.threads()
        size = size or partition_size(len(items), threads)
        parts = [items[i : i + size] for i in range(0, len(items), size)]
        token = uuid.uuid4().hex
        pending: deque[Any] = deque()
        todo = iter(enumerate(parts))
        limit = 2 * threads

        def submit() -> bool:
            nxt = next(todo, None)
            if nxt is None:
                return False
            i, part = nxt
            pending.append(
                self.client.submit(
                    extract_partition, part, lex, fields, key=f"vnextract-{token}-{i}", pure=False
                )
            )
            return True

        while len(pending) < limit and submit():
            pass
        while pending:
            fut = pending.popleft()
            done = fut.result()
            fut.release()
            submit()
            for result in done:
                yield _unique(result, ids, corpora)
        ids.report_skipped()


def _worker_plugin() -> Any:
    """WarmPipeline as a `distributed.WorkerPlugin` (the base class needs dask installed)."""
    from distributed import WorkerPlugin

    class _Plugin(WarmPipeline, WorkerPlugin):
        pass

    return _Plugin()


def dask_results(
    inputs: Iterable[str | os.PathLike[str]],
    lexicon: Lexicon | None = None,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    fields: RecordFields | None = None,
) -> Iterator[Result]:
    """Extract every input on a Dask cluster (started lazily, closed at the end), in order.

    Args:
        inputs: files, folders or fsspec URLs (`s3://...`) of files or folders.
        lexicon: the vocabulary in force (default: built-in).
        workers: worker processes of the LocalCluster started when `scheduler` is None.
        scheduler: address of an existing Dask scheduler.
        fields: names of the text, id and date fields of `.jsonl`/`.json` records.

    Returns:
        An iterator of results, exactly those of the local engine in the same order.
    """
    inputs = list(inputs)
    expand_inputs(inputs)  # a bad URL is reported before any cluster starts
    with DaskEngine(workers, scheduler) as engine:
        yield from engine.results(inputs, lexicon, fields)
