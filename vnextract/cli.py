"""The command line: parse options, pick outputs, own the consoles and the exit codes.

Exit codes: 0 success; 1 some inputs could not be read (the others were
processed and exported); 2 usage error (bad option, missing path, unusable
lexicon or output folder); 130 interrupted. stdout carries data only;
progress and messages go to stderr.

Heavy modules (spaCy, dateparser, pydantic models) are imported inside the
commands, so `--help` and `--version` start instantly.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from vnextract import __version__

EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

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


class Format(str, Enum):
    auto = "auto"
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


def _stderr(quiet: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=True, quiet=quiet)


def _say(message: str) -> None:
    """One unwrapped line on stderr (rich would wrap long paths over several lines)."""
    sys.stderr.write(message.replace("\n", " ") + "\n")
    sys.stderr.flush()


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
    from vnextract.export import parquet_available
    from vnextract.filters import FactFilter, FilterError
    from vnextract.lexicon import LexiconError, load_lexicon
    from vnextract.records import RecordFields
    from vnextract.runner import OutputError, run_corpus
    from vnextract.sources import STDIN

    paths = inputs or [Path("data/raw")]
    for p in paths:
        if str(p) != STDIN and not p.exists() and not p.is_symlink():
            raise _fail(f"no such file or folder: {p}")
    if sum(str(p) == STDIN for p in paths) > 1:
        raise _fail("- (stdin) can be given only once")
    try:
        lex = load_lexicon(lexicon)
    except LexiconError as exc:
        raise _fail(str(exc)) from None
    try:
        keep = FactFilter.build(metric or (), doc or (), since, until)
    except FilterError as exc:
        raise _fail(str(exc)) from None
    unknown = sorted(keep.metrics - {*lex.metrics, "other"})
    if unknown:
        raise _fail(f"unknown metric {', '.join(unknown)} (see: vnextract metrics)")
    if fmt is Format.parquet and not parquet_available():
        raise _fail("--format parquet needs pyarrow: pip install 'vnextract[parquet]'")
    fields = RecordFields(text=text_field, id=id_field, date=date_field)

    err = _stderr(quiet or not sys.stderr.isatty())
    stdout_tty = sys.stdout.isatty()
    chosen = fmt
    if chosen is Format.auto:
        chosen = Format.table if stdout_tty else Format.jsonl
    collected: list[dict[str, Any]] = []
    from vnextract.export import EXCEL_CSV, CsvWriter, JsonArrayWriter, JsonLinesWriter, record

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

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from vnextract.sources import list_inputs

    listed = list_inputs(paths)
    # a corpus of records holds an unknown number of articles: no total for the bar
    total = None if any(_is_corpus(p) for p in listed) else len(listed)
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=True,
        disable=err.quiet,
    )

    def on_result(result: Any) -> None:
        progress.advance(task)
        if result.failed:
            _say(f"vnextract: skipped {result.article.path}: {result.article.error}")
        for fact in result.facts:
            rec = record(fact)
            if not keep(rec):
                continue
            if writer is not None:
                writer.write(rec)
            else:
                collected.append(rec)

    try:
        with progress:
            task = progress.add_task("extracting", total=total)
            summary = run_corpus(
                paths,
                out,
                lex,
                on_result=on_result,
                fields=fields,
                keep=keep if keep.active else None,
                excel=excel,
                parquet=chosen is Format.parquet,
            )
    except OutputError as exc:
        raise _fail(str(exc)) from None
    except KeyboardInterrupt:
        raise _fail("interrupted; previous outputs left intact", EXIT_INTERRUPTED) from None
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

        from vnextract.export import facts_table

        Console().print(facts_table(collected, title=f"{summary.facts} facts"))
    err.print(
        f"{summary.articles} articles, {summary.facts} facts, "
        f"{len(summary.failed)} failed -> {out}",
        markup=False,
        highlight=False,
    )
    if summary.failed:
        raise typer.Exit(EXIT_INPUT_FAILED)


class _Discard:
    """A record writer that writes nothing (stdout handled after the run)."""

    def write(self, obj: dict[str, Any]) -> None:
        return None

    def close(self) -> None:
        return None


def _is_corpus(path: Path) -> bool:
    from vnextract.sources import RECORD_SUFFIXES

    return path.suffix.lower() in RECORD_SUFFIXES


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

    facts_path = out / "facts.json" if out.is_dir() else out
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
        EvalFormat, typer.Option("--format", "-f", help="table or json.")
    ] = EvalFormat.table,
) -> None:
    """Show the metric vocabulary in force (built-in plus --lexicon).

    Examples:

      vnextract metrics

      vnextract metrics --lexicon my.toml --format json | jq '.[].key'
    """
    from vnextract.lexicon import LexiconError, load_lexicon

    try:
        lex = load_lexicon(lexicon)
    except LexiconError as exc:
        raise _fail(str(exc)) from None
    rows = lex.describe()
    if fmt is EvalFormat.json or not sys.stdout.isatty():
        print(json.dumps(rows, ensure_ascii=False, indent=2))
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


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        print("vnextract: interrupted", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)


if __name__ == "__main__":
    main()
