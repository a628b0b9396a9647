"""An output folder's run set: each run's files in a folder of their own, switched in at once.

Layout of an output folder OUT::

    OUT/.runs/<id>/        one run's files (a *generation*): facts.json, facts.csv,
                           articles.json, and when made facts.parquet, texts/; then
                           report.html, timeline.json, timeline.csv made from them;
                           run.json says how the run was made (filters, folder)
    OUT/.runs/current      a symlink to the generation in force
    OUT/facts.json         a symlink to .runs/current/facts.json, and so for each file
                           of the set: the paths users read stay where they were
    OUT/.lock              locked (flock) by the run, report or timeline writing OUT

A run writes its generation as `.runs/<id>.tmp/`, renames it `.runs/<id>/`
once complete, then replaces the `current` symlink (`os.replace`: atomic).
Every file of the set changes in that one step, so a run killed at any point
leaves the previous set in force, and a reader that resolves `current` once
(`run_folder`) reads one run's files, old or new, never a mix. A file opened
through `OUT/facts.json` is always a whole file of one run; reading two files
through their links may straddle a switch, so `eval`, `report` and
`timeline` read through `run_folder`.

Generations other than the one in force and the one before it (which a
reader may still be reading) are removed by the next writer, under the lock.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from vnextract.outputs.columns import EXPORTS, TEXTS_DIR

RUNS = ".runs"
CURRENT = "current"
LOCK = ".lock"
#: How a generation was made (`Generation.commit`).
MANIFEST = "run.json"
#: Every file a generation may hold, linked from the output folder under the same name.
SET_NAMES = (*EXPORTS, "facts.parquet", TEXTS_DIR, "report.html", "timeline.json", "timeline.csv")


class OutputError(ValueError):
    """An output folder that cannot or must not be used; the message says why, in one line."""


class OutputBusy(OutputError):
    """The output folder is locked by another vnextract process writing it."""


def os_message(out: Path, exc: OSError) -> str:
    """One line for an OSError met while writing the output folder `out`."""
    if isinstance(exc, FileExistsError) and out.is_symlink() and not out.exists():
        return f"output folder {out} is a broken symlink; choose another --out"
    if isinstance(exc, FileExistsError) and out.exists() and not out.is_dir():
        return f"output folder {out} is a file; choose another --out"
    if isinstance(exc, (NotADirectoryError, FileExistsError)) or exc.errno == errno.ENOTDIR:
        return f"output folder {out} is under a file, not a folder; choose another --out"
    reason = exc.strerror or str(exc)
    where = f" ({exc.filename})" if exc.filename and str(exc.filename) != str(out) else ""
    return (
        f"cannot write the output folder {out}: {reason}{where}; previous exports left as they were"
    )


@contextmanager
def writing(out: Path) -> Iterator[None]:
    """Turn an OSError of the block (a write into `out`) into an `OutputError` saying so."""
    try:
        yield
    except OSError as exc:
        raise OutputError(os_message(out, exc)) from exc


@contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold `out/.lock` for the block; `OutputBusy` at once when another process holds it.

    The lock is an `fcntl.flock` on an open file: the system drops it when its
    holder ends, however it ends (SIGKILL included), so it is never stale.
    """
    path = out / LOCK
    with writing(out):
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputBusy(
                f"output folder {out} is being written by another vnextract process; "
                "wait for it to end or choose another --out"
            ) from None
        yield
    finally:
        os.close(fd)  # releases the flock


def check_names(out: Path) -> None:
    """Refuse an output folder where a file of the set is a folder (other than `texts/`).

    Raises:
        OutputError: naming it; nothing is written then.
    """
    for name in SET_NAMES:
        path = out / name
        if name != TEXTS_DIR and path.is_dir() and not path.is_symlink():
            raise OutputError(f"{path} is a folder, where a run writes a file; move it away")


def current(out: str | Path) -> Path | None:
    """The generation in force in `out`, resolved; None when `out` has none."""
    link = Path(out) / RUNS / CURRENT
    if not link.is_symlink():
        return None
    target = Path(os.path.realpath(link))
    return target if target.is_dir() else None


def run_folder(out: str | Path) -> Path:
    """Where to read one run's files of `out`, all from the same run.

    The generation in force, resolved once; for a folder written by an older
    vnextract (plain files, no generations), the folder itself.
    """
    return current(out) or Path(out)


