"""Atheris target for the whole extractor: bytes in, no exception, every span grounded.

Each input is decoded the way an article file is (`sources.decode_bytes`; bytes
that are no article are skipped as the runner skips them), then given to the
quantity recognizer and to the whole extraction of one article. A crash is an
uncaught exception or a broken invariant:

- `raw[f.start:f.end] == f.text` for every fact, `text[q.start:q.end] == q.text`
  for every quantity (and its qualifier words);
- every fact validates against the record contract.

The recognizer's public entry point swallows its own exceptions (it must never
break a run); the fuzzer calls the inner `_recognize` when it exists, so a bug
hidden by that safety net is still found.

Run it with `make fuzz` (FUZZ_SECONDS, default 600), or directly:
`python fuzz/fuzz_extract.py fuzz/corpus -max_total_time=60`.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["vnextract"]):
    # The pipeline imports its stages lazily: import them here so they are instrumented.
    from vnextract.api import process_source
    from vnextract.inputs.sources import SourceError, decode_bytes, from_text
    from vnextract.models import Fact
    from vnextract.recognizers import quantities

_recognize = getattr(quantities, "_recognize", quantities.recognize_quantities)

#: Longer inputs add little coverage and slow every execution down.
MAX_LEN = 20_000


def check_quantities(text: str) -> None:
    """Quantities are sorted, never overlap, and are grounded in the text."""
    last_end = 0
    for q in _recognize(text):
        assert text[q.start : q.end] == q.text, (q.start, q.end, q.text)
        assert q.start >= last_end, ("overlap", q)
        last_end = q.end
        if q.qualifier_text is not None and q.qualifier_start is not None:
            qs = q.qualifier_start
            assert text[qs : qs + len(q.qualifier_text)] == q.qualifier_text, q


def check_article(raw: str) -> None:
    """The whole extraction of one article: no exception, facts grounded and valid."""
    result = process_source(from_text(raw, doc_id="fuzz"))
    for f in result.facts:
        assert raw[f.start : f.end] == f.text, (f.start, f.end, f.text)
        Fact.model_validate(f.model_dump())


def test_one_input(data: bytes) -> None:
    """The libFuzzer entry point."""
    if len(data) > MAX_LEN:
        return
    try:
        raw, _ = decode_bytes(data)
    except SourceError:
        return
    check_quantities(raw)
    check_article(raw)


def seed(corpus: Path, raw_dirs: list[Path]) -> int:
    """Seed the corpus with each sample article and each of its paragraphs; return how many.

    Paragraph-sized seeds keep executions fast; whole articles keep the `Voir
    plus` tails and datelines in play. Files are named by content hash, so
    seeding twice adds nothing.
    """
    corpus.mkdir(parents=True, exist_ok=True)
    n = 0
    for raw_dir in raw_dirs:
        for path in sorted(raw_dir.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            pieces = [text, *(p for p in text.split("\n\n") if p.strip())]
            for piece in pieces:
                data = piece.encode("utf-8")
                target = corpus / hashlib.sha1(data).hexdigest()
                if not target.exists():
                    target.write_bytes(data)
                    n += 1
    return n


def main() -> None:
    """Seed (`--seed CORPUS RAW...`) or fuzz until libFuzzer's limits (-max_total_time) stop it."""
    if len(sys.argv) >= 3 and sys.argv[1] == "--seed":
        added = seed(Path(sys.argv[2]), [Path(a) for a in sys.argv[3:]])
        sys.stderr.write(f"seeded {sys.argv[2]} with {added} new inputs\n")
        return
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
