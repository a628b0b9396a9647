"""Benchmark of the quantity recognizer alone: quantities per second on data/raw/*.txt.

Usage: python scripts/bench_quantities.py [RAW_DIR] [SECONDS]

The articles are run through `recognize_quantities` sentence by sentence
(as the pipeline does), repeated until about SECONDS (default 2) have
passed. Prints one line; `bench()` returns the figures as a dict.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path
from typing import Any

from vnextract.recognizers.quantities import recognize_quantities

ROOT = Path(__file__).resolve().parent.parent
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def bench(raw_dir: str | Path = ROOT / "data" / "raw", seconds: float = 2.0) -> dict[str, Any]:
    """Time the recognizer on the corpus; returns quantities, sentences and chars per second."""
    files = sorted(Path(raw_dir).glob("*.txt"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    sentences = [s for t in texts for s in _SENTENCE_END.split(t) if s.strip()]
    if not sentences:
        return {"files": 0, "sentences": 0, "quantities_per_s": 0.0}
    chars = sum(len(s) for s in sentences)
    recognize_quantities(sentences[0])  # compile the lexicon outside the timing
    rounds = quantities = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    elapsed = 0.0
    while elapsed < seconds:
        for sentence in sentences:
            quantities += len(recognize_quantities(sentence))
        rounds += 1
        elapsed = time.perf_counter() - started
    # CPU time too: on a shared machine the wall clock also counts other processes.
    cpu = max(time.process_time() - cpu_started, 1e-9)
    return {
        "files": len(files),
        "sentences": len(sentences),
        "rounds": rounds,
        "seconds": round(elapsed, 3),
        "cpu_seconds": round(cpu, 3),
        "quantities_per_s": round(quantities / elapsed, 1),
        "sentences_per_s": round(rounds * len(sentences) / elapsed, 1),
        "chars_per_s": round(rounds * chars / elapsed, 1),
        "quantities_per_cpu_s": round(quantities / cpu, 1),
        "sentences_per_cpu_s": round(rounds * len(sentences) / cpu, 1),
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    args = list(sys.argv[1:] if argv is None else argv)
    raw_dir = Path(args[0]) if args else ROOT / "data" / "raw"
    seconds = float(args[1]) if len(args) > 1 else 2.0
    result = bench(raw_dir, seconds)
    print(
        f"quantities: {result['quantities_per_s']:,.0f} quantities/s, "
        f"{result.get('sentences_per_s', 0):,.0f} sentences/s, "
        f"{result.get('chars_per_s', 0) / 1e6:,.2f} M chars/s "
        f"(CPU: {result.get('sentences_per_cpu_s', 0):,.0f} sentences/s; "
        f"{result['sentences']} sentences from {result['files']} files)"
    )
    return result


if __name__ == "__main__":
    main()
