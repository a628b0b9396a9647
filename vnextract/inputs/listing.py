"""The inputs of a run, listed without reading them: file kinds, folders expanded, ids, signatures.

What a run reads is decided here (`scan_inputs`, `list_inputs`); reading is
`vnextract.inputs.sources`. Kept apart and light (no decoder): a run whose
exports are up to date (`vnextract.running.uptodate`) lists its inputs and
compares their signatures, and reads none of them.

Folders are read recursively, as scraped archives are laid out
(`2020/vna/article1.txt`). Hidden entries (`.git`, `.DS_Store`) are passed
over, and so are symbolic links to folders (a link may loop); files of a kind
vnextract does not read (`.pdf`, `.jpg`) are skipped. Every entry passed over
is kept in `Listing.skipped` with the reason, for the run's summary. A folder
that cannot be listed is a failed input (`Listing.failed`), as an unreadable
file is.

Doc ids. A file given by name keeps its stem (`a.txt` -> `a`); a file found
in a given folder is named by its path relative to that folder, without the
extension, with `/` between folders (`2020/vna/article1`), so that two
`article1.txt` of two folders stay two articles. When two files would still
share an id (`a.txt` and `a.html`, `a.TXT` and `a.text`), the first in
listing order keeps it and the next ones get `~2`, `~3`... (`unique_id`).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
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

#: Joins an id taken twice to its rank: `a`, `a~2`, `a~3`. Not a character ids are made of.
ID_RANK = "~"

#: Reasons an entry of a folder is passed over (`Listing.skipped`).
HIDDEN = "hidden"
HIDDEN_FOLDER = "hidden folder"
FOLDER_LINK = "link to a folder, not followed"
#: The reasons that name a folder rather than a file.
FOLDER_REASONS = frozenset({HIDDEN_FOLDER, FOLDER_LINK})
#: The reason a folder that cannot be listed fails.
UNREADABLE_FOLDER = "folder not readable"


def unsupported(suffix: str) -> str:
    """The reason a file of a kind vnextract does not read is skipped."""
    return f"unsupported type {suffix.lower() or '(no extension)'}"


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


def unique_id(wanted: str, taken: set[str]) -> str:
    """`wanted`, or `wanted~2`, `wanted~3`... the first not in `taken` (which it is added to)."""
    doc_id, n = wanted, 1
    while doc_id in taken:
        n += 1
        doc_id = f"{wanted}{ID_RANK}{n}"
    taken.add(doc_id)
    return doc_id


@dataclass
class Listing:
    """The files of a run's inputs, in reading order, with their doc ids and what was passed over.

    `ids[i]` is the doc id of `files[i]` (for a corpus of records, its stem, which
    its records' default ids start with, and which no file is denied), `origins[i]`
    the index of the input it was found in; `renamed` holds (path, wanted id, id
    given) for every file whose id was taken by an earlier one.
    """

    files: list[Path] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    origins: list[int] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    #: Listed paths that fail without being read, with the reason (a folder not readable).
    failed: dict[Path, str] = field(default_factory=dict)
    renamed: list[tuple[Path, str, str]] = field(default_factory=list)


def _is_folder(p: Path) -> bool:
    """A folder to expand: a folder named like an article file is an input that fails."""
    return p.is_dir() and p.suffix.lower() not in TEXT_SUFFIXES


def _walk(root: Path, folder: Path, out: list[tuple[Path, str]], listing: Listing) -> None:
    """Append the article files under `folder` (with their relative ids) to `out`."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        # what it holds is lost: a failed input (exit 1), like an unreadable file
        why = (exc.strerror or str(exc)).lower()
        listing.failed[folder] = f"{UNREADABLE_FOLDER} ({why})"
        name = folder.relative_to(root).as_posix()
        out.append((folder, folder.name if name == "." else name))
        return
    for e in entries:
        p = Path(e.path)
        try:
            link, is_dir = e.is_symlink(), e.is_dir()
        except OSError:
            link, is_dir = True, False
        if e.name.startswith("."):
            listing.skipped.append((p, HIDDEN_FOLDER if is_dir else HIDDEN))
            continue
        if is_dir and p.suffix.lower() not in TEXT_SUFFIXES:
            if link:
                listing.skipped.append((p, FOLDER_LINK))
            else:
                _walk(root, p, out, listing)
            continue
        # a link (broken, or to a FIFO) is an input: it fails with its reason when read
        if p.suffix.lower() in INPUT_SUFFIXES or link:
            rel = p.relative_to(root)
            out.append((p, rel.with_suffix("").as_posix() if rel.suffix else rel.as_posix()))
        else:
            listing.skipped.append((p, unsupported(p.suffix)))


def scan_inputs(inputs: Iterable[str | os.PathLike[str]]) -> Listing:
    """List the files of the inputs: folders expanded recursively, in name order.

    Within a folder, entries are sorted by name and a subfolder's files come
    where its name sorts; inputs keep the order they were given in.
    """
    listing = Listing()
    taken: set[str] = set()
    for n, item in enumerate(inputs):
        p = Path(item)
        found: list[tuple[Path, str]] = []
        if str(item) != STDIN and _is_folder(p):
            _walk(p, p, found, listing)
        else:
            found.append((p, "stdin" if str(item) == STDIN else p.stem))
        for path, wanted in found:
            # a corpus's records have their own ids, made unique as they are read
            corpus = path.suffix.lower() in RECORD_SUFFIXES
            doc_id = wanted if corpus else unique_id(wanted, taken)
            if doc_id != wanted:
                listing.renamed.append((path, wanted, doc_id))
            listing.files.append(path)
            listing.ids.append(doc_id)
            listing.origins.append(n)
    return listing


def list_inputs(inputs: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand folders into their article files, sorted by name for repeatable runs."""
    return scan_inputs(inputs).files
