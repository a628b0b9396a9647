"""`vnextract timeline`: one dated series per metric across a run's articles
(`vnextract.outputs.timeline`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from vnextract.cli.common import (
    DocOpt,
    MetricOpt,
    ShowFormat,
    ShowFormatOpt,
    SinceOpt,
    UntilOpt,
    app,
    check_run_folder,
    chosen_format,
    fact_filter,
    fail,
    output_failure,
    say,
)


@app.command("timeline")
def timeline_cli(
    out: Annotated[
        Path, typer.Argument(help="Output folder of a run (reads facts.json, articles.json).")
    ] = Path("data/out"),
    fmt: ShowFormatOpt = ShowFormat.auto,
    threshold: Annotated[
        float,
        typer.Option(
            "--threshold",
            min=0.0,
            max=1.0,
            help="Text containment at which two articles are copies of one.",
        ),
    ] = 0.8,
    metric: MetricOpt = None,
    doc: DocOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
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
    from vnextract.outputs.runset import OutputError
    from vnextract.outputs.timeline import RunError, timeline_of_run, timeline_rows, write_timeline

    check_run_folder(out)
    keep = fact_filter(metric, doc, since, until)
    try:
        tl = timeline_of_run(out, threshold, keep if keep.active else None)
    except RunError as exc:
        raise fail(str(exc)) from None
    try:
        write_timeline(out, tl)
    except OutputError as exc:
        raise output_failure(exc) from None
    chosen = chosen_format(fmt)
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
        say(f"vnextract: {', '.join(g.copies)} is a copy of {g.kept} (counted once)")
    if tl.unchecked:
        say(
            f"vnextract: {len(tl.unchecked)} article texts not found (moved since the run?): "
            "not checked for copies"
        )
    say(f"{tl.summary()} -> {out / 'timeline.json'}, {out / 'timeline.csv'}")
