"""A run whose exports are already up to date: nothing it depends on has changed.

As make leaves a target alone when nothing it is made from has changed, a
run into an output folder writes nothing when:

- the last successful run into that folder read the same article files (the
  same names, in the same order) and each still has the `stat_signature` it
  had when that run read it (a signature taken once the file had settled, see
  `sources.SETTLED_NS`; the change time moves on every write);
- the extractor, the vocabulary (the result cache's context) and the options
  that shape the exports (filters, `--excel`, record fields) are the same;
- the three exports are still the bytes that run wrote (checked by their
  sha256, so even an edit in the same clock tick is seen), and the folder has
  no `texts/` (that run derived no text).

Then the exports are already what the run would write, byte for byte. The
run only writes its standard output, made from them: `facts.json` as it is
for `--format json`, one line per fact of it for `jsonl`, `facts.csv` as it
is for `csv` (the same writers, the same rows). A table, Parquet, a
terminal, or an output encoding other than UTF-8 take the ordinary path.

The record of each output folder's last run is one row of the result cache
(`ResultCache.last_run`); the rows are as many as the output folders.
Inputs other than article files (web pages, corpora of records, stdin) have
no signature: a run that reads them is never up to date by this test.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from vnextract.inputs.listing import file_signature
from vnextract.outputs.columns import EXPORTS, TEXTS_DIR

if TYPE_CHECKING:
    from vnextract.running.cache import ResultCache

#: `--format` values whose standard output is made from the exports.
REPLAYED = frozenset({"json", "jsonl", "csv"})


def run_key(
    context: str,
    out: Path,
    listed: Sequence[Path],
    signatures: Mapping[str, str],
    settings: Mapping[str, Any],
) -> str | None:
    """What a run's exports depend on, hashed; None when an input has no signature.

    Only article files read with a signature have one (`sources.read_file`): web
    pages, corpora of records and stdin have none, so a run reading them is never
    up to date by this test.

    Args:
        context: the result cache's context (extractor and vocabulary).
        out: the output folder.
        listed: the run's inputs, as `sources.list_inputs` lists them.
        signatures: the signature of each input file by absolute path.
        settings: the options that shape the exports.
    """
    h = hashlib.sha256(context.encode())
    h.update(b"\0" + os.path.abspath(out).encode("utf-8", "surrogatepass"))
    h.update(b"\0" + json.dumps(settings, sort_keys=True, default=str).encode())
    for p in listed:
        path = os.path.abspath(p)
        signature = signatures.get(path)
        if signature is None:
            return None
        h.update(f"\0{p}\0{path}\0{signature}".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def current_signatures(listed: Iterable[Path]) -> dict[str, str]:
    """The signature of each input that is a regular file now, by absolute path."""
    found = {}
    for p in listed:
        signature = file_signature(p)
        if signature is not None:
            found[os.path.abspath(p)] = signature
    return found


def exports_digest(out: Path) -> dict[str, str] | None:
    """The sha256 of each export in the folder; None when one is missing or texts/ exists."""
    if (out / TEXTS_DIR).exists():
        return None
    digests = {}
    for name in EXPORTS:
        try:
            digests[name] = hashlib.sha256((out / name).read_bytes()).hexdigest()
        except OSError:
            return None
    return digests


def remember(cache: ResultCache, key: str, out: Path, articles: int, facts: int) -> None:
    """Record a successful run into `out` (after its exports are in place)."""
    digests = exports_digest(out)
    if digests is not None:
        cache.keep_run(out, key, {"exports": digests, "articles": articles, "facts": facts})


def up_to_date(cache: ResultCache, key: str, out: Path) -> dict[str, Any] | None:
    """The record of the last run into `out` when it had this key and its exports are intact."""
    record = cache.last_run(out, key)
    if record is None or record.get("exports") != exports_digest(out):
        return None
    return record


def write_stdout(out: Path, fmt: str, stream: IO[bytes]) -> None:
    """The standard output of a run in `fmt`, made from the exports it wrote into `out`."""
    if fmt == "csv":
        source = "facts.csv"
    elif fmt in ("json", "jsonl"):
        source = "facts.json"
    else:
        raise ValueError(f"no standard output made from the exports for {fmt}")
    with open(out / source, "rb") as f:
        if fmt != "jsonl":
            while block := f.read(1 << 20):
                stream.write(block)
            return
        # facts.json is `[`, then one fact per line (`  {...},`), then `]`; JSON texts hold
        # no raw line break. A JSON Lines stream is those facts, one per line.
        f.readline()
        for line in f:
            if line.startswith(b"  {"):
                stream.write(line[2:].rstrip(b",\n") + b"\n")
