"""`vnextract run`: what the command does, and a start-up that needs no typer.

`run()` is the command, called with the values of its options: by typer for
`cli.run_cli`, which declares the options (their help, their checks), or by
`main()` here for a *plain* command line, which it reads itself: `run`, then
inputs and the options of `_OPTIONS` with values it can take as they are
(paths, words, counts of 1 or more, known choices; short options grouped
like `-qj2`; `--opt=value`; `--`). A run whose exports are up to date then
takes about 0.1 s (320 articles); through typer it would take 0.2 s more (its
import, its commands, and its checks of each option's value with a pydantic
TypeAdapter).
Any other line (help, `--version`, a mistake, another command) goes to typer,
which parses and reports it as always; `tests/test_startup.py` checks that
both read plain lines to the same values.

Exit codes: see `vnextract.cli.main`.
"""

from __future__ import annotations

import errno
import re
import signal
import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that a killed run cleans up its temporary files."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise Terminated()


def _interrupt_code(exc: BaseException) -> int:
    return EXIT_TERMINATED if isinstance(exc, Terminated) else EXIT_INTERRUPTED


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


class CommandExit(Exception):
    """The end of a command with an exit code (typer.Exit, without typer)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


#: Control characters, shown escaped: a newline or a terminal escape in a scraped file name
#: must neither split a message nor drive the terminal.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _say(message: str) -> None:
    """One unwrapped line on stderr (rich would wrap long paths over several lines)."""
    sys.stderr.write(_CONTROL.sub(lambda m: repr(m.group(0))[1:-1], message) + "\n")
    sys.stderr.flush()


def _fail(message: str, code: int = EXIT_USAGE) -> CommandExit:
    _say(f"vnextract: error: {message}")
    return CommandExit(code)


def _stderr(quiet: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=True, quiet=quiet)


def run(
    inputs: list[Path] | None = None,
    out: Path = Path("data/out"),
    fmt: Format = Format.auto,
    lexicon: Path | None = None,
    quiet: bool = False,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "published",
    excel: bool = False,
    metric: list[str] | None = None,
    doc: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    workers: int | None = None,
    no_cache: bool = False,
    cache_dir: Path | None = None,
    engine: Engine = Engine.local,
    scheduler: str | None = None,
) -> None:
    """`vnextract run` (see `cli.run_cli` for the options).

    Raises:
        CommandExit: with the exit code, after saying why on stderr, when not 0.
    """
    from vnextract.inputs.listing import STDIN

    paths = inputs or [Path("data/raw")]
    for p in paths:
        url = engine is Engine.dask and _URL_ARG.match(str(p))  # read by the workers
        if str(p) != STDIN and not p.exists() and not p.is_symlink() and not url:
            raise _fail(f"no such file or folder: {p}")
    if sum(str(p) == STDIN for p in paths) > 1:
        raise _fail("- (stdin) can be given only once")
    lex = None  # the built-in vocabulary, loaded where it is used (not by a cached re-run)
    if lexicon is not None:
        from vnextract.facts.lexicon import LexiconError, load_lexicon

        try:
            lex = load_lexicon(lexicon)
        except LexiconError as exc:
            raise _fail(str(exc)) from None
    keep = None
    if metric or doc or since is not None or until is not None:
        from vnextract.outputs.filters import FactFilter, FilterError

        try:
            keep = FactFilter.build(metric or (), doc or (), since, until)
        except FilterError as exc:
            raise _fail(str(exc)) from None
        if keep.metrics:
            from vnextract.facts.lexicon import load_lexicon

            unknown = sorted(keep.metrics - {*(lex or load_lexicon()).metrics, "other"})
            if unknown:
                raise _fail(f"unknown metric {', '.join(unknown)} (see: vnextract metrics)")
    if fmt is Format.parquet:
        from vnextract.outputs.export import parquet_available

        if not parquet_available():
            raise _fail("--format parquet needs pyarrow: pip install 'vnextract[parquet]'")
    if scheduler is not None and engine is not Engine.dask:
        raise _fail("--scheduler needs --engine dask")
    cache = _open_cache(out, lex, engine, no_cache, cache_dir)

    # Progress and the summary on stderr only when it is a terminal (rich is imported then).
    err = None if quiet or not sys.stderr.isatty() else _stderr()
    stdout_tty = sys.stdout.isatty()
    chosen = fmt
    if chosen is Format.auto:
        chosen = Format.table if stdout_tty else Format.jsonl
    # what shapes the exports besides the inputs, the extractor and the vocabulary
    settings = {
        "fields": [text_field, id_field, date_field],
        "excel": excel,
        "filter": [metric, doc, since, until],
    }
    if cache is not None and _up_to_date(cache, paths, out, chosen, settings, err):
        cache.close()
        return
    from vnextract.inputs.records import RecordFields
    from vnextract.running.runner import OutputError, run_corpus

    fields = RecordFields(text=text_field, id=id_field, date=date_field)
    results = _engine_results(paths, lex, fields, engine, workers, scheduler, cache)
    collected: list[dict[str, Any]] = []
    from vnextract.outputs.export import EXCEL_CSV, CsvWriter, JsonArrayWriter, JsonLinesWriter

    writer: Any = None
    if chosen is Format.jsonl:
        writer = JsonLinesWriter(sys.stdout)
    elif chosen is Format.json:
        writer = JsonArrayWriter(sys.stdout)
    elif chosen is Format.csv and excel:
        if not stdout_tty:
            sys.stdout.write("\ufeff")  # the BOM that makes a spreadsheet read UTF-8
        writer = CsvWriter(
            sys.stdout, delimiter=EXCEL_CSV["delimiter"], decimal=EXCEL_CSV["decimal"]
        )
    elif chosen is Format.csv:
        writer = CsvWriter(sys.stdout)
    elif chosen is Format.parquet:
        writer = _Discard()  # the Parquet file is written in OUT and copied to stdout at the end

    progress, total = (_NoProgress(), None) if err is None else _progress(paths, err)

    def on_result(result: Any) -> None:
        _resume_gc()
        progress.advance(task)
        if result.failed:
            art = result.article_record
            _say(f"vnextract: skipped {art['path']}: {art['error']}")

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
                results=results,
                on_result=on_result,
                fields=fields,
                keep=keep if keep is not None and keep.active else None,
                excel=excel,
                parquet=chosen is Format.parquet,
                on_facts=on_facts,
            )
        if cache is not None and not summary.failed and summary.articles:
            _remember_run(cache, out, settings, summary.articles, summary.facts)
    except OutputError as exc:
        raise _fail(str(exc)) from None
    except KeyboardInterrupt as exc:
        raise _fail("interrupted; no output was half-written", _interrupt_code(exc)) from None
    except Exception as exc:
        from vnextract.running.cluster import EngineError

        if isinstance(exc, EngineError):
            raise _fail(str(exc)) from None
        raise
    finally:
        if cache is not None:
            cache.close()
    if chosen is Format.parquet:
        if stdout_tty:
            _say(f"vnextract: Parquet written to {out / 'facts.parquet'} (binary: not printed)")
        else:
            sys.stdout.flush()
            sys.stdout.buffer.write((out / "facts.parquet").read_bytes())
            sys.stdout.buffer.flush()
    elif writer is not None:
        writer.close()
    else:
        from rich.console import Console

        from vnextract.outputs.export import facts_table

        Console().print(facts_table(collected, title=f"{summary.facts} facts"))
    if err is not None:
        err.print(
            f"{summary.articles} articles, {summary.facts} facts, "
            f"{len(summary.failed)} failed -> {out}",
            markup=False,
            highlight=False,
        )
    if not summary.articles:  # an empty folder, only unsupported files: say so, exit 1
        _say(f"vnextract: warning: no article in {', '.join(map(str, paths))}")
        raise CommandExit(EXIT_INPUT_FAILED)
    if summary.failed:
        raise CommandExit(EXIT_INPUT_FAILED)


def _up_to_date(
    cache: Any, paths: list[Path], out: Path, fmt: Format, settings: Any, err: Any
) -> bool:
    """Write the standard output of a run whose exports are up to date (`uptodate`); or False."""
    from vnextract.inputs.listing import list_inputs
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
    sys.stdout.flush()
    uptodate.write_stdout(out, fmt.value, sys.stdout.buffer)
    sys.stdout.buffer.flush()
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


#: `s3://bucket/key` as typer's Path leaves it (`s3:/bucket/key`).
_URL_ARG = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:/")


def _open_cache(out: Path, lex: Any, engine: Engine, no_cache: bool, cache_dir: Path | None) -> Any:
    """The result cache of a run of the local engine (None: --no-cache, Dask, or unusable)."""
    if no_cache or engine is Engine.dask:
        return None
    from vnextract.running.cache import CacheError, ResultCache, default_cache_dir

    try:
        return ResultCache(cache_dir or default_cache_dir(out), lex)
    except CacheError as exc:
        _say(f"vnextract: warning: {exc}; running without the cache")
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
            raise _fail(str(exc)) from None
        return dask_results(paths, lex, workers=workers, scheduler=scheduler, fields=fields)

    def extract(items: Any = None) -> Any:
        # imported only when an article is to be extracted: the engine loads the extractor
        from vnextract.running.parallel import iter_results

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


def _progress(paths: list[Path], console: Any) -> tuple[Any, int | None]:
    """The progress bar of a run on a terminal, and its total (None when not known)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from vnextract.inputs.listing import list_inputs

    listed = list_inputs(paths)
    # a corpus of records holds an unknown number of articles: no total for the bar
    total = None if any(_is_corpus(p) for p in listed) else len(listed)
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
    )
    return progress, total


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


