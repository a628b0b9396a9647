"""The inputs of a run, listed without reading them: file kinds, folders expanded, signatures.

What a run reads is decided here (`list_inputs`); reading is `vnextract.inputs.sources`.
Kept apart and light (no dataclass, no decoder): a run whose exports are up to
date (`vnextract.running.uptodate`) lists its inputs and compares their signatures, and
reads none of them.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

#: File suffixes read when a folder is given.
TEXT_SUFFIXES = (".txt", ".text", ".md")
#: Saved web pages: main text and date extracted by `vnextract.inputs.html`.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: Corpora of records, one article each: read by `vnextract.inputs.records`.
RECORD_SUFFIXES = (".jsonl", ".ndjson", ".json")
INPUT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + RECORD_SUFFIXES

#: The input name that reads one article from standard input.
STDIN = "-"


def stat_signature(st: os.stat_result) -> str:
    """What tells a file's content has not changed since it was read, as make and git tell it.

    Its device, inode, size, modification time and change time (which no program
    can set back: it moves on every write, rename or `touch -d`).
    """
    return f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}"


def file_signature(path: str | Path) -> str | None:
    """The `stat_signature` of a regular file as it is now; None for anything else."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return stat_signature(st) if stat.S_ISREG(st.st_mode) else None


def list_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Expand folders into their article files, sorted by name for repeatable runs."""
    out: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir() and p.suffix.lower() not in TEXT_SUFFIXES:
            files = [
                c
                for c in p.iterdir()
                if not c.name.startswith(".")
                and (c.suffix.lower() in INPUT_SUFFIXES or c.is_symlink())
            ]
            out.extend(sorted(files, key=lambda c: c.name))
        else:
            out.append(p)
    return out
