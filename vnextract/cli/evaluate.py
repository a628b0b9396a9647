"""`vnextract eval`: score a run's facts against a gold file (`vnextract.evaluate`)."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from vnextract.cli.common import app, fail


class EvalFormat(StrEnum):
    table = "table"
    json = "json"


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

    # the run's own folder: facts.json and articles.json of one run, even while another writes
    facts_path = run_folder(out) / "facts.json" if out.is_dir() else out
    for p in (gold, facts_path, *([articles] if articles else [])):
        if not p.is_file():
            raise fail(f"no such file: {p}")
    try:
        gold_recs = load_records(gold)
        preds = load_records(facts_path)
    except (ValueError, UnicodeDecodeError) as exc:
        raise fail(f"cannot read records: {exc}") from None
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
