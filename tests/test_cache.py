"""The result cache: a re-run reads results back, identical, rebound to the current file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from tests.conftest import RAW

EXPORTS = ("facts.json", "facts.csv", "articles.json")
SAMPLES = sorted(RAW.glob("*.txt"))


def exports(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in EXPORTS}


def run(inputs, out, cache_dir, workers=1, lexicon=None):
    from vnextract.facts.lexicon import load_lexicon
    from vnextract.running.cache import ResultCache
    from vnextract.running.parallel import iter_results
    from vnextract.running.runner import run_corpus

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
    from vnextract.inputs.sources import Source
    from vnextract.running.cache import source_key

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


def test_a_fully_cached_run_writes_what_the_first_wrote(tmp_path):
    from vnextract.running.cache import extractor_fingerprint

    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "vnextract", "run", str(RAW), "-o", str(out), "-q", "-f", "json"]
    for _ in range(3):  # the code may be edited between two runs (a new key: a miss)
        code = extractor_fingerprint.__wrapped__()
        first = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        assert first.returncode == 0, first.stderr
        again = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if extractor_fingerprint.__wrapped__() == code:
            break
    assert again.returncode == 0, again.stderr
    assert again.stdout == first.stdout


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
    assert "ran without the cache" in res.stderr


# -- a re-run served from the cache: the same bytes, and no extractor loaded ----------------


def vnextract(
    *args: str, env: dict[str, str], stdin: bytes | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "vnextract", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        env=env,
    )


@pytest.fixture()
def cache_env(tmp_path):
    return {**os.environ, "VNEXTRACT_CACHE_DIR": str(tmp_path / "cache")}


#: Every standard output a cached or up-to-date run writes from stored forms.
STDOUT_FORMATS = [["-f", "json"], ["-f", "jsonl"], ["-f", "csv"], ["--excel", "-f", "csv"]]


@pytest.mark.parametrize(
    "opts",
    [
        *STDOUT_FORMATS,
        ["--metric", "portal_visits,other", "-f", "csv"],
        ["--since", "2020", "--doc", "00*", "-f", "jsonl"],
    ],
)
def test_a_cached_rerun_writes_the_bytes_of_the_first_run(tmp_path, cache_env, opts):
    """Exports and stdout, option by option."""
    first = vnextract("run", str(RAW), "-o", str(tmp_path / "a"), "-q", *opts, env=cache_env)
    assert first.returncode == 0, first.stderr
    again = vnextract("run", str(RAW), "-o", str(tmp_path / "b"), "-q", *opts, env=cache_env)
    assert again.returncode == 0, again.stderr
    assert again.stdout == first.stdout
    assert exports(tmp_path / "b") == exports(tmp_path / "a")
    assert (tmp_path / "cache" / "results.sqlite").is_file()


def test_a_cached_rerun_of_stdin_is_the_same(tmp_path, cache_env):
    data = SAMPLES[0].read_bytes()
    first = vnextract(
        "run", "-", "-o", str(tmp_path / "a"), "-f", "json", env=cache_env, stdin=data
    )
    again = vnextract(
        "run", "-", "-o", str(tmp_path / "b"), "-f", "json", env=cache_env, stdin=data
    )
    assert first.returncode == again.returncode == 0, again.stderr
    assert again.stdout == first.stdout
    assert exports(tmp_path / "b") == exports(tmp_path / "a")
    assert (tmp_path / "b" / "texts").is_dir()


@pytest.mark.parametrize("name", ["plain", "a,b", "=cmd", "-dash", 'quo"te', "é ü", "x;y"])
def test_same_bytes_under_a_name_csv_must_quote(tmp_path, name):
    """The stored JSON and CSV are rebound to the current doc_id, quoting and all."""
    src = SAMPLES[1]
    a, b = tmp_path / "in-a", tmp_path / "in-b"
    a.mkdir()
    b.mkdir()
    (a / src.name).write_bytes(src.read_bytes())
    (b / f"{name}.txt").write_bytes(src.read_bytes())
    cache = tmp_path / "cache"
    run([a], tmp_path / "out-a", cache)
    assert run([b], tmp_path / "out-b", cache) == (1, 0)
    from vnextract.running.runner import run_corpus

    run_corpus([b], tmp_path / "fresh")  # no cache at all
    assert exports(tmp_path / "out-b") == exports(tmp_path / "fresh")


def cli_run(inputs, out, cache_dir, *opts, code=0):
    """`vnextract run` in this process, its stdout and stderr those capsys reads."""
    from typer.main import get_command

    from vnextract.cli import app

    args = ["run", *map(str, inputs), "-o", str(out), "-q", "-f", "json", *opts]
    args += ["--cache-dir", str(cache_dir)]
    ended = get_command(app).main(args, prog_name="vnextract", standalone_mode=False)
    assert (ended or 0) == code


def test_a_new_article_among_cached_ones_is_extracted_in_its_place(tmp_path, capsys):
    """The cached ones before it come from the cache, it and the rest from the engine."""
    d = tmp_path / "in"
    d.mkdir()
    for src in SAMPLES:
        (d / src.name).write_bytes(src.read_bytes())
    cache = tmp_path / "cache"
    cli_run([d], tmp_path / "a", cache)
    middle = d / SAMPLES[2].name
    middle.write_bytes(middle.read_bytes() + b"\nLe portail compte 5 millions de comptes.\n")
    (d / "zz-empty.txt").write_bytes(b"")  # a failed input: never cached
    capsys.readouterr()
    cli_run([d], tmp_path / "b", cache, code=1)  # the empty file
    stdout = capsys.readouterr().out
    from vnextract.running.runner import run_corpus

    run_corpus([d], tmp_path / "fresh")
    assert exports(tmp_path / "b") == exports(tmp_path / "fresh")
    assert json.loads(stdout) == json.loads((tmp_path / "b" / "facts.json").read_text("utf-8"))


def test_the_cache_serves_what_it_can_then_hands_over(tmp_path):
    from vnextract.facts.lexicon import load_lexicon
    from vnextract.outputs.export import StoredResult
    from vnextract.running.cache import ResultCache
    from vnextract.running.parallel import iter_results

    d = tmp_path / "in"
    d.mkdir()
    for src in SAMPLES:
        (d / src.name).write_bytes(src.read_bytes())
    cache = tmp_path / "cache"
    run([d], tmp_path / "a", cache)
    (d / SAMPLES[3].name).write_bytes(b"Hanoi, 3 mai (VNA) - Rien de neuf.\n")
    lex = load_lexicon()
    handed: list[str] = []
    with ResultCache(cache, lex) as rc:

        def then(items):
            items = list(items)
            handed.extend(s.doc_id for s in items)
            return iter_results([d], lex, workers=1, cache=rc, items=items)

        results = list(rc.results([d], None, then))
        assert (rc.hits, rc.misses) == (len(SAMPLES) - 1, 1)
    assert handed == [s.stem for s in SAMPLES[3:]]
    # served, served, served, extracted (the edited file), then the engine's cache hits:
    # stored results as well, written back without being extracted
    assert [isinstance(r, StoredResult) for r in results] == [True] * 3 + [False] + [True] * (
        len(SAMPLES) - 4
    )
    assert [r.article.doc_id for r in results] == [s.stem for s in SAMPLES]


def entries(cache: Path) -> list[tuple[str, bytes]]:
    with sqlite3.connect(cache / "results.sqlite") as db:
        rows = db.execute("SELECT key, value FROM results").fetchall()
    db.close()
    return rows


def set_entries(cache: Path, value) -> None:
    with sqlite3.connect(cache / "results.sqlite") as db:
        for key, blob in db.execute("SELECT key, value FROM results").fetchall():
            db.execute("UPDATE results SET value = ? WHERE key = ?", (value(blob), key))
    db.close()


def _header_changed(blob: bytes, change) -> bytes:
    body = zlib.decompress(blob).decode("utf-8")
    first, _, rest = body.partition("\n")
    head = json.loads(first)
    change(head)
    return zlib.compress((json.dumps(head) + "\n" + rest).encode("utf-8"))


DAMAGE = {
    "not zlib": lambda blob: b"not zlib",
    "truncated": lambda blob: blob[: len(blob) // 2],
    "a bit flipped": lambda blob: blob[:20] + bytes([blob[20] ^ 0x40]) + blob[21:],
    "text, not bytes": lambda blob: "x",
    "schema 1 (records as JSON)": lambda blob: zlib.compress(
        json.dumps({"article": {}, "facts": []}).encode()
    ),
    "header not JSON": lambda blob: zlib.compress(b"{nope\n" + zlib.decompress(blob)),
    "body cut short": lambda blob: zlib.compress(zlib.decompress(blob)[:-10]),
    "a length changed": lambda blob: _header_changed(
        blob, lambda h: h["json"].__setitem__(0, h["json"][0] + 1)
    ),
    "a fact count changed": lambda blob: _header_changed(
        blob, lambda h: h["article"].__setitem__("facts", h["article"]["facts"] + 1)
    ),
    "a failed article": lambda blob: _header_changed(
        blob, lambda h: h["article"].__setitem__("error", "x")
    ),
    "an unknown field": lambda blob: _header_changed(
        blob, lambda h: h["article"].__setitem__("extra", 1)
    ),
    "lengths not a list": lambda blob: _header_changed(blob, lambda h: h.__setitem__("json", 7)),
    "lengths of another kind": lambda blob: _header_changed(
        blob, lambda h: h.__setitem__("csv", [True] * len(h["csv"]))
    ),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_entry_is_extracted_again(tmp_path, capsys, damage):
    src = SAMPLES[0]
    cache = tmp_path / "cache"
    cli_run([src], tmp_path / "a", cache)
    first = capsys.readouterr().out
    set_entries(cache, DAMAGE[damage])
    cli_run([src], tmp_path / "b", cache)
    assert capsys.readouterr().out == first
    assert exports(tmp_path / "b") == exports(tmp_path / "a")
    ((_, blob),) = entries(cache)  # written again, readable
    from vnextract.inputs.sources import read_file
    from vnextract.running.cache import _decode_source

    assert _decode_source(blob, read_file(src)) is not None


def test_an_entry_reads_back_as_the_records_it_was_made_of(seed_results):
    from vnextract.inputs.sources import read_file
    from vnextract.outputs.export import export_of
    from vnextract.running.cache import _decode_source, encode_entry

    for result in seed_results:
        if result.failed:
            continue
        source = read_file(result.article.path)
        stored = _decode_source(encode_entry(*export_of(result)), source)
        assert stored is not None
        assert stored.article_record == result.article.model_dump(mode="json")
        assert stored.rows.records == [f.model_dump(mode="json") for f in result.facts]
        assert stored.article == result.article
        assert stored.facts == result.facts


def test_fingerprint_reads_the_extractor_version_and_library_versions():
    from importlib import metadata

    from vnextract.api import EXTRACTOR_VERSION
    from vnextract.running.cache import _LIBRARIES, extractor_version, library_versions

    root = Path(__file__).resolve().parent.parent / "vnextract"
    assert extractor_version(root) == EXTRACTOR_VERSION
    versions = library_versions(_LIBRARIES)
    for lib in _LIBRARIES:
        try:
            expected = metadata.version(lib)
        except metadata.PackageNotFoundError:
            expected = "-"
        assert versions[lib] == expected, lib


def test_an_entry_the_models_refuse_is_a_miss_for_the_engine(tmp_path):
    """The engine checks an entry's records by the models' schemas; one refused is re-extracted."""
    src = SAMPLES[0]
    cache = tmp_path / "cache"
    run([src], tmp_path / "a", cache)
    set_entries(
        cache,
        lambda blob: _header_changed(blob, lambda h: h["article"].__setitem__("published", 5)),
    )
    assert run([src], tmp_path / "b", cache) == (0, 1)
    assert exports(tmp_path / "b") == exports(tmp_path / "a")


def test_the_builtin_vocabulary_is_fingerprinted_once_and_the_same(tmp_path):
    from vnextract.facts.lexicon import load_lexicon
    from vnextract.running.cache import ResultCache

    cache = tmp_path / "cache"
    with ResultCache(cache) as first:  # computes the built-in vocabulary's fingerprint
        assert first.context == ResultCache(cache, load_lexicon()).context
    with sqlite3.connect(cache / "results.sqlite") as db:
        ((stored,),) = db.execute("SELECT value FROM fingerprints").fetchall()
        db.execute("UPDATE fingerprints SET value = 'kept'")
    db.close()
    assert ResultCache(cache).context.endswith(":kept")  # read back, not computed
    assert stored == first.context.rsplit(":", 1)[1]
    with sqlite3.connect(cache / "results.sqlite") as db:
        db.execute("UPDATE fingerprints SET value = ?", (stored,))
    db.close()
    cli_run([SAMPLES[0]], tmp_path / "a", cache)  # the command line passes no vocabulary
    assert run([SAMPLES[0]], tmp_path / "b", cache) == (1, 0)


# -- article files known by their signature (size, times, inode) are not read again ----------


@pytest.fixture()
def settled_now(monkeypatch):
    """Files count as settled as soon as written (the 2 s of SETTLED_NS are not waited)."""
    import vnextract.inputs.sources

    monkeypatch.setattr(vnextract.inputs.sources, "SETTLED_NS", 0)


@pytest.fixture()
def reads(monkeypatch):
    """The names of the files `read_file` reads."""
    import vnextract.inputs.sources

    read = vnextract.inputs.sources.read_file
    seen: list[str] = []

    def counted(path):
        seen.append(Path(path).name)
        return read(path)

    monkeypatch.setattr(vnextract.inputs.sources, "read_file", counted)
    return seen


def copy_samples(folder: Path) -> list[Path]:
    folder.mkdir()
    for src in SAMPLES:
        (folder / src.name).write_bytes(src.read_bytes())
    return sorted(folder.iterdir())


def test_an_unchanged_file_is_served_without_being_read(tmp_path, capsys, settled_now, reads):
    d = tmp_path / "in"
    copy_samples(d)
    cache = tmp_path / "cache"
    cli_run([d], tmp_path / "a", cache)
    first = capsys.readouterr().out
    assert sorted(reads) == [s.name for s in SAMPLES]
    reads.clear()
    cli_run([d], tmp_path / "b", cache)
    assert reads == []
    assert capsys.readouterr().out == first
    assert exports(tmp_path / "b") == exports(tmp_path / "a")


def test_an_edit_that_keeps_size_and_mtime_is_still_seen(tmp_path, capsys, settled_now, reads):
    """The change time moves on every write and cannot be set back: the file is read again."""
    d = tmp_path / "in"
    files = copy_samples(d)
    cache = tmp_path / "cache"
    cli_run([d], tmp_path / "a", cache)
    target = files[1]
    before = target.stat()
    data = target.read_bytes()
    edited = data.replace(b"2", b"3", 1)
    assert edited != data and len(edited) == len(data)
    target.write_bytes(edited)
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (target.stat().st_size, target.stat().st_mtime_ns) == (
        before.st_size,
        before.st_mtime_ns,
    )
    reads.clear()
    capsys.readouterr()
    cli_run([d], tmp_path / "b", cache)
    assert reads == [target.name]
    from vnextract.running.runner import run_corpus

    run_corpus([d], tmp_path / "fresh")
    assert exports(tmp_path / "b") == exports(tmp_path / "fresh")
    assert exports(tmp_path / "b") != exports(tmp_path / "a")


def test_a_file_written_just_before_the_run_is_read_again(tmp_path, capsys, reads):
    """Within SETTLED_NS of its last change a file's times may not show the next change."""
    d = tmp_path / "in"
    copy_samples(d)
    cache = tmp_path / "cache"
    cli_run([d], tmp_path / "a", cache)
    reads.clear()
    cli_run([d], tmp_path / "b", cache)
    assert sorted(reads) == [s.name for s in SAMPLES]  # served from the cache, but read
    assert exports(tmp_path / "b") == exports(tmp_path / "a")


