"""The local engine: worker processes give byte-identical exports, in order, streaming."""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, RAW

EXPORTS = ("facts.json", "facts.csv", "articles.json")
needs_fork = pytest.mark.skipif(
    sys.platform != "linux", reason="patches made in the test reach workers only through fork"
)


def exports(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in EXPORTS}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """The samples, the test corpus articles and a file that cannot be read, in one folder."""
    d = tmp_path_factory.mktemp("corpus")
    for p in [*sorted(RAW.glob("*.txt")), *sorted((CORPUS / "articles").glob("*.txt"))]:
        (d / p.name).write_bytes(p.read_bytes())
    (d / "050_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" + bytes(range(256)) * 8)
    return d


@pytest.fixture(scope="module")
def reference(folder, tmp_path_factory) -> dict[str, bytes]:
    """Exports of the plain serial `run_corpus` (no engine)."""
    from vnextract.running.runner import run_corpus

    out = tmp_path_factory.mktemp("ref")
    run_corpus([folder], out)
    return exports(out)


@pytest.mark.parametrize(("workers", "chunk"), [(1, None), (2, None), (2, 1), (2, 5)])
def test_exports_are_byte_identical_whatever_the_workers(
    folder, reference, tmp_path, workers, chunk
):
    from vnextract.running.parallel import iter_results
    from vnextract.running.runner import run_corpus

    results = iter_results([folder], workers=workers, chunk=chunk)
    summary = run_corpus([folder], tmp_path, results=results)
    assert exports(tmp_path) == reference
    assert [Path(p).name for p, _ in summary.failed] == ["050_binary.txt"]


@needs_fork
@pytest.mark.parametrize("workers", [1, 2])
def test_recycled_workers_give_the_same_exports(folder, reference, tmp_path, monkeypatch, workers):
    """Workers replaced every few articles (to bound memory) change nothing in the output;
    past RECYCLE_EVERY articles even --workers 1 extracts in a (recycled) worker process."""
    from vnextract.running import parallel
    from vnextract.running.runner import run_corpus

    monkeypatch.setattr(parallel, "RECYCLE_EVERY", 2)
    pools = []
    real = parallel.LocalEngine._new_pool

    def counted(self):
        pools.append(self.workers)
        return real(self)

    monkeypatch.setattr(parallel.LocalEngine, "_new_pool", counted)
    results = parallel.iter_results([folder], workers=workers, chunk=2)
    run_corpus([folder], tmp_path, results=results)
    assert exports(tmp_path) == reference
    assert len(pools) > 3 and set(pools) == {workers}


def test_cli_workers_2_equals_workers_1(folder, tmp_path):
    from typer.testing import CliRunner

    from vnextract.cli import app

    outs = {}
    for n in ("1", "2"):
        out = tmp_path / f"w{n}"
        res = CliRunner().invoke(
            app, ["run", str(folder), "-o", str(out), "-q", "--no-cache", "--workers", n]
        )
        assert res.exit_code == 1, res.output  # the binary file
        outs[n] = (exports(out), res.stdout)
    assert outs["1"] == outs["2"]
    assert not (tmp_path / ".vnextract-cache").exists()


def test_workers_must_be_positive(tmp_path):
    from typer.testing import CliRunner

    from vnextract.cli import app

    res = CliRunner().invoke(app, ["run", str(RAW), "-o", str(tmp_path), "--workers", "0"])
    assert res.exit_code == 2


def test_inputs_are_read_as_results_are_consumed(folder):
    """Bounded read-ahead: memory does not grow with the corpus."""
    from vnextract.facts.lexicon import load_lexicon
    from vnextract.running.parallel import LocalEngine, iter_items

    consumed = 0

    def counted():
        nonlocal consumed
        for item in iter_items([folder]):
            consumed += 1
            yield item

    engine = LocalEngine(load_lexicon(), workers=2)
    stream = engine.run(counted(), size=2)
    first = list(itertools.islice(stream, 1))
    stream.close()
    assert len(first) == 1
    # at most 2 x workers chunks in flight, plus the one being filled
    assert consumed <= (2 * 2 + 1) * 2
    assert consumed < len(os.listdir(folder))


