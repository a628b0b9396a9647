"""`vnextract metrics`: the metric vocabulary in force (`vnextract.facts.lexicon`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from vnextract.cli.common import ShowFormat, ShowFormatOpt, app, chosen_format, fail


@app.command("metrics")
def metrics_cli(
    lexicon: Annotated[
        Path | None,
        typer.Option("--lexicon", help="TOML vocabulary file merged into the built-in one."),
    ] = None,
    fmt: ShowFormatOpt = ShowFormat.auto,
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
        raise fail(str(exc)) from None
    rows = lex.describe()
    chosen = chosen_format(fmt)
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