def _is_corpus(path: Path) -> bool:
    from vnextract.inputs.listing import RECORD_SUFFIXES

    return path.suffix.lower() in RECORD_SUFFIXES


# -- plain command lines, read without typer ------------------------------------------


class _Unplain(ValueError):
    """A command-line value left to typer (which takes it, or says what is wrong)."""


#: Lone surrogates: bytes of a file name that are not UTF-8 (typer's own checks decide).
_SURROGATE = re.compile("[\ud800-\udfff]")
_COUNT = re.compile(r"[1-9][0-9]{0,8}")


def _word(raw: str) -> str:
    if _SURROGATE.search(raw):
        raise _Unplain(raw)
    return raw


def _path(raw: str) -> Path:
    if not _word(raw) or "\0" in raw:  # typer reads "" as "."
        raise _Unplain(raw)
    return Path(raw)


def _count(raw: str) -> int:
    if not _COUNT.fullmatch(raw):
        raise _Unplain(raw)
    return int(raw)


def _choice(kind: type[StrEnum]) -> Any:
    def read(raw: str) -> StrEnum:
        if raw not in kind.__members__.values():
            raise _Unplain(raw)
        return kind(raw)

    return read


#: The options of `vnextract run` as `cli.run_cli` declares them: name -> (parameter,
#: how a value is read, None for a flag). Options given more than once keep the last
#: value, as click does, except those of `_MULTIPLE`, which keep them all.
_OPTIONS: dict[str, tuple[str, Any]] = {
    "--out": ("out", _path),
    "-o": ("out", _path),
    "--format": ("fmt", _choice(Format)),
    "-f": ("fmt", _choice(Format)),
    "--lexicon": ("lexicon", _path),
    "--quiet": ("quiet", None),
    "-q": ("quiet", None),
    "--text-field": ("text_field", _word),
    "--id-field": ("id_field", _word),
    "--date-field": ("date_field", _word),
    "--excel": ("excel", None),
    "--metric": ("metric", _word),
    "-m": ("metric", _word),
    "--doc": ("doc", _word),
    "--since": ("since", _word),
    "--until": ("until", _word),
    "--workers": ("workers", _count),
    "-j": ("workers", _count),
    "--no-cache": ("no_cache", None),
    "--cache-dir": ("cache_dir", _path),
    "--engine": ("engine", _choice(Engine)),
    "--scheduler": ("scheduler", _word),
}
_MULTIPLE = frozenset({"metric", "doc"})


