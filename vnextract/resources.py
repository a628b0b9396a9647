"""The package's language data files (TOML/JSONL under vnextract/data), read once per
process; and the user cache folder, where the French word-frequency table built from
wordfreq is kept (`vnextract.cleaning.clean`)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

#: The package's data folder (read through `importlib.resources` when it is not a folder).
DATA_DIR = Path(__file__).parent / "data"


def data_bytes(name: str) -> tuple[str, bytes]:
    """Where `vnextract/data/<name>` is, and its bytes (every data file is read here)."""
    path = DATA_DIR / name
    try:
        return str(path), path.read_bytes()
    except FileNotFoundError:  # installed in a zip file
        from importlib import resources

        source = resources.files("vnextract").joinpath("data", name)
        return str(source), source.read_bytes()


@cache
def load_toml(name: str) -> dict[str, Any]:
    """Parse `vnextract/data/<name>` (cached: data files are read once per process)."""
    import tomllib  # here: a re-run served by the result cache reads no data file

    text = data_bytes(name)[1].decode("utf-8")
    return tomllib.loads(text.replace("\r\n", "\n").replace("\r", "\n"))  # as text mode reads


@cache
def load_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    """Parse `vnextract/data/<name>` as JSON Lines (cached)."""
    text = data_bytes(name)[1].decode("utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())


def user_cache_dir(own: str) -> Path | None:
    """The folder of what vnextract builds once per machine (the word-frequency table).

    `$VNEXTRACT_CACHE_DIR/<own>/` when that is set; else `$XDG_CACHE_HOME/vnextract/`
    (default `~/.cache/vnextract/`); None when there is no home folder.
    """
    env = os.environ.get("VNEXTRACT_CACHE_DIR")
    if env:
        return Path(env) / own
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home directory
            return None
    return Path(base) / "vnextract"


def write_atomically(path: Path, data: bytes) -> bool:
    """Write `path` through a temporary file renamed into place; False when it cannot be.

    A cache that cannot be written (read-only folder, full disk) only costs the work
    again next process: nothing is raised, and no temporary file is left behind.
    """
    import tempfile

    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        return False
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return True


#: The head of a file of `write_marshal`: a tag, then the CRC-32 of what follows.
_MARSHAL_TAG = b"vnextract-marshal-1\n"


def write_marshal(path: Path, value: Any) -> bool:
    """Store `value` (plain data: str, int, list, tuple, dict...) for `read_marshal`.

    `marshal` reads it back ten times faster than JSON or TOML are parsed; its
    format changes with Python versions, so the caller's file name must say
    which Python wrote it (`sys.version` in its key). False when the file
    cannot be written (see `write_atomically`) or the value is not plain data.
    """
    import marshal
    import zlib

    try:
        payload = marshal.dumps(value)
    except ValueError:
        return False
    check = zlib.crc32(payload).to_bytes(4, "little")
    if not write_atomically(path, _MARSHAL_TAG + check + payload):
        return False
    cache_file_added(path.parent)
    return True


def read_marshal(path: Path) -> Any:
    """The value `write_marshal` stored in `path` (which counts as used, see `read_cached`).

    Raises:
        OSError: the file cannot be read.
        ValueError: it is not such a file, or its bytes are damaged (the CRC differs).
    """
    import marshal
    import zlib

    data = read_cached(path)
    head = len(_MARSHAL_TAG) + 4
    if data[: len(_MARSHAL_TAG)] != _MARSHAL_TAG or len(data) < head:
        raise ValueError(f"not a vnextract marshal file: {path}")
    payload = memoryview(data)[head:]
    if zlib.crc32(payload) != int.from_bytes(data[head - 4 : head], "little"):
        raise ValueError(f"damaged file: {path}")
    try:
        return marshal.loads(payload)
    except (EOFError, TypeError) as exc:
        raise ValueError(f"damaged file: {path}") from exc


# ---------------------------------------------------------------------------------------
# Keeping the user cache folder small

#: A file of the user cache folder not used for this long is deleted (when a file is added).
CACHE_MAX_AGE_S = 30 * 24 * 3600
#: Of the files of one kind (`wordfreq-fr-*`, `data-dates-*`...), at most this many are kept,
#: the most recently used: one per vnextract, Python, wordfreq or spaCy installed.
CACHE_KEEP = 8
#: A use refreshes a file's modification time when it is older than this (so that a
#: run writes nothing to the cache folder, almost always).
_USED_EVERY_S = 24 * 3600
#: `<kind>-<key>.<ext>`: every file vnextract keeps there, this release or an earlier one.
_CACHE_FILE = re.compile(r"(?P<kind>[a-z][a-z0-9-]*?)-[0-9a-f]{8,64}\.(?:bin|json)")
#: What `write_atomically` leaves behind when its process is killed mid-write.
_CACHE_TEMP = re.compile(r"\..+\.tmp")


def read_cached(path: Path) -> bytes:
    """The bytes of a file of the user cache folder; marks it used (see `prune_cache`)."""
    with open(path, "rb") as fh:
        st = os.fstat(fh.fileno())
        data = fh.read()
    if st.st_mtime < time.time() - _USED_EVERY_S:
        with contextlib.suppress(OSError):  # a read-only cache is still read
            os.utime(path)
    return data


#: The user cache folders this process has pruned (`cache_file_added`).
_PRUNED: set[Path] = set()


def cache_file_added(folder: Path) -> None:
    """Prune a user cache folder a file was just added to; once per process and folder
    (a first run adds several files: one scan of the folder is enough)."""
    if folder not in _PRUNED:
        _PRUNED.add(folder)
        prune_cache(folder)


def prune_cache(folder: Path, now: float | None = None) -> list[str]:
    """Delete what a user cache folder no longer needs; the names deleted.

    Called when a file is added (a new key: another vnextract, Python, wordfreq,
    spaCy or checkout; `cache_file_added`). A file goes when it has not been used for
    CACHE_MAX_AGE_S, or when CACHE_KEEP files of its kind were used since;
    a temporary file of a killed write goes after a day. Every use refreshes a
    file's date (`read_cached`), so what runs read is kept; what is deleted is
    built again if it is ever needed. Only names vnextract gives are touched.
    """
    now = time.time() if now is None else now
    kinds: dict[str, list[tuple[float, str]]] = {}
    doomed: list[str] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            used = entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        m = _CACHE_FILE.fullmatch(entry.name)
        if m is not None:
            if used < now - CACHE_MAX_AGE_S:
                doomed.append(entry.name)
            else:
                kinds.setdefault(m["kind"], []).append((used, entry.name))
        elif _CACHE_TEMP.fullmatch(entry.name) and used < now - _USED_EVERY_S:
            doomed.append(entry.name)
    for files in kinds.values():
        files.sort(reverse=True)
        doomed.extend(name for _, name in files[CACHE_KEEP:])
    gone = []
    for name in sorted(doomed):
        with contextlib.suppress(OSError):  # another process's, or already gone
            os.unlink(folder / name)
            gone.append(name)
    return gone


def _dist_name(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def library_versions(names: Sequence[str]) -> dict[str, str]:
    """The installed version of each distribution ("-" when not installed).

    Read from the names of the `NAME-VERSION.dist-info` (or `.egg-info`) entries of
    `sys.path`, the first found winning, as `importlib.metadata` finds them, but
    without importing it (a quarter of a cached re-run's start-up).
    """
    wanted = {_dist_name(n): n for n in names}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            listing = os.listdir(entry or ".")
        except OSError:  # a zip file, a missing folder
            continue
        for item in sorted(listing):
            stem, dot, suffix = item.rpartition(".")
            if not dot or suffix not in ("dist-info", "egg-info"):
                continue
            name, _, version = stem.partition("-")
            key = _dist_name(name)
            if key in wanted and wanted[key] not in found and version:
                found[wanted[key]] = version
        if len(found) == len(wanted):
            break
    return {n: found.get(n, "-") for n in names}


def package_key(
    package: str, files: Callable[[Path], Iterable[Path]], parts: Sequence[str]
) -> str | None:
    """A cache key for what vnextract derives from an installed package.

    It covers `parts`, the package's version, and the size and date of the
    files `files(root)` names under its folder (a reinstall changes them).
    None when the package cannot be found. Finding it does not import it.
    """
    from importlib import util

    try:
        spec = util.find_spec(package)
    except (ImportError, ValueError):
        return None
    version = library_versions([package])[package]
    if spec is None or not spec.submodule_search_locations or version == "-":
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    lines = [*parts, version]
    for path in files(root):
        try:
            st = path.stat()
        except OSError:
            lines.append(f"{path}:-")
        else:
            lines.append(f"{path}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(lines).encode("utf-8", "surrogatepass")).hexdigest()[:32]
