"""What the commands share: the typer app, the exit codes, stderr messages, shared options.

Exit codes: 0 success (also when stdout's reader stopped early: the exports
are complete); 1 some inputs failed: unreadable (a file, or a folder that
cannot be listed), or with no article text, e.g. empty (the others were
processed and exported); 2 usage or environment error (bad option, missing
path, unusable lexicon; an output folder that is a file, under a file, not
writable or on a full disk: the previous exports stay in force); 75 the
output folder is being written by another vnextract process; 130 interrupted
(Ctrl-C, SIGINT), 143 terminated (SIGTERM): either way no output is
half-written. stdout carries data only; progress and messages go to stderr.

Only typer and the standard library are imported here: each command imports
what it needs when it runs, so `vnextract --help` starts quickly.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2
#: The output folder is locked by another run writing it (sysexits' EX_TEMPFAIL: try later).
EXIT_BUSY = 75
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143

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


def _version(value: bool) -> None:
    if value:
        from vnextract import __version__

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


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that a killed run cleans up its temporary files."""


def on_sigterm(signum: int, frame: Any) -> None:
    """The SIGTERM handler of the `vnextract` process."""
    raise Terminated()


def interrupt_code(exc: BaseException) -> int:
    """The exit code of an interruption: 143 for SIGTERM, 130 for Ctrl-C."""
    return EXIT_TERMINATED if isinstance(exc, Terminated) else EXIT_INTERRUPTED


@contextmanager
def interrupted_exits() -> Iterator[None]:
    """End a command interrupted by Ctrl-C (130) or SIGTERM (143) with one line on stderr."""
    try:
        yield
    except KeyboardInterrupt as exc:
        say("vnextract: interrupted")
        raise typer.Exit(interrupt_code(exc)) from None


class ShowFormat(StrEnum):
    auto = "auto"
    table = "table"
    json = "json"
    csv = "csv"


#: Control characters, shown escaped: a newline or a terminal escape in a scraped file name
#: must neither split a message nor drive the terminal.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def say(message: str) -> None:
    """One unwrapped line on stderr (rich would wrap long paths over several lines)."""
    sys.stderr.write(_CONTROL.sub(lambda m: repr(m.group(0))[1:-1], message) + "\n")
    sys.stderr.flush()


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Say `vnextract: error: message` on stderr; the `typer.Exit` to raise with `code`."""
    say(f"vnextract: error: {message}")
    return typer.Exit(code)


def output_failure(exc: Exception) -> typer.Exit:
    """Say why an output folder cannot be written (`runset.OutputError`): 75 when busy, else 2."""
    from vnextract.outputs.runset import OutputBusy

    return fail(str(exc), EXIT_BUSY if isinstance(exc, OutputBusy) else EXIT_USAGE)


def chosen_format(fmt: ShowFormat) -> ShowFormat:
    """`auto` made concrete: a table on a terminal, JSON when piped."""
    if fmt is ShowFormat.auto:
        return ShowFormat.table if sys.stdout.isatty() else ShowFormat.json
    return fmt


MetricOpt = Annotated[
    list[str] | None,
    typer.Option("--metric", "-m", help="Keep only these metrics (repeat or comma-separate)."),
]
DocOpt = Annotated[
    list[str] | None,
    typer.Option("--doc", help="Keep only these articles (doc ids or globs like '00*')."),
]
SinceOpt = Annotated[
    str | None, typer.Option("--since", help="Keep facts dated on or after (YYYY[-MM[-DD]]).")
]
UntilOpt = Annotated[
    str | None, typer.Option("--until", help="Keep facts dated on or before (YYYY[-MM[-DD]]).")
]
ShowFormatOpt = Annotated[
    ShowFormat,
    typer.Option("--format", "-f", help="auto = table on a terminal, JSON when piped; or csv."),
]


def fact_filter(
    metric: list[str] | None, doc: list[str] | None, since: str | None, until: str | None
) -> Any:
    """The `FactFilter` of the filter options; a usage error when one is wrong."""
    from vnextract.outputs.filters import FactFilter, FilterError

    try:
        return FactFilter.build(metric or (), doc or (), since, until)
    except FilterError as exc:
        raise fail(str(exc)) from None


def check_run_folder(out: Path) -> None:
    """A usage error unless `out` holds the exports of a run."""
    if not (out / "facts.json").is_file() or not (out / "articles.json").is_file():
        raise fail(f"{out} is not the output folder of a run (run `vnextract run` first)")
