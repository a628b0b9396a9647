"""`vnextract run`: check the options, pick the stdout writer, call `running.runner.run_corpus`.

The extraction, the exports and their atomic commit belong to the library
(`vnextract.running`); this module owns what a terminal user sees: the
stdout format, the progress bar and summary on stderr, the messages and the
exit codes (see `vnextract.cli.common`). With the local engine it goes
through the result cache (`running.cache`) and, when nothing changed since
the last run into the same folder, writes that run's stdout again from its
exports (`running.uptodate`).
"""

from __future__ import annotations

import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from vnextract.cli.common import (
    EXIT_INPUT_FAILED,
    app,
    fail,
    interrupt_code,
    interrupted_exits,
    output_failure,
    say,
)


class Format(StrEnum):
    auto = "auto"
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


#: `s3://bucket/key` as typer's Path leaves it (`s3:/bucket/key`).
_URL_ARG = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:/")


@app.command("run")
def run_cli(
    inputs: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Article files or folders (default: data/raw).",
            show_default=False,
            # one that cannot be read is a failed input (exit 1), its siblings still read
            readable=False,
        ),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("data/out"),
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="What to print on stdout: auto = table on a terminal, JSON Lines when piped.",
        ),
    ] = Format.auto,
    lexicon: Annotated[
        Path | None,
        typer.Option("--lexicon", help="TOML vocabulary file adding or overriding metrics."),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress or messages on stderr.")
    ] = False,
    text_field: Annotated[
        str, typer.Option("--text-field", help="Field of a .jsonl/.json record holding the text.")
    ] = "text",
    id_field: Annotated[
        str, typer.Option("--id-field", help="Field of a record holding the article id.")
    ] = "id",
    date_field: Annotated[
        str,
        typer.Option("--date-field", help="Field of a record holding the publication date (ISO)."),
    ] = "published",
    excel: Annotated[
        bool,
        typer.Option("--excel", help="CSV for spreadsheets: UTF-8 with BOM, ';', decimal comma."),
    ] = False,
    metric: Annotated[
        list[str] | None,
        typer.Option("--metric", "-m", help="Keep only these metrics (repeat or comma-separate)."),
    ] = None,
    doc: Annotated[
        list[str] | None,
        typer.Option("--doc", help="Keep only these articles (doc ids or globs like '00*')."),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Keep facts dated on or after (YYYY[-MM[-DD]]).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Keep facts dated on or before (YYYY[-MM[-DD]]).")
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", "-j", min=1, help="Worker processes (default: the number of cores)."
        ),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Extract every article again; ignore the cache.")
    ] = False,
    cache_dir: Annotated[
        Path | None,
        typer.Option(
            "--cache-dir",
            help="Result cache folder (default: $VNEXTRACT_CACHE_DIR, else .vnextract-cache "
            "beside the output folder).",
            show_default=False,
        ),
    ] = None,
    engine: Annotated[
        Engine,
        typer.Option("--engine", help="local: processes on this machine; dask: a Dask cluster."),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Dask scheduler (tcp://HOST:PORT); default: a local cluster of --workers.",
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Let a filtered run replace the exports of a run without filters in --out.",
        ),
    ] = False,
) -> None:
    """Extract facts from articles; write facts.json, facts.csv, articles.json.

    Inputs: .txt files, saved web pages (.html), corpora of records (.jsonl,
    .json: one article per record), folders of them, or - for one article on
    stdin. Filters (--metric, --doc, --since, --until) apply to stdout and to
    the fact exports; articles.json always lists every article.

    Examples:

      vnextract run data/raw

      vnextract run data/raw --out /tmp/out --format json > facts.json

      vnextract run data/raw | jq -r 'select(.metric=="portal_visits") | .value'

      vnextract run dump.jsonl --text-field body --id-field url --date-field date

      vnextract run page.html --metric portal_visits,registered_accounts --since 2020

      curl -s https://example.org/article.html | vnextract run - --format json
    """
    # Ctrl-C or SIGTERM before the extraction starts (e.g. while spaCy loads): the
    # documented code, not typer's 130 for both; during it `_run` says more.
    with interrupted_exits():
        from vnextract.inputs.listing import STDIN

        paths = inputs or [Path("data/raw")]
        for p in paths:
            url = engine is Engine.dask and _URL_ARG.match(str(p))  # read by the workers
            if str(p) != STDIN and not p.exists() and not p.is_symlink() and not url:
                raise fail(f"no such file or folder: {p}")
        if sum(str(p) == STDIN for p in paths) > 1:
            raise fail("- (stdin) can be given only once")
        from vnextract.running.runner import unreadable_folders

        # a folder that cannot be listed is a failed input: its siblings are still read
        unreadable = unreadable_folders(paths)
        if unreadable and len(unreadable) == len(paths):
            raise fail("; ".join(f"{name}: {why}" for name, why in unreadable))
        for name, why in unreadable:
            say(f"vnextract: skipped {name}: {why}")
        paths = [p for p in paths if str(p) not in dict(unreadable)]
        lex = None  # the built-in vocabulary, loaded where it is used (not by an up-to-date run)
        if lexicon is not None:
            from vnextract.facts.lexicon import LexiconError, load_lexicon

            try:
                lex = load_lexicon(lexicon)
            except LexiconError as exc:
                raise fail(str(exc)) from None
        keep = _filter(lex, metric, doc, since, until)
        if fmt is Format.parquet:
            from vnextract.outputs.export import parquet_available

            if not parquet_available():
                raise fail("--format parquet needs pyarrow: pip install 'vnextract[parquet]'")
        if scheduler is not None and engine is not Engine.dask:
            raise fail("--scheduler needs --engine dask")
        from vnextract.inputs.records import RecordFields

        # what shapes the exports besides the inputs, the extractor and the vocabulary
        settings = {
            "fields": [text_field, id_field, date_field],
            "excel": excel,
            "filter": [metric, doc, since, until],
        }
        fields = RecordFields(text=text_field, id=id_field, date=date_field)
        from vnextract.running.runner import OutputError, check_writable

        try:
            # before the cache beside it is opened: one line when the folder cannot be written
            check_writable(out, paths)
        except OutputError as exc:
            raise output_failure(exc) from None
        # said once the run got through its writing: an output error (a full disk) is then
        # the one line a failed run prints
        cache_warnings: list[str] = []
        cache = _open_cache(out, lex, engine, no_cache, cache_dir, cache_warnings)
        try:
            failed = _run(
                paths,
                out,
                fmt,
                lex,
                keep,
                fields,
                excel,
                quiet,
                cache,
                settings,
                lambda: _engine_results(paths, lex, fields, engine, workers, scheduler, cache),
                force=force,
                cache_warnings=cache_warnings,
            )
        finally:
            if cache is not None:
                cache.close()
        if failed or unreadable:
            raise typer.Exit(EXIT_INPUT_FAILED)


