"""Regular expressions compiled once per machine, not once per process.

CPython's `re` compiles a pattern in pure Python (parse, then code
generation): a pattern of a few thousand characters with case folding over
Unicode classes takes tens of milliseconds, and the 240 patterns of the
quantity recognizer, the date finder, the fact builder and the vocabulary
took 0.08 s of every process's start-up (each `vnextract run`, each worker
start on other platforms); spaCy's French tokenizer pattern takes 6 s (see
`spacy_fr`).

`rx()` keeps the compiled program of every pattern (the list of opcodes `re`
hands to `_sre`) in one file, the *store*; later processes read the store
once and rebuild each identical pattern object from it with `_sre.compile`,
in microseconds. The store is per Python build (`sys.version`, `_sre.MAGIC`,
the code size), each program is found by the hash of its pattern and flags,
and `_sre` checks every program it is given; on any doubt (an unreadable
store, another `re`) the pattern is compiled normally. Programs compiled by
a process are added to the store when it exits (an atomic replace; a
process that dies first only leaves them to compile again). The store keeps
what earlier processes added, up to STORE_MAX bytes of programs, then only
what the process that writes it used.

The store is kept in `$XDG_CACHE_HOME/vnextract/` (default
`~/.cache/vnextract/`), or `$VNEXTRACT_CACHE_DIR/re/` when that is set: it
depends on the Python build, not on any project.
"""

from __future__ import annotations

import array
import atexit
import contextlib
import hashlib
import json
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

from vnextract.resources import cache_file_added, read_cached, user_cache_dir, write_atomically

#: `spacy_fr` sends the patterns this long that spaCy compiles through the store.
CACHE_MIN = 200
#: Bytes of programs above which a store keeps only what its writer used.
STORE_MAX = 32 * 1024 * 1024


def regex_cache_dir() -> Path | None:
    """Where the store of compiled programs is kept (None: nowhere, compile them)."""
    return user_cache_dir("re")


@cache
def _build_key() -> str:
    import _sre

    return hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode()).hexdigest()[:16]


def _key(pattern: str, flags: int) -> str:
    h = hashlib.sha256(f"{int(flags)}|".encode())
    h.update(pattern.encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:40]


@cache
def _typecode() -> str:
    import _sre

    for code in ("I", "L"):
        if array.array(code).itemsize == _sre.CODESIZE:
            return code
    raise ValueError("no array type of the regex code size")


def _build(pattern: str, flags: int) -> tuple[re.Pattern[str], list[Any], bytes]:
    """Compile as `re._compiler.compile` does; also return the program as the store keeps it."""
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    meta = [flags | tree.state.flags, tree.state.groups - 1, groupindex, indexgroup]
    rx = _sre.compile(pattern, meta[0], code, meta[1], groupindex, tuple(indexgroup))
    return rx, meta, array.array(_typecode(), code).tobytes()


class _Store:
    """The compiled programs of one folder: read on first use, added to at exit."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.index: dict[str, list[Any]] | None = None  # key -> [meta..., offset, length]
        self.blob = b""
        self.used: set[str] = set()
        self.new: dict[str, tuple[list[Any], bytes]] = {}

    @staticmethod
    def read(path: Path) -> tuple[dict[str, list[Any]], bytes]:
        try:
            data = read_cached(path)
            size = int.from_bytes(data[:4], "little")
            index = json.loads(data[4 : 4 + size].decode("utf-8"))
        except (OSError, ValueError):
            return {}, b""
        return (index, data[4 + size :]) if isinstance(index, dict) else ({}, b"")

    def get(self, pattern: str, flags: int) -> re.Pattern[str] | None:
        import _sre

        if self.index is None:
            self.index, self.blob = self.read(self.path)
        key = _key(pattern, flags)
        found = self.index.get(key)
        if found is None:
            return None
        try:
            flags_, groups, groupindex, indexgroup, offset, length = found
            code = array.array(_typecode())
            code.frombytes(self.blob[offset : offset + length])
            rx: re.Pattern[str] = _sre.compile(
                pattern, flags_, code.tolist(), groups, groupindex, tuple(indexgroup)
            )
        except (ValueError, TypeError, KeyError, RuntimeError, OverflowError):
            return None
        self.used.add(key)
        return rx

    def add(self, pattern: str, flags: int, meta: list[Any], code: bytes) -> None:
        if not self.new:
            atexit.register(self.save)
        key = _key(pattern, flags)
        self.new[key] = (meta, code)
        self.used.add(key)

    def save(self) -> None:
        """Add the programs compiled since the last save to the store on disk."""
        if not self.new:
            return
        index, blob = self.read(self.path)  # as other processes left it
        kept: dict[str, tuple[list[Any], bytes]] = {}
        for key, entry in index.items():
            if isinstance(entry, list) and len(entry) == 6:
                offset, length = entry[4], entry[5]
                kept[key] = (entry[:4], blob[offset : offset + length])
        kept.update(self.new)
        self.new = {}
        if sum(len(code) for _, code in kept.values()) > STORE_MAX:
            kept = {k: v for k, v in kept.items() if k in self.used}
        out_index, parts, offset = {}, [], 0
        for key, (meta, code) in kept.items():
            out_index[key] = [*meta, offset, len(code)]
            parts.append(code)
            offset += len(code)
        head = json.dumps(out_index).encode("utf-8")
        # a read-only home only costs the compile time again next process
        if write_atomically(self.path, len(head).to_bytes(4, "little") + head + b"".join(parts)):
            cache_file_added(self.path.parent)
        for old in self.path.parent.glob("re-*.bin"):  # one file per program, before the store
            with contextlib.suppress(OSError):
                old.unlink()


_STORES: dict[Path, _Store] = {}


@cache
def _store_path(folder: Path) -> Path:
    return folder / f"programs-{_build_key()}.bin"


def _store() -> _Store | None:
    folder = regex_cache_dir()
    if folder is None:
        return None
    path = _store_path(folder)
    store = _STORES.get(path)
    if store is None:
        store = _STORES[path] = _Store(path)
    return store


def save() -> None:
    """Write the programs compiled so far to the store now (else it happens at exit)."""
    for store in _STORES.values():
        store.save()


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, the compiled program kept in the store for later processes."""
    flags = int(flags)
    store = _store()
    if store is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    found = store.get(pattern, flags)
    if found is not None:
        return found
    try:
        rx, meta, code = _build(pattern, flags)
    except (AttributeError, TypeError, ValueError, ImportError):
        # Another Python whose `re` internals differ: compile the ordinary way.
        return re.compile(pattern, flags)
    store.add(pattern, flags, meta, code)
    return rx


#: `re.compile`, through the store of compiled programs (the name the modules use).
rx = compile_cached