def test_a_file_known_by_signature_keeps_its_name_and_path(tmp_path, capsys, settled_now, reads):
    """The same signature under two names (a hard link): each is its own article."""
    d = tmp_path / "in"
    d.mkdir()
    src = SAMPLES[0]
    (d / "a.txt").write_bytes(src.read_bytes())
    os.link(d / "a.txt", d / "b,c.txt")  # one inode, two names
    cache = tmp_path / "cache"
    cli_run([d], tmp_path / "one", cache)
    reads.clear()
    cli_run([d], tmp_path / "two", cache)
    assert reads == []
    from vnextract.running.runner import run_corpus

    run_corpus([d], tmp_path / "fresh")
    assert exports(tmp_path / "two") == exports(tmp_path / "fresh")
    ids = [a["doc_id"] for a in json.loads((tmp_path / "two" / "articles.json").read_bytes())]
    assert ids == ["a", "b,c"]


# -- a run whose exports are up to date writes only its standard output (uptodate) ----------


def export_stats(out: Path) -> list[tuple[int, int]]:
    return [((out / n).stat().st_ino, (out / n).stat().st_mtime_ns) for n in EXPORTS]


@pytest.mark.parametrize(
    "opts", [*STDOUT_FORMATS, ["--metric", "portal_visits,other", "-f", "jsonl"]]
)
def test_an_up_to_date_run_writes_only_its_stdout(tmp_path, capsys, settled_now, reads, opts):
    d = tmp_path / "in"
    copy_samples(d)
    (d / "zz-no-facts.txt").write_text("Hanoï, 3 mai (VNA) - Rien de neuf.\n", encoding="utf-8")
    cache, out = tmp_path / "cache", tmp_path / "out"
    cli_run([d], out, cache, *opts)
    first = capsys.readouterr().out
    written = export_stats(out)
    reads.clear()
    cli_run([d], out, cache, *opts)
    assert capsys.readouterr().out == first
    assert reads == []
    assert export_stats(out) == written  # not written again
    # and it is what a run without any cache prints
    cli_run([d], tmp_path / "fresh", cache, *opts, "--no-cache")
    assert capsys.readouterr().out == first
    assert exports(tmp_path / "fresh") == exports(out)