def plain_run(args: list[str]) -> dict[str, Any] | None:
    """The options of a plain `run` command line, as `run()` takes them; else None.

    Read as click reads them (options and inputs in any order, `--opt=value`,
    short options grouped, `--` before inputs that look like options); None
    for anything typer would read otherwise or refuse.
    """
    if not args or args[0] != "run":
        return None
    given: list[tuple[str, Any, Any]] = []  # (parameter, reader, raw value)
    inputs: list[str] = []
    rest = args[1:]
    i, options_end = 0, False
    while i < len(rest):
        arg = rest[i]
        i += 1
        if options_end or arg == "-" or not arg.startswith("-"):
            inputs.append(arg)
        elif arg == "--":
            options_end = True
        elif arg.startswith("--"):
            name, eq, value = arg.partition("=")
            if name not in _OPTIONS:
                return None
            param, read = _OPTIONS[name]
            if read is None and eq:
                return None  # a flag takes no value
            if read is not None and not eq:
                if i == len(rest):
                    return None
                value, i = rest[i], i + 1
            given.append((param, read, value))
        else:
            for k in range(1, len(arg)):
                if "-" + arg[k] not in _OPTIONS:
                    return None
                param, read = _OPTIONS["-" + arg[k]]
                if read is None:
                    given.append((param, None, True))
                    continue
                value = arg[k + 1 :]
                if not value:
                    if i == len(rest):
                        return None
                    value, i = rest[i], i + 1
                given.append((param, read, value))
                break
    params: dict[str, Any] = {}
    try:
        for param, read, raw in given:
            read_value = True if read is None else read(raw)
            if param in _MULTIPLE:
                params.setdefault(param, []).append(read_value)
            else:
                params[param] = read_value
        if inputs:
            params["inputs"] = [_path(raw) for raw in inputs]
    except _Unplain:
        return None
    return params


