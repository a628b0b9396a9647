"""`vnextract report`: a self-contained report.html of a run (`vnextract.outputs.report`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from vnextract.cli.common import (
    DocOpt,
    MetricOpt,
    SinceOpt,
    UntilOpt,
    app,
    check_run_folder,
    fact_filter,
    fail,
    output_failure,
)


@app.command("report")
def report_cli(
    out: Annotated[
        Path, typer.Argument(help="Output folder of a run; report.html is written there.")
    ] = Path("data/out"),
    metric: MetricOpt = None,
    doc: DocOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
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
    from vnextract.outputs.runset import OutputError
    from vnextract.outputs.timeline import RunError

    check_run_folder(out)
    keep = fact_filter(metric, doc, since, until)
    try:
        path = write_report(out, keep if keep.active else None)
    except RunError as exc:
        raise fail(str(exc)) from None
    except OutputError as exc:
        raise output_failure(exc) from None
    print(path)
