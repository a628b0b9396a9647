"""Build the benchmark corpora under data/bench/ (gitignored) from the project's own articles.

Usage: python scripts/make_bench_corpus.py [--size N]

Sources: data/raw/*.txt and tests/corpus/articles/*.txt, copied under new
names (`r03_<name>.txt` is the fourth round of copies) until there are N
articles (default 320):

- data/bench/corpus/: the N-article corpus every throughput figure uses;
- data/bench/rss100/ and data/bench/rss2000/: 100 and 2,000 articles, for
  the peak-memory comparison (2,000 built by repeating the sources).

A folder that already holds the right files is left as it is.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "data" / "bench"


def sources() -> list[Path]:
    """The articles copied: the samples, then the test corpus, in name order."""
    found = sorted((ROOT / "data" / "raw").glob("*.txt"))
    found += sorted((ROOT / "tests" / "corpus" / "articles").glob("*.txt"))
    if not found:
        raise SystemExit("no articles in data/raw or tests/corpus/articles")
    return found


def build(folder: Path, n: int, src: list[Path]) -> Path:
    """Fill `folder` with exactly `n` copies of the sources (rounds of copies, new names)."""
    names = {f"r{i // len(src):02d}_{src[i % len(src)].name}": src[i % len(src)] for i in range(n)}
    folder.mkdir(parents=True, exist_ok=True)
    present = {p.name for p in folder.glob("*.txt")}
    for extra in present - names.keys():
        (folder / extra).unlink()
    for name, p in names.items():
        target = folder / name
        data = p.read_bytes()
        if name not in present or target.read_bytes() != data:
            target.write_bytes(data)
    return folder


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=320, help="articles in data/bench/corpus")
    args = parser.parse_args(argv)
    if args.size < 300:
        parser.error("--size must be at least 300")
    src = sources()
    for name, n in (("corpus", args.size), ("rss100", 100), ("rss2000", 2000)):
        folder = build(BENCH / name, n, src)
        print(f"{folder.relative_to(ROOT)}: {n} articles from {len(src)} sources")


if __name__ == "__main__":
    main()
