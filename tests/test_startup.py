"""Start-up: the run on one file, the compiled-pattern and data-file caches, the cache folder."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest


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


def test_a_run_on_one_file_starts_no_pool(tmp_path):
    from tests.conftest import RAW

    one = sorted(RAW.glob("*.txt"))[0]
    modules = imported_by(*run_line(one, out=tmp_path / "out"))
    assert "vnextract.running.parallel" in modules and "vnextract.facts.build" in modules
    assert not {"multiprocessing", "concurrent.futures"} & modules


def test_compiled_regex_from_the_disk_cache_is_the_same_pattern(tmp_path, monkeypatch):
    """The trick that loads spaCy's French in milliseconds gives back an identical regex."""
    from vnextract.nlp import rxcache, spacy_fr

    monkeypatch.setenv("VNEXTRACT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rxcache, "_STORES", {})
    letters = "a-zà-öø-ÿœæçÀ-ÖØ-ÞŒÆÇ" * 40
    words = ["faux", "entr", "anti", "New", "saint", "d[eu]"]
    pattern = "(?iu)" + "|".join(f"(?:^{w}[-–—‐‑'’][{letters}][-{letters}]*$)" for w in words)
    samples = [
        "faux-vampire",
        "Entr'abat",
        "ANTI-corruption",
        "new-york",
        "Hô-Chi-Minh",
        "mi-2021",
        "saint-Étienne",
        "du-pont",
        "x",
        "faux-",
        "anti-é-É",
    ]
    plain = re.compile(pattern)
    first = spacy_fr.compile_cached(pattern)  # compiled, kept for the store
    assert not list((tmp_path / "re").glob("programs-*.bin"))  # written at exit
    rxcache.save()
    (stored,) = (tmp_path / "re").glob("programs-*.bin")
    rxcache._STORES.clear()  # as a new process
    second = spacy_fr.compile_cached(pattern)  # rebuilt from the store
    for rx in (first, second):
        assert (rx.pattern, rx.flags, rx.groups) == (plain.pattern, plain.flags, plain.groups)
        assert [bool(rx.match(s)) for s in samples] == [bool(plain.match(s)) for s in samples]
    stored.write_bytes(b"\x10\x00\x00\x00garbage")
    rxcache._STORES.clear()
    third = spacy_fr.compile_cached(pattern)  # unreadable store: compiled again
    assert [bool(third.match(s)) for s in samples] == [bool(plain.match(s)) for s in samples]
    rxcache.save()  # and the store is written anew
    rxcache._STORES.clear()
    assert rxcache._store().get(pattern, 0) is not None


def test_rx_serves_patterns_from_the_store_with_their_groups(tmp_path, monkeypatch):
    from vnextract.nlp import rxcache

    monkeypatch.setenv("VNEXTRACT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rxcache, "_STORES", {})
    alternatives = "|".join(f"mot{i}" for i in range(60))
    pattern = rf"(?P<num>\d+)\s*(?P<word>{alternatives}|dongs?|millions?)(?![\w])"
    plain = re.compile(pattern, re.IGNORECASE)
    first = rxcache.rx(pattern, re.IGNORECASE)
    short = rxcache.rx(r"(\d+)-(?P<b>\d+)")
    rxcache.save()
    rxcache._STORES.clear()  # as a new process
    second = rxcache.rx(pattern, re.IGNORECASE)  # rebuilt from the store
    assert rxcache._store().used == {rxcache._key(pattern, re.IGNORECASE)}
    text = "Il a reçu 12 MILLIONS de visites, 3 mot59 et 40 Dongs, 7 motus."
    for rx in (first, second):
        assert (rx.flags, rx.groups, rx.groupindex) == (plain.flags, plain.groups, plain.groupindex)
        assert [m.groupdict() for m in rx.finditer(text)] == [
            m.groupdict() for m in plain.finditer(text)
        ]
    again = rxcache.rx(r"(\d+)-(?P<b>\d+)")
    assert again.match("12-34").groups() == short.match("12-34").groups() == ("12", "34")
    # the same pattern under other flags is another program
    assert rxcache.rx(pattern).match("12 MILLIONS") is None
    assert second.match("12 MILLIONS") is not None


def test_a_store_past_its_size_keeps_what_its_writer_used(tmp_path, monkeypatch):
    from vnextract.nlp import rxcache

    monkeypatch.setenv("VNEXTRACT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rxcache, "_STORES", {})
    rxcache.rx(r"ancien\d+")
    rxcache.save()
    rxcache._STORES.clear()
    rxcache.rx(r"nouveau\d+")
    monkeypatch.setattr(rxcache, "STORE_MAX", 1)
    rxcache.save()
    rxcache._STORES.clear()
    store = rxcache._store()
    assert store.get(r"nouveau\d+", 0) is not None
    assert store.get(r"ancien\d+", 0) is None


def test_extracting_compiles_no_big_pattern_outside_the_disk_cache():
    """spaCy's 1.4M-character tokenizer pattern costs 6 s when `re` compiles it.

    Every path that builds spaCy French must go through `spacy_fr` (a date pipeline
    built with `spacy.blank("fr")` once slipped past it and made every run 6 s longer).
    """
    code = (
        "import re, sys\n"
        "big = []\n"
        "original = re._compile\n"
        "def spy(pattern, flags):\n"
        "    if isinstance(pattern, str) and len(pattern) >= 100_000:\n"
        "        big.append(len(pattern))\n"
        "    return original(pattern, flags)\n"
        "re._compile = spy\n"
        "from vnextract import extract\n"
        "facts = extract('Hanoï, 10 mars (VNA) - Le portail a reçu 116 millions de visites "
        "au 8 mars 2021.')\n"
        "assert facts, 'no fact extracted'\n"
        "print(len(big))\n"
    )
    assert run_code(code) == "0"


def run_code(code: str) -> str:
    """What a fresh interpreter running `code` prints (it must succeed)."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_finding_dates_and_extracting_do_not_import_spacy():
    """The date patterns run without spaCy (`datematch`): a run on one file starts fast."""
    code = (
        "import sys\n"
        "from vnextract import extract\n"
        "from vnextract.recognizers.dates import find_dates\n"
        'm = find_dates("Au 8 mars 2021, fin de l\'année dernière, les six premiers mois.")\n'
        "facts = extract('Hanoï, 10 mars (VNA) - Le portail a reçu 116 millions de visites "
        "au 8 mars 2021.')\n"
        "print(len(m), len(facts), 'spacy' in sys.modules)\n"
    )
    assert run_code(code).split() == ["3", "1", "False"]


def test_the_user_cache_folder_follows_the_environment(tmp_path, monkeypatch):
    """Kept once per process for rxcache's many calls, but for the variables it is read from."""
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
    """The start-up caches' file format: damaged or foreign bytes are an error, never data."""
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


# -- the data files, parsed once per machine ----------------------------------------------

DATA_FILES = sorted(
    p.name for p in (Path(__file__).parents[1] / "vnextract" / "data").glob("*.toml")
)


@pytest.fixture
def data_cache(tmp_path, monkeypatch):
    """A fresh user cache folder; `load` parses (or reads back) a data file, as a new process."""
    from vnextract import resources

    monkeypatch.setenv("VNEXTRACT_CACHE_DIR", str(tmp_path))
    return tmp_path / "data", resources.load_toml.__wrapped__


@pytest.mark.parametrize("name", DATA_FILES)
def test_a_data_file_read_back_is_what_tomllib_parses(data_cache, name):
    import tomllib

    folder, load = data_cache
    parsed = tomllib.loads((Path(__file__).parents[1] / "vnextract" / "data" / name).read_text())
    assert load(name) == parsed  # parsed, stored
    assert len(list(folder.glob(f"data-{Path(name).stem}-*.bin"))) == 1
    again = load(name)  # read back
    assert again == parsed
    assert json.dumps(again) == json.dumps(parsed)  # the same types and order, too


def test_the_stored_data_is_what_is_read(data_cache):
    import hashlib

    from vnextract.resources import DATA_DIR, read_marshal, write_marshal

    folder, load = data_cache
    parsed = load("sentences.toml")
    (stored,) = folder.glob("data-sentences-*.bin")
    digest, value = read_marshal(stored)
    assert (digest, value) == (
        hashlib.sha256((DATA_DIR / "sentences.toml").read_bytes()).digest(),
        parsed,
    )
    write_marshal(stored, (digest, {"abbreviations": ["kept"]}))
    assert load("sentences.toml") == {"abbreviations": ["kept"]}  # read, not parsed


@pytest.mark.parametrize(
    "stored_bytes",
    [
        pytest.param(lambda good, stale: b"garbage", id="damaged"),
        pytest.param(lambda good, stale: good[:-3], id="truncated"),
        pytest.param(lambda good, stale: stale, id="of-other-bytes"),
    ],
)
def test_a_bad_stored_data_file_is_parsed_again_and_replaced(data_cache, stored_bytes):
    from vnextract.resources import read_marshal, write_marshal

    folder, load = data_cache
    parsed = load("cues.toml")
    (stored,) = folder.glob("data-cues-*.bin")
    good = stored.read_bytes()
    digest, _ = read_marshal(stored)
    write_marshal(stored, (bytes(32), {"stale": True}))  # the data of an older cues.toml
    stale = stored.read_bytes()
    stored.write_bytes(stored_bytes(good, stale))
    assert load("cues.toml") == parsed
    assert read_marshal(stored) == (digest, parsed)  # stored again


def test_data_files_are_parsed_when_the_cache_cannot_be_written(tmp_path, monkeypatch):
    from vnextract import resources

    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("VNEXTRACT_CACHE_DIR", str(blocker))
    assert resources.load_toml.__wrapped__("sentences.toml")["abbreviations"]
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


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