class _PacifyFlush:
    """stdout/stderr whose flush ignores a closed pipe (what typer, after click, installs)."""

    def __init__(self, wrapped: Any) -> None:
        self.wrapped = wrapped

    def flush(self) -> None:
        try:
            self.wrapped.flush()
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)


def _invoke(params: dict[str, Any], program: bool = False) -> None:
    """`run(**params)`, ending as typer ends a command (its standalone mode).

    With `program` (the process's own program: `script()`), a run that ends with
    its exit code ends the process there (`_end_process`).
    """
    try:
        run(**params)
        code = EXIT_OK
    except CommandExit as exc:
        code = exc.code
    except KeyboardInterrupt:  # typer exits with 130, whichever the signal
        sys.exit(EXIT_INTERRUPTED)
    except EOFError:
        sys.stderr.write("\nAborted!\n")
        sys.exit(1)
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        sys.stdout = _PacifyFlush(sys.stdout)
        sys.stderr = _PacifyFlush(sys.stderr)
        sys.exit(1)
    if program:
        _end_process(code)  # returns when the interpreter had better end it
    if code != EXIT_OK:
        sys.exit(code)


#: Whether `_pause_gc` has turned the cyclic garbage collector off (till the first result).
_GC_PAUSED = False


def _pause_gc() -> None:
    """Turn the cyclic garbage collector off while the run starts (a process's own run).

    Start-up (imports, classes, tables, compiled patterns) makes some 50,000
    objects and almost no cyclic garbage (500 objects), yet the collector walks
    them all as they are made: 0.016 s of a one-article run. It is turned back on
    at the first result (`_resume_gc`), in worker processes as soon as they fork.
    """
    global _GC_PAUSED
    import gc
    import os

    if not gc.isenabled():
        return
    if not _GC_PAUSED and hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_resume_gc)
    gc.disable()
    _GC_PAUSED = True


def _resume_gc() -> None:
    """Turn the collector back on after `_pause_gc`, what start-up made frozen.

    `gc.freeze` keeps the objects made so far out of all later collections (they
    live as long as the process), so the first collection does not walk them.
    """
    global _GC_PAUSED
    if _GC_PAUSED:
        import gc

        _GC_PAUSED = False
        gc.freeze()
        gc.enable()


def _end_process(code: int) -> None:
    """End the process with `code` now, without the interpreter's teardown; or return.

    The teardown frees every object of every module one by one: 0.045 s of CPU,
    a tenth of a one-article run, for nothing the process still needs. What a
    normal exit does that matters is done here: stdout and stderr are flushed,
    the `atexit` functions run (the regex store is saved, logging and
    multiprocessing end), and stdout and stderr are flushed again. Returns
    (the caller exits the usual way) when any of that is in doubt: a flush that
    fails (a closed pipe: the interpreter reports it with its usual exit code),
    a thread still running (the interpreter waits for it), `python -i`, `-X dev`
    (which reports unclosed resources at teardown), or a profiler or tracer
    (`python -m cProfile -m vnextract`, a debugger, coverage), whose report is
    written after the program returns.
    """
    import atexit
    import os

    threading = sys.modules.get("threading")
    if (
        sys.flags.inspect
        or os.environ.get("PYTHONINSPECT")
        or sys.flags.dev_mode
        or sys.getprofile() is not None
        or sys.gettrace() is not None
        or (threading is not None and threading.active_count() > 1)
        or not hasattr(atexit, "_run_exitfuncs")
        or not _flushed()
    ):
        return
    atexit._run_exitfuncs()
    if _flushed():
        os._exit(code)


def _flushed() -> bool:
    """Flush stdout and stderr; False when either cannot be."""
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except Exception:
        return False
    return True


def script() -> None:
    """The `vnextract` script and `python -m vnextract`: `main()` as the process's program.

    The process is all the run's: the garbage collector is off while it starts
    (`_pause_gc`), and it ends at the run's end without the interpreter's
    teardown (`_end_process`). Code that calls `main()` goes on after it as usual.
    """
    main(program=True)


def main(*, program: bool = False) -> None:
    """The command line: a plain `run` line is run here; typer reads any other.

    Args:
        program: True when the caller is the process's own program (`script`),
            which lets a run end the process itself.
    """
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        params = plain_run(sys.argv[1:])
        if params is None:
            from vnextract.cli.main import app

            app()
        else:
            if program:
                _pause_gc()
            _invoke(params, program)
    except KeyboardInterrupt as exc:
        _say("vnextract: interrupted")
        sys.exit(_interrupt_code(exc))
