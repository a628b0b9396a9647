"""Benchmark of the duplicate detection (`outputs.duplicates`): seconds for 500 to 2,000 articles.

Usage: python scripts/bench_duplicates.py [SIZES...]   (default: 500 1000 2000)

Articles are made of 12 sentences drawn (seeded) from the sample and test
corpora, so they share sentences as articles on one subject do (what made
the all-pairs candidates of the former index grow with the square of the
corpus), and one article in 50 has a copy. `bench()` returns, per size, the
CPU seconds and the groups found, and the growth from the smallest size to
the largest against the growth of the size (1.0: linear).
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

from vnextract.outputs.duplicates import find_duplicates

ROOT = Path(__file__).resolve().parent.parent
_CORPORA = ("data/raw", "tests/corpus/articles", "tests/blind/articles")


def corpus(n: int, seed: int = 1) -> dict[str, str]:
    """`n` articles of shared sentences, and a copy of one in 50."""
    texts = [
        p.read_text(encoding="utf-8", errors="replace")
        for folder in _CORPORA
        for p in sorted((ROOT / folder).glob("*.txt"))
    ]
    sentences = [s for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if len(s) > 40]
    rng = random.Random(seed)
    articles = {f"a{i:05d}": " ".join(rng.choice(sentences) for _ in range(12)) for i in range(n)}
    for i in range(0, n, 50):
        articles[f"c{i:05d}"] = articles[f"a{i:05d}"] + " Voir plus"
    return articles


def bench(sizes: list[int] | None = None) -> dict[str, Any]:
    """Time `find_duplicates` on each size; the growth against linear."""
    sizes = sorted(sizes or [500, 1000, 2000])
    runs = []
    for n in sizes:
        articles = corpus(n)
        started = time.process_time()
        groups = find_duplicates(articles)
        runs.append(
            {
                "articles": len(articles),
                "cpu_s": time.process_time() - started,
                "groups": len(groups),
            }
        )
    first, last = runs[0], runs[-1]
    growth = (last["cpu_s"] / first["cpu_s"]) / (last["articles"] / first["articles"])
    return {"runs": runs, "growth_vs_linear": growth}


if __name__ == "__main__":
    print(json.dumps(bench([int(a) for a in sys.argv[1:]] or None), indent=2))
