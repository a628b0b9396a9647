"""The command line: parse options, pick outputs, own the consoles and the exit codes.

Exit codes: 0 success (also when stdout's reader stopped early: the exports
are complete); 1 some inputs failed: unreadable (a file, or a folder that
cannot be listed), or with no article text, e.g. empty (the others were
processed and exported); 2 usage or environment error (bad option, missing
path, unusable lexicon; an output folder that is a file, under a file, not
writable or on a full disk: the previous exports stay in force); 75 the
output folder is being written by another vnextract process; 130 interrupted
(Ctrl-C, SIGINT), 143 terminated (SIGTERM): either way no output is
half-written. stdout carries data only; progress and messages go to stderr.

Heavy modules (spaCy, dateparser, pydantic models) are imported inside the
commands, so `--help` and `--version` start instantly. The `run` command
itself is `vnextract.cli.runcli.run`; `main()` (there too) runs a plain `run`
line without importing typer, and hands any other line to `app`.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from vnextract import __version__
from vnextract.cli import runcli
from vnextract.cli.runcli import (  # noqa: F401 - shared with the run command, kept importable here
    EXIT_BUSY,
    EXIT_INPUT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_USAGE,
    Engine,
    Format,
    Terminated,
    _on_sigterm,
    _say,
    main,
)

app = typer.Typer(
    name="vnextract",
    help=(
        "Dated, verifiable facts from French-language news about Vietnam's e-government.\n\n"
        "Examples:\n\n"
        "  vnextract run data/raw                 # table on a terminal, JSON Lines when piped\n\n"
        "  vnextract run data/raw | jq .metric    # one fact per line\n\n"
        "  vnextract eval tests/gold/seeds.jsonl  # score data/out/facts.json against gold"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


class ShowFormat(StrEnum):
    auto = "auto"
    table = "table"
    json = "json"
    csv = "csv"


class EvalFormat(StrEnum):
    table = "table"
    json = "json"


def _fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    _say(f"vnextract: error: {message}")
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        print(f"vnextract {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Dated, verifiable facts from French-language news about Vietnam's e-government."""


