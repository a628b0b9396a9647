"""Running a corpus: stream results into the three exports of an output folder.

`facts.json`, `facts.csv` and `articles.json` are written as results arrive
(memory does not grow with the corpus) into temporary files of the output
folder, and renamed into place only when the whole run succeeded: an
interrupted run leaves the previous exports as they were.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vnextract.inputs.sources import STDIN
from vnextract.outputs.columns import EXPORTS, FACT_FIELDS, TEXTS_DIR
from vnextract.outputs.export import (
    EXCEL_CSV,
    AtomicWriter,
    CsvWriter,
    FactRows,
    JsonArrayWriter,
    ParquetWriter,
    StoredResult,
    export_of,
)
from vnextract.outputs.texts import TextsWriter

if TYPE_CHECKING:
    # (imported when used: a re-run served from the cache writes records, not models)
    from vnextract.api import Result
    from vnextract.facts.lexicon import Lexicon
    from vnextract.inputs.records import RecordFields
    from vnextract.models import Fact

_ALSO_WRITTEN = ("facts.parquet", "report.html", "timeline.json", "timeline.csv")


class OutputError(ValueError):
    """An output folder that must not be used (e.g. inside the input folder)."""


@dataclass
class RunSummary:
    """What a run did: counts, and the inputs that failed with their reasons."""

    articles: int = 0
    facts: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    out: Path | None = None


def check_output(out: Path, inputs: Iterable[str | os.PathLike[str]]) -> None:
    """Refuse an output folder equal to or inside an input folder (inputs are never written)."""
    o = out.resolve()
    # what a run (or `report`, `timeline`) replaces in the output folder
    written = [o / name for name in (*EXPORTS, *_ALSO_WRITTEN, TEXTS_DIR)]
    for item in inputs:
        p = Path(item)
        src = p.resolve()
        if str(item) != STDIN and any(src == w or w in src.parents for w in written):
            raise OutputError(
                f"input {p} is one of the files a run writes in {out}; choose another --out"
            )
        if not p.is_dir():
            continue
        if o == src or src in o.parents:
            raise OutputError(
                f"output folder {out} is inside the input folder {p}; choose another --out"
            )


#: What vnextract stages in an output folder (`AtomicWriter`, `ParquetWriter`, `TextsWriter`).
_STAGED = re.compile(
    r"^\.(facts\.json|facts\.csv|articles\.json|facts\.parquet|texts"
    r"|report\.html|timeline\.json|timeline\.csv)\..+\.tmp$"
)


def remove_stale_temps(out_dir: Path) -> list[str]:
    """Remove what a run killed outright (SIGKILL, power loss) left staged; return the names.

    Only names of vnextract's own staging pattern are touched. One run per
    output folder at a time: a concurrent run's staging would be removed too.
    """
    removed = []
    for entry in sorted(out_dir.iterdir()):
        if not _STAGED.match(entry.name):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed.append(entry.name)
    return removed


@contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM during the commit, then deliver them to their usual handlers.

    The renames take milliseconds, but a Ctrl-C between two of them would leave a
    new facts.json beside an old articles.json. Handlers can only be set from the
    main thread; elsewhere, and for a handler not set from Python, nothing is held.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    previous = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        handler = signal.getsignal(sig)
        if handler is not None:
            previous[sig] = handler
            signal.signal(sig, lambda signum, _frame: held.append(signum))
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for signum in held[:1]:
            signal.raise_signal(signum)


def run_corpus(
    inputs: Iterable[str | os.PathLike[str]],
    out: str | Path,
    lexicon: Lexicon | str | Path | None = None,
    results: Iterable[Result | StoredResult] | None = None,
    on_result: Callable[[Result | StoredResult], None] | None = None,
    fields: RecordFields | None = None,
    keep: Callable[[dict[str, Any]], bool] | None = None,
    excel: bool = False,
    parquet: bool = False,
    on_facts: Callable[[FactRows], None] | None = None,
) -> RunSummary:
    """Extract every input and write the exports into `out` atomically.

    Args:
        inputs: files and folders (folders are read in name order).
        out: the output folder (created if missing).
        lexicon: vocabulary or path of a user vocabulary file.
        results: precomputed results to write instead of extracting (used by parallel engines
            and the result cache).
        on_result: called with each result once it is written (progress, messages).
        fields: names of the text, id and date fields of `.jsonl`/`.json` records.
        keep: a fact filter (`vnextract.outputs.filters.FactFilter`) applied to the fact exports;
            `articles.json` stays complete, each article with its full fact count.
        excel: write facts.csv for spreadsheets (UTF-8 BOM, `;`, decimal comma).
        parquet: also write facts.parquet (needs pyarrow).
        on_facts: called with each article's facts as written to the fact exports (so
            after `keep`), before `on_result` (streaming to stdout).

    Returns:
        A summary of the run.
    """
    inputs = list(inputs)
    out_dir = Path(out)
    check_output(out_dir, inputs)
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(out_dir)
    stream: Iterator[Result | StoredResult]
    if results is not None:
        stream = iter(results)
    else:
        from vnextract.api import extract_articles

        stream = extract_articles(inputs, lexicon, fields)
    summary = RunSummary(out=out_dir)
    texts = TextsWriter(out_dir)
    pq: ParquetWriter | None = None
    if parquet:
        from vnextract.models import Fact

        pq = ParquetWriter(out_dir / "facts.parquet", Fact)
    csv_opts = EXCEL_CSV if excel else {"encoding": "utf-8", "delimiter": ",", "decimal": "."}
    with ExitStack() as stack:
        stack.push(texts.abort_on_error)
        if pq is not None:
            stack.callback(pq.abort)
        fj = JsonArrayWriter(
            stack.enter_context(AtomicWriter(out_dir / "facts.json", newline=None))
        )
        fc = CsvWriter(
            stack.enter_context(AtomicWriter(out_dir / "facts.csv", encoding=csv_opts["encoding"])),
            FACT_FIELDS,
            delimiter=csv_opts["delimiter"],
            decimal=csv_opts["decimal"],
        )
        aj = JsonArrayWriter(
            stack.enter_context(AtomicWriter(out_dir / "articles.json", newline=None))
        )
        for result in stream:
            summary.articles += 1
            article, rows = export_of(result)
            if article["error"] is not None:
                summary.failed.append((article["path"], article["error"] or "failed"))
            if keep is not None:
                rows = rows.select(keep)
            fj.write_rows(rows)
            fc.write_rows(rows)
            if pq is not None:
                pq.write_rows(rows)
            if on_facts is not None:
                on_facts(rows)
            summary.facts += len(rows)
            if result.text is not None:
                texts.write(article["doc_id"], result.text)
            aj.write(article)
            if on_result is not None:
                on_result(result)
        with signals_deferred():
            # Commit: the exports are renamed into place together, never a mix of two runs.
            fj.close()
            aj.close()
            if pq is not None:
                pq.close()
            stack.close()
            texts.commit()
    return summary


def facts_of(results: Iterable[Result]) -> Iterator[Fact]:
    """Every fact of a stream of results."""
    for r in results:
        yield from r.facts
