"""Runs killed in the middle: previous outputs intact, no temporary file left, the next run whole.

A real `vnextract run` is started on a corpus large enough to take a while
and killed once it has begun writing (its first fact lines are on stdout),
with SIGINT (Ctrl-C: exit 130), SIGTERM (exit 143) and SIGKILL. The three
run side by side to keep the suite fast.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import RAW
from vnextract.running.runner import EXPORTS, remove_stale_temps, run_corpus, signals_deferred

SAMPLES = sorted(RAW.glob("*.txt"))
#: Copies of the samples: far more than a run gets through before it is killed.
COPIES = 400
SIGNALS = {
    "SIGINT": (signal.SIGINT, 130),
    "SIGTERM": (signal.SIGTERM, 143),
    "SIGKILL": (signal.SIGKILL, -9),
}


def digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def temps(out: Path) -> list[str]:
    """What a run stages: its unfinished generation `.runs/<id>.tmp/` (and older staged names)."""
    found = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    runs = out / ".runs"
    if runs.is_dir():
        found += [f".runs/{p.name}" for p in runs.iterdir() if p.name.endswith(".tmp")]
    return sorted(found)


@pytest.fixture(scope="module")
def killed_runs(tmp_path_factory):
    """For each signal: an output folder with a first complete run, then a run killed midway."""
    base = tmp_path_factory.mktemp("interrupt")
    corpus = base / "corpus"
    corpus.mkdir()
    for i in range(COPIES):
        p = SAMPLES[i % len(SAMPLES)]
        (corpus / f"{i:04d}-{p.name}").write_bytes(p.read_bytes())
    inputs_before = digest(corpus)
    procs = {}
    previous = {}
    for name in SIGNALS:
        out = base / f"out-{name}"
        run_corpus([RAW], out)
        previous[name] = digest(out)
        procs[name] = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "vnextract",
                "run",
                str(corpus),
                "-o",
                str(out),
                "-q",
                "--no-cache",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
    results = {}
    try:
        for name, proc in procs.items():
            assert proc.stdout is not None
            first = proc.stdout.readline()  # the run has started writing its exports
            assert first.startswith(b"{"), first
            assert proc.poll() is None, "the run ended before it could be killed: grow COPIES"
            out = base / f"out-{name}"
            staged = temps(out)
            proc.send_signal(SIGNALS[name][0])
            _, stderr = proc.communicate(timeout=120)
            results[name] = (proc.returncode, stderr.decode("utf-8"), out, staged)
    finally:
        for proc in procs.values():
            if proc.returncode is None:
                proc.kill()
                proc.communicate()
    return corpus, inputs_before, previous, results


@pytest.mark.parametrize("name", list(SIGNALS))
def test_killed_run_leaves_previous_outputs_intact(killed_runs, name):
    _, _, previous, results = killed_runs
    code, stderr, out, staged = results[name]
    assert code == SIGNALS[name][1], stderr
    assert "Traceback" not in stderr
    assert any(s.startswith(".runs/") for s in staged), "killed while writing"
    now = {k: v for k, v in digest(out).items() if not k.endswith(".tmp")}
    assert now == previous[name], "every previous export byte for byte"
    assert set(EXPORTS) <= set(now)


@pytest.mark.parametrize("name", ["SIGINT", "SIGTERM"])
def test_interrupted_run_cleans_up_and_says_so(killed_runs, name):
    _, _, _, results = killed_runs
    _, stderr, out, _ = results[name]
    assert temps(out) == []
    assert stderr.splitlines() == ["vnextract: error: interrupted; no output was half-written"]


@pytest.mark.parametrize("name", list(SIGNALS))
def test_next_run_completes_without_stale_temps(killed_runs, seed_out, name):
    _, _, _, results = killed_runs
    out = results[name][2]
    if name == "SIGKILL":
        assert temps(out), "SIGKILL gives no chance to clean up: the next run must"
    summary = run_corpus([RAW], out)
    assert summary.articles == len(SAMPLES) and not summary.failed
    assert temps(out) == []
    for export in EXPORTS:
        assert (out / export).read_bytes() == (seed_out / export).read_bytes()


def test_inputs_are_never_modified(killed_runs):
    corpus, before, _, _ = killed_runs
    assert digest(corpus) == before


def test_stale_temps_of_other_names_are_left_alone(tmp_path):
    keep = [".notes.tmp", "facts.json.tmp", ".facts.json.bak", "facts.json", ".my.html.x.tmp"]
    stale = [".facts.json.ab12cd.tmp", ".articles.json.x.tmp", ".facts.csv.y.tmp"]
    for name in keep + stale:
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / ".texts.k3j.tmp").mkdir()
    (tmp_path / ".texts.k3j.tmp" / "a.txt").write_text("x", encoding="utf-8")
    removed = remove_stale_temps(tmp_path)
    assert removed == sorted([*stale, ".texts.k3j.tmp"])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(keep)


def test_signal_during_commit_is_delivered_after_it():
    """A Ctrl-C while the exports are renamed waits until all of them are in place."""
    done = []
    with pytest.raises(KeyboardInterrupt), signals_deferred():
        os.kill(os.getpid(), signal.SIGINT)
        done.append("renamed all")
    assert done == ["renamed all"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


@pytest.mark.parametrize(("raised", "code"), [(KeyboardInterrupt, 130), ("Terminated", 143)])
def test_an_interruption_before_the_extraction_ends_with_its_code(
    tmp_path, monkeypatch, capsys, raised, code
):
    """Ctrl-C or SIGTERM while a run starts (spaCy loading, the cache opening)."""
    from vnextract.cli import common, main
    from vnextract.cli import run as run_command

    error = common.Terminated if raised == "Terminated" else raised

    def interrupted(*args, **kwargs):
        raise error()

    monkeypatch.setattr(run_command, "_open_cache", interrupted)
    monkeypatch.setattr(sys, "argv", ["vnextract", "run", str(RAW), "-o", str(tmp_path), "-q"])
    handler = signal.getsignal(signal.SIGTERM)
    try:
        with pytest.raises(SystemExit) as ended:
            main()  # (which handles SIGTERM from now on)
    finally:
        signal.signal(signal.SIGTERM, handler)
    assert ended.value.code == code
    assert capsys.readouterr().err == "vnextract: interrupted\n"
    assert not (tmp_path / "facts.json").exists()
