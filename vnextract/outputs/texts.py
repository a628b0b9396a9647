"""The raw texts of a run: written to `OUT/texts/` when they are not an input file, read back.

A fact's `start`/`end` are offsets in its article's raw text. For a `.txt`
file that is the file's decoded content; for a web page, a JSONL record or
stdin it is a text vnextract made (the page's main text, the record's text
field), so a run writes it to `OUT/texts/<doc_id>.txt` (UTF-8, no BOM, `\\n`
line ends as extracted). The folder is replaced as a whole when the run
succeeds, so it never mixes texts of two runs.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from vnextract.outputs.columns import TEXTS_DIR

_UNSAFE = re.compile(r"[^\w.\-]+")


def text_name(doc_id: str) -> str:
    """The file name of an article's text in `texts/`: the id, made safe for any file system.

    An id that had to be changed (`a/b`, `../x`) gets a short hash of the original, so two
    ids never share a file.
    """
    safe = _UNSAFE.sub("_", doc_id).strip(".") or "_"
    if safe != doc_id or len(safe) > 120:
        digest = hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:10]
        safe = f"{safe[:120]}-{digest}"
    return safe + ".txt"


class TextsWriter:
    """Stages texts in a temporary folder of `out`; `commit()` puts it in place of `texts/`."""

    def __init__(self, out: str | Path) -> None:
        self.out = Path(out)
        self.count = 0
        self._tmp: Path | None = None

    def write(self, doc_id: str, text: str) -> None:
        if self._tmp is None:
            self._tmp = Path(tempfile.mkdtemp(prefix=".texts.", suffix=".tmp", dir=self.out))
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(self._tmp, 0o777 & ~mask)  # mkdtemp's 0700 would hide texts from readers
        with (self._tmp / text_name(doc_id)).open("w", encoding="utf-8", newline="") as f:
            f.write(text)
        self.count += 1

    def commit(self) -> None:
        """Replace `texts/` by this run's texts (or remove it when the run made none)."""
        final = self.out / TEXTS_DIR
        old: Path | None = None
        if final.exists():
            old = Path(tempfile.mkdtemp(prefix=".texts.old.", suffix=".tmp", dir=self.out))
            os.replace(final, old / TEXTS_DIR)
        if self._tmp is not None:
            os.replace(self._tmp, final)
            self._tmp = None
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def abort_on_error(self, exc_type: type[BaseException] | None, *_: object) -> bool:
        """An `ExitStack.push` callback: abort when the run fails, keep the texts otherwise."""
        if exc_type is not None:
            self.abort()
        return False

    def abort(self) -> None:
        """Drop the staged texts; the previous `texts/` stays."""
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None


def load_raw(
    article: dict[str, Any], out: str | Path, base: str | Path | None = None
) -> str | None:
    """The raw text an article's offsets point into, or None when it cannot be found.

    From `OUT/texts/` when the run wrote it there, else by re-reading the input
    file, when it still has the bytes the run read (same sha256). A relative
    input path is taken from `base`, the folder the run was started in (its
    `run.json`), so the text is found from any working folder.
    """
    from vnextract.inputs.sources import SourceError, decode_bytes, sha256_hex

    written = Path(out) / TEXTS_DIR / text_name(article["doc_id"])
    if written.is_file():
        return written.read_text(encoding="utf-8")
    if not article.get("path"):
        return None
    path = Path(article["path"])
    if base is not None and not path.is_absolute():
        path = Path(base) / path
    try:
        if not path.is_file():
            return None
        data = path.read_bytes()
    except OSError:
        return None
    if sha256_hex(data) != article.get("sha256"):
        return None
    try:
        return decode_bytes(data)[0]
    except SourceError:
        return None