def _filter(
    lex: Any, metric: list[str] | None, doc: list[str] | None, since: str | None, until: str | None
) -> Any:
    """The fact filter of the options (None: none given); its metrics must be known."""
    if not (metric or doc or since is not None or until is not None):
        return None
    from vnextract.cli.common import fact_filter

    keep = fact_filter(metric, doc, since, until)
    if keep.metrics:
        from vnextract.facts.lexicon import load_lexicon

        unknown = sorted(keep.metrics - {*(lex or load_lexicon()).metrics, "other"})
        if unknown:
            raise fail(f"unknown metric {', '.join(unknown)} (see: vnextract metrics)")
    return keep if keep.active else None


def _run(
    paths: list[Path],
    out: Path,
    fmt: Format,
    lex: Any,
    keep: Any,
    fields: Any,
    excel: bool,
    quiet: bool,
    cache: Any,
    settings: dict[str, Any],
    results: Any,
    *,
    force: bool,
    cache_warnings: list[str],
) -> bool:
    """Run the corpus into `out` and write stdout in `fmt`; True when some inputs failed
    or there was no article at all.

    `force` lets a filtered run replace a full run's exports; `cache_warnings`
    are said once the exports are written.
    """
    from vnextract.outputs.streams import ReaderSafeOutput

    # Progress and the summary on stderr only when it is a terminal.
    err = None
    if not quiet and sys.stderr.isatty():
        from rich.console import Console

        err = Console(stderr=True)
    stdout_tty = sys.stdout.isatty()
    # a reader that stops early (`| head`) must not cost the exports: stdout goes quiet
    stdout = ReaderSafeOutput(sys.stdout)
    chosen = fmt
    if chosen is Format.auto:
        chosen = Format.table if stdout_tty else Format.jsonl
    if cache is not None and _up_to_date(cache, paths, out, chosen, settings, err, stdout):
        return False
    from vnextract.running.runner import OutputError, run_corpus

    stream = results()
    collected: list[dict[str, Any]] = []
    writer = _stdout_writer(stdout, chosen, excel, stdout_tty)
    progress, total, skipped = (_NoProgress(), None, 0) if err is None else _progress(paths, err)

    def on_result(result: Any) -> None:
        progress.advance(task)
        if result.failed:
            art = result.article_record
            say(f"vnextract: skipped {art['path']}: {art['error']}")

    def on_facts(rows: Any) -> None:
        if writer is not None:
            writer.write_rows(rows)
        else:
            collected.extend(rows.records)

    try:
        with progress:
            task = progress.add_task("extracting", total=total)
            summary = run_corpus(
                paths,
                out,
                lex,
                results=stream,
                on_result=on_result,
                fields=fields,
                keep=keep,
                excel=excel,
                parquet=chosen is Format.parquet,
                on_facts=on_facts,
                replace_full=force,
            )
        # not remembered: a run that read no article (it exits 1), and a filtered run that
        # left a full run's exports in force (it made no exports to replay)
        if (
            cache is not None
            and not summary.failed
            and summary.articles
            and summary.kept_exports is None
        ):
            _remember_run(cache, out, settings, summary.articles, summary.facts)
        for warning in cache_warnings:
            say(warning)
    except OutputError as exc:
        raise output_failure(exc) from None
    except KeyboardInterrupt as exc:
        raise fail("interrupted; no output was half-written", interrupt_code(exc)) from None
    except Exception as exc:
        from vnextract.running.cluster import EngineError

        if isinstance(exc, EngineError):
            raise fail(str(exc)) from None
        raise
    if chosen is Format.parquet:
        if stdout_tty:
            say(f"vnextract: Parquet written to {out / 'facts.parquet'} (binary: not printed)")
        else:
            # from the run's own files: a filtered run beside a full run's exports wrote its
            # Parquet file only there
            assert summary.files is not None
            stdout.flush()
            raw = ReaderSafeOutput(sys.stdout.buffer)
            raw.write((summary.files / "facts.parquet").read_bytes())
            raw.flush()
    elif writer is not None:
        writer.close()
    else:
        from rich.console import Console

        from vnextract.outputs.export import facts_table

        Console(file=stdout).print(  # type: ignore[arg-type]
            facts_table(collected, title=f"{summary.facts} facts", caption=summary.note())
        )
    stdout.flush()
    if summary.kept_exports is not None and not quiet:
        say(f"vnextract: {summary.kept_exports}")
    if err is not None:
        note = summary.note()
        err.print(
            f"{summary.articles} articles, {summary.facts} facts, "
            f"{len(summary.failed)} failed, {skipped} skipped -> {out}"
            + (f" ({note})" if note else ""),
            markup=False,
            highlight=False,
        )
    if not summary.articles:  # an empty folder, only files of other kinds: say so, exit 1
        say(f"vnextract: warning: no article in {', '.join(map(str, paths))}")
        return True
    return bool(summary.failed)