@needs_fork
def test_an_article_that_kills_its_worker_fails_alone(folder, reference, tmp_path, monkeypatch):
    """A worker that dies (killed, out of memory) costs one article, not the run."""
    import json

    from vnextract import api as pipeline
    from vnextract.running.parallel import WORKER_DIED, iter_results
    from vnextract.running.runner import run_corpus

    victim = sorted(RAW.glob("*.txt"))[1].stem
    real = pipeline.guarded_process

    def deadly(source, lexicon=None):
        if source.doc_id == victim:
            os._exit(9)
        return real(source, lexicon)

    monkeypatch.setattr(pipeline, "guarded_process", deadly)
    summary = run_corpus([folder], tmp_path, results=iter_results([folder], workers=2, chunk=3))
    assert sorted(Path(p).stem for p, _ in summary.failed) == sorted(["050_binary", victim])
    arts = json.loads((tmp_path / "articles.json").read_text(encoding="utf-8"))
    ref_arts = json.loads(reference["articles.json"])
    assert [a["doc_id"] for a in arts] == [a["doc_id"] for a in ref_arts]
    assert next(a for a in arts if a["doc_id"] == victim)["error"] == WORKER_DIED
    facts = json.loads((tmp_path / "facts.json").read_text(encoding="utf-8"))
    ref_facts = json.loads(reference["facts.json"])
    assert facts == [f for f in ref_facts if f["doc_id"] != victim]


def test_chunk_size_keeps_every_worker_busy():
    from vnextract.running.parallel import MAX_CHUNK, chunk_size

    assert chunk_size(29, 1) == 1
    assert chunk_size(29, 2) == 3
    assert chunk_size(10_000, 2) == MAX_CHUNK
    assert chunk_size(3, 8) == 1


def test_workers_send_results_as_the_exports_write_them(seed_results):
    """A chunk comes back as records, JSON texts and CSV rows; the models are the same."""
    from vnextract.inputs.sources import read_file
    from vnextract.outputs.export import StoredResult, export_of
    from vnextract.running import parallel

    sources = [read_file(r.article.path) for r in seed_results]
    done = parallel._extract_chunk(sources)
    assert all(isinstance(d, StoredResult) for d in done)
    for sent, result in zip(done, seed_results, strict=True):
        article, rows = export_of(result)
        assert sent.article_record == article
        assert sent.rows.texts == rows.texts and sent.rows.csv == rows.csv
        assert sent.article == result.article
        assert sent.facts == result.facts
        assert sent.failed == result.failed


def test_chunks_get_smaller_towards_the_end_of_a_known_corpus():
    """The workers end together: the last chunks are small, none is empty, none is lost."""
    from vnextract.facts.lexicon import load_lexicon
    from vnextract.running.parallel import LocalEngine

    def sizes(total, workers, processes=True):
        engine = LocalEngine(load_lexicon(), workers, processes=processes)
        out, current = [], 0
        for seen in range(1, total + 1):
            current += 1
            if current >= engine._chunk_size(16, total, seen):
                out.append(current)
                current = 0
        return out + ([current] if current else [])

    two = sizes(320, 2)
    assert sum(two) == 320 and two[0] == 16 and two[-1] == 1
    assert two == sorted(two, reverse=True)
    assert sum(two[-8:]) < 16  # the last eight chunks hold less than one full chunk
    assert sizes(320, 2, processes=False) == [16] * 20  # in this process: no tail to even out


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    if not path.exists():
        pytest.skip("this kernel does not list a process's children")
    return [int(c) for c in path.read_text().split()]


def _alive(pid: int) -> bool:
    """Running, not a zombie (an orphan's zombie waits for whoever adopts it)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@needs_fork
def test_workers_end_when_their_parent_is_killed(tmp_path):
    """A SIGKILLed run leaves no worker behind, waiting forever for its next chunk."""
    import signal
    import subprocess
    import time

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    samples = sorted(RAW.glob("*.txt"))
    for i in range(300):  # far more than the run gets through before it is killed
        (corpus / f"{i:04d}.txt").write_bytes(samples[i % len(samples)].read_bytes())
    cmd = [sys.executable, "-m", "vnextract", "run", str(corpus), "-o", str(tmp_path / "out")]
    proc = subprocess.Popen(
        [*cmd, "-q", "--no-cache", "--workers", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith(b"{")  # the workers are extracting
        workers = _children(proc.pid)
        assert len(workers) >= 2 and all(map(_alive, workers))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 20
        while any(map(_alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(map(_alive, workers)), "a worker outlived its killed parent"
    finally:
        if proc.poll() is None:
            proc.kill()
        for pid in filter(_alive, workers):  # they hold the stdout pipe open
            os.kill(pid, signal.SIGKILL)
        proc.communicate()
