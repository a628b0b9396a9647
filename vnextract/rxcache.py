"""Regular expressions compiled once per machine, not once per process.

CPython's `re` compiles a pattern in pure Python (parse, then code
generation), and a pattern of a few thousand characters with case folding
over Unicode classes takes tens of milliseconds: the vocabularies of the
quantity recognizer, the date finder and the fact builder cost about 0.35 s
in every process (each `vnextract run`, each worker start on other
platforms), and spaCy's French tokenizer pattern 6 s (see `spacy_fr`).

`compile_cached()` stores the compiled program (the list of opcodes `re`
hands to `_sre`) in a disk cache; later processes rebuild the identical
pattern object from it with `_sre.compile`. The key covers the pattern, the
flags and the exact Python build (`sys.version`, `_sre.MAGIC`), and `_sre`
checks every program it is given; on any doubt the pattern is compiled
normally. `rx()` sends the long patterns there and the short ones to
`re.compile`, which is faster than a file read for them.

The programs are kept in `$XDG_CACHE_HOME/vnextract/` (default
`~/.cache/vnextract/`), or `$VNEXTRACT_CACHE_DIR/re/` when that is set: they
depend on the Python build, not on any project.
"""

from __future__ import annotations

import array
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

from vnextract.resources import user_cache_dir, write_atomically

#: Shorter patterns compile faster than their program is read back from a file.
CACHE_MIN = 200


def regex_cache_dir() -> Path | None:
    """Where compiled programs of big patterns are kept (None: nowhere, compile them)."""
    return user_cache_dir("re")


def _key(pattern: str, flags: int) -> str:
    import _sre

    h = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{flags}|".encode())
    h.update(pattern.encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:40]


def _typecode() -> str:
    import _sre

    for code in ("I", "L"):
        if array.array(code).itemsize == _sre.CODESIZE:
            return code
    raise ValueError("no array type of the regex code size")


def _build(pattern: str, flags: int) -> tuple[re.Pattern[str], dict[str, Any]]:
    """Compile as `re._compiler.compile` does, keeping the program."""
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    meta = {
        "flags": flags | tree.state.flags,
        "groups": tree.state.groups - 1,
        "groupindex": groupindex,
        "indexgroup": indexgroup,
    }
    rx = _sre.compile(pattern, meta["flags"], code, meta["groups"], groupindex, tuple(indexgroup))
    meta["code"] = code
    return rx, meta


def _load(path: Path, pattern: str) -> re.Pattern[str] | None:
    import _sre

    try:
        data = path.read_bytes()
        size = int.from_bytes(data[:4], "little")
        meta = json.loads(data[4 : 4 + size].decode("utf-8"))
        code = array.array(_typecode())
        code.frombytes(data[4 + size :])
        rx: re.Pattern[str] = _sre.compile(
            pattern,
            meta["flags"],
            code.tolist(),
            meta["groups"],
            meta["groupindex"],
            tuple(meta["indexgroup"]),
        )
    except (OSError, ValueError, TypeError, KeyError, RuntimeError, OverflowError):
        return None
    return rx


def _store(path: Path, meta: dict[str, Any]) -> None:
    code = array.array(_typecode(), meta.pop("code"))
    head = json.dumps(meta).encode("utf-8")
    # a read-only home only costs the compile time again next process
    write_atomically(path, len(head).to_bytes(4, "little") + head + code.tobytes())


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, the compiled program kept on disk for the next process."""
    folder = regex_cache_dir()
    if folder is None:
        return re.compile(pattern, flags)
    path = folder / f"re-{_key(pattern, flags)}.bin"
    rx = _load(path, pattern)
    if rx is not None:
        return rx
    try:
        rx, meta = _build(pattern, flags)
    except (AttributeError, TypeError, ValueError, ImportError):
        # Another Python whose `re` internals differ: compile the ordinary way.
        return re.compile(pattern, flags)
    _store(path, meta)
    return rx


def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, through the disk cache for long patterns."""
    if len(pattern) < CACHE_MIN:
        return re.compile(pattern, flags)
    return compile_cached(pattern, flags)