def _stdout_writer(stdout: Any, chosen: Format, excel: bool, stdout_tty: bool) -> Any:
    """The writer of the facts on `stdout` as they come; None for the table (written at the end)."""
    from vnextract.outputs.export import EXCEL_CSV, CsvWriter, JsonArrayWriter, JsonLinesWriter

    if chosen is Format.jsonl:
        return JsonLinesWriter(stdout)
    if chosen is Format.json:
        return JsonArrayWriter(stdout)
    if chosen is Format.csv and excel:
        if not stdout_tty:
            stdout.write("\ufeff")  # the BOM that makes a spreadsheet read UTF-8
        return CsvWriter(stdout, delimiter=EXCEL_CSV["delimiter"], decimal=EXCEL_CSV["decimal"])
    if chosen is Format.csv:
        return CsvWriter(stdout)
    if chosen is Format.parquet:
        return _Discard()  # the Parquet file is written in OUT and copied to stdout at the end
    return None


def _up_to_date(
    cache: Any, paths: list[Path], out: Path, fmt: Format, settings: Any, err: Any, stdout: Any
) -> bool:
    """Write the standard output of a run whose exports are up to date (`uptodate`); or False."""
    from vnextract.inputs.listing import list_inputs
    from vnextract.outputs.streams import ReaderSafeOutput
    from vnextract.running import uptodate

    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if fmt.value not in uptodate.REPLAYED or sys.stdout.isatty() or encoding != "utf8":
        return False
    listed = list_inputs(paths)
    signatures = uptodate.current_signatures(listed)
    key = uptodate.run_key(cache.context, out, listed, signatures, settings)
    record = None if key is None else uptodate.up_to_date(cache, key, out)
    if record is None:
        return False
    stdout.flush()
    raw = ReaderSafeOutput(sys.stdout.buffer)
    uptodate.write_stdout(out, fmt.value, raw)  # type: ignore[arg-type]
    raw.flush()
    if err is not None:
        err.print(
            f"{record['articles']} articles, {record['facts']} facts, 0 failed -> {out}"
            " (up to date)",
            markup=False,
            highlight=False,
        )
    return True


