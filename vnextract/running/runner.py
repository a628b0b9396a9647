"""Running a corpus: stream results into the exports of an output folder.

`facts.json`, `facts.csv` and `articles.json` (and `texts/`, `facts.parquet`)
are written as results arrive (memory does not grow with the corpus) into a
new generation folder of the output folder, put in force in one step only
when the whole run succeeded (`vnextract.outputs.runset`): an interrupted or
failed run leaves the previous exports as they were, and a reader never sees
a mix of two runs.
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
from vnextract.outputs import runset
from vnextract.outputs.columns import EXPORTS, FACT_FIELDS
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
from vnextract.outputs.runset import OutputBusy, OutputError
from vnextract.outputs.texts import TextsWriter

if TYPE_CHECKING:
    # (imported when used: a re-run served from the cache writes records, not models)
    from vnextract.api import Result
    from vnextract.facts.lexicon import Lexicon
    from vnextract.inputs.records import RecordFields
    from vnextract.models import Fact

__all__ = ["EXPORTS", "OutputBusy", "OutputError", "RunSummary", "check_output", "run_corpus"]


@dataclass
class RunSummary:
    """What a run did: counts, and the inputs that failed with their reasons."""

    articles: int = 0
    facts: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    out: Path | None = None
    #: The folder holding this run's files (its generation in `out/.runs/`).
    files: Path | None = None
    #: Facts the filter (`keep`) left out of the fact exports.
    left_out: int = 0
    #: Why the run left the exports in force in place (a filtered run meeting a full run's).
    kept_exports: str | None = None

    def note(self) -> str | None:
        """What the run left out of its fact exports and why, for its summary (None: nothing)."""
        if not self.left_out:
            return None
        return f"{self.left_out} fact{'s' * (self.left_out != 1)} left out by the filters"


def unreadable_folders(inputs: Iterable[str | os.PathLike[str]]) -> list[tuple[str, str]]:
    """The input folders that cannot be listed, each with why (`cannot read folder: ...`).

    A run skips them as failed inputs and reads the others.
    """
    found = []
    for item in inputs:
        p = Path(item)
        if str(item) == STDIN or not p.is_dir():
            continue
        try:
            with os.scandir(p):
                pass
        except OSError as exc:
            found.append((str(item), f"cannot read folder: {exc.strerror or exc}"))
    return found


def check_output(out: Path, inputs: Iterable[str | os.PathLike[str]]) -> None:
    """Refuse an output folder equal to or inside an input folder (inputs are never written)."""
    o = out.resolve()
    # what a run (or `report`, `timeline`) replaces in the output folder
    written = [o / name for name in (*runset.SET_NAMES, runset.RUNS, runset.LOCK)]
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
    return runset.remove_entries(out_dir, lambda name: _STAGED.match(name) is not None)


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


def check_writable(out: str | Path, inputs: Iterable[str | os.PathLike[str]]) -> None:
    """Check that a run may write `out` now (what `run_corpus` checks first), creating it.

    Raises:
        OutputError: `out` is inside an input, a file, under a file, or not writable;
            `OutputBusy` when another process is writing it.
    """
    out_dir = Path(out)
    check_output(out_dir, inputs)
    with runset.writing(out_dir):
        out_dir.mkdir(parents=True, exist_ok=True)
    runset.check_names(out_dir)
    with runset.locked(out_dir):
        pass


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
    replace_full: bool = False,
) -> RunSummary:
    """Extract every input and write the exports into `out`, all switched in at once.

    The run's files are written into a generation folder of `out` and put in
    force in one step (`vnextract.outputs.runset`): a reader sees the previous
    run's set or this one's, never a mix, and a failed or killed run leaves the
    previous set in force. One writer at a time: `out/.lock` is held throughout.

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
        replace_full: let a filtered run (`keep`) replace the exports of a run without
            filters; without it such a run leaves them in force (`RunSummary.kept_exports`).

    Returns:
        A summary of the run.

    Raises:
        OutputError: the output folder cannot be used (inside an input, a file, not
            writable, full); `OutputBusy` when another process is writing it.
    """
    inputs = list(inputs)
    out_dir = Path(out)
    check_output(out_dir, inputs)
    with runset.writing(out_dir):
        out_dir.mkdir(parents=True, exist_ok=True)
    runset.check_names(out_dir)
    with runset.locked(out_dir):
        with runset.writing(out_dir):
            remove_stale_temps(out_dir)
            runset.remove_unfinished(out_dir)
            switch = keep is None or replace_full or not runset.holds_full_run(out_dir)
            gen = runset.Generation(out_dir)
        try:
            summary = _write_generation(
                gen.path,
                inputs,
                lexicon,
                results,
                on_result,
                fields,
                keep,
                excel,
                parquet,
                on_facts,
            )
            with signals_deferred(), runset.writing(out_dir):
                # Commit: one rename of the `current` link puts the whole set in force.
                made = {"cwd": os.getcwd(), "filtered": keep is not None}
                summary.files = gen.commit(made, switch=switch)
        except BaseException:
            gen.abort()
            raise
        summary.out = out_dir
        if not switch:
            summary.kept_exports = (
                f"{out_dir} holds the exports of a run without filters: this filtered run "
                "left them in place (give another --out, or --force to replace them)"
            )
            if not parquet:  # its Parquet file is copied to stdout from there
                shutil.rmtree(summary.files, ignore_errors=True)
    return summary


def _write_generation(
    folder: Path,
    inputs: list[str | os.PathLike[str]],
    lexicon: Lexicon | str | Path | None,
    results: Iterable[Result | StoredResult] | None,
    on_result: Callable[[Result | StoredResult], None] | None,
    fields: RecordFields | None,
    keep: Callable[[dict[str, Any]], bool] | None,
    excel: bool,
    parquet: bool,
    on_facts: Callable[[FactRows], None] | None,
) -> RunSummary:
    """Write a run's files into `folder` as results arrive (memory does not grow)."""
    stream: Iterator[Result | StoredResult]
    if results is not None:
        stream = iter(results)
    else:
        from vnextract.api import extract_articles

        stream = extract_articles(inputs, lexicon, fields)
    out_dir = folder.parent.parent
    summary = RunSummary(out=out_dir)
    texts = TextsWriter(folder)
    pq: ParquetWriter | None = None
    csv_opts = EXCEL_CSV if excel else {"encoding": "utf-8", "delimiter": ",", "decimal": "."}
    with ExitStack() as stack:
        stack.push(texts.abort_on_error)
        with runset.writing(out_dir):
            if parquet:
                from vnextract.models import Fact

                pq = ParquetWriter(folder / "facts.parquet", Fact)
                stack.callback(pq.abort)
            fj = JsonArrayWriter(
                stack.enter_context(AtomicWriter(folder / "facts.json", newline=None))
            )
            fc = CsvWriter(
                stack.enter_context(
                    AtomicWriter(folder / "facts.csv", encoding=csv_opts["encoding"])
                ),
                FACT_FIELDS,
                delimiter=csv_opts["delimiter"],
                decimal=csv_opts["decimal"],
            )
            aj = JsonArrayWriter(
                stack.enter_context(AtomicWriter(folder / "articles.json", newline=None))
            )
        for result in stream:
            summary.articles += 1
            article, rows = export_of(result)
            if article["error"] is not None:
                summary.failed.append((article["path"], article["error"] or "failed"))
            if keep is not None:
                kept = rows.select(keep)
                summary.left_out += len(rows) - len(kept)
                rows = kept
            with runset.writing(out_dir):
                fj.write_rows(rows)
                fc.write_rows(rows)
                if pq is not None:
                    pq.write_rows(rows)
            if on_facts is not None:
                on_facts(rows)
            summary.facts += len(rows)
            with runset.writing(out_dir):
                if result.text is not None:
                    texts.write(article["doc_id"], result.text)
                aj.write(article)
            if on_result is not None:
                on_result(result)
        with runset.writing(out_dir):
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