def test_a_run_is_not_up_to_date_when_anything_it_depends_on_changed(
    tmp_path, capsys, settled_now, reads
):
    d = tmp_path / "in"
    files = copy_samples(d)
    cache, out = tmp_path / "cache", tmp_path / "out"

    def again(*opts):
        reads.clear()
        before = export_stats(out)
        cli_run([d], out, cache, *opts)
        capsys.readouterr()
        return export_stats(out) != before  # True when the exports were written

    cli_run([d], out, cache)
    assert not again()
    # an export edited by hand (same size): written again, as it should be
    facts = (out / "facts.json").read_bytes()
    (out / "facts.json").write_bytes(facts.replace(b"2019", b"2018", 1))
    assert again()
    assert (out / "facts.json").read_bytes() == facts
    assert not again()
    # other options (a filtered run replaces a full run's exports only when told to),
    # then the first ones again
    assert not again("--metric", "portal_visits")
    assert again("--metric", "portal_visits", "--force")
    assert again()
    assert not again()
    # an input touched (same content): read again, then known again
    os.utime(files[0])
    assert again() and reads == [files[0].name]
    # a new input
    (d / "new.txt").write_bytes(files[0].read_bytes())
    assert again()
    assert json.loads((out / "articles.json").read_bytes())[-1]["doc_id"] == "new"
    assert not again()
    # texts/ in the output folder (which a run without derived texts removes)
    (out / "texts").mkdir()
    assert again() and not (out / "texts").exists()
    # another output folder: a run of its own
    cli_run([d], tmp_path / "other", cache)
    assert exports(tmp_path / "other") == exports(out)


def test_a_run_with_a_failed_input_is_never_up_to_date(tmp_path, capsys, settled_now):
    """The failure is reported (stderr, exit code 1) by every run, not only the first."""
    d = tmp_path / "in"
    copy_samples(d)
    (d / "zz-empty.txt").write_bytes(b"")
    cache, out = tmp_path / "cache", tmp_path / "out"
    for _ in range(2):
        cli_run([d], out, cache, code=1)
        assert "zz-empty" in capsys.readouterr().err