def _remember_run(cache: Any, out: Path, settings: Any, articles: int, facts: int) -> None:
    """Record a successful run whose inputs were all article files of known signature."""
    from vnextract.running import uptodate

    if cache.listed is None:
        return
    key = uptodate.run_key(cache.context, out, cache.listed, cache.seen, settings)
    if key is not None:
        uptodate.remember(cache, key, out, articles, facts)


def _open_cache(
    out: Path,
    lex: Any,
    engine: Engine,
    no_cache: bool,
    cache_dir: Path | None,
    warnings: list[str],
) -> Any:
    """The result cache of a run of the local engine (None: --no-cache, Dask, or unusable).

    Why an unusable cache is not used goes to `warnings`.
    """
    if no_cache or engine is Engine.dask:
        return None
    from vnextract.running.cache import CacheError, ResultCache, default_cache_dir

    try:
        return ResultCache(cache_dir or default_cache_dir(out), lex)
    except CacheError as exc:
        warnings.append(f"vnextract: warning: {exc}; ran without the cache")
        return None


def _engine_results(
    paths: list[Path],
    lex: Any,
    fields: Any,
    engine: Engine,
    workers: int | None,
    scheduler: str | None,
    cache: Any,
) -> Any:
    """The result stream of the chosen engine (through the result cache when there is one)."""
    if engine is Engine.dask:
        from vnextract.running.cluster import DaskUnavailable, check_available, dask_results

        try:
            check_available()
        except DaskUnavailable as exc:
            raise fail(str(exc)) from None
        return dask_results(paths, lex, workers=workers, scheduler=scheduler, fields=fields)

    from vnextract.running.parallel import iter_results

    def extract(items: Any = None) -> Any:
        return iter_results(paths, lex, workers=workers, cache=cache, fields=fields, items=items)

    if cache is None:
        return extract()
    return cache.results(paths, fields, extract)


class _Discard:
    """A record writer that writes nothing (stdout handled after the run)."""

    def write_rows(self, rows: Any) -> None:
        return None

    def close(self) -> None:
        return None


def _progress(paths: list[Path], console: Any) -> tuple[Any, int | None, int]:
    """The progress bar of a run on a terminal, its total (None when not known), and the
    number of entries of the input folders passed over (for the summary)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from vnextract.inputs.listing import RECORD_SUFFIXES, scan_inputs

    listing = scan_inputs(paths)
    listed = listing.files
    # a corpus of records holds an unknown number of articles: no total for the bar
    total = None if any(p.suffix.lower() in RECORD_SUFFIXES for p in listed) else len(listed)
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
    )
    return progress, total, len(listing.skipped)


class _NoProgress:
    """The progress bar of a run whose stderr is not shown: nothing."""

    def __enter__(self) -> _NoProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add_task(self, description: str, total: float | None = None) -> int:
        return 0

    def advance(self, task: int, advance: float = 1) -> None:
        return None