def manifest(folder: str | Path) -> dict[str, Any] | None:
    """The `run.json` of a generation (None when absent or unreadable)."""
    try:
        data = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def holds_full_run(out: str | Path) -> bool:
    """True when `out` holds the exports of a run without filters (or of unknown kind)."""
    folder = run_folder(out)
    if not (folder / EXPORTS[0]).is_file():
        return False
    made = manifest(folder) if folder != Path(out) else None
    # a folder of an older vnextract says nothing of its filters: taken as a full run
    return made is None or not made.get("filtered")


def relative_base(out: str | Path) -> Path | None:
    """The folder the run of `out` resolved its relative input paths from (None: unknown)."""
    made = manifest(run_folder(out))
    base = made.get("cwd") if made else None
    return Path(base) if isinstance(base, str) else None


class Generation:
    """One run's folder in `out/.runs/`, written as `<id>.tmp`, switched in by `commit`."""

    def __init__(self, out: Path) -> None:
        self.out = out
        runs = out / RUNS
        runs.mkdir(exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        self.name = f"{stamp}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.path = runs / f"{self.name}.tmp"
        self.path.mkdir()
        #: True once the generation is in force (then never removed by `abort`)
        self.in_force = False

    def commit(self, made: dict[str, Any], switch: bool = True) -> Path:
        """Write `run.json`, complete the folder and (with `switch`) put it in force.

        Returns:
            The generation's final folder.
        """
        final = self.out / RUNS / self.name
        (self.path / MANIFEST).write_text(json.dumps(made, ensure_ascii=False) + "\n", "utf-8")
        os.replace(self.path, final)
        self.path = final
        if switch:
            before = current(self.out)
            _replace_link(self.out / RUNS / CURRENT, self.name)
            self.in_force = True
            # the set's names this run made, and any plain file or folder in the way of a
            # name it did not make (an older layout's, or one put there by hand)
            link_set(
                self.out,
                (
                    n
                    for n in SET_NAMES
                    if (final / n).exists()
                    or ((self.out / n).exists() and not (self.out / n).is_symlink())
                ),
            )
            prune(self.out, keep={self.name, *([before.name] if before else [])})
        return final

    def abort(self) -> None:
        """Remove the folder unless it was put in force (the generation in force stays)."""
        if not self.in_force:
            shutil.rmtree(self.path, ignore_errors=True)


def _replace_link(path: Path, target: str) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    os.symlink(target, tmp)
    os.replace(tmp, path)


def link_set(out: Path, names: Iterable[str]) -> None:
    """Make `out/NAME` a symlink to `.runs/current/NAME` for each name (once; kept after).

    A plain file of an older vnextract's layout is replaced by the link in one
    step; a plain `texts/` folder is moved into `.runs/` first and removed.
    """
    for name in names:
        path = out / name
        target = f"{RUNS}/{CURRENT}/{name}"
        if path.is_symlink() and os.readlink(path) == target:
            continue
        if path.is_dir() and not path.is_symlink():
            old = out / RUNS / f".old-{name}.{uuid.uuid4().hex[:8]}.tmp"
            os.replace(path, old)
            shutil.rmtree(old, ignore_errors=True)
        _replace_link(path, target)


def prune(out: Path, keep: set[str]) -> None:
    """Remove every generation of `out` but `keep`, and what killed runs left staged.

    Only called under the lock: no other writer's folder is in `.runs/` then.
    """
    runs = out / RUNS
    for entry in runs.iterdir():
        if entry.name in keep or entry.name == CURRENT:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        elif entry.name.endswith(".tmp"):
            entry.unlink(missing_ok=True)


def remove_unfinished(out: Path) -> list[str]:
    """Remove the `.runs/*.tmp` that a run killed outright left; return their names."""
    runs = out / RUNS
    if not runs.is_dir():
        return []
    return remove_entries(runs, lambda name: name.endswith(".tmp"))


def remove_entries(folder: Path, chosen: Callable[[str], bool]) -> list[str]:
    """Remove the entries of `folder` whose names are `chosen` (folders whole); their names."""
    removed = []
    for entry in sorted(folder.iterdir()):
        if not chosen(entry.name):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed.append(entry.name)
    return removed