@app.command("run")
def run_cli(
    inputs: Annotated[
        list[Path] | None,
        typer.Argument(help="Article files or folders (default: data/raw).", show_default=False),
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
    try:
        runcli.run(
            inputs=inputs,
            out=out,
            fmt=fmt,
            lexicon=lexicon,
            quiet=quiet,
            text_field=text_field,
            id_field=id_field,
            date_field=date_field,
            excel=excel,
            metric=metric,
            doc=doc,
            since=since,
            until=until,
            workers=workers,
            no_cache=no_cache,
            cache_dir=cache_dir,
            engine=engine,
            scheduler=scheduler,
            force=force,
        )
    except runcli.CommandExit as exc:
        raise typer.Exit(exc.code) from None


@app.command("eval")
def eval_cli(
    gold: Annotated[Path, typer.Argument(help="Gold facts, JSON Lines (FACTS.md section 8).")],
    out: Annotated[
        Path, typer.Argument(help="Output folder of a run (reads its facts.json).")
    ] = Path("data/out"),
    fmt: Annotated[
        EvalFormat, typer.Option("--format", "-f", help="table or json.")
    ] = EvalFormat.table,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also list missed and spurious facts.")
    ] = False,
    articles: Annotated[
        Path | None,
        typer.Option(
            "--articles", help="Gold publication dates (JSONL of doc_id, published) to check too."
        ),
    ] = None,
) -> None:
    """Score a run's facts against a gold file: precision, recall, F1, field accuracies.

    Examples:

      vnextract run data/raw && vnextract eval tests/gold/seeds.jsonl

      vnextract eval my_gold.jsonl /tmp/out --format json --verbose
    """
    from vnextract.evaluate import load_records, publication_accuracy, score
    from vnextract.outputs.runset import run_folder

    facts_path = run_folder(out) / "facts.json" if out.is_dir() else out
    for p in (gold, facts_path, *([articles] if articles else [])):
        if not p.is_file():
            raise _fail(f"no such file: {p}")
    try:
        gold_recs = load_records(gold)
        preds = load_records(facts_path)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _fail(f"cannot read records: {exc}") from None
    result = score(gold_recs, preds)
    data = result.as_dict(verbose=verbose)
    if articles is not None:
        arts_path = facts_path.parent / "articles.json"
        got = load_records(arts_path) if arts_path.is_file() else []
        data["published_accuracy"] = publication_accuracy(load_records(articles), got)
    if fmt is EvalFormat.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    t = Table(title=f"{gold.name}: {result.gold} gold, {result.pred} predicted")
    for col in ("", "precision", "recall", "F1"):
        t.add_column(col, justify="right")
    for name in ("lenient", "strict"):
        p, r, f = getattr(result, name)
        t.add_row(name, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}")
    console.print(t)
    fields = "  ".join(f"{k}={v:.2f}" for k, v in result.fields.items())
    console.print(
        f"fields over matched pairs: {fields}  metric={result.metric_accuracy:.2f} "
        f"date={result.date_accuracy:.2f}",
        markup=False,
        highlight=False,
    )
    if "published_accuracy" in data:
        console.print(f"publication dates right: {data['published_accuracy']:.2%}", markup=False)
    if verbose:
        for key in ("missed", "spurious", "lenient_not_strict"):
            console.print(f"-- {key} ({len(data[key])})", markup=False)
            for row in data[key]:
                console.print(
                    "   " + json.dumps(row, ensure_ascii=False), markup=False, highlight=False
                )


@app.command("metrics")
def metrics_cli(
    lexicon: Annotated[
        Path | None,
        typer.Option("--lexicon", help="TOML vocabulary file merged into the built-in one."),
    ] = None,
    fmt: Annotated[
        ShowFormat,
        typer.Option("--format", "-f", help="auto = table on a terminal, JSON when piped; or csv."),
    ] = ShowFormat.auto,
) -> None:
    """Show the metric vocabulary in force (built-in plus --lexicon).

    Examples:

      vnextract metrics

      vnextract metrics --lexicon my.toml --format json | jq '.[].key'

      vnextract metrics --format csv > metrics.csv
    """
    from vnextract.facts.lexicon import LexiconError, load_lexicon

    try:
        lex = load_lexicon(lexicon)
    except LexiconError as exc:
        raise _fail(str(exc)) from None
    rows = lex.describe()
    chosen = fmt
    if chosen is ShowFormat.auto:
        chosen = ShowFormat.table if sys.stdout.isatty() else ShowFormat.json
    if chosen is ShowFormat.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if chosen is ShowFormat.csv:
        from vnextract.outputs.export import CsvWriter

        w = CsvWriter(sys.stdout, list(rows[0]) if rows else ["key"])
        for r in rows:
            w.write({k: ";".join(v) if isinstance(v, list) else v for k, v in r.items()})
        return
    from rich.console import Console
    from rich.table import Table

    t = Table(title="metric vocabulary")
    for col in ("key", "type", "label", "nouns"):
        t.add_column(col, overflow="fold")
    for r in rows:
        t.add_row(r["key"], r["type"], r["label"], ", ".join(r["nouns"][:6]))
    Console().print(t)


@app.command("schema")
def schema_cli(
    which: Annotated[str, typer.Argument(help="fact, article or all.")] = "all",
) -> None:
    """Print the JSON Schema of the fact and article records.

    Examples:

      vnextract schema fact

      vnextract schema > schema.json
    """
    from vnextract.models import Article, Fact

    schemas = {"fact": Fact.model_json_schema(), "article": Article.model_json_schema()}
    if which not in (*schemas, "all"):
        raise _fail(f"unknown schema {which!r}: choose fact, article or all")
    data = schemas if which == "all" else schemas[which]
    print(json.dumps(data, ensure_ascii=False, indent=2))


_MetricOpt = Annotated[
    list[str] | None,
    typer.Option("--metric", "-m", help="Keep only these metrics (repeat or comma-separate)."),
]
_DocOpt = Annotated[
    list[str] | None,
    typer.Option("--doc", help="Keep only these articles (doc ids or globs like '00*')."),
]
_SinceOpt = Annotated[
    str | None, typer.Option("--since", help="Keep facts dated on or after (YYYY[-MM[-DD]]).")
]
_UntilOpt = Annotated[
    str | None, typer.Option("--until", help="Keep facts dated on or before (YYYY[-MM[-DD]]).")
]


def _filter(
    metric: list[str] | None, doc: list[str] | None, since: str | None, until: str | None
) -> Any:
    from vnextract.outputs.filters import FactFilter, FilterError

    try:
        return FactFilter.build(metric or (), doc or (), since, until)
    except FilterError as exc:
        raise _fail(str(exc)) from None


def _run_folder(out: Path) -> None:
    if not (out / "facts.json").is_file() or not (out / "articles.json").is_file():
        raise _fail(f"{out} is not the output folder of a run (run `vnextract run` first)")


@app.command("timeline")
def timeline_cli(
    out: Annotated[
        Path, typer.Argument(help="Output folder of a run (reads facts.json, articles.json).")
    ] = Path("data/out"),
    fmt: Annotated[
        ShowFormat,
        typer.Option("--format", "-f", help="auto = table on a terminal, JSON when piped; or csv."),
    ] = ShowFormat.auto,
    threshold: Annotated[
        float,
        typer.Option(
            "--threshold",
            min=0.0,
            max=1.0,
            help="Text containment at which two articles are copies of one.",
        ),
    ] = 0.8,
    metric: _MetricOpt = None,
    doc: _DocOpt = None,
    since: _SinceOpt = None,
    until: _UntilOpt = None,
) -> None:
    """Consolidate facts across articles: one dated series per metric.

    The same figure in several articles is one point listing its sources;
    copies of one article (found by text similarity) count once; different
    values for one metric and date are flagged as conflicts. Writes
    timeline.json and timeline.csv into OUT (filters apply to them too).

    Examples:

      vnextract timeline

      vnextract timeline data/out --metric portal_visits

      vnextract timeline | jq '.series[] | select(.metric=="portal_visits") | .points'
    """
    from vnextract.outputs.runset import OutputBusy, OutputError
    from vnextract.outputs.timeline import RunError, timeline_of_run, timeline_rows, write_timeline

    _run_folder(out)
    keep = _filter(metric, doc, since, until)
    try:
        tl = timeline_of_run(out, threshold, keep if keep.active else None)
    except RunError as exc:
        raise _fail(str(exc)) from None
    try:
        write_timeline(out, tl)
    except OutputError as exc:
        raise _fail(str(exc), EXIT_BUSY if isinstance(exc, OutputBusy) else EXIT_USAGE) from None
    chosen = fmt
    if chosen is ShowFormat.auto:
        chosen = ShowFormat.table if sys.stdout.isatty() else ShowFormat.json
    if chosen is ShowFormat.json:
        print(json.dumps(tl.as_dict(), ensure_ascii=False, indent=2))
    elif chosen is ShowFormat.csv:
        from vnextract.outputs.export import CsvWriter
        from vnextract.outputs.timeline import TIMELINE_FIELDS

        w = CsvWriter(sys.stdout, TIMELINE_FIELDS)
        for row in timeline_rows(tl):
            w.write(row)
    else:
        from rich.console import Console

        from vnextract.outputs.export import format_value
        from vnextract.outputs.timeline import timeline_table

        Console().print(timeline_table(tl, format_value))
    for g in tl.duplicates:
        _say(f"vnextract: {', '.join(g.copies)} is a copy of {g.kept} (counted once)")
    if tl.unchecked:
        _say(
            f"vnextract: {len(tl.unchecked)} article texts not found (moved since the run?): "
            "not checked for copies"
        )
    _say(f"{tl.summary()} -> {out / 'timeline.json'}, {out / 'timeline.csv'}")


@app.command("report")
def report_cli(
    out: Annotated[
        Path, typer.Argument(help="Output folder of a run; report.html is written there.")
    ] = Path("data/out"),
    metric: _MetricOpt = None,
    doc: _DocOpt = None,
    since: _SinceOpt = None,
    until: _UntilOpt = None,
) -> None:
    """Write report.html: articles with their facts highlighted, and timeline charts.

    One self-contained file (no script, no network): each article's text with
    every fact in a highlight (hover: metric, value, date), a table of its
    facts, and one chart per metric across articles. Prints the file's path.

    Examples:

      vnextract run data/raw && vnextract report

      vnextract report /tmp/out --doc '002*'

      chromium "$(vnextract report)"
    """
    from vnextract.outputs.report import write_report
    from vnextract.outputs.runset import OutputBusy, OutputError
    from vnextract.outputs.timeline import RunError

    _run_folder(out)
    keep = _filter(metric, doc, since, until)
    try:
        path = write_report(out, keep if keep.active else None)
    except RunError as exc:
        raise _fail(str(exc)) from None
    except OutputError as exc:
        raise _fail(str(exc), EXIT_BUSY if isinstance(exc, OutputBusy) else EXIT_USAGE) from None
    print(path)


if __name__ == "__main__":
    main()
