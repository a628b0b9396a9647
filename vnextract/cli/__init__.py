"""The command line: typer's `app`, one module per command, and `main()` (the `vnextract` script).

Each command module (`run`, `evaluate`, `metrics`, `schema`, `timeline`,
`report`) declares one typer command that checks its options and calls the
library; heavy modules (spaCy, pydantic models, rich) are imported inside the
commands, so `vnextract --help` starts quickly. Exit codes: see
`vnextract.cli.common`. Only this package prints.
"""

from __future__ import annotations

import logging
import signal
import sys

from vnextract.cli import evaluate, metrics, report, run, schema, timeline
from vnextract.cli.common import EXIT_INTERRUPTED, EXIT_TERMINATED, Terminated, app, on_sigterm

__all__ = ["app", "evaluate", "main", "metrics", "report", "run", "schema", "timeline"]


def main() -> None:
    """The `vnextract` script and `python -m vnextract`: typer's app, SIGTERM handled like Ctrl-C.

    A SIGTERM raises `common.Terminated` (a KeyboardInterrupt), so a killed
    run removes its temporary files and ends with 143 (`run` says so). The
    library's warnings (`vnextract.inputs`: files skipped, doc ids renamed,
    dates ignored; the date reader: a text whose dates an internal error lost)
    go to stderr as one line each, `--quiet` or not. stdout goes quiet when its
    reader leaves (`outputs.streams.ReaderSafeOutput`).
    """
    signal.signal(signal.SIGTERM, on_sigterm)
    from vnextract.outputs.streams import ReaderSafeOutput

    # every command: a reader of stdout that stops early (`| head`) ends nothing but the lines
    sys.stdout = ReaderSafeOutput(sys.stdout)
    log = logging.getLogger("vnextract")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler.setLevel(logging.WARNING)
    log.addHandler(handler)
    propagate = log.propagate
    log.propagate = False
    try:
        app()
    except SystemExit as end:
        # typer ends with 130 on any KeyboardInterrupt it meets (while it reads the
        # options, before a command can tell the two apart); SIGTERM's code is 143.
        if end.code == EXIT_INTERRUPTED and _caused_by_sigterm(end):
            raise SystemExit(EXIT_TERMINATED) from None
        raise
    finally:
        # main() may run in a process that goes on (tests): leave logging as it was
        log.removeHandler(handler)
        log.propagate = propagate


def _caused_by_sigterm(exc: BaseException) -> bool:
    """Whether `exc` was raised while handling a `Terminated` (its chain of causes)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, Terminated):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
