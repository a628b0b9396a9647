"""What the library API was given: article texts or paths, said by the caller, never guessed.

`extract(text=...)` takes article text, `extract(path=...)` files and folders;
both take one value or an iterable of them. A positional argument is read by
its type and form alone, never by what exists on disk:

- an `os.PathLike` (`pathlib.Path`) is a path;
- a `str` of one line with no whitespace (`data/raw`, `a/missing/file.txt`,
  `-` for stdin), or one line ending in a suffix vnextract reads (`My
  articles/a.txt`), is a path: no article is one word;
- any other `str` (an article: words separated by spaces) is text, and so is a
  blank one (an empty article, a failed input).

A path that does not exist raises FileNotFoundError (a broken symbolic link
exists: it is a failed input, like an unreadable file).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vnextract.inputs.listing import INPUT_SUFFIXES, STDIN

if TYPE_CHECKING:
    from vnextract.inputs.records import RecordFields
    from vnextract.inputs.sources import FailedSource, Source

#: Longer strings are text: no path is that long (PATH_MAX on Linux).
_MAX_PATH = 4096

Given = str | os.PathLike[str]


@dataclass(frozen=True)
class Text:
    """An article given as a string."""

    text: str


def is_path_form(value: str) -> bool:
    """True when a positional string is a path by its form (see the module's rules)."""
    if not value.strip() or len(value) >= _MAX_PATH or "\n" in value or "\r" in value:
        return False
    if not any(ch.isspace() for ch in value):
        return True
    return value == value.strip() and value.lower().endswith(INPUT_SUFFIXES)


def _many(value: Given | Iterable[Given]) -> list[Given]:
    if isinstance(value, (str, os.PathLike)):
        return [value]
    return list(value)


def _check_path(value: Given) -> Path:
    p = Path(value)
    if str(value) != STDIN and not p.exists() and not p.is_symlink():
        raise FileNotFoundError(2, "No such file or directory", str(value))
    return p


def resolve(
    inputs: Given | Iterable[Given] | None = None,
    *,
    text: str | Iterable[str] | None = None,
    path: Given | Iterable[Given] | None = None,
) -> list[Path | Text]:
    """The inputs of one API call, each a `Path` to read or a `Text`, in the order given.

    Raises:
        TypeError: when none or more than one of `inputs`, `text`, `path` is given,
            or `text` holds something that is not a string.
        FileNotFoundError: for a path that does not exist.
    """
    given = [x for x in (inputs, text, path) if x is not None]
    if len(given) != 1:
        raise TypeError("give the articles one way: positionally, text=..., or path=...")
    if text is not None:
        texts = [text] if isinstance(text, str) else list(text)
        bad = [t for t in texts if not isinstance(t, str)]
        if bad:
            raise TypeError(f"text= takes strings, not {type(bad[0]).__name__}: use path=")
        return [Text(t) for t in texts]
    if path is not None:
        paths = _many(path)
        bad_path = [p for p in paths if not isinstance(p, (str, os.PathLike))]
        if bad_path:
            raise TypeError(f"path= takes paths, not {type(bad_path[0]).__name__}")
        return [_check_path(p) for p in paths]
    out: list[Path | Text] = []
    for item in _many(inputs):  # type: ignore[arg-type]
        if not isinstance(item, (str, os.PathLike)):
            raise TypeError(f"an article is a str or a path, not {type(item).__name__}")
        if isinstance(item, os.PathLike) or is_path_form(item):
            out.append(_check_path(item))
        else:
            out.append(Text(item))
    return out


def given_sources(
    resolved: list[Path | Text], fields: RecordFields | None = None
) -> Iterator[Source | FailedSource]:
    """The sources of `resolve`'s inputs, in order; texts are `text1`, `text2`...

    One run: no two sources share a doc id (`sources.DocIds`), texts included.
    """
    from vnextract.inputs.sources import DocIds, from_text, scan_inputs

    listing = scan_inputs([r for r in resolved if isinstance(r, Path)])
    ids = DocIds(listing)
    files = iter(range(len(listing.files)))
    nxt = next(files, None)
    n_text = n_path = 0
    for item in resolved:
        if isinstance(item, Text):
            n_text += 1
            doc_id = ids.claim(f"text{n_text}", "<text>")
            yield from_text(item.text, doc_id=doc_id)
            continue
        while nxt is not None and listing.origins[nxt] == n_path:
            yield from ids.read(nxt, fields)
            nxt = next(files, None)
        n_path += 1
    ids.report_skipped()
