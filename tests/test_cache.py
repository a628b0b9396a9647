"""The result cache: a re-run reads results back, identical, rebound to the current file."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import RAW

EXPORTS = ("facts.json", "facts.csv", "articles.json")
SAMPLES = sorted(RAW.glob("*.txt"))


def exports(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in EXPORTS}


def run(inputs, out, cache_dir, workers=1, lexicon=None):
    from vnextract.cache import ResultCache
    from vnextract.lexicon import load_lexicon
    from vnextract.parallel import iter_results
    from vnextract.runner import run_corpus

    lex = load_lexicon(lexicon)
    with ResultCache(cache_dir, lex) as cache:
        run_corpus(
            inputs, out, lex, results=iter_results(inputs, lex, workers=workers, cache=cache)
        )
        return cache.hits, cache.misses


def test_a_rerun_reads_every_article_back_identical(tmp_path, seed_out):
    cache = tmp_path / "cache"
    assert run([RAW], tmp_path / "a", cache) == (0, len(SAMPLES))
    assert run([RAW], tmp_path / "b", cache, workers=2) == (len(SAMPLES), 0)
    assert exports(tmp_path / "a") == exports(seed_out)
    assert exports(tmp_path / "b") == exports(seed_out)


def test_same_bytes_under_another_name_get_their_own_id_and_path(tmp_path):
    src = SAMPLES[0]
    a, b = tmp_path / "in-a", tmp_path / "in-b"
    a.mkdir()
    b.mkdir()
    (a / src.name).write_bytes(src.read_bytes())
    (b / "renamed-copy.txt").write_bytes(src.read_bytes())
    cache = tmp_path / "cache"
    run([a], tmp_path / "out-a", cache)
    assert run([b], tmp_path / "out-b", cache) == (1, 0)
    raw = (b / "renamed-copy.txt").read_text(encoding="utf-8")
    facts = json.loads((tmp_path / "out-b" / "facts.json").read_text(encoding="utf-8"))
    assert facts and {f["doc_id"] for f in facts} == {"renamed-copy"}
    for f in facts:
        assert raw[f["start"] : f["end"]] == f["text"]
    (art,) = json.loads((tmp_path / "out-b" / "articles.json").read_text(encoding="utf-8"))
    assert art["doc_id"] == "renamed-copy"
    assert art["path"] == str(b / "renamed-copy.txt")
    facts_a = json.loads((tmp_path / "out-a" / "facts.json").read_text(encoding="utf-8"))
    assert [{**f, "doc_id": "x"} for f in facts] == [{**f, "doc_id": "x"} for f in facts_a]


def test_another_lexicon_is_another_key(tmp_path):
    user = tmp_path / "user.toml"
    user.write_text(
        '[metrics.portal_visits]\nnouns = ["visite", "consultation"]\n', encoding="utf-8"
    )
    cache = tmp_path / "cache"
    run([SAMPLES[0]], tmp_path / "a", cache)
    assert run([SAMPLES[0]], tmp_path / "b", cache, lexicon=user) == (0, 1)
    assert run([SAMPLES[0]], tmp_path / "c", cache, lexicon=user) == (1, 0)


def test_an_edited_file_is_extracted_again(tmp_path):
    f = tmp_path / "in" / "doc.txt"
    f.parent.mkdir()
    f.write_bytes(SAMPLES[0].read_bytes())
    cache = tmp_path / "cache"
    run([f.parent], tmp_path / "a", cache)
    f.write_bytes(SAMPLES[0].read_bytes() + b"\nLe portail compte 5 millions de comptes.\n")
    assert run([f.parent], tmp_path / "b", cache) == (0, 1)


def test_an_unreadable_entry_is_a_miss(tmp_path):
    cache = tmp_path / "cache"
    run([SAMPLES[0]], tmp_path / "a", cache)
    with sqlite3.connect(cache / "results.sqlite") as db:
        db.execute("UPDATE results SET value = ?", (b"not zlib",))
    db.close()
    assert run([SAMPLES[0]], tmp_path / "b", cache) == (0, 1)
    assert exports(tmp_path / "b") == exports(tmp_path / "a")


def test_failed_inputs_are_not_cached(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_text("   \n\n", encoding="utf-8")
    cache = tmp_path / "cache"
    run([d], tmp_path / "a", cache)
    hits, misses = run([d], tmp_path / "b", cache)
    assert (hits, misses) == (0, misses) and misses >= 1


def test_keys_depend_on_text_and_given_date_not_on_name():
    from vnextract.cache import source_key
    from vnextract.sources import Source

    base = Source(doc_id="a", path="a.txt", raw="Texte.", sha256="x")
    assert source_key(base, "ctx") == source_key(
        Source(doc_id="b", path="b.txt", raw="Texte.", sha256="x"), "ctx"
    )
    for other in (
        Source(doc_id="a", path="a.txt", raw="Texte!", sha256="x"),
        Source(doc_id="a", path="a.txt", raw="Texte.", sha256="x", published="2020-01-02"),
    ):
        assert source_key(other, "ctx") != source_key(base, "ctx")
    assert source_key(base, "ctx2") != source_key(base, "ctx")


def test_cli_default_cache_sits_beside_the_output_and_no_cache_bypasses(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from vnextract.cli import app

    monkeypatch.delenv("VNEXTRACT_CACHE_DIR", raising=False)
    out = tmp_path / "runs" / "out"
    res = CliRunner().invoke(app, ["run", str(SAMPLES[0]), "-o", str(out), "-q", "--no-cache"])
    assert res.exit_code == 0, res.output
    assert not (tmp_path / "runs" / ".vnextract-cache").exists()
    res = CliRunner().invoke(app, ["run", str(SAMPLES[0]), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "runs" / ".vnextract-cache" / "results.sqlite").is_file()
    mine = tmp_path / "mine"
    res = CliRunner().invoke(
        app, ["run", str(SAMPLES[0]), "-o", str(out), "-q", "--cache-dir", str(mine)]
    )
    assert res.exit_code == 0, res.output
    assert (mine / "results.sqlite").is_file()


def test_a_fully_cached_run_does_not_import_spacy(tmp_path):
    """What makes a re-run fast: no spaCy, no dateparser, no worker process."""
    from vnextract.cache import extractor_fingerprint

    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "vnextract", "run", str(RAW), "-o", str(out), "-q", "-f", "json"]
    for _ in range(3):  # the code may be edited between two runs (a new key: a miss)
        code = extractor_fingerprint.__wrapped__()
        first = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        assert first.returncode == 0, first.stderr
        again = subprocess.run(
            [sys.executable, "-X", "importtime", *cmd[1:]],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if extractor_fingerprint.__wrapped__() == code:
            break
    assert again.returncode == 0, again.stderr
    assert again.stdout == first.stdout
    imported = {line.split("|")[-1].strip() for line in again.stderr.splitlines() if "|" in line}
    assert "spacy" not in imported
    assert "dateparser" not in imported


@pytest.mark.parametrize("bad", ["file", "dir-is-a-file"])
def test_an_unusable_cache_folder_is_a_warning_not_a_failure(tmp_path, bad):
    from typer.testing import CliRunner

    from vnextract.cli import app

    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    cache_dir = blocker if bad == "file" else blocker / "sub"
    res = CliRunner().invoke(
        app,
        ["run", str(SAMPLES[0]), "-o", str(tmp_path / "out"), "--cache-dir", str(cache_dir)],
    )
    assert res.exit_code == 0, res.output
    assert "running without the cache" in res.stderr
